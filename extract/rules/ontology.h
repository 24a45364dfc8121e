// Ontology: everything actorgraph knows before reading a word of news,
// loaded from a directory of editable data files:
//
//   ontology/lexicon.txt        word classes and irregular verbs
//   ontology/cameo.tsv          CAMEO codes and Goldstein values
//   ontology/relations.rules    relations and their patterns
//   ontology/rules/*.rules      more patterns (and relations), read after it
//   ontology/actors/*.tsv       the gazetteer (countries, organizations,
//                               people)
//   ontology/actors/**/*.actors.txt, *.agents.txt
//                               PETRARCH actor and agent dictionaries
//                               (Phoenix), merged under the curated files
//   ontology/periods.tsv        when states and organizations existed
//   ontology/names/             evidence for names the gazetteer lacks
//
//   Ontology ontology = Ontology::Load(DefaultOntologyDir());  // UserError
//   Extractor extractor(ontology);
//
// A bad entry throws UserError("file:line:col: reason"); what loading
// survives is listed by warnings() and dictionary_report().  The object is
// immutable after Load and safe to share between threads.
#ifndef ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_H_
#define ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_H_

#include <map>
#include <string>
#include <vector>

#include "extract/rules/actor_table.h"
#include "extract/rules/cameo_table.h"
#include "extract/rules/dictionary_actors.h"
#include "extract/rules/gazetteer.h"
#include "extract/rules/lexicon.h"
#include "extract/rules/name_lists.h"
#include "extract/rules/ontology_dir.h"
#include "extract/rules/relation_rules.h"
#include "extract/text/text.h"

namespace actorgraph {

// Word classes the extractor itself relies on (besides those patterns use),
// as cue bits of Lexicon::ClassBits.
struct CueClasses {
  int aux, det, possessive, preposition, locative, conjunction, clause_break,
      relative, adverb, pronoun_person, pronoun_subject_person, pronoun_thing,
      pronoun_plural, group_person, group_count, negation, refusal, denial,
      future, hypothetical, irrealis_governor, reporting, title, role,
      leader_role, transparent_head, transparent_link, agent, agent_modifier,
      attributive, name_stop, name_particle, group_country, subordinator,
      organization_word, condition, be, quantity, future_after, ongoing,
      out_refusal, compass, org_anaphor, country_anaphor, geo_head, threat,
      claim, group_pair, occupation, target_noun, relative_person;
  // Function words.
  int genitive, of_link, host_link, infinitive, nonfinite_marker, not_yet,
      refusal_particle, complementizer, list_conjunction, additive,
      agent_preposition, employer_preposition, indefinite, definite,
      pronoun_subject, person_report, lead_in, name_stop_opener, letter_word,
      list_joiner, agreement_with, agreement_between, anaphor_determiner;
};

class Ontology {
 public:
  static Ontology Load(const std::string& dir);

  const Lexicon& lexicon() const { return lexicon_; }
  const CameoTable& cameo() const { return cameo_; }
  // Abbreviations and sentence starters for Tokenize(), from the lexicon.
  const SentenceWords& sentence_words() const { return sentence_words_; }
  const CueClasses& cues() const { return cues_; }
  // Whether `key` is longer than one of the @adverb_ending endings ("ly")
  // and ends with it: an adverb, whatever the lexicon says of the word.
  bool HasAdverbEnding(std::string_view key) const;
  const ActorTable& actors() const { return actors_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  // Agent nouns of the agent dictionaries ("rebels" -> REB), matched like
  // gazetteer entries; a hit's `actor` indexes agents().
  const Gazetteer& agent_trie() const { return agent_trie_; }
  const std::vector<DictAgent>& agents() const { return agents_; }
  // What merging the PETRARCH dictionaries did: counts and every note.
  const DictionaryReport& dictionary_report() const { return report_; }
  // Problems of the curated files that loading survived, one
  // "file:line:col: what" line each: names two actors share
  // (extract/rules/alias_collisions.h).
  const std::vector<std::string>& warnings() const { return warnings_; }
  const NameLists& names() const { return names_; }
  const std::vector<RelationDef>& relations() const {
    return rules_.relations();
  }
  const std::vector<PatternRule>& patterns() const { return rules_.patterns(); }
  const RelationDef* FindRelation(const std::string& name) const;
  std::vector<std::string> RuleIds() const;

  // Indexes of the patterns whose anchor element can match word `id`, in
  // file order (none for -1).  Asked for every token of every sentence.
  struct PatternIds {
    const int* first = nullptr;
    const int* last = nullptr;
    const int* begin() const { return first; }
    const int* end() const { return last; }
  };
  PatternIds PatternsAnchoredAt(int word_id) const {
    size_t w = static_cast<size_t>(word_id);
    if (word_id < 0 || w + 1 >= anchor_first_.size()) return {};
    return {anchored_.data() + anchor_first_[w],
            anchored_.data() + anchor_first_[w + 1]};
  }
  const std::string& directory() const { return directory_; }

 private:
  // The ontology cache stores every member (extract/rules/ontology_codec.h).
  template <typename T>
  friend struct Fields;

  void CompileGazetteer();
  void LoadDictionaries(const std::string& actors_dir);
  bool IsCueWord(std::string_view key) const;
  void IndexAnchors();
  std::vector<int> WordIdsOf(const std::string& phrase);

  std::string directory_;
  Lexicon lexicon_;
  CueClasses cues_{};
  CameoTable cameo_;
  SentenceWords sentence_words_;
  std::vector<std::string> adverb_endings_;
  RelationRules rules_;
  ActorTable actors_;
  Gazetteer gazetteer_;
  Gazetteer agent_trie_;
  std::vector<DictAgent> agents_;
  DictionaryReport report_;
  std::vector<std::string> warnings_;
  NameLists names_;
  // Pattern indexes by anchor word in one array: word w's are
  // anchored_[anchor_first_[w], anchor_first_[w + 1]).  Four bytes a word,
  // where a list per word took 24, keep the per-token look in cache.
  std::vector<uint32_t> anchor_first_;
  std::vector<int> anchored_;
};

// The lexicon classes the extractor requires, as ontology/README.md lists
// them.
std::vector<std::string> RequiredClassNames();

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_H_
