#define BOOST_TEST_MODULE export
#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/evidence_json.h"
#include "export/graph_reader.h"
#include "export/graphml_reader.h"
#include "export/writer.h"
#include "export/xml_reader.h"
#include "extract/base/atomic_file.h"
#include "extract/base/user_error.h"
#include "extract/base/xml_escape.h"
#include "tests/consumers/fixture_graph.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;
using testing::CheckGolden;
using testing::DumpGraph;
using testing::ReadFile;
using testing::ScratchDir;
namespace data = boost::unit_test::data;

using testing::ErrorOf;

BOOST_AUTO_TEST_CASE(graphml_matches_golden) {
  CheckGolden("export_small.graphml", GraphText(FixtureGraph(), "graphml"));
}

BOOST_AUTO_TEST_CASE(gexf_matches_golden) {
  CheckGolden("export_small.gexf", GraphText(FixtureGraph(), "gexf"));
}

BOOST_AUTO_TEST_CASE(dot_matches_golden) {
  CheckGolden("export_small.dot", GraphText(FixtureGraph(), "dot"));
}

BOOST_AUTO_TEST_CASE(jsonl_matches_golden) {
  CheckGolden("export_small.jsonl", GraphText(FixtureGraph(), "jsonl"));
}

BOOST_AUTO_TEST_CASE(only_file_formats_write_to_a_stream) {
  BOOST_CHECK_THROW(GraphText(FixtureGraph(), "neo4j"), UserError);
  BOOST_CHECK_THROW(GraphText(FixtureGraph(), "xml"), UserError);
}

BOOST_AUTO_TEST_CASE(writers_are_deterministic) {
  BOOST_TEST(GraphText(FixtureGraph(), "graphml") ==
             GraphText(FixtureGraph(), "graphml"));
  BOOST_TEST(GraphText(FixtureGraph(), "gexf") ==
             GraphText(FixtureGraph(), "gexf"));
}

BOOST_AUTO_TEST_CASE(graphml_round_trip_keeps_every_field) {
  ActorGraph original = FixtureGraph();
  ActorGraph back = ParseGraphml(GraphText(original, "graphml"), "t.graphml");
  // XML 1.0 cannot carry U+0001: the writer drops it, nothing else changes.
  // (Evidence sentences keep it: evidence_json escapes it as \u0001.)
  std::string expected = DumpGraph(original);
  expected.replace(expected.find("Ctrl\x01"), 5, "Ctrl");
  BOOST_TEST(DumpGraph(back) == expected);
  BOOST_TEST(back.FindActor("person:ctrl")->info.label == "CtrlChar");
  const RelationEdge* supplies = back.Edges()[1];
  BOOST_TEST(supplies->relation == "supplies");
  BOOST_TEST(supplies->weight == 3);
  BOOST_TEST(supplies->evidence.size() == 2u);
  // And the re-written file is the same bytes.
  BOOST_TEST(GraphText(back, "graphml") == GraphText(original, "graphml"));
}

BOOST_AUTO_TEST_CASE(graphml_round_trip_of_empty_graph) {
  ActorGraph empty;
  ActorGraph back = ParseGraphml(GraphText(empty, "graphml"), "e.graphml");
  BOOST_TEST(back.actor_count() == 0u);
  BOOST_TEST(back.edge_count() == 0u);
}

struct EscapeCase {
  std::string input, text, attribute;
};
std::ostream& operator<<(std::ostream& o, const EscapeCase& c) {
  return o << c.input;
}

const EscapeCase kEscapeCases[] = {
    {"plain", "plain", "plain"},
    {"AT&T", "AT&amp;T", "AT&amp;T"},
    {"<b>\"q\"'", "&lt;b&gt;\"q\"'", "&lt;b&gt;&quot;q&quot;'"},
    {"a\x01z\x1F", "az", "az"},
    {"tab\there", "tab\there", "tab&#9;here"},
    {"line\r\nbreak", "line&#13;\nbreak", "line&#13;&#10;break"},
    {"caf\xC3\xA9", "caf\xC3\xA9", "caf\xC3\xA9"},
    {"bad\xFF"
     "utf8",
     "bad\xEF\xBF\xBD"
     "utf8",
     "bad\xEF\xBF\xBD"
     "utf8"},
    {"non\xEF\xBF\xBE"
     "char",
     "nonchar", "nonchar"},
    {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
};

BOOST_DATA_TEST_CASE(xml_escaping, data::make(kEscapeCases), c) {
  BOOST_TEST(XmlText(c.input) == c.text);
  BOOST_TEST(XmlAttribute(c.input) == c.attribute);
}

BOOST_AUTO_TEST_CASE(xml_reader_decodes_what_the_escaper_writes) {
  std::string value = "A&B <c> \"d\" 'e'\tf\ng\r\nh";
  std::string doc = "<r a=\"" + XmlAttribute(value) + "\">" + XmlText(value) +
                    "<![CDATA[<raw>]]></r>";
  XmlReader xml(doc, "x.xml");
  BOOST_REQUIRE(xml.Next() == XmlReader::kStartElement);
  BOOST_TEST(*xml.Attribute("a") == value);
  BOOST_TEST(xml.ReadText() == value + "<raw>");
  BOOST_TEST(xml.Next() == XmlReader::kEnd);
}

const testing::InOutCase kXmlErrors[] = {
    {"", "x.xml:1:1: no root element"},
    {"<a>\n  <b></a>", "x.xml:2:6: unexpected </a> (expected </b>)"},
    {"<a x=1/>", "x.xml:1:6: expected a quoted value for attribute x"},
    {"<a>&nbsp;</a>", "x.xml:1:4: unknown entity '&nbsp;'"},
    {"<a>\n<b/>", "x.xml:2:5: missing </a>"},
    {"<a/><b/>", "x.xml:1:5: a second root element"},
    {"<a x='1' x='2'/>", "x.xml:1:10: duplicate attribute x"},
    {"<a>&#1;</a>", "x.xml:1:4: bad character reference '&#1;'"},
    {"<!-- never closed", "x.xml:1:1: unterminated comment"},
};

BOOST_DATA_TEST_CASE(xml_reader_errors, data::make(kXmlErrors), c) {
  XmlReader xml(c.input, "x.xml");
  BOOST_TEST(ErrorOf([&] {
               while (xml.Next() != XmlReader::kEnd) {
               }
             }) == c.expected);
}

const char kHead[] =
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "<key id=\"r\" for=\"edge\" attr.name=\"relation\"/>\n"
    "<key id=\"j\" for=\"edge\" attr.name=\"evidence_json\"/>\n"
    "<key id=\"m\" for=\"node\" attr.name=\"mentions\"/>\n"
    "<graph edgedefault=\"directed\">\n"
    "<node id=\"a\"/><node id=\"b\"/>\n";

const testing::InOutCase kGraphmlErrors[] = {
    {"<gexf/>",
     "g.graphml:1:1: not a GraphML file (the root element is not <graphml>)"},
    {std::string(kHead) + "<edge source=\"a\" target=\"z\">"
                          "<data key=\"r\">x</data></edge></graph></graphml>",
     "g.graphml:7:1: edge refers to unknown node 'z'"},
    {std::string(kHead) + "<edge source=\"a\" target=\"b\"/></graph></graphml>",
     "g.graphml:7:1: edge without a 'relation'"},
    {std::string(kHead) + "<edge source=\"a\" target=\"b\">"
                          "<data key=\"j\">[{\"start\":\"x\"}]</data>",
     "g.graphml:7:29: bad evidence_json: element 0: 'start' is not an "
     "integer"},
    {std::string(kHead) + "<edge source=\"a\" target=\"b\">"
                          "<data key=\"j\">[{]</data>",
     "g.graphml:7:29: bad evidence_json: offset 2: Missing a name for object "
     "member."},
    {std::string(kHead) + "<node id=\"c\"><data key=\"m\">many</data></node>",
     "g.graphml:7:14: 'mentions' is not an integer: 'many'"},
    {std::string(kHead) + "<edge target=\"b\"/>",
     "g.graphml:7:1: <edge> without a 'source' attribute"},
    {std::string(kHead) + "<node id=\"a\"/>",
     "g.graphml:7:1: duplicate node 'a'"},
};

BOOST_DATA_TEST_CASE(graphml_reader_errors, data::make(kGraphmlErrors), c) {
  BOOST_TEST(ErrorOf([&] { ParseGraphml(c.input, "g.graphml"); }) ==
             c.expected);
}

// What other tools write when they rewrite our GraphML (NetworkX: its own
// key ids, "True", "3.0"); keys are matched by attr.name.
BOOST_AUTO_TEST_CASE(graphml_reader_accepts_rewritten_files) {
  std::string text =
      "<?xml version='1.0' encoding='utf-8'?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
      "<key id=\"d0\" for=\"edge\" attr.name=\"symmetric\" "
      "attr.type=\"boolean\"/>"
      "<key id=\"d1\" for=\"edge\" attr.name=\"weight\" "
      "attr.type=\"double\"/>"
      "<key id=\"d2\" for=\"edge\" attr.name=\"relation\" "
      "attr.type=\"string\"/>"
      "<key id=\"d3\" for=\"node\" attr.name=\"label\" "
      "attr.type=\"string\"/>"
      "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"d3\">"
      "Alpha</data></node><node id=\"b\"/>"
      "<edge source=\"a\" target=\"b\"><data key=\"d0\">True</data>"
      "<data key=\"d1\">3.0</data><data key=\"d2\">met_with</data></edge>"
      "</graph></graphml>";
  ActorGraph g = ParseGraphml(text, "nx.graphml");
  BOOST_REQUIRE_EQUAL(g.edge_count(), 1u);
  BOOST_TEST(g.Edges()[0]->symmetric);
  BOOST_TEST(g.Edges()[0]->weight == 3);
  BOOST_TEST(g.FindActor("a")->info.label == "Alpha");
}

BOOST_AUTO_TEST_CASE(evidence_json_round_trip) {
  Evidence e;
  e.doc = "d\"1";
  e.text = "line\nwith \x01 control";
  e.start = 12345678901;
  e.modality = Modality::kFuture;
  std::vector<Evidence> back;
  std::string error;
  BOOST_REQUIRE(ParseEvidenceListJson(EvidenceListJson({e, e}), &back, &error));
  BOOST_REQUIRE_EQUAL(back.size(), 2u);
  BOOST_TEST(back[1].text == e.text);
  BOOST_TEST(back[1].start == e.start);
  BOOST_TEST(back[1].modality == Modality::kFuture);
  BOOST_TEST(!ParseEvidenceListJson("{}", &back, &error));
  BOOST_TEST(error == "not a JSON array");
  BOOST_TEST(
      !ParseEvidenceListJson("[{\"modality\":\"maybe\"}]", &back, &error));
  BOOST_TEST(error == "element 0: unknown modality 'maybe'");
}

struct FormatCase {
  std::string path, format;
};
std::ostream& operator<<(std::ostream& o, const FormatCase& c) {
  return o << c.path;
}

const FormatCase kFormatCases[] = {
    {"g.graphml", "graphml"}, {"out/g.GEXF", "gexf"}, {"g.jsonld", "jsonld"},
    {"g.dot", "dot"},         {"g.gv", "dot"},        {"a.b/g.jsonl", "jsonl"},
    {"view.html", "html"},    {"neo4j/", ""},         {"a.b/graph", ""},
    {".graphml", ""},         {"g.csv", "csv"},       {"events.TSV", "tsv"},
    {"g.xlsx", ""},
};

BOOST_DATA_TEST_CASE(format_for_path, data::make(kFormatCases), c) {
  BOOST_TEST(FormatForPath(c.path) == c.format);
}

BOOST_AUTO_TEST_CASE(known_formats_are_listed_once) {
  std::vector<std::string> expected = {"graphml", "gexf",  "jsonld",
                                       "dot",     "jsonl", "neo4j",
                                       "html",    "tsv",   "csv"};
  BOOST_TEST(KnownFormats() == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unknown_formats_are_user_errors) {
  ActorGraph g;
  const std::string known =
      " (known: graphml, gexf, jsonld, dot, jsonl, neo4j, html, tsv, csv)";
  BOOST_TEST(ErrorOf([&] { WriteGraphFile(g, "out/g.xlsx", "", {}); }) ==
             "out/g.xlsx: unknown output format '.xlsx'" + known);
  BOOST_TEST(ErrorOf([&] { WriteGraphFile(g, "out/g", "", {}); }) ==
             "out/g: no file extension to tell the output format by" + known);
  BOOST_TEST(ErrorOf([&] { WriteGraphFile(g, "out/g.x", "svg", {}); }) ==
             "out/g.x: unknown output format 'svg'" + known);
  BOOST_TEST(ErrorOf([&] { ReadGraphFile("g.gexf"); }) ==
             "g.gexf: cannot read graphs from '.gexf' files (known: "
             ".graphml .jsonld)");
  BOOST_TEST(ErrorOf([&] { ReadGraphFile("/nonexistent/g.graphml"); }) ==
             "/nonexistent/g.graphml: cannot read: No such file or directory");
}

BOOST_AUTO_TEST_CASE(write_graph_file_writes_atomically) {
  ScratchDir dir;
  std::string path = (dir.path() / "g.graphml").string();
  WriteGraphFile(FixtureGraph(), path, "", {});
  BOOST_TEST(dir.Listing() == std::vector<std::string>{"g.graphml"},
             boost::test_tools::per_element());
  BOOST_TEST(ReadFile(path) == GraphText(FixtureGraph(), "graphml"));
  ActorGraph back = ReadGraphFile(path);
  BOOST_TEST(back.edge_count() == FixtureGraph().edge_count());
}

BOOST_AUTO_TEST_CASE(write_failures_leave_no_file) {
  ScratchDir dir;
  std::string missing = (dir.path() / "no/such/g.graphml").string();
  UserError error("");
  try {
    WriteGraphFile(FixtureGraph(), missing, "", {});
  } catch (const UserError& e) {
    error = e;
  }
  BOOST_TEST(std::string(error.what()) ==
             missing + ": cannot write: No such file or directory");
  BOOST_TEST(error.exit_code() == kExitIo);
  dir.Write("plain", "x");
  std::string under_file = (dir.path() / "plain/g.gexf").string();
  BOOST_TEST(ErrorOf([&] {
               WriteGraphFile(FixtureGraph(), under_file, "", {});
             }) == under_file + ": cannot write: Not a directory");
  BOOST_TEST(dir.Listing() == std::vector<std::string>{"plain"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(uncommitted_atomic_file_is_removed) {
  ScratchDir dir;
  std::string path = (dir.path() / "x.dot").string();
  {
    AtomicFile file(path);
    file.stream() << "partial";
    BOOST_TEST(
        file.temp_path() ==
        (dir.path() / (".x.dot.tmp." + std::to_string(::getpid()))).string());
    BOOST_TEST(fs::exists(file.temp_path()));
  }
  BOOST_TEST(dir.Listing().empty());
  // A failing writer: the exception passes, the target is never created.
  BOOST_TEST(ErrorOf([&] {
               AtomicFile file(path);
               file.stream() << "half";
               throw UserError("writer failed");
             }) == "writer failed");
  BOOST_TEST(dir.Listing().empty());
}

BOOST_AUTO_TEST_CASE(devices_are_written_in_place) {
  WriteGraphFile(FixtureGraph(), "/dev/null", "graphml", {});
  struct stat st;
  BOOST_REQUIRE(::stat("/dev/null", &st) == 0);
  BOOST_TEST(S_ISCHR(st.st_mode));
  BOOST_TEST(!fs::exists("/dev/.null.tmp." + std::to_string(::getpid())));
}

BOOST_AUTO_TEST_CASE(atomic_directory_replaces_only_our_outputs) {
  ScratchDir dir;
  std::string target = (dir.path() / "neo4j").string();
  for (const char* content : {"first", "second"}) {
    AtomicDirectory out(target + "/");
    testing::WriteFile(out.temp_path() + "/nodes.csv", content);
    out.Commit();
  }
  BOOST_TEST(dir.Listing() == std::vector<std::string>{"neo4j"},
             boost::test_tools::per_element());
  BOOST_TEST(ReadFile(target + "/nodes.csv") == "second");
  fs::create_directory(target + "/mine");
  BOOST_TEST(ErrorOf([&] {
               AtomicDirectory out(target);
               out.Commit();
             }) == target +
                       ": cannot write: exists and is not an output directory "
                       "(only one holding files and no subdirectories is "
                       "replaced)");
  BOOST_TEST(dir.Listing() == std::vector<std::string>{"neo4j"},
             boost::test_tools::per_element());
  BOOST_TEST(fs::exists(target + "/mine"));
}

}  // namespace
}  // namespace actorgraph
