// actorgraph: news text in, actor graph out.  main() only dispatches; each
// subcommand lives in cli/*_command.cc.
#include <algorithm>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "cli/command.h"
#include "cli/export_options.h"
#include "export/formats.h"
#include "extract/base/suggest.h"
#include "extract/base/user_error.h"
#include "extract/rules/ontology.h"

namespace actorgraph {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"build", "build a graph from articles and write it out", kBuildUsage,
       RunBuild},
      {"mentions", "print every actor mention as JSON Lines", kMentionsUsage,
       RunMentions},
      {"check", "run rule regression cases; score against a gold file",
       kCheckUsage, RunCheck},
      {"query", "answer questions about a built graph", kQueryUsage, RunQuery},
      {"extract", "map step: articles in, mention records out (JSON Lines)",
       kExtractUsage, RunExtract},
      {"merge", "reduce step: extract records in, graph files out", kMergeUsage,
       RunMerge},
      {"view", "write a built graph as an interactive HTML page", kViewUsage,
       RunView},
      {"dictionary-report",
       "list the ontology's warnings and dictionary merge notes",
       kDictionaryReportUsage, RunDictionaryReport},
  };
  return commands;
}

std::string UsageText(const char* usage) {
  const std::pair<const char*, std::string> kFills[] = {
      {"{WRITE_EXTENSIONS}", FormatExtensions(FormatUse::kWrite)},
      {"{WRITE_FORMATS}", FormatNames(FormatUse::kWrite)},
      {"{READ_EXTENSIONS}", FormatExtensions(FormatUse::kRead)},
      {"{EXPORT_OPTIONS}", kExportOptionsUsage},
  };
  std::string text = usage;
  for (const auto& [mark, fill] : kFills) {
    for (size_t at = text.find(mark); at != std::string::npos;
         at = text.find(mark, at + fill.size())) {
      text.replace(at, std::strlen(mark), fill);
    }
  }
  return text;
}

namespace {

void PrintHelp(std::ostream& out) {
  out << "usage: actorgraph COMMAND [ARGS...]\n\n"
         "Turns news articles into a graph of actors (people, countries,\n"
         "organizations) and what they do to each other.\n\ncommands:\n";
  size_t width = 0;
  for (const Command& c : Commands())
    width = std::max(width, std::strlen(c.name));
  for (const Command& c : Commands()) {
    out << "  " << c.name << std::string(width + 2 - std::strlen(c.name), ' ')
        << c.summary << "\n";
  }
  out << "\nRun 'actorgraph help COMMAND' or 'actorgraph COMMAND --help' for "
         "a command's\noptions; 'actorgraph --version' for the version and "
         "the ontology in use.\n";
}

const Command* FindCommand(const std::string& name) {
  for (const Command& c : Commands()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

int UnknownCommand(const std::string& name) {
  std::vector<std::string> names;
  for (const Command& c : Commands()) names.push_back(c.name);
  std::cerr << "actorgraph: unknown command '" << name << "'"
            << DidYouMean(name, names) << " (commands: " << OneOf(names)
            << "; see 'actorgraph --help')\n";
  return kExitUsage;
}

void PrintVersion() {
  std::cout << "actorgraph " << ACTORGRAPH_VERSION << "\n";
  OntologySearch search = FindOntologyDir();
  if (search.found.empty()) {
    std::cout << "ontology: none found (" << search.Looked() << ")\n";
  } else {
    std::cout << "ontology: " << search.found << "\n";
  }
}

int Dispatch(int argc, char** argv) {
  if (argc < 2) {
    PrintHelp(std::cerr);
    return kExitUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || (name == "help" && argc == 2)) {
    PrintHelp(std::cout);
    return kExitOk;
  }
  if (name == "help") {
    const Command* c = FindCommand(argv[2]);
    if (c == nullptr) return UnknownCommand(argv[2]);
    std::cout << UsageText(c->usage);
    return kExitOk;
  }
  if (name == "--version") {
    PrintVersion();
    return kExitOk;
  }
  const Command* c = FindCommand(name);
  if (c == nullptr) return UnknownCommand(name);
  std::vector<std::string> args(argv + 2, argv + argc);
  bool help = false;
  for (const std::string& a : args) help = help || a == "--help" || a == "-h";
  // "actorgraph query GRAPH neighbors --help" is the query's own help.
  if (help && (c->run != RunQuery || args.size() < 3)) {
    std::cout << UsageText(c->usage);
    return kExitOk;
  }
  return c->run(args);
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
