#include "cli/query_text.h"

#include <cstdio>

namespace actorgraph {

std::string Score(double score, Centrality kind) {
  if (kind == Centrality::kDegree || kind == Centrality::kWeightedDegree) {
    return std::to_string(static_cast<int64_t>(score));
  }
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", score);
  return text;
}

std::string StepDirection(const PathStep& step) {
  if (step.edge->symmetric) return "--";
  return step.edge->source == step.from->info.id ? "->" : "<-";
}

std::string Chain(const ActorNode& from, const std::vector<PathStep>& steps) {
  std::string chain = from.info.label;
  for (const PathStep& step : steps) {
    std::string relation = step.edge->relation;
    if (step.edge->polarity == Polarity::kNegative)
      relation = "not " + relation;
    std::string direction = StepDirection(step);
    chain +=
        direction == "<-" ? " <-" + relation + "- " : " -" + relation + "-";
    if (direction == "->") chain += ">";
    if (direction != "<-") chain += " ";
    chain += step.to->info.label;
  }
  return chain;
}

}  // namespace actorgraph
