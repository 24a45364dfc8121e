#include "extract/stages/name_finder.h"

#include <algorithm>
#include <map>

#include "extract/stages/name_runs.h"
#include "extract/stages/name_typing.h"
#include "extract/stages/person_cues.h"
#include "extract/stages/score_lines.h"

namespace actorgraph {
namespace {

using name_typing::Classify;
using name_typing::Common;
using name_typing::CountryIn;
using name_typing::Has;
using name_typing::IsAcronym;
using name_typing::Kind;
using name_typing::PlaceWord;
using name_typing::TrimSentenceInitial;
using name_typing::Typed;
using B = NameLists;

std::string NormalCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter && !start && c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    start = !letter && c != '\'';
  }
  return out;
}

// The label of a name: its surface, in normal case when in capitals.
std::string LabelOf(const DocAnalysis& d, const NameRun& r) {
  std::string s(d.Surface(r.first, r.end));
  bool caps = true;
  for (uint32_t t = r.first; t < r.end; ++t) {
    if (d.Flag(t, kWord) && d.Key(t).size() > 1)
      caps = caps && d.Flag(t, kAllCaps);
  }
  if (caps && (r.end - r.first > 1 || d.Key(r.first).size() > 4))
    return NormalCase(s);
  return s;
}

// The actor type of a kind and the prefix of its ids; a place is a
// Location.
struct KindNames {
  const char* type;
  const char* id_prefix;
};

KindNames NamesOf(Kind k) {
  if (k == Kind::kPerson) return {"Person", "person:"};
  if (k == Kind::kOrganization) return {"Organization", "org:"};
  return {"Location", "location:"};
}

// Short forms that mean a typed name later (or earlier) in the document.
class ShortForms {
 public:
  void Add(const std::string& key, int actor) {
    auto [it, fresh] = map_.emplace(key, actor);
    if (!fresh && it->second != actor) it->second = -1;  // ambiguous
  }
  int Find(const std::string& key) const {
    auto it = map_.find(key);
    return it == map_.end() ? -1 : it->second;
  }

 private:
  std::map<std::string, int> map_;
};

std::string Initials(const DocAnalysis& d, const NameRun& r, bool suffix) {
  std::string s;
  for (uint32_t t = r.first; t < r.end; ++t) {
    if (!d.Flag(t, kCapitalized) || d.MentionAt(t) || d.KeyIs(t, ".")) continue;
    if (!suffix && Has(d, t, B::kCompanySuffix) && t > r.first) continue;
    s += d.Key(t)[0];
  }
  return s;
}

void Register(const DocAnalysis& d, const Typed& t, ShortForms* forms) {
  const NameRun& r = t.run;
  const NameLists& n = d.ontology.names();
  auto add = [&](const std::string& key) {
    if (!n.Split(key, r.key)) forms->Add(key, t.actor);
  };
  add(r.key);
  uint32_t last = r.end - 1;
  if (t.kind == Kind::kPerson && r.end - r.first > 1 && !Common(d, last)) {
    add(std::string(d.Key(last)));
  }
  if (t.kind != Kind::kOrganization) return;
  uint32_t e = r.end;
  while (e > r.first + 1 &&
         (Has(d, e - 1, B::kCompanySuffix) || d.KeyIs(e - 1, ".")))
    --e;
  if (e < r.end) add(RunKey(d, r.first, e));
  if (r.end - r.first > 1 && !Common(d, r.first) && !d.MentionAt(r.first) &&
      !Has(d, r.first, B::kGivenName)) {
    add(std::string(d.Key(r.first)));
  }
  for (bool suffix : {false, true}) {
    std::string i = Initials(d, r, suffix);
    if (i.size() >= 2) add(i);
  }
  // "the Interstate Commerce Commission (ICC)".
  if (d.KeyIs(r.end, "(") && IsAcronym(d, r.end + 1) &&
      d.KeyIs(r.end + 2, ")")) {
    add(std::string(d.Key(r.end + 1)));
  }
}

int ActorOf(DocAnalysis* d, Typed* t) {
  const NameLists& n = d->ontology.names();
  ActorInfo info;
  const KindNames names = NamesOf(t->kind);
  info.type = names.type;
  info.label = LabelOf(*d, t->run);
  if (const std::string* full = n.MergedInto(t->run.key)) info.label = *full;
  info.id = names.id_prefix + ActorSlug(info.label);
  if (t->kind == Kind::kPlace) {
    if (const Place* p = n.FindPlace(t->run.key)) {
      int e = n.CountryEntry(p->iso2);
      if (e >= 0) info.affiliation = d->ontology.actors().entries()[e].info.id;
    }
  }
  int a = d->ActorFor(info, -1);
  if (t->state && t->country >= 0) d->actors[a].acts_for = t->country;
  return a;
}

void Relabel(DocAnalysis* d, const std::vector<Typed>& found) {
  std::vector<uint32_t> best(d->actors.size(), 0);
  for (const Typed& t : found) {
    if (t.actor < 0) continue;
    uint32_t n = t.run.end - t.run.first;
    DocActor& a = d->actors[t.actor];
    if (a.entry >= 0 || n <= best[t.actor]) continue;
    if (!d->ontology.names().MergedInto(t.run.key))
      a.info.label = LabelOf(*d, t.run);
    best[t.actor] = n;
  }
}

void AddMentions(DocAnalysis* d, const std::vector<Typed>& found) {
  d->SyncMentions();  // `covering` indexes `mentions` below
  std::vector<ActorMention> add;
  std::vector<bool> replaced(d->mentions.size(), false);
  for (const Typed& t : found) {
    if (t.actor < 0 || t.run.end <= t.run.first) continue;
    ActorMention m;
    m.first = t.run.first;
    m.end = t.run.end;
    m.sentence = t.run.sentence;
    m.actors = {t.actor};
    m.how = t.how;
    m.possessive = d->Is(m.end, d->cues.genitive);
    for (uint32_t i = m.first; i < m.end; ++i) {
      if (d->covering[i] >= 0) replaced[d->covering[i]] = true;
    }
    add.push_back(std::move(m));
  }
  // Compacts in place: a long document holds millions of mentions.
  std::vector<ActorMention>& ms = d->mentions;
  size_t kept = 0;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (replaced[i]) continue;
    if (kept != i) ms[kept] = std::move(ms[i]);
    ++kept;
  }
  ms.resize(kept);
  d->AddDisjointMentions(std::move(add));
}

// "General Electric Co", "Exxon Corp": a company the gazetteer knows keeps
// its name's suffix, so that "Co" is no company of its own.
constexpr uint32_t kMaxCompanyWords = 4;

// A capitalized word, a period between such words, or "and" or "&" before
// a suffix ("and Co", not "and Lear Corp").
bool SuffixSpanToken(const DocAnalysis& d, uint32_t t, uint32_t first) {
  if (d.Flag(t, kCapitalized) && d.Flag(t, kWord)) {
    bool after_and = d.Is(t - 1, d.cues.additive) || d.KeyIs(t - 1, "&");
    return !after_and || Has(d, t, B::kCompanySuffix);
  }
  bool joins = d.Is(t, d.cues.additive) || d.KeyIs(t, "&");
  return (joins || (d.KeyIs(t, ".") && t > first)) &&
         d.Flag(t + 1, kCapitalized);
}
void ExtendOverSuffixes(DocAnalysis* d) {
  bool changed = false;
  for (size_t k = 0; k < d->mentions.size(); ++k) {
    ActorMention& m = d->mentions[k];
    if (m.kind != MentionKind::kName || m.actors.size() != 1 || m.possessive ||
        d->actors[m.actors[0]].info.type != "Organization") {
      continue;
    }
    uint32_t limit = k + 1 < d->mentions.size()
                         ? d->mentions[k + 1].first
                         : static_cast<uint32_t>(d->size());
    // "Toyota Motor Corp", "Merrill Lynch and Co. Inc": words of its own
    // before the suffix too.
    uint32_t e = m.end;
    for (uint32_t t = m.end;
         t < limit && t < m.end + kMaxCompanyWords &&
         d->sentence_of[t] == m.sentence && SuffixSpanToken(*d, t, m.end);
         ++t) {
      if (Has(*d, t, B::kCompanySuffix)) e = t + 1;
    }
    if (e == m.end) continue;
    if (m.name_end) m.name_end = e;
    m.end = e;
    m.possessive = d->Is(e, d->cues.genitive);
    changed = true;
  }
  if (changed) d->RebuildCovering();
}

// A town's name or an untyped one may name a team ("Leicester 2 Chelsea
// 1"); a person's ("M. Butcher 34") and a shouted headline may not.
bool MayBeTeam(const DocAnalysis& d, const Typed& t) {
  if (t.kind == Kind::kPlace) return true;
  if (t.kind != Kind::kNone || t.run.shouting) return false;
  for (uint32_t i = t.run.first; i < t.run.end; ++i) {
    if (d.KeyIs(i, ".")) return false;  // an initial
  }
  return true;
}

// A run that is an actor of its own when no longer name of the document
// claims it: a place or a given name in capitals, a one-word place.
bool StandsAlone(const Typed& t) {
  if (t.run.shouting) {
    std::string_view how = t.how;
    return t.kind == Kind::kPlace ||
           (t.kind != Kind::kNone &&
            (how == "given_name" || how == "score_line"));
  }
  return PlaceWord(t);
}

}  // namespace

void FindNames(DocAnalysis* doc) {
  DocAnalysis& d = *doc;
  if (d.ontology.names().empty()) return;
  ExtendOverSuffixes(doc);
  std::vector<Typed> found;
  for (NameRun& r : FindNameRuns(d)) {
    Typed t;
    t.run = std::move(r);
    t.kind = Classify(d, &t);
    TrimSentenceInitial(d, &t);
    if (t.run.end <= t.run.first) continue;
    if (MayBeTeam(d, t) && InScoreLine(d, t.run)) {
      t.kind = Kind::kOrganization;
      t.how = "score_line";
    }
    found.push_back(std::move(t));
  }
  ShortForms forms;
  for (Typed& t : found) {
    if (t.kind == Kind::kNone || t.run.shouting || PlaceWord(t)) continue;
    t.country = CountryIn(d, t.run);
    t.actor = ActorOf(doc, &t);
    Register(d, t, &forms);
  }
  for (Typed& t : found) {
    if (t.actor >= 0) continue;
    int a = forms.Find(t.run.key);
    if (a >= 0) {
      t.actor = a;
      t.how = "short_name";
    } else if (StandsAlone(t)) {
      t.actor = ActorOf(doc, &t);
    }
  }
  Relabel(doc, found);
  AddMentions(doc, found);
}

}  // namespace actorgraph
