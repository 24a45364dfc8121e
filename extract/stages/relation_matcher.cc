#include "extract/stages/relation_matcher.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "extract/stages/clause_modality.h"
#include "extract/stages/match_trace.h"
#include "extract/stages/pattern_matcher.h"

namespace actorgraph {
namespace {

// A group's pairs go once for a symmetric relation and both ways for a
// directed one: "X and Y postponed their meeting" is each postponing it
// with the other.
void EmitPairs(const Binding& b, const PatternRule& rule, int rule_index,
               bool symmetric, uint32_t anchor, int sentence, Polarity polarity,
               Modality modality, std::vector<RelationHit>* out) {
  RelationHit h;
  h.rule = rule_index;
  h.relation = rule.relation;
  h.first = b.first;
  h.end = b.end;
  h.anchor = anchor;
  h.sentence = sentence;
  h.polarity = polarity;
  h.modality = modality;
  auto emit = [&](const Member& s, const Member& t) {
    if (s.actor == t.actor) return;
    h.source = s.actor;
    h.target = t.actor;
    h.source_first = s.first;
    h.source_end = s.end;
    h.target_first = t.first;
    h.target_end = t.end;
    out->push_back(h);
  };
  if (b.group.set) {
    const std::vector<Member>& g = b.group.members;
    for (size_t i = 0; i < g.size(); ++i) {
      for (size_t j = i + 1; j < g.size(); ++j) {
        emit(g[i], g[j]);
        if (!symmetric) emit(g[j], g[i]);
      }
    }
  }
  for (const Member& s : b.a.members) {
    for (const Member& t : b.b.members) emit(s, t);
  }
}

// Can any pattern match in sentence s?  Every hit pairs two different
// actors of mentions (country adjectives included) in the sentence, or just
// past its end (a list item right after the last token), so a sentence with
// fewer is skipped before any pattern is tried; most sentences of news have
// none.
bool HasTwoActors(const DocAnalysis& d, const Sentence& s) {
  constexpr uint32_t kLookahead = 16;  // well beyond any list joiner
  int first_actor = -1;
  for (uint32_t i = s.first_token; i < s.end_token + kLookahead && i < d.size();
       ++i) {
    const ActorMention* m = d.MentionAt(i);
    // A country adjective may be a target ("the American proposal").
    if (!m || (!m->IsActor() && m->kind != MentionKind::kAdjective)) continue;
    for (int a : m->actors) {
      if (first_actor < 0) first_actor = a;
      if (a != first_actor) return true;
    }
  }
  return false;
}

// The words a sentence holds, as WordSignatureBit bits (a pattern's words
// all lie inside the sentence).
uint64_t SentenceSignature(const DocAnalysis& d, const Sentence& s) {
  uint64_t signature = 0;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    signature |= WordSignatureBit(d.word[i]);
  }
  return signature;
}

// Thousands of patterns share few anchors: most of those anchored at a
// token need a word the sentence lacks, and are skipped for one AND each.
bool MayMatch(const PatternRule& rule, uint64_t signature) {
  for (uint64_t mask : rule.required) {
    if ((mask & signature) == 0) return false;
  }
  return true;
}

// The overlap policy (ontology/README.md): a pattern of a later rules file
// is dropped where a relations.rules pattern matched the same two actors
// on the same anchor token; the rest go in file rank order (stable, so
// token and file order stay within a rank), and the first of each relation
// mention becomes its evidence.
void PreferHandWritten(const std::vector<PatternRule>& patterns,
                       std::vector<RelationHit>* hits) {
  auto rank = [&](const RelationHit& h) { return patterns[h.rule].rank; };
  bool mixed = false;
  for (const RelationHit& h : *hits) mixed = mixed || rank(h) > 0;
  if (!mixed) return;
  std::set<std::tuple<uint32_t, int, int>> hand_written;
  for (const RelationHit& h : *hits) {
    if (rank(h) != 0) continue;
    hand_written.insert(
        {h.anchor, std::min(h.source, h.target), std::max(h.source, h.target)});
  }
  std::vector<RelationHit> kept;
  for (const RelationHit& h : *hits) {
    if (rank(h) > 0 &&
        hand_written.count({h.anchor, std::min(h.source, h.target),
                            std::max(h.source, h.target)})) {
      continue;
    }
    kept.push_back(h);
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [&](const RelationHit& x, const RelationHit& y) {
                     return rank(x) < rank(y);
                   });
  *hits = std::move(kept);
}

}  // namespace

std::vector<RelationHit> MatchRelations(const DocAnalysis& d) {
  std::vector<RelationHit> hits;
  const std::vector<PatternRule>& patterns = d.ontology.patterns();
  for (size_t si = 0; si < d.text.sentences.size(); ++si) {
    const Sentence& s = d.text.sentences[si];
    std::vector<RelationHit> sentence_hits;
    if (d.trace) d.TraceLine(TokensLine(d, si));
    if (!HasTwoActors(d, s)) {
      if (d.trace) {
        d.TraceLine("sentence " + std::to_string(si) +
                    ": fewer than two actors, no pattern tried");
      }
      continue;
    }
    const uint64_t signature = SentenceSignature(d, s);
    // Keys hold the sentence: duplicates are sought within it only.
    std::set<std::tuple<int, int, int, int, int>> seen;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      for (int p : d.ontology.PatternsAnchoredAt(d.word[t])) {
        const PatternRule& rule = patterns[p];
        if (!MayMatch(rule, signature)) {
          if (d.trace) d.TraceLine(AbsentWordLine(d, rule, t));
          continue;
        }
        Binding b;
        MatchMiss miss;
        if (!MatchPattern(d, rule, s, t, &b, d.trace ? &miss : nullptr)) {
          if (d.trace) d.TraceLine(NearMissLine(d, rule, t, miss));
          continue;
        }
        Polarity pol = DecidePolarity(d, b, t, s, rule.literal);
        if (rule.negative) {
          pol = pol == Polarity::kPositive ? Polarity::kNegative
                                           : Polarity::kPositive;
        }
        Modality mod = DecideModality(d, b, t, s);
        // "wouldn't be helping Russia": a refusal is stated now, whatever
        // tense it is put in; only a supposed one stays hypothetical.
        if (pol == Polarity::kNegative && mod == Modality::kFuture) {
          mod = Modality::kAsserted;
        }
        if (d.trace) {
          d.TraceLine("rule " + rule.id + " matched '" +
                      std::string(d.Surface(b.first, b.end)) + "' (" +
                      PolarityName(pol) + ", " + ModalityName(mod) + ")");
        }
        EmitPairs(b, rule, p, d.ontology.relations()[rule.relation].symmetric,
                  t, static_cast<int>(si), pol, mod, &sentence_hits);
      }
    }
    PreferHandWritten(patterns, &sentence_hits);
    for (const RelationHit& h : sentence_hits) {
      auto key = std::make_tuple(h.source, h.relation, h.target,
                                 static_cast<int>(h.polarity), h.sentence);
      const RelationDef& def = d.ontology.relations()[h.relation];
      auto reverse = std::make_tuple(h.target, h.relation, h.source,
                                     static_cast<int>(h.polarity), h.sentence);
      if (seen.count(key) || (def.symmetric && seen.count(reverse))) continue;
      seen.insert(key);
      hits.push_back(h);
    }
  }
  return hits;
}

}  // namespace actorgraph
