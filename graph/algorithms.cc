#include "graph/algorithms.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/page_rank.hpp>
#include <cctype>
#include <deque>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>

#include "extract/base/enum_names.h"

namespace actorgraph {
namespace {

// One graph type for both views: the undirected view holds each link as
// two arcs, which searches exactly like boost::undirectedS but skips its
// global edge list (a million list nodes on a large graph).
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

enum class View { kUndirected, kDirected };

// The passing edges as arcs (source << 32 | target), once each, sorted,
// without self-loops.  The directed view points symmetric relations both
// ways; the undirected view points everything both ways.
std::vector<uint64_t> Arcs(const std::vector<ActorGraph::IndexedEdge>& edges,
                           const EdgeFilter& filter, View view) {
  std::vector<uint64_t> arcs;
  auto add = [&](uint64_t from, uint64_t to) {
    arcs.push_back(from << 32 | to);
  };
  for (const ActorGraph::IndexedEdge& e : edges) {
    if (e.source == e.target || !filter.AcceptsKind(*e.edge)) continue;
    add(e.source, e.target);
    if (view == View::kUndirected || e.edge->symmetric) add(e.target, e.source);
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  return arcs;
}

// Sorted arcs leave each vertex's neighbours in index (= id) order, which
// makes the searches below deterministic.
Graph MakeGraph(const std::vector<uint64_t>& arcs, size_t n) {
  Graph g(n);
  for (uint64_t arc : arcs) {
    boost::add_edge(static_cast<size_t>(arc >> 32),
                    static_cast<size_t>(arc & 0xFFFFFFFFu), g);
  }
  return g;
}

// The heaviest passing edge between actors u and v, either way round.
const RelationEdge* BestEdge(const GraphIndex& index, const EdgeFilter& filter,
                             size_t u, size_t v) {
  const RelationEdge* best = nullptr;
  for (uint32_t i : index.EdgesOf(u)) {
    const ActorGraph::IndexedEdge& e = index.edges()[i];
    if ((e.source == v || e.target == v) && filter.AcceptsKind(*e.edge) &&
        (best == nullptr || e.edge->weight > best->weight)) {
      best = e.edge;
    }
  }
  return best;
}

std::vector<double> Degrees(const std::vector<ActorGraph::IndexedEdge>& edges,
                            const EdgeFilter& filter, size_t n, bool weighted) {
  std::vector<double> scores(n, 0.0);
  for (const ActorGraph::IndexedEdge& e : edges) {
    if (!filter.AcceptsKind(*e.edge)) continue;
    double amount = weighted ? static_cast<double>(e.edge->weight) : 1.0;
    scores[e.source] += amount;
    if (e.target != e.source) scores[e.target] += amount;
  }
  return scores;
}

std::vector<double> PageRanks(const Graph& g) {
  size_t n = boost::num_vertices(g);
  std::vector<double> ranks(n, 0.0);
  if (n == 0) return ranks;
  boost::graph::page_rank(
      g, boost::make_iterator_property_map(ranks.begin(),
                                           boost::get(boost::vertex_index, g)));
  double total = std::accumulate(ranks.begin(), ranks.end(), 0.0);
  for (double& r : ranks) r /= total;
  return ranks;
}

// On the two-arc undirected view Boost counts each pair from both ends;
// halve, as it does itself for boost::undirectedS.
std::vector<double> ExactBetweenness(const Graph& g) {
  std::vector<double> scores(boost::num_vertices(g), 0.0);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(
             scores.begin(), boost::get(boost::vertex_index, g))));
  for (double& score : scores) score /= 2;
  return scores;
}

// Adds source `s`'s dependencies to `scores` (Brandes 2001, unweighted).
void AccumulateDependencies(const Graph& g, size_t s,
                            std::vector<double>* scores) {
  size_t n = boost::num_vertices(g);
  std::vector<int64_t> distance(n, -1);
  std::vector<double> paths(n, 0.0), dependency(n, 0.0);
  std::vector<size_t> order;
  std::deque<size_t> queue = {s};
  distance[s] = 0;
  paths[s] = 1;
  while (!queue.empty()) {
    size_t v = queue.front();
    queue.pop_front();
    order.push_back(v);
    for (size_t w :
         boost::make_iterator_range(boost::adjacent_vertices(v, g))) {
      if (distance[w] < 0) {
        distance[w] = distance[v] + 1;
        queue.push_back(w);
      }
      if (distance[w] == distance[v] + 1) paths[w] += paths[v];
    }
  }
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    size_t w = *it;
    for (size_t v :
         boost::make_iterator_range(boost::adjacent_vertices(w, g))) {
      if (distance[v] == distance[w] - 1) {
        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
      }
    }
    if (w != s) (*scores)[w] += dependency[w];
  }
}

std::vector<double> SampledBetweenness(const Graph& g, size_t samples) {
  size_t n = boost::num_vertices(g);
  std::vector<double> scores(n, 0.0);
  for (size_t i = 0; i < samples; ++i) {
    AccumulateDependencies(g, i * n / samples, &scores);
  }
  // Each pair is seen from both ends in an undirected graph, as in Boost.
  double scale = static_cast<double>(n) / static_cast<double>(samples) / 2;
  for (double& score : scores) score *= scale;
  return scores;
}

bool EqualsIgnoringCase(const std::string& a, const std::string& b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::optional<std::vector<PathStep>> ShortestPath(const GraphIndex& index,
                                                  const std::string& from_id,
                                                  const std::string& to_id,
                                                  const EdgeFilter& filter) {
  const std::vector<const ActorNode*>& actors = index.actors();
  size_t from = index.ActorIndex(from_id), to = index.ActorIndex(to_id);
  if (from == GraphIndex::kNone || to == GraphIndex::kNone) return std::nullopt;
  if (from == to) return std::vector<PathStep>();
  Graph g =
      MakeGraph(Arcs(index.edges(), filter, View::kUndirected), actors.size());
  std::vector<size_t> parent(actors.size(), GraphIndex::kNone);
  parent[from] = from;
  boost::breadth_first_search(
      g, from,
      boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(
          boost::make_iterator_property_map(parent.begin(),
                                            boost::get(boost::vertex_index, g)),
          boost::on_tree_edge()))));
  if (parent[to] == GraphIndex::kNone) return std::nullopt;
  std::vector<PathStep> steps;
  for (size_t v = to; v != from; v = parent[v]) {
    size_t u = parent[v];
    steps.push_back({actors[u], actors[v], BestEdge(index, filter, u, v)});
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

namespace {

constexpr EnumName<Centrality> kCentralityNames[] = {
    {Centrality::kDegree, "degree"},
    {Centrality::kWeightedDegree, "weighted-degree"},
    {Centrality::kPageRank, "pagerank"},
    {Centrality::kBetweenness, "betweenness"}};

}  // namespace

bool ParseCentrality(const std::string& name, Centrality* out) {
  return ParseName(kCentralityNames, name, out);
}

const char* CentralityName(Centrality c) { return NameOf(kCentralityNames, c); }

CentralityResult ComputeCentrality(const GraphIndex& index, Centrality kind,
                                   const EdgeFilter& filter,
                                   const CentralityOptions& options) {
  const std::vector<ActorGraph::IndexedEdge>& edges = index.edges();
  size_t n = index.actors().size();
  CentralityResult result;
  switch (kind) {
    case Centrality::kDegree:
    case Centrality::kWeightedDegree:
      result.scores =
          Degrees(edges, filter, n, kind == Centrality::kWeightedDegree);
      break;
    case Centrality::kPageRank:
      result.scores =
          PageRanks(MakeGraph(Arcs(edges, filter, View::kDirected), n));
      break;
    case Centrality::kBetweenness: {
      std::vector<uint64_t> arcs = Arcs(edges, filter, View::kUndirected);
      Graph g = MakeGraph(arcs, n);
      // Each link is two arcs.
      double work =
          static_cast<double>(n) * static_cast<double>(arcs.size()) / 2;
      if (options.betweenness_samples == 0 || n < options.betweenness_samples ||
          work <= options.exact_betweenness_max_work) {
        result.scores = ExactBetweenness(g);
      } else {
        result.sampled_sources = options.betweenness_samples;
        result.scores = SampledBetweenness(g, result.sampled_sources);
      }
      break;
    }
  }
  return result;
}

std::vector<ActorScore> TopActors(const GraphIndex& index,
                                  const CentralityResult& result,
                                  const std::string& type, size_t n) {
  const std::vector<const ActorNode*>& actors = index.actors();
  std::vector<ActorScore> scored;
  for (size_t i = 0; i < actors.size(); ++i) {
    if (!type.empty() && !EqualsIgnoringCase(actors[i]->info.type, type)) {
      continue;
    }
    scored.push_back({actors[i], result.scores[i]});
  }
  auto better = [](const ActorScore& a, const ActorScore& b) {
    if (a.score != b.score) return a.score > b.score;
    return std::tie(a.actor->info.label, a.actor->info.id) <
           std::tie(b.actor->info.label, b.actor->info.id);
  };
  size_t keep = std::min(n, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + keep, scored.end(),
                    better);
  scored.resize(keep);
  return scored;
}

}  // namespace actorgraph
