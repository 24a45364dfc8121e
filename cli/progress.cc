#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace actorgraph {

Progress::Progress(bool enabled, int64_t total_bytes)
    : enabled_(enabled && isatty(STDERR_FILENO)),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                       start_)
      .count();
}

void Progress::Update(int64_t documents, int64_t bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  double seconds = Seconds();
  double mb = bytes / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  std::fprintf(stderr, "\r%lld documents, %.1f MB, %.1f MB/s",
               static_cast<long long>(documents), mb, rate);
  if (total_bytes_ > 0 && rate > 0) {
    double left = (total_bytes_ / 1e6 - mb) / rate;
    std::fprintf(stderr, ", ETA %.0f s   ", left > 0 ? left : 0);
  }
  drawn_ = true;
}

void Progress::Finish() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
}

}  // namespace actorgraph
