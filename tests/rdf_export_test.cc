#define BOOST_TEST_MODULE rdf_export
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/csv.h"
#include "export/cypher_escape.h"
#include "export/jsonld_reader.h"
#include "export/jsonld_vocab.h"
#include "export/neo4j_writer.h"
#include "export/writer.h"
#include "extract/base/user_error.h"
#include "tests/actor_fixture.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;
using testing::CheckGolden;
using testing::DumpGraph;
using testing::ReadFile;
namespace data = boost::unit_test::data;

ActorInfo Actor(const std::string& id, const std::string& label,
                const std::string& type, int64_t mentions) {
  return testing::MakeActor(id, label, type, {}, mentions);
}

RelationMention Mention(const std::string& source, const std::string& relation,
                        const std::string& target, const std::string& doc,
                        int64_t start, const std::string& date) {
  RelationMention m = testing::MakeRelation(source, relation, target);
  m.evidence.doc = doc;
  m.evidence.date = date;
  m.evidence.sentence = 2;
  m.evidence.sentence_start = 100;
  testing::SetSpans(&m.evidence, start, start + 3, start + 6, start + 9);
  m.evidence.text = "Sentence " + std::to_string(start) + " of " + doc + ".";
  m.evidence.rule = relation + ".rule";
  return m;
}

// Names that every format has to escape: markup, quotes, separators,
// accents, a newline and a control character.  The sentences are ours.
ActorGraph AwkwardGraph() {
  ActorGraph g(2);  // a small cap, so that weight and dates exceed evidence
  ActorInfo rus = Actor("country:RUS", "Russia", "Country", 7);
  rus.aliases = {"Russian Federation", "Moscow"};
  rus.iso2 = "RU";
  rus.iso3 = "RUS";
  rus.wikidata = "Q159";
  ActorInfo chn = Actor("country:CHN", "China", "Country", 4);
  chn.iso2 = "CN";
  chn.iso3 = "CHN";
  ActorInfo att = Actor("org:at&t", "AT&T", "Organization", 2);
  att.aliases = {"Ma Bell; \"the phone company\"", "<AT&T Inc.>"};
  att.affiliation = "country:RUS";
  ActorInfo judge = Actor("person:sean-o-brien",
                          "Se\xC3\xA1n O'Brien \"the Judge\"", "Person", 3);
  judge.role = "defense minister, acting";
  judge.affiliation = "country:CHN";
  judge.wikidata = "Q42";
  ActorInfo odd =
      Actor("person:odd", "Line one\nline two\x01 end", "Person", 1);
  odd.aliases = {"back\\slash", "tab\there"};
  ActorInfo kyiv = Actor("loc:kyiv", "Kyiv, Ukraine; capital", "Location", 1);
  g.AddActor(rus, "2024-01-05");
  g.AddActor(chn, "2024-02-01");
  g.AddActor(att, "2024-03-01");
  g.AddActor(judge, "2024-01-05");
  g.AddActor(odd);
  g.AddActor(kyiv, "2024-03-09");
  g.AddActor(Actor("country:RUS", "Russia", "Country", 0), "2024-03-09");

  for (int i = 0; i < 4; ++i) {
    RelationMention m = Mention("country:RUS", "met_with", "country:CHN",
                                "d" + std::to_string(i), 10 * i,
                                "2024-0" + std::to_string(i + 1) + "-05");
    m.symmetric = true;
    m.cameo = "040";
    m.goldstein = 1;
    g.AddRelation(m);
  }
  RelationMention denied =
      Mention("org:at&t", "supplies", "country:CHN", "d2", 7, "2024-03-01");
  denied.polarity = Polarity::kNegative;
  denied.cameo = "070";
  denied.goldstein = 7.4;
  g.AddRelation(denied);
  RelationMention critic =
      Mention("person:sean-o-brien", "criticizes", "org:at&t", "d3", 40, "");
  critic.cameo = "111";
  critic.goldstein = -2;
  critic.evidence.text =
      "O'Brien said: \"AT&T <lied>\",\nthen left; \x01 done.";
  critic.evidence.modality = Modality::kFuture;
  g.AddRelation(critic);
  RelationMention visit =
      Mention("person:odd", "visited", "loc:kyiv", "d4", 3, "2024-03-09");
  visit.cameo = "042";
  visit.goldstein = 1.9;
  g.AddRelation(visit);
  g.set_document_count(5);
  return g;
}

std::string JsonLdText(const ActorGraph& g) { return GraphText(g, "jsonld"); }

template <typename Write>
std::string Written(Write write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

BOOST_AUTO_TEST_CASE(jsonld_matches_golden_file) {
  CheckGolden("rdf_graph.jsonld", JsonLdText(AwkwardGraph()));
}

BOOST_AUTO_TEST_CASE(jsonld_round_trip_keeps_every_field) {
  ActorGraph original = AwkwardGraph();
  ActorGraph back = ParseJsonLd(JsonLdText(original), "mem.jsonld");
  BOOST_TEST(DumpGraph(back) == DumpGraph(original));
  // The fixture is only a test if it has what the reader must rebuild.
  const RelationEdge* met = original.Edges()[0];
  BOOST_TEST(met->weight > static_cast<int64_t>(met->evidence.size()));
  BOOST_TEST(met->dates.size() > met->evidence.size());
}

BOOST_AUTO_TEST_CASE(jsonld_base_iri_and_direct_properties) {
  WriteOptions options;
  options.base_iri = "http://example.org/news/";
  const std::string text = GraphText(AwkwardGraph(), "jsonld", options);
  BOOST_TEST(text.find("\"@base\": \"http://example.org/news/\"") !=
             std::string::npos);
  BOOST_TEST(text.find("\"@id\": \"actor/org%3Aat%26t\"") != std::string::npos);
  BOOST_TEST(text.find("\"metWith\": {") != std::string::npos);
  // Negative edges are not direct properties: no "supplies" term.
  BOOST_TEST(text.find("\"supplies\": {") == std::string::npos);
  BOOST_TEST(DumpGraph(ParseJsonLd(text, "x.jsonld")) ==
             DumpGraph(AwkwardGraph()));
}

BOOST_AUTO_TEST_CASE(jsonld_reads_from_a_file) {
  testing::ScratchDir dir;
  fs::path path = dir / "g.jsonld";
  testing::WriteFile(path, JsonLdText(AwkwardGraph()));
  BOOST_TEST(DumpGraph(ReadJsonLd(path.string())) == DumpGraph(AwkwardGraph()));
  fs::remove(path);
  try {
    ReadJsonLd(path.string());
    BOOST_FAIL("no error for a missing file");
  } catch (const UserError& e) {
    BOOST_TEST(e.what() ==
               path.string() + ": cannot read: No such file or directory");
    BOOST_TEST(e.exit_code() == kExitIo);
  }
}

// A valid file to break: one actor pair and one relation.
const char kHead[] =
    "{\"@context\": {\"ag\": \"https://actorgraph.example/vocab#\"},\n"
    " \"@graph\": [\n"
    "  {\"@id\": \"actor/a\", \"@type\": [\"Actor\", \"Country\"], "
    "\"actorId\": \"a\", \"name\": \"A\"},\n"
    "  {\"@id\": \"actor/b\", \"@type\": \"Actor\", \"actorId\": \"b\", "
    "\"name\": \"B\"},\n";
const char kTail[] = "]}\n";

std::string WithRelation(const std::string& fields) {
  return std::string(kHead) + "  {\"@id\": \"relation/1\", \"@type\": " +
         "\"Relation\", \"source\": \"actor/a\", \"target\": \"actor/b\", " +
         fields + "}" + kTail;
}

const std::string kGoodFields =
    "\"relation\": \"met_with\", \"polarity\": \"positive\", \"weight\": 1";

struct BrokenCase {
  std::string text;
  std::string message;
};
std::ostream& operator<<(std::ostream& o, const BrokenCase& c) {
  return o << c.message;
}

const BrokenCase kBroken[] = {
    {"{\"@graph\": [\n  {\"@id\": 1,, }\n]}",
     "b.jsonld:2:13: invalid JSON: "
     "Missing a name for object member."},
    {"{\n\"@graph\": [\"\xC3\xA9\xC3\xA9\" x",
     "b.jsonld:2:17: invalid JSON: "
     "Missing a comma or ']' after an "
     "array element."},
    {"", "b.jsonld:1:1: invalid JSON: The document is empty."},
    {"[]", "b.jsonld: expected a JSON-LD object"},
    {"{\"@graph\": []}",
     "b.jsonld: not an actorgraph JSON-LD file (its @context does not define "
     "\"ag\" as https://actorgraph.example/vocab#)"},
    {"{\"@context\": {\"ag\": \"https://actorgraph.example/vocab#\"}}",
     "b.jsonld: missing the \"@graph\" array"},
    {std::string(kHead) + "  {\"@id\": \"x\"}" + kTail,
     "b.jsonld: x: node is neither Actor, Relation nor ActorGraph"},
    {std::string(kHead) + "  7" + kTail,
     "b.jsonld: @graph[2]: a node must be an object"},
    {std::string(kHead) +
         "  {\"@id\": \"actor/c\", \"@type\": \"Actor\", \"actorId\": \"d\", "
         "\"name\": \"D\"}" +
         kTail,
     "b.jsonld: actor/c: '@id' does not match actorId 'd'"},
    {std::string(kHead) +
         "  {\"@id\": \"actor/c\", \"@type\": \"Actor\", \"actorId\": \"c\"}" +
         kTail,
     "b.jsonld: actor/c: missing 'name'"},
    {WithRelation("\"relation\": \"met_with\", \"polarity\": \"positive\", "
                  "\"weight\": \"3\""),
     "b.jsonld: relation/1: 'weight' must be an integer"},
    {WithRelation("\"relation\": \"met_with\", \"polarity\": \"maybe\", "
                  "\"weight\": 1"),
     "b.jsonld: relation/1: unknown polarity 'maybe'"},
    {WithRelation("\"relation\": \"met_with\", \"polarity\": \"positive\", "
                  "\"weight\": 0"),
     "b.jsonld: relation/1: 'weight' must be between 1 and 10000000"},
    {WithRelation(kGoodFields + ", \"dates\": [\"2024-01-01\", "
                                "\"2024-01-02\"]"),
     "b.jsonld: relation/1: 'weight' 1 is less than its evidence records and "
     "dates"},
    {WithRelation(kGoodFields + ", \"goldstein\": \"1.5x\""),
     "b.jsonld: relation/1: 'goldstein' is not a decimal: '1.5x'"},
    {WithRelation(kGoodFields + ", \"evidence\": [{\"document\": \"d\", "
                                "\"modality\": \"perhaps\"}]"),
     "b.jsonld: relation/1: unknown modality 'perhaps'"},
    {WithRelation(kGoodFields + ", \"evidence\": [{\"text\": \"t\"}]"),
     "b.jsonld: relation/1: missing 'document'"},
    {std::string(kHead) +
         "  {\"@id\": \"relation/1\", \"@type\": \"Relation\", \"source\": "
         "\"actor/a\", \"target\": \"actor/zz\", " +
         kGoodFields + "}" + kTail,
     "b.jsonld: relation/1: 'zz' is not an actor of this file"},
    {std::string(kHead) +
         "  {\"@id\": \"relation/1\", \"@type\": \"Relation\", \"source\": "
         "\"http://x/a\", \"target\": \"actor/b\", " +
         kGoodFields + "}" + kTail,
     "b.jsonld: relation/1: 'source' is not an actor IRI: 'http://x/a'"},
};

BOOST_DATA_TEST_CASE(broken_jsonld_gives_exact_message, data::make(kBroken),
                     c) {
  try {
    ParseJsonLd(c.text, "b.jsonld");
    BOOST_FAIL("no error");
  } catch (const UserError& e) {
    BOOST_TEST(e.what() == c.message);
    BOOST_TEST(e.exit_code() == kExitUsage);
  }
}

BOOST_AUTO_TEST_CASE(the_broken_cases_start_from_a_valid_file) {
  ActorGraph g = ParseJsonLd(WithRelation(kGoodFields + ", \"evidence\": "
                                                        "[{\"document\": "
                                                        "\"d\"}]"),
                             "b.jsonld");
  BOOST_TEST(g.actor_count() == 2u);
  BOOST_TEST(g.FindActor("a")->info.type == "Country");
  BOOST_REQUIRE(g.edge_count() == 1u);
  BOOST_TEST(g.Edges()[0]->weight == 1);
}

using TextCase = testing::InOutCase;

const TextCase kCsvFields[] = {
    {"plain", "plain"},
    {"", ""},
    {"AT&T <b>", "AT&T <b>"},
    {"a,b", "\"a,b\""},
    {"say \"hi\"", "\"say \"\"hi\"\"\""},
    {"\"", "\"\"\"\""},
    {"semi;colon", "semi;colon"},
    {"two\nlines", "\"two\nlines\""},
    {"cr\rhere", "\"cr\rhere\""},
    {"Se\xC3\xA1n", "Se\xC3\xA1n"},
};

BOOST_DATA_TEST_CASE(csv_quoting, data::make(kCsvFields), c) {
  BOOST_TEST(CsvField(c.input) == c.expected);
}

const TextCase kSingleLine[] = {
    {"a\nb", "a b"},
    {"a\r\nb", "a  b"},
    {"tab\there", "tab here"},
    {std::string("nul\0x", 5), "nul x"},
    {"bell\x07\x7f", "bell  "},
    {"Se\xC3\xA1n", "Se\xC3\xA1n"},
};

BOOST_DATA_TEST_CASE(single_line_replaces_control_characters,
                     data::make(kSingleLine), c) {
  BOOST_TEST(SingleLine(c.input) == c.expected);
}

const TextCase kCypherStrings[] = {
    {"plain", "'plain'"},
    {"", "''"},
    {"O'Brien", "'O\\'Brien'"},
    {"say \"hi\"", "'say \\\"hi\\\"'"},
    {"back\\slash", "'back\\\\slash'"},
    {"two\nlines", "'two\\nlines'"},
    {"cr\r tab\t", "'cr\\r tab\\t'"},
    {"bell\x07", "'bell\\u0007'"},
    {"del\x7f", "'del\\u007F'"},
    {"AT&T <b>; x, y", "'AT&T <b>; x, y'"},
    {"Se\xC3\xA1n", "'Se\xC3\xA1n'"},
};

BOOST_DATA_TEST_CASE(cypher_string_escaping, data::make(kCypherStrings), c) {
  BOOST_TEST(CypherString(c.input) == c.expected);
}

const TextCase kRelationTypes[] = {
    {"met_with", "MET_WITH"}, {"supplies", "SUPPLIES"}, {"a-b c", "A_B_C"},
    {"3way", "_3WAY"},        {"", "RELATED_TO"},
};

BOOST_DATA_TEST_CASE(cypher_relationship_types, data::make(kRelationTypes), c) {
  BOOST_TEST(CypherRelationshipType(c.input) == c.expected);
}

BOOST_AUTO_TEST_CASE(cypher_floats_read_back_as_floats) {
  BOOST_TEST(CypherFloat(1) == "1.0");
  BOOST_TEST(CypherFloat(-2) == "-2.0");
  BOOST_TEST(CypherFloat(7.4) == "7.4");
  BOOST_TEST(CypherFloat(0.1) == "0.1");
  BOOST_TEST(CypherStringList({"a", "b'c"}) == "['a', 'b\\'c']");
}

const TextCase kRelationTerms[] = {
    {"met_with", "metWith"},
    {"supplies", "supplies"},
    {"make_peace_with", "makePeaceWith"},
    {"name", ""},    // would clash with schema:name
    {"source", ""},  // would clash with ag:source
    {"Met", ""},     // not a snake_case relation name
    {"a-b", ""},
    {"", ""},
};

BOOST_DATA_TEST_CASE(jsonld_relation_terms, data::make(kRelationTerms), c) {
  BOOST_TEST(jsonld::RelationPropertyTerm(c.input) == c.expected);
}

const TextCase kActorIris[] = {
    {"country:RUS", "actor/country%3ARUS"},
    {"person:sean-o-brien", "actor/person%3Asean-o-brien"},
    {"org:at&t", "actor/org%3Aat%26t"},
    {"a b/c", "actor/a%20b%2Fc"},
    {"Se\xC3\xA1n", "actor/Se%C3%A1n"},
};

BOOST_DATA_TEST_CASE(jsonld_actor_iris_round_trip, data::make(kActorIris), c) {
  BOOST_TEST(jsonld::ActorIri(c.input) == c.expected);
  std::string id;
  BOOST_TEST(jsonld::ActorIdFromIri(c.expected, &id));
  BOOST_TEST(id == c.input);
}

BOOST_AUTO_TEST_CASE(jsonld_malformed_actor_iris_are_rejected) {
  std::string id;
  BOOST_TEST(!jsonld::ActorIdFromIri("actor/a%2", &id));
  BOOST_TEST(!jsonld::ActorIdFromIri("actor/a%zz", &id));
  BOOST_TEST(!jsonld::ActorIdFromIri("actor/", &id));
  BOOST_TEST(!jsonld::ActorIdFromIri("relation/1", &id));
}

BOOST_AUTO_TEST_CASE(neo4j_files_match_golden_files) {
  ActorGraph g = AwkwardGraph();
  CheckGolden("rdf_actors.csv",
              Written([&](std::ostream& o) { WriteNeo4jActorsCsv(g, o); }));
  CheckGolden("rdf_relations.csv",
              Written([&](std::ostream& o) { WriteNeo4jRelationsCsv(g, o); }));
  CheckGolden("rdf_import.cypher",
              Written([&](std::ostream& o) { WriteNeo4jCypher(g, o); }));
}

size_t Lines(const std::string& text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

BOOST_AUTO_TEST_CASE(neo4j_files_have_one_line_per_record) {
  ActorGraph g = AwkwardGraph();
  std::string actors =
      Written([&](std::ostream& o) { WriteNeo4jActorsCsv(g, o); });
  std::string relations =
      Written([&](std::ostream& o) { WriteNeo4jRelationsCsv(g, o); });
  std::string documents =
      Written([&](std::ostream& o) { WriteNeo4jDocumentsCsv(g, o); });
  std::string mentions =
      Written([&](std::ostream& o) { WriteNeo4jMentionsCsv(g, o); });
  std::string cypher =
      Written([&](std::ostream& o) { WriteNeo4jCypher(g, o); });
  BOOST_TEST(Lines(actors) == g.actor_count() + 1);
  BOOST_TEST(Lines(relations) == g.edge_count() + 1);
  // Two constraints, then one statement per actor, edge, document and
  // document-actor pair.
  BOOST_TEST(Lines(cypher) == g.actor_count() + g.edge_count() +
                                  Lines(documents) - 1 + Lines(mentions) - 1 +
                                  3);
  for (const std::string* text :
       {&actors, &relations, &documents, &mentions, &cypher}) {
    for (char c : *text) {
      BOOST_TEST((c == '\n' || static_cast<unsigned char>(c) >= 0x20));
    }
  }
  BOOST_TEST(
      actors.find(",\"Kyiv, Ukraine; capital\",Location,Actor;Location,") !=
      std::string::npos);
  BOOST_TEST(actors.find(";Ma Bell, \"\"the phone company\"\"\"") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(neo4j_documents_carry_title_and_date) {
  ActorGraph g = AwkwardGraph();
  g.SetDocumentTitle("d2", "Zeta");
  g.SetDocumentTitle("d2", "Deal, \"off\"\nagain");  // the smaller wins
  g.SetDocumentTitle("d9", "cited by no evidence");
  BOOST_TEST(Written([&](std::ostream& o) { WriteNeo4jDocumentsCsv(g, o); }) ==
             "id:ID(Document),title,date:date,:LABEL\n"
             "d0,,2024-01-05,Document\n"
             "d1,,2024-02-05,Document\n"
             "d2,\"Deal, \"\"off\"\" again\",2024-03-01,Document\n"
             "d3,,,Document\n"
             "d4,,2024-03-09,Document\n");
  std::string cypher =
      Written([&](std::ostream& o) { WriteNeo4jCypher(g, o); });
  BOOST_TEST(cypher.find("MERGE (d:Document {id: 'd2'}) SET d.title = "
                         "'Deal, \\\"off\\\"\\nagain', d.date = "
                         "date('2024-03-01');\n") != std::string::npos);
  BOOST_TEST(cypher.find("MERGE (d:Document {id: 'd3'});\n") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(neo4j_directory_through_the_factory) {
  testing::ScratchDir scratch;
  fs::path dir = scratch / "neo4j";
  ActorGraph g = AwkwardGraph();
  WriteGraphFile(g, dir.string(), "neo4j", WriteOptions());
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  BOOST_TEST(names == (std::vector<std::string>{
                          "README.txt", "actors.csv", "documents.csv",
                          "import.cypher", "mentions.csv", "relations.csv"}),
             boost::test_tools::per_element());
  BOOST_TEST(ReadFile(dir / "actors.csv") ==
             Written([&](std::ostream& o) { WriteNeo4jActorsCsv(g, o); }));
  std::string readme = ReadFile(dir / "README.txt");
  for (const char* command :
       {"neo4j-admin database import full --nodes=actors.csv "
        "--nodes=documents.csv --relationships=relations.csv "
        "--relationships=mentions.csv neo4j",
        "cypher-shell -f import.cypher", "CALL apoc.import.csv("}) {
    BOOST_TEST(readme.find(command) != std::string::npos, command);
  }
}

}  // namespace
}  // namespace actorgraph
