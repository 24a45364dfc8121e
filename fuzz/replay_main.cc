// Replays fuzz inputs through a harness without libFuzzer, so that a normal
// (g++) build and CTest run the seed corpus and every crash ever found:
//
//   ingest_replay fuzz/corpus/ingest fuzz/regressions/ingest
//
// Each argument is a file or a directory (its files, in sorted order); a
// missing directory holds no inputs (a harness without regressions).  A
// broken invariant aborts, as under libFuzzer; exit status 2 when no input
// was found at all.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {
namespace fs = std::filesystem;

std::vector<std::string> InputsOf(const std::string& arg) {
  std::vector<std::string> files;
  if (!fs::exists(arg)) return files;
  if (!fs::is_directory(arg)) return {arg};
  for (const auto& entry : fs::recursive_directory_iterator(arg)) {
    if (entry.is_regular_file()) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  int replayed = 0;
  for (int i = 1; i < argc; ++i) {
    for (const std::string& path : InputsOf(argv[i])) {
      std::ifstream in(path, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)),
                        std::istreambuf_iterator<char>());
      if (!in.good() && !in.eof()) {
        std::fprintf(stderr, "%s: cannot read\n", path.c_str());
        return 2;
      }
      std::fprintf(stderr, "replaying %s\n", path.c_str());
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()),
                             bytes.size());
      ++replayed;
    }
  }
  std::printf("%d inputs replayed\n", replayed);
  return replayed > 0 ? 0 : 2;
}
