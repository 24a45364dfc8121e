// Cypher literals and names for import.cypher (export/neo4j_writer.cc).
//
//   "SET a.name = " + CypherString(actor.label)    // 'AT&T \'Inc\''
//   "[r:" + CypherRelationshipType("met_with")       // MET_WITH
//
// CypherString writes a single-quoted string literal with backslash escapes
// (\\ \' \" \n \r \t, other control characters as \uXXXX), so the script
// holds no raw control character and every statement stays on one line.
// Non-ASCII text is kept as UTF-8.
#ifndef ACTORGRAPH_EXPORT_CYPHER_ESCAPE_H_
#define ACTORGRAPH_EXPORT_CYPHER_ESCAPE_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

std::string CypherString(std::string_view value);
// ['a', 'b'] with each element a CypherString.
std::string CypherStringList(const std::vector<std::string>& values);
// A float literal that Cypher reads back as the same double ("1.0", "-2.5").
std::string CypherFloat(double value);
// The relationship type for a relation name: upper case, every character
// outside [A-Za-z0-9_] replaced by '_', "_" prepended before a leading digit,
// "RELATED_TO" for an empty name.  Needs no backticks.
std::string CypherRelationshipType(std::string_view relation);
// A node label from an actor type ("Person"), with the same character rule;
// "" when nothing is left.
std::string CypherLabel(std::string_view type);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_CYPHER_ESCAPE_H_
