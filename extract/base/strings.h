// Small string functions shared by every loader.
//
//   Trim("  a b \t") == "a b"
//   TrimmedView(line)  // the same, as a view into `line`
//   Split("a; b;;c", ';') == {"a", " b", "", "c"}
//   Join({"a", "b"}, "; ") == "a; b"
#ifndef ACTORGRAPH_EXTRACT_BASE_STRINGS_H_
#define ACTORGRAPH_EXTRACT_BASE_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// `s` without leading and trailing spaces, tabs and carriage returns.
std::string Trim(std::string_view s);
// Trim as a view into `s`; an all-blank `s` gives the empty view at its end.
std::string_view TrimmedView(std::string_view s);

// The pieces of `s` between separators, empty pieces included.
std::vector<std::string_view> Split(std::string_view s, char separator);

// The strings of `parts` with `separator` between each two.
template <typename Strings>
std::string Join(const Strings& parts, std::string_view separator) {
  std::string out;
  bool first = true;
  for (const auto& part : parts) {
    if (!first) out += separator;
    first = false;
    out += part;
  }
  return out;
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_STRINGS_H_
