// UserError: an error the user caused (bad file, bad JSON, bad rule).
//
// Library code throws it with a message already shaped as
// "file:line:col: what is wrong" (or "file: what is wrong" when no position
// applies).  The CLI catches it, prints the message as one line on stderr and
// exits with exit_code().  Anything else that escapes is a bug.
#ifndef ACTORGRAPH_EXTRACT_BASE_USER_ERROR_H_
#define ACTORGRAPH_EXTRACT_BASE_USER_ERROR_H_

#include <stdexcept>
#include <string>

namespace actorgraph {

// Exit codes shared by every subcommand (documented in README.md).
enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,       // a query found nothing / a check case failed
  kExitUsage = 2,         // bad command line, ontology or case file
  kExitInputSkipped = 3,  // the run finished but skipped bad input
  kExitIo = 4,            // a file could not be read or written
};

class UserError : public std::runtime_error {
 public:
  explicit UserError(const std::string& message, int exit_code = kExitUsage)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

// "file:line:col: reason"; line/col are 1-based and omitted when 0.
std::string Located(const std::string& file, int line, int col,
                    const std::string& reason);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_USER_ERROR_H_
