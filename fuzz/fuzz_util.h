// Code shared by the fuzz harnesses (fuzz/*_fuzzer.cc): a scratch
// directory for loaders that read files, and the invariants every harness
// checks.  A broken invariant calls FUZZ_CHECK, which aborts, so that
// libFuzzer (or the replay driver in a normal build) reports a crash.
#ifndef ACTORGRAPH_FUZZ_FUZZ_UTIL_H_
#define ACTORGRAPH_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#define FUZZ_CHECK(condition)                                          \
  do {                                                                 \
    if (!(condition))                                                  \
      ::actorgraph::fuzz::CheckFailed(#condition, __FILE__, __LINE__); \
  } while (0)

namespace actorgraph {
namespace fuzz {

[[noreturn]] void CheckFailed(const char* condition, const char* file,
                              int line);

// A per-process directory under $TMPDIR, created on first use and removed
// at exit.
const std::string& ScratchDir();

// Writes `bytes` to ScratchDir()/name and returns the path.
std::string WriteScratchFile(const std::string& name, std::string_view bytes);

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool IsValidUtf8(std::string_view s);

// Number of code points in valid UTF-8.
size_t CodePoints(std::string_view s);

// The project's ontology/ directory.
std::string SourceOntologyDir();

}  // namespace fuzz
}  // namespace actorgraph

#endif  // ACTORGRAPH_FUZZ_FUZZ_UTIL_H_
