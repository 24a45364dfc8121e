#include "extract/text/sentence_splitter.h"

#include <algorithm>
#include <string_view>

namespace actorgraph {
namespace {

// How a word before a period bears on the sentence end.
enum class Abbreviation {
  kNone,
  kTitle,         // "Gen." "Mr." "vs.": never ends a sentence
  kMaybeFinal,    // "Inc." "etc." "Dec.": ends one only before a starter
  kBeforeNumber,  // "No." is an abbreviation before a number
};

Abbreviation AbbreviationOf(std::string_view key, const SentenceWords& w) {
  if (SentenceWords::Has(w.never_final, key)) return Abbreviation::kTitle;
  if (SentenceWords::Has(w.maybe_final, key)) return Abbreviation::kMaybeFinal;
  if (SentenceWords::Has(w.before_number, key)) {
    return Abbreviation::kBeforeNumber;
  }
  return Abbreviation::kNone;
}

// A run of more tokens without a sentence end is no sentence (a table, a
// scraped page without punctuation, thousands of names in a row): it is
// cut into pieces of this many tokens.  Everything downstream scans whole
// sentences around each match, so this bound is what keeps extraction
// linear in the length of the text.
constexpr size_t kMaxSentenceTokens = 400;

class Splitter {
 public:
  Splitter(std::string_view text, const TokenizedText& t,
           const SentenceWords& words)
      : text_(text), t_(t), tokens_(t.tokens), words_(words) {}

  std::vector<Sentence> Run(const std::vector<uint32_t>& candidates);

 private:
  bool KeyIs(size_t i, std::string_view k) const {
    return i < tokens_.size() && t_.Key(i) == k;
  }
  bool Adjacent(size_t i) const {  // token i touches token i - 1
    return i > 0 && tokens_[i - 1].end == tokens_[i].begin;
  }
  bool IsTerminator(size_t i) const;
  bool IsCloser(size_t i) const;
  bool EndsBefore(size_t terminator, size_t next) const;
  bool StartsSentence(size_t i) const;
  bool LineBreakEnds(size_t i) const;
  bool BlankLineBefore(size_t i) const;
  bool IsInitial(size_t i) const;
  Abbreviation AbbreviationBefore(size_t period) const;
  void Close(size_t first, size_t end);
  void CloseOne(size_t first, size_t end);

  std::string_view text_;
  const TokenizedText& t_;
  const std::vector<Token>& tokens_;
  const SentenceWords& words_;
  std::vector<Sentence> out_;
};

std::vector<Sentence> Splitter::Run(const std::vector<uint32_t>& candidates) {
  const size_t n = tokens_.size();
  size_t first = 0, resume = 0;
  for (size_t i : candidates) {
    if (i < resume) continue;  // a closer already taken
    if (i > first && tokens_[i].Has(kNewlineBefore) && LineBreakEnds(i)) {
      Close(first, i);
      first = i;
    }
    if (!IsTerminator(i)) continue;
    size_t next = i + 1;
    while (next < n && IsCloser(next)) ++next;
    if (next < n && !tokens_[next].Has(kNewlineBefore) && EndsBefore(i, next)) {
      Close(first, next);
      first = next;
    }
    resume = next;
  }
  if (first < n) Close(first, n);
  return std::move(out_);
}

void Splitter::Close(size_t first, size_t end) {
  for (; end - first > kMaxSentenceTokens; first += kMaxSentenceTokens) {
    CloseOne(first, first + kMaxSentenceTokens);
  }
  CloseOne(first, end);
}

void Splitter::CloseOne(size_t first, size_t end) {
  Sentence s;
  s.first_token = static_cast<uint32_t>(first);
  s.end_token = static_cast<uint32_t>(end);
  s.begin = tokens_[first].begin;
  s.end = tokens_[end - 1].end;
  out_.push_back(s);
}

bool Splitter::IsTerminator(size_t i) const {
  const Token& t = tokens_[i];
  // A dotted abbreviation ("U.S.") carries its own final period.
  if (t.Has(kWord)) return text_[t.end - 1] == '.';
  if (!t.Has(kPunct)) return false;
  switch (text_[t.begin]) {
    case '.':
    case '!':
    case '?':
      return true;
    case '\xE2':
    case '\xE3': {
      std::string_view k = t_.Key(i);
      return k == "\u2026" || k == "\u3002";
    }
    default:
      return false;
  }
}

// Closing quotes and brackets, and further terminators ("?!"), that stick
// to the terminator.
bool Splitter::IsCloser(size_t i) const {
  if (!Adjacent(i) || tokens_[i].Has(kNewlineBefore)) return false;
  std::string_view k = t_.Key(i);
  return k == "\"" || k == "'" || k == ")" || k == "]" || k == "\u00bb" ||
         k == "." || k == "!" || k == "?";
}

bool Splitter::EndsBefore(size_t terminator, size_t next) const {
  std::string_view k = t_.Key(terminator);
  const Token& n = tokens_[next];
  if (k == "..." || k == "\u2026") return n.Has(kCapitalized);
  if (tokens_[terminator].Has(kWord)) return StartsSentence(next);  // "U.S."
  // Neither a lowercase word, nor a comma, nor a stray period ("said. .")
  // starts a sentence.
  if (n.Has(kLowerInitial) || KeyIs(next, ",") || KeyIs(next, ";") ||
      KeyIs(next, ":") || (n.Has(kPunct) && IsTerminator(next))) {
    return false;
  }
  if (k != ".") return true;
  switch (AbbreviationBefore(terminator)) {
    case Abbreviation::kTitle:
      return false;
    case Abbreviation::kMaybeFinal:
      return StartsSentence(next);
    case Abbreviation::kBeforeNumber:
      return !n.Has(kNumber);
    case Abbreviation::kNone:
      break;
  }
  return terminator == 0 || !IsInitial(terminator - 1) || StartsSentence(next);
}

Abbreviation Splitter::AbbreviationBefore(size_t period) const {
  if (period == 0 || !Adjacent(period) || !tokens_[period - 1].Has(kWord)) {
    return Abbreviation::kNone;
  }
  return AbbreviationOf(t_.Key(period - 1), words_);
}

// A single capital letter right before the period: "Bridget A. Brink".
bool Splitter::IsInitial(size_t i) const {
  if (i + 1 >= tokens_.size() || !Adjacent(i + 1)) return false;
  const Token& t = tokens_[i];
  if (!t.Has(kWord) || !t.Has(kCapitalized)) return false;
  size_t code_points = 0;
  for (uint32_t b = t.begin; b < t.end; ++b) {
    if ((static_cast<uint8_t>(text_[b]) & 0xC0) != 0x80) ++code_points;
  }
  return code_points == 1;
}

bool Splitter::StartsSentence(size_t i) const {
  return tokens_[i].Has(kCapitalized) &&
         SentenceWords::Has(words_.starters, t_.Key(i));
}

// A line break ends a sentence unless the next line continues it in
// lowercase (hard-wrapped text) or the line ended on a comma or a title.
bool Splitter::LineBreakEnds(size_t i) const {
  if (BlankLineBefore(i)) return true;
  if (tokens_[i].Has(kLowerInitial) || KeyIs(i - 1, ",")) return false;
  return !(KeyIs(i - 1, ".") &&
           AbbreviationBefore(i - 1) == Abbreviation::kTitle);
}

bool Splitter::BlankLineBefore(size_t i) const {
  int breaks = 0;
  for (uint32_t b = tokens_[i - 1].end; b < tokens_[i].begin; ++b) {
    char c = text_[b];
    if (c == '\n' ||
        (c == '\r' && (b + 1 == tokens_[i].begin || text_[b + 1] != '\n'))) {
      if (++breaks == 2) return true;
    }
  }
  // U+2029 PARAGRAPH SEPARATOR
  return text_.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end)
             .find("\u2029") != std::string_view::npos;
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text,
                                     const TokenizedText& t,
                                     const std::vector<uint32_t>& candidates,
                                     const SentenceWords& words) {
  return Splitter(text, t, words).Run(candidates);
}

}  // namespace actorgraph
