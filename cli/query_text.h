// How `actorgraph query` spells its results: centrality scores and paths
// ("Iran -supplies-> Russia <-met_with- China").
#ifndef ACTORGRAPH_CLI_QUERY_TEXT_H_
#define ACTORGRAPH_CLI_QUERY_TEXT_H_

#include <string>
#include <vector>

#include "graph/actor_graph.h"
#include "graph/algorithms.h"
#include "graph/graph_query.h"

namespace actorgraph {

// Degrees as whole numbers, other centralities with six digits.
std::string Score(double score, Centrality kind);

// "->" when the step follows the edge, "<-" against it, "--" symmetric.
std::string StepDirection(const PathStep& step);

// The path from `from` along `steps`, relations negated with "not".
std::string Chain(const ActorNode& from, const std::vector<PathStep>& steps);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_QUERY_TEXT_H_
