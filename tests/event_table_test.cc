#define BOOST_TEST_MODULE event_table
// The event table (build -o events.tsv / events.csv): golden files from the
// fixture graph, and what goes into a row.
#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>

#include "export/writer.h"
#include "tests/consumers/fixture_graph.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

using testing::CheckGolden;
using testing::Lines;

BOOST_AUTO_TEST_CASE(tsv_matches_golden) {
  CheckGolden("events_small.tsv", GraphText(FixtureGraph(), "tsv"));
}

BOOST_AUTO_TEST_CASE(csv_matches_golden) {
  CheckGolden("events_small.csv", GraphText(FixtureGraph(), "csv"));
}

BOOST_AUTO_TEST_CASE(one_row_per_kept_event_mention_with_phoenix_columns) {
  std::vector<std::string> lines = Lines(GraphText(FixtureGraph(), "tsv"));
  BOOST_REQUIRE(!lines.empty());
  BOOST_TEST(lines[0] ==
             "event_id\tdate\tyear\tmonth\tday\tsource\tsource_label\t"
             "source_code\ttarget\ttarget_label\ttarget_code\tevent_code\t"
             "root_code\tquad_class\tgoldstein\tpolarity\tmodality\t"
             "relation\tdoc\tsentence\trule");
  // supplies keeps 2 of its 3 mentions (the fixture's cap), criticizes 1;
  // met_with has no CAMEO code and is no event.
  BOOST_TEST(lines.size() == 4u);
  for (size_t i = 1; i < lines.size(); ++i) {
    BOOST_TEST(lines[i].find("met_with") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(rows_carry_code_root_quad_and_actor_codes) {
  std::vector<std::string> lines = Lines(GraphText(FixtureGraph(), "tsv"));
  bool found = false;
  for (const std::string& line : lines) {
    if (line.find("\tsupplies\t") == std::string::npos) continue;
    found = true;
    BOOST_TEST(line.find("\t072\t07\t2\t7.4\tpositive\t") != std::string::npos,
               line);
    BOOST_TEST(
        line.find("\tcountry:USA\tUnited States\tUSA\t") != std::string::npos,
        line);
  }
  BOOST_TEST(found);
}

}  // namespace
}  // namespace actorgraph
