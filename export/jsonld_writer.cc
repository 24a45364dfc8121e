// WriteJsonLd: the graph as one JSON-LD 1.1 document with an inline
// @context (vocabulary in export/jsonld_vocab.h).  Each aggregated edge is a
// Relation node carrying its provenance; positive edges are repeated as
// direct properties of the actors ("metWith") for simple consumers.
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "export/jsonld_vocab.h"
#include "export/writer.h"
#include "extract/base/json_fields.h"

namespace actorgraph {
namespace {

// RapidJSON output to an std::ostream through a buffer: the stock
// OStreamWrapper calls ostream::put (and its sentry) for every character.
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out) {
    buffer_.reserve(kCapacity);
  }
  void Put(char c) {
    buffer_.push_back(c);
    if (buffer_.size() == kCapacity) Flush();
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr size_t kCapacity = 1 << 16;
  std::ostream& out_;
  std::string buffer_;
};

using JsonWriter = rapidjson::PrettyWriter<BufferedOStream>;

// Direct properties of one actor: term -> target IRIs.
using DirectLinks = std::map<std::string, std::vector<std::string>>;

// The shortest fixed-point text that reads back as `value`: a valid
// xsd:decimal lexical form (no exponent), written as a JSON string so that
// JSON-LD processors keep it as typed rather than turning it into a double.
std::string DecimalText(double value) {
  if (!std::isfinite(value)) return "0";
  char buf[400];
  for (int precision = 0; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*f", precision, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  std::string text = buf;
  return text == "-0" ? "0" : text;
}

void WriteTermDefinition(JsonWriter& w, const char* term,
                         const std::string& iri, const std::string& type,
                         const std::string& container) {
  w.Key(term);
  if (type.empty() && container.empty()) {
    JsonValue(w, iri);
    return;
  }
  w.StartObject();
  JsonString(w, "@id", iri);
  JsonOptional(w, "@type", type);
  JsonOptional(w, "@container", container);
  w.EndObject();
}

void WriteContext(JsonWriter& w, const std::string& base_iri,
                  const std::set<std::string>& relation_terms) {
  w.StartObject();
  JsonDouble(w, "@version", 1.1);
  JsonString(w, "@base", base_iri);
  JsonString(w, "schema", jsonld::kSchemaIri);
  JsonString(w, "ag", jsonld::kVocabIri);
  JsonString(w, "xsd", jsonld::kXsdIri);
  size_t count = 0;
  const jsonld::TermDefinition* terms = jsonld::FixedTerms(&count);
  for (size_t i = 0; i < count; ++i) {
    WriteTermDefinition(w, terms[i].term, terms[i].iri, terms[i].type,
                        terms[i].container);
  }
  for (const std::string& term : relation_terms) {
    WriteTermDefinition(w, term.c_str(), "ag:" + term, "@id", "@set");
  }
  w.EndObject();
}

void WriteGraphNode(JsonWriter& w, const ActorGraph& graph) {
  w.StartObject();
  JsonString(w, "@id", jsonld::kGraphIri);
  JsonString(w, "@type", jsonld::kGraphType);
  JsonInt(w, "documentCount", graph.document_count());
  JsonInt(w, "maxEvidence", static_cast<int64_t>(graph.max_evidence()));
  w.EndObject();
}

void WriteIsoCode(JsonWriter& w, const char* property_id,
                  const std::string& code) {
  w.StartObject();
  JsonString(w, "@type", jsonld::kPropertyValueType);
  JsonString(w, "propertyID", property_id);
  JsonString(w, "value", code);
  w.EndObject();
}

void WriteActorTypes(JsonWriter& w, const std::string& type) {
  w.Key("@type");
  w.StartArray();
  JsonValue(w, jsonld::kActorType);
  if (jsonld::IsSchemaActorType(type)) JsonValue(w, type);
  w.EndArray();
  // Types without a schema.org class still round-trip.
  if (!jsonld::IsSchemaActorType(type)) JsonOptional(w, "actorType", type);
}

void WriteActor(JsonWriter& w, const ActorNode& node,
                const DirectLinks& links) {
  const ActorInfo& a = node.info;
  w.StartObject();
  JsonString(w, "@id", jsonld::ActorIri(a.id));
  WriteActorTypes(w, a.type);
  JsonString(w, "actorId", a.id);
  JsonString(w, "name", a.label);
  if (!a.aliases.empty()) JsonStrings(w, "alternateName", a.aliases);
  if (!a.iso2.empty() || !a.iso3.empty()) {
    w.Key("identifier");
    w.StartArray();
    if (!a.iso2.empty()) WriteIsoCode(w, jsonld::kIso2PropertyId, a.iso2);
    if (!a.iso3.empty()) WriteIsoCode(w, jsonld::kIso3PropertyId, a.iso3);
    w.EndArray();
  }
  if (!a.wikidata.empty()) {
    JsonString(w, "sameAs", jsonld::kWikidataEntityIri + a.wikidata);
  }
  if (!a.affiliation.empty()) {
    JsonString(w, a.type == "Person" ? "affiliation" : "memberOf",
               jsonld::ActorIri(a.affiliation));
  }
  JsonOptional(w, "jobTitle", a.role);
  JsonInt(w, "mentions", a.mentions);
  JsonOptional(w, "firstDate", node.first_date);
  JsonOptional(w, "lastDate", node.last_date);
  for (const auto& [term, targets] : links) {
    JsonStrings(w, term.c_str(), targets);
  }
  w.EndObject();
}

void WriteEvidence(JsonWriter& w, const Evidence& e) {
  w.StartObject();
  JsonString(w, "@type", jsonld::kEvidenceType);
  JsonString(w, "document", e.doc);
  JsonOptional(w, "date", e.date);
  JsonInt(w, "sentence", e.sentence);
  JsonInt(w, "sentenceStart", e.sentence_start);
  JsonString(w, "text", e.text);
  JsonInt(w, "start", e.start);
  JsonInt(w, "end", e.end);
  JsonInt(w, "sourceStart", e.source_start);
  JsonInt(w, "sourceEnd", e.source_end);
  JsonInt(w, "targetStart", e.target_start);
  JsonInt(w, "targetEnd", e.target_end);
  JsonString(w, "rule", e.rule);
  JsonString(w, "modality", ModalityName(e.modality));
  w.EndObject();
}

void WriteRelation(JsonWriter& w, const RelationEdge& e, size_t index) {
  w.StartObject();
  JsonString(w, "@id", jsonld::RelationIri(index));
  JsonString(w, "@type", jsonld::kRelationType);
  JsonString(w, "source", jsonld::ActorIri(e.source));
  JsonString(w, "target", jsonld::ActorIri(e.target));
  JsonString(w, "relation", e.relation);
  JsonString(w, "polarity", PolarityName(e.polarity));
  JsonString(w, "modality", ModalityName(e.modality));
  JsonInt(w, "weight", e.weight);
  JsonBool(w, "symmetric", e.symmetric);
  JsonOptional(w, "cameo", e.cameo);
  JsonString(w, "goldstein", DecimalText(e.goldstein));
  JsonOptional(w, "cameoRoot", CameoRoot(e.cameo));
  if (e.quad_class >= 0) JsonInt(w, "quadClass", e.quad_class);
  JsonOptional(w, "firstDate", e.first_date);
  JsonOptional(w, "lastDate", e.last_date);
  if (!e.dates.empty()) JsonStrings(w, "dates", e.dates);
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& ev : e.evidence) WriteEvidence(w, ev);
  w.EndArray();
  w.EndObject();
}

// Positive edges as direct properties, keyed by actor id: on the source
// actor, and for a symmetric relation on both ("A metWith B", "B metWith
// A"), so that a query from either side finds it.  Targets are sorted.
std::map<std::string, DirectLinks> CollectDirectLinks(const ActorGraph& graph) {
  std::map<std::string, DirectLinks> out;
  for (const RelationEdge* e : graph.Edges()) {
    if (e->polarity != Polarity::kPositive) continue;
    if (e->modality != Modality::kAsserted) continue;  // not a fact yet
    std::string term = jsonld::RelationPropertyTerm(e->relation);
    if (term.empty()) continue;
    out[e->source][term].push_back(jsonld::ActorIri(e->target));
    if (e->symmetric && e->source != e->target) {
      out[e->target][term].push_back(jsonld::ActorIri(e->source));
    }
  }
  for (auto& [actor, links] : out) {
    for (auto& [term, targets] : links) {
      std::sort(targets.begin(), targets.end());
    }
  }
  return out;
}

std::set<std::string> UsedTerms(
    const std::map<std::string, DirectLinks>& links) {
  std::set<std::string> terms;
  for (const auto& entry : links) {
    for (const auto& link : entry.second) terms.insert(link.first);
  }
  return terms;
}

}  // namespace

void WriteJsonLd(const ActorGraph& graph, const WriteOptions& options,
                 std::ostream& out) {
  std::map<std::string, DirectLinks> links = CollectDirectLinks(graph);
  BufferedOStream stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("@context");
  WriteContext(w, options.base_iri, UsedTerms(links));
  w.Key("@graph");
  w.StartArray();
  WriteGraphNode(w, graph);
  static const DirectLinks kNoLinks;
  for (const ActorNode* actor : graph.Actors()) {
    auto found = links.find(actor->info.id);
    WriteActor(w, *actor, found == links.end() ? kNoLinks : found->second);
  }
  size_t index = 0;
  for (const RelationEdge* edge : graph.Edges()) {
    WriteRelation(w, *edge, ++index);
  }
  w.EndArray();
  w.EndObject();
  stream.Flush();
  out << '\n';
}

}  // namespace actorgraph
