#include "extract/rules/relation_rules.h"
#include "extract/base/file_io.h"
#include "extract/base/strings.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

constexpr int kSubjectGapMax = 20;
constexpr int kStarMax = 4;

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
    if (alt.empty()) throw UserError(where + ": empty alternative in '" + token + "'");
    if (alt[0] == '@') {
      int cls = lexicon->RequireClass(alt.substr(1), where);
      std::vector<int> words = lexicon->ClassWords(cls);
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

bool RelationDef::Accepts(const std::string& source_type,
                          const std::string& target_type) const {
  auto in = [](const std::vector<std::string>& types, const std::string& t) {
    return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
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
                                 const std::map<std::string, double>& goldstein) {
  RelationDef& r = relations_.back();
  if (key == "cameo") {
    if (value == "none") return;
    auto it = goldstein.find(value);
    if (it == goldstein.end()) {
      throw UserError(where + ": unknown CAMEO code '" + value + "'");
    }
    r.cameo = value;
    r.goldstein = it->second;
  } else if (key == "symmetric") {
    if (value != "yes" && value != "no") {
      throw UserError(where + ": symmetric must be yes or no");
    }
    r.symmetric = value == "yes";
  } else if (key == "label") {
    r.label = value;
  } else if (key == "sources" || key == "targets") {
    std::vector<std::string>& types = key == "sources" ? r.source_types : r.target_types;
    for (std::string_view t : SplitWords(value)) {
      if (t != "Country" && t != "Organization" && t != "Person" && t != "Location") {
        throw UserError(where + ": unknown actor type '" + std::string(t) +
                        "' (Country, Organization, Person, Location)");
      }
      types.emplace_back(t);
    }
  } else {
    throw UserError(where + ": unknown setting '" + key +
                    "' (cameo, symmetric, label, sources, targets, pattern)");
  }
}

void RelationRules::ParsePattern(const std::string& text, int value_column,
                                 const std::string& file, int line,
                                 Lexicon* lexicon) {
  PatternRule rule;
  rule.relation = static_cast<int>(relations_.size()) - 1;
  rule.file = file;
  rule.line = line;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i == start) break;
    std::string where = file + ":" + std::to_string(line) + ":" +
                        std::to_string(value_column + static_cast<int>(start));
    PatternElement e = ParseElement(text.substr(start, i - start), where, lexicon);
    e.column = value_column + static_cast<int>(start);
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
  patterns_.push_back(std::move(rule));
}

void RelationRules::Load(const std::string& path, Lexicon* lexicon,
                         const std::map<std::string, double>& goldstein) {
  std::string contents = ReadFile(path);
  std::set<std::string> rule_ids;
  for (const ConfigLine& config_line : ConfigLines(contents)) {
    std::string raw(config_line.text);
    int line = config_line.number;
    std::string text = Trim(raw);
    int indent = static_cast<int>(raw.find_first_not_of(" \t"));
    auto where = [&](int col) { return path + ":" + std::to_string(line) + ":" +
                                       std::to_string(col); };
    if (text[0] == '[') {
      std::string name = text.back() == ']' ? Trim(text.substr(1, text.size() - 2)) : "";
      if (!IsIdentifier(name)) {
        throw UserError(where(indent + 1) + ": expected '[relation_name]'");
      }
      if (FindRelation(name) >= 0) {
        throw UserError(where(indent + 1) + ": relation '" + name + "' defined twice");
      }
      RelationDef def;
      def.name = name;
      def.label = name;
      relations_.push_back(def);
      continue;
    }
    size_t eq = raw.find('=');
    if (eq == std::string::npos) {
      throw UserError(where(indent + 1) + ": expected 'key = value'");
    }
    if (relations_.empty()) {
      throw UserError(where(indent + 1) + ": setting outside a [relation] block");
    }
    std::string key = Trim(raw.substr(0, eq));
    size_t value_start = raw.find_first_not_of(" \t", eq + 1);
    std::string value = value_start == std::string::npos ? "" : Trim(raw.substr(value_start));
    int value_column = value_start == std::string::npos ? static_cast<int>(eq) + 2
                                                        : static_cast<int>(value_start) + 1;
    if (key.rfind("pattern", 0) == 0) {
      std::string id = Trim(key.substr(7));
      if (!IsIdentifier(id)) {
        throw UserError(where(indent + 1) + ": expected 'pattern ID = elements'");
      }
      std::string full = relations_.back().name + "." + id;
      if (!rule_ids.insert(full).second) {
        throw UserError(where(indent + 9) + ": duplicate rule id '" + full + "'");
      }
      if (value.empty()) throw UserError(where(value_column) + ": empty pattern");
      ParsePattern(value, value_column, path, line, lexicon);
      patterns_.back().id = full;
    } else {
      ParseSetting(key, value, where(value_column), goldstein);
    }
  }
}

}  // namespace actorgraph
