// Args: the small command-line parser every subcommand uses.
//
//   Args args(argv_after_command, "actorgraph build");
//   std::vector<std::string> outs = args.Values("-o", "--output");
//   bool quiet = args.Flag("--quiet");
//   std::string dir = args.Value("--ontology", DefaultOntologyDir());
//   std::vector<std::string> inputs = args.Rest();  // throws on unknown -x
//
// Options take their value as the next argument or after '='.  "-" alone is
// a positional argument (stdin).  Errors throw UserError("actorgraph
// build: ...", kExitUsage).
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
  // The positional arguments left; an unknown option is an error.
  std::vector<std::string> Rest();
  [[noreturn]] void Fail(const std::string& message) const;

 private:
  bool Take(size_t i, const std::string& name, std::string* value);

  std::vector<std::string> args_;
  std::vector<bool> used_;
  std::string command_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_ARGS_H_
