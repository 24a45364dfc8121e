// IdMap: a hash map from 64-bit keys to non-negative ints in one flat array
// (open addressing, linear probing, at most half full).  A lookup that
// misses the CPU cache touches one line of the array, where
// std::unordered_map reads a bucket, then a node; the gazetteer's trie
// steps, taken for most tokens of every document, use it.  The slots are
// plain bytes, so the ontology cache stores and loads them in one copy.
//
//   IdMap m;
//   m.Insert(key, 7);      // a second Insert of the key replaces the value
//   int v = m.Find(key);   // -1 when absent
#ifndef ACTORGRAPH_EXTRACT_BASE_ID_MAP_H_
#define ACTORGRAPH_EXTRACT_BASE_ID_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace actorgraph {

class IdMap {
 public:
  int Find(uint64_t key) const {
    if (slots_.empty()) return -1;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Home(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value < 0) return -1;
      if (s.key_high == High(key) && s.key_low == Low(key)) return s.value;
    }
  }

  void Insert(uint64_t key, int value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    if (Place(key, value)) ++size_;
  }

  size_t size() const { return size_; }

 private:
  // The ontology cache stores every member (extract/rules/ontology_codec.h).
  template <typename T>
  friend struct Fields;

  // Two 32-bit halves keep the slot at 12 bytes with no padding, so that
  // its bytes (stored by the cache) are all defined.
  struct Slot {
    uint32_t key_high = 0, key_low = 0;
    int32_t value = -1;  // -1: empty
  };

  static uint32_t High(uint64_t key) {
    return static_cast<uint32_t>(key >> 32);
  }
  static uint32_t Low(uint64_t key) { return static_cast<uint32_t>(key); }
  // Fibonacci hashing: the multiply spreads keys that differ in low bits
  // (consecutive word ids) over the whole table.
  static size_t Home(uint64_t key) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20);
  }

  // True when the key was new.
  bool Place(uint64_t key, int value) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = Home(key) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.value < 0) {
        s = {High(key), Low(key), value};
        return true;
      }
      if (s.key_high == High(key) && s.key_low == Low(key)) {
        s.value = value;
        return false;
      }
    }
  }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot());
    for (const Slot& s : old) {
      if (s.value >= 0) {
        Place(static_cast<uint64_t>(s.key_high) << 32 | s.key_low, s.value);
      }
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_ID_MAP_H_
