#define BOOST_TEST_MODULE html
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "export/view_data_json.h"
#include "export/writer.h"
#include "graph/layout.h"
#include "tests/browser/fixture_graph.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

std::string Page() { return GraphText(fixture::Graph(), "html"); }

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos;
       at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

// The data block: between the application/json script tag and its end.
std::string DataBlock(const std::string& page) {
  const std::string open =
      "<script type=\"application/json\" id=\"graph-data\">";
  size_t begin = page.find(open);
  BOOST_REQUIRE(begin != std::string::npos);
  begin += open.size();
  size_t end = page.find("</script>", begin);
  BOOST_REQUIRE(end != std::string::npos);
  return page.substr(begin, end - begin);
}

BOOST_AUTO_TEST_CASE(hostile_labels_and_sentences_stay_inside_the_data) {
  const std::string page = Page();
  const std::string data = DataBlock(page);
  // The fixture holds three "</script>" and an "<img": none may reach the
  // page as markup, so the page has exactly its own two script elements.
  BOOST_TEST(Count(page, "</script>") == 2u);
  BOOST_TEST(Count(page, "<script") == 2u);
  BOOST_TEST(Count(page, "<img") == 0u);
  BOOST_TEST(Count(page, "<b>") == 0u);
  BOOST_TEST(data.find('<') == std::string::npos);
  BOOST_TEST(data.find('>') == std::string::npos);
  BOOST_TEST(data.find('&') == std::string::npos);
  BOOST_TEST(Count(data,
                   "\\u003c/script\\u003e\\u003cimg src=x "
                   "onerror=\\\"window.__injected=true\\\"\\u003e") == 1u);
}

BOOST_AUTO_TEST_CASE(page_is_self_contained) {
  std::string page = Page();
  const std::string data = DataBlock(page);
  page.erase(page.find(data), data.size());  // the markup and code alone
  BOOST_TEST(page.rfind("<!DOCTYPE html>", 0) == 0u);
  BOOST_TEST(Count(page, "{{ACTORGRAPH_DATA}}") == 0u);
  BOOST_TEST(Count(page, "<canvas id=\"canvas\">") == 1u);
  BOOST_TEST(Count(page, "<pre id=\"selftest-result\" hidden>") == 1u);
  // Nothing to fetch: no external scripts, styles, images or fonts.
  BOOST_TEST(Count(page, " src=") == 0u);
  BOOST_TEST(Count(page, "<link") == 0u);
  BOOST_TEST(Count(page, "http://") == 0u);
  BOOST_TEST(Count(page, "https://") == 0u);
  BOOST_TEST(Count(page, "default-src 'none'") == 1u);
}

BOOST_AUTO_TEST_CASE(same_graph_same_bytes) { BOOST_TEST(Page() == Page()); }

BOOST_AUTO_TEST_CASE(empty_graph_gives_a_working_page) {
  std::ostringstream out;
  WriteGraphStream(ActorGraph(), "html", WriteOptions(), out);
  BOOST_TEST(DataBlock(out.str()) ==
             "{\"format\":\"actorgraph-view\",\"version\":1,\"documents\":0,"
             "\"actors\":[],\"edges\":[]}");
}

// The whole data block of the fixture, against a golden file; run with
// ACTORGRAPH_REGENERATE=1 to rewrite it after an intended change.
BOOST_AUTO_TEST_CASE(data_block_matches_golden) {
  ActorGraph g = fixture::Graph();
  const std::string data = ViewDataJson(g, LayoutActors(g, LayoutOptions()));
  testing::CheckGolden("view_data.json", data + "\n");
}

BOOST_AUTO_TEST_CASE(mention_offsets_are_code_points_in_the_sentence) {
  ActorGraph g = fixture::Graph();
  const std::string data = ViewDataJson(g, LayoutActors(g, LayoutOptions()));
  // "🙂 On Monday Zoë Müller flew to Sylvania": the emoji is one code point
  // (two UTF-16 units), so Zoë starts at 12 and Sylvania at 31.
  BOOST_TEST(Count(data, "\"source\":[12,22],\"target\":[31,39]") == 1u);
}

}  // namespace
}  // namespace actorgraph
