// Args: the small command-line parser every subcommand uses.
//
//   Args args(argv_after_command, "actorgraph build");
//   std::vector<std::string> outs = args.Values("-o", "--output");
//   bool quiet = args.Flag("--quiet");
//   std::string dir = args.Value("--ontology", "");
//   std::vector<std::string> inputs = args.Rest();  // throws on unknown -x
//
// Options take their value as the next argument or after '='.  "-" alone is
// a positional argument (stdin).  Errors throw UserError("actorgraph
// build: ...", kExitUsage).  Every option asked for is remembered, so that
// Rest() can suggest the nearest one for a mistyped option ("--ouptut").
#ifndef ACTORGRAPH_CLI_ARGS_H_
#define ACTORGRAPH_CLI_ARGS_H_

#include <string>
#include <vector>

namespace actorgraph {

class Args {
 public:
  Args(std::vector<std::string> args, std::string command);

  bool Flag(const std::string& name);
  std::string Value(const std::string& name, const std::string& fallback);
  std::string Value(const std::string& name, const std::string& alias,
                    const std::string& fallback);
  std::vector<std::string> Values(const std::string& name,
                                  const std::string& alias = "");
  long Number(const std::string& name, const std::string& alias, long fallback,
              long min, long max);
  // An option that takes two values ("--gold FILE CORPUS"); false when
  // absent, a usage error when given twice or with fewer values.
  bool Pair(const std::string& name, std::string* first, std::string* second);
  // Every value of a repeatable option, each split at commas:
  // "--relation a,b --relation c" gives {a, b, c}.
  std::vector<std::string> List(const std::string& name,
                                const std::string& alias = "");
  // Fails unless each of `values` is one of `valid`: "unknown WHAT 'x'
  // (did you mean 'y'?; valid: a, b)".
  void CheckChoices(const std::vector<std::string>& values,
                    const std::vector<std::string>& valid,
                    const std::string& what) const;
  // The positional arguments left; an unknown option is an error.
  std::vector<std::string> Rest();
  [[noreturn]] void Fail(const std::string& message) const;

 private:
  bool Take(size_t i, const std::string& name, std::string* value);

  void Know(const std::string& name);

  std::vector<std::string> args_;
  std::vector<bool> used_;
  std::vector<std::string> known_;  // option names asked for
  std::string command_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_ARGS_H_
