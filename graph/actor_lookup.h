// ActorLookup: finds the actor a user means by a name typed on the command
// line, and suggests names when it finds none.
//
//   ActorLookup lookup(graph);
//   ActorMatch m = lookup.Resolve("erdogan");
//   if (m.actor == nullptr) Fail(DescribeFailure("erdogan", m));
//
// A name matches, in this order of preference: an actor id ("country:RUS",
// then ignoring case); a whole label or alias, ignoring case and accents
// ("recep tayyip erdogan", "Erdoğan"); a run of whole words of a label or
// alias ("erdogan", "xi").  A whole name is preferred, and among several
// the one whose label equals the name; it wins unless another candidate
// (of either kind) has more edges: "Baker" does not pick a lone actor
// called Baker over a connected James Baker.  Otherwise the match is
// ambiguous and lists the candidates, most connected first.  Suggestions
// for an unknown name are the labels closest by edit distance to the
// folded name or to the words of a label.
#ifndef ACTORGRAPH_GRAPH_ACTOR_LOOKUP_H_
#define ACTORGRAPH_GRAPH_ACTOR_LOOKUP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/base/suggest.h"  // EditDistance
#include "graph/actor_graph.h"

namespace actorgraph {

struct ActorMatch {
  const ActorNode* actor = nullptr;  // null when unknown or ambiguous
  // Set when `actor` is null: several actors match (most edges first,
  // then by label and id) ...
  std::vector<const ActorNode*> candidates;
  // ... or none does: the closest labels, best first.
  std::vector<std::string> suggestions;
};

class ActorLookup {
 public:
  // Indexes the labels and aliases of `graph`, which must outlive this.
  explicit ActorLookup(const ActorGraph& graph);

  ActorMatch Resolve(std::string_view name) const;

  // Labels within a small edit distance of `name`, closest first.
  std::vector<std::string> Suggest(std::string_view name,
                                   size_t max_suggestions = 3) const;

 private:
  std::vector<size_t> Pick(std::string_view name,
                           const std::vector<size_t>& preferred,
                           const std::vector<size_t>& all) const;

  const ActorGraph& graph_;
  std::vector<const ActorNode*> actors_;  // sorted by id
  std::vector<size_t> degree_;            // edges per actor, as actors_
  // Folded label or alias -> indexes into actors_.
  std::unordered_map<std::string, std::vector<size_t>> by_name_;
  // Folded label suffix of whole words ("xi", "jinping") -> actors_.
  std::unordered_map<std::string, std::vector<size_t>> by_words_;
};

// One line for the user: "unknown actor 'Putn' (did you mean: Vladimir
// Putin?)" or "ambiguous actor 'Kim' (candidates: Kim Jong Un
// [person:kim-jong-un], ...)".
std::string DescribeFailure(std::string_view name, const ActorMatch& match);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_ACTOR_LOOKUP_H_
