// Reader for the actor and agent dictionaries of the PETRARCH and TABARI
// event coders (the Phoenix dictionaries and every project built on them),
// so that users can point actorgraph at the dictionaries they maintain.
//
// Actor dictionary: a name line starts an actor (`RONALD_REAGAN_`), `+`
// lines add aliases, and codes in brackets follow on the name line or on
// their own lines: `[USAGOV 810120-890120]`, `[HOB <950601]`,
// `[HOBREB >990816]`, `[SUN]` (undated: the default).  Name lines with no
// code that directly follow each other share the codes of the next entry.
// Agent dictionary: `FOREIGN_MINISTER {PLURAL} [~GOVFRM]`, `NGO~` codes
// that go before the actor's, and `!PERSON! = MAN, WOMAN` substitutions.
// `#` starts a comment, `<!-- ... -->` comments may span lines.
//
//   DictionaryRead read = ReadActorDictionary("Phoenix.Countries.actors.txt");
//   for (const DictActor& a : read.actors) ... a.names[0], a.CodeAt(19870601)
//   read.warnings  // "file:line:col: reason" of each skipped piece
//
// A bad line or code block is skipped with a warning, never fatal; invalid
// UTF-8 is repaired and the line is named in a warning.
#ifndef ACTORGRAPH_EXTRACT_RULES_PETRARCH_DICTIONARY_H_
#define ACTORGRAPH_EXTRACT_RULES_PETRARCH_DICTIONARY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// A CAMEO actor code and when it applies; dates are YYYYMMDD integers,
// both ends inclusive, 0 for an open end.
struct DatedCode {
  std::string code;  // "JPNGOV"; "---" means "no actor" in that period
  int from = 0, to = 0;
  bool Undated() const { return from == 0 && to == 0; }
  bool Covers(int date) const {
    return (from == 0 || date >= from) && (to == 0 || date <= to);
  }
};

struct DictActor {
  std::vector<std::string> names;  // "PAUL A. VOLCKER": words, one space
  std::vector<DatedCode> codes;    // file order
  std::string note;                // the root line's comment
  int line = 0;                    // of the first name
  // The first dated code that covers `date` (YYYYMMDD), else the first
  // undated one.  With date 0 (undated), what holds now: an open-ended
  // period, else the undated code, else the period that ended last.
  // Null when none applies.
  const DatedCode* CodeAt(int date) const;
};

struct DictAgent {
  std::string phrase;   // "FOREIGN MINISTERS"
  std::string code;     // "GOVFRM"
  bool before = false;  // `NGO~`: the code precedes the actor's code
  int line = 0;
};

struct DictionaryRead {
  std::vector<DictActor> actors;
  std::vector<DictAgent> agents;
  std::vector<std::string> warnings;  // every one, in file order
  size_t warning_count = 0;
  void Warn(const std::string& message);
};

// Throw UserError (exit 4) only when the file cannot be read.
DictionaryRead ReadActorDictionary(const std::string& path);
DictionaryRead ReadAgentDictionary(const std::string& path);
// The same on text in memory; `file` names it in warnings.
void ParseActorDictionary(std::string_view text, const std::string& file,
                          DictionaryRead* out);
void ParseAgentDictionary(std::string_view text, const std::string& file,
                          DictionaryRead* out);

// "850311" (YY 00-30 is 20YY) or "19850311" as YYYYMMDD; 0 when invalid.
int ParseDictionaryDate(std::string_view digits);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_PETRARCH_DICTIONARY_H_
