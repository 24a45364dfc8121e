#include "extract/rules/petrarch_dictionary.h"

#include <map>

#include "extract/base/file_io.h"
#include "extract/base/strings.h"
#include "extract/base/user_error.h"
#include "extract/rules/dictionary_lines.h"

namespace actorgraph {
namespace {

bool ValidCode(const std::string& code) {
  if (code.empty()) return false;
  for (char c : code) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '+' || c == '/' || c == '~';
    if (!ok) return false;
  }
  return true;
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// Adds or subtracts one day in YYYYMMDD integer order: "<D" means up to
// the day before D, which compares like D - 1 for these integers.
int Before(int date) { return date - 1; }
int After(int date) { return date + 1; }

// The inside of one code block: "USAGOV 810120-890120", "HOB < 950601".
bool ParseCodeBlock(std::string_view inside, DatedCode* out,
                    std::string* error) {
  inside = TrimmedView(inside);
  size_t sp = 0;
  while (sp < inside.size() && !IsDictionaryBlank(inside[sp])) ++sp;
  out->code = Upper(std::string(inside.substr(0, sp)));
  std::string dates;
  for (char c : inside.substr(sp)) {
    if (!IsDictionaryBlank(c)) dates += c;
  }
  if (!ValidCode(out->code)) {
    *error = "bad actor code '" + out->code + "'";
    return false;
  }
  if (dates.empty()) return true;
  auto date = [&](std::string_view d, int* value) {
    *value = ParseDictionaryDate(d);
    if (*value == 0) *error = "bad date '" + std::string(d) + "'";
    return *value != 0;
  };
  int a = 0, b = 0;
  if (dates[0] == '<') {
    if (!date(std::string_view(dates).substr(1), &b)) return false;
    out->to = Before(b);
  } else if (dates[0] == '>') {
    if (!date(std::string_view(dates).substr(1), &a)) return false;
    out->from = After(a);
  } else {
    size_t dash = dates.find('-');
    if (dash == std::string::npos) {
      *error =
          "expected YYMMDD-YYMMDD, <YYMMDD or >YYMMDD, got '" + dates + "'";
      return false;
    }
    std::string_view d(dates);
    if (!date(d.substr(0, dash), &a) || !date(d.substr(dash + 1), &b)) {
      return false;
    }
    out->from = a;
    out->to = b;
  }
  return true;
}

// Parses every "[...]" in `rest` (starting at byte column `col`).
void ParseCodes(std::string_view rest, size_t col, const std::string& file,
                int line, std::vector<DatedCode>* codes, DictionaryRead* out) {
  size_t i = 0;
  while ((i = rest.find('[', i)) != std::string_view::npos) {
    size_t close = rest.find(']', i);
    if (close == std::string_view::npos) {
      out->Warn(Located(file, line, static_cast<int>(col + i + 1),
                        "missing ']'; code skipped"));
      return;
    }
    DatedCode code;
    std::string error;
    if (ParseCodeBlock(rest.substr(i + 1, close - i - 1), &code, &error)) {
      codes->push_back(std::move(code));
    } else {
      out->Warn(Located(file, line, static_cast<int>(col + i + 1),
                        error + "; code skipped"));
    }
    i = close + 1;
  }
}

class ActorParser {
 public:
  ActorParser(const std::string& file, DictionaryRead* out)
      : file_(file), out_(out) {}

  void Feed(const DictionaryLine& l) {
    if (l.text.empty()) {
      blank_seen_ = blank_seen_ || l.blank;
      return;
    }
    bool after_blank = blank_seen_;
    blank_seen_ = false;
    char first = l.text[0];
    if (first == '[') {
      if (pending_.empty()) {
        out_->Warn(Located(file_, l.number, static_cast<int>(l.offset + 1),
                           "code block before any actor name; skipped"));
        return;
      }
      ParseCodes(l.text, l.offset, file_, l.number, &pending_.back().codes,
                 out_);
      return;
    }
    std::string_view body = first == '+' ? l.text.substr(1) : l.text;
    size_t bracket = body.find('[');
    std::string phrase = PhraseOf(body.substr(0, bracket));
    size_t col = l.offset + (first == '+') + 1;
    if (phrase.empty()) {
      out_->Warn(Located(file_, l.number, static_cast<int>(col),
                         "empty actor name; line skipped"));
      return;
    }
    if (first == '+') {
      if (pending_.empty()) {
        out_->Warn(Located(file_, l.number, static_cast<int>(col),
                           "alias before any actor name; line skipped"));
        return;
      }
    } else if (pending_.empty() || !pending_.back().codes.empty() ||
               after_blank) {
      // A new name after a coded entry or a blank line starts a new actor.
      FlushPending();
      pending_.emplace_back();
      pending_.back().line = l.number;
      pending_.back().note = std::string(l.comment);
    }
    DictActor& a = pending_.back();
    a.names.push_back(phrase);
    if (bracket != std::string_view::npos) {
      ParseCodes(body.substr(bracket), col - 1 + bracket, file_, l.number,
                 &a.codes, out_);
    }
  }

  void Finish() { FlushPending(); }

 private:
  // Code-less names directly followed by a coded entry share its codes:
  // they are the same actor written several ways.
  void FlushPending() {
    if (pending_.empty()) return;
    DictActor merged = std::move(pending_.front());
    for (size_t k = 1; k < pending_.size(); ++k) {
      for (std::string& n : pending_[k].names) merged.names.push_back(n);
      for (DatedCode& c : pending_[k].codes) merged.codes.push_back(c);
    }
    pending_.clear();
    if (merged.codes.empty()) {
      out_->Warn(
          Located(file_, merged.line, 1,
                  "actor '" + merged.names[0] + "' has no code; skipped"));
      return;
    }
    out_->actors.push_back(std::move(merged));
  }

  const std::string& file_;
  DictionaryRead* out_;
  std::vector<DictActor> pending_;
  bool blank_seen_ = false;
};

// Agent phrase plurals: regular English forms of the last word.
std::string Plural(const std::string& phrase) {
  if (phrase.empty()) return phrase;
  auto ends = [&](const char* s) {
    std::string_view e(s);
    return phrase.size() >= e.size() &&
           phrase.compare(phrase.size() - e.size(), e.size(), e) == 0;
  };
  char last = phrase.back();
  char prev = phrase.size() > 1 ? phrase[phrase.size() - 2] : ' ';
  bool vowel = std::string_view("AEIOU").find(prev) != std::string_view::npos;
  if (last == 'Y' && !vowel) return phrase.substr(0, phrase.size() - 1) + "IES";
  if (ends("S") || ends("X") || ends("CH") || ends("SH") || ends("Z")) {
    return phrase + "ES";
  }
  return phrase + "S";
}

class AgentParser {
 public:
  AgentParser(const std::string& file, DictionaryRead* out)
      : file_(file), out_(out) {}

  void Finish() {}  // each agent line stands alone: nothing is pending

  void Feed(const DictionaryLine& l) {
    if (l.text.empty()) return;
    std::string_view t = l.text;
    int col = static_cast<int>(l.offset) + 1;
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      DefineMarker(t, l.number, col);
      return;
    }
    size_t open = t.find('[');
    size_t close = t.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      out_->Warn(
          Located(file_, l.number, col, "agent has no [code]; line skipped"));
      return;
    }
    std::string code =
        Upper(std::string(TrimmedView(t.substr(open + 1, close - open - 1))));
    bool before = !code.empty() && code.back() == '~';
    if (!code.empty() && (code.front() == '~' || before)) {
      code = before ? code.substr(0, code.size() - 1) : code.substr(1);
    } else {
      out_->Warn(
          Located(file_, l.number, col + static_cast<int>(open),
                  "agent code needs '~' before or after it; line skipped"));
      return;
    }
    if (!ValidCode(code)) {
      out_->Warn(Located(file_, l.number, col + static_cast<int>(open),
                         "bad agent code '" + code + "'; line skipped"));
      return;
    }
    std::string_view head = t.substr(0, open);
    std::string plural;
    bool explicit_plural = false;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t end = head.find('}', brace);
      if (end == std::string_view::npos) {
        out_->Warn(Located(file_, l.number, col + static_cast<int>(brace),
                           "missing '}'; line skipped"));
        return;
      }
      plural = PhraseOf(head.substr(brace + 1, end - brace - 1));
      explicit_plural = true;
      head = head.substr(0, brace);
    }
    std::string phrase = PhraseOf(head);
    if (phrase.empty()) {
      out_->Warn(
          Located(file_, l.number, col, "empty agent phrase; line skipped"));
      return;
    }
    if (phrase.find('!') != std::string::npos) {
      ExpandMarker(phrase, code, before, l.number, col);
      return;
    }
    Add(phrase, code, before, l.number);
    if (!explicit_plural) plural = Plural(phrase);
    if (!plural.empty()) Add(plural, code, before, l.number);
  }

 private:
  void Add(const std::string& phrase, const std::string& code, bool before,
           int line) {
    out_->agents.push_back(DictAgent{phrase, code, before, line});
  }

  void DefineMarker(std::string_view t, int line, int col) {
    size_t end = t.find('!', 1);
    size_t eq = t.find('=');
    if (end == std::string_view::npos || end > eq) {
      out_->Warn(
          Located(file_, line, col, "bad substitution marker; line skipped"));
      return;
    }
    std::vector<std::string>& items =
        markers_[std::string(t.substr(1, end - 1))];
    items.clear();
    std::string_view list = t.substr(eq + 1);
    while (!list.empty()) {
      size_t comma = list.find(',');
      std::string item = PhraseOf(list.substr(0, comma));
      if (!item.empty()) items.push_back(item);
      if (comma == std::string_view::npos) break;
      list = list.substr(comma + 1);
    }
  }

  // "CONGRESS!PERSON!" -> CONGRESSMAN, CONGRESSMEN, ... (no plurals).
  void ExpandMarker(const std::string& phrase, const std::string& code,
                    bool before, int line, int col) {
    size_t a = phrase.find('!');
    size_t b = phrase.find('!', a + 1);
    if (b == std::string::npos) {
      out_->Warn(Located(file_, line, col,
                         "unclosed substitution marker; line skipped"));
      return;
    }
    auto it = markers_.find(phrase.substr(a + 1, b - a - 1));
    if (it == markers_.end()) {
      out_->Warn(Located(file_, line, col,
                         "unknown substitution marker '" +
                             phrase.substr(a, b - a + 1) + "'; line skipped"));
      return;
    }
    for (const std::string& s : it->second) {
      Add(PhraseOf(phrase.substr(0, a) + s + phrase.substr(b + 1)), code,
          before, line);
    }
  }

  const std::string& file_;
  DictionaryRead* out_;
  std::map<std::string, std::vector<std::string>> markers_;
};

// Feeds every line of `text` to a Parser(file, out).
template <typename Parser>
void ParseDictionary(std::string_view text, const std::string& file,
                     DictionaryRead* out) {
  LineReader reader(text);
  Parser parser(file, out);
  for (DictionaryLine l; reader.Next(&l);) parser.Feed(l);
  parser.Finish();
}

template <typename Parser>
DictionaryRead ReadDictionary(const std::string& path) {
  DictionaryRead out;
  std::string text = RepairedDictionaryText(ReadFile(path), path, &out);
  ParseDictionary<Parser>(text, path, &out);
  return out;
}

}  // namespace

void DictionaryRead::Warn(const std::string& message) {
  warnings.push_back(message);
  ++warning_count;
}

const DatedCode* DictActor::CodeAt(int date) const {
  const DatedCode* fallback = nullptr;
  const DatedCode* open = nullptr;
  const DatedCode* latest = nullptr;
  for (const DatedCode& c : codes) {
    if (c.Undated()) {
      if (!fallback) fallback = &c;
      continue;
    }
    if (date != 0 && c.Covers(date)) return &c;
    if (c.to == 0 && !open) open = &c;
    if (!latest || c.to > latest->to) latest = &c;
  }
  if (date != 0) return fallback;
  // Undated: what holds now, an open period, else the default, else the
  // period that ended last.
  return open ? open : fallback ? fallback : latest;
}

int ParseDictionaryDate(std::string_view d) {
  if ((d.size() != 6 && d.size() != 8) ||
      d.find_first_not_of("0123456789") != std::string_view::npos) {
    return 0;
  }
  int v = std::stoi(std::string(d));
  if (d.size() == 6) {
    int yy = v / 10000;
    v += (yy <= 30 ? 20000000 : 19000000);
  }
  int month = v / 100 % 100, day = v % 100, year = v / 10000;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return 0;
  return v;
}

void ParseActorDictionary(std::string_view text, const std::string& file,
                          DictionaryRead* out) {
  ParseDictionary<ActorParser>(text, file, out);
}

void ParseAgentDictionary(std::string_view text, const std::string& file,
                          DictionaryRead* out) {
  ParseDictionary<AgentParser>(text, file, out);
}

DictionaryRead ReadActorDictionary(const std::string& path) {
  return ReadDictionary<ActorParser>(path);
}

DictionaryRead ReadAgentDictionary(const std::string& path) {
  return ReadDictionary<AgentParser>(path);
}

}  // namespace actorgraph
