#include "extract/rules/gazetteer.h"

#include <algorithm>

namespace actorgraph {
namespace {

uint64_t EdgeKey(int node, int word) {
  return static_cast<uint64_t>(static_cast<uint32_t>(node)) << 32 |
         static_cast<uint32_t>(word);
}

}  // namespace

int Gazetteer::DeepChild(int node, int word) const {
  return children_.Find(EdgeKey(node, word));
}

void Gazetteer::Add(const std::vector<int>& words, const GazetteerHit& hit) {
  if (words.empty()) return;
  int node = 0;
  for (int w : words) {
    int next = Child(node, w);
    if (next < 0) {
      next = static_cast<int>(nodes_.size());
      nodes_.emplace_back();
      if (node == 0) {
        if (root_children_.size() <= static_cast<size_t>(w)) {
          root_children_.resize(w + 1, -1);
        }
        root_children_[w] = next;
      } else {
        children_.Insert(EdgeKey(node, w), next);
      }
    }
    node = next;
  }
  for (const GazetteerHit& h : nodes_[node].hits) {
    if (h.actor == hit.actor && h.kind == hit.kind) return;
  }
  nodes_[node].hits.push_back(hit);
  ++entries_;
}

std::vector<Gazetteer::Match> Gazetteer::MatchesFrom(
    const std::vector<int>& word_ids, size_t pos, size_t end) const {
  std::vector<Match> out;
  int node = 0;
  for (size_t i = pos; i < end; ++i) {
    if (word_ids[i] < 0) break;
    node = Child(node, word_ids[i]);
    if (node < 0) break;
    if (!nodes_[node].hits.empty()) {
      out.push_back(Match{static_cast<int>(i - pos + 1), &nodes_[node].hits});
    }
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace actorgraph
