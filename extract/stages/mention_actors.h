// MentionActors: the actors one mention refers to, held inline.  A mention
// names one actor, or two for a group ("the pair", "the Russian and
// Chinese armed forces"); a long document holds millions of mentions, so
// the list lives in the mention rather than on the heap.
//
//   MentionActors a = {person};
//   a.push_back(other);          // a group of two; a third throws
//   for (int actor : a) ...
//
// Actor indexes are never negative: -1 marks a free place, which keeps a
// list in 8 bytes.
#ifndef ACTORGRAPH_EXTRACT_STAGES_MENTION_ACTORS_H_
#define ACTORGRAPH_EXTRACT_STAGES_MENTION_ACTORS_H_

#include <cstddef>
#include <initializer_list>
#include <stdexcept>

namespace actorgraph {

class MentionActors {
 public:
  static constexpr size_t kMax = 2;

  MentionActors() = default;
  MentionActors(std::initializer_list<int> actors) {
    for (int a : actors) push_back(a);
  }

  size_t size() const { return ids_[0] < 0 ? 0 : ids_[1] < 0 ? 1 : 2; }
  bool empty() const { return ids_[0] < 0; }
  int operator[](size_t i) const { return ids_[i]; }
  const int* begin() const { return ids_; }
  const int* end() const { return ids_ + size(); }

  void push_back(int actor) {
    size_t n = size();
    if (n == kMax) {
      throw std::length_error("a mention refers to at most two actors");
    }
    if (actor < 0) throw std::invalid_argument("no actor index");
    ids_[n] = actor;
  }
  void assign(size_t n, int actor) {
    ids_[0] = ids_[1] = -1;
    for (size_t k = 0; k < n; ++k) push_back(actor);
  }

 private:
  int ids_[kMax] = {-1, -1};
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_MENTION_ACTORS_H_
