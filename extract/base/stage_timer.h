// StageTimer: an opt-in breakdown of where a build spends its time
// (`actorgraph build --profile`).  Each thread sums its own stage times in
// thread-local counters, folded into the totals when the thread ends, so
// the hot path takes no lock; when profiling is off a StageClock costs a
// branch or two.
//
//   StageTimer::Enable();                 // before any worker starts
//   { StageClock clock(Stage::kGazetteer); FindGazetteerMentions(&d); }
//   StageTimes t = StageTimer::Totals();  // after the workers have joined
//   std::cerr << FormatStageTimes(t);
//
// Times are CPU seconds of each thread (so that other processes on the
// machine do not inflate them), added over threads.
#ifndef ACTORGRAPH_EXTRACT_BASE_STAGE_TIMER_H_
#define ACTORGRAPH_EXTRACT_BASE_STAGE_TIMER_H_

#include <array>
#include <cstdint>
#include <string>

namespace actorgraph {

enum class Stage {
  kIngest,     // reading and parsing input, UTF-8 repair
  kTokens,     // sentences, tokens, word ids
  kGazetteer,  // gazetteer mentions
  kCues,       // person cues and in-document coreference
  kRelations,  // relation rules, affiliations
  kResults,    // offsets, evidence, actor records
  kGraph,      // folding results into the graph
  kWrite,      // writing the output files
};
constexpr int kStageCount = 8;
const char* StageName(Stage stage);

using StageTimes = std::array<double, kStageCount>;  // seconds by Stage

class StageTimer {
 public:
  static void Enable();
  static bool enabled() { return enabled_; }
  // Sums of the threads that have ended, plus the calling thread's.
  static StageTimes Totals();
  static void Add(Stage stage, int64_t nanoseconds);
  // CPU time of the calling thread.
  static int64_t ThreadNanos();

 private:
  static bool enabled_;
};

// Times consecutive stages of one thread: Switch() ends the running stage
// and starts the next; the destructor ends the last.
//
//   StageClock clock(Stage::kTokens);
//   Prepare(&d);
//   clock.Switch(Stage::kGazetteer);
//   FindGazetteerMentions(&d);
class StageClock {
 public:
  explicit StageClock(Stage stage) : stage_(stage) {
    if (StageTimer::enabled()) start_ = StageTimer::ThreadNanos();
  }
  ~StageClock() { Switch(stage_); }
  void Switch(Stage next) {
    if (StageTimer::enabled()) {
      int64_t now = StageTimer::ThreadNanos();
      StageTimer::Add(stage_, now - start_);
      start_ = now;
    }
    stage_ = next;
  }
  StageClock(const StageClock&) = delete;
  StageClock& operator=(const StageClock&) = delete;

 private:
  Stage stage_;
  int64_t start_ = 0;
};

// "stage seconds share" lines, one per stage, and a total.
std::string FormatStageTimes(const StageTimes& times);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_STAGE_TIMER_H_
