// Hostile inputs and failing outputs through the real `actorgraph build`:
// every case runs the binary in a scratch directory and checks
// its exit status, its whole stderr and which files exist afterwards.  The
// nasty inputs are generated here at run time; none is committed.
//
// Exit statuses (extract/user_error.h): 0 ok, 2 usage/ontology error,
// 3 finished but skipped bad input, 4 a file could not be read or written.
//
// ACTORGRAPH_ROBUST_BIG_MB sets the size of the single-line input (default
// 50); the sanitizer build lowers it to stay within CI time.
#define BOOST_TEST_MODULE robustness
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteFile(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  BOOST_REQUIRE(out.good());
}

struct Result {
  int exit_code = -1;  // -signal when killed
  std::string out, err;
};

// A fresh scratch directory per case, the working directory of the runs,
// so that messages name short relative paths.
class Scratch {
 public:
  Scratch() {
    static int counter = 0;
    dir_ = fs::temp_directory_path() /
           ("actorgraph_robust_" + std::to_string(getpid()) + "_" +
            std::to_string(++counter));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~Scratch() {
    std::error_code ignored;
    for (auto& p : fs::recursive_directory_iterator(dir_, ignored)) {
      fs::permissions(p.path(), fs::perms::owner_all, ignored);
    }
    fs::remove_all(dir_, ignored);
  }

  const fs::path& dir() const { return dir_; }
  fs::path operator/(const std::string& name) const { return dir_ / name; }
  void Write(const std::string& name, const std::string& bytes) const {
    WriteFile(dir_ / name, bytes);
  }
  bool Exists(const std::string& name) const {
    std::error_code ignored;
    return fs::exists(fs::symlink_status(dir_ / name, ignored));
  }
  // Names in the directory, sorted; temporaries included.
  std::vector<std::string> Listing() const {
    std::vector<std::string> names;
    for (auto& e : fs::directory_iterator(dir_)) {
      names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  // Starts actorgraph with `args` in the scratch directory; stdin is
  // /dev/null, stdout and stderr go to files.  Returns the child's pid.
  pid_t Start(const std::vector<std::string>& args) const {
    pid_t pid = fork();
    BOOST_REQUIRE(pid >= 0);
    if (pid == 0) {
      if (chdir(dir_.c_str()) != 0) _exit(127);
      int in = open("/dev/null", O_RDONLY);
      int out = open(".stdout", O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = open(".stderr", O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(in, 0);
      dup2(out, 1);
      dup2(err, 2);
      std::vector<char*> argv;
      std::string binary = ACTORGRAPH_BINARY;
      argv.push_back(binary.data());
      std::vector<std::string> copy = args;
      for (std::string& a : copy) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(binary.c_str(), argv.data());
      _exit(127);
    }
    return pid;
  }

  Result Wait(pid_t pid) const {
    int status = 0;
    BOOST_REQUIRE(waitpid(pid, &status, 0) == pid);
    Result r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    r.out = ReadAll(dir_ / ".stdout");
    r.err = ReadAll(dir_ / ".stderr");
    fs::remove(dir_ / ".stdout");
    fs::remove(dir_ / ".stderr");
    return r;
  }

  Result Run(const std::vector<std::string>& args) const {
    return Wait(Start(args));
  }

 private:
  fs::path dir_;
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A GraphML file we wrote is complete when it ends with its root's end tag.
bool IsCompleteGraphml(const fs::path& path) {
  std::string text = ReadAll(path);
  return text.rfind("<?xml", 0) == 0 &&
         text.find("</graphml>") != std::string::npos &&
         text.find_last_not_of("\n") + 1 ==
             text.find("</graphml>") + std::string("</graphml>").size();
}

bool IsRoot() { return geteuid() == 0; }

size_t BigMegabytes() {
  const char* env = std::getenv("ACTORGRAPH_ROBUST_BIG_MB");
  return env && *env ? std::strtoul(env, nullptr, 10) : 50;
}

// One hostile input through `actorgraph build -q INPUT -o out.graphml`.
struct InputCase {
  const char* name;
  std::function<void(const Scratch&)> setup;
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
       [](const Scratch& s) {
         s.Write("in.txt", "Kenya met Ghana \xC3\x28 in Accra \xFF\xFE.\n");
       },
       {"in.txt"},
       0,
       {"in.txt: replaced 3 invalid byte sequence(s), first at byte 16"},
       true},
      {"overlong_sequences",
       [](const Scratch& s) {
         // '/' and 'A' spelled with two and three bytes.
         s.Write("in.txt", "Peru met Chile \xC0\xAF and \xE0\x81\x81.\n");
       },
       {"in.txt"},
       0,
       {"in.txt: replaced 2 invalid byte sequence(s), first at byte 15"},
       true},
      {"lone_surrogates",
       [](const Scratch& s) {
         s.Write("in.txt", "Norway \xED\xA0\x80 met Chile \xED\xBF\xBF.\n");
       },
       {"in.txt"},
       0,
       {"in.txt: replaced 2 invalid byte sequence(s), first at byte 7"},
       true},
      {"nul_bytes",
       [](const Scratch& s) {
         s.Write("in.txt", Bytes("Kenya met\0 Ghana.\0\n"));
       },
       {"in.txt"},
       0,
       {"in.txt: replaced 2 NUL byte(s) with spaces, first at byte 9"},
       true},
      {"binary_file_is_skipped",
       [](const Scratch& s) {
         s.Write("blob.txt", BinaryBytes());
         s.Write("good.txt", "Kenya met Ghana.\n");
       },
       {"blob.txt", "good.txt"},
       3,
       {"blob.txt: binary file (2480 control bytes or invalid sequences in "
        "the first 4096 bytes), skipped"},
       true},
      {"empty_files",
       [](const Scratch& s) {
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
       [](const Scratch&) {},
       {"nope.txt"},
       4,
       {"nope.txt: no such file or directory"},
       false},
      {"unreadable_file_in_directory",
       [](const Scratch& s) {
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
       [](const Scratch&) {},
       {"/dev/zero"},
       3,
       {"/dev/zero: document exceeds the limit of 67108864 bytes"},
       true},
      {"jsonl_broken_lines",
       [](const Scratch& s) {
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
       [](const Scratch& s) {
         s.Write("docs.jsonl",
                 "{\"text\": \"Kenya met Ghana.\"}\n{\"text\": 1}\n");
       },
       {"docs.jsonl"},
       3,
       {"docs.jsonl:2: \"text\" is not a string"},
       false,
       {"--strict"}},
      {"deeply_nested_json",
       [](const Scratch& s) {
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

void ExpectNoTemporaries(const Scratch& s) {
  for (const std::string& name : s.Listing()) {
    BOOST_TEST(name.find(".tmp.") == std::string::npos, name);
  }
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
      Scratch s;
      c.setup(s);
      Result r = s.Run(BuildArgs(c.inputs, c.extra_args));
      BOOST_TEST(r.exit_code == c.exit_code);
      BOOST_TEST(Lines(r.err) == c.stderr_lines,
                 boost::test_tools::per_element());
      BOOST_TEST(r.out == "");
      BOOST_TEST(s.Exists("out.graphml") == c.output_written);
      if (c.output_written) {
        BOOST_TEST(IsCompleteGraphml(s / "out.graphml"));
      }
      ExpectNoTemporaries(s);
    }
  }
}

// The good lines around the bad ones still make it into the graph.
BOOST_AUTO_TEST_CASE(good_lines_between_bad_ones_are_kept) {
  Scratch s;
  s.Write("docs.jsonl",
          "{\"text\": \"Kenya met Ghana.\"}\n{\"text\": \n"
          "{\"text\": \"Norway met Chile.\"}\n");
  Result r = s.Run(BuildArgs({"docs.jsonl"}, {}));
  BOOST_TEST(r.exit_code == 3);
  std::string graph = ReadAll(s / "out.graphml");
  BOOST_TEST(graph.find(">Ghana<") != std::string::npos);
  BOOST_TEST(graph.find(">Norway<") != std::string::npos);
}

// Root reads any file, so permissions are only tested as another user.
BOOST_AUTO_TEST_CASE(unreadable_files_and_directories) {
  if (IsRoot()) {
    BOOST_TEST_MESSAGE("running as root: permission cases skipped");
    return;
  }
  Scratch s;
  s.Write("corpus/a.txt", "Kenya met Ghana.\n");
  s.Write("corpus/b.txt", "Peru met Chile.\n");
  s.Write("corpus/sub/c.txt", "Peru met Chile.\n");
  fs::permissions(s / "corpus/b.txt", fs::perms::none);
  fs::permissions(s / "corpus/sub", fs::perms::none);
  Result r = s.Run(BuildArgs({"corpus"}, {}));
  BOOST_TEST(r.exit_code == 3);
  const std::vector<std::string> expected = {
      "corpus/sub: cannot read directory: Permission denied",
      "corpus/b.txt: cannot open: permission denied"};
  BOOST_TEST(Lines(r.err) == expected, boost::test_tools::per_element());
  BOOST_TEST(IsCompleteGraphml(s / "out.graphml"));

  Result direct = s.Run(BuildArgs({"corpus/b.txt"}, {}));
  BOOST_TEST(direct.exit_code == 4);
  BOOST_TEST(direct.err == "corpus/b.txt: cannot open: permission denied\n");
}

// One line of ACTORGRAPH_ROBUST_BIG_MB (default 50) megabytes without a
// sentence end: finishes (CTest's TIMEOUT guards it) with a sane graph.
BOOST_AUTO_TEST_CASE(single_huge_line) {
  Scratch s;
  const std::string phrase =
      "Kenya met Ghana and Peru criticized Chile while officials said that ";
  {
    std::ofstream out(s / "huge.txt", std::ios::binary);
    std::string block = Repeat(phrase, (1 << 20) / phrase.size());
    for (size_t mb = 0; mb < BigMegabytes(); ++mb) out << block;
  }
  Result r = s.Run(BuildArgs({"huge.txt"}, {}));
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.err == "");
  BOOST_REQUIRE(IsCompleteGraphml(s / "out.graphml"));
  std::string graph = ReadAll(s / "out.graphml");
  BOOST_TEST(graph.find(">met_with<") != std::string::npos);
  BOOST_TEST(graph.find(">criticizes<") != std::string::npos);
}

// An output that cannot be written: exit 4, "PATH: cannot write: REASON",
// and nothing under the target name.
struct OutputCase {
  const char* name;
  std::function<void(const Scratch&)> setup;
  std::vector<std::string> output_args;
  std::string stderr_text;
  std::vector<std::string> absent;  // must not exist afterwards
};

const std::vector<OutputCase>& OutputCases() {
  static const std::vector<OutputCase> cases = {
      {"missing_directory",
       [](const Scratch&) {},
       {"-o", "nodir/out.graphml"},
       "nodir/out.graphml: cannot write: No such file or directory\n",
       {"nodir"}},
      {"parent_is_a_file",
       [](const Scratch& s) { s.Write("file", "x"); },
       {"-o", "file/out.graphml"},
       "file/out.graphml: cannot write: Not a directory\n",
       {}},
      {"full_device",
       [](const Scratch&) {},
       {"--format", "graphml", "-o", "/dev/full"},
       "/dev/full: cannot write: No space left on device\n",
       {}},
      {"symlink_to_full_device",
       [](const Scratch& s) {
         fs::create_symlink("/dev/full", s / "out.graphml");
       },
       {"-o", "out.graphml"},
       "out.graphml: cannot write: No space left on device\n",
       {}},
      {"target_is_a_directory",
       [](const Scratch& s) { fs::create_directory(s / "out.graphml"); },
       {"-o", "out.graphml"},
       "out.graphml: cannot write: Is a directory\n",
       {}},
  };
  return cases;
}

BOOST_AUTO_TEST_CASE(unwritable_outputs) {
  for (const OutputCase& c : OutputCases()) {
    if (c.name == std::string("full_device") ||
        c.name == std::string("symlink_to_full_device")) {
      if (access("/dev/full", W_OK) != 0) {
        BOOST_TEST_MESSAGE("/dev/full is not writable here: " << c.name
                                                              << " skipped");
        continue;
      }
    }
    BOOST_TEST_CONTEXT("case " << c.name) {
      Scratch s;
      s.Write("in.txt", "Kenya met Ghana.\n");
      c.setup(s);
      std::vector<std::string> args = {"build", "-q", "in.txt"};
      args.insert(args.end(), c.output_args.begin(), c.output_args.end());
      Result r = s.Run(args);
      BOOST_TEST(r.exit_code == 4);
      BOOST_TEST(r.err == c.stderr_text);
      for (const std::string& name : c.absent) BOOST_TEST(!s.Exists(name));
      ExpectNoTemporaries(s);
    }
  }
}

BOOST_AUTO_TEST_CASE(symlink_to_full_device_is_not_replaced) {
  if (access("/dev/full", W_OK) != 0) return;  // as above
  Scratch s;
  s.Write("in.txt", "Kenya met Ghana.\n");
  fs::create_symlink("/dev/full", s / "out.graphml");
  s.Run({"build", "-q", "in.txt", "-o", "out.graphml"});
  BOOST_TEST(fs::is_symlink(s / "out.graphml"));
  BOOST_TEST(fs::read_symlink(s / "out.graphml") == "/dev/full");
}

BOOST_AUTO_TEST_CASE(read_only_directory) {
  if (IsRoot()) {
    BOOST_TEST_MESSAGE("running as root: read-only directory case skipped");
    return;
  }
  Scratch s;
  s.Write("in.txt", "Kenya met Ghana.\n");
  fs::create_directory(s / "ro");
  fs::permissions(s / "ro", fs::perms::owner_read | fs::perms::owner_exec);
  Result r = s.Run({"build", "-q", "in.txt", "-o", "ro/out.graphml"});
  BOOST_TEST(r.exit_code == 4);
  BOOST_TEST(r.err == "ro/out.graphml: cannot write: Permission denied\n");
  BOOST_TEST(fs::is_empty(s / "ro"));
}

// Every country meets every other: a graph big enough that writing it takes
// a while, so that a signal can land in the middle of the write.
std::string ManyEdgesCorpus() {
  std::ifstream in(ACTORGRAPH_SOURCE_DIR "/ontology/actors/countries.tsv");
  std::vector<std::string> labels;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.rfind("id\t", 0) == 0) continue;
    std::vector<std::string> cells;
    std::istringstream cols(line);
    for (std::string c; std::getline(cols, c, '\t');) cells.push_back(c);
    if (cells.size() > 2 && cells[1] == "Country") labels.push_back(cells[2]);
  }
  std::string jsonl;
  for (size_t i = 0; i < labels.size() && i < 120; ++i) {
    for (size_t j = i + 1; j < labels.size() && j < 120; ++j) {
      jsonl += "{\"text\": \"" + labels[i] + " met " + labels[j] + ".\"}\n";
    }
  }
  return jsonl;
}

// Sends `signal` as soon as the output's temporary appears and checks that
// the target name never holds a partial file.  Returns the listing after.
std::vector<std::string> InterruptWrite(int signal) {
  Scratch s;
  s.Write("many.jsonl", ManyEdgesCorpus());
  pid_t pid = s.Start({"build", "-q", "-j", "1", "many.jsonl", "-o",
                       "out.graphml", "-o", "out.gexf", "-o", "out.jsonld"});
  std::string temp = ".out.graphml.tmp." + std::to_string(pid);
  bool seen = false;
  for (int i = 0; i < 600000 && !seen; ++i) {
    seen = s.Exists(temp);
    if (!seen) {
      if (waitpid(pid, nullptr, WNOHANG) == pid) break;
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
  }
  BOOST_REQUIRE_MESSAGE(seen, "the build ended before its output appeared");
  kill(pid, signal);
  Result r = s.Wait(pid);
  BOOST_TEST(r.exit_code == -signal);
  // The first output may have been committed in the meantime; then it is
  // whole.  The later ones cannot be.
  if (s.Exists("out.graphml")) BOOST_TEST(IsCompleteGraphml(s / "out.graphml"));
  BOOST_TEST(!s.Exists("out.jsonld"));
  std::vector<std::string> listing = s.Listing();
  listing.erase(std::remove(listing.begin(), listing.end(), "many.jsonl"),
                listing.end());
  listing.erase(std::remove(listing.begin(), listing.end(), "out.graphml"),
                listing.end());
  return listing;
}

// SIGKILL cannot be caught: the temporary stays beside the target (a later
// run never reads it; its name ends in the dead process's id).
BOOST_AUTO_TEST_CASE(sigkill_mid_write_leaves_no_partial_target) {
  InterruptWrite(SIGKILL);
}

// SIGTERM and SIGINT remove the temporaries before the process dies.
BOOST_AUTO_TEST_CASE(sigterm_mid_write_removes_temporaries) {
  BOOST_TEST(InterruptWrite(SIGTERM).empty(), "temporaries left");
  BOOST_TEST(InterruptWrite(SIGINT).empty(), "temporaries left");
}

// Odd names and text in every output format, read back by real parsers:
// xmllint for GraphML and GEXF, Python's json for JSON-LD and JSON Lines.
// Labels with '&', quotes and '<'; text with C0 controls, an escape
// sequence, noncharacters (U+FFFE, U+FFFF), U+0085, a line break inside a
// sentence, and markup that must not break out of the HTML's script.
BOOST_AUTO_TEST_CASE(odd_names_and_control_characters_still_parse) {
  BOOST_REQUIRE_MESSAGE(std::system("command -v xmllint >/dev/null") == 0 &&
                            std::system("command -v python3 >/dev/null") == 0,
                        "needs xmllint and python3 (tools/deps.sh test)");
  Scratch s;
  fs::create_directories(s / "ont");
  for (const auto& e :
       fs::directory_iterator(ACTORGRAPH_SOURCE_DIR "/ontology")) {
    if (e.path().filename() == "tools") continue;
    fs::copy(e.path(), s / "ont" / e.path().filename(),
             fs::copy_options::recursive);
  }
  s.Write("ont/actors/zz_odd.tsv",
          "id\ttype\tlabel\taliases\n"
          "org:att\tOrganization\tAT&T\tAT&T Inc\n"
          "org:quoted\tOrganization\t\"Quoted\" <Corp> 'Ltd'\tQuoco\n"
          "org:control\tOrganization\tBell\x01Labs \xEF\xBF\xBE End\tBellco\n");
  s.Write("in.txt",
          "AT&T met Quoco in \x01\x02\x1B[31m red \xEF\xBF\xBE\xEF\xBF\xBF "
          "\xC2\x85 and Bellco met Kenya.\n"
          "Kenya criticized \"Quoco\" <b>loudly</b> & AT&T\n"
          "after </script><script>alert(1)</script> talks.\n");
  Result r = s.Run({"build", "-q", "in.txt", "--ontology", "ont", "-o",
                    "out.graphml", "-o", "out.gexf", "-o", "out.jsonld", "-o",
                    "out.jsonl", "-o", "out.html"});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.err == "");
  const std::string dir = s.dir().string();
  for (const char* xml : {"out.graphml", "out.gexf"}) {
    std::string command =
        "xmllint --noout '" + dir + "/" + xml + "' 2>'" + dir + "/lint'";
    BOOST_TEST(std::system(command.c_str()) == 0, xml);
    BOOST_TEST(ReadAll(s / "lint") == "", xml);
  }
  std::string json_check =
      "python3 -c 'import json, sys; json.load(open(sys.argv[1])); "
      "[json.loads(l) for l in open(sys.argv[2])]' '" +
      dir + "/out.jsonld' '" + dir + "/out.jsonl'";
  BOOST_TEST(std::system(json_check.c_str()) == 0);
  std::string graph = ReadAll(s / "out.graphml");
  BOOST_TEST(graph.find("\"text\":\"AT&amp;T met Quoco in ") !=
             std::string::npos);
  BOOST_TEST(graph.find(">criticizes<") != std::string::npos);
  BOOST_TEST(graph.find(">\"Quoted\" &lt;Corp&gt; 'Ltd'<") !=
             std::string::npos);
  BOOST_TEST(ReadAll(s / "out.html").find("<script>alert") ==
             std::string::npos);
}
