// actorgraph: news text in, actor graph out.  main() only dispatches; each
// subcommand lives in cli/*_command.cc.
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "extract/base/user_error.h"

namespace actorgraph {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"build", "build a graph from articles and write it out", kBuildUsage,
       RunBuild},
      {"mentions", "print every actor mention as JSON Lines", kMentionsUsage,
       RunMentions},
      {"check", "run rule regression cases; score against a gold file",
       kCheckUsage, RunCheck},
      {"query", "answer questions about a built graph", kQueryUsage,
       RunQuery},
      {"extract", "map step: articles in, mention records out (JSON Lines)",
       kExtractUsage, RunExtract},
      {"merge", "reduce step: extract records in, graph files out",
       kMergeUsage, RunMerge},
      {"view", "write a built graph as an interactive HTML page", kViewUsage,
       RunView},
  };
  return commands;
}

namespace {

void PrintHelp(std::ostream& out) {
  out << "usage: actorgraph COMMAND [ARGS...]\n\n"
         "Turns news articles into a graph of actors (people, countries,\n"
         "organizations) and what they do to each other.\n\ncommands:\n";
  for (const Command& c : Commands()) {
    out << "  " << c.name << std::string(12 - std::strlen(c.name), ' ')
        << c.summary << "\n";
  }
  out << "\nRun 'actorgraph COMMAND --help' for a command's options.\n";
}

int Dispatch(int argc, char** argv) {
  if (argc < 2) {
    PrintHelp(std::cerr);
    return kExitUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintHelp(std::cout);
    return kExitOk;
  }
  if (name == "--version") {
    std::cout << "actorgraph " << ACTORGRAPH_VERSION << "\n";
    return kExitOk;
  }
  for (const Command& c : Commands()) {
    if (name != c.name) continue;
    std::vector<std::string> args(argv + 2, argv + argc);
    bool help = false;
    for (const std::string& a : args) help = help || a == "--help" || a == "-h";
    // "actorgraph query GRAPH neighbors --help" is the query's own help.
    if (help && (c.run != RunQuery || args.size() < 3)) {
      std::cout << c.usage;
      return kExitOk;
    }
    return c.run(args);
  }
  std::cerr << "actorgraph: unknown command '" << name
            << "' (see 'actorgraph --help')\n";
  return kExitUsage;
}

}  // namespace
}  // namespace actorgraph

int main(int argc, char** argv) {
  try {
    return actorgraph::Dispatch(argc, argv);
  } catch (const actorgraph::UserError& e) {
    std::cerr << e.what() << "\n";
    return e.exit_code();
  } catch (const std::bad_alloc&) {
    std::cerr << "actorgraph: out of memory\n";
    return actorgraph::kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "actorgraph: internal error: " << e.what() << "\n";
    return actorgraph::kExitFailure;
  }
}
