#include "export/jsonld_vocab.h"

#include <cctype>
#include <cstring>

namespace actorgraph {
namespace jsonld {
namespace {

constexpr char kActorPrefix[] = "actor/";

// Documented in README ("Linked data (JSON-LD)"); keep the two in step.
constexpr TermDefinition kFixedTerms[] = {
    {"Actor", "ag:Actor", "", ""},
    {"Person", "schema:Person", "", ""},
    {"Country", "schema:Country", "", ""},
    {"Organization", "schema:Organization", "", ""},
    {"Location", "schema:Place", "", ""},
    {"Relation", "ag:Relation", "", ""},
    {"Evidence", "ag:Evidence", "", ""},
    {"ActorGraph", "ag:ActorGraph", "", ""},
    {"PropertyValue", "schema:PropertyValue", "", ""},
    {"documentCount", "ag:documentCount", "xsd:integer", ""},
    {"maxEvidence", "ag:maxEvidence", "xsd:integer", ""},
    {"actorId", "ag:actorId", "", ""},
    {"actorType", "ag:actorType", "", ""},
    {"name", "schema:name", "", ""},
    {"alternateName", "schema:alternateName", "", "@set"},
    {"identifier", "schema:identifier", "", "@set"},
    {"propertyID", "schema:propertyID", "", ""},
    {"value", "schema:value", "", ""},
    {"sameAs", "schema:sameAs", "@id", ""},
    {"affiliation", "schema:affiliation", "@id", ""},
    {"memberOf", "schema:memberOf", "@id", ""},
    {"jobTitle", "schema:jobTitle", "", ""},
    {"mentions", "ag:mentions", "xsd:integer", ""},
    {"firstDate", "ag:firstDate", "xsd:date", ""},
    {"lastDate", "ag:lastDate", "xsd:date", ""},
    {"source", "ag:source", "@id", ""},
    {"target", "ag:target", "@id", ""},
    {"relation", "ag:relation", "", ""},
    {"polarity", "ag:polarity", "", ""},
    {"weight", "ag:weight", "xsd:integer", ""},
    {"symmetric", "ag:symmetric", "xsd:boolean", ""},
    {"cameo", "ag:cameo", "", ""},
    {"goldstein", "ag:goldstein", "xsd:decimal", ""},
    {"cameoRoot", "ag:cameoRoot", "", ""},
    {"quadClass", "ag:quadClass", "xsd:integer", ""},
    {"dates", "ag:date", "xsd:date", "@set"},
    {"evidence", "ag:evidence", "", "@list"},
    {"document", "ag:document", "", ""},
    {"date", "ag:date", "xsd:date", ""},
    {"sentence", "ag:sentence", "xsd:integer", ""},
    {"sentenceStart", "ag:sentenceStart", "xsd:integer", ""},
    {"text", "ag:text", "", ""},
    {"start", "ag:start", "xsd:integer", ""},
    {"end", "ag:end", "xsd:integer", ""},
    {"sourceStart", "ag:sourceStart", "xsd:integer", ""},
    {"sourceEnd", "ag:sourceEnd", "xsd:integer", ""},
    {"targetStart", "ag:targetStart", "xsd:integer", ""},
    {"targetEnd", "ag:targetEnd", "xsd:integer", ""},
    {"rule", "ag:rule", "", ""},
    {"modality", "ag:modality", "", ""},
};

bool IsUnreserved(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool IsFixedTerm(const std::string& term) {
  if (term == "schema" || term == "ag" || term == "xsd") return true;
  for (const TermDefinition& t : kFixedTerms) {
    if (term == t.term) return true;
  }
  return false;
}

}  // namespace

std::string PercentEncode(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    if (IsUnreserved(c)) {
      out += c;
    } else {
      unsigned char u = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

bool PercentDecode(std::string_view text, std::string* out) {
  out->clear();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      *out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return false;
    int high = HexValue(text[i + 1]);
    int low = HexValue(text[i + 2]);
    if (high < 0 || low < 0) return false;
    *out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return true;
}

std::string ActorIri(std::string_view actor_id) {
  return kActorPrefix + PercentEncode(actor_id);
}

bool ActorIdFromIri(std::string_view iri, std::string* actor_id) {
  size_t prefix = std::strlen(kActorPrefix);
  if (iri.substr(0, prefix) != kActorPrefix) return false;
  return PercentDecode(iri.substr(prefix), actor_id) && !actor_id->empty();
}

std::string RelationIri(size_t index) {
  return "relation/" + std::to_string(index);
}

std::string RelationPropertyTerm(std::string_view relation) {
  std::string term;
  bool upper_next = false;
  for (char c : relation) {
    if (c == '_') {
      upper_next = !term.empty();
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      term += upper_next ? static_cast<char>(std::toupper(c)) : c;
      upper_next = false;
    } else {
      return "";
    }
  }
  if (term.empty() || !std::isalpha(static_cast<unsigned char>(term[0])) ||
      IsFixedTerm(term)) {
    return "";
  }
  return term;
}

bool IsSchemaActorType(std::string_view type) {
  return type == "Person" || type == "Country" || type == "Organization" ||
         type == "Location";
}

const TermDefinition* FixedTerms(size_t* count) {
  *count = sizeof kFixedTerms / sizeof kFixedTerms[0];
  return kFixedTerms;
}

}  // namespace jsonld
}  // namespace actorgraph
