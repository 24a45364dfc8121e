// Failing outputs and signals through the real `actorgraph build`: an
// output that cannot be written is reported and leaves nothing under its
// name, an interrupted write never leaves a partial file, and odd names
// come out in every format in a form that real parsers read.
#define BOOST_TEST_MODULE robustness_output
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/test_support.h"

namespace actorgraph {
namespace testing {
namespace {

namespace fs = std::filesystem;

// An output that cannot be written: exit 4, "PATH: cannot write: REASON",
// and nothing under the target name.
struct OutputCase {
  const char* name;
  std::function<void(const ScratchDir&)> setup;
  std::vector<std::string> output_args;
  std::string stderr_text;
  std::vector<std::string> absent;  // must not exist afterwards
};

const std::vector<OutputCase>& OutputCases() {
  static const std::vector<OutputCase> cases = {
      {"missing_directory",
       [](const ScratchDir&) {},
       {"-o", "nodir/out.graphml"},
       "nodir/out.graphml: cannot write: No such file or directory\n",
       {"nodir"}},
      {"parent_is_a_file",
       [](const ScratchDir& s) { s.Write("file", "x"); },
       {"-o", "file/out.graphml"},
       "file/out.graphml: cannot write: Not a directory\n",
       {}},
      {"full_device",
       [](const ScratchDir&) {},
       {"--format", "graphml", "-o", "/dev/full"},
       "/dev/full: cannot write: No space left on device\n",
       {}},
      {"symlink_to_full_device",
       [](const ScratchDir& s) {
         fs::create_symlink("/dev/full", s / "out.graphml");
       },
       {"-o", "out.graphml"},
       "out.graphml: cannot write: No space left on device\n",
       {}},
      {"target_is_a_directory",
       [](const ScratchDir& s) { fs::create_directory(s / "out.graphml"); },
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
      ScratchDir s;
      s.Write("in.txt", "Kenya met Ghana.\n");
      c.setup(s);
      std::vector<std::string> args = {"build", "-q", "in.txt"};
      args.insert(args.end(), c.output_args.begin(), c.output_args.end());
      RunResult r = s.Run(args);
      BOOST_TEST(r.status == 4);
      BOOST_TEST(r.err == c.stderr_text);
      for (const std::string& name : c.absent) BOOST_TEST(!s.Exists(name));
      BOOST_TEST(s.Temporaries().empty());
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(symlink_to_full_device_is_not_replaced) {
  if (access("/dev/full", W_OK) != 0) return;  // as above
  ScratchDir s;
  s.Write("in.txt", "Kenya met Ghana.\n");
  fs::create_symlink("/dev/full", s / "out.graphml");
  s.Run({"build", "-q", "in.txt", "-o", "out.graphml"});
  BOOST_TEST(fs::is_symlink(s / "out.graphml"));
  BOOST_TEST(fs::read_symlink(s / "out.graphml") == "/dev/full");
}

BOOST_AUTO_TEST_CASE(read_only_directory, *NotAsRoot()) {
  ScratchDir s;
  s.Write("in.txt", "Kenya met Ghana.\n");
  fs::create_directory(s / "ro");
  fs::permissions(s / "ro", fs::perms::owner_read | fs::perms::owner_exec);
  RunResult r = s.Run({"build", "-q", "in.txt", "-o", "ro/out.graphml"});
  BOOST_TEST(r.status == 4);
  BOOST_TEST(r.err == "ro/out.graphml: cannot write: Permission denied\n");
  BOOST_TEST(fs::is_empty(s / "ro"));
}

// Every country meets every other: a graph big enough that writing it takes
// a while, so that a signal can land in the middle of the write.
std::string ManyEdgesCorpus() {
  std::vector<std::string> labels;
  for (const std::string& line : Lines(
           ReadFile(ACTORGRAPH_SOURCE_DIR "/ontology/actors/countries.tsv"))) {
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
  ScratchDir s;
  s.Write("many.jsonl", ManyEdgesCorpus());
  Child child = s.Start({"build", "-q", "-j", "1", "many.jsonl", "-o",
                         "out.graphml", "-o", "out.gexf", "-o", "out.jsonld"});
  const pid_t pid = child.pid();
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
  RunResult r = child.Wait();
  BOOST_TEST(r.status == -signal);
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
  BOOST_REQUIRE_MESSAGE(HaveCommand("xmllint") && HaveCommand("python3"),
                        "needs xmllint and python3 (tools/deps.sh test)");
  ScratchDir s;
  s.CopyOntology("ont");
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
  RunResult r = s.Run({"build", "-q", "in.txt", "--ontology", "ont", "-o",
                       "out.graphml", "-o", "out.gexf", "-o", "out.jsonld",
                       "-o", "out.jsonl", "-o", "out.html"});
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.err == "");
  for (const char* xml : {"out.graphml", "out.gexf"}) {
    RunResult lint = Run({"xmllint", "--noout", (s / xml).string()});
    BOOST_TEST(lint.status == 0, xml);
    BOOST_TEST(lint.err == "", xml);
  }
  RunResult json =
      Run({"python3", "-c",
           "import json, sys; json.load(open(sys.argv[1])); "
           "[json.loads(l) for l in open(sys.argv[2])]",
           (s / "out.jsonld").string(), (s / "out.jsonl").string()});
  BOOST_TEST(json.status == 0, json.err);
  std::string graph = ReadFile(s / "out.graphml");
  BOOST_TEST(graph.find("\"text\":\"AT&amp;T met Quoco in ") !=
             std::string::npos);
  BOOST_TEST(graph.find(">criticizes<") != std::string::npos);
  BOOST_TEST(graph.find(">\"Quoted\" &lt;Corp&gt; 'Ltd'<") !=
             std::string::npos);
  BOOST_TEST(ReadFile(s / "out.html").find("<script>alert") ==
             std::string::npos);
}

}  // namespace testing
}  // namespace actorgraph
