#include "extract/rules/dictionary_lines.h"

#include "extract/base/strings.h"
#include "extract/base/user_error.h"
#include "extract/text/utf8.h"

namespace actorgraph {

bool LineReader::Next(DictionaryLine* out) {
  if (pos_ > text_.size()) return false;
  size_t nl = text_.find('\n', pos_);
  if (nl == std::string_view::npos) nl = text_.size();
  std::string_view raw = text_.substr(pos_, nl - pos_);
  pos_ = nl + 1;
  *out = DictionaryLine();
  out->number = ++number_;
  std::string_view s = StripXmlComments(raw);
  size_t hash = s.find('#');
  if (hash != std::string_view::npos) {
    out->comment = TrimmedView(s.substr(hash + 1));
    s = s.substr(0, hash);
  }
  std::string_view trimmed = TrimmedView(s);
  out->offset = trimmed.empty() ? 0 : trimmed.data() - raw.data();
  out->text = trimmed;
  out->blank = TrimmedView(raw).empty();
  return true;
}

std::string_view LineReader::StripXmlComments(std::string_view raw) {
  if (in_comment_) {
    size_t close = raw.find("-->");
    if (close == std::string_view::npos) return {};
    in_comment_ = false;
    return raw.substr(close + 3);
  }
  std::string_view t = TrimmedView(raw);
  if (t.substr(0, 2) != "<!") return raw;
  size_t close = t.find("-->");
  if (close == std::string_view::npos) {
    in_comment_ = t.substr(0, 4) == "<!--" || t.substr(0, 5) == "<! --";
    return {};
  }
  return t.substr(close + 3);
}

std::string RepairedDictionaryText(const std::string& bytes,
                                   const std::string& file,
                                   DictionaryRead* out) {
  if (!NeedsUtf8Repair(bytes)) return bytes;
  Utf8Repair r = RepairUtf8(bytes, 1000);
  int line = 1, last = 0;
  size_t at = 0;
  for (size_t offset : r.replaced_at) {
    for (; at < offset && at < bytes.size(); ++at) line += bytes[at] == '\n';
    if (line == last) continue;
    last = line;
    out->Warn(Located(file, line, 0, "invalid UTF-8 repaired"));
  }
  return r.text;
}

std::string PhraseOf(std::string_view name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (c == '_' || IsDictionaryBlank(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace actorgraph
