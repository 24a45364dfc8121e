// The options and the graph source that several queries of `actorgraph
// query` share: the edge filters (--relation, --exclude-relations,
// --polarity, --modality, --min-weight, --since, --until), --type, --limit,
// and the graph file, read once a query's options have been checked.
//
//   GraphSource source(path);
//   EdgeFilter filter = FilterOptions(args, "any");
//   size_t limit = LimitOption(args);
//   std::string type = TypeOption(args, source);  // reads the graph
//   CheckRelations(args, source, filter);
//   const ActorNode& a = source.Actor("Putin");  // exit 1 when unknown
#ifndef ACTORGRAPH_CLI_QUERY_OPTIONS_H_
#define ACTORGRAPH_CLI_QUERY_OPTIONS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "cli/args.h"
#include "export/graph_reader.h"
#include "extract/base/user_error.h"
#include "graph/actor_lookup.h"
#include "graph/graph_query.h"

namespace actorgraph {

// The graph, read only once a query's options have been checked.
class GraphSource {
 public:
  explicit GraphSource(std::string path) : path_(std::move(path)) {}
  const ActorGraph& graph() {
    if (!graph_) graph_ = ReadGraphFile(path_);
    return *graph_;
  }
  const GraphIndex& index() {
    if (!index_) index_.emplace(graph());
    return *index_;
  }
  const ActorNode& Actor(const std::string& name) {
    if (!lookup_) lookup_.emplace(graph());
    ActorMatch match = lookup_->Resolve(name);
    if (match.actor == nullptr) {
      throw UserError(
          std::string("actorgraph query") + ": " + DescribeFailure(name, match),
          kExitFailure);
    }
    return *match.actor;
  }

 private:
  std::string path_;
  std::optional<ActorGraph> graph_;
  std::optional<GraphIndex> index_;
  std::optional<ActorLookup> lookup_;
};

// --since/--until DATE: YYYY, YYYY-MM or YYYY-MM-DD.
std::string DateOption(Args& args, const std::string& name);
// The edge filters; `default_polarity` is "any", "positive" or "negative".
EdgeFilter FilterOptions(Args& args, const std::string& default_polarity);
// A relation the graph has no edge of is a typo more often than a question.
void CheckRelations(Args& args, GraphSource& source, const EdgeFilter& f);
// --type T: one of the graph's actor types ("person" is Person); "" none.
std::string TypeOption(Args& args, GraphSource& source);
// --limit N: at most N rows (0: all).
size_t LimitOption(Args& args);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_QUERY_OPTIONS_H_
