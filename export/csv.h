// CSV fields for the Neo4j bulk-import files (export/neo4j_writer.cc).
//
//   out << CsvField(SingleLine(actor.label)) << ',' << ...;
//
// CsvField quotes by RFC 4180: a field holding ',', '"', CR or LF is put in
// double quotes with inner quotes doubled; anything else is written as is.
// SingleLine replaces every ASCII control character (newline included) with
// a space, because neo4j-admin rejects fields that span lines unless it is
// given --multiline-fields, and the import commands we document do not.
#ifndef ACTORGRAPH_EXPORT_CSV_H_
#define ACTORGRAPH_EXPORT_CSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

std::string CsvField(std::string_view value);
std::string SingleLine(std::string_view value);
// One CSV line (fields quoted as needed, joined by ',', ending in "\n").
std::string CsvRow(const std::vector<std::string>& fields);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_CSV_H_
