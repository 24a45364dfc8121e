// The records extraction produces for one document, and that the graph
// aggregates: actor mentions, relation mentions with their evidence, and
// the actors they refer to.  These are plain values with no ontology
// pointers, so that `actorgraph extract` can stream them as JSON Lines and
// `actorgraph merge` can rebuild the graph from them alone.
#ifndef ACTORGRAPH_EXTRACT_MODEL_EVIDENCE_H_
#define ACTORGRAPH_EXTRACT_MODEL_EVIDENCE_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace actorgraph {

enum class Polarity { kPositive, kNegative };
// asserted: "Iran supplies drones"; future: "will provide", "aims to
// strengthen"; hypothetical: questions, "whether", "could" (never an edge).
enum class Modality { kAsserted, kFuture, kHypothetical };

const char* PolarityName(Polarity p);  // "positive" / "negative"
const char* ModalityName(Modality m);  // "asserted" / "future" / ...
bool ParsePolarity(const std::string& name, Polarity* out);
bool ParseModality(const std::string& name, Modality* out);
std::vector<std::string> ModalityNames();  // every modality, "asserted" first
inline std::ostream& operator<<(std::ostream& o, Polarity p) {
  return o << PolarityName(p);
}
inline std::ostream& operator<<(std::ostream& o, Modality m) {
  return o << ModalityName(m);
}

// A sector actor ("Syrian rebels": a country word and an agent noun) has
// the id "sector:" and its CAMEO code ("sector:SYRREB").
constexpr char kSectorIdPrefix[] = "sector:";
inline bool IsSectorId(const std::string& id) {
  return id.compare(0, sizeof kSectorIdPrefix - 1, kSectorIdPrefix) == 0;
}

// An actor as a graph vertex.  Gazetteer actors carry their ontology data;
// actors found by cues (a titled name) carry what the cue gave.
struct ActorInfo {
  std::string id;     // stable: "country:RUS", "person:vladimir-putin", ...
  std::string label;  // canonical name
  std::string type;   // Person, Country, Organization, Location
  std::vector<std::string> aliases;
  std::string iso2, iso3;   // ISO 3166-1 codes, countries only
  std::string wikidata;     // Q-id, only where certain
  std::string affiliation;  // actor id of the country/organization, if known
  std::string role;         // e.g. "defense minister" (persons)
  std::string cameo;        // CAMEO actor code: "RUS", "IGOUNO", "SYRREB"
  std::string source;       // the ontology file it came from: "people.tsv"
  int64_t mentions = 0;     // number of mentions aggregated
};

// The fields of an ActorInfo that the graph keeps and its formats carry,
// in their order, each with its key: visit(key, field) sees a std::string,
// the aliases (a vector of them), then the mentions (int64_t).  `a` is an
// ActorInfo, const for writers, mutable for readers.  VisitActorDetails
// leaves out the id and label, which formats often write on their own.
template <typename Actor, typename Visit>
void VisitActorDetails(Actor& a, Visit&& visit) {
  visit("type", a.type);
  visit("aliases", a.aliases);
  visit("iso2", a.iso2);
  visit("iso3", a.iso3);
  visit("wikidata", a.wikidata);
  visit("affiliation", a.affiliation);
  visit("role", a.role);
  visit("mentions", a.mentions);
}

template <typename Actor, typename Visit>
void VisitActorFields(Actor& a, Visit&& visit) {
  visit("id", a.id);
  visit("label", a.label);
  VisitActorDetails(a, visit);
}

// One actor mention in a document.  Offsets are code points into the text.
struct Mention {
  int64_t start = 0, end = 0;
  int sentence = 0;
  std::string text;   // surface form
  std::string actor;  // actor id
  std::string how;    // gazetteer, alias, metonym, adjective, title_cue,
                      // apposition, short_name, pronoun, role_phrase, ...
  // The words that introduced the name ("Defense Minister", "spokesman"),
  // outside [start, end); empty when none.
  std::string cue;
  // False for pronouns, role phrases, groups and other anaphors, which
  // refer to an actor without naming it.
  bool named = true;
};

// Where a relation mention was found.
struct Evidence {
  std::string doc;             // document id
  std::string date;            // YYYY-MM-DD or empty
  int sentence = 0;            // 0-based sentence index in the document
  int64_t start = 0, end = 0;  // the matched span
  int64_t source_start = 0, source_end = 0;  // source mention span
  int64_t target_start = 0, target_end = 0;  // target mention span
  std::string text;                          // the sentence
  int64_t sentence_start = 0;  // code point offset of the sentence
  std::string rule;            // id of the rule that fired
  Modality modality = Modality::kAsserted;
};

// Every field of an Evidence in declaration order, each with the key its
// record formats give it: visit(key, field) sees a std::string, an
// int64_t, the sentence (int) or the modality.  `e` is an Evidence, const
// for writers, mutable for readers.
template <typename E, typename Visit>
void VisitEvidenceFields(E& e, Visit&& visit) {
  visit("doc", e.doc);
  visit("date", e.date);
  visit("sentence", e.sentence);
  visit("start", e.start);
  visit("end", e.end);
  visit("source_start", e.source_start);
  visit("source_end", e.source_end);
  visit("target_start", e.target_start);
  visit("target_end", e.target_end);
  visit("text", e.text);
  visit("sentence_start", e.sentence_start);
  visit("rule", e.rule);
  visit("modality", e.modality);
}

// One relation mention: who did what to whom, with its evidence and the
// relation's ontology facts (so the graph needs no ontology).
struct RelationMention {
  std::string source, target;  // actor ids
  std::string relation;        // e.g. "met_with"
  Polarity polarity = Polarity::kPositive;
  bool symmetric = false;
  std::string cameo;     // CAMEO event code, e.g. "040", "0231"
  double goldstein = 0;  // that code's Goldstein value
  int quad_class = -1;   // 0 neutral .. 4 material conflict; -1 none
  Evidence evidence;
};

// A CAMEO code's root: its first two digits ("0231" -> "02"); "" for "".
std::string CameoRoot(const std::string& code);

// Everything extraction found in one document.
struct DocumentResult {
  std::string doc;
  std::string date;
  // The input's title, when it has one and the document gave a relation
  // (streamed or not): the writers describe only such documents.
  std::string title;
  std::vector<ActorInfo> actors;           // each actor mentioned, with counts
  std::vector<Mention> mentions;           // in text order
  std::vector<RelationMention> relations;  // in text order
  // Places the text names that the gazetteer lacks: no graph nodes, but
  // their mentions need a type and a label.
  std::vector<ActorInfo> places;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_MODEL_EVIDENCE_H_
