#define BOOST_TEST_MODULE ingest
#include "extract/ingest/ingest.h"

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "extract/base/user_error.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

using TempDir = testing::ScratchDir;

struct Run {
  std::vector<Document> docs;
  std::vector<std::string> warnings;
  int64_t skipped = 0;
  int64_t total_bytes = 0;
  int64_t bytes_read = 0;
};

Run ReadAll(const std::vector<std::string>& inputs,
            IngestOptions options = IngestOptions()) {
  Run run;
  DocumentReader reader(inputs, options, [&](const std::string& line) {
    run.warnings.push_back(line);
  });
  for (Document d; reader.Next(&d);) run.docs.push_back(d);
  run.skipped = reader.skipped();
  run.total_bytes = reader.total_bytes();
  run.bytes_read = reader.bytes_read();
  BOOST_TEST(reader.documents() == static_cast<int64_t>(run.docs.size()));
  return run;
}

BOOST_AUTO_TEST_CASE(text_file_with_date_marker) {
  TempDir dir;
  std::string path =
      dir.Write("001_note.txt", "  date 2023-04-05 Harbor talks resumed.\n");
  Run run = ReadAll({path});
  BOOST_REQUIRE_EQUAL(run.docs.size(), 1u);
  BOOST_TEST(run.docs[0].id == "001_note.txt");
  BOOST_TEST(run.docs[0].date == "2023-04-05");
  BOOST_TEST(run.docs[0].text == "Harbor talks resumed.\n");
  BOOST_TEST(run.docs[0].title.empty());
  BOOST_TEST(run.warnings.empty());
  BOOST_TEST(run.total_bytes == 40);
  BOOST_TEST(run.bytes_read == 40);
}

BOOST_AUTO_TEST_CASE(text_without_marker_is_unchanged) {
  TempDir dir;
  std::string path = dir.Write("plain.txt", "dated 2023 was a good year.");
  Run run = ReadAll({path});
  BOOST_REQUIRE_EQUAL(run.docs.size(), 1u);
  BOOST_TEST(run.docs[0].date.empty());
  BOOST_TEST(run.docs[0].text == "dated 2023 was a good year.");
}

BOOST_AUTO_TEST_CASE(json_lines_with_broken_lines) {
  TempDir dir;
  std::string deep = std::string(65, '[') + std::string(65, ']');
  std::string path = dir.Write(
      "batch.jsonl",
      "{\"id\": \"d1\", \"text\": \"First story.\", \"title\": \"One\", "
      "\"date\": \"2021-01-02\"}\n"
      "{\"id\": 7, \"text\": \"Second story.\"}\r\n"
      "{\"text\": \"No id here.\"}\n"
      "hello\n"
      "{\"id\": \"x\"}\n"
      "{\"text\": 5}\n" +
          deep +
          "\n"
          "\n"
          "{\"text\": \"bad \xFF byte\"}\n"
          "{\"id\": true, \"text\": \"x\"}\n"
          "{\"text\": \"a\"} x\n"
          "{\"text\": \"dated\", \"date\": \"last week\"}\n"
          "{\"text\": \"  \"}\n"
          "{\"text\": \"Last one without newline.\"}");
  Run run = ReadAll({path});
  std::vector<std::string> ids;
  for (const Document& d : run.docs) ids.push_back(d.id);
  const std::vector<std::string> expected_ids = {
      "d1", "7", path + ":3", path + ":9", path + ":12", path + ":14"};
  BOOST_TEST(ids == expected_ids, boost::test_tools::per_element());
  BOOST_TEST(run.docs[0].title == "One");
  BOOST_TEST(run.docs[0].date == "2021-01-02");
  BOOST_TEST(run.docs[1].text == "Second story.");
  BOOST_TEST(run.docs[3].text == "bad \uFFFD byte");
  const std::vector<std::string> expected_warnings = {
      path + ":4:1: invalid JSON: Invalid value",
      path + ":5: missing \"text\"",
      path + ":6: \"text\" is not a string",
      path + ":7:65: nesting deeper than 64 levels",
      path + ":9: replaced 1 invalid byte sequence(s), first at byte 4",
      path + ":10: \"id\" is not a string or number",
      path +
          ":11:15: invalid JSON: The document root must not be followed "
          "by other values",
      path + ":12: date \"last week\" is not YYYY-MM-DD, ignored",
      path + ":13: empty document, skipped",
  };
  BOOST_TEST(run.warnings == expected_warnings,
             boost::test_tools::per_element());
  BOOST_TEST(run.skipped == 6);
}

BOOST_AUTO_TEST_CASE(strict_mode_stops_at_the_first_bad_line) {
  TempDir dir;
  std::string path =
      dir.Write("s.jsonl", "{\"text\": \"fine\"}\n{\"id\": \"only\"}\n");
  IngestOptions options;
  options.strict = true;
  DocumentReader reader({path}, options, nullptr);
  Document doc;
  BOOST_TEST(reader.Next(&doc));
  try {
    reader.Next(&doc);
    BOOST_FAIL("expected a UserError");
  } catch (const UserError& e) {
    BOOST_TEST(e.what() == path + ":2: missing \"text\"");
    BOOST_TEST(e.exit_code() == kExitInputSkipped);
  }
}

BOOST_AUTO_TEST_CASE(directories_are_read_in_sorted_order) {
  TempDir dir;
  dir.Write("b.txt", "Bravo text.");
  dir.Write("a.txt", "Alpha text.");
  dir.Write("sub/c.txt", "Charlie text.");
  dir.Write("z.jsonl", "{\"id\": \"z1\", \"text\": \"Zulu text.\"}\n");
  dir.Write("notes.md", "not an input");
  Run run = ReadAll({dir.path().string()});
  std::vector<std::string> ids;
  for (const Document& d : run.docs) ids.push_back(d.id);
  const std::vector<std::string> expected = {"a.txt", "b.txt", "c.txt", "z1"};
  BOOST_TEST(ids == expected, boost::test_tools::per_element());
  int64_t sizes = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir.path().string())) {
    if (e.is_regular_file() && e.path().extension() != ".md") {
      sizes += static_cast<int64_t>(e.file_size());
    }
  }
  BOOST_TEST(run.total_bytes == sizes);
  BOOST_TEST(run.bytes_read == run.total_bytes);
}

BOOST_AUTO_TEST_CASE(unreadable_directory_entries_are_skipped) {
  TempDir dir;
  dir.Write("good.txt", "Readable text.");
  fs::create_symlink(dir.path().string() + "/nowhere",
                     dir.path().string() + "/broken.txt");
  Run run = ReadAll({dir.path().string()});
  BOOST_REQUIRE_EQUAL(run.docs.size(), 1u);
  BOOST_TEST(run.docs[0].id == "good.txt");
  const std::vector<std::string> expected = {
      dir.path().string() +
      "/broken.txt: cannot read: No such file or directory"};
  BOOST_TEST(run.warnings == expected, boost::test_tools::per_element());
  BOOST_TEST(run.skipped == 1);
}

BOOST_AUTO_TEST_CASE(stdin_is_read_as_json_lines) {
  TempDir dir;
  std::string path =
      dir.Write("in.jsonl", "{\"text\": \"From a pipe.\"}\n{\"text\": []}\n");
  BOOST_REQUIRE(std::freopen(path.c_str(), "rb", stdin) != nullptr);
  Run run = ReadAll({"-"});
  BOOST_REQUIRE_EQUAL(run.docs.size(), 1u);
  BOOST_TEST(run.docs[0].id == "<stdin>:1");
  BOOST_TEST(run.docs[0].text == "From a pipe.");
  const std::vector<std::string> expected = {
      "<stdin>:2: \"text\" is not a string"};
  BOOST_TEST(run.warnings == expected, boost::test_tools::per_element());
  BOOST_TEST(run.total_bytes == -1);
}

BOOST_AUTO_TEST_CASE(missing_input_is_an_io_error) {
  try {
    DocumentReader reader({"no/such/input.txt"}, IngestOptions(), nullptr);
    BOOST_FAIL("expected a UserError");
  } catch (const UserError& e) {
    BOOST_TEST(e.what() ==
               std::string("no/such/input.txt: no such file or directory"));
    BOOST_TEST(e.exit_code() == kExitIo);
  }
}

BOOST_AUTO_TEST_CASE(empty_and_binary_files) {
  TempDir dir;
  std::string empty = dir.Write("empty.txt", "");
  std::string binary =
      dir.Write("blob.txt", std::string("MZ\0\0\xFF\xFE\0word", 11));
  Run run = ReadAll({empty, binary});
  BOOST_REQUIRE_EQUAL(run.docs.size(), 1u);
  BOOST_TEST(run.docs[0].text == "MZ  \uFFFD\uFFFD word");
  const std::vector<std::string> expected = {
      empty + ": empty document, skipped",
      binary + ": replaced 3 NUL byte(s) with spaces, first at byte 2",
      binary + ": replaced 2 invalid byte sequence(s), first at byte 4"};
  BOOST_TEST(run.warnings == expected, boost::test_tools::per_element());
  BOOST_TEST(run.skipped == 0);
}

BOOST_AUTO_TEST_CASE(repeated_ids_and_texts_are_left_out_with_a_warning) {
  TempDir dir;
  std::string a = dir.Write("a.txt", "Chad met Peru.\n");
  std::string lines =
      dir.Write("wire.jsonl",
                "{\"id\":\"w1\",\"text\":\"Chad met Peru.\\n\"}\n"
                "{\"id\":\"w2\",\"text\":\"Peru met Chad.\"}\n"
                "{\"id\":\"w1\",\"text\":\"Something else.\"}\n");
  Run run = ReadAll({a, lines, a});
  BOOST_TEST(run.docs.size() == 3u);
  BOOST_TEST(run.skipped == 0);
  BOOST_TEST(
      run.warnings == (std::vector<std::string>{
                          lines + ":3: repeated document id 'w1' (first at " +
                              lines + ":1), skipped",
                          a + ": repeated document id 'a.txt' (first at " + a +
                              "), skipped"}),
      boost::test_tools::per_element());
  IngestOptions dedupe;
  dedupe.dedupe = true;
  run = ReadAll({a, lines}, dedupe);
  BOOST_TEST(run.docs.size() == 2u);
  BOOST_TEST(
      run.warnings ==
          (std::vector<std::string>{
              lines + ":1: same text as document 'a.txt' (" + a + "), skipped",
              lines + ":3: repeated document id 'w1' (first at " + lines +
                  ":1), skipped"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(long_lines) {
  TempDir dir;
  // Longer than the reader's 1 MiB block, so it spans several reads.
  std::string text(3 << 20, 'a');
  std::string path = dir.Write(
      "long.jsonl", "{\"text\": \"" + text + "\"}\n{\"text\": \"short\"}\n");
  Run run = ReadAll({path});
  BOOST_REQUIRE_EQUAL(run.docs.size(), 2u);
  BOOST_TEST(run.docs[0].text.size() == text.size());
  BOOST_TEST(run.docs[1].text == "short");

  IngestOptions small;
  small.max_document_bytes = 1000;
  Run limited = ReadAll({path}, small);
  BOOST_REQUIRE_EQUAL(limited.docs.size(), 1u);
  BOOST_TEST(limited.docs[0].id == path + ":2");
  const std::vector<std::string> expected = {
      path + ":1: line exceeds the limit of 1000 bytes"};
  BOOST_TEST(limited.warnings == expected, boost::test_tools::per_element());
  BOOST_TEST(limited.skipped == 1);
}

}  // namespace
}  // namespace actorgraph
