// Builds the actors and relation mentions that test fixtures put into
// graphs, so that every fixture graph is a table of its own facts:
//
//   graph.AddActor(MakeActor("country:RUS", "Russia", "Country", {"RF"}));
//   RelationMention m = MakeRelation("country:IRN", "supplies", "country:RUS");
//   m.evidence.text = "Tehran keeps shipping drones to Moscow.";
//   m.evidence.sentence_start = 40;
//   PlaceMentions(&m.evidence, "Tehran", "Moscow");  // spans in code points
//   graph.AddRelation(m);
#ifndef ACTORGRAPH_TESTS_ACTOR_FIXTURE_H_
#define ACTORGRAPH_TESTS_ACTOR_FIXTURE_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/model/evidence.h"

namespace actorgraph {
namespace testing {

inline ActorInfo MakeActor(const std::string& id, const std::string& label,
                           const std::string& type,
                           std::vector<std::string> aliases = {},
                           int64_t mentions = 1) {
  ActorInfo a;
  a.id = id;
  a.label = label;
  a.type = type;
  a.aliases = std::move(aliases);
  a.mentions = mentions;
  return a;
}

// A positive, asserted, non-symmetric mention of SOURCE -relation-> TARGET
// with an empty evidence; the caller sets what its test needs.
inline RelationMention MakeRelation(const std::string& source,
                                    const std::string& relation,
                                    const std::string& target) {
  RelationMention m;
  m.source = source;
  m.relation = relation;
  m.target = target;
  return m;
}

// Code points in the first `bytes` bytes of `utf8`.
inline int64_t CodePoints(const std::string& utf8, size_t bytes) {
  int64_t n = 0;
  for (size_t i = 0; i < bytes && i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Sets the source and target spans of `e` and the matched span, which
// covers both.
inline void SetSpans(Evidence* e, int64_t source_start, int64_t source_end,
                     int64_t target_start, int64_t target_end) {
  e->source_start = source_start;
  e->source_end = source_end;
  e->target_start = target_start;
  e->target_end = target_end;
  e->start = std::min(source_start, target_start);
  e->end = std::max(source_end, target_end);
}

// Sets the spans of `e` to where `source_text` and `target_text` first
// stand in e->text, a sentence that starts at code point e->sentence_start
// of its document.
inline void PlaceMentions(Evidence* e, const std::string& source_text,
                          const std::string& target_text) {
  const int64_t s =
      e->sentence_start + CodePoints(e->text, e->text.find(source_text));
  const int64_t t =
      e->sentence_start + CodePoints(e->text, e->text.find(target_text));
  SetSpans(e, s, s + CodePoints(source_text, source_text.size()), t,
           t + CodePoints(target_text, target_text.size()));
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_ACTOR_FIXTURE_H_
