// Lexicon: the vocabulary of the ontology.  Every word that an alias, a
// rule or a word class mentions gets a dense id.  Word classes (@negation,
// @title, ...) are sorted word-id lists, any number of them; the classes
// the extractor itself consults (at most 128) also get a bit in a per-word
// bit set (UseAsCue), so that a per-token test is one AND.  Text tokens
// are looked up once per document (WordIdOf) and everything downstream
// compares integers.
//
//   Lexicon lex;
//   lex.Load("ontology/lexicon.txt");        // throws UserError
//   int id = lex.WordIdOf("refused");         // -1: not an ontology word
//   if (lex.InClass(id, lex.ClassId("refusal"))) ...
//   int bit = lex.UseAsCue(lex.ClassId("refusal"));
//   if (lex.HasCue(id, bit)) ...
//   std::vector<int> forms = lex.VerbForms("meet");  // meet meets met ...
//   lex.VerbForms("strike", WordForm::kParticiple);   // struck stricken ...
#ifndef ACTORGRAPH_EXTRACT_RULES_LEXICON_H_
#define ACTORGRAPH_EXTRACT_RULES_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/rules/word_forms.h"

namespace actorgraph {

class Lexicon {
 public:
  static constexpr int kMaxCueClasses = 128;

  // Reads `@class = words...`, `verb base forms...` and `noun singular
  // plurals...` lines.
  void Load(const std::string& path);

  // Id of a token key, or -1 when the ontology never mentions it.
  int WordIdOf(std::string_view key) const;
  // Id of a key, adding it when new (used while compiling the ontology).
  int Intern(std::string_view key);
  const std::string& Word(int id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

  // Class id by name (without '@'), or -1.
  int ClassId(std::string_view name) const;
  // Class id by name; throws UserError naming `where` when unknown.
  int RequireClass(std::string_view name, const std::string& where) const;
  bool InClass(int word, int class_id) const;
  const std::string& ClassName(int class_id) const {
    return class_names_[class_id];
  }
  // The classes a word is in, in class order (for traces: it tests every
  // class); empty for -1.
  std::vector<int> ClassesOf(int word) const;
  // Gives a class a cue bit (idempotent); returns the bit.  Throws
  // UserError past kMaxCueClasses.
  int UseAsCue(int class_id);
  // Is the word in the class given cue bit `bit`?  False for -1.
  bool HasCue(int word, int bit) const {
    return word >= 0 &&
           (class_bits_[static_cast<size_t>(word) * kCueWords + (bit >> 6)] >>
                (bit & 63) &
            1) != 0;
  }
  const std::vector<int>& ClassWords(int class_id) const {
    return class_words_[class_id];
  }
  // The phrase members (`as_well_as`) of the class given cue bit `bit`,
  // as word ids: patterns never see them, only the stages that ask.
  const std::vector<std::vector<int>>& CuePhrases(int bit) const {
    return cue_phrases_[bit];
  }
  // `@class:FORM`: that form of every family (`verb~`, `noun+`) of the
  // class; throws UserError naming `where` when it selects nothing.
  std::vector<int> ClassForms(int class_id, WordForm form,
                              const std::string& where);
  size_t class_count() const { return class_names_.size(); }
  // Is the word a form of a verb the ontology mentions (via "word~")?
  bool IsVerbForm(int word) const {
    return word >= 0 && static_cast<size_t>(word) < verb_form_.size() &&
           verb_form_[word];
  }

  // Word ids of the forms of a verb: irregular forms from "verb" lines,
  // plus the regular -s/-es/-ies, -ed/-d/-ied, -ing forms.  Every form of
  // the verb is marked a verb form, whichever `form` is asked for.
  std::vector<int> VerbForms(std::string_view base,
                             WordForm form = WordForm::kAll);
  // Word ids of a noun and its plurals (irregular ones from "noun" lines).
  std::vector<int> NounForms(std::string_view singular,
                             WordForm form = WordForm::kAll);

  // Expands one lexicon or pattern word ("meet~", "visit+:plural"; "@aux"
  // is not a word) into word ids.  `where` prefixes errors
  // ("file:line:col").
  std::vector<int> ExpandWord(std::string_view word, const std::string& where);

  // A `verb~` or `noun+` member of a class.
  struct Family {
    std::string base;
    bool verb;
  };

 private:
  // The ontology cache stores every member (extract/rules/ontology_codec.h).
  template <typename T>
  friend struct Fields;

  void ParseClassLine(std::string_view line, const std::string& where);
  void ParseIrregularLine(std::string_view line, const std::string& where);

  // Where `id` goes in slots_ (the open-addressing index of words_).
  void Place(int id);

  static constexpr int kCueWords = kMaxCueClasses / 64;

  std::vector<std::string> words_;
  std::vector<uint64_t> class_bits_;  // kCueWords a word
  std::vector<bool> verb_form_;
  // Word ids by hash of the word, at most half full: looked up once per
  // token with a string_view, so no key is ever copied.  The tag (high
  // hash bits) spares reading words_ for a slot holding another word.
  struct Slot {
    uint32_t tag = 0;
    int id = -1;  // -1: empty
  };
  std::vector<Slot> slots_;
  std::vector<std::string> class_names_;
  std::vector<std::vector<int>> class_words_;  // sorted, by class
  // The `verb~` and `noun+` members of each class, for `@class:FORM`.
  std::vector<std::vector<Family>> class_families_;
  // The phrase members of each class, and of each cue bit.
  std::vector<std::vector<std::vector<int>>> class_phrases_;
  std::vector<std::vector<std::vector<int>>> cue_phrases_ =
      std::vector<std::vector<std::vector<int>>>(kMaxCueClasses);
  std::vector<int> cue_bit_;  // by class, -1: none
  int cue_bits_used_ = 0;
  std::unordered_map<std::string, std::vector<std::string>> irregular_;
  std::unordered_map<std::string, std::vector<std::string>> plurals_;
};

// Splits on ASCII white space.
std::vector<std::string_view> SplitWords(std::string_view line);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_LEXICON_H_
