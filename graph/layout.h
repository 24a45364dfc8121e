// LayoutActors: 2-D positions for the actors of a graph, for drawing it.
//
//   std::vector<Point> xy = LayoutActors(graph, LayoutOptions());
//   // xy[i] is the position of graph.Actors()[i]
//
// Each connected component is laid out on its own (Kamada-Kawai for small
// ones, Fruchterman-Reingold otherwise) from initial positions hashed from
// the actor ids, then the components are packed on shelves, largest first,
// and isolated actors line up on a grid below instead of flying away.  The
// result depends only on the graph: same graph, same coordinates.  About
// `edge_length` units separate neighbours; the bounding box starts at 0,0.
#ifndef ACTORGRAPH_GRAPH_LAYOUT_H_
#define ACTORGRAPH_GRAPH_LAYOUT_H_

#include <cstddef>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

struct Point {
  double x = 0, y = 0;
};

struct LayoutOptions {
  double edge_length = 100;   // the ideal distance between neighbours
  double component_gap = 80;  // free space around each component
  // Isolated actors sit on a grid under the rest, this wide per actor:
  // room for a label.
  double isolated_width = 220;
  // Components up to this many actors use Kamada-Kawai (quadratic memory).
  size_t kamada_kawai_max_actors = 150;
  int iterations = 150;  // Fruchterman-Reingold cooling steps
};

std::vector<Point> LayoutActors(const ActorGraph& graph,
                                const LayoutOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_LAYOUT_H_
