#include "extract/rules/relation_rules.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "extract/base/file_io.h"
#include "extract/base/strings.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

bool IsDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

CameoFacts FactsOf(const CameoCode& c) {
  return {c.code, c.goldstein, c.quad_class};
}

bool IsIdentifier(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!(isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

// Parses one element token ("meet~|talk~?", "@aux*", "_3", "A").
PatternElement ParseElement(std::string token, const std::string& where,
                            Lexicon* lexicon) {
  PatternElement e;
  if (token == "A") e.kind = ElementKind::kSource;
  if (token == "B") e.kind = ElementKind::kTarget;
  if (token == "AB") e.kind = ElementKind::kGroup;
  if (token == "..") {
    e.kind = ElementKind::kSubjectGap;
    e.min = 0;
    e.max = kSubjectGapMax;
  }
  if (e.kind != ElementKind::kWords) return e;
  if (token.size() == 2 && token[0] == '_' && token[1] >= '1' &&
      token[1] <= '9') {
    e.kind = ElementKind::kFreeGap;
    e.min = 0;
    e.max = token[1] - '0';
    return e;
  }
  if (token.size() > 1 && token[0] == '!') {
    e.kind = ElementKind::kNot;
    e.min = e.max = 0;
    token.erase(0, 1);
  } else if (token.size() > 1 && (token.back() == '?' || token.back() == '*')) {
    e.min = 0;
    e.max = token.back() == '*' ? kStarMax : 1;
    token.pop_back();
  }
  size_t start = 0;
  while (start <= token.size()) {
    size_t bar = token.find('|', start);
    if (bar == std::string::npos) bar = token.size();
    std::string alt = token.substr(start, bar - start);
    if (alt.empty())
      throw UserError(where + ": empty alternative in '" + token + "'");
    if (alt[0] == '@') {
      // "@attack_verb:participle": a form of each of the class's families.
      size_t colon = alt.find(':');
      int cls = lexicon->RequireClass(alt.substr(1, colon - 1), where);
      std::vector<int> words = lexicon->ClassWords(cls);
      if (colon != std::string::npos) {
        WordForm form;
        std::string name = alt.substr(colon + 1);
        if (!ParseFormSelector(name, &form)) {
          throw UserError(where + ": unknown form selector ':" + name + "' (" +
                          SelectorNames(true) + "; " + SelectorNames(false) +
                          ")");
        }
        words = lexicon->ClassForms(cls, form, where);
      }
      e.words.insert(e.words.end(), words.begin(), words.end());
    } else {
      std::vector<int> words = lexicon->ExpandWord(alt, where);
      e.words.insert(e.words.end(), words.begin(), words.end());
    }
    start = bar + 1;
  }
  std::sort(e.words.begin(), e.words.end());
  e.words.erase(std::unique(e.words.begin(), e.words.end()), e.words.end());
  return e;
}

// A pattern needs a source and a target (or a group), at most one of each,
// and a required word to anchor on.
void CheckPattern(const PatternRule& rule, const std::string& where) {
  int sources = 0, targets = 0, groups = 0, anchor = -1;
  for (size_t i = 0; i < rule.elements.size(); ++i) {
    const PatternElement& e = rule.elements[i];
    sources += e.kind == ElementKind::kSource;
    targets += e.kind == ElementKind::kTarget;
    groups += e.kind == ElementKind::kGroup;
    if (anchor < 0 && e.kind == ElementKind::kWords && e.min > 0) {
      anchor = static_cast<int>(i);
    }
  }
  if (rule.elements.empty()) throw UserError(where + ": empty pattern");
  if (sources > 1 || targets > 1 || groups > 1) {
    throw UserError(where + ": a pattern takes each of A, B, AB at most once");
  }
  if (groups == 0 && (sources != 1 || targets != 1)) {
    throw UserError(where + ": a pattern needs both A and B, or AB");
  }
  if (groups == 1 && sources + targets == 1) {
    throw UserError(where + ": AB goes alone or with both A and B");
  }
  if (anchor < 0) {
    throw UserError(where + ": a pattern needs at least one required word");
  }
}

}  // namespace

const std::vector<std::string>& RelationSettingNames() {
  static const std::vector<std::string> kNames = {
      "cameo", "symmetric", "label", "sources", "targets", "pattern"};
  return kNames;
}

const std::vector<std::string>& PatternOptionNames() {
  static const std::vector<std::string> kNames = {"CODE", "negative",
                                                  "positive", "literal"};
  return kNames;
}

// What ParseElement accepts, one entry per kind of token it tells apart.
const std::vector<std::string>& PatternElementSyntax() {
  static const std::vector<std::string> kSyntax = {
      "A",           "B",     "AB",         "..",    "_N",         "word",
      "w1|w2",       "word~", "word~:FORM", "word+", "word+:FORM", "@class",
      "@class:FORM", "X?",    "X*",         "!X"};
  return kSyntax;
}

bool RelationDef::Accepts(const std::string& source_type,
                          const std::string& target_type) const {
  auto in = [](const std::vector<std::string>& types, const std::string& t) {
    return types.empty() ||
           std::find(types.begin(), types.end(), t) != types.end();
  };
  return in(source_types, source_type) && in(target_types, target_type);
}

int RelationRules::FindRelation(const std::string& name) const {
  for (size_t i = 0; i < relations_.size(); ++i) {
    if (relations_[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

void RelationRules::ParseSetting(const std::string& key,
                                 const std::string& value,
                                 const std::string& where,
                                 const CameoTable& cameo) {
  RelationDef& r = relations_.back();
  if (key == "cameo") {
    if (value == "none") return;
    const CameoCode* code = cameo.Find(value);
    if (!code) throw UserError(where + ": unknown CAMEO code '" + value + "'");
    r.cameo = value;
    r.goldstein = code->goldstein;
    r.quad_class = code->quad_class;
  } else if (key == "symmetric") {
    if (value != "yes" && value != "no") {
      throw UserError(where + ": symmetric must be yes or no");
    }
    r.symmetric = value == "yes";
  } else if (key == "label") {
    r.label = value;
  } else if (key == "sources" || key == "targets") {
    std::vector<std::string>& types =
        key == "sources" ? r.source_types : r.target_types;
    for (std::string_view t : SplitWords(value)) {
      if (t != "Country" && t != "Organization" && t != "Person" &&
          t != "Location") {
        throw UserError(where + ": unknown actor type '" + std::string(t) +
                        "' (Country, Organization, Person, Location)");
      }
      types.emplace_back(t);
    }
  } else {
    std::string known;
    for (const std::string& n : RelationSettingNames()) {
      known += (known.empty() ? "" : ", ") + n;
    }
    throw UserError(where + ": unknown setting '" + key + "' (" + known + ")");
  }
}

// "[1041, negative]": a CAMEO code under the relation's root, a polarity,
// "literal".
void RelationRules::ParseOptions(const std::string& options,
                                 const std::string& where,
                                 const CameoTable& cameo,
                                 PatternRule* rule) const {
  const RelationDef& r = relations_[rule->relation];
  size_t start = 0;
  while (start <= options.size()) {
    size_t comma = options.find(',', start);
    if (comma == std::string::npos) comma = options.size();
    std::string option = Trim(options.substr(start, comma - start));
    start = comma + 1;
    if (option == "negative" || option == "positive") {
      rule->negative = option == "negative";
    } else if (option == "literal") {
      rule->literal = true;
    } else if (IsDigits(option)) {
      const CameoCode* code = cameo.Find(option);
      if (!code)
        throw UserError(where + ": unknown CAMEO code '" + option + "'");
      if (r.cameo.empty() || r.cameo.compare(0, 2, code->root) != 0) {
        throw UserError(where + ": CAMEO code '" + option +
                        "' is not under the root of relation '" + r.name +
                        "' (" + (r.cameo.empty() ? "none" : r.cameo) + ")");
      }
      rule->cameo = FactsOf(*code);
    } else {
      throw UserError(where + ": unknown pattern option '" + option +
                      "' (a CAMEO code, negative, positive, literal)");
    }
  }
}

void RelationRules::ParsePattern(const std::string& text, int value_column,
                                 const std::string& file, int line,
                                 Lexicon* lexicon, PatternRule* out) {
  PatternRule& rule = *out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i == start) break;
    std::string where = file + ":" + std::to_string(line) + ":" +
                        std::to_string(value_column + static_cast<int>(start));
    PatternElement e =
        ParseElement(text.substr(start, i - start), where, lexicon);
    e.column = value_column + static_cast<int>(start);
    e.text = text.substr(start, i - start);
    rule.elements.push_back(std::move(e));
  }
  CheckPattern(rule, file + ":" + std::to_string(line) + ":" +
                         std::to_string(value_column));
  for (size_t k = 0; k < rule.elements.size(); ++k) {
    const PatternElement& e = rule.elements[k];
    if (e.kind == ElementKind::kWords && e.min > 0) {
      rule.anchor = static_cast<int>(k);
      break;
    }
  }
  for (const PatternElement& e : rule.elements) {
    if (e.kind != ElementKind::kWords || e.min == 0) continue;
    uint64_t mask = 0;
    for (int w : e.words) mask |= WordSignatureBit(w);
    rule.required.push_back(mask);
  }
}

void RelationRules::Load(const std::string& path, Lexicon* lexicon,
                         const CameoTable& cameo) {
  std::string contents = ReadFile(path);
  const int rank = files_++;
  const size_t first_of_file = relations_.size();
  int block = -1;         // the relation the current block adds to
  bool reopened = false;  // a block of a relation from an earlier file
  for (const ConfigLine& config_line : ConfigLines(contents)) {
    std::string raw(config_line.text);
    int line = config_line.number;
    std::string text = Trim(raw);
    int indent = static_cast<int>(raw.find_first_not_of(" \t"));
    auto where = [&](int col) {
      return path + ":" + std::to_string(line) + ":" + std::to_string(col);
    };
    if (text[0] == '[') {
      std::string name =
          text.back() == ']' ? Trim(text.substr(1, text.size() - 2)) : "";
      if (!IsIdentifier(name)) {
        throw UserError(where(indent + 1) + ": expected '[relation_name]'");
      }
      block = FindRelation(name);
      reopened = block >= 0 && static_cast<size_t>(block) < first_of_file;
      if (block >= 0 && !reopened) {
        throw UserError(where(indent + 1) + ": relation '" + name +
                        "' defined twice");
      }
      if (block < 0) {
        RelationDef def;
        def.name = name;
        def.label = name;
        def.defined_at = path + ":" + std::to_string(line);
        relations_.push_back(def);
        block = static_cast<int>(relations_.size()) - 1;
      }
      continue;
    }
    size_t eq = raw.find('=');
    if (eq == std::string::npos) {
      throw UserError(where(indent + 1) + ": expected 'key = value'");
    }
    if (block < 0) {
      throw UserError(where(indent + 1) +
                      ": setting outside a [relation] block");
    }
    std::string key = Trim(raw.substr(0, eq));
    size_t value_start = raw.find_first_not_of(" \t", eq + 1);
    std::string value =
        value_start == std::string::npos ? "" : Trim(raw.substr(value_start));
    int value_column = value_start == std::string::npos
                           ? static_cast<int>(eq) + 2
                           : static_cast<int>(value_start) + 1;
    if (key.rfind("pattern", 0) != 0) {
      if (reopened) {
        throw UserError(where(indent + 1) + ": relation '" +
                        relations_[block].name + "' is defined at " +
                        relations_[block].defined_at +
                        "; a later file adds patterns only");
      }
      ParseSetting(key, value, where(value_column), cameo);
      continue;
    }
    // "pattern ID [OPTIONS]": the options sit between the id and '='.
    std::string head = key.substr(7);
    std::string options;
    size_t bracket = head.find('[');
    if (bracket != std::string::npos) {
      size_t close = head.find(']', bracket);
      if (close == std::string::npos || !Trim(head.substr(close + 1)).empty()) {
        throw UserError(where(indent + 9) +
                        ": expected 'pattern ID [OPTIONS] = elements'");
      }
      options = head.substr(bracket + 1, close - bracket - 1);
      head = head.substr(0, bracket);
    }
    std::string id = Trim(head);
    if (!IsIdentifier(id)) {
      throw UserError(where(indent + 1) + ": expected 'pattern ID = elements'");
    }
    std::string full = relations_[block].name + "." + id;
    if (!rule_ids_.insert(full).second) {
      throw UserError(where(indent + 9) + ": duplicate rule id '" + full + "'");
    }
    PatternRule rule;
    rule.id = full;
    rule.relation = block;
    rule.rank = rank;
    rule.file = path;
    rule.line = line;
    if (bracket != std::string::npos) {
      ParseOptions(options, where(static_cast<int>(raw.find('[')) + 2), cameo,
                   &rule);
    }
    if (value.empty()) throw UserError(where(value_column) + ": empty pattern");
    ParsePattern(value, value_column, path, line, lexicon, &rule);
    patterns_.push_back(std::move(rule));
  }
  // A pattern without a code of its own carries its relation's, whichever
  // line of the block sets it.
  for (PatternRule& r : patterns_) {
    const RelationDef& def = relations_[r.relation];
    if (r.cameo.code.empty())
      r.cameo = {def.cameo, def.goldstein, def.quad_class};
  }
}

}  // namespace actorgraph
