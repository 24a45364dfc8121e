// The export filters (graph/graph_filter.h) and the command-line code
// around them: suggestions, summary numbers, the shared option parser.
#define BOOST_TEST_MODULE graph_filter
#include "graph/graph_filter.h"

#include <boost/test/unit_test.hpp>

#include "cli/args.h"
#include "cli/export_options.h"
#include "cli/summary_text.h"
#include "extract/base/suggest.h"
#include "extract/base/user_error.h"
#include "tests/actor_fixture.h"

namespace actorgraph {
namespace {

RelationMention Said(const std::string& s, const std::string& relation,
                     const std::string& t, Modality modality,
                     const std::string& date, int64_t start) {
  RelationMention m = testing::MakeRelation(s, relation, t);
  m.evidence.doc = "d-" + date;
  m.evidence.date = date;
  m.evidence.start = start;
  m.evidence.modality = modality;
  return m;
}

// a supplies b twice (asserted), a supplies b once (future), a attacks c
// once (hypothetical), b met c once; d mentioned with no relation.
ActorGraph Fixture() {
  ActorGraph g;
  for (const char* id : {"a", "b", "c", "d"}) {
    g.AddActor(testing::MakeActor(id, id, "Country", {}, 1));
  }
  const Modality kAsserted = Modality::kAsserted;
  g.AddRelation(Said("a", "supplies", "b", kAsserted, "2024-01-02", 1));
  g.AddRelation(Said("a", "supplies", "b", kAsserted, "2024-03-04", 2));
  g.AddRelation(Said("a", "supplies", "b", Modality::kFuture, "2024-03-04", 3));
  g.AddRelation(
      Said("a", "attacks", "c", Modality::kHypothetical, "2024-03-04", 4));
  g.AddRelation(Said("b", "met_with", "c", kAsserted, "2023-05-06", 5));
  return g;
}

std::vector<std::string> EdgeNames(const ActorGraph& g) {
  std::vector<std::string> out;
  for (const RelationEdge* e : g.Edges()) {
    out.push_back(e->source + " " + e->relation + " " + e->target + " " +
                  ModalityName(e->modality));
  }
  return out;
}

BOOST_AUTO_TEST_CASE(default_export_is_what_the_articles_assert) {
  FilterReport report;
  ActorGraph shown = FilterGraph(Fixture(), ExportFilter(), &report);
  BOOST_TEST(
      EdgeNames(shown) == (std::vector<std::string>{"a supplies b asserted",
                                                    "b met_with c asserted"}),
      boost::test_tools::per_element());
  BOOST_TEST(shown.actor_count() == 4u);  // isolated actors stay by default
  BOOST_TEST(report.mentions_by_reason.at("future") == 1);
  BOOST_TEST(report.mentions_by_reason.at("hypothetical") == 1);
  BOOST_TEST(report.edges_left_out == 2);
  BOOST_TEST(LeftOutSummary(report) ==
             "; left out 2 relation mentions (1 future, 1 hypothetical; "
             "--modality all keeps every modality)");
}

BOOST_AUTO_TEST_CASE(weight_relation_date_and_isolates) {
  ExportFilter f;
  f.edges.min_weight = 2;
  f.drop_isolates = true;
  FilterReport report;
  ActorGraph shown = FilterGraph(Fixture(), f, &report);
  BOOST_TEST(
      EdgeNames(shown) == std::vector<std::string>{"a supplies b asserted"},
      boost::test_tools::per_element());
  BOOST_TEST(shown.actor_count() == 2u);
  BOOST_TEST(report.actors_left_out == 2);
  BOOST_TEST(LeftOutSummary(report) ==
             "; left out 3 relation mentions (1 future, 1 hypothetical, 1 on "
             "edges below --min-weight; --modality all keeps every modality) "
             "and 2 actors without an edge");

  ExportFilter g;
  g.edges.modalities.clear();  // all
  g.edges.exclude_relations = {"supplies"};
  g.edges.since = "2024";
  ActorGraph window = FilterGraph(Fixture(), g, &report);
  BOOST_TEST(
      EdgeNames(window) == std::vector<std::string>{"a attacks c hypothetical"},
      boost::test_tools::per_element());
  BOOST_TEST(report.mentions_by_reason.at("relation") == 3);
  BOOST_TEST(report.mentions_by_reason.at("date") == 1);
}

BOOST_AUTO_TEST_CASE(suggestions_by_edit_distance) {
  std::vector<std::string> commands = {"build", "mentions", "check", "query"};
  BOOST_TEST(Suggest("buidl", commands) == "build");
  BOOST_TEST(Suggest("BUILD", commands) == "build");
  BOOST_TEST(Suggest("zzzzz", commands) == "");
  BOOST_TEST(DidYouMean("--ouptut", {"-o", "--output"}) ==
             " (did you mean '--output'?)");
  BOOST_TEST(DidYouMean("xy", {"ab"}) == "");
  BOOST_TEST(OneOf({"a", "b"}) == "a, b");
}

BOOST_AUTO_TEST_CASE(summary_numbers_read_as_a_person_writes_them) {
  BOOST_TEST(Count(1, "document") == "1 document");
  BOOST_TEST(Count(0, "document") == "0 documents");
  BOOST_TEST(Count(19043, "document") == "19,043 documents");
  BOOST_TEST(Count(1234567, "edge") == "1,234,567 edges");
  BOOST_TEST(Count(2, "was", "were") == "2 were");
  BOOST_TEST(Seconds(0.0810634) == "0.08 s");
  BOOST_TEST(Seconds(81.06) == "81.1 s");
  BOOST_TEST(Size(25) == "25 bytes");
  BOOST_TEST(Size(1) == "1 byte");
  BOOST_TEST(Size(2500) == "2.5 kB");
  BOOST_TEST(Size(27300000) == "27.3 MB");
}

std::string ParseError(std::vector<std::string> argv) {
  try {
    Args args(std::move(argv), "actorgraph build");
    ParseExportFilter(&args, {"met_with", "supplies"});
    args.Rest();
  } catch (const UserError& e) {
    BOOST_TEST(e.exit_code() == kExitUsage);
    return e.what();
  }
  return "";
}

BOOST_AUTO_TEST_CASE(bad_values_list_the_valid_ones) {
  const std::string help = " (see 'actorgraph build --help')";
  BOOST_TEST(ParseError({"--modality", "futur"}) ==
             "actorgraph build: unknown modality 'futur' (did you mean "
             "'future'?; valid: asserted, future, hypothetical, all)" +
                 help);
  BOOST_TEST(ParseError({"--relations", "met_with,suplies"}) ==
             "actorgraph build: unknown relation 'suplies' (did you mean "
             "'supplies'?; valid: met_with, supplies)" +
                 help);
  BOOST_TEST(ParseError({"--since", "2024-13"}) ==
             "actorgraph build: --since takes YYYY, YYYY-MM or YYYY-MM-DD "
             "(month 01-12, day 01-31), got '2024-13'" +
                 help);
  BOOST_TEST(ParseError({"--min-weight", "x"}) ==
             "actorgraph build: --min-weight takes a whole number from 0 to "
             "1000000000, got 'x'" +
                 help);
  BOOST_TEST(ParseError({"--drop-isolate"}) ==
             "actorgraph build: unknown option '--drop-isolate' (did you mean "
             "'--drop-isolates'?)" +
                 help);
  BOOST_TEST(ParseError({"--modality", "asserted,future", "--relations",
                         "supplies", "--drop-isolates"}) == "");
}

}  // namespace
}  // namespace actorgraph
