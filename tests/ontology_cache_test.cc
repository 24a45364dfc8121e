// The compiled ontology cache: a cached load is the very ontology a parse
// gives, a damaged or stale cache file is ignored and replaced, a cache
// that cannot be written only costs the parse, and the CLI writes the
// same graph with and without it.
#define BOOST_TEST_MODULE ontology_cache
#include "extract/rules/ontology_cache.h"

#include <boost/test/unit_test.hpp>
#include <functional>

#include "extract/base/binary_codec.h"
#include "extract/rules/ontology_codec.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace testing {
namespace {

namespace fs = std::filesystem;
using Outcome = OntologyCache::Outcome;

std::string Bytes(const Ontology& o) {
  BinaryWriter w;
  w(o);
  return w.bytes();
}

// A copy of the project's ontology and a cache directory, both scratch.
struct CacheFixture {
  ScratchDir dir;
  std::string ontology = (dir.path() / "ontology").string();
  OntologyCache cache{(dir.path() / "cache").string()};
  CacheFixture() { CopyOntology(ontology); }
  std::string Parsed() const { return Bytes(Ontology::Load(ontology)); }
  // Loads through the cache: its outcome, and whether the ontology is
  // exactly `expected` (compared without printing megabytes).
  std::pair<Outcome, bool> LoadIs(const std::string& expected) {
    bool same = Bytes(cache.Load(ontology)) == expected;
    return {cache.outcome(), same};
  }
};

const std::pair<Outcome, bool> kParsed = {Outcome::kMiss, true};
const std::pair<Outcome, bool> kFromCache = {Outcome::kHit, true};

BOOST_AUTO_TEST_CASE(a_cached_load_is_the_parsed_ontology) {
  CacheFixture f;
  std::string parsed = f.Parsed();
  BOOST_TEST((f.LoadIs(parsed) == kParsed));
  BOOST_TEST(fs::is_regular_file(f.cache.PathFor(f.ontology)));
  BOOST_TEST((f.LoadIs(parsed) == kFromCache));
}

struct Damage {
  const char* what;
  std::function<std::string(const std::string&)> apply;
};

const std::vector<Damage> kDamage = {
    {"empty", [](const std::string&) { return std::string(); }},
    {"header only", [](const std::string& b) { return b.substr(0, 40); }},
    {"cut in half",
     [](const std::string& b) { return b.substr(0, b.size() / 2); }},
    {"one byte changed",
     [](const std::string& b) {
       std::string d = b;
       d[d.size() / 2] = static_cast<char>(d[d.size() / 2] ^ 0x20);
       return d;
     }},
    {"one byte more", [](const std::string& b) { return b + "x"; }},
    {"another file",
     [](const std::string&) { return std::string("not a cache\n"); }},
};

BOOST_AUTO_TEST_CASE(a_damaged_cache_is_ignored_and_replaced) {
  CacheFixture f;
  std::string parsed = f.Parsed();
  BOOST_TEST((f.LoadIs(parsed) == kParsed));
  const std::string path = f.cache.PathFor(f.ontology);
  const std::string good = ReadFile(path);
  for (const Damage& d : kDamage) {
    BOOST_TEST_CONTEXT(d.what) {
      WriteFile(path, d.apply(good));
      BOOST_TEST((f.LoadIs(parsed) == kParsed));
      BOOST_TEST((ReadFile(path) == good));
      BOOST_TEST((f.LoadIs(parsed) == kFromCache));
    }
  }
}

BOOST_AUTO_TEST_CASE(an_edited_ontology_file_invalidates_the_cache) {
  CacheFixture f;
  std::string before = f.Parsed();
  BOOST_TEST((f.LoadIs(before) == kParsed));
  fs::path honorifics = fs::path(f.ontology) / "names" / "honorifics.txt";
  WriteFile(honorifics, ReadFile(honorifics) + "Quizmaster\n");
  std::string after = f.Parsed();
  BOOST_TEST((after != before));
  BOOST_TEST((f.LoadIs(after) == kParsed));
  BOOST_TEST((f.LoadIs(after) == kFromCache));
}

BOOST_AUTO_TEST_CASE(a_cache_that_cannot_be_written_costs_only_the_parse) {
  CacheFixture f;
  f.dir.Write("cache", "a file where the cache directory would be\n");
  std::string parsed = f.Parsed();
  BOOST_TEST((f.LoadIs(parsed) == kParsed));
  BOOST_TEST((f.LoadIs(parsed) == kParsed));
}

BOOST_AUTO_TEST_CASE(the_cache_of_a_removed_ontology_is_removed) {
  CacheFixture f;
  std::string parsed = f.Parsed();
  const std::string gone = (f.dir.path() / "gone").string();
  CopyOntology(gone);
  f.cache.Load(gone);
  const std::string gone_cache = f.cache.PathFor(gone);
  BOOST_TEST(fs::is_regular_file(gone_cache));
  fs::remove_all(gone);
  BOOST_TEST((f.LoadIs(parsed) == kParsed));
  BOOST_TEST(!fs::exists(gone_cache));
  BOOST_TEST(fs::is_regular_file(f.cache.PathFor(f.ontology)));
}

BOOST_AUTO_TEST_CASE(no_cache_directory_is_a_plain_load) {
  CacheFixture f;
  OntologyCache none("");
  BOOST_TEST((Bytes(none.Load(f.ontology)) == f.Parsed()));
  BOOST_TEST((none.outcome() == Outcome::kOff));
  BOOST_TEST(none.PathFor(f.ontology) == "");
}

BOOST_AUTO_TEST_CASE(the_cli_writes_the_same_graph_from_the_cache) {
  ScratchDir dir;
  const std::string corpus = ACTORGRAPH_SOURCE_DIR "/examples/corpus";
  const std::string cache = (dir.path() / "cache").string();
  auto build = [&](const std::string& out, const std::string& option) {
    RunResult r = dir.Run({"build", "-q", corpus, "-o", out, option});
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.err == "");
    return ReadFile(dir.path() / out);
  };
  std::string parsed = build("parsed.graphml", "--no-cache");
  BOOST_TEST(!fs::exists(cache));
  BOOST_TEST(build("cold.graphml", "--cache-dir=" + cache) == parsed);
  BOOST_TEST(fs::is_directory(cache));
  BOOST_TEST(build("warm.graphml", "--cache-dir=" + cache) == parsed);
}

}  // namespace
}  // namespace testing
}  // namespace actorgraph
