// The scale-out contract: `actorgraph extract` on K shards followed by
// `actorgraph merge` of the record streams, in any order, writes the same
// bytes as one `actorgraph build`; and build writes the same bytes for any
// thread count.  Runs the real binary on examples/corpus, the seed
// articles and a slice of Reuters-21578 (both from ../shared).
#define BOOST_TEST_MODULE scale
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr int kShards = 3;
const char* const kFormats[] = {"graphml", "jsonld", "gexf"};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteAll(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

struct Output {
  int exit_code = -1;
  std::string err;
};

struct Scratch {
  Scratch() {
    dir = fs::temp_directory_path() /
          ("actorgraph_scale_" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }

  // Runs `actorgraph ARGS` through the shell; stderr is kept.
  Output Run(const std::string& args) const {
    return Shell(std::string(ACTORGRAPH_BINARY) + " " + args);
  }
  // Runs a shell command; stderr (of its last stage) is kept.
  Output Shell(const std::string& command_line) const {
    fs::path err = dir / "stderr";
    std::string command = command_line + " 2>" + err.string();
    int status = std::system(command.c_str());
    Output o;
    o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    o.err = ReadAll(err);
    return o;
  }

  fs::path dir;
};

Scratch& S() {
  static Scratch scratch;
  return scratch;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += " '" + w + "'";
  return out;
}

// " -o PREFIX.graphml -o PREFIX.jsonld -o PREFIX.gexf"
std::string Outputs(const std::string& prefix) {
  std::string out;
  for (const char* f : kFormats) out += " -o " + prefix + "." + f;
  return out;
}

std::vector<std::string> TextFiles(const fs::path& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The first `lines` Reuters articles, dealt round-robin into kShards
// files, so that every shard interleaves with the others.
std::vector<std::string> ReutersShards(const std::string& name, int lines) {
  std::ifstream in(ACTORGRAPH_SHARED_DIR "/corpus/reuters21578.jsonl");
  std::vector<std::string> text(kShards);
  std::string line;
  for (int i = 0; i < lines && std::getline(in, line); ++i) {
    text[i % kShards] += line + "\n";
  }
  std::vector<std::string> shards;
  for (int k = 0; k < kShards; ++k) {
    fs::path path = S().dir / (name + "-" + std::to_string(k) + ".jsonl");
    WriteAll(path, text[k]);
    shards.push_back(path);
  }
  return shards;
}

// Builds from all the shards at once (-j1), extracts each shard, merges
// the records in a rotated order, and compares every output format.
void CheckShardedEqualsBuild(
    const std::string& name,
    const std::vector<std::vector<std::string>>& shards) {
  std::vector<std::string> all;
  for (const auto& shard : shards)
    all.insert(all.end(), shard.begin(), shard.end());
  const std::string built = (S().dir / (name + "-built")).string();
  BOOST_REQUIRE_EQUAL(
      S().Run("build" + Join(all) + Outputs(built) + " -j1 -q").exit_code, 0);

  std::vector<std::string> records;
  for (size_t k = 0; k < shards.size(); ++k) {
    std::string path =
        (S().dir / (name + "-" + std::to_string(k) + ".records")).string();
    Output o = S().Run("extract" + Join(shards[k]) + " -j2 >" + path);
    BOOST_REQUIRE_EQUAL(o.exit_code, 0);
    records.push_back(path);
  }
  std::rotate(records.begin(), records.begin() + 1, records.end());
  std::reverse(records.begin(), records.end());
  const std::string merged = (S().dir / (name + "-merged")).string();
  Output o = S().Run("merge" + Join(records) + Outputs(merged) + " -q");
  BOOST_REQUIRE_EQUAL(o.exit_code, 0);
  BOOST_TEST(o.err == "");

  for (const char* format : kFormats) {
    BOOST_TEST_CONTEXT(name << " " << format) {
      std::string a = ReadAll(built + "." + format);
      std::string b = ReadAll(merged + "." + format);
      BOOST_TEST(a.size() > 1000u);  // a real graph, not two empty files
      BOOST_TEST((a == b));
    }
  }
}

BOOST_AUTO_TEST_CASE(sharded_examples_equal_build) {
  std::vector<std::string> files =
      TextFiles(ACTORGRAPH_SOURCE_DIR "/examples/corpus");
  std::vector<std::vector<std::string>> shards(kShards);
  for (size_t i = 0; i < files.size(); ++i)
    shards[i % kShards].push_back(files[i]);
  CheckShardedEqualsBuild("examples", shards);
}

BOOST_AUTO_TEST_CASE(sharded_seeds_equal_build) {
  std::vector<std::string> files =
      TextFiles(ACTORGRAPH_SHARED_DIR "/corpus/seeds");
  std::vector<std::vector<std::string>> shards(kShards);
  for (size_t i = 0; i < files.size(); ++i)
    shards[i % kShards].push_back(files[i]);
  CheckShardedEqualsBuild("seeds", shards);
}

BOOST_AUTO_TEST_CASE(sharded_reuters_equal_build) {
  std::vector<std::vector<std::string>> shards;
  for (const std::string& shard : ReutersShards("reuters", 3000)) {
    shards.push_back({shard});
  }
  CheckShardedEqualsBuild("reuters", shards);
}

BOOST_AUTO_TEST_CASE(merge_reads_concatenated_streams_on_stdin) {
  std::vector<std::string> shards = ReutersShards("stdin", 600);
  const std::string built = (S().dir / "stdin-built").string();
  BOOST_REQUIRE_EQUAL(
      S().Run("build" + Join(shards) + Outputs(built) + " -q").exit_code, 0);
  const std::string merged = (S().dir / "stdin-merged").string();
  // Articles on stdin, records through a pipe: the shape of a Hadoop job.
  std::string cat =
      "cat '" + shards[2] + "' '" + shards[0] + "' '" + shards[1] + "'";
  std::string command = cat + " | " + ACTORGRAPH_BINARY + " extract -j1 | " +
                        ACTORGRAPH_BINARY + " merge -" + Outputs(merged) +
                        " -q";
  BOOST_REQUIRE_EQUAL(S().Shell(command).exit_code, 0);
  for (const char* format : kFormats) {
    BOOST_TEST_CONTEXT(format) {
      BOOST_TEST(
          (ReadAll(built + "." + format) == ReadAll(merged + "." + format)));
    }
  }
}

// Hadoop's shuffle sorts the map output by line: any order of the
// records, not only of whole shards, merges into the same graph.  Hadoop
// Streaming also writes each key-only line with a tab after it.
BOOST_AUTO_TEST_CASE(merge_ignores_record_order) {
  std::vector<std::string> shards = ReutersShards("order", 900);
  const std::string built = (S().dir / "order-built").string();
  BOOST_REQUIRE_EQUAL(
      S().Run("build" + Join(shards) + Outputs(built) + " -q").exit_code, 0);
  const std::string records = (S().dir / "order.records").string();
  BOOST_REQUIRE_EQUAL(
      S().Run("extract" + Join(shards) + " > " + records).exit_code, 0);
  for (const char* sort : {"sort", "sort -r", "sed 's/$/\\t/'"}) {
    const std::string merged = (S().dir / "order-merged").string();
    std::string command = std::string("LC_ALL=C ") + sort + " " + records +
                          " | " + ACTORGRAPH_BINARY + " merge" +
                          Outputs(merged) + " -q";
    BOOST_REQUIRE_EQUAL(S().Shell(command).exit_code, 0);
    for (const char* format : kFormats) {
      BOOST_TEST_CONTEXT(sort << " " << format) {
        BOOST_TEST(
            (ReadAll(built + "." + format) == ReadAll(merged + "." + format)));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(build_output_does_not_depend_on_threads) {
  std::vector<std::string> shards = ReutersShards("threads", 3000);
  std::string one = (S().dir / "threads-1").string();
  std::string two = (S().dir / "threads-2").string();
  BOOST_REQUIRE_EQUAL(
      S().Run("build" + Join(shards) + Outputs(one) + " -j1 -q").exit_code, 0);
  BOOST_REQUIRE_EQUAL(
      S().Run("build" + Join(shards) + Outputs(two) + " -j2 -q").exit_code, 0);
  for (const char* format : kFormats) {
    BOOST_TEST_CONTEXT(format) {
      std::string a = ReadAll(one + "." + format);
      BOOST_TEST(a.size() > 1000u);
      BOOST_TEST((a == ReadAll(two + "." + format)));
    }
  }
}

BOOST_AUTO_TEST_CASE(extract_output_does_not_depend_on_threads) {
  std::vector<std::string> shards = ReutersShards("extract", 1500);
  std::string one = (S().dir / "extract-1.records").string();
  std::string two = (S().dir / "extract-2.records").string();
  BOOST_REQUIRE_EQUAL(
      S().Run("extract" + Join(shards) + " -j1 >" + one).exit_code, 0);
  BOOST_REQUIRE_EQUAL(
      S().Run("extract" + Join(shards) + " -j2 >" + two).exit_code, 0);
  std::string a = ReadAll(one);
  BOOST_TEST(a.find("\"kind\":\"relation\"") != std::string::npos);
  BOOST_TEST((a == ReadAll(two)));
}

BOOST_AUTO_TEST_CASE(build_profile_lists_every_stage) {
  const std::string out = (S().dir / "profile.graphml").string();
  Output o = S().Run("build " ACTORGRAPH_SOURCE_DIR "/examples/corpus -o " +
                     out + " -j2 -q --profile");
  BOOST_REQUIRE_EQUAL(o.exit_code, 0);
  BOOST_TEST(o.err.find("CPU seconds by stage") != std::string::npos);
  for (const char* stage :
       {"ingest", "tokens", "gazetteer", "cues", "relations", "results",
        "graph", "write", "total"}) {
    BOOST_TEST_CONTEXT(stage) {
      BOOST_TEST(o.err.find(std::string("\n  ") + stage + " ") !=
                 std::string::npos);
    }
  }
  // Without --profile, -q leaves stderr empty.
  o = S().Run("build " ACTORGRAPH_SOURCE_DIR "/examples/corpus -o " + out +
              " -q");
  BOOST_TEST(o.err == "");
}

// A hand-written stream: one document whose only relation is hypothetical.
const char kHypotheticalStream[] =
    R"({"kind":"document","doc":"d1","date":"2030-01-02"})"
    "\n"
    R"({"kind":"actor","doc":"d1","date":"2030-01-02","actor":{"id":"country:AAA","label":"Aland","type":"Country","mentions":1}})"
    "\n"
    R"({"kind":"actor","doc":"d1","date":"2030-01-02","actor":{"id":"country:BBB","label":"Borland","type":"Country","mentions":1}})"
    "\n"
    R"({"kind":"relation","source":"country:AAA","target":"country:BBB","relation":"attacks","polarity":"positive","symmetric":false,"cameo":"190","goldstein":-10,"evidence":{"doc":"d1","date":"2030-01-02","sentence":0,"start":0,"end":20,"text":"Could Aland attack Borland?","rule":"attacks.test","modality":"hypothetical"}})"
    "\n";

BOOST_AUTO_TEST_CASE(hypothetical_relations_are_not_edges) {
  fs::path stream = S().dir / "hypothetical.records";
  WriteAll(stream, kHypotheticalStream);
  fs::path out = S().dir / "hypothetical.graphml";
  BOOST_REQUIRE_EQUAL(
      S().Run("merge " + stream.string() + " -o " + out.string() + " -q")
          .exit_code,
      0);
  std::string graphml = ReadAll(out);
  BOOST_TEST(graphml.find("Borland") != std::string::npos);
  BOOST_TEST(graphml.find("<edge") == std::string::npos);
  BOOST_TEST(graphml.find(">1</data>") != std::string::npos);  // 1 document
}

BOOST_AUTO_TEST_CASE(malformed_records_are_located_and_skipped) {
  fs::path stream = S().dir / "bad.records";
  WriteAll(stream, std::string(kHypotheticalStream) +
                       "{\"kind\":\"rumour\"}\n"
                       "\n"
                       "{\"kind\":\"relation\",\"source\":\"country:AAA\"}\n"
                       "not json\n");
  const std::string name = stream.string();
  fs::path out = S().dir / "bad.graphml";
  Output o = S().Run("merge " + name + " -o " + out.string() + " -q");
  BOOST_TEST(o.exit_code == 3);
  BOOST_TEST(o.err == name + ":5: unknown record kind 'rumour'\n" + name +
                          ":7: relation record needs source, target, relation "
                          "and evidence\n" +
                          name + ":8:2: Invalid value.\n");
  BOOST_TEST(fs::exists(out));

  fs::path strict_out = S().dir / "strict.graphml";
  o = S().Run("merge --strict " + name + " -o " + strict_out.string() + " -q");
  BOOST_TEST(o.exit_code == 3);
  BOOST_TEST(o.err == name + ":5: unknown record kind 'rumour'\n");
  BOOST_TEST(!fs::exists(strict_out));
}

}  // namespace
