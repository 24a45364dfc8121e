// Hostile inputs through the real `actorgraph build`: every case runs the
// binary in a scratch directory and checks its exit status, its whole
// stderr and which files exist afterwards.  The nasty inputs are generated
// here at run time; none is committed.
//
// Exit statuses (extract/base/user_error.h): 0 ok, 2 usage/ontology error,
// 3 finished but skipped bad input, 4 a file could not be read or written.
//
// ACTORGRAPH_ROBUST_BIG_MB sets the size of the single-line input (default
// 50); the sanitizer build lowers it to stay within CI time.
#define BOOST_TEST_MODULE robustness_input
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace actorgraph {
namespace testing {
namespace {

namespace fs = std::filesystem;

size_t BigMegabytes() {
  const char* env = std::getenv("ACTORGRAPH_ROBUST_BIG_MB");
  return env && *env ? std::strtoul(env, nullptr, 10) : 50;
}

// One hostile input through `actorgraph build -q INPUT -o out.graphml`.
struct InputCase {
  const char* name;
  std::function<void(const ScratchDir&)> setup;
  std::vector<std::string> inputs;  // INPUT arguments
  int exit_code;
  std::vector<std::string> stderr_lines;  // exactly, in order
  bool output_written;
  std::vector<std::string> extra_args = {};
};

// A string literal with its NUL bytes.
template <size_t N>
std::string Bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Bytes 0..255 over and over: what an image or an executable looks like.
std::string BinaryBytes() {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes += static_cast<char>(i * 7 % 256);
  return bytes;
}

const std::vector<InputCase>& InputCases() {
  static const std::vector<InputCase> cases = {
      {"invalid_utf8",
       [](const ScratchDir& s) {
         s.Write("in.txt", "Kenya met Ghana \xC3\x28 in Accra \xFF\xFE.\n");
       },
       {"in.txt"},
       0,
       {"in.txt: replaced 3 invalid byte sequence(s), first at byte 16"},
       true},
      {"overlong_sequences",
       [](const ScratchDir& s) {
         // '/' and 'A' spelled with two and three bytes.
         s.Write("in.txt", "Peru met Chile \xC0\xAF and \xE0\x81\x81.\n");
       },
       {"in.txt"},
       0,
       {"in.txt: replaced 2 invalid byte sequence(s), first at byte 15"},
       true},
      {"lone_surrogates",
       [](const ScratchDir& s) {
         s.Write("in.txt", "Norway \xED\xA0\x80 met Chile \xED\xBF\xBF.\n");
       },
       {"in.txt"},
       0,
       {"in.txt: replaced 2 invalid byte sequence(s), first at byte 7"},
       true},
      {"nul_bytes",
       [](const ScratchDir& s) {
         s.Write("in.txt", Bytes("Kenya met\0 Ghana.\0\n"));
       },
       {"in.txt"},
       0,
       {"in.txt: replaced 2 NUL byte(s) with spaces, first at byte 9"},
       true},
      {"binary_file_is_skipped",
       [](const ScratchDir& s) {
         s.Write("blob.txt", BinaryBytes());
         s.Write("good.txt", "Kenya met Ghana.\n");
       },
       {"blob.txt", "good.txt"},
       3,
       {"blob.txt: binary file (2480 control bytes or invalid sequences in "
        "the first 4096 bytes), skipped"},
       true},
      {"empty_files",
       [](const ScratchDir& s) {
         s.Write("empty.txt", "");
         s.Write("empty.jsonl", "");
         s.Write("blank.txt", " \n\t\n");
       },
       {"empty.txt", "empty.jsonl", "blank.txt"},
       0,
       {"empty.txt: empty document, skipped",
        "empty.jsonl: empty file, no documents",
        "blank.txt: empty document, skipped"},
       true},
      {"missing_input",
       [](const ScratchDir&) {},
       {"nope.txt"},
       4,
       {"nope.txt: no such file or directory"},
       false},
      {"unreadable_file_in_directory",
       [](const ScratchDir& s) {
         s.Write("corpus/a.txt", "Kenya met Ghana.\n");
         // Reading a process's memory at offset 0 fails with EIO, for
         // root too (file permissions would not stop root).
         fs::create_symlink("/proc/self/mem", s / "corpus/b.txt");
       },
       {"corpus"},
       3,
       {"corpus/b.txt: cannot read: input/output error"},
       true},
      {"endless_input",
       [](const ScratchDir&) {},
       {"/dev/zero"},
       3,
       {"/dev/zero: document exceeds the limit of 67108864 bytes"},
       true},
      {"jsonl_broken_lines",
       [](const ScratchDir& s) {
         s.Write("docs.jsonl",
                 std::string(
                     "{\"id\": \"ok1\", \"text\": \"Kenya met Ghana.\"}\n"
                     "{\"id\": \"cut\", \"text\": \"Peru met\n"
                     "{\"id\": \"notext\"}\n"
                     "{\"id\": \"num\", \"text\": 42}\n"
                     "{\"id\": [1], \"text\": \"x\"}\n"
                     "{\"title\": 7, \"text\": \"x\"}\n"
                     "[\"an\", \"array\"]\n"
                     "\n"
                     "{\"id\": \"d\", \"date\": \"soon\", \"text\": \"Peru met "
                     "Chile.\"}\n"
                     "{\"id\": \"nul\", \"text\": \"Chile\\u0000 met Peru.\"}\n"
                     "{\"id\": \"half\", \"text\": \"Chile met \\ud800 "
                     "Peru.\"}\n") +
                     Bytes("{\"id\": \"raw\", \"text\": \"a\0b\"}\n") +
                     "{\"id\": \"ok2\", \"text\": \"Norway met Chile.\"}\n");
       },
       {"docs.jsonl"},
       3,
       {"docs.jsonl:2:32: invalid JSON: Missing a closing quotation mark "
        "in string",
        "docs.jsonl:3: missing \"text\"",
        "docs.jsonl:4: \"text\" is not a string",
        "docs.jsonl:5: \"id\" is not a string or number",
        "docs.jsonl:6: \"title\" is not a string",
        "docs.jsonl:7: expected a JSON object",
        "docs.jsonl:9: date \"soon\" is not YYYY-MM-DD, ignored",
        "docs.jsonl:10: replaced 1 NUL byte(s) with spaces, first at byte 5",
        "docs.jsonl:11:35: invalid JSON: The surrogate pair in string is "
        "invalid",
        "docs.jsonl:12:25: invalid JSON: NUL byte"},
       true},
      {"jsonl_strict_stops_at_first_bad_line",
       [](const ScratchDir& s) {
         s.Write("docs.jsonl",
                 "{\"text\": \"Kenya met Ghana.\"}\n{\"text\": 1}\n");
       },
       {"docs.jsonl"},
       3,
       {"docs.jsonl:2: \"text\" is not a string"},
       false,
       {"--strict"}},
      {"deeply_nested_json",
       [](const ScratchDir& s) {
         s.Write("deep.jsonl", "{\"text\": " + std::string(100000, '[') +
                                   std::string(100000, ']') + "}\n" +
                                   Repeat("{\"a\":", 50000) + "\n");
       },
       {"deep.jsonl"},
       3,
       {"deep.jsonl:1:73: nesting deeper than 64 levels",
        "deep.jsonl:2:321: nesting deeper than 64 levels"},
       true},
  };
  return cases;
}

std::vector<std::string> BuildArgs(const std::vector<std::string>& inputs,
                                   const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"build", "-q"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back("-o");
  args.push_back("out.graphml");
  return args;
}

}  // namespace

BOOST_AUTO_TEST_CASE(hostile_inputs) {
  for (const InputCase& c : InputCases()) {
    BOOST_TEST_CONTEXT("case " << c.name) {
      ScratchDir s;
      c.setup(s);
      RunResult r = s.Run(BuildArgs(c.inputs, c.extra_args));
      BOOST_TEST(r.status == c.exit_code);
      BOOST_TEST(Lines(r.err) == c.stderr_lines,
                 boost::test_tools::per_element());
      BOOST_TEST(r.out == "");
      BOOST_TEST(s.Exists("out.graphml") == c.output_written);
      if (c.output_written) {
        BOOST_TEST(IsCompleteGraphml(s / "out.graphml"));
      }
      BOOST_TEST(s.Temporaries().empty());
    }
  }
}

// The good lines around the bad ones still make it into the graph.
BOOST_AUTO_TEST_CASE(good_lines_between_bad_ones_are_kept) {
  ScratchDir s;
  s.Write("docs.jsonl",
          "{\"text\": \"Kenya met Ghana.\"}\n{\"text\": \n"
          "{\"text\": \"Norway met Chile.\"}\n");
  RunResult r = s.Run(BuildArgs({"docs.jsonl"}, {}));
  BOOST_TEST(r.status == 3);
  std::string graph = ReadFile(s / "out.graphml");
  BOOST_TEST(graph.find(">Ghana<") != std::string::npos);
  BOOST_TEST(graph.find(">Norway<") != std::string::npos);
}

// Root reads any file, so permissions are only tested as another user.
BOOST_AUTO_TEST_CASE(unreadable_files_and_directories, *NotAsRoot()) {
  ScratchDir s;
  s.Write("corpus/a.txt", "Kenya met Ghana.\n");
  s.Write("corpus/b.txt", "Peru met Chile.\n");
  s.Write("corpus/sub/c.txt", "Peru met Chile.\n");
  fs::permissions(s / "corpus/b.txt", fs::perms::none);
  fs::permissions(s / "corpus/sub", fs::perms::none);
  RunResult r = s.Run(BuildArgs({"corpus"}, {}));
  BOOST_TEST(r.status == 3);
  const std::vector<std::string> expected = {
      "corpus/sub: cannot read directory: Permission denied",
      "corpus/b.txt: cannot open: permission denied"};
  BOOST_TEST(Lines(r.err) == expected, boost::test_tools::per_element());
  BOOST_TEST(IsCompleteGraphml(s / "out.graphml"));

  RunResult direct = s.Run(BuildArgs({"corpus/b.txt"}, {}));
  BOOST_TEST(direct.status == 4);
  BOOST_TEST(direct.err == "corpus/b.txt: cannot open: permission denied\n");
}

// One line of ACTORGRAPH_ROBUST_BIG_MB (default 50) megabytes without a
// sentence end: finishes (CTest's TIMEOUT guards it) with a sane graph.
BOOST_AUTO_TEST_CASE(single_huge_line) {
  ScratchDir s;
  const std::string phrase =
      "Kenya met Ghana and Peru criticized Chile while officials said that ";
  {
    std::ofstream out(s / "huge.txt", std::ios::binary);
    std::string block = Repeat(phrase, (1 << 20) / phrase.size());
    for (size_t mb = 0; mb < BigMegabytes(); ++mb) out << block;
  }
  RunResult r = s.Run(BuildArgs({"huge.txt"}, {}));
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.err == "");
  BOOST_REQUIRE(IsCompleteGraphml(s / "out.graphml"));
  std::string graph = ReadFile(s / "out.graphml");
  BOOST_TEST(graph.find(">met_with<") != std::string::npos);
  BOOST_TEST(graph.find(">criticizes<") != std::string::npos);
}

}  // namespace testing
}  // namespace actorgraph
