#include "extract/stages/name_typing.h"

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {
namespace name_typing {
namespace {

using B = NameLists;

uint32_t Bits(const DocAnalysis& d, uint32_t i) { return d.NameBits(i); }

}  // namespace

bool Has(const DocAnalysis& d, uint32_t i, uint32_t bit) {
  return (Bits(d, i) & bit) != 0;
}

bool IsAcronym(const DocAnalysis& d, uint32_t i) {
  if (i >= d.size()) return false;
  std::string_view k = d.Key(i);
  return d.Flag(i, kAllCaps) && k.size() >= 2 && k.size() <= 6 &&
         !Has(d, i, B::kAcronymStop);
}

bool Common(const DocAnalysis& d, uint32_t i) {
  uint32_t b = Bits(d, i);
  return (b & B::kCommonWord) && !(b & (B::kGivenName | B::kNamePart));
}

int CountryIn(const DocAnalysis& d, const NameRun& r) {
  for (uint32_t t = r.first; t < r.end; ++t) {
    const ActorMention* m = d.MentionAt(t);
    if (m && d.actors[m->actors[0]].info.type == "Country") return m->actors[0];
  }
  return -1;
}

namespace {

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
  if (d.Is(e, d.cues.genitive)) ++e;
  if (e < d.size() && Has(d, e, bit) && !d.Flag(e, kCapitalized)) return true;
  return d.Is(r.end, d.cues.person_report) && d.Is(r.end + 1, pronoun_class);
}

// "Varn, 61, said", "Varn, who ran the board": an age or a relative that
// only people take, between commas after the name.
bool PersonApposition(const DocAnalysis& d, const NameRun& r) {
  uint32_t e = r.end;
  if (!d.KeyIs(e, ",") || e + 2 >= d.size()) return false;
  if (d.Is(e + 1, d.cues.relative_person)) return true;
  std::string_view age = d.Key(e + 1);
  return d.Flag(e + 1, kNumber) && age.size() <= 2 &&
         age.find_first_not_of("0123456789") == std::string_view::npos &&
         d.KeyIs(e + 2, ",");
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
    joined_of = joined_of || d.Is(i, d.cues.of_link);
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
  bool all_common = true, any_common = false, head_word = false;
  for (uint32_t i : w) {
    all_common = all_common && Common(d, i);
    any_common = any_common || Common(d, i);
    head_word = head_word || Has(d, i, B::kHeadWord);
  }
  bool no_name = (!w.empty() && all_common) || head_word;
  if (!has_gazetteer && !no_name && TitleBefore(d, r)) {
    t->how = "title_name";
    return Kind::kPerson;
  }
  // "Russia's Belgorod region": the place stands for its possessor.
  bool possessed = r.first > 0 && d.Is(r.first - 1, d.cues.genitive);
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
  if (place_first && r.first > 0 && d.Is(r.first - 1, d.cues.indefinite)) {
    return Kind::kNone;
  }
  if (place_first && !r.shouting && !StrongGiven(d, w[0])) {
    t->how = "place_name";
    return Kind::kOrganization;
  }
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
    if (!Common(d, i) || Has(d, i, B::kHeadWord)) return false;
  }
  return true;
}

// Wire copy marks a company in angle brackets: "<Acme Widgets>" names one,
// and capitals right after "<" are the ticker of the name before them
// ("Acme Corp <ACM.N>"), no actor of their own.
Kind Bracketed(const DocAnalysis& d, const NameRun& r,
               const std::vector<uint32_t>& w, Typed* t) {
  if (r.first == 0 || !d.KeyIs(r.first - 1, "<") || w.empty()) {
    return Kind::kNone;
  }
  bool caps = true;
  for (uint32_t i : w) caps = caps && d.Flag(i, kAllCaps);
  if (caps) {
    t->how = "ticker";
    return Kind::kNone;
  }
  if (!d.KeyIs(r.end, ">")) return Kind::kNone;
  t->how = "bracketed_company";
  return Kind::kOrganization;
}

}  // namespace

Kind Classify(const DocAnalysis& d, Typed* t) {
  const NameRun& r = t->run;
  bool has_gazetteer = false;
  int gazetteer_count = 0;
  std::vector<uint32_t> w = Words(d, r, &has_gazetteer, &gazetteer_count);
  Kind bracketed = Bracketed(d, r, w, t);
  if (bracketed != Kind::kNone || std::string_view(t->how) == "ticker") {
    return bracketed;
  }
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
    // An age or "who" is evidence enough for any name but a common word
    // that starts the sentence ("Analysts, who ...").
    bool name_word = Has(d, w[0], B::kNamePart | B::kGivenName);
    bool apposition = PersonApposition(d, r) &&
                      (name_word || !Common(d, w[0]) || !r.sentence_initial);
    if (apposition ||
        (name_word &&
         ContextAfter(d, r, B::kPersonAfter, d.cues.pronoun_subject_person))) {
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
                how == "bracketed_company" || how == "organization_of" ||
                how == "place_head" || (how == "place" && r.end - r.first > 1);
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

}  // namespace name_typing
}  // namespace actorgraph
