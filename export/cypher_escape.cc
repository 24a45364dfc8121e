#include "export/cypher_escape.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace actorgraph {
namespace {

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

std::string Identifier(std::string_view name, bool upper) {
  std::string out;
  for (char c : name) {
    if (!IsNameChar(c)) {
      out += '_';
    } else {
      out +=
          upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                : c;
    }
  }
  if (!out.empty() && std::isdigit(static_cast<unsigned char>(out[0]))) {
    out.insert(0, "_");
  }
  return out;
}

}  // namespace

std::string CypherString(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\'':
        out += "\\'";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        unsigned char u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '\'';
  return out;
}

std::string CypherStringList(const std::vector<std::string>& values) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    out += CypherString(values[i]);
  }
  out += ']';
  return out;
}

std::string CypherFloat(double value) {
  if (!std::isfinite(value)) return "0.0";
  char buf[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  std::string out = buf;
  if (out.find_first_of(".e") == std::string::npos) out += ".0";
  return out;
}

std::string CypherRelationshipType(std::string_view relation) {
  std::string type = Identifier(relation, /*upper=*/true);
  return type.empty() ? "RELATED_TO" : type;
}

std::string CypherLabel(std::string_view type) {
  return Identifier(type, /*upper=*/false);
}

}  // namespace actorgraph
