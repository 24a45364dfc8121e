#include "extract/stages/person_cues.h"

#include <algorithm>
#include <cctype>

#include "extract/stages/affiliations.h"
#include "extract/stages/mention_finder.h"

namespace actorgraph {
int NameRunTokens(const DocAnalysis& doc, size_t i, size_t end);

namespace {

constexpr int kMaxNameTokens = 4;
constexpr int kMaxRoleLead = 6;  // tokens before a role head noun
constexpr int kMaxRolePhrase = 14;

bool IsNameWord(const DocAnalysis& doc, size_t i) {
  return i < doc.size() && doc.Flag(i, kWord) && doc.Flag(i, kCapitalized) &&
         !doc.Is(i, doc.cues.name_stop) && !doc.Is(i, doc.cues.title) &&
         !doc.Is(i, doc.cues.role) && doc.covering[i] < 0;
}

bool IsInitial(const DocAnalysis& doc, size_t i) {
  return i < doc.size() && doc.Flag(i, kAllCaps) == false &&
         doc.Flag(i, kCapitalized) && doc.Key(i).size() <= 2 &&
         (doc.Key(i).size() == 1 || doc.Key(i).back() == '.');
}

// A person mention that the gazetteer or an earlier cue already found.
const ActorMention* PersonMentionAt(const DocAnalysis& doc, size_t i) {
  const ActorMention* m = doc.MentionAt(i);
  if (!m || m->first != i || m->actors.size() != 1) return nullptr;
  if (m->kind != MentionKind::kName && m->kind != MentionKind::kShortName) {
    return nullptr;
  }
  return doc.actors[m->actors[0]].info.type == "Person" ? m : nullptr;
}

}  // namespace

std::string ActorSlug(const std::string& key) {
  std::string slug;
  for (char c : FoldForSearch(key)) {
    if (isalnum(static_cast<unsigned char>(c))) {
      slug += static_cast<char>(tolower(static_cast<unsigned char>(c)));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

namespace {

// The person a name run [first, end) refers to: a known mention or a new
// cue-found actor.
int PersonFor(DocAnalysis* doc, uint32_t first, uint32_t end) {
  if (const ActorMention* m = PersonMentionAt(*doc, first)) return m->actors[0];
  ActorInfo info;
  info.label = std::string(doc->Surface(first, end));
  info.id = "person:" + ActorSlug(info.label);
  info.type = "Person";
  return doc->ActorFor(info, -1);
}

// Span of a name at i: an existing person mention or a fresh name run.
uint32_t NameEnd(const DocAnalysis& doc, size_t i, size_t end) {
  if (const ActorMention* m = PersonMentionAt(doc, i)) return m->end;
  int n = NameRunLength(doc, i, end);
  return n > 0 ? static_cast<uint32_t>(i + n) : 0;
}

// The role head noun of a phrase starting at `first`, within a few tokens.
int RoleHeadAfter(const DocAnalysis& doc, uint32_t first, uint32_t end) {
  for (uint32_t i = first; i < end && i < first + kMaxRoleLead; ++i) {
    if (doc.Is(i, doc.cues.role) || doc.Is(i, doc.cues.occupation))
      return static_cast<int>(i);
    if (doc.KeyIs(i, ",") || doc.KeyIs(i, ".") || doc.KeyIs(i, "(")) return -1;
    if (doc.Flag(i, kCapitalized) && !doc.MentionAt(i) &&
        !doc.Is(i, doc.cues.det) && !doc.Is(i, doc.cues.title)) {
      return -1;
    }
  }
  return -1;
}

uint32_t PhraseEnd(const DocAnalysis& doc, uint32_t first, uint32_t end) {
  uint32_t i = first;
  while (i < end && i < first + kMaxRolePhrase && !doc.KeyIs(i, ",") &&
         !doc.KeyIs(i, ".") && !doc.KeyIs(i, ";") && !doc.KeyIs(i, "(") &&
         !doc.KeyIs(i, "-")) {
    ++i;
  }
  return i;
}

std::string RoleText(const DocAnalysis& doc, int head) {
  std::string role(doc.Key(head));
  if (head > 0 && doc.Is(head - 1, doc.cues.title) &&
      !doc.Is(head - 1, doc.cues.det) && !doc.MentionAt(head - 1)) {
    role = std::string(doc.Key(head - 1)) + " " + role;
  }
  return role;
}

// [first, end) covers the cue; [name_first, name_end) the name alone.
void AddPersonMention(DocAnalysis* doc, int person, uint32_t first,
                      uint32_t end, uint32_t name_first, uint32_t name_end,
                      const char* how) {
  doc->AddMention(first, end, {person}, MentionKind::kName, how, name_first,
                  name_end);
}

// "EC External Trade Commissioner": up to three capitalized words naming
// the office may stand between the body and the title word; returns where
// they start when a body precedes them, else `i`.
uint32_t OfficeWordsBefore(const DocAnalysis& doc, const Sentence& s,
                           uint32_t i) {
  uint32_t t = i;
  for (int n = 0; n < 3 && t > s.first_token; ++n) {
    uint32_t w = t - 1;
    if (!doc.Flag(w, kWord) || !doc.Flag(w, kCapitalized) || doc.MentionAt(w) ||
        doc.Is(w, doc.cues.name_stop)) {
      break;
    }
    t = w;
  }
  if (t == i || t == s.first_token) return i;
  const ActorMention* m = doc.MentionAt(t - 1);
  return m && !PersonMentionAt(doc, m->first) ? t : i;
}

// "Trade and Industry Minister": "and" between two capitalized title words.
bool TitleAnd(const DocAnalysis& doc, uint32_t j) {
  return doc.Is(j, doc.cues.additive) && j > 0 &&
         doc.Flag(j - 1, kCapitalized) && doc.Flag(j + 1, kCapitalized);
}

// "Russian Defense Minister Sergei Shoigu": title words right before a name.
void TitleCues(DocAnalysis* doc, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    bool title = doc->Is(i, doc->cues.title) || doc->Is(i, doc->cues.role);
    if (!title || doc->Is(i, doc->cues.det)) continue;
    uint32_t j = i;
    // "Crown Prince Mohammed bin Salman": the gazetteer's name may start
    // with a title word; the title run stops where a known person starts.
    while (j < s.end_token && !PersonMentionAt(*doc, j) &&
           (doc->Is(j, doc->cues.title) || doc->Is(j, doc->cues.role) ||
            doc->KeyIs(j, ".") ||
            ((doc->Is(j, doc->cues.of_link) || TitleAnd(*doc, j)) &&
             doc->Is(j + 1, doc->cues.title)))) {
      ++j;
    }
    uint32_t name_end = NameEnd(*doc, j, s.end_token);
    if (name_end == 0 || j == i) continue;
    // One unknown word after lower-case titles is no name: "a senior
    // Korean official", unlike "Mayor Klitschko".
    bool capitalized_title = false;
    for (uint32_t t = i; t < j; ++t) {
      capitalized_title = capitalized_title || doc->Flag(t, kCapitalized);
    }
    if (name_end - j == 1 && !capitalized_title && !PersonMentionAt(*doc, j))
      continue;
    // Extend left over "Russian", "China's", "Kremlin", "his Chinese".
    uint32_t first = OfficeWordsBefore(*doc, s, i);
    while (first > s.first_token) {
      uint32_t t = first - 1;
      const ActorMention* m = doc->MentionAt(t);
      if (doc->Is(t, doc->cues.genitive) || doc->Is(t, doc->cues.possessive)) {
        first = t;
      } else if (m && !PersonMentionAt(*doc, m->first)) {
        first = m->first;
      } else {
        break;
      }
    }
    int person = PersonFor(doc, j, name_end);
    uint32_t head = doc->KeyIs(j - 1, ".") && j - 1 > i ? j - 2 : j - 1;
    std::string role = RoleText(*doc, static_cast<int>(head));
    bool stated = Affiliate(doc, person, first, j, j, name_end,
                            "affiliated_with.title", role);
    if (!stated && capitalized_title) {
      AffiliateWithOwnCountry(doc, person, i, j, name_end);
    }
    // "Deputy Foreign Minister Rania Haddad of Jordan".
    if (doc->Is(name_end, doc->cues.of_link) && name_end + 1 < s.end_token) {
      const ActorMention* of = doc->MentionAt(name_end + 1);
      if (of && of->first == name_end + 1) {
        Affiliate(doc, person, name_end + 1, of->end, j, name_end,
                  "affiliated_with.title", "");
      }
    }
    AddPersonMention(doc, person, first, name_end, j, name_end, "title_cue");
    i = name_end - 1;
  }
}

// "NAME, the secretary of the Belarus security council, ..."
void AppositionAfter(DocAnalysis* doc, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    uint32_t name_end = NameEnd(*doc, i, s.end_token);
    if (name_end == 0) continue;
    const ActorMention* was = PersonMentionAt(*doc, i);
    bool known = was && doc->actors[was->actors[0]].entry >= 0;
    if (!was && name_end - i < 2) continue;
    if (!doc->KeyIs(name_end, ",")) continue;
    int head = RoleHeadAfter(*doc, name_end + 1, s.end_token);
    if (head < 0) continue;
    // "Xi Jinping, Russian President Vladimir Putin": a title for the next
    // name, not an apposition.
    uint32_t after = head + 1;
    while (after < s.end_token && (doc->Is(after, doc->cues.title) ||
                                   doc->Is(after, doc->cues.role))) {
      ++after;
    }
    if (NameEnd(*doc, after, s.end_token) > 0) continue;
    uint32_t end = PhraseEnd(*doc, name_end + 1, s.end_token);
    int person = PersonFor(doc, i, name_end);
    Affiliate(doc, person, name_end + 1, end, i, name_end,
              "affiliated_with.apposition", RoleText(*doc, head));
    AddPersonMention(doc, person, i, end, i, name_end,
                     known ? "gazetteer" : "apposition");
    i = end;
  }
}

// "The mayor of Mykolaiv, NAME, ..." and "Turkey's president, NAME, ...".
void AppositionBefore(DocAnalysis* doc, const Sentence& s) {
  for (uint32_t c = s.first_token + 1; c + 1 < s.end_token; ++c) {
    if (!doc->KeyIs(c, ",")) continue;
    uint32_t name_end = NameEnd(*doc, c + 1, s.end_token);
    if (name_end == 0) continue;
    const ActorMention* was = PersonMentionAt(*doc, c + 1);
    bool known = was && doc->actors[was->actors[0]].entry >= 0;
    if (!was && name_end - (c + 1) < 2) continue;
    if (name_end < s.end_token && !doc->KeyIs(name_end, ",") &&
        !doc->KeyIs(name_end, ".")) {
      continue;
    }
    int head = -1;
    uint32_t first = c;
    for (uint32_t k = c; k > s.first_token && c - k < kMaxRoleLead + 2; --k) {
      uint32_t t = k - 1;
      if (doc->KeyIs(t, ",") || doc->Is(t, doc->cues.clause_break)) break;
      if (doc->Is(t, doc->cues.role) && head < 0) head = static_cast<int>(t);
      first = t;
    }
    if (head < 0) continue;
    // The role phrase runs left from its head over titles, countries and
    // possessives, up to a determiner: "the Russian president", "Turkey's
    // president", not "Reuters reports that the Russian president".
    first = static_cast<uint32_t>(head);
    while (first > s.first_token) {
      uint32_t t = first - 1;
      const ActorMention* m = doc->MentionAt(t);
      if (m && !PersonMentionAt(*doc, m->first)) {
        first = m->first;
      } else if (doc->Is(t, doc->cues.title) ||
                 doc->Is(t, doc->cues.genitive)) {
        first = t;
      } else if (doc->Is(t, doc->cues.det)) {
        first = t;
        break;
      } else {
        break;
      }
    }
    int person = PersonFor(doc, c + 1, name_end);
    Affiliate(doc, person, first, c, c + 1, name_end,
              "affiliated_with.apposition", RoleText(*doc, head));
    AddPersonMention(doc, person, first, name_end, c + 1, name_end,
                     known ? "gazetteer" : "apposition");
    c = name_end;
  }
}

// "Abba's Björn Ulvaeus", "the Financial Times' Max Seddon": a person
// introduced through the organization they belong to.
void OrganizationPossessiveCues(DocAnalysis* doc, const Sentence& s) {
  for (uint32_t i = s.first_token; i + 2 < s.end_token; ++i) {
    const ActorMention* org = doc->MentionAt(i);
    if (!org || org->end != i + 1 || org->actors.size() != 1 ||
        doc->actors[org->actors[0]].info.type != "Organization") {
      continue;
    }
    uint32_t clitic = i + 1;
    if (!doc->Is(clitic, doc->cues.genitive) && !doc->KeyIs(clitic, "'")) {
      continue;
    }
    int n = NameRunLength(*doc, clitic + 1, s.end_token);
    if (n < 2) continue;
    uint32_t name_end = clitic + 1 + n;
    int person = PersonFor(doc, clitic + 1, name_end);
    Affiliate(doc, person, org->first, clitic + 1, clitic + 1, name_end,
              "affiliated_with.organization", "");
    AddPersonMention(doc, person, clitic + 1, name_end, clitic + 1, name_end,
                     "organization_cue");
    i = name_end - 1;
  }
}

// "Roger Crouch of NASA", "Ann Weld, 47, of the Space Agency", "Wang Li
// at the Institute of Physics": of/at/with an organization right after a
// person's name.  Countries are left out: "Jones of Britain" says where
// he is from, not whom he works for.
void OrganizationAfterName(DocAnalysis* doc, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const ActorMention* person = PersonMentionAt(*doc, i);
    if (!person) continue;
    uint32_t at = person->end;
    // ", 47," between the name and the preposition.
    if (doc->KeyIs(at, ",") && doc->Flag(at + 1, kNumber) &&
        doc->KeyIs(at + 2, ",")) {
      at += 3;
    }
    if (!doc->Is(at, doc->cues.employer_preposition)) continue;
    uint32_t org = at + 1;
    while (org < s.end_token && doc->Is(org, doc->cues.det) &&
           !doc->MentionAt(org)) {
      ++org;
    }
    const ActorMention* m = doc->MentionAt(org);
    if (!m || m->first != org || m->actors.size() != 1 ||
        doc->actors[m->actors[0]].info.type != "Organization") {
      continue;
    }
    Affiliate(doc, person->actors[0], org, m->end, person->first, person->end,
              "affiliated_with.of", "");
    i = m->end - 1;
  }
}

// "NAME (@handle)": a social-media attribution names a person.
void HandleCues(DocAnalysis* doc, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    int n = NameRunLength(*doc, i, s.end_token);
    if (n < 2) continue;
    // "AFP News Agency (@AFP)": the run continues an organization's name.
    if (i > s.first_token && doc->MentionAt(i - 1)) continue;
    uint32_t end = i + n;
    if (!doc->KeyIs(end, "(") || end + 1 >= doc->size() ||
        doc->Key(end + 1).empty() || doc->Key(end + 1)[0] != '@') {
      continue;
    }
    AddPersonMention(doc, PersonFor(doc, i, end), i, end, i, end, "handle_cue");
    i = end;
  }
}

}  // namespace

int NameRunLength(const DocAnalysis& doc, size_t i, size_t end) {
  int n = NameRunTokens(doc, i, end);
  const NameLists& lists = doc.ontology.names();
  bool all_common = true;
  for (int k = 0; k < n; ++k) {
    uint32_t b = doc.NameBits(i + k);
    if (doc.Is(i + k, doc.cues.organization_word) ||
        (b & NameLists::kHeadWord) || (b & NameLists::kHonorific)) {
      return 0;
    }
    bool name = (b & (NameLists::kGivenName | NameLists::kNamePart)) != 0;
    all_common = all_common && (b & NameLists::kCommonWord) && !name;
  }
  // "Trade Negotiations", "Teachers", "General Agreement": English words
  // that only a title's capitals made look like a name.  "Bush" stays: it
  // is a surname too.
  if (all_common && n > 0 && !lists.empty()) return 0;
  return n;
}

int NameRunTokens(const DocAnalysis& doc, size_t i, size_t end) {
  if (!IsNameWord(doc, i)) return 0;
  size_t j = i + 1;
  int words = 1;
  while (j < end && words < kMaxNameTokens) {
    if (IsNameWord(doc, j) || (IsInitial(doc, j) && IsNameWord(doc, j + 1))) {
      ++j;
      ++words;
    } else if (doc.KeyIs(j, ".") && IsInitial(doc, j - 1) &&
               IsNameWord(doc, j + 1)) {
      ++j;
    } else if (doc.Is(j, doc.cues.name_particle) && IsNameWord(doc, j + 1)) {
      ++j;
    } else if (doc.KeyIs(j, "-") && !doc.Flag(j, kSpaceBefore) && j + 1 < end &&
               doc.Flag(j + 1, kWord) && !doc.Flag(j + 1, kSpaceBefore) &&
               doc.covering[j + 1] < 0) {
      // "Al-Jaloud", and "Min-jun" with its lower-case second half.
      j += 2;
    } else {
      break;
    }
  }
  return static_cast<int>(j - i);
}

namespace {

// Cheap prefilters for the cues that scan a name run at every token: an
// apposition after a name needs a comma right after the name (which ends
// in the sentence or, for a known mention, just past it), a handle cue
// needs "(@".  Both are exact: the cues change nothing before finding
// that token.
bool HasCommaNear(const DocAnalysis& doc, const Sentence& s) {
  constexpr uint32_t kPastEnd = 8;
  for (uint32_t i = s.first_token;
       i <= s.end_token + kPastEnd && i < doc.size(); ++i) {
    if (doc.KeyIs(i, ",")) return true;
  }
  return false;
}

bool HasHandle(const DocAnalysis& doc) {
  for (size_t i = 1; i < doc.size(); ++i) {
    std::string_view k = doc.Key(i);
    if (!k.empty() && k[0] == '@' && doc.KeyIs(i - 1, "(")) return true;
  }
  return false;
}

}  // namespace

void FindPersonCues(DocAnalysis* doc) {
  for (const Sentence& s : doc->text.sentences) {
    if (HasCommaNear(*doc, s)) AppositionAfter(doc, s);
  }
  for (const Sentence& s : doc->text.sentences) AppositionBefore(doc, s);
  for (const Sentence& s : doc->text.sentences) TitleCues(doc, s);
  for (const Sentence& s : doc->text.sentences) {
    OrganizationPossessiveCues(doc, s);
    OrganizationAfterName(doc, s);
  }
  if (HasHandle(*doc)) {
    for (const Sentence& s : doc->text.sentences) HandleCues(doc, s);
  }
  doc->SyncMentions();
}

}  // namespace actorgraph
