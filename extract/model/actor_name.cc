#include "extract/model/actor_name.h"

#include "extract/text/text.h"

namespace actorgraph {
namespace {

// Collapses white space runs to one space and trims both ends.
std::string CollapseSpaces(const std::string& s) {
  std::string out;
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string ReplaceAll(std::string s, const std::string& from,
                       const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos;
       at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

}  // namespace

std::string NormalizeActorName(std::string_view name) {
  std::string s = ReplaceAll(std::string(name), "\u2019", "'");
  s = CollapseSpaces(FoldForSearch(s));
  if (s.compare(0, 4, "the ") == 0) s.erase(0, 4);
  return s;
}

bool ActorHasName(const ActorInfo& actor, const std::string& normalized) {
  if (NormalizeActorName(actor.label) == normalized ||
      NormalizeActorName(actor.id) == normalized) {
    return true;
  }
  for (const std::string& alias : actor.aliases) {
    if (NormalizeActorName(alias) == normalized) return true;
  }
  return false;
}

}  // namespace actorgraph
