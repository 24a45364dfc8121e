// Graph queries: the selections behind `actorgraph query` (neighbors,
// relations, explain, stats), over a GraphIndex built once after loading.
// Names are resolved beforehand (graph/actor_lookup.h); everything here
// takes actor ids.  Paths and centrality live in graph/algorithms.h.
//
//   GraphIndex index(graph);  // linear; then each query is cheap
//   EdgeFilter f;
//   f.relations = {"supplies"};
//   f.target = "country:RUS";
//   for (const RelationEdge* e : MatchingEdges(index, f)) ...  // who supplies
//   for (const NeighborLink& n : Neighbors(index, "person:vladimir-putin",
//                                          Direction::kBoth, f)) ...
//
// A symmetric relation (met_with) is stored once with source < target; the
// filters here treat it as pointing both ways.  Results are ordered
// deterministically: heavier edges first, then by label and id.
#ifndef ACTORGRAPH_GRAPH_GRAPH_QUERY_H_
#define ACTORGRAPH_GRAPH_GRAPH_QUERY_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

// The graph's actors and edges as dense indexes (ActorGraph::IndexedEdges)
// plus, per actor, the edges that touch it, so that a query about one actor
// reads only its edges.  Valid while the graph does not change.
class GraphIndex {
 public:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  explicit GraphIndex(const ActorGraph& graph);

  const ActorGraph& graph() const { return graph_; }
  const std::vector<const ActorNode*>& actors() const { return actors_; }
  // In graph order (ActorGraph::Edges()).
  const std::vector<ActorGraph::IndexedEdge>& edges() const { return edges_; }
  // Index of the actor with `id` in actors(), or kNone.
  size_t ActorIndex(std::string_view id) const;
  // Indexes into edges() of the edges touching actor `i`, in graph order;
  // a self-loop appears once.
  struct EdgeRange {
    const uint32_t *first, *last;
    const uint32_t* begin() const { return first; }
    const uint32_t* end() const { return last; }
  };
  EdgeRange EdgesOf(size_t i) const;

 private:
  const ActorGraph& graph_;
  std::vector<const ActorNode*> actors_;
  std::vector<ActorGraph::IndexedEdge> edges_;
  // Actor i's edges are incident_[offsets_[i]] .. incident_[offsets_[i+1]].
  std::vector<uint32_t> offsets_, incident_;
};

// Which edges of an actor count: those it starts, those it receives, or
// both.  Symmetric relations and self-loops count for every direction.
enum class Direction { kOut, kIn, kBoth };
bool ParseDirection(const std::string& name, Direction* out);

// How one edge touches the queried actor, as printed: "out", "in",
// "both" (a symmetric relation) or "self" (a self-loop).
enum class Link { kOut, kIn, kSymmetric, kSelf };
const char* LinkName(Link link);

// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" with a month 01-12 and a
// day 01-31.
bool IsDatePrefix(const std::string& text);

struct EdgeFilter {
  std::vector<std::string> relations;          // any of these; empty: all
  std::vector<std::string> exclude_relations;  // none of these
  std::optional<Polarity> polarity;            // unset: both
  std::vector<Modality> modalities;            // any of these; empty: all
  int64_t min_weight = 0;                      // at least this many mentions
  // Inclusive date bounds, possibly partial ("2023", "2023-05"); the edge
  // passes when one of its dates falls inside.  Undated edges fail any
  // bound.
  std::string since, until;
  std::string source, target;  // actor ids; empty: any

  // Ignores source/target (used where the actor is fixed by the caller).
  bool AcceptsKind(const RelationEdge& edge) const;
  bool Accepts(const RelationEdge& edge) const;
};

// The edges that pass `filter`, heaviest first, then in graph order.
std::vector<const RelationEdge*> MatchingEdges(const GraphIndex& index,
                                               const EdgeFilter& filter);

struct NeighborLink {
  const ActorNode* actor;  // the other end
  const RelationEdge* edge;
  Link link;
};

// The actors linked to `actor_id` by edges that pass `filter`'s relation,
// polarity and date parts, one row per edge: heaviest first, then by the
// neighbor's label and id, then by edge order.
std::vector<NeighborLink> Neighbors(const GraphIndex& index,
                                    const std::string& actor_id,
                                    Direction direction,
                                    const EdgeFilter& filter);

// The `relation` edges from `source_id` to `target_id` (either way round
// when the relation is symmetric), both polarities, in graph order.
std::vector<const RelationEdge*> EdgesBetween(const GraphIndex& index,
                                              const std::string& source_id,
                                              const std::string& relation,
                                              const std::string& target_id);

// The distinct relation names of the graph's edges, sorted.
std::vector<std::string> RelationNames(const GraphIndex& index);

// A span of an evidence sentence, in code points from the sentence start.
struct SentenceSpan {
  int64_t start = 0, end = 0;
  bool valid = false;  // inside the sentence
};
SentenceSpan SourceSpan(const Evidence& evidence);
SentenceSpan TargetSpan(const Evidence& evidence);
// The text of `span` in the evidence sentence ("" when not valid).
std::string SpanText(const Evidence& evidence, SentenceSpan span);
// The sentence with both actor mentions wrapped: "[[Putin]] met [[Xi]]".
// Overlapping or out-of-range mentions are left unmarked.
std::string HighlightMentions(const Evidence& evidence,
                              std::string_view open = "[[",
                              std::string_view close = "]]");

// Counts with their mentions (actor mentions or edge weights) and dates.
struct Tally {
  int64_t count = 0, mentions = 0;
  std::string first_date, last_date;
};

struct GraphStats {
  int64_t documents = 0;
  Tally actors, edges;
  std::map<std::string, Tally> actors_by_type;
  std::map<std::pair<std::string, Polarity>, Tally> edges_by_relation;
};
GraphStats ComputeStats(const GraphIndex& index);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_GRAPH_QUERY_H_
