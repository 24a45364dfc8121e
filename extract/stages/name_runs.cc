#include "extract/stages/name_runs.h"

namespace actorgraph {
namespace {

constexpr uint32_t kMaxRunTokens = 8;

// "J.", "G.D.", "J" before a period: letters each followed by a period.
bool IsInitial(const DocAnalysis& doc, size_t i) {
  if (!doc.Flag(i, kCapitalized)) return false;
  std::string_view k = doc.Key(i);
  if (k.size() == 1) return doc.KeyIs(i + 1, ".");
  if (k.size() < 2 || k.size() > 6) return false;
  for (size_t c = 0; c < k.size(); ++c) {
    bool dot = k[c] == '.';
    if (dot != (c % 2 == 1)) return false;
  }
  return true;
}

// A gazetteer mention a name may hold: a country, adjective, metonym or
// place ("American Express", "Bank of China", "Washington Post").
bool Absorbable(const DocAnalysis& doc, const ActorMention& m) {
  if (m.actors.size() != 1 || m.kind == MentionKind::kAgent ||
      m.kind == MentionKind::kGroup) {
    return false;
  }
  const std::string& type = doc.actors[m.actors[0]].info.type;
  return type == "Country" || type == "Location";
}

bool TitleWord(const DocAnalysis& doc, size_t i) {
  return doc.Is(i, doc.cues.title) || doc.Is(i, doc.cues.role);
}

// Title words end a run, except those that also name a company or a body
// when no title follows: "Shell Oil Co", not "Kuwait Oil Minister".
bool Blocked(const DocAnalysis& doc, size_t i) {
  if (doc.Is(i, doc.cues.name_stop))
    return !doc.Is(i, doc.cues.name_stop_opener);
  uint32_t b = doc.NameBits(i);
  if (b & NameLists::kHonorific) return true;
  if (!TitleWord(doc, i)) return false;
  if ((b & NameLists::kHeadWord) && !TitleWord(doc, i + 1)) return false;
  // "Agriculture Department", "Premier Hospital Alliance": title words
  // before an organization's head word belong to its name.
  for (size_t j = i + 1; j < doc.size() && j < i + 5; ++j) {
    if (!doc.Flag(j, kCapitalized) || doc.Is(j, doc.cues.name_stop)) break;
    if (doc.NameBits(j) & NameLists::kHeadWord) return false;
  }
  return true;
}

// Can token i be a word of a name?  Sets *skip to the tokens it takes.
bool NameToken(const DocAnalysis& doc, size_t i, size_t end, uint32_t* skip,
               bool* absorbed) {
  *skip = 1;
  if (i >= end) return false;
  if (const ActorMention* m = doc.MentionAt(i)) {
    if (m->first != i || !Absorbable(doc, *m) || !doc.Flag(i, kCapitalized)) {
      return false;
    }
    *skip = m->end - m->first;
    *absorbed = true;
    return m->end <= end;
  }
  if (IsInitial(doc, i)) {
    *skip = doc.Key(i).size() == 1 ? 2 : 1;
    return true;
  }
  // "Partners L.P": the last of dotted initials after a name's words,
  // written without its period.
  if (doc.Key(i).size() == 1 && doc.Flag(i, kCapitalized) &&
      !doc.Flag(i, kSpaceBefore) && i > 2 && doc.KeyIs(i - 1, ".") &&
      !doc.Flag(i - 1, kSpaceBefore) && IsInitial(doc, i - 2) &&
      doc.Flag(i - 3, kWord) && doc.Flag(i - 3, kCapitalized)) {
    return true;
  }
  // "K Mart Corp": a lone capital letter before a name word.
  if (doc.Key(i).size() == 1 && doc.Flag(i, kCapitalized) &&
      !doc.Is(i, doc.cues.letter_word) && i + 1 < end &&
      doc.Flag(i + 1, kCapitalized) && doc.Flag(i + 1, kWord) &&
      !doc.MentionAt(i + 1) && !Blocked(doc, i + 1)) {
    return true;
  }
  return doc.Flag(i, kWord) && doc.Flag(i, kCapitalized) &&
         doc.Key(i).size() > 1 && !Blocked(doc, i);
}

bool StartsName(const DocAnalysis& doc, size_t i, size_t end) {
  uint32_t skip;
  bool absorbed = false;
  return NameToken(doc, i, end, &skip, &absorbed);
}

// A company's or a body's "and": "Smith and Wesson Co", "Securities and
// Exchange Commission".
bool CompanyAndFollows(const DocAnalysis& doc, size_t i, size_t end) {
  for (size_t j = i; j < end && j < i + 4; ++j) {
    if (!doc.Flag(j, kCapitalized) && !doc.KeyIs(j, ".")) return false;
    if (doc.NameBits(j) & NameLists::kHeadWord) return true;
  }
  return false;
}

// "Ministry of International Trade and Industry": after "of" and common
// words, "and" joins one more common word that ends the name.
bool CommonAndEnds(const DocAnalysis& doc, uint32_t run_first, uint32_t j,
                   uint32_t end) {
  const NameLists& n = doc.ontology.names();
  if (!doc.Is(j, doc.cues.additive) || j + 1 >= end) return false;
  uint32_t t = j;
  while (t > run_first && !doc.Is(t - 1, doc.cues.of_link)) {
    --t;
    if (!(n.Bits(doc.Key(t)) & NameLists::kCommonWord) || doc.MentionAt(t))
      return false;
  }
  uint32_t next = j + 1;
  return t > run_first && t < j && doc.Flag(next, kWord) &&
         doc.Flag(next, kCapitalized) && !doc.MentionAt(next) &&
         (n.Bits(doc.Key(next)) & NameLists::kCommonWord) &&
         !(next + 1 < end && doc.Flag(next + 1, kCapitalized));
}

// A company suffix within the next few capitalized words.
bool SuffixFollows(const DocAnalysis& doc, size_t i, size_t end) {
  const NameLists& n = doc.ontology.names();
  for (size_t j = i; j < end && j < i + 4; ++j) {
    if (!doc.Flag(j, kCapitalized) && !doc.KeyIs(j, ".") &&
        !doc.Is(j, doc.cues.additive)) {
      return false;
    }
    if (n.Bits(doc.Key(j)) & NameLists::kCompanySuffix) return true;
  }
  return false;
}

// "Moody's Investors Service Inc", "Dillard's Department Stores Inc": after
// a one-word name's "'s", common words up to a company suffix are the rest
// of the company's name ("Texaco's Getty Oil Co" is not one name).
bool PossessiveCompany(const DocAnalysis& doc, uint32_t first, uint32_t end) {
  const NameLists& n = doc.ontology.names();
  for (uint32_t t = first; t < end && t < first + 4; ++t) {
    if (!doc.Flag(t, kWord) || !doc.Flag(t, kCapitalized) || doc.MentionAt(t))
      return false;
    uint32_t b = n.Bits(doc.Key(t));
    if (b & NameLists::kCompanySuffix) return true;
    if (!(b & NameLists::kCommonWord)) return false;
  }
  return false;
}

// "Salomon Brothers and Phibro Energy": an "and" after a company's suffix
// joins two companies, unless only suffixes follow ("Brown Brothers and
// Co").
bool CompaniesJoined(const DocAnalysis& doc, uint32_t run_first, uint32_t j,
                     uint32_t end) {
  const NameLists& n = doc.ontology.names();
  // The last word before "and", past initials ("Partners L.P").
  uint32_t last = j - 1;
  while (last > run_first &&
         (doc.Key(last).size() == 1 || IsInitial(doc, last))) {
    --last;
  }
  if (last < run_first + 1 || doc.MentionAt(last - 1) ||
      !(n.Bits(doc.Key(last)) & NameLists::kCompanySuffix)) {
    return false;
  }
  bool own_words = false;
  for (uint32_t t = j + 1; t < end && doc.Flag(t, kCapitalized); ++t) {
    if (doc.Flag(t, kWord) &&
        !(n.Bits(doc.Key(t)) & NameLists::kCompanySuffix)) {
      own_words = true;
    }
  }
  // "Brunswick Mining and Smelter Corp", "Securities and Exchange
  // Commission": a common word after the "and" continues one name; a name
  // there, or initials that closed the first ("Partners L.P"), start
  // another.
  bool initials = last + 1 < j;
  bool name_after = !(n.Bits(doc.Key(j + 1)) & NameLists::kCommonWord);
  return own_words && (initials || name_after);
}

// Tokens a connector takes before the next name word, 0 when none.
uint32_t Connector(const DocAnalysis& doc, size_t j, size_t end,
                   uint32_t run_first) {
  if (j + 1 >= end) return 0;
  // "al-Shaheen", "bin-Talal": a particle hyphened to the next name word.
  if (doc.Is(j, doc.cues.name_particle) && doc.KeyIs(j + 1, "-") &&
      !doc.Flag(j + 1, kSpaceBefore) && StartsName(doc, j + 2, end)) {
    return 2;
  }
  if (!StartsName(doc, j + 1, end)) {
    if (doc.KeyIs(j, "-") && !doc.Flag(j, kSpaceBefore) &&
        doc.Flag(j + 1, kWord) && !doc.Flag(j + 1, kSpaceBefore) &&
        !doc.Flag(j + 1, kCapitalized) && !doc.MentionAt(j - 1) &&
        !doc.MentionAt(j + 1) &&
        !(doc.NameBits(j + 1) & NameLists::kCommonWord)) {
      return 2;  // "Min-jun": a name's lower-case second half
    }
    return 0;
  }
  if (doc.Is(j, doc.cues.name_particle) && !doc.Flag(j, kCapitalized)) return 1;
  if (doc.KeyIs(j, "&")) return 1;
  if (doc.KeyIs(j, "-") && !doc.Flag(j, kSpaceBefore) &&
      !doc.Flag(j + 1, kSpaceBefore)) {
    return 1;
  }

  if (doc.Is(j, doc.cues.additive) && CompanyAndFollows(doc, j + 1, end) &&
      !CompaniesJoined(doc, run_first, j, end)) {
    return 1;
  }
  // ("Standard and Poor's Corp" is not "Poor's Corp".)
  if (doc.Is(j, doc.cues.genitive) && j == run_first + 1 &&
      !doc.MentionAt(run_first) && !doc.Flag(j, kSpaceBefore) &&
      !doc.Is(run_first - 1, doc.cues.additive) &&
      !doc.KeyIs(run_first - 1, "&") && PossessiveCompany(doc, j + 1, end)) {
    return 1;
  }
  // "Alex. Brown Inc": a period the sentence did not end at abbreviates
  // the word before it, in a company's name.
  if (doc.KeyIs(j, ".") && !doc.Flag(j, kSpaceBefore) && j > run_first &&
      doc.Flag(j - 1, kWord) && doc.Key(j - 1).size() > 1 &&
      SuffixFollows(doc, j + 1, end)) {
    return 1;
  }
  if (doc.Is(j, doc.cues.of_link)) {
    for (uint32_t t = run_first; t < j; ++t) {
      if (doc.NameBits(t) & (NameLists::kOrgHead | NameLists::kPlaceHead))
        return 1;
    }
  }
  return 0;
}

NameRun MakeRun(const DocAnalysis& doc, const Sentence& s, uint32_t first,
                uint32_t end, bool absorbs, bool shouting) {
  NameRun r;
  r.first = first;
  r.end = end;
  r.sentence = doc.sentence_of[first];
  r.key = RunKey(doc, first, end);
  r.shouting = shouting;
  r.absorbs = absorbs;
  uint32_t lead = s.first_token;
  while (lead < first && (doc.Flag(lead, kPunct) || doc.Flag(lead, kNumber)))
    ++lead;
  r.sentence_initial = lead == first;
  return r;
}

void RunsOf(const DocAnalysis& doc, const Sentence& s,
            std::vector<NameRun>* out) {
  bool shouting = IsShouting(doc, s);
  for (uint32_t i = s.first_token; i < s.end_token;) {
    uint32_t skip;
    bool absorbed = false;
    if (!NameToken(doc, i, s.end_token, &skip, &absorbed)) {
      ++i;
      continue;
    }
    uint32_t j = i + skip;
    bool absorbs = absorbed;
    bool head_of = false;  // "Ministry of": title words may follow
    while (j < s.end_token && j - i < kMaxRunTokens) {
      bool a = false;
      if (NameToken(doc, j, s.end_token, &skip, &a)) {
        j += skip;
        absorbs = absorbs || a;
        continue;
      }
      // "Ministry of Light Industry", "Department of Energy".
      if (head_of && doc.Flag(j, kCapitalized) && TitleWord(doc, j)) {
        ++j;
        continue;
      }
      if (head_of && CommonAndEnds(doc, i, j, s.end_token)) {
        j += 2;
        break;
      }
      uint32_t c = Connector(doc, j, s.end_token, i);
      if (c == 0) break;
      head_of = head_of || doc.Is(j, doc.cues.of_link);
      j += c;
    }
    // A country alone is the gazetteer's, not a name run.
    const ActorMention* m = doc.MentionAt(i);
    bool only_gazetteer = m && m->end == j;
    if (!only_gazetteer)
      out->push_back(MakeRun(doc, s, i, j, absorbs, shouting));
    i = j;
  }
}

}  // namespace

std::string RunKey(const DocAnalysis& doc, uint32_t first, uint32_t end) {
  std::string key;
  for (uint32_t t = first; t < end; ++t) {
    if (doc.KeyIs(t, ".")) continue;
    if (!key.empty()) key += ' ';
    key += doc.Key(t);
  }
  return key;
}

bool IsShouting(const DocAnalysis& doc, const Sentence& s) {
  int words = 0, caps = 0;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (!doc.Flag(i, kWord) || doc.Key(i).size() < 2) continue;
    ++words;
    caps += doc.Flag(i, kAllCaps);
  }
  return words >= 2 && caps * 10 >= words * 6;
}

std::vector<NameRun> FindNameRuns(const DocAnalysis& doc) {
  std::vector<NameRun> runs;
  for (const Sentence& s : doc.text.sentences) RunsOf(doc, s, &runs);
  return runs;
}

}  // namespace actorgraph
