// Progress: a one-line, self-overwriting progress report on stderr for long
// runs (documents, MB, MB/s, ETA when the input size is known).  Silent
// when stderr is not a terminal or when disabled (--quiet).
#ifndef ACTORGRAPH_CLI_PROGRESS_H_
#define ACTORGRAPH_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>

namespace actorgraph {

class Progress {
 public:
  Progress(bool enabled, int64_t total_bytes);
  void Update(int64_t documents, int64_t bytes);
  void Finish();
  double Seconds() const;

 private:
  bool enabled_;
  int64_t total_bytes_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_PROGRESS_H_
