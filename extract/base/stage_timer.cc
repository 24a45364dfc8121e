#include "extract/base/stage_timer.h"

#include <time.h>

#include <cstdio>
#include <mutex>

namespace actorgraph {
namespace {

std::mutex totals_mutex;
StageTimes ended_threads_totals{};

// One thread's counters; folded into the totals when the thread ends.
struct ThreadTimes {
  StageTimes seconds{};
  ~ThreadTimes() {
    std::lock_guard<std::mutex> lock(totals_mutex);
    for (int i = 0; i < kStageCount; ++i) ended_threads_totals[i] += seconds[i];
  }
};

ThreadTimes& Mine() {
  thread_local ThreadTimes times;
  return times;
}

}  // namespace

bool StageTimer::enabled_ = false;

const char* StageName(Stage stage) {
  static const char* const kNames[kStageCount] = {
      "ingest",    "tokens",  "gazetteer", "cues",
      "relations", "results", "graph",     "write"};
  return kNames[static_cast<int>(stage)];
}

void StageTimer::Enable() { enabled_ = true; }

void StageTimer::Add(Stage stage, int64_t nanoseconds) {
  Mine().seconds[static_cast<int>(stage)] += nanoseconds * 1e-9;
}

int64_t StageTimer::ThreadNanos() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

StageTimes StageTimer::Totals() {
  std::lock_guard<std::mutex> lock(totals_mutex);
  StageTimes out = ended_threads_totals;
  for (int i = 0; i < kStageCount; ++i) out[i] += Mine().seconds[i];
  return out;
}

std::string FormatStageTimes(const StageTimes& times) {
  double total = 0;
  for (double t : times) total += t;
  std::string out;
  char line[96];
  for (int i = 0; i < kStageCount; ++i) {
    std::snprintf(line, sizeof line, "  %-10s %8.3f s %5.1f%%\n",
                  StageName(static_cast<Stage>(i)), times[i],
                  total > 0 ? 100 * times[i] / total : 0.0);
    out += line;
  }
  std::snprintf(line, sizeof line, "  %-10s %8.3f s\n", "total", total);
  return out + line;
}

}  // namespace actorgraph
