// Gazetteer: a token trie over every name, alias, adjective, metonym and
// short name of the ontology's actors.  Matching walks word ids, so one
// document costs one hash lookup per token plus the trie steps.
//
//   Gazetteer g;
//   g.Add(word_ids_of("the Kremlin"), {actor, SurfaceKind::kMetonym, ...});
//   std::vector<Gazetteer::Match> m = g.MatchesAt(ids, pos, end);
//   // longest first; the caller checks case and context
#ifndef ACTORGRAPH_EXTRACT_RULES_GAZETTEER_H_
#define ACTORGRAPH_EXTRACT_RULES_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/base/id_map.h"

namespace actorgraph {

enum class SurfaceKind : uint8_t {
  kName,       // the label or an alias: always the actor
  kAdjective,  // "Russian": the actor only with an agent noun or a role
  kMetonym,    // "the Kremlin", "Beijing": the actor when it acts
  kShortName,  // "Li": only once the full name appeared in the document
};

struct GazetteerHit {
  int actor = 0;  // index into the ontology's actor table
  SurfaceKind kind = SurfaceKind::kName;
  bool upper_case = false;  // an acronym ("US"): must be upper case in text
  bool capitalized = true;  // first token must start upper case in text
};

class Gazetteer {
 public:
  struct Match {
    int length = 0;  // tokens
    const std::vector<GazetteerHit>* hits = nullptr;
  };

  void Add(const std::vector<int>& words, const GazetteerHit& hit);
  // Every entry that starts at `pos`, longest first.  Most tokens start
  // none, so that answer is inline.
  std::vector<Match> MatchesAt(const std::vector<int>& word_ids, size_t pos,
                               size_t end) const {
    if (pos >= end || Child(0, word_ids[pos]) < 0) return {};
    return MatchesFrom(word_ids, pos, end);
  }
  size_t size() const { return entries_; }

  struct Node {
    std::vector<GazetteerHit> hits;
  };

 private:
  // The ontology cache stores every member (extract/rules/ontology_codec.h).
  template <typename T>
  friend struct Fields;

  std::vector<Match> MatchesFrom(const std::vector<int>& word_ids, size_t pos,
                                 size_t end) const;
  int Child(int node, int word) const {
    if (node == 0) {
      return static_cast<size_t>(word) < root_children_.size()
                 ? root_children_[word]
                 : -1;
    }
    return DeepChild(node, word);
  }
  int DeepChild(int node, int word) const;

  std::vector<Node> nodes_ = std::vector<Node>(1);
  // The root's children by word id (-1: none): every token with a word id
  // asks the root, so that step is an array read, not a hash lookup.
  std::vector<int> root_children_;
  IdMap children_;  // deeper steps
  size_t entries_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_GAZETTEER_H_
