// DictionaryActors: turns the actors of PETRARCH dictionaries into entries
// of the actor table, merged with the curated actors already in it.
//
// Curated entries win: a dictionary actor whose name is a curated actor's
// name of the same kind adds only its codes to it; a dictionary name that a
// different curated actor uses is left out and counted as a conflict.
// Dictionary names are upper case ("PAUL_A._VOLCKER_"); they become
// "Paul A. Volcker" with the middle initials also dropped ("Paul Volcker"),
// and short all-capital names ("IMF", "UN") stay acronyms.
//
//   DictionaryActors merge(&table, is_cue_word);
//   merge.Add(ReadActorDictionary(path), path);
//   merge.report()  // added, merged, conflicts, notes
#ifndef ACTORGRAPH_EXTRACT_RULES_DICTIONARY_ACTORS_H_
#define ACTORGRAPH_EXTRACT_RULES_DICTIONARY_ACTORS_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/rules/actor_table.h"
#include "extract/rules/petrarch_dictionary.h"

namespace actorgraph {

struct DictionaryReport {
  size_t added = 0;      // new actors
  size_t merged = 0;     // codes given to curated actors
  size_t conflicts = 0;  // names left to a different curated actor
  size_t shared = 0;     // names an earlier dictionary actor has (it wins)
  size_t skipped = 0;    // dictionary lines or blocks skipped (warnings)
  // One "file:line: what" line each, in file order (actorgraph
  // dictionary-report lists them): every piece skipped, and every name
  // left to a curated actor or shared with an earlier dictionary actor.
  std::vector<std::string> notes;
  std::vector<std::string> name_notes;
};

class DictionaryActors {
 public:
  // `is_cue_word(key)`: a lower-case word that marks a title or role
  // ("president", "former"): names ending in one are role phrases, not
  // names.  `is_word(key)`: a word the lexicon or the rules use as an
  // ordinary word ("organization"): no one-word name.
  DictionaryActors(ActorTable* table,
                   std::function<bool(std::string_view)> is_cue_word,
                   std::function<bool(std::string_view)> is_word);

  void Add(const DictionaryRead& read, const std::string& path);
  const DictionaryReport& report() const { return report_; }

 private:
  struct Names {
    std::string label;
    std::vector<std::string> aliases;
  };
  std::string KindOf(const DictActor& a, const std::string& code) const;
  Names SurfacesOf(const DictActor& a, bool person) const;
  void AddActor(const DictActor& a, const std::string& path);
  int CuratedMatch(const Names& names, const std::string& type) const;
  bool Free(const std::string& surface, int owner, const std::string& path,
            int line);
  void NoteShared(const ActorEntry& e);
  std::string UniqueId(const std::string& type, const std::string& label);
  void NameNote(const std::string& note);

  ActorTable* table_;
  std::function<bool(std::string_view)> is_cue_word_;
  std::function<bool(std::string_view)> is_word_;
  bool curated_countries_ = false;  // countries come from the curated files
  size_t curated_size_ = 0;
  // Folded surface -> the curated actor that owns it.
  std::unordered_map<std::string, int> curated_;
  // Folded name -> the first dictionary actor that has it.
  std::unordered_map<std::string, int> dictionary_names_;
  DictionaryReport report_;
};

// Does a sector code (the part after the country's, "GOVFRM", "REB") name
// a part of the state (government, military, police, courts, legislature,
// intelligence)?  Those act for their country; rebels, students or firms
// do not.
bool IsStateSector(const std::string& sector);

// "PAUL A. VOLCKER" -> "Paul A. Volcker"; "IMF", "U.N." stay as they are.
std::string DictionarySurface(const std::string& phrase);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_DICTIONARY_ACTORS_H_
