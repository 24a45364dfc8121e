#include "extract/base/xml_escape.h"

#include <cstdint>

namespace actorgraph {
namespace {

enum class Mode { kCharacters, kText, kAttribute };

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at text[i] and its code point, or 0.
size_t DecodeUtf8(std::string_view text, size_t i, uint32_t* cp) {
  unsigned char lead = text[i];
  if (lead < 0x80) {
    *cp = lead;
    return 1;
  }
  size_t length;
  uint32_t min;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, min = 0x80, *cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, min = 0x800, *cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, min = 0x10000, *cp = lead & 0x07;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    unsigned char next = text[i + k];
    if ((next & 0xC0) != 0x80) return 0;
    *cp = (*cp << 6) | (next & 0x3F);
  }
  bool surrogate = *cp >= 0xD800 && *cp <= 0xDFFF;
  if (*cp < min || *cp > 0x10FFFF || surrogate) return 0;
  return length;
}

bool AllowedInXml(uint32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  return cp != 0xFFFE && cp != 0xFFFF;
}

// The replacement for an ASCII character in `mode`, or nullptr.
const char* EscapeFor(char c, Mode mode) {
  if (mode == Mode::kCharacters) return nullptr;
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '\r':
      return "&#13;";
  }
  if (mode != Mode::kAttribute) return nullptr;
  switch (c) {
    case '"':
      return "&quot;";
    case '\t':
      return "&#9;";
    case '\n':
      return "&#10;";
  }
  return nullptr;
}

// Printable ASCII that no mode escapes: most of any text, copied in runs.
bool Plain(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x20 && u < 0x80 && c != '&' && c != '<' && c != '>' && c != '"';
}

std::string Escape(std::string_view text, Mode mode) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  size_t i = 0;
  while (i < text.size()) {
    size_t run = i;
    while (run < text.size() && Plain(text[run])) ++run;
    out.append(text.data() + i, run - i);
    i = run;
    if (i == text.size()) break;
    uint32_t cp = 0;
    size_t length = DecodeUtf8(text, i, &cp);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (AllowedInXml(cp)) {
      const char* escaped = length == 1 ? EscapeFor(text[i], mode) : nullptr;
      if (escaped != nullptr) {
        out += escaped;
      } else {
        out.append(text.data() + i, length);
      }
    }
    i += length;
  }
  return out;
}

}  // namespace

std::string XmlText(std::string_view text) { return Escape(text, Mode::kText); }

std::string XmlAttribute(std::string_view text) {
  return Escape(text, Mode::kAttribute);
}

std::string XmlCharacters(std::string_view text) {
  return Escape(text, Mode::kCharacters);
}

}  // namespace actorgraph
