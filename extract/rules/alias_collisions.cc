#include "extract/rules/alias_collisions.h"

#include <filesystem>
#include <unordered_map>
#include <utility>

#include "extract/base/user_error.h"
#include "extract/text/text.h"

namespace actorgraph {
namespace {

// The kinds of surface that compete with each other in the mention finder.
enum Group { kNames, kMetonyms, kAdjectives };

std::string Key(const std::string& surface) {
  std::string key = PhraseKey(surface);
  if (key.compare(0, 4, "the ") == 0) key.erase(0, 4);
  return key;
}

// Do the two actors' periods share a day?  0 is open.
bool Overlap(const ActorEntry& a, const ActorEntry& b) {
  auto before = [](int end, int start) {
    return end != 0 && start != 0 && end < start;
  };
  return !before(a.valid_to, b.valid_from) && !before(b.valid_to, a.valid_from);
}

class Finder {
 public:
  explicit Finder(const ActorTable& table) : table_(table) {}

  void Entry(int index) {
    const ActorEntry& e = table_.entries()[index];
    Surface(index, kNames, "label", e.info.label, e.label_column);
    for (const std::string& a : e.info.aliases)
      Surface(index, kNames, "alias", a, e.aliases_column);
    for (const std::string& a : e.metonyms)
      Surface(index, kMetonyms, "metonym", a, e.metonyms_column);
    for (const std::string& a : e.adjectives)
      Surface(index, kAdjectives, "adjective", a, e.adjectives_column);
  }

  std::vector<std::string> warnings;

 private:
  void Surface(int index, Group group, const char* what,
               const std::string& surface, int column) {
    std::string key = Key(surface);
    if (key.empty()) return;
    auto [it, fresh] = owners_[group].emplace(std::move(key), index);
    if (fresh || it->second == index) return;
    const ActorEntry& first = table_.entries()[it->second];
    const ActorEntry& e = table_.entries()[index];
    if (!Overlap(first, e)) return;
    std::string where = std::filesystem::path(first.file).filename().string() +
                        ":" + std::to_string(first.line);
    warnings.push_back(Located(e.file, e.line, column,
                               std::string(what) + " \"" + surface +
                                   "\" already names " + first.info.id + " (" +
                                   where + "; first wins)"));
  }

  const ActorTable& table_;
  std::unordered_map<std::string, int> owners_[3];
};

}  // namespace

std::vector<std::string> FindAliasCollisions(const ActorTable& table) {
  Finder finder(table);
  for (size_t i = 0; i < table.entries().size(); ++i) {
    if (!table.entries()[i].from_dictionary) finder.Entry(static_cast<int>(i));
  }
  return std::move(finder.warnings);
}

}  // namespace actorgraph
