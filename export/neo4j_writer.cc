#include "export/neo4j_writer.h"

#include <string>
#include <vector>

#include "extract/base/atomic_file.h"
#include "export/csv.h"
#include "export/cypher_escape.h"
#include "export/writer.h"

namespace actorgraph {
namespace {

constexpr char kActorsHeader[] =
    "id:ID,name,type,:LABEL,aliases:string[],iso2,iso3,wikidata,affiliation,"
    "role,mentions:long,first_seen:date,last_seen:date\n";
constexpr char kRelationsHeader[] =
    ":START_ID,:END_ID,:TYPE,relation,polarity,weight:long,symmetric:boolean,"
    "cameo,goldstein:double,first_seen:date,last_seen:date,evidence_count:long,"
    "evidence_sample\n";

constexpr char kReadme[] = R"(Neo4j import files written by actorgraph

  actors.csv     one row per actor: labels Actor and its type (Person,
                 Country, Organization, Location)
  relations.csv  one row per aggregated relation: type is the relation name
                 in upper case (MET_WITH, SUPPLIES, ...), with its polarity,
                 weight (number of mentions), dates and an evidence sentence
  import.cypher  the same graph as Cypher MERGE statements (safe to re-run)

1. Bulk import into a new database (Neo4j 5; the server stopped, the
   database absent or emptied; run in this directory or give full paths):

  neo4j-admin database import full --nodes=actors.csv --relationships=relations.csv neo4j

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

CSV fields hold no line breaks: a newline or other control character in a
name or sentence is written as a space, and a ';' inside an alias as ','.
import.cypher keeps every character (escaped).
)";

std::string ActorLabels(const std::string& type) {
  std::string label = CypherLabel(type);
  return label.empty() || label == "Actor" ? "Actor" : "Actor;" + label;
}

std::string AliasArray(const std::vector<std::string>& aliases) {
  std::string out;
  for (const std::string& alias : aliases) {
    std::string element = SingleLine(alias);
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
  AssignDate(&set, "r", "first_seen", e.first_date);
  AssignDate(&set, "r", "last_seen", e.last_date);
  Assign(&set, "r", "evidence_count", std::to_string(e.evidence.size()));
  if (!e.evidence.empty()) {
    Assign(&set, "r", "evidence_sample", CypherString(e.evidence[0].text));
  }
  // Two MATCH clauses rather than one with two patterns, which Neo4j
  // flags as a cartesian product.
  return "MATCH (s:Actor {id: " + CypherString(e.source) +
         "}) MATCH (t:Actor {id: " + CypherString(e.target) +
         "}) MERGE (s)-[r:" + CypherRelationshipType(e.relation) +
         " {polarity: " + CypherString(PolarityName(e.polarity)) + "}]->(t)" +
         set + ";\n";
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
                   ActorLabels(a.type), AliasArray(a.aliases),
                   SingleLine(a.iso2), SingleLine(a.iso3),
                   SingleLine(a.wikidata), SingleLine(a.affiliation),
                   SingleLine(a.role), std::to_string(a.mentions),
                   node->first_date, node->last_date});
  }
}

void WriteNeo4jRelationsCsv(const ActorGraph& graph, std::ostream& out) {
  out << kRelationsHeader;
  for (const RelationEdge* e : graph.Edges()) {
    out << CsvRow({SingleLine(e->source), SingleLine(e->target),
                   CypherRelationshipType(e->relation), SingleLine(e->relation),
                   PolarityName(e->polarity), std::to_string(e->weight),
                   e->symmetric ? "true" : "false", SingleLine(e->cameo),
                   CypherFloat(e->goldstein), e->first_date, e->last_date,
                   std::to_string(e->evidence.size()), EvidenceSample(*e)});
  }
}

void WriteNeo4jCypher(const ActorGraph& graph, std::ostream& out) {
  out << "// actorgraph: " << graph.actor_count() << " actors, "
      << graph.edge_count() << " relations.  Run: cypher-shell -f "
      << "import.cypher\n"
      << "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE "
         "a.id IS UNIQUE;\n";
  for (const ActorNode* node : graph.Actors()) out << ActorStatement(*node);
  for (const RelationEdge* e : graph.Edges()) out << RelationStatement(*e);
}

void WriteNeo4jReadme(std::ostream& out) { out << kReadme; }

void WriteNeo4jDirectory(const ActorGraph& graph, const std::string& dir,
                         const WriteOptions& /*options*/) {
  WriteFile(dir + "/actors.csv", WriteNeo4jActorsCsv, graph);
  WriteFile(dir + "/relations.csv", WriteNeo4jRelationsCsv, graph);
  WriteFile(dir + "/import.cypher", WriteNeo4jCypher, graph);
  AtomicFile readme(dir + "/README.txt");
  WriteNeo4jReadme(readme.stream());
  readme.Commit();
}

}  // namespace actorgraph
