// What the test programs share: scratch directories, running the
// actorgraph binary (or any program) with an argument vector, whole-file
// reads and writes, golden files, the project's ontology, and one text
// form of a graph.
//
//   ScratchDir dir;                          // removed at the end of scope
//   dir.Write("in.txt", "Kenya met Ghana.\n");
//   RunResult r = dir.Run({"build", "-q", "in.txt", "-o", "g.graphml"});
//   BOOST_TEST(r.status == 0);               // -N when killed by signal N
//   BOOST_TEST(r.err == "");
//   RunResult p = Run({"python3", "score.py", "gold.json"},
//                     RunOptions().In(dir.path()).Stdin("text"));
//   CheckGolden("export_small.graphml", actual);  // tests/golden/NAME
//   BOOST_TEST(DumpGraph(back) == DumpGraph(original));
//   Extractor extractor(ProjectOntology());  // loaded once
//   BOOST_TEST(ErrorOf([&] { ReadGraphFile("x"); }) == "x: cannot read: ...");
//
// Programs run without a shell: every argument reaches the program as it
// is written, stdin is /dev/null unless given, and stdout and stderr are
// captured whole.  Golden files are rewritten, instead of compared, when
// the environment has ACTORGRAPH_REGENERATE set; read the diff before
// committing them.
#ifndef ACTORGRAPH_TESTS_TEST_SUPPORT_H_
#define ACTORGRAPH_TESTS_TEST_SUPPORT_H_

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "extract/base/user_error.h"
#include "extract/rules/ontology.h"
#include "graph/actor_graph.h"

namespace actorgraph {
namespace testing {

// ---- files ---------------------------------------------------------------

// The whole file, or "" when it cannot be read.
inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Writes `bytes` to `path`, creating its directory; the test stops when
// the write fails.
inline void WriteFile(const std::filesystem::path& path,
                      const std::string& bytes) {
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path());
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  BOOST_REQUIRE_MESSAGE(out.good(), "cannot write " << path);
}

// The lines of `text`, without their '\n'.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A copy of the project's ontology/ at `to`, without its generator tools
// (and their node_modules), which Ontology::Load does not read.
inline void CopyOntology(const std::filesystem::path& to) {
  namespace fs = std::filesystem;
  fs::remove_all(to);
  fs::create_directories(to);
  for (const auto& e :
       fs::directory_iterator(fs::path(ACTORGRAPH_SOURCE_DIR) / "ontology")) {
    if (e.path().filename() == "tools") continue;
    fs::copy(e.path(), to / e.path().filename(), fs::copy_options::recursive);
  }
}

// Skips a test of file permissions when it runs as root, who reads any
// file:  BOOST_AUTO_TEST_CASE(unreadable_files, *NotAsRoot()) { ... }
inline boost::test_tools::assertion_result NotRootUser(
    boost::unit_test::test_unit_id) {
  boost::test_tools::assertion_result result(::geteuid() != 0);
  result.message() << "running as root, who reads any file";
  return result;
}
inline boost::unit_test::precondition NotAsRoot() {
  return boost::unit_test::precondition(&NotRootUser);
}

// A GraphML file we wrote is complete when it ends with its root's end tag.
inline bool IsCompleteGraphml(const std::filesystem::path& path) {
  const std::string text = ReadFile(path), end = "</graphml>";
  return text.rfind("<?xml", 0) == 0 && text.find(end) != std::string::npos &&
         text.find_last_not_of("\n") + 1 == text.find(end) + end.size();
}

// ---- golden files ----------------------------------------------------------

// Compares `actual` with the file at `path`, or rewrites it when
// ACTORGRAPH_REGENERATE is set.
inline void CheckGoldenFile(const std::filesystem::path& path,
                            const std::string& actual) {
  if (std::getenv("ACTORGRAPH_REGENERATE") != nullptr) {
    WriteFile(path, actual);
    return;
  }
  BOOST_REQUIRE_MESSAGE(
      std::filesystem::exists(path),
      path << " is missing; run with ACTORGRAPH_REGENERATE=1");
  BOOST_TEST(actual == ReadFile(path), path.filename().string()
                                           << " differs from its golden file");
}

// CheckGoldenFile on tests/golden/NAME.
inline void CheckGolden(const std::string& name, const std::string& actual) {
  CheckGoldenFile(
      std::filesystem::path(ACTORGRAPH_SOURCE_DIR) / "tests/golden" / name,
      actual);
}

// ---- running programs ------------------------------------------------------

struct RunResult {
  int status = -1;  // the exit status, or -N when killed by signal N
  std::string out, err;
};

struct RunOptions {
  std::filesystem::path cwd;         // empty: the test's own
  std::optional<std::string> input;  // stdin; /dev/null without

  RunOptions& In(const std::filesystem::path& dir) {
    cwd = dir;
    return *this;
  }
  RunOptions& Stdin(std::string text) {
    input = std::move(text);
    return *this;
  }
};

// A started program; Wait() collects it.  Destroying a child that was not
// waited for kills it.
class Child {
 public:
  Child(pid_t pid, std::FILE* out, std::FILE* err)
      : pid_(pid), out_(out, &std::fclose), err_(err, &std::fclose) {}
  Child(Child&& other) noexcept
      : pid_(std::exchange(other.pid_, -1)),
        out_(std::move(other.out_)),
        err_(std::move(other.err_)) {}
  Child& operator=(Child&&) = delete;
  ~Child() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }

  pid_t pid() const { return pid_; }

  RunResult Wait() {
    BOOST_REQUIRE_MESSAGE(pid_ > 0, "the child was already waited for");
    int raw = 0;
    BOOST_REQUIRE(::waitpid(pid_, &raw, 0) == pid_);
    pid_ = -1;
    RunResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -WTERMSIG(raw);
    r.out = Drain(out_.get());
    r.err = Drain(err_.get());
    return r;
  }

 private:
  static std::string Drain(std::FILE* file) {
    std::rewind(file);
    std::string text;
    char buffer[65536];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) {
      text.append(buffer, n);
    }
    return text;
  }

  pid_t pid_;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out_, err_;
};

// Starts argv[0] (looked up in PATH when it has no '/') with `argv`.
// stdout and stderr go to unnamed temporary files, so that a program that
// writes a lot never blocks on a full pipe.
inline Child Start(const std::vector<std::string>& argv,
                   const RunOptions& options = RunOptions()) {
  BOOST_REQUIRE(!argv.empty());
  std::FILE* in = std::tmpfile();
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  BOOST_REQUIRE(in != nullptr && out != nullptr && err != nullptr);
  if (options.input) {
    std::fwrite(options.input->data(), 1, options.input->size(), in);
    std::fflush(in);
    std::rewind(in);
  }
  std::vector<std::string> words = argv;
  std::vector<char*> pointers;
  for (std::string& w : words) pointers.push_back(w.data());
  pointers.push_back(nullptr);
  const std::string cwd = options.cwd.string();
  const bool has_input = options.input.has_value();
  pid_t pid = ::fork();
  BOOST_REQUIRE(pid >= 0);
  if (pid == 0) {
    int stdin_fd = has_input ? ::fileno(in) : ::open("/dev/null", O_RDONLY);
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) _exit(127);
    ::dup2(stdin_fd, 0);
    ::dup2(::fileno(out), 1);
    ::dup2(::fileno(err), 2);
    ::execvp(pointers[0], pointers.data());
    _exit(127);
  }
  std::fclose(in);
  return Child(pid, out, err);
}

// Runs `argv` to its end.
inline RunResult Run(const std::vector<std::string>& argv,
                     const RunOptions& options = RunOptions()) {
  return Start(argv, options).Wait();
}

// `argv` with the actorgraph binary in front.
inline std::vector<std::string> ActorgraphArgv(
    const std::vector<std::string>& args) {
  std::vector<std::string> argv = {ACTORGRAPH_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return argv;
}

// Runs `actorgraph ARGS...`.
inline RunResult RunActorgraph(const std::vector<std::string>& args,
                               const RunOptions& options = RunOptions()) {
  BOOST_REQUIRE_MESSAGE(std::filesystem::exists(ACTORGRAPH_BINARY),
                        ACTORGRAPH_BINARY << " is not built");
  return Run(ActorgraphArgv(args), options);
}

// Whether `name` is an executable file in PATH.
inline bool HaveCommand(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path != nullptr ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    std::string file = (dir.empty() ? "." : dir) + "/" + name;
    if (::access(file.c_str(), X_OK) == 0) return true;
  }
  return false;
}

// ---- scratch directories -------------------------------------------------

// A fresh directory under the system temp directory, removed (whatever
// permissions a test left on its contents) when it goes out of scope.
// Run() runs actorgraph in it, so that messages name short relative paths.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "actorgraph_test_XXXXXX")
            .string();
    BOOST_REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir() {
    namespace fs = std::filesystem;
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, ignored);
    for (auto& p : fs::recursive_directory_iterator(path_, ignored)) {
      if (!fs::is_symlink(p.symlink_status())) {
        fs::permissions(p.path(), fs::perms::owner_all, ignored);
      }
    }
    fs::remove_all(path_, ignored);
  }

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const {
    return path_ / name;
  }

  // Writes `bytes` to NAME (creating its directory); returns its path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    WriteFile(path_ / name, bytes);
    return (path_ / name).string();
  }
  std::string Read(const std::string& name) const {
    return ReadFile(path_ / name);
  }
  // Whether `name` exists; a dangling symbolic link does.
  bool Exists(const std::string& name) const {
    std::error_code ignored;
    return std::filesystem::exists(
        std::filesystem::symlink_status(path_ / name, ignored));
  }
  // The names in the directory, sorted.
  std::vector<std::string> Listing() const {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(path_)) {
      names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
  // The temporaries of atomic writes left in the directory.
  std::vector<std::string> Temporaries() const {
    std::vector<std::string> names = Listing();
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const std::string& name) {
                                 return name.find(".tmp.") == std::string::npos;
                               }),
                names.end());
    return names;
  }
  // A copy of the project's ontology at NAME; returns its path.
  std::filesystem::path CopyOntology(const std::string& name = "ontology") {
    testing::CopyOntology(path_ / name);
    return path_ / name;
  }

  // Runs `actorgraph ARGS...` in this directory.
  RunResult Run(const std::vector<std::string>& args,
                RunOptions options = RunOptions()) const {
    return RunActorgraph(args, options.In(path_));
  }
  Child Start(const std::vector<std::string>& args) const {
    return testing::Start(ActorgraphArgv(args), RunOptions().In(path_));
  }

 private:
  std::filesystem::path path_;
};

// One scratch directory for the whole test program, removed at its exit.
inline const ScratchDir& SharedScratch() {
  static const ScratchDir dir;
  return dir;
}

// ---- tables ----------------------------------------------------------------

// A row of a BOOST_DATA_TEST_CASE table: an input and what it must give.
struct InOutCase {
  std::string input, expected;
};
inline std::ostream& operator<<(std::ostream& o, const InOutCase& c) {
  return o << c.input;
}

// ---- errors ----------------------------------------------------------------

// The message of the UserError that `f` throws, or "(no error)".
template <typename F>
std::string ErrorOf(F f) {
  try {
    f();
  } catch (const UserError& e) {
    return e.what();
  }
  return "(no error)";
}

// ---- the project --------------------------------------------------------

// The project's ontology/, loaded once.
inline const Ontology& ProjectOntology() {
  static const Ontology ontology =
      Ontology::Load(ACTORGRAPH_SOURCE_DIR "/ontology");
  return ontology;
}

// ---- graphs ----------------------------------------------------------------

// One record field in a dump: its value and a '|' after it (after each
// element, ',', for a list).
struct DumpField {
  std::ostream& out;
  template <typename T>
  void operator()(const char*, const T& value) const {
    out << value << "|";
  }
  void operator()(const char*, const std::vector<std::string>& list) const {
    for (const std::string& item : list) out << item << ",";
    out << "|";
  }
};

// Every field of a graph, one line per actor, edge and evidence, fields in
// their declaration order: two graphs are equal when their dumps are.
inline std::string DumpGraph(const ActorGraph& g) {
  std::ostringstream out;
  out << "documents " << g.document_count() << "\n";
  for (const ActorNode* n : g.Actors()) {
    out << "actor ";
    VisitActorFields(n->info, DumpField{out});
    out << n->first_date << "|" << n->last_date << "\n";
  }
  for (const RelationEdge* e : g.Edges()) {
    out << "edge " << e->source << "|" << e->relation << "|" << e->target << "|"
        << e->polarity << "|" << e->modality << "|" << e->symmetric << "|"
        << e->cameo << "|" << e->goldstein << "|" << e->weight << "|"
        << e->first_date << "|" << e->last_date << "|";
    for (const std::string& d : e->dates) out << d << ",";
    out << "\n";
    for (const Evidence& v : e->evidence) {
      out << "  evidence ";
      VisitEvidenceFields(v, DumpField{out});
      out << "\n";
    }
  }
  return out.str();
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_TEST_SUPPORT_H_
