#define BOOST_TEST_MODULE gzip_input
// Compressed corpora: .gz files (JSON Lines or text, named or found in a
// directory) read through zlib as their plain versions are, and damaged
// ones stopping the run with one line and no output.
#include <zlib.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "extract/base/user_error.h"
#include "extract/ingest/ingest.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;
using testing::ErrorOf;
using testing::RunResult;
using testing::ScratchDir;

const char kLines[] =
    "{\"id\":\"a\",\"title\":\"Harbor talks\",\"date\":\"2024-02-01\","
    "\"text\":\"Kenya met Ghana in Accra.\"}\n"
    "{\"id\":\"b\",\"text\":\"Chad criticized Sudan.\"}\n";

// `bytes` gzip-compressed into the file NAME of `dir`; returns its path.
std::string WriteGzip(const ScratchDir& dir, const std::string& name,
                      const std::string& bytes) {
  std::string path = (dir / name).string();
  gzFile f = gzopen(path.c_str(), "wb");
  BOOST_REQUIRE(f != nullptr);
  BOOST_REQUIRE(gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size())) ==
                static_cast<int>(bytes.size()));
  BOOST_REQUIRE(gzclose(f) == Z_OK);
  return path;
}

std::vector<Document> ReadAll(const std::vector<std::string>& inputs,
                              std::vector<std::string>* warnings = nullptr) {
  DocumentReader reader(inputs, IngestOptions(), [&](const std::string& w) {
    if (warnings) warnings->push_back(w);
  });
  std::vector<Document> docs;
  for (Document d; reader.Next(&d);) docs.push_back(d);
  return docs;
}

std::string Dump(const std::vector<Document>& docs) {
  std::string out;
  for (const Document& d : docs) {
    out += d.id + "|" + d.title + "|" + d.date + "|" + d.text + "\n";
  }
  return out;
}

BOOST_AUTO_TEST_CASE(gzip_json_lines_read_as_the_plain_file) {
  ScratchDir dir;
  std::string plain = dir.Write("c.jsonl", kLines);
  std::string gz = WriteGzip(dir, "c.jsonl.gz", kLines);
  std::vector<Document> docs = ReadAll({gz});
  BOOST_REQUIRE_EQUAL(docs.size(), 2u);
  BOOST_TEST(Dump(docs) == Dump(ReadAll({plain})));
  BOOST_TEST(docs[0].title == "Harbor talks");
}

BOOST_AUTO_TEST_CASE(directory_reads_gzip_and_ndjson_files) {
  ScratchDir dir;
  fs::create_directories(dir / "in");
  WriteGzip(dir, "in/a.txt.gz", "date 2024-03-04 Chad met Niger.\n");
  WriteGzip(dir, "in/b.jsonl.gz", kLines);
  dir.Write("in/c.ndjson", "{\"id\":\"c\",\"text\":\"Peru met Chile.\"}\n");
  WriteGzip(dir, "in/d.gz", "not read: the name says no kind\n");
  std::vector<std::string> warnings;
  std::vector<Document> docs = ReadAll({(dir / "in").string()}, &warnings);
  BOOST_TEST(Dump(docs) ==
             "a.txt||2024-03-04|Chad met Niger.\n\n"
             "a|Harbor talks|2024-02-01|Kenya met Ghana in Accra.\n"
             "b|||Chad criticized Sudan.\n"
             "c|||Peru met Chile.\n");
  BOOST_TEST(warnings.empty());
}

BOOST_AUTO_TEST_CASE(damaged_gzip_is_one_line_error) {
  ScratchDir dir;
  WriteGzip(dir, "c.jsonl.gz", kLines);
  std::string bytes = dir.Read("c.jsonl.gz");
  std::string cut = dir.Write("cut.jsonl.gz", bytes.substr(0, 30));
  BOOST_TEST(ErrorOf([&] { ReadAll({cut}); }) ==
             cut + ": cannot read: corrupt gzip data (unexpected end of file)");
  std::string plain = dir.Write("plain.jsonl.gz", kLines);
  BOOST_TEST(ErrorOf([&] { ReadAll({plain}); }) ==
             plain + ": cannot read: not gzip data");
  std::string flipped = bytes;
  flipped[12] = static_cast<char>(flipped[12] ^ 0x5a);
  std::string bad = dir.Write("bad.txt.gz", flipped);
  BOOST_TEST(ErrorOf([&] {
               ReadAll({bad});
             }).rfind(bad + ": cannot read: corrupt gzip data (", 0) == 0);
}

BOOST_AUTO_TEST_CASE(build_stops_on_damaged_gzip_and_writes_nothing) {
  ScratchDir dir;
  WriteGzip(dir, "c.jsonl.gz", kLines);
  dir.Write("cut.jsonl.gz", dir.Read("c.jsonl.gz").substr(0, 30));
  RunResult ok = dir.Run({"build", "-q", "c.jsonl.gz", "-o", "g.jsonl"});
  BOOST_TEST(ok.status == 0);
  BOOST_TEST(ok.err == "");
  BOOST_TEST(dir.Read("g.jsonl").find("\"relation\":\"met_with\"") !=
             std::string::npos);
  RunResult r =
      dir.Run({"build", "c.jsonl.gz", "cut.jsonl.gz", "-o", "h.jsonl"});
  BOOST_TEST(r.status == kExitIo);
  BOOST_TEST(r.err ==
             "cut.jsonl.gz: cannot read: corrupt gzip data (unexpected end "
             "of file)\n");
  BOOST_TEST(!dir.Exists("h.jsonl"));
  BOOST_TEST(dir.Temporaries().empty());
}

BOOST_AUTO_TEST_CASE(json_file_named_explicitly_is_refused) {
  ScratchDir dir;
  dir.Write("a.json", "{\"id\": \"a\", \"text\": \"Chad met Niger.\"}\n");
  RunResult r = dir.Run({"build", "a.json", "-o", "g.jsonl"});
  BOOST_TEST(r.status == kExitUsage);
  BOOST_TEST(r.err ==
             "a.json: a .json file is not read (one article a line is JSON "
             "Lines: name it .jsonl; rename it .txt to read it as text)\n");
  BOOST_TEST(!dir.Exists("g.jsonl"));
}

}  // namespace
}  // namespace actorgraph
