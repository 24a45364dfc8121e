// Export filters: the part of a graph that `build`, `merge` and `view`
// write.  The graph itself keeps every modality; the filter decides what a
// file shows (by default what the articles assert) and says what it left
// out, so that a summary can tell the user.
//
//   ExportFilter f;                       // asserted edges, every node
//   f.edges.min_weight = 2;
//   f.drop_isolates = true;
//   FilterReport report;
//   ActorGraph shown = FilterGraph(graph, f, &report);
//   report.mentions_by_reason  // {"future": 120, "below --min-weight": 40}
#ifndef ACTORGRAPH_GRAPH_GRAPH_FILTER_H_
#define ACTORGRAPH_GRAPH_GRAPH_FILTER_H_

#include <cstdint>
#include <map>
#include <string>

#include "graph/actor_graph.h"
#include "graph/graph_query.h"

namespace actorgraph {

struct ExportFilter {
  // Which edges are written; by default only asserted ones.  The edge's
  // source and target fields are not used.
  EdgeFilter edges = AssertedOnly();
  bool drop_isolates = false;  // leave out actors with no edge left

  static EdgeFilter AssertedOnly();
};

struct FilterReport {
  // Relation mentions (edge weights) left out, by reason: a modality name
  // ("future", "hypothetical"), "relation", "weight" or "date".  An edge
  // counts under the first reason, in that order.
  std::map<std::string, int64_t> mentions_by_reason;
  int64_t edges_left_out = 0;
  int64_t actors_left_out = 0;
  int64_t mentions_left_out() const;
};

// The actors and the edges of `graph` that pass `filter`.
ActorGraph FilterGraph(const ActorGraph& graph, const ExportFilter& filter,
                       FilterReport* report);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_GRAPH_FILTER_H_
