#include "export/xml_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>

#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsNameChar(char c) {
  unsigned char u = c;
  return std::isalnum(u) || c == '_' || c == ':' || c == '-' || c == '.' ||
         u >= 0x80;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool ValidXmlChar(uint32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  return cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
}

}  // namespace

XmlReader::XmlReader(std::string text, std::string file)
    : text_in_(std::move(text)), file_(std::move(file)) {}

void XmlReader::Fail(const std::string& reason) const {
  throw UserError(Located(file_, line_, column_, reason));
}

void XmlReader::FailHere(const std::string& reason) const {
  throw UserError(Located(file_, cur_line_, cur_column_, reason));
}

const std::string* XmlReader::Attribute(std::string_view name) const {
  for (const auto& [key, value] : attributes_) {
    if (key == name) return &value;
  }
  return nullptr;
}

bool XmlReader::LookingAt(std::string_view s) const {
  return text_in_.compare(pos_, s.size(), s) == 0;
}

void XmlReader::Advance(size_t n) {
  for (size_t end = std::min(pos_ + n, text_in_.size()); pos_ < end; ++pos_) {
    unsigned char c = text_in_[pos_];
    if (c == '\n') {
      ++cur_line_;
      cur_column_ = 1;
    } else if ((c & 0xC0) != 0x80) {  // count code points, not bytes
      ++cur_column_;
    }
  }
}

void XmlReader::SkipPast(std::string_view terminator, const char* what) {
  size_t found = text_in_.find(terminator, pos_);
  if (found == std::string::npos) FailHere(std::string("unterminated ") + what);
  Advance(found + terminator.size() - pos_);
}

void XmlReader::SkipSpace() {
  while (!AtEnd() && IsSpace(text_in_[pos_])) Advance(1);
}

std::string XmlReader::ReadName() {
  size_t start = pos_;
  while (!AtEnd() && IsNameChar(text_in_[pos_])) Advance(1);
  if (pos_ == start) FailHere("expected a name");
  return text_in_.substr(start, pos_ - start);
}

// Resolves references and normalizes line ends (and, in attribute values,
// literal whitespace to spaces, as XML 1.0 requires).
std::string XmlReader::Decode(std::string_view raw, bool attribute) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\r') {
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      out += attribute ? ' ' : '\n';
      continue;
    }
    if (attribute && (c == '\n' || c == '\t')) {
      out += ' ';
      continue;
    }
    if (c == '<') FailHere("'<' in text or attribute value");
    if (c != '&') {
      out += c;
      continue;
    }
    size_t semi = raw.find(';', i);
    if (semi == std::string_view::npos) FailHere("unterminated reference");
    std::string_view ref = raw.substr(i + 1, semi - i - 1);
    if (ref == "amp") {
      out += '&';
    } else if (ref == "lt") {
      out += '<';
    } else if (ref == "gt") {
      out += '>';
    } else if (ref == "quot") {
      out += '"';
    } else if (ref == "apos") {
      out += '\'';
    } else if (ref.size() > 1 && ref[0] == '#') {
      bool hex = ref[1] == 'x';
      std::string digits(ref.substr(hex ? 2 : 1));
      char* end = nullptr;
      unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (digits.empty() || *end != '\0' || !ValidXmlChar(cp)) {
        FailHere("bad character reference '&" + std::string(ref) + ";'");
      }
      AppendUtf8(static_cast<uint32_t>(cp), &out);
    } else {
      FailHere("unknown entity '&" + std::string(ref) + ";'");
    }
    i = semi;
  }
  return out;
}

XmlReader::Event XmlReader::Next() {
  if (pending_end_) {
    pending_end_ = false;
    return event_ = kEndElement;
  }
  while (true) {
    line_ = cur_line_;
    column_ = cur_column_;
    if (AtEnd()) {
      if (!open_.empty()) Fail("missing </" + open_.back() + ">");
      if (!seen_root_) Fail("no root element");
      return event_ = kEnd;
    }
    if (LookingAt("<?")) {
      SkipPast("?>", "processing instruction");
    } else if (LookingAt("<!--")) {
      SkipPast("-->", "comment");
    } else if (LookingAt("<!DOCTYPE")) {
      size_t close = text_in_.find('>', pos_);
      size_t subset = text_in_.find('[', pos_);
      if (subset < close) Fail("a DOCTYPE with an internal subset");
      SkipPast(">", "DOCTYPE");
    } else if (LookingAt("<![CDATA[")) {
      if (open_.empty()) Fail("text outside the root element");
      Advance(9);
      size_t start = pos_;
      SkipPast("]]>", "CDATA section");
      text_ = text_in_.substr(start, pos_ - 3 - start);
      return event_ = kText;
    } else if (LookingAt("</")) {
      ParseEndTag();
      return event_ = kEndElement;
    } else if (LookingAt("<")) {
      ParseStartTag();
      return event_ = kStartElement;
    } else {
      ParseText();
      bool blank = text_.find_first_not_of(" \t\n\r") == std::string::npos;
      if (open_.empty() && !blank) Fail("text outside the root element");
      if (!open_.empty()) return event_ = kText;
    }
  }
}

void XmlReader::ParseStartTag() {
  if (open_.empty() && seen_root_) Fail("a second root element");
  Advance(1);
  name_ = ReadName();
  attributes_.clear();
  while (true) {
    bool spaced = !AtEnd() && IsSpace(text_in_[pos_]);
    SkipSpace();
    if (AtEnd()) FailHere("unterminated tag <" + name_ + ">");
    if (LookingAt("/>")) {
      Advance(2);
      pending_end_ = true;
      break;
    }
    if (LookingAt(">")) {
      Advance(1);
      open_.push_back(name_);
      break;
    }
    if (!spaced) FailHere("expected whitespace between attributes");
    int key_line = cur_line_, key_column = cur_column_;
    std::string key = ReadName();
    if (Attribute(key) != nullptr) {
      throw UserError(
          Located(file_, key_line, key_column, "duplicate attribute " + key));
    }
    SkipSpace();
    if (!LookingAt("=")) FailHere("expected '=' after attribute " + key);
    Advance(1);
    SkipSpace();
    if (AtEnd() || (text_in_[pos_] != '"' && text_in_[pos_] != '\'')) {
      FailHere("expected a quoted value for attribute " + key);
    }
    char quote = text_in_[pos_];
    size_t close = text_in_.find(quote, pos_ + 1);
    if (close == std::string::npos) FailHere("unterminated attribute value");
    std::string_view raw(text_in_.data() + pos_ + 1, close - pos_ - 1);
    std::string value = Decode(raw, true);
    attributes_.emplace_back(std::move(key), std::move(value));
    Advance(close + 1 - pos_);
  }
  seen_root_ = true;
}

void XmlReader::ParseEndTag() {
  Advance(2);
  name_ = ReadName();
  SkipSpace();
  if (!LookingAt(">")) FailHere("expected '>'");
  Advance(1);
  if (open_.empty() || open_.back() != name_) {
    Fail("unexpected </" + name_ + ">" +
         (open_.empty() ? "" : " (expected </" + open_.back() + ">)"));
  }
  open_.pop_back();
}

void XmlReader::ParseText() {
  size_t end = text_in_.find('<', pos_);
  if (end == std::string::npos) end = text_in_.size();
  std::string_view raw(text_in_.data() + pos_, end - pos_);
  text_ = Decode(raw, false);
  Advance(end - pos_);
}

std::string XmlReader::ReadText() {
  std::string element = name_;
  std::string out;
  while (true) {
    Event e = Next();
    if (e == kText) {
      out += text_;
    } else if (e == kEndElement) {
      return out;
    } else {
      Fail("unexpected <" + name_ + "> inside <" + element + ">");
    }
  }
}

void XmlReader::Skip() {
  int depth = 1;
  while (depth > 0) {
    Event e = Next();
    if (e == kStartElement) ++depth;
    if (e == kEndElement) --depth;
  }
}

}  // namespace actorgraph
