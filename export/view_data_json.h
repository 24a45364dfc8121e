// ViewDataJson: the data block of the HTML view (export/html_writer.cc).
//
//   std::string json = ViewDataJson(graph, LayoutActors(graph, {}));
//   // <script type="application/json" id="graph-data">json</script>
//
// One JSON object: "actors" in graph.Actors() order with their layout
// position, "edges" in graph.Edges() order with actor indices "s"/"t" and
// their evidence.  Mention offsets of an evidence record are code points
// from the start of its sentence ("source": [start, end], "target", "span"),
// so the page can mark them with Array.from(text).  '<', '>' and '&' are
// written as \u003c, \u003e, \u0026, which keeps the JSON valid and makes
// it safe to embed in a <script> element whatever the labels contain.
#ifndef ACTORGRAPH_EXPORT_VIEW_DATA_JSON_H_
#define ACTORGRAPH_EXPORT_VIEW_DATA_JSON_H_

#include <string>
#include <vector>

#include "graph/actor_graph.h"
#include "graph/layout.h"

namespace actorgraph {

// `positions` is parallel to graph.Actors().
std::string ViewDataJson(const ActorGraph& graph,
                         const std::vector<Point>& positions);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_VIEW_DATA_JSON_H_
