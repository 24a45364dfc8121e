// The spelled names of an enum's values, written once in a table that both
// printing and parsing read, so that the name a writer prints is the name
// a reader accepts.
//
//   constexpr EnumName<Direction> kDirectionNames[] = {
//       {Direction::kOut, "out"}, {Direction::kIn, "in"}};
//   const char* name = NameOf(kDirectionNames, Direction::kIn);  // "in"
//   Direction d;
//   bool known = ParseName(kDirectionNames, "out", &d);  // true, kOut
//
// NameOf returns `missing` for a value the table lacks.
#ifndef ACTORGRAPH_EXTRACT_BASE_ENUM_NAMES_H_
#define ACTORGRAPH_EXTRACT_BASE_ENUM_NAMES_H_

#include <cstddef>
#include <string_view>

namespace actorgraph {

template <typename E>
struct EnumName {
  E value;
  const char* name;
};

template <typename E, size_t N>
const char* NameOf(const EnumName<E> (&names)[N], E value,
                   const char* missing = "?") {
  for (const EnumName<E>& n : names) {
    if (n.value == value) return n.name;
  }
  return missing;
}

// Sets `*out` and returns true when `name` is in the table.
template <typename E, size_t N>
bool ParseName(const EnumName<E> (&names)[N], std::string_view name, E* out) {
  for (const EnumName<E>& n : names) {
    if (name == n.name) {
      *out = n.value;
      return true;
    }
  }
  return false;
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_ENUM_NAMES_H_
