// view_bench: how the HTML view copes with a large graph.
//
//   view_bench [OUT.html] [ACTORS] [EDGES]     (default 5000 actors, 20000)
//
// Builds a synthetic graph with news-like shape (a few hub countries,
// preferential attachment, one invented evidence sentence per mention,
// dates over two years), times the layout and the page writing, and writes
// the page.  Then time the page in the browser:
//
//   chromium --headless --no-sandbox --disable-gpu --window-size=1280,800
//     --user-data-dir=$(mktemp -d) --virtual-time-budget=20000
//     --dump-dom 'file:///abs/OUT.html#bench' | grep -A3 bench-result
//
// which reports parse time, time to first draw and pan/zoom frame times.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "export/view_data_json.h"
#include "export/writer.h"
#include "graph/layout.h"

namespace actorgraph {
namespace {

struct RelationKind {
  const char* name;
  const char* cameo;
  double goldstein;
  bool symmetric;
};

const RelationKind kRelations[] = {
    {"met_with", "040", 1.0, true},
    {"visited", "042", 1.9, false},
    {"supplies", "070", 7.4, false},
    {"signed_agreement", "057", 8.0, true},
    {"praises", "051", 3.4, false},
    {"criticizes", "111", -2.0, false},
    {"accuses", "112", -2.0, false},
    {"threatens", "130", -4.4, false},
    {"sanctions", "163", -8.0, false},
    {"attacks", "190", -10.0, false},
    {"negotiates_with", "046", 7.0, true},
};

const char* TypeOf(int i) {
  if (i < 200) return "Country";
  if (i % 5 == 0) return "Organization";
  if (i % 17 == 0) return "Location";
  return "Person";
}

ActorInfo MakeActor(int i) {
  ActorInfo a;
  a.type = TypeOf(i);
  a.id = std::string(a.type) + ":" + std::to_string(i);
  a.label = std::string(a.type) + " number " + std::to_string(i);
  a.aliases = {"alias " + std::to_string(i)};
  a.mentions = 1 + i % 7;
  return a;
}

std::string DateOf(std::mt19937& rng) {
  std::uniform_int_distribution<int> month(1, 12), day(1, 28), year(0, 1);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", 2022 + year(rng),
                month(rng), day(rng));
  return buffer;
}

ActorGraph MakeGraph(int actor_count, size_t edge_count) {
  std::mt19937 rng(20240601);
  ActorGraph g;
  std::vector<ActorInfo> actors;
  for (int i = 0; i < actor_count; ++i) {
    actors.push_back(MakeActor(i));
    g.AddActor(actors.back());
  }
  // Endpoints drawn from past endpoints (preferential attachment) half of
  // the time: a few actors collect most relations, as in news.
  std::vector<int> ends = {0, 1};
  std::uniform_int_distribution<int> any(0, actor_count - 1);
  std::uniform_int_distribution<int> kind(0, std::size(kRelations) - 1);
  std::bernoulli_distribution coin(0.5), negated(0.1);
  int64_t doc = 0;
  while (g.edge_count() < edge_count) {
    auto pick = [&] {
      return coin(rng) ? ends[std::uniform_int_distribution<size_t>(
                             0, ends.size() - 1)(rng)]
                       : any(rng);
    };
    int s = pick(), t = pick();
    if (s == t) continue;
    ends.push_back(s);
    ends.push_back(t);
    const RelationKind& r = kRelations[kind(rng)];
    RelationMention m;
    m.source = actors[s].id;
    m.target = actors[t].id;
    m.relation = r.name;
    m.cameo = r.cameo;
    m.goldstein = r.goldstein;
    m.symmetric = r.symmetric;
    m.polarity = negated(rng) ? Polarity::kNegative : Polarity::kPositive;
    Evidence& e = m.evidence;
    e.doc = "bench-" + std::to_string(++doc);
    e.date = DateOf(rng);
    e.text = "In a statement on Tuesday, " + actors[s].label + " said it " +
             r.name + " " + actors[t].label + " after weeks of talks.";
    e.sentence_start = 40;
    e.source_start = 40 + 27;
    e.source_end = e.source_start + actors[s].label.size();
    e.target_start = e.source_end + 9 + std::string(r.name).size();
    e.target_end = e.target_start + actors[t].label.size();
    e.start = e.source_start;
    e.end = e.target_end;
    e.rule = std::string(r.name) + ".bench";
    g.AddRelation(m);
  }
  g.set_document_count(doc);
  return g;
}

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace
}  // namespace actorgraph

int main(int argc, char** argv) {
  using actorgraph::MillisecondsSince;
  const std::string out = argc > 1 ? argv[1] : "view_bench.html";
  const int actors = argc > 2 ? std::atoi(argv[2]) : 5000;
  const size_t edges = argc > 3 ? std::atoi(argv[3]) : 20000;

  auto start = std::chrono::steady_clock::now();
  actorgraph::ActorGraph g = actorgraph::MakeGraph(actors, edges);
  std::cout << "graph: " << g.actor_count() << " actors, " << g.edge_count()
            << " edges in " << MillisecondsSince(start) << " ms\n";

  start = std::chrono::steady_clock::now();
  std::vector<actorgraph::Point> points =
      actorgraph::LayoutActors(g, actorgraph::LayoutOptions());
  std::cout << "layout: " << MillisecondsSince(start) << " ms\n";

  start = std::chrono::steady_clock::now();
  const size_t json_size = actorgraph::ViewDataJson(g, points).size();
  std::cout << "data JSON: " << json_size << " bytes in "
            << MillisecondsSince(start) << " ms\n";

  start = std::chrono::steady_clock::now();
  std::ofstream file(out, std::ios::binary);
  actorgraph::WriteGraphStream(g, "html", actorgraph::WriteOptions(), file);
  file.close();
  if (!file) {
    std::cerr << "view_bench: cannot write " << out << "\n";
    return 1;
  }
  std::cout << "the html writer (layout included): " << MillisecondsSince(start)
            << " ms -> " << out << "\n";
  return 0;
}
