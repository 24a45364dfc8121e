#include "extract/ingest/duplicates.h"

namespace actorgraph {
namespace {

// FNV-1a: fast, and the same on every machine.
uint64_t TextHash(const std::string& text) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

bool DuplicateFilter::Admit(const Document& doc, const std::string& where,
                            std::string* why) {
  auto [at, fresh] = first_by_id_.emplace(doc.id, where);
  if (!fresh) {
    ++repeated_ids_;
    *why = where + ": repeated document id '" + doc.id + "' (first at " +
           at->second + "), skipped";
    return false;
  }
  if (!same_text_) return true;
  auto [same, new_text] = first_by_text_.emplace(
      std::make_pair(TextHash(doc.text), doc.text.size()),
      std::make_pair(doc.id, where));
  if (!new_text) {
    ++repeated_texts_;
    *why = where + ": same text as document '" + same->second.first + "' (" +
           same->second.second + "), skipped";
    return false;
  }
  return true;
}

}  // namespace actorgraph
