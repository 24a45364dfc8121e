#include "extract/check/case_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "extract/base/file_io.h"
#include "extract/base/strings.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SplitCommas(const std::string& s) {
  std::vector<std::string> parts;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, ',')) parts.push_back(Trim(part));
  return parts;
}

bool IsRelationChar(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

// Applies "[negative, future]" to *out.
bool ParseOptions(const std::string& options, CaseRelation* out,
                  std::string* error) {
  bool have_polarity = false;
  for (const std::string& option : SplitCommas(options)) {
    Polarity polarity;
    Modality modality;
    if (ParsePolarity(option, &polarity)) {
      if (have_polarity && polarity != out->polarity) {
        *error = "conflicting polarities in '[" + options + "]'";
        return false;
      }
      have_polarity = true;
      out->polarity = polarity;
    } else if (ParseModality(option, &modality)) {
      if (out->has_modality && modality != out->modality) {
        *error = "conflicting modalities in '[" + options + "]'";
        return false;
      }
      out->has_modality = true;
      out->modality = modality;
    } else {
      *error = "unknown option '" + option +
               "' (expected positive, negative, asserted, future or "
               "hypothetical)";
      return false;
    }
  }
  return true;
}

// Builds a CaseFile line by line; a line method throws UserError, which
// ParseCaseFile records with Note() before going on.
class Parser {
 public:
  explicit Parser(const std::string& path) { file_.path = path; }

  void Line(int number, const std::string& raw) {
    line_ = number;
    column_ = ColumnOf(raw, 0);
    std::string line = Trim(raw);
    bool continuation = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    if (line.empty() || line[0] == '#') {
      in_text_ = false;
      return;
    }
    if (continuation) return Continue(line);
    in_text_ = false;
    size_t colon = line.find(':');
    std::string key = colon == std::string::npos ? "" : line.substr(0, colon);
    if (key.empty() || key.find(' ') != std::string::npos) {
      Fail(
          "expected 'key: value' (text, expect, reject, actors, absent, "
          "others or id)");
    }
    std::string value = Trim(line.substr(colon + 1));
    if (key != "text" && key != "expect" && key != "reject" &&
        key != "actors" && key != "absent" && key != "others" && key != "id") {
      Fail("unknown key '" + key +
           "' (expected text, expect, reject, actors, absent, others or id)");
    }
    if (key != "text" && !open_) {
      Fail("'" + key + ":' before the first 'text:'");
    }
    column_ = ColumnOf(raw, raw.find(':') + 1);  // the value's, from here on
    if (key == "text") return StartCase(value);
    current_.end_line = number;
    if (key == "expect") return Expect(value);
    if (key == "reject") return Reject(value);
    if (key == "actors") return Actors(key, value, &current_.actors);
    if (key == "absent") return Actors(key, value, &current_.absent);
    if (key == "others") return Others(value);
    return Id(value);
  }

  // Records an error and goes on, so that one run lists them all.  A
  // failed line of the open case also silences its "checks nothing",
  // which would only repeat that error.
  void Note(const std::string& error, bool line_failed = false) {
    errors_ += (errors_.empty() ? "" : "\n") + error;
    if (line_failed) case_failed_ = open_;
  }
  const std::string& errors() const { return errors_; }

  CaseFile Finish() {
    CloseCase();
    return std::move(file_);
  }

 private:
  [[noreturn]] void Fail(const std::string& reason) const {
    throw UserError(Located(file_.path, line_, column_, reason));
  }

  // 1-based column of the first non-blank byte of `raw` at or after
  // `from`, or just past the end when there is none.
  static int ColumnOf(const std::string& raw, size_t from) {
    size_t at = raw.find_first_not_of(" \t\r", from);
    return static_cast<int>(at == std::string::npos ? raw.size() : at) + 1;
  }

  void Continue(const std::string& line) {
    if (!in_text_) {
      Fail(
          "indented line outside a 'text:' (only text continues on the "
          "next line)");
    }
    current_.text += ' ' + line;
    current_.text_end_line = current_.end_line = line_;
  }

  void StartCase(const std::string& value) {
    CloseCase();
    if (value.empty()) Fail("empty text");
    current_ = Case();
    current_.file = file_.path;
    current_.line = current_.text_end_line = current_.end_line = line_;
    current_.text = value;
    open_ = in_text_ = true;
  }

  void CloseCase() {
    if (!open_) return;
    open_ = false;
    bool failed = case_failed_;
    case_failed_ = false;
    if (!failed && current_.expects.empty() && current_.rejects.empty() &&
        current_.actors.empty() && current_.absent.empty() &&
        !current_.expect_none() && !current_.others_none()) {
      Note(Located(file_.path, current_.line, 1,
                   "case checks nothing (add expect:, reject: or actors:)"));
    }
    file_.cases.push_back(std::move(current_));
  }

  CaseRelation Relation(const std::string& value) const {
    CaseRelation r;
    std::string error;
    if (!ParseCaseRelation(value, &r, &error)) Fail(error);
    r.line = line_;
    size_t name = value.find("-" + r.relation + "->");
    r.column =
        column_ + static_cast<int>(name == std::string::npos ? 0 : name + 1);
    return r;
  }

  void Expect(const std::string& value) {
    if (value == "none") {
      if (!current_.expects.empty() || current_.expect_none()) {
        Fail("'expect: none' in a case that already has an expect: line");
      }
      current_.expect_none_line = line_;
      return;
    }
    if (current_.expect_none()) {
      Fail("expect: line in a case that says 'expect: none' (line " +
           std::to_string(current_.expect_none_line) + ")");
    }
    current_.expects.push_back(Relation(value));
  }

  void Reject(const std::string& value) {
    current_.rejects.push_back(Relation(value));
  }

  void Actors(const std::string& key, const std::string& value,
              std::vector<CaseActor>* out) {
    for (const std::string& item : SplitCommas(value)) {
      CaseActor actor;
      size_t colon = item.rfind(':');
      actor.name = Trim(item.substr(0, colon));
      if (colon != std::string::npos) actor.type = Trim(item.substr(colon + 1));
      if (actor.name.empty()) Fail("empty actor name in '" + key + ":'");
      if (colon != std::string::npos && actor.type.empty()) {
        Fail("empty type after '" + actor.name + ":'");
      }
      actor.line = line_;
      out->push_back(actor);
    }
  }

  void Others(const std::string& value) {
    if (value != "none") Fail("expected 'others: none'");
    if (current_.others_none()) Fail("second 'others:' in one case");
    current_.others_none_line = line_;
  }

  void Id(const std::string& value) {
    if (value.empty()) Fail("empty id");
    if (!current_.id.empty()) Fail("second 'id:' in one case");
    auto [it, inserted] = ids_.emplace(value, line_);
    if (!inserted) {
      Fail("duplicate id '" + value + "' (first used at line " +
           std::to_string(it->second) + ")");
    }
    current_.id = value;
  }

  CaseFile file_;
  Case current_;
  bool open_ = false;         // a case has started and is not yet closed
  bool in_text_ = false;      // the previous line was its text (continuable)
  bool case_failed_ = false;  // a line of the open case had an error
  std::string errors_;        // one line each, in file order
  int line_ = 0;
  int column_ = 0;  // where the current line's error is, 1-based
  std::map<std::string, int> ids_;
};

void CollectDirectory(const fs::path& dir, std::vector<std::string>* out) {
  std::vector<std::string> found;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".cases") {
      found.push_back(entry.path().string());
    }
  }
  std::sort(found.begin(), found.end());
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace

std::string Case::Where() const { return Where(line); }

std::string Case::Where(int at_line) const {
  return file + ":" + std::to_string(at_line);
}

bool ParseCaseRelation(const std::string& spec, CaseRelation* out,
                       std::string* error) {
  std::string body = Trim(spec);
  *out = CaseRelation();
  const std::string shape =
      "bad relation '" + body +
      "' (expected 'SOURCE -relation-> TARGET [options]')";
  if (!body.empty() && body.back() == ']') {
    size_t open = body.rfind('[');
    if (open == std::string::npos) {
      *error = shape;
      return false;
    }
    std::string options = body.substr(open + 1, body.size() - open - 2);
    if (!ParseOptions(options, out, error)) return false;
    body = Trim(body.substr(0, open));
  }
  size_t arrow = body.find("->");
  size_t name = arrow;
  while (name != std::string::npos && name > 0 &&
         IsRelationChar(body[name - 1]))
    --name;
  if (arrow == std::string::npos || name == arrow || name < 2 ||
      body[name - 1] != '-') {
    *error = shape;
    return false;
  }
  out->source = Trim(body.substr(0, name - 1));
  out->relation = body.substr(name, arrow - name);
  out->target = Trim(body.substr(arrow + 2));
  if (out->source.empty() || out->target.empty()) {
    *error = shape;
    return false;
  }
  // Brackets in a name would be read back as the options list.
  const char* brackets = "[]";
  if (out->source.find_first_of(brackets) != std::string::npos ||
      out->target.find_first_of(brackets) != std::string::npos) {
    *error = "bad relation '" + body +
             "' (an actor name cannot contain '[' or ']'; options go in "
             "one [...] at the end)";
    return false;
  }
  return true;
}

std::string FormatCaseRelation(const CaseRelation& r) {
  std::string out = r.source + " -" + r.relation + "-> " + r.target;
  std::vector<std::string> options;
  if (r.polarity != Polarity::kPositive)
    options.push_back(PolarityName(r.polarity));
  if (r.has_modality) options.push_back(ModalityName(r.modality));
  if (!options.empty()) {
    out += " [" + options[0];
    for (size_t i = 1; i < options.size(); ++i) out += ", " + options[i];
    out += "]";
  }
  return out;
}

CaseFile ParseCaseFile(const std::string& path, const std::string& contents) {
  Parser parser(path);
  std::stringstream in(contents);
  std::string line;
  int number = 0;
  // Every error of the file in one run, one line each.
  while (std::getline(in, line)) {
    try {
      parser.Line(++number, line);
    } catch (const UserError& e) {
      parser.Note(e.what(), true);
    }
  }
  CaseFile file = parser.Finish();
  if (!parser.errors().empty()) throw UserError(parser.errors(), kExitUsage);
  return file;
}

CaseFile ReadCaseFile(const std::string& path) {
  return ParseCaseFile(path, ReadFile(path));
}

std::vector<std::string> FindCaseFiles(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      CollectDirectory(path, &files);
    } else if (fs::exists(path, ec)) {
      files.push_back(path);
    } else {
      throw UserError(Located(path, 0, 0, "no such file or directory"),
                      kExitIo);
    }
  }
  return files;
}

}  // namespace actorgraph
