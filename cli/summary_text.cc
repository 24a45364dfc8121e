#include "cli/summary_text.h"

#include <cstdio>

namespace actorgraph {
namespace {

std::string Grouped(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out = n < 0 ? "-" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string Fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace

std::string Count(int64_t n, const std::string& singular,
                  const std::string& plural) {
  std::string word =
      n == 1 ? singular : (plural.empty() ? singular + "s" : plural);
  return Grouped(n) + " " + word;
}

std::string Seconds(double seconds) {
  return Fixed(seconds, seconds < 10 ? 2 : 1) + " s";
}

std::string Size(int64_t bytes) {
  if (bytes < 1000) return Count(bytes, "byte");
  if (bytes < 1000000) return Fixed(bytes / 1000.0, 1) + " kB";
  return Fixed(bytes / 1000000.0, 1) + " MB";
}

}  // namespace actorgraph
