// English phrase heuristics that the pattern interpreter (pattern_matcher)
// relies on, over one sentence of a document whose mentions are resolved:
// coordinated lists of actors ("Azerbaijan, Armenia, ... as well as the
// leaders of Abkhazia", headlines' "China, Russia to ..."), the subject of
// a verb (skipping relative clauses, parentheses, prepositional objects and
// possessives), passive verbs, quotation marks and free gap tokens.
//
//   PhraseReader phrases(doc, sentence);
//   SlotValue list;
//   if (phrases.ListRight(token, &list)) Use(list.members);
//
// Every walk is bounded (kSubjectGapMax steps, 30 tokens for a relative
// clause, 64 list members).  Internal to extract/stages.
#ifndef ACTORGRAPH_EXTRACT_STAGES_PHRASE_HEURISTICS_H_
#define ACTORGRAPH_EXTRACT_STAGES_PHRASE_HEURISTICS_H_

#include <cstdint>
#include <vector>

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

struct Member {
  int actor;
  uint32_t first, end;
};

// What an actor slot took: its actors and the token span they cover.
struct SlotValue {
  std::vector<Member> members;
  uint32_t first = 0, end = 0;
  bool set = false;
};

class PhraseReader {
 public:
  PhraseReader(const DocAnalysis& d, const Sentence& s);

  // A list to the right of `pos`.  Commas alone join three or more items
  // ("to Azerbaijan, Armenia, Belarus"); two need "and"/"or", so that
  // "met Xi, Putin said" stays one item.
  bool ListRight(uint32_t pos, SlotValue* v) const;

  // A list whose last token is `pos`.
  bool ListLeft(int64_t pos, SlotValue* v) const;

  // The nearest subject left of `pos`, skipping relative clauses,
  // parentheses, prepositional objects and possessives.
  bool SubjectSearch(int64_t pos, SlotValue* v) const;

  // Free gap tokens: no clause punctuation and no actor, except a
  // possessive modifier ("sent its warmest greetings", "adopted the EU's
  // sanctions").
  bool TokensFree(uint32_t from, uint32_t to) const;

  // Quotation marks inside a clause ("“warmly congratulated” Erdogan")
  // are invisible to patterns.
  bool IsQuote(int64_t i) const;

  // Is the verb at `anchor` used in the passive voice ("was sent")?
  bool IsPassiveVerb(uint32_t anchor) const;

 private:
  // A word ending in "-ing" ("sending", "ruling").
  bool IsIngForm(size_t i) const;

  const ActorMention* MentionStartingAt(size_t i) const;

  const ActorMention* MentionEndingAt(int64_t i) const;

  // Skips "the", "the leaders of", "cities across" before a list item.
  uint32_t SkipLeadIn(uint32_t i) const;

  // One list item at i: a mention, "X's Y" where Y is the head, or a
  // country adjective before a @target_noun ("the American proposal").
  const ActorMention* ItemAt(uint32_t i, uint32_t* next) const;

  // The actor owned after a possessive mention ("X's", "his"), or null.
  const ActorMention* HeadAfterPossessive(const ActorMention& m) const;

  // Where a list item ending at `end` ends with its bracketed aside.
  uint32_t SkipParenthesis(uint32_t end) const;

  // A person after a few lower-case words holding a role noun at i.
  const ActorMention* PersonAfterRole(uint32_t i) const;

  // A country adjective at i that names the target of a @target_noun.
  const ActorMention* AdjectiveTargetAt(uint32_t i) const;

  // A lower-case word that is no function word.
  bool IsPlainWord(uint32_t i) const;

  // The index before the determiners ending at j.
  int64_t SkipDeterminersLeft(int64_t j) const;
  bool IsModifier(int64_t i) const;

  // Is the word after a name a common noun it modifies ("NATO bid")?
  bool NamesAThing(uint32_t i) const;

  // Length of a list joiner at i (", and", "and", ",", "as well as", "-").
  int JoinerLength(uint32_t i) const;

  // Headlines ("China, Russia to hold drills") use a comma for "and".
  bool IsHeadline() const;

  // Can the mention be the subject of a verb to its right?  Not a
  // possessive ("Russia's actions", "its cooperation"), not an object
  // pronoun, not the object of a preposition ("with China") or of a verb
  // ("met Kenya's president and signed": the subject is further left).
  bool SubjectLike(const ActorMention& m) const;

  // What precedes a subject starting at `first`: not a preposition (unless
  // it also opens a clause, "after Xi visited") and not a verb taking it
  // as its object.
  bool StandsAsSubject(int64_t first) const;

  bool IsObjectTakingVerb(int64_t i) const;

  // ", which ... ," ending at the comma `pos`: the index before its opening
  // comma, or -1.
  int64_t RelativeClauseStart(int64_t pos) const;

  bool IsCommonNounSubject(int64_t i) const;

  // "gathered in Seoul for a summit": a place after a locative preposition
  // is where something happens, not who takes part.
  bool IsPlaceAdjunct(const ActorMention& m) const;

  const DocAnalysis& d_;
  const Sentence& s_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_PHRASE_HEURISTICS_H_
