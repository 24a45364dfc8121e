// The Neo4j import files, one stream per file, for WriteNeo4jDirectory
// (export/writer.h) and for tests.
//
//   WriteNeo4jActorsCsv(graph, out);     // actors.csv
//   WriteNeo4jRelationsCsv(graph, out);  // relations.csv
//   WriteNeo4jDocumentsCsv(graph, out);  // documents.csv
//   WriteNeo4jMentionsCsv(graph, out);   // mentions.csv
//   WriteNeo4jCypher(graph, out);        // import.cypher
//   WriteNeo4jReadme(out);               // README.txt
//
// The CSV files use the header format of `neo4j-admin database import` (and
// of apoc.import.csv): actors.csv has `id:ID(Actor)` and a `:LABEL` column
// ("Actor;Person"), relations.csv `:START_ID(Actor)`, `:END_ID(Actor)` and
// `:TYPE` ("MET_WITH", the relation name in upper case); documents.csv
// `id:ID(Document)`.  Fields are quoted by RFC
// 4180 and hold no line breaks or other control characters (each becomes a
// space); in the `aliases` array, ';' is the element separator, so a ';'
// inside an alias becomes ','.  import.cypher holds the same graph as
// parameter-free MERGE statements, one per line, safe to run again.
#ifndef ACTORGRAPH_EXPORT_NEO4J_WRITER_H_
#define ACTORGRAPH_EXPORT_NEO4J_WRITER_H_

#include <ostream>

#include "graph/actor_graph.h"

namespace actorgraph {

void WriteNeo4jActorsCsv(const ActorGraph& graph, std::ostream& out);
void WriteNeo4jRelationsCsv(const ActorGraph& graph, std::ostream& out);
// Document nodes (the documents that kept evidence cites) and their
// (Document)-[:MENTIONS]->(Actor) relationships.
void WriteNeo4jDocumentsCsv(const ActorGraph& graph, std::ostream& out);
void WriteNeo4jMentionsCsv(const ActorGraph& graph, std::ostream& out);
void WriteNeo4jCypher(const ActorGraph& graph, std::ostream& out);
void WriteNeo4jReadme(std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_NEO4J_WRITER_H_
