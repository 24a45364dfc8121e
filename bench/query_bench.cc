// query_bench: how long `actorgraph query` takes on a large graph.
//
//   build/bench/query_bench [EDGES] [DIR]   (default 1000000 edges, /tmp)
//
// Generates an ActorGraph of EDGES distinct edges among EDGES/50 actors
// (degrees skewed so that a few hubs collect many edges, as news graphs
// do), writes it as GraphML and JSON-LD into DIR, reads each back, and
// times every query kind on the loaded graph.  Prints one line per step:
// name, wall and CPU milliseconds, and a result size to show the work was
// done.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "export/graph_reader.h"
#include "export/writer.h"
#include "graph/actor_graph.h"
#include "graph/actor_lookup.h"
#include "graph/algorithms.h"
#include "graph/graph_query.h"

namespace actorgraph {
namespace {

const char* const kRelations[] = {
    "met_with", "supplies",  "attacks",  "criticizes",      "cooperates_with",
    "visited",  "sanctions", "supports", "negotiates_with", "threatens"};

std::string ActorId(size_t i) {
  char id[32];
  std::snprintf(id, sizeof id, "person:p%07zu", i);
  return id;
}

std::string Label(size_t i) { return "Person Number " + std::to_string(i); }

ActorGraph Generate(size_t edges) {
  size_t actors = std::max<size_t>(edges / 50, 10);
  ActorGraph g;
  for (size_t i = 0; i < actors; ++i) {
    ActorInfo a;
    a.id = ActorId(i);
    a.label = Label(i);
    a.type = i % 10 == 0 ? "Country" : "Person";
    a.aliases = {"P" + std::to_string(i)};
    a.mentions = 1;
    g.AddActor(a, "2023-01-01");
  }
  std::mt19937_64 random(42);
  // Squaring a uniform draw favours small indexes: actor 0 is a hub.
  auto skewed = [&] {
    double u = std::uniform_real_distribution<double>(0, 1)(random);
    return static_cast<size_t>(u * u * static_cast<double>(actors));
  };
  while (g.edge_count() < edges) {
    size_t s = skewed(), t = skewed();
    size_t r = random() % (sizeof kRelations / sizeof kRelations[0]);
    RelationMention m;
    m.source = ActorId(s);
    m.target = ActorId(t);
    m.relation = kRelations[r];
    m.symmetric = r == 0 || r == 4 || r == 8;
    m.polarity = random() % 20 == 0 ? Polarity::kNegative : Polarity::kPositive;
    Evidence& e = m.evidence;
    e.doc = "doc" + std::to_string(random() % 100000);
    e.date = "2023-" + std::to_string(10 + random() % 3) + "-1" +
             std::to_string(random() % 10);
    e.text = Label(s) + " " + m.relation + " " + Label(t) + ".";
    e.source_end = static_cast<int64_t>(Label(s).size());
    e.target_start = e.source_end + static_cast<int64_t>(m.relation.size()) + 2;
    e.target_end = e.target_start + static_cast<int64_t>(Label(t).size());
    e.end = e.target_end;
    e.rule = m.relation + ".bench";
    g.AddRelation(m);
  }
  g.set_document_count(100000);
  return g;
}

// Wall-clock and CPU milliseconds: on a shared machine the CPU time shows
// the cost of the work itself.
void Time(const std::string& name, const std::function<size_t()>& step) {
  std::clock_t cpu_start = std::clock();
  auto start = std::chrono::steady_clock::now();
  size_t result = step();
  std::chrono::duration<double, std::milli> wall =
      std::chrono::steady_clock::now() - start;
  double cpu =
      1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  std::printf("%-34s %9.1f ms wall %9.1f ms cpu  (%zu)\n", name.c_str(),
              wall.count(), cpu, result);
  std::fflush(stdout);
}

void TimeQueries(const ActorGraph& g) {
  const std::string hub = ActorId(0), typical = ActorId(g.actor_count() / 2);
  std::optional<GraphIndex> index;
  Time("  query index", [&] {
    index.emplace(g);
    return index->edges().size();
  });
  const GraphIndex& x = *index;
  std::optional<ActorLookup> lookup;
  Time("  lookup index", [&] {
    lookup.emplace(g);
    return g.actor_count();
  });
  const std::string name =
      "person number " + std::to_string(g.actor_count() / 3);
  Time("  resolve '" + name + "'",
       [&] { return lookup->Resolve(name).actor != nullptr; });
  Time("  resolve unknown (suggestions)",
       [&] { return lookup->Resolve("persn numbr 12345").suggestions.size(); });
  Time("  neighbors of the hub", [&] {
    return Neighbors(x, hub, Direction::kBoth, EdgeFilter()).size();
  });
  Time("  neighbors of a typical actor", [&] {
    return Neighbors(x, typical, Direction::kBoth, EdgeFilter()).size();
  });
  Time("  relations supplies -> hub", [&] {
    EdgeFilter f;
    f.relations = {"supplies"};
    f.target = hub;
    return MatchingEdges(x, f).size();
  });
  Time("  relations since 2023-12", [&] {
    EdgeFilter f;
    f.since = "2023-12";
    return MatchingEdges(x, f).size();
  });
  Time("  path typical -> last actor", [&] {
    auto path =
        ShortestPath(x, typical, ActorId(g.actor_count() - 1), EdgeFilter());
    return path ? path->size() : 0;
  });
  Time("  explain (edges between)", [&] {
    const RelationEdge* e = x.edges()[x.edges().size() / 3].edge;
    return EdgesBetween(x, e->source, e->relation, e->target).size();
  });
  for (Centrality c : {Centrality::kDegree, Centrality::kWeightedDegree,
                       Centrality::kPageRank, Centrality::kBetweenness}) {
    Time(std::string("  top --by ") + CentralityName(c), [&] {
      CentralityResult r = ComputeCentrality(x, c, EdgeFilter());
      return TopActors(x, r, "", 10).size();
    });
  }
  Time("  stats", [&] { return ComputeStats(x).edges.count; });
}

int Main(int argc, char** argv) {
  size_t edges = argc > 1 ? std::stoul(argv[1]) : 1000000;
  std::filesystem::path dir = argc > 2 ? argv[2] : "/tmp";
  std::vector<std::string> files = {(dir / "query_bench.graphml").string(),
                                    (dir / "query_bench.jsonld").string()};
  {
    std::optional<ActorGraph> g;
    Time("generate", [&] {
      g.emplace(Generate(edges));
      return g->edge_count();
    });
    for (const std::string& file : files) {
      Time("write " + file, [&] {
        WriteGraphFile(*g, file, "", WriteOptions());
        return static_cast<size_t>(std::filesystem::file_size(file));
      });
    }
  }
  for (const std::string& file : files) {
    std::optional<ActorGraph> g;
    Time("read " + file, [&] {
      g.emplace(ReadGraphFile(file));
      return g->edge_count();
    });
    TimeQueries(*g);
    std::filesystem::remove(file);
  }
  return 0;
}

}  // namespace
}  // namespace actorgraph

int main(int argc, char** argv) { return actorgraph::Main(argc, argv); }
