// The JSON-LD vocabulary that export/jsonld_writer.cc writes and
// export/jsonld_reader.cc reads: IRIs, term names and the mapping from
// actor ids and relation names to IRIs and terms.
//
// Actor and relation nodes get IRIs relative to the document's "@base"
// (WriteOptions::base_iri): "actor/" + the actor id percent-encoded (every
// byte outside A-Z a-z 0-9 - . _ ~, ':' included, becomes %XX), and
// "relation/" + the edge's 1-based position in ActorGraph::Edges().
// Project terms live under https://actorgraph.example/vocab# ("ag:").
#ifndef ACTORGRAPH_EXPORT_JSONLD_VOCAB_H_
#define ACTORGRAPH_EXPORT_JSONLD_VOCAB_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace actorgraph {
namespace jsonld {

constexpr char kVocabIri[] = "https://actorgraph.example/vocab#";
constexpr char kSchemaIri[] = "https://schema.org/";
constexpr char kXsdIri[] = "http://www.w3.org/2001/XMLSchema#";
constexpr char kWikidataEntityIri[] = "http://www.wikidata.org/entity/";

// schema:PropertyValue propertyID of the ISO codes under "identifier".
constexpr char kIso2PropertyId[] = "ISO 3166-1 alpha-2";
constexpr char kIso3PropertyId[] = "ISO 3166-1 alpha-3";

// Node types (terms of the inline context).
constexpr char kActorType[] = "Actor";
constexpr char kRelationType[] = "Relation";
constexpr char kEvidenceType[] = "Evidence";
constexpr char kGraphType[] = "ActorGraph";
constexpr char kPropertyValueType[] = "PropertyValue";

// The IRI of the node that describes the graph as a whole.
constexpr char kGraphIri[] = "graph";

std::string PercentEncode(std::string_view text);
// Inverse of PercentEncode; false on a malformed escape.
bool PercentDecode(std::string_view text, std::string* out);

std::string ActorIri(std::string_view actor_id);
// The actor id of an ActorIri(); false when `iri` is not one.
bool ActorIdFromIri(std::string_view iri, std::string* actor_id);
std::string RelationIri(size_t index);

// The term of the direct actor-to-actor property for a relation name:
// camelCase ("met_with" -> "metWith", IRI ag:metWith).  "" when the name
// has characters other than [a-z0-9_] or would clash with a fixed term, in
// which case the edge is only written as a Relation node.
std::string RelationPropertyTerm(std::string_view relation);

// True for the actor types that map to schema.org classes (Person -> Person,
// Country -> Country, Organization -> Organization, Location -> Place); the
// term is the type name itself.
bool IsSchemaActorType(std::string_view type);

// One entry of the fixed part of the inline @context.  `iri` is a compact
// IRI ("schema:name"); `type` and `container` are "" when not set.
struct TermDefinition {
  const char* term;
  const char* iri;
  const char* type;
  const char* container;
};
// Every term the writer may use besides the per-relation ones, in the order
// it writes them.  The prefixes "schema", "ag" and "xsd" come before these.
const TermDefinition* FixedTerms(size_t* count);

}  // namespace jsonld
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_JSONLD_VOCAB_H_
