#include "extract/stages/agreement_anaphors.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph {

const char kAgreementAnaphor[] = "agreement_anaphor";

namespace {

constexpr int kSentencesBack = 4;
// Tokens between an agreement noun and the "with" or "between" naming its
// parties ("a trade deal on beef with Chile").
constexpr uint32_t kPartyReach = 4;

uint32_t SkipDeterminers(const DocAnalysis& d, uint32_t i, uint32_t end) {
  while (i < end && d.Is(i, d.cues.det)) ++i;
  return i;
}

// The one actor of the mention starting at i, or -1.
int ActorAt(const DocAnalysis& d, uint32_t i) {
  const ActorMention* m = d.MentionAt(i);
  return m && m->first == i && m->IsActor() && m->actors.size() == 1
             ? m->actors[0]
             : -1;
}

// The nearest actor before `at` in its sentence that is no possessive and
// that no preposition governs: the party that made the agreement.
int SubjectBefore(const DocAnalysis& d, uint32_t at) {
  const Sentence& s = d.SentenceOf(at);
  int found = -1;
  d.ForMentionsIn(s.first_token, at, [&](const ActorMention& m) {
    if (!m.IsActor() || m.actors.size() != 1 || m.possessive) return true;
    int64_t b = static_cast<int64_t>(m.first) - 1;
    while (b >= s.first_token && d.Is(b, d.cues.det)) --b;
    if (b < s.first_token || !d.Is(b, d.cues.preposition)) found = m.actors[0];
    return true;
  });
  return found;
}

// The two parties the agreement noun at t names: "with Y" (and the actor
// before it) or "between X and Y"; empty when it names none.
std::vector<int> PartiesAt(const DocAnalysis& d, uint32_t t) {
  const uint32_t end = d.SentenceOf(t).end_token;
  for (uint32_t k = t + 1; k < end && k <= t + kPartyReach; ++k) {
    if (d.KeyIs(k, ",") || d.KeyIs(k, ".") || d.KeyIs(k, ";")) break;
    int x = -1, y = -1;
    if (d.Is(k, d.cues.agreement_with)) {
      y = ActorAt(d, SkipDeterminers(d, k + 1, end));
      x = y >= 0 ? SubjectBefore(d, t) : -1;
    } else if (d.Is(k, d.cues.agreement_between)) {
      uint32_t first = SkipDeterminers(d, k + 1, end);
      x = ActorAt(d, first);
      const ActorMention* m = x >= 0 ? d.MentionAt(first) : nullptr;
      if (m && d.Is(m->end, d.cues.additive)) {
        y = ActorAt(d, SkipDeterminers(d, m->end + 1, end));
      }
    } else {
      continue;
    }
    if (x >= 0 && y >= 0 && x != y) return {x, y};
    return {};
  }
  return {};
}

// "the deal" is no "deals with Canada and Japan".
bool IsPlural(const DocAnalysis& d, uint32_t i) {
  std::string_view k = d.Key(i);
  return k.size() > 2 && k.back() == 's' && k[k.size() - 2] != 's';
}

bool IsDefinite(const DocAnalysis& d, uint32_t i) {
  return d.Is(i, d.cues.anaphor_determiner);
}

}  // namespace

void ResolveAgreementAnaphors(DocAnalysis* doc) {
  const int agreement = doc->lexicon.ClassId("agreement");
  if (agreement < 0) return;
  std::vector<ActorMention> found;
  for (uint32_t i = 1; i < doc->size(); ++i) {
    if (!doc->lexicon.InClass(doc->word[i], agreement) ||
        !IsDefinite(*doc, i - 1) || doc->covering[i] >= 0 ||
        doc->covering[i - 1] >= 0 || !PartiesAt(*doc, i).empty()) {
      continue;
    }
    int from_sentence = std::max(0, doc->sentence_of[i] - kSentencesBack);
    int64_t from = doc->text.sentences[from_sentence].first_token;
    std::vector<int> parties;
    for (int64_t t = static_cast<int64_t>(i) - 2; t >= from && parties.empty();
         --t) {
      if (doc->lexicon.InClass(doc->word[t], agreement) &&
          IsPlural(*doc, static_cast<uint32_t>(t)) == IsPlural(*doc, i)) {
        parties = PartiesAt(*doc, static_cast<uint32_t>(t));
      }
    }
    if (parties.empty()) continue;
    ActorMention m;
    m.first = i - 1;
    m.end = i + 1;
    m.sentence = doc->sentence_of[i];
    for (int a : parties) m.actors.push_back(a);
    m.kind = MentionKind::kGroup;
    m.how = kAgreementAnaphor;
    found.push_back(std::move(m));
  }
  doc->AddDisjointMentions(std::move(found));
}

}  // namespace actorgraph
