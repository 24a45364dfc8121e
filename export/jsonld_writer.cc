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

void String(JsonWriter& w, const std::string& value) {
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Field(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  String(w, value);
}

void OptionalField(JsonWriter& w, const char* key, const std::string& value) {
  if (!value.empty()) Field(w, key, value);
}

void IntField(JsonWriter& w, const char* key, int64_t value) {
  w.Key(key);
  w.Int64(value);
}

void StringArray(JsonWriter& w, const char* key,
                 const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& v : values) String(w, v);
  w.EndArray();
}

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
    String(w, iri);
    return;
  }
  w.StartObject();
  Field(w, "@id", iri);
  OptionalField(w, "@type", type);
  OptionalField(w, "@container", container);
  w.EndObject();
}

void WriteContext(JsonWriter& w, const std::string& base_iri,
                  const std::set<std::string>& relation_terms) {
  w.StartObject();
  w.Key("@version");
  w.Double(1.1);
  Field(w, "@base", base_iri);
  Field(w, "schema", jsonld::kSchemaIri);
  Field(w, "ag", jsonld::kVocabIri);
  Field(w, "xsd", jsonld::kXsdIri);
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
  Field(w, "@id", jsonld::kGraphIri);
  Field(w, "@type", jsonld::kGraphType);
  IntField(w, "documentCount", graph.document_count());
  IntField(w, "maxEvidence", static_cast<int64_t>(graph.max_evidence()));
  w.EndObject();
}

void WriteIsoCode(JsonWriter& w, const char* property_id,
                  const std::string& code) {
  w.StartObject();
  Field(w, "@type", jsonld::kPropertyValueType);
  Field(w, "propertyID", property_id);
  Field(w, "value", code);
  w.EndObject();
}

void WriteActorTypes(JsonWriter& w, const std::string& type) {
  w.Key("@type");
  w.StartArray();
  String(w, jsonld::kActorType);
  if (jsonld::IsSchemaActorType(type)) String(w, type);
  w.EndArray();
  // Types without a schema.org class still round-trip.
  if (!jsonld::IsSchemaActorType(type)) OptionalField(w, "actorType", type);
}

void WriteActor(JsonWriter& w, const ActorNode& node,
                const DirectLinks& links) {
  const ActorInfo& a = node.info;
  w.StartObject();
  Field(w, "@id", jsonld::ActorIri(a.id));
  WriteActorTypes(w, a.type);
  Field(w, "actorId", a.id);
  Field(w, "name", a.label);
  if (!a.aliases.empty()) StringArray(w, "alternateName", a.aliases);
  if (!a.iso2.empty() || !a.iso3.empty()) {
    w.Key("identifier");
    w.StartArray();
    if (!a.iso2.empty()) WriteIsoCode(w, jsonld::kIso2PropertyId, a.iso2);
    if (!a.iso3.empty()) WriteIsoCode(w, jsonld::kIso3PropertyId, a.iso3);
    w.EndArray();
  }
  if (!a.wikidata.empty()) {
    Field(w, "sameAs", jsonld::kWikidataEntityIri + a.wikidata);
  }
  if (!a.affiliation.empty()) {
    Field(w, a.type == "Person" ? "affiliation" : "memberOf",
          jsonld::ActorIri(a.affiliation));
  }
  OptionalField(w, "jobTitle", a.role);
  IntField(w, "mentions", a.mentions);
  OptionalField(w, "firstDate", node.first_date);
  OptionalField(w, "lastDate", node.last_date);
  for (const auto& [term, targets] : links) {
    StringArray(w, term.c_str(), targets);
  }
  w.EndObject();
}

void WriteEvidence(JsonWriter& w, const Evidence& e) {
  w.StartObject();
  Field(w, "@type", jsonld::kEvidenceType);
  Field(w, "document", e.doc);
  OptionalField(w, "date", e.date);
  IntField(w, "sentence", e.sentence);
  IntField(w, "sentenceStart", e.sentence_start);
  Field(w, "text", e.text);
  IntField(w, "start", e.start);
  IntField(w, "end", e.end);
  IntField(w, "sourceStart", e.source_start);
  IntField(w, "sourceEnd", e.source_end);
  IntField(w, "targetStart", e.target_start);
  IntField(w, "targetEnd", e.target_end);
  Field(w, "rule", e.rule);
  Field(w, "modality", ModalityName(e.modality));
  w.EndObject();
}

void WriteRelation(JsonWriter& w, const RelationEdge& e, size_t index) {
  w.StartObject();
  Field(w, "@id", jsonld::RelationIri(index));
  Field(w, "@type", jsonld::kRelationType);
  Field(w, "source", jsonld::ActorIri(e.source));
  Field(w, "target", jsonld::ActorIri(e.target));
  Field(w, "relation", e.relation);
  Field(w, "polarity", PolarityName(e.polarity));
  Field(w, "modality", ModalityName(e.modality));
  IntField(w, "weight", e.weight);
  w.Key("symmetric");
  w.Bool(e.symmetric);
  OptionalField(w, "cameo", e.cameo);
  Field(w, "goldstein", DecimalText(e.goldstein));
  OptionalField(w, "cameoRoot", CameoRoot(e.cameo));
  if (e.quad_class >= 0) IntField(w, "quadClass", e.quad_class);
  OptionalField(w, "firstDate", e.first_date);
  OptionalField(w, "lastDate", e.last_date);
  if (!e.dates.empty()) StringArray(w, "dates", e.dates);
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
