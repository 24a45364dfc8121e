// Reading back the GraphML that the graphml writer produces, losing nothing the
// graph holds: actors with all their fields, edges with weight, dates and
// every kept evidence record (from the evidence_json attribute).
//
//   ActorGraph graph = ReadGraphml("out/graph.graphml");
//
// Keys are matched by attr.name, so files that other tools rewrote (same
// names, other key ids, extra keys) still load; unknown keys are ignored.
// Errors are UserError "path:line:col: reason" (kExitIo when the file
// cannot be read).
#ifndef ACTORGRAPH_EXPORT_GRAPHML_READER_H_
#define ACTORGRAPH_EXPORT_GRAPHML_READER_H_

#include <string>

#include "graph/actor_graph.h"

namespace actorgraph {

ActorGraph ReadGraphml(const std::string& path);
// The same from text in memory; `name` is used in error messages.
ActorGraph ParseGraphml(std::string text, const std::string& name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_GRAPHML_READER_H_
