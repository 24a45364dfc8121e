#include "export/neo4j_writer.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "export/csv.h"
#include "export/cypher_escape.h"
#include "export/evidence_json.h"
#include "export/value_text.h"
#include "export/writer.h"
#include "extract/base/atomic_file.h"

namespace actorgraph {
namespace {

// Actors and documents are separate ID spaces, so that a document id can
// never collide with an actor id.
constexpr char kActorsHeader[] =
    "id:ID(Actor),name,type,:LABEL,aliases:string[],iso2,iso3,wikidata,"
    "affiliation,role,mentions:long,first_seen:date,last_seen:date\n";
// The evidence_* arrays are parallel: element i of each is evidence record
// i (document, date, sentence, offsets in code points, rule).
constexpr char kRelationsHeader[] =
    ":START_ID(Actor),:END_ID(Actor),:TYPE,relation,polarity,modality,"
    "weight:long,symmetric:boolean,cameo,goldstein:double,cameo_root,quad_"
    "class:int,"
    "first_date:date,"
    "last_date:date,dates:string[],evidence_count:long,documents:string[],"
    "evidence,evidence_documents:string[],evidence_dates:string[],"
    "evidence_sentences:string[],evidence_starts:long[],evidence_ends:long[],"
    "evidence_rules:string[],evidence_json\n";
constexpr char kDocumentsHeader[] = "id:ID(Document),title,date:date,:LABEL\n";
constexpr char kMentionsHeader[] =
    ":START_ID(Document),:END_ID(Actor),:TYPE,evidence_count:long\n";

constexpr char kReadme[] = R"(Neo4j import files written by actorgraph

  actors.csv     one row per actor: labels Actor and its type (Person,
                 Country, Organization, Location)
  relations.csv  one row per aggregated relation: type is the relation name
                 in upper case (MET_WITH, SUPPLIES, ...), with its polarity,
                 modality (asserted, future, hypothetical), weight (number
                 of mentions), dates, document ids and every kept evidence
                 record (parallel evidence_* arrays and evidence_json)
  documents.csv  one row per document that an edge's evidence cites: its
                 id, and its title and date where the input had them
  mentions.csv   (Document)-[:MENTIONS]->(Actor) for the actors of that
                 evidence
  import.cypher  the same graph as Cypher MERGE statements (safe to re-run)

1. Bulk import into a new database (Neo4j 5; the server stopped, the
   database absent or emptied; run in this directory or give full paths):

  neo4j-admin database import full --nodes=actors.csv --nodes=documents.csv --relationships=relations.csv --relationships=mentions.csv neo4j

2. Into a running database, with cypher-shell:

  cypher-shell -f import.cypher

   (add -u USER -p PASSWORD -a ADDRESS -d DATABASE as needed)

3. Into a running database with APOC: copy actors.csv and relations.csv
   to the server's import directory, set apoc.import.file.enabled=true in
   apoc.conf, then run in cypher-shell or Neo4j Browser:

  CALL apoc.import.csv([{fileName: 'file:/actors.csv', labels: []}], [{fileName: 'file:/relations.csv', type: 'RELATED_TO'}], {delimiter: ',', arrayDelimiter: ';', stringIds: true});

   (the :LABEL and :TYPE columns give each row its labels and type)

Then, for example:

  MATCH (s:Actor)-[r:MET_WITH]->(t:Actor) RETURN s.name, t.name, r.weight ORDER BY r.weight DESC LIMIT 10;
  MATCH (s:Actor)-[r:SUPPLIES {modality: 'asserted'}]->(t:Actor) RETURN s.name, t.name, r.documents;
  MATCH (d:Document)-[:MENTIONS]->(a:Actor {name: 'Iran'}) RETURN d.id, d.title, d.date ORDER BY d.date;

CSV fields hold no line breaks: a newline or other control character in a
name or sentence is written as a space, and a ';' inside an alias as ','.
import.cypher keeps every character (escaped).
)";

std::string ActorLabels(const std::string& type) {
  std::string label = CypherLabel(type);
  return label.empty() || label == "Actor" ? "Actor" : "Actor;" + label;
}

// An array field: elements joined by ';' (the array delimiter), each on
// one line and with its own ';' written as ','.
std::string CsvArray(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    std::string element = SingleLine(item);
    for (char& c : element) {
      if (c == ';') c = ',';
    }
    if (!out.empty()) out += ';';
    out += element;
  }
  return out;
}

std::string EvidenceSample(const RelationEdge& e) {
  return e.evidence.empty() ? "" : SingleLine(e.evidence[0].text);
}

// One evidence field of every record, for the parallel evidence_* arrays.
template <typename Field>
std::string EvidenceArray(const RelationEdge& e, Field field) {
  std::vector<std::string> items;
  for (const Evidence& ev : e.evidence) items.push_back(field(ev));
  return CsvArray(items);
}

struct CitedDocument {
  std::string title, date;
};

// The documents that evidence cites, with a date when one record has it
// and the title the input gave.
std::map<std::string, CitedDocument> CitedDocuments(const ActorGraph& graph) {
  std::map<std::string, CitedDocument> docs;
  for (const RelationEdge* e : graph.Edges()) {
    for (const Evidence& ev : e->evidence) {
      std::string& date = docs[ev.doc].date;
      if (date.empty()) date = ev.date;
    }
  }
  const std::map<std::string, std::string>& titles = graph.document_titles();
  for (auto& [id, doc] : docs) {
    auto it = titles.find(id);
    if (it != titles.end()) doc.title = it->second;
  }
  return docs;
}

// (document, actor) -> evidence records that name the actor.
std::map<std::pair<std::string, std::string>, int64_t> DocumentMentions(
    const ActorGraph& graph) {
  std::map<std::pair<std::string, std::string>, int64_t> count;
  for (const RelationEdge* e : graph.Edges()) {
    for (const Evidence& ev : e->evidence) {
      ++count[{ev.doc, e->source}];
      if (e->target != e->source) ++count[{ev.doc, e->target}];
    }
  }
  return count;
}

// ", a.name = 'x'": one assignment of a SET clause.
void Assign(std::string* set, const char* var, const char* property,
            const std::string& literal) {
  *set += ", ";
  *set += var;
  *set += '.';
  *set += property;
  *set += " = ";
  *set += literal;
}

void AssignString(std::string* set, const char* var, const char* property,
                  const std::string& value) {
  if (!value.empty()) Assign(set, var, property, CypherString(value));
}

void AssignDate(std::string* set, const char* var, const char* property,
                const std::string& date) {
  if (!date.empty()) {
    Assign(set, var, property, "date(" + CypherString(date) + ")");
  }
}

std::string ActorStatement(const ActorNode& node) {
  const ActorInfo& a = node.info;
  std::string set = " SET ";
  std::string label = CypherLabel(a.type);
  if (!label.empty() && label != "Actor") set += "a:" + label + ", ";
  set += "a.name = " + CypherString(a.label);
  AssignString(&set, "a", "type", a.type);
  if (!a.aliases.empty()) {
    Assign(&set, "a", "aliases", CypherStringList(a.aliases));
  }
  AssignString(&set, "a", "iso2", a.iso2);
  AssignString(&set, "a", "iso3", a.iso3);
  AssignString(&set, "a", "wikidata", a.wikidata);
  AssignString(&set, "a", "affiliation", a.affiliation);
  AssignString(&set, "a", "role", a.role);
  Assign(&set, "a", "mentions", std::to_string(a.mentions));
  AssignDate(&set, "a", "first_seen", node.first_date);
  AssignDate(&set, "a", "last_seen", node.last_date);
  return "MERGE (a:Actor {id: " + CypherString(a.id) + "})" + set + ";\n";
}

std::string RelationStatement(const RelationEdge& e) {
  std::string set = " SET r.relation = " + CypherString(e.relation);
  Assign(&set, "r", "weight", std::to_string(e.weight));
  Assign(&set, "r", "symmetric", e.symmetric ? "true" : "false");
  AssignString(&set, "r", "cameo", e.cameo);
  Assign(&set, "r", "goldstein", CypherFloat(e.goldstein));
  AssignString(&set, "r", "cameo_root", CameoRoot(e.cameo));
  if (e.quad_class >= 0) {
    Assign(&set, "r", "quad_class", std::to_string(e.quad_class));
  }
  AssignDate(&set, "r", "first_date", e.first_date);
  AssignDate(&set, "r", "last_date", e.last_date);
  if (!e.dates.empty()) Assign(&set, "r", "dates", CypherStringList(e.dates));
  Assign(&set, "r", "evidence_count", std::to_string(e.evidence.size()));
  if (!e.evidence.empty()) {
    Assign(&set, "r", "documents", CypherStringList(EvidenceDocuments(e)));
    Assign(&set, "r", "evidence", CypherString(e.evidence[0].text));
    Assign(&set, "r", "evidence_json",
           CypherString(EvidenceListJson(e.evidence)));
  }
  // Two MATCH clauses rather than one with two patterns, which Neo4j
  // flags as a cartesian product.
  return "MATCH (s:Actor {id: " + CypherString(e.source) +
         "}) MATCH (t:Actor {id: " + CypherString(e.target) +
         "}) MERGE (s)-[r:" + CypherRelationshipType(e.relation) +
         " {polarity: " + CypherString(PolarityName(e.polarity)) +
         ", modality: " + CypherString(ModalityName(e.modality)) +
         ", cameo: " + CypherString(e.cameo) + "}]->(t)" + set + ";\n";
}

std::string DocumentStatement(const std::string& id, const CitedDocument& doc) {
  std::string set;
  AssignString(&set, "d", "title", doc.title);
  AssignDate(&set, "d", "date", doc.date);
  if (!set.empty()) set = " SET" + set.substr(1);
  return "MERGE (d:Document {id: " + CypherString(id) + "})" + set + ";\n";
}

std::string MentionStatement(const std::string& doc, const std::string& actor,
                             int64_t count) {
  return "MATCH (d:Document {id: " + CypherString(doc) +
         "}) MATCH (a:Actor {id: " + CypherString(actor) +
         "}) MERGE (d)-[m:MENTIONS]->(a) SET m.evidence_count = " +
         std::to_string(count) + ";\n";
}

void WriteFile(const std::string& path,
               void (*write)(const ActorGraph&, std::ostream&),
               const ActorGraph& graph) {
  AtomicFile file(path);
  write(graph, file.stream());
  file.Commit();
}

}  // namespace

void WriteNeo4jActorsCsv(const ActorGraph& graph, std::ostream& out) {
  out << kActorsHeader;
  for (const ActorNode* node : graph.Actors()) {
    const ActorInfo& a = node->info;
    out << CsvRow({SingleLine(a.id), SingleLine(a.label), SingleLine(a.type),
                   ActorLabels(a.type), CsvArray(a.aliases), SingleLine(a.iso2),
                   SingleLine(a.iso3), SingleLine(a.wikidata),
                   SingleLine(a.affiliation), SingleLine(a.role),
                   std::to_string(a.mentions), node->first_date,
                   node->last_date});
  }
}

void WriteNeo4jRelationsCsv(const ActorGraph& graph, std::ostream& out) {
  out << kRelationsHeader;
  for (const RelationEdge* e : graph.Edges()) {
    out << CsvRow(
        {SingleLine(e->source),
         SingleLine(e->target),
         CypherRelationshipType(e->relation),
         SingleLine(e->relation),
         PolarityName(e->polarity),
         ModalityName(e->modality),
         std::to_string(e->weight),
         e->symmetric ? "true" : "false",
         SingleLine(e->cameo),
         ShortestDouble(e->goldstein),
         CameoRoot(e->cameo),
         e->quad_class < 0 ? "" : std::to_string(e->quad_class),
         e->first_date,
         e->last_date,
         CsvArray(e->dates),
         std::to_string(e->evidence.size()),
         CsvArray(EvidenceDocuments(*e)),
         EvidenceSample(*e),
         EvidenceArray(*e, [](const Evidence& v) { return v.doc; }),
         EvidenceArray(*e, [](const Evidence& v) { return v.date; }),
         EvidenceArray(*e, [](const Evidence& v) { return v.text; }),
         EvidenceArray(
             *e, [](const Evidence& v) { return std::to_string(v.start); }),
         EvidenceArray(*e,
                       [](const Evidence& v) { return std::to_string(v.end); }),
         EvidenceArray(*e, [](const Evidence& v) { return v.rule; }),
         SingleLine(EvidenceListJson(e->evidence))});
  }
}

void WriteNeo4jDocumentsCsv(const ActorGraph& graph, std::ostream& out) {
  out << kDocumentsHeader;
  for (const auto& [id, doc] : CitedDocuments(graph)) {
    out << CsvRow(
        {SingleLine(id), SingleLine(doc.title), doc.date, "Document"});
  }
}

void WriteNeo4jMentionsCsv(const ActorGraph& graph, std::ostream& out) {
  out << kMentionsHeader;
  for (const auto& [key, count] : DocumentMentions(graph)) {
    out << CsvRow({SingleLine(key.first), SingleLine(key.second), "MENTIONS",
                   std::to_string(count)});
  }
}

void WriteNeo4jCypher(const ActorGraph& graph, std::ostream& out) {
  out << "// actorgraph: " << graph.actor_count() << " actors, "
      << graph.edge_count() << " relations.  Run: cypher-shell -f "
      << "import.cypher\n"
      << "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE "
         "a.id IS UNIQUE;\n"
      << "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) "
         "REQUIRE d.id IS UNIQUE;\n";
  for (const ActorNode* node : graph.Actors()) out << ActorStatement(*node);
  for (const RelationEdge* e : graph.Edges()) out << RelationStatement(*e);
  for (const auto& [id, doc] : CitedDocuments(graph)) {
    out << DocumentStatement(id, doc);
  }
  for (const auto& [key, count] : DocumentMentions(graph)) {
    out << MentionStatement(key.first, key.second, count);
  }
}

void WriteNeo4jReadme(std::ostream& out) { out << kReadme; }

void WriteNeo4jDirectory(const ActorGraph& graph, const std::string& dir,
                         const WriteOptions& /*options*/) {
  WriteFile(dir + "/actors.csv", WriteNeo4jActorsCsv, graph);
  WriteFile(dir + "/relations.csv", WriteNeo4jRelationsCsv, graph);
  WriteFile(dir + "/documents.csv", WriteNeo4jDocumentsCsv, graph);
  WriteFile(dir + "/mentions.csv", WriteNeo4jMentionsCsv, graph);
  WriteFile(dir + "/import.cypher", WriteNeo4jCypher, graph);
  AtomicFile readme(dir + "/README.txt");
  WriteNeo4jReadme(readme.stream());
  readme.Commit();
}

}  // namespace actorgraph
