#include "extract/stages/name_finder.h"

#include <algorithm>
#include <map>

#include "extract/stages/name_runs.h"
#include "extract/stages/person_cues.h"

namespace actorgraph {
namespace {

enum class Kind { kNone, kPerson, kOrganization, kPlace };

struct Typed {
  NameRun run;
  Kind kind = Kind::kNone;
  const char* how = "name";
  int country = -1;    // DocActor of a country inside the name
  bool state = false;  // a body of that country ("Japanese Foreign Ministry")
  int actor = -1;
};

using B = NameLists;

uint32_t Bits(const DocAnalysis& d, uint32_t i) {
  return d.ontology.names().Bits(d.Key(i));
}

bool Has(const DocAnalysis& d, uint32_t i, uint32_t bit) {
  return (Bits(d, i) & bit) != 0;
}

bool IsAcronym(const DocAnalysis& d, uint32_t i) {
  if (i >= d.size()) return false;
  std::string_view k = d.Key(i);
  return d.Flag(i, kAllCaps) && k.size() >= 2 && k.size() <= 6 &&
         !Has(d, i, B::kAcronymStop);
}

// A common English word that is not also a name ("Bank", not "John").
bool Common(const DocAnalysis& d, uint32_t i) {
  uint32_t b = Bits(d, i);
  return (b & B::kCommonWord) && !(b & (B::kGivenName | B::kNamePart));
}

bool StrongGiven(const DocAnalysis& d, uint32_t i) {
  uint32_t b = Bits(d, i);
  return (b & B::kGivenName) && !(b & B::kCommonWord);
}

// The words of a run, without periods and absorbed gazetteer mentions.
std::vector<uint32_t> Words(const DocAnalysis& d, const NameRun& r,
                            bool* has_gazetteer, int* gazetteer_count) {
  std::vector<uint32_t> w;
  *gazetteer_count = 0;
  for (uint32_t t = r.first; t < r.end; ++t) {
    if (const ActorMention* m = d.MentionAt(t)) {
      *has_gazetteer = true;
      ++*gazetteer_count;
      t = m->end - 1;
    } else if (d.Flag(t, kWord) && d.Flag(t, kCapitalized)) {
      w.push_back(t);
    }
  }
  return w;
}

int CountryIn(const DocAnalysis& d, const NameRun& r) {
  for (uint32_t t = r.first; t < r.end; ++t) {
    const ActorMention* m = d.MentionAt(t);
    if (m && d.actors[m->actors[0]].info.type == "Country") return m->actors[0];
  }
  return -1;
}

uint32_t Before(const DocAnalysis& d, const NameRun& r) {
  uint32_t s = d.text.sentences[r.sentence].first_token;
  uint32_t b = r.first;
  if (b > s && d.KeyIs(b - 1, ".")) --b;
  return b > s ? b - 1 : UINT32_MAX;
}

bool TitleBefore(const DocAnalysis& d, const NameRun& r) {
  uint32_t b = Before(d, r);
  if (b == UINT32_MAX) return false;
  return Has(d, b, B::kHonorific) || d.Is(b, d.cues.title) ||
         d.Is(b, d.cues.role);
}

// A capitalized title right after the run: "Soviet Trade [Minister]".
bool CapitalTitleAfter(const DocAnalysis& d, const NameRun& r) {
  return r.end < d.size() && d.Flag(r.end, kCapitalized) &&
         (d.Is(r.end, d.cues.title) || d.Is(r.end, d.cues.role));
}

bool ContextAfter(const DocAnalysis& d, const NameRun& r, uint32_t bit,
                  int pronoun_class) {
  uint32_t e = r.end;
  if (d.KeyIs(e, "'s")) ++e;
  if (e < d.size() && Has(d, e, bit) && !d.Flag(e, kCapitalized)) return true;
  return d.KeyIs(r.end, "said") && d.Is(r.end + 1, pronoun_class);
}

Kind OrgByHead(const DocAnalysis& d, const std::vector<uint32_t>& w,
               const NameRun& r, Typed* t) {
  for (size_t k = 1; k < w.size(); ++k) {
    if (Has(d, w[k], B::kCompanySuffix)) {
      t->how = "company_suffix";
      return Kind::kOrganization;
    }
  }
  bool joined_of = false;
  for (uint32_t i = r.first; i < r.end; ++i)
    joined_of = joined_of || d.KeyIs(i, "of");
  uint32_t head = w.empty() ? 0 : w.back();
  bool gazetteer_before = !w.empty() && head > r.first;
  if (!w.empty() && Has(d, head, B::kOrgHead) &&
      (w.size() >= 2 || gazetteer_before)) {
    t->how = "organization_head";
    t->state = Has(d, head, B::kStateHead);
    return Kind::kOrganization;
  }
  bool place_first = !w.empty() && Has(d, w[0], B::kPlaceHead);
  if (!w.empty() &&
      (Has(d, head, B::kPlaceHead) || (joined_of && place_first)) &&
      (w.size() >= 2 || gazetteer_before)) {
    t->how = "place_head";
    return Kind::kPlace;
  }
  if (joined_of) {
    t->how = "organization_of";
    return Kind::kOrganization;
  }
  // "Douglas & Lomason": no person's name has an ampersand.
  for (uint32_t i = r.first; i < r.end; ++i) {
    if (d.KeyIs(i, "&") && i > r.first && i + 1 < r.end) {
      t->how = "organization_and";
      return Kind::kOrganization;
    }
  }
  return Kind::kNone;
}

Kind PersonOrPlace(const DocAnalysis& d, const std::vector<uint32_t>& w,
                   const NameRun& r, bool has_gazetteer, Typed* t) {
  const NameLists& n = d.ontology.names();
  // "the Agriculture Department", "General Agreement": a title word before
  // an organization's head word or common words names no person.
  bool no_name = !w.empty();  // all common words
  for (uint32_t i : w) no_name = no_name && Common(d, i);
  for (uint32_t i : w) {
    no_name = no_name || Has(d, i, B::kOrgHead) || Has(d, i, B::kCompanySuffix);
  }
  if (!has_gazetteer && !no_name && TitleBefore(d, r)) {
    t->how = "title_name";
    return Kind::kPerson;
  }
  // "Russia's Belgorod region": the place stands for its possessor.
  bool possessed = r.first > 0 && d.KeyIs(r.first - 1, "'s");
  if (!has_gazetteer && !possessed && n.FindPlace(r.key)) {
    t->how = "place";
    return Kind::kPlace;
  }
  if (has_gazetteer || w.size() < 2) return Kind::kNone;
  // "Bristol Rovers", "Chicago White Sox": a town's name leading other name
  // words names a club or a firm there; "a Kansas Republican" describes a
  // person and names no one.
  bool place_first = w[0] == r.first && !Has(d, w[1], B::kPlaceHead) &&
                     n.FindPlace(std::string(d.Key(w[0])));
  if (place_first && r.first > 0 &&
      (d.KeyIs(r.first - 1, "a") || d.KeyIs(r.first - 1, "an"))) {
    return Kind::kNone;
  }
  if (place_first && !r.shouting && !StrongGiven(d, w[0])) {
    t->how = "place_name";
    return Kind::kOrganization;
  }
  bool any_common = false;
  for (uint32_t i : w) any_common = any_common || Common(d, i);
  if (StrongGiven(d, w[0]) ||
      (Has(d, w[0], B::kGivenName) && !Common(d, w[1]))) {
    t->how = "given_name";
    return Kind::kPerson;
  }
  if (!any_common && !r.shouting) {
    t->how = "proper_name";
    return Kind::kPerson;
  }
  return Kind::kNone;
}

// "Catholic Church groups": the name only qualifies a plural noun.
bool QualifiesPlural(const DocAnalysis& d, const NameRun& r) {
  uint32_t e = r.end;
  if (e >= d.size() || d.Flag(e, kCapitalized) || !d.Flag(e, kWord))
    return false;
  std::string_view k = d.Key(e);
  return k.size() > 3 && k.back() == 's' && Has(d, e, B::kCommonWord) &&
         !Has(d, e, B::kOrgAfter) && !d.lexicon.IsVerbForm(d.word[e]);
}

// "U.S. Officials", "U.S. Budget": wire copy capitalizes a common word
// after an abbreviation's period as if a sentence began there.
bool CapitalizedByPeriod(const DocAnalysis& d, const NameRun& r,
                         const std::vector<uint32_t>& w) {
  const ActorMention* m = d.MentionAt(r.first);
  if (!m) return false;
  std::string_view last = d.Key(m->end - 1);
  bool period = (m->end == w[0] && !last.empty() && last.back() == '.') ||
                (m->end + 1 == w[0] && d.KeyIs(m->end, "."));
  if (!period) return false;
  for (uint32_t i : w) {
    if (!Common(d, i) || Has(d, i, B::kCompanySuffix) || Has(d, i, B::kOrgHead))
      return false;
  }
  return true;
}

Kind Classify(const DocAnalysis& d, Typed* t) {
  const NameRun& r = t->run;
  bool has_gazetteer = false;
  int gazetteer_count = 0;
  std::vector<uint32_t> w = Words(d, r, &has_gazetteer, &gazetteer_count);
  Kind k = OrgByHead(d, w, r, t);
  if (k == Kind::kOrganization && QualifiesPlural(d, r)) return Kind::kNone;
  if (k != Kind::kNone) return k;
  k = PersonOrPlace(d, w, r, has_gazetteer, t);
  if (k != Kind::kNone || r.shouting) return k;
  // "American Express", "Gulf Canada", "Shell U.K.": a country inside a
  // longer name, unless the run only qualifies a title.
  if (has_gazetteer && !w.empty() && !CapitalTitleAfter(d, r) &&
      !CapitalizedByPeriod(d, r, w)) {
    t->how = "name_with_country";
    return Kind::kOrganization;
  }
  // "Texaco shares fell", "its Rivera Textiles unit".
  if (!w.empty() && !has_gazetteer && !Common(d, w[0]) &&
      ContextAfter(d, r, B::kOrgAfter, d.cues.pronoun_thing)) {
    t->how = "organization_context";
    return Kind::kOrganization;
  }
  if (w.size() == 1 && !has_gazetteer) {
    if (IsAcronym(d, w[0])) {
      t->how = "acronym";
      return Kind::kOrganization;
    }
    if (Has(d, w[0], B::kNamePart) &&
        ContextAfter(d, r, B::kPersonAfter, d.cues.pronoun_subject_person)) {
      t->how = "person_context";
      return Kind::kPerson;
    }
  }
  return Kind::kNone;
}

// "Clinton" is a town, but in a document that named Bill Clinton it is
// him: a one-word place yields to a short form of a name.
bool PlaceWord(const Typed& t) {
  return t.kind == Kind::kPlace && t.run.end - t.run.first == 1;
}

// "General Motors said" starts a sentence with a name; "Officials said"
// does not.  A sentence-initial English word stays only in a typed name.
void TrimSentenceInitial(const DocAnalysis& d, Typed* t) {
  NameRun& r = t->run;
  if (!r.sentence_initial || d.MentionAt(r.first) ||
      !Has(d, r.first, B::kCommonWord) || StrongGiven(d, r.first)) {
    return;
  }
  std::string_view how = t->how;
  // "NEW YORK 1996-08-30": a place list's name of two words is evidence
  // enough.
  bool headed = how == "company_suffix" || how == "organization_head" ||
                how == "organization_of" || how == "place_head" ||
                (how == "place" && r.end - r.first > 1);
  if (t->kind != Kind::kNone && headed) return;
  t->kind = Kind::kNone;
  uint32_t f = r.first + 1;
  if (f >= r.end || !d.Flag(f, kCapitalized) || d.MentionAt(f)) {
    r.end = r.first;
    return;
  }
  r.first = f;
  r.key = RunKey(d, r.first, r.end);
  r.sentence_initial = false;
  t->kind = Classify(d, t);
}

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

const char* TypeName(Kind k) {
  switch (k) {
    case Kind::kPerson:
      return "Person";
    case Kind::kOrganization:
      return "Organization";
    default:
      return "Location";
  }
}

const char* IdPrefix(Kind k) {
  switch (k) {
    case Kind::kPerson:
      return "person:";
    case Kind::kOrganization:
      return "org:";
    default:
      return "location:";
  }
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
  info.type = TypeName(t->kind);
  info.label = LabelOf(*d, t->run);
  if (const std::string* full = n.MergedInto(t->run.key)) info.label = *full;
  info.id = IdPrefix(t->kind) + ActorSlug(info.label);
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
    m.possessive = d->KeyIs(m.end, "'s");
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
    uint32_t e = m.end;
    while (e < limit && d->sentence_of[e] == m.sentence &&
           d->Flag(e, kCapitalized) && Has(*d, e, B::kCompanySuffix)) {
      ++e;
    }
    if (e == m.end) continue;
    if (m.name_end) m.name_end = e;
    m.end = e;
    m.possessive = d->KeyIs(e, "'s");
    changed = true;
  }
  if (changed) d->RebuildCovering();
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
    if (a < 0 && ((t.kind != Kind::kNone && t.run.shouting &&
                   (t.kind == Kind::kPlace ||
                    std::string_view(t.how) == "given_name")) ||
                  (PlaceWord(t) && !t.run.shouting))) {
      t.actor = ActorOf(doc, &t);
      continue;
    }
    if (a < 0) continue;
    t.actor = a;
    t.how = "short_name";
  }
  Relabel(doc, found);
  AddMentions(doc, found);
}

}  // namespace actorgraph
