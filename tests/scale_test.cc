// The scale-out contract: `actorgraph extract` on K shards followed by
// `actorgraph merge` of the record streams, in any order, writes the same
// bytes as one `actorgraph build`; and build writes the same bytes for any
// thread count.  Runs the real binary on examples/corpus, the seed
// articles and a slice of Reuters-21578 (both from ../shared).
#define BOOST_TEST_MODULE scale
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace actorgraph {
namespace testing {
namespace {

namespace fs = std::filesystem;

constexpr int kShards = 3;
const char* const kFormats[] = {"graphml", "jsonld", "gexf"};

const ScratchDir& S() { return SharedScratch(); }

// The argument lists one after the other.
std::vector<std::string> Args(
    std::initializer_list<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (const auto& part : parts)
    out.insert(out.end(), part.begin(), part.end());
  return out;
}

// {"-o", "PREFIX.graphml", "-o", "PREFIX.jsonld", "-o", "PREFIX.gexf"}
std::vector<std::string> Outputs(const std::string& prefix) {
  std::vector<std::string> out;
  for (const char* f : kFormats) {
    out.push_back("-o");
    out.push_back(prefix + "." + f);
  }
  return out;
}

// Runs `actorgraph extract ARGS...` and writes its stdout to `records`.
void ExtractTo(const std::vector<std::string>& args,
               const std::string& records) {
  RunResult r = RunActorgraph(Args({{"extract"}, args}));
  BOOST_REQUIRE_EQUAL(r.status, 0);
  WriteFile(records, r.out);
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
    fs::path path = S().path() / (name + "-" + std::to_string(k) + ".jsonl");
    WriteFile(path, text[k]);
    shards.push_back(path);
  }
  return shards;
}

// `actorgraph build INPUTS... FLAGS... -q` into NAME-built.FORMAT, which
// must succeed; returns the path without the extension.
std::string BuildInto(const std::string& name,
                      const std::vector<std::string>& inputs,
                      const std::vector<std::string>& flags = {}) {
  const std::string built = (S().path() / (name + "-built")).string();
  BOOST_REQUIRE_EQUAL(
      RunActorgraph(Args({{"build"}, inputs, Outputs(built), flags, {"-q"}}))
          .status,
      0);
  return built;
}

// Builds from all the shards at once (-j1), extracts each shard, merges
// the records in a rotated order, and compares every output format.
void CheckShardedEqualsBuild(
    const std::string& name,
    const std::vector<std::vector<std::string>>& shards) {
  std::vector<std::string> all;
  for (const auto& shard : shards)
    all.insert(all.end(), shard.begin(), shard.end());
  const std::string built = BuildInto(name, all, {"-j1"});

  std::vector<std::string> records;
  for (size_t k = 0; k < shards.size(); ++k) {
    std::string path =
        (S().path() / (name + "-" + std::to_string(k) + ".records")).string();
    ExtractTo(Args({shards[k], {"-j2"}}), path);
    records.push_back(path);
  }
  std::rotate(records.begin(), records.begin() + 1, records.end());
  std::reverse(records.begin(), records.end());
  const std::string merged = (S().path() / (name + "-merged")).string();
  RunResult o =
      RunActorgraph(Args({{"merge"}, records, Outputs(merged), {"-q"}}));
  BOOST_REQUIRE_EQUAL(o.status, 0);
  BOOST_TEST(o.err == "");

  for (const char* format : kFormats) {
    BOOST_TEST_CONTEXT(name << " " << format) {
      std::string a = ReadFile(built + "." + format);
      std::string b = ReadFile(merged + "." + format);
      BOOST_TEST(a.size() > 1000u);  // a real graph, not two empty files
      BOOST_TEST((a == b));
    }
  }
}

// The text files of `dir` dealt out to kShards shards in turn.
std::vector<std::vector<std::string>> DealTextFiles(const std::string& dir) {
  std::vector<std::string> files = TextFiles(dir);
  std::vector<std::vector<std::string>> shards(kShards);
  for (size_t i = 0; i < files.size(); ++i)
    shards[i % kShards].push_back(files[i]);
  return shards;
}

BOOST_AUTO_TEST_CASE(sharded_examples_equal_build) {
  CheckShardedEqualsBuild(
      "examples", DealTextFiles(ACTORGRAPH_SOURCE_DIR "/examples/corpus"));
}

BOOST_AUTO_TEST_CASE(sharded_seeds_equal_build) {
  CheckShardedEqualsBuild("seeds",
                          DealTextFiles(ACTORGRAPH_SHARED_DIR "/corpus/seeds"));
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
  const std::string built = BuildInto("stdin", shards);
  const std::string merged = (S().path() / "stdin-merged").string();
  // Articles on stdin, records through a pipe: the shape of a Hadoop job.
  RunResult records = RunActorgraph(
      {"extract", "-j1"},
      RunOptions().Stdin(ReadFile(shards[2]) + ReadFile(shards[0]) +
                         ReadFile(shards[1])));
  BOOST_REQUIRE_EQUAL(records.status, 0);
  BOOST_REQUIRE_EQUAL(
      RunActorgraph(Args({{"merge", "-"}, Outputs(merged), {"-q"}}),
                    RunOptions().Stdin(records.out))
          .status,
      0);
  for (const char* format : kFormats) {
    BOOST_TEST_CONTEXT(format) {
      BOOST_TEST(
          (ReadFile(built + "." + format) == ReadFile(merged + "." + format)));
    }
  }
}

// Hadoop's shuffle sorts the map output by line: any order of the
// records, not only of whole shards, merges into the same graph.  Hadoop
// Streaming also writes each key-only line with a tab after it.
BOOST_AUTO_TEST_CASE(merge_ignores_record_order) {
  std::vector<std::string> shards = ReutersShards("order", 900);
  const std::string built = BuildInto("order", shards);
  const std::string records = (S().path() / "order.records").string();
  ExtractTo(shards, records);
  const std::vector<std::vector<std::string>> shuffles = {
      {"env", "LC_ALL=C", "sort"},
      {"env", "LC_ALL=C", "sort", "-r"},
      {"sed", "s/$/\\t/"}};
  for (const std::vector<std::string>& shuffle : shuffles) {
    std::string sort;  // the shuffle's words, for messages
    for (const std::string& word : shuffle) sort += word + " ";
    RunResult shuffled = Run(Args({shuffle, {records}}));
    BOOST_REQUIRE_EQUAL(shuffled.status, 0);
    const std::string merged = (S().path() / "order-merged").string();
    BOOST_REQUIRE_EQUAL(
        RunActorgraph(Args({{"merge"}, Outputs(merged), {"-q"}}),
                      RunOptions().Stdin(shuffled.out))
            .status,
        0);
    for (const char* format : kFormats) {
      BOOST_TEST_CONTEXT(sort << format) {
        BOOST_TEST((ReadFile(built + "." + format) ==
                    ReadFile(merged + "." + format)));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(build_output_does_not_depend_on_threads) {
  std::vector<std::string> shards = ReutersShards("threads", 3000);
  std::string one = (S().path() / "threads-1").string();
  std::string two = (S().path() / "threads-2").string();
  BOOST_REQUIRE_EQUAL(
      RunActorgraph(Args({{"build"}, shards, Outputs(one), {"-j1", "-q"}}))
          .status,
      0);
  BOOST_REQUIRE_EQUAL(
      RunActorgraph(Args({{"build"}, shards, Outputs(two), {"-j2", "-q"}}))
          .status,
      0);
  for (const char* format : kFormats) {
    BOOST_TEST_CONTEXT(format) {
      std::string a = ReadFile(one + "." + format);
      BOOST_TEST(a.size() > 1000u);
      BOOST_TEST((a == ReadFile(two + "." + format)));
    }
  }
}

BOOST_AUTO_TEST_CASE(extract_output_does_not_depend_on_threads) {
  std::vector<std::string> shards = ReutersShards("extract", 1500);
  std::string one = (S().path() / "extract-1.records").string();
  std::string two = (S().path() / "extract-2.records").string();
  ExtractTo(Args({shards, {"-j1"}}), one);
  ExtractTo(Args({shards, {"-j2"}}), two);
  std::string a = ReadFile(one);
  BOOST_TEST(a.find("\"kind\":\"relation\"") != std::string::npos);
  BOOST_TEST((a == ReadFile(two)));
}

BOOST_AUTO_TEST_CASE(build_profile_lists_every_stage) {
  const std::string out = (S().path() / "profile.graphml").string();
  const std::string corpus = ACTORGRAPH_SOURCE_DIR "/examples/corpus";
  RunResult o =
      RunActorgraph({"build", corpus, "-o", out, "-j2", "-q", "--profile"});
  BOOST_REQUIRE_EQUAL(o.status, 0);
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
  o = RunActorgraph({"build", corpus, "-o", out, "-q"});
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
  fs::path stream = S().path() / "hypothetical.records";
  WriteFile(stream, kHypotheticalStream);
  fs::path out = S().path() / "hypothetical.graphml";
  BOOST_REQUIRE_EQUAL(
      RunActorgraph({"merge", stream.string(), "-o", out.string(), "-q"})
          .status,
      0);
  std::string graphml = ReadFile(out);
  BOOST_TEST(graphml.find("Borland") != std::string::npos);
  BOOST_TEST(graphml.find("<edge") == std::string::npos);
  BOOST_TEST(graphml.find(">1</data>") != std::string::npos);  // 1 document
}

BOOST_AUTO_TEST_CASE(malformed_records_are_located_and_skipped) {
  fs::path stream = S().path() / "bad.records";
  WriteFile(stream, std::string(kHypotheticalStream) +
                        "{\"kind\":\"rumour\"}\n"
                        "\n"
                        "{\"kind\":\"relation\",\"source\":\"country:AAA\"}\n"
                        "not json\n");
  const std::string name = stream.string();
  fs::path out = S().path() / "bad.graphml";
  RunResult o = RunActorgraph({"merge", name, "-o", out.string(), "-q"});
  BOOST_TEST(o.status == 3);
  BOOST_TEST(o.err == name + ":5: unknown record kind 'rumour'\n" + name +
                          ":7: relation record needs source, target, relation "
                          "and evidence\n" +
                          name + ":8:2: Invalid value.\n");
  BOOST_TEST(fs::exists(out));

  fs::path strict_out = S().path() / "strict.graphml";
  o = RunActorgraph(
      {"merge", "--strict", name, "-o", strict_out.string(), "-q"});
  BOOST_TEST(o.status == 3);
  BOOST_TEST(o.err == name + ":5: unknown record kind 'rumour'\n");
  BOOST_TEST(!fs::exists(strict_out));
}

}  // namespace

}  // namespace testing
}  // namespace actorgraph
