// Graph algorithms over an ActorGraph, on Boost.Graph: shortest chains of
// relations between two actors and actor centrality.
//
//   GraphIndex index(graph);
//   EdgeFilter positive;
//   positive.polarity = Polarity::kPositive;
//   std::optional<std::vector<PathStep>> path =
//       ShortestPath(index, "country:IRN", "country:CHN", positive);
//   CentralityResult pagerank =
//       ComputeCentrality(index, Centrality::kPageRank, EdgeFilter());
//   std::vector<ActorScore> top = TopActors(index, pagerank, "Country", 10);
//
// Both work on the actor-to-actor links of the edges that pass a filter:
// parallel edges (several relations between the same two actors) count as
// one link and self-loops as none, so that "talked about a lot" does not
// masquerade as "connected a lot".  Degree and weighted degree, though,
// count every edge.  All results depend only on the graph: ties go to the
// smaller label, then id.
#ifndef ACTORGRAPH_GRAPH_ALGORITHMS_H_
#define ACTORGRAPH_GRAPH_ALGORITHMS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/actor_graph.h"
#include "graph/graph_query.h"

namespace actorgraph {

struct PathStep {
  const ActorNode* from;
  const ActorNode* to;
  // The heaviest passing edge between the two (ties: graph order); it may
  // point either way.
  const RelationEdge* edge;
};

// A shortest chain from `from_id` to `to_id` over the undirected view of
// the edges that pass `filter` (its source/target are ignored), found by
// breadth-first search that visits neighbours in id order.  nullopt when
// there is none; no steps when the two are the same actor.
std::optional<std::vector<PathStep>> ShortestPath(const GraphIndex& index,
                                                  const std::string& from_id,
                                                  const std::string& to_id,
                                                  const EdgeFilter& filter);

// degree: edges touching the actor; weighted-degree: their summed weight;
// pagerank: Boost's PageRank (damping 0.85, 20 iterations, unweighted;
// symmetric relations point both ways; an actor without out-links passes
// nothing on), normalized to sum to 1; betweenness: Brandes betweenness
// over the undirected view.
enum class Centrality { kDegree, kWeightedDegree, kPageRank, kBetweenness };
bool ParseCentrality(const std::string& name, Centrality* out);
const char* CentralityName(Centrality c);

struct CentralityOptions {
  // Exact betweenness costs actors x links; above this product it is
  // estimated from `betweenness_samples` source actors spread evenly over
  // the id order, scaled up to the whole graph.  0 samples: always exact.
  double exact_betweenness_max_work = 5e7;
  size_t betweenness_samples = 16;
};

struct CentralityResult {
  std::vector<double> scores;  // indexed like GraphIndex::actors()
  size_t sampled_sources = 0;  // betweenness only; 0 when exact
};

CentralityResult ComputeCentrality(const GraphIndex& index, Centrality kind,
                                   const EdgeFilter& filter,
                                   const CentralityOptions& options = {});

struct ActorScore {
  const ActorNode* actor;
  double score;
};

// The `n` highest-scoring actors, of `type` only unless empty (compared
// ignoring ASCII case); ties by label, then id.
std::vector<ActorScore> TopActors(const GraphIndex& index,
                                  const CentralityResult& result,
                                  const std::string& type, size_t n);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_ALGORITHMS_H_
