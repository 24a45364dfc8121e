// The subcommand table.  Each subcommand lives in its own cli/*_command.cc
// and registers here; main() dispatches on argv[1] and prints --help from
// this table.  Results go to stdout; messages and progress to stderr.
#ifndef ACTORGRAPH_CLI_COMMAND_H_
#define ACTORGRAPH_CLI_COMMAND_H_

#include <string>
#include <vector>

namespace actorgraph {

struct Command {
  const char* name;
  const char* summary;  // one line for `actorgraph --help`
  const char* usage;    // full text for `actorgraph NAME --help`
  int (*run)(const std::vector<std::string>& args);  // args after NAME
};

const std::vector<Command>& Commands();

// Each subcommand's entry point.
int RunBuild(const std::vector<std::string>& args);
int RunMentions(const std::vector<std::string>& args);
int RunQuery(const std::vector<std::string>& args);
int RunCheck(const std::vector<std::string>& args);
int RunExtract(const std::vector<std::string>& args);
int RunMerge(const std::vector<std::string>& args);
int RunView(const std::vector<std::string>& args);
int RunDictionaryReport(const std::vector<std::string>& args);

// A usage text with its {MARKS} filled in from the tables they name (the
// output formats, the export options); what --help prints.
std::string UsageText(const char* usage);

// Usage texts, defined beside each command.
extern const char kBuildUsage[];
extern const char kMentionsUsage[];
extern const char kQueryUsage[];
extern const char kCheckUsage[];
extern const char kExtractUsage[];
extern const char kMergeUsage[];
extern const char kViewUsage[];
extern const char kDictionaryReportUsage[];

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_COMMAND_H_
