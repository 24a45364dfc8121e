// Duplicate documents: the same id read twice (a file given twice, a
// corpus that repeats a record) and, when asked, the same text under two
// ids (wire copies of one article).  Both would count twice in every edge
// weight.
//
//   DuplicateFilter seen(/*same_text=*/true);
//   std::string why;
//   if (!seen.Admit(doc, "corpus.jsonl:12", &why)) warn(why);  // skipped
//
// The first occurrence is kept; a later one is refused with one line
// "WHERE: repeated document id 'X' (first at PLACE), skipped" or "WHERE:
// same text as document 'X' (PLACE), skipped".  Texts are compared by a
// 64-bit hash and their length, so memory stays small on large corpora.
#ifndef ACTORGRAPH_EXTRACT_INGEST_DUPLICATES_H_
#define ACTORGRAPH_EXTRACT_INGEST_DUPLICATES_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

#include "extract/model/document.h"

namespace actorgraph {

class DuplicateFilter {
 public:
  explicit DuplicateFilter(bool same_text) : same_text_(same_text) {}

  // False (and *why set) when `doc` repeats an earlier one; `where` names
  // this occurrence ("file:line" or "file").
  bool Admit(const Document& doc, const std::string& where, std::string* why);

  int64_t repeated_ids() const { return repeated_ids_; }
  int64_t repeated_texts() const { return repeated_texts_; }

 private:
  bool same_text_;
  std::unordered_map<std::string, std::string> first_by_id_;  // id -> where
  // (hash, length) -> (id, where) of the first document with that text.
  struct PairHash {
    size_t operator()(const std::pair<uint64_t, size_t>& p) const {
      return static_cast<size_t>(p.first ^ (p.second * 0x9E3779B97F4A7C15ull));
    }
  };
  std::unordered_map<std::pair<uint64_t, size_t>,
                     std::pair<std::string, std::string>, PairHash>
      first_by_text_;
  int64_t repeated_ids_ = 0, repeated_texts_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_INGEST_DUPLICATES_H_
