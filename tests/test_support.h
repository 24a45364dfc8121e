// Helpers shared by the test programs: whole-file reads and golden files.
//
//   std::string text = ReadFile(path);
//   CheckGolden("export_small.graphml", actual);  // tests/golden/NAME
//
// Golden files are rewritten, instead of compared, when the environment has
// ACTORGRAPH_REGENERATE set; read the diff before committing them.
#ifndef ACTORGRAPH_TESTS_TEST_SUPPORT_H_
#define ACTORGRAPH_TESTS_TEST_SUPPORT_H_

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace actorgraph {
namespace testing {

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Compares `actual` with tests/golden/NAME, or rewrites it when
// ACTORGRAPH_REGENERATE is set.
inline void CheckGolden(const std::string& name, const std::string& actual) {
  std::filesystem::path path =
      std::filesystem::path(ACTORGRAPH_SOURCE_DIR) / "tests/golden" / name;
  if (std::getenv("ACTORGRAPH_REGENERATE") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  BOOST_REQUIRE_MESSAGE(
      std::filesystem::exists(path),
      path << " is missing; run with ACTORGRAPH_REGENERATE=1");
  BOOST_TEST(actual == ReadFile(path), name << " differs from its golden file");
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_TEST_SUPPORT_H_
