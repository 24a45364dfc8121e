// One JSON Lines record as a Document: the only part of ingest that sees
// RapidJSON.  DocumentReader calls it for every line of a .jsonl input.
//
//   JsonlRecord r = ParseJsonlDocument(&line);
//   if (!r.error.empty()) Report(Located(file, line_no, r.column, r.error));
//
// A record is an object with a string "text" and optional "id" (string or
// number), "title" and "date" (strings; null counts as absent).  String
// values are returned as decoded, not yet repaired.
#ifndef ACTORGRAPH_EXTRACT_INGEST_JSONL_DOCUMENT_H_
#define ACTORGRAPH_EXTRACT_INGEST_JSONL_DOCUMENT_H_

#include <string>

#include "extract/model/document.h"

namespace actorgraph {

// Objects and arrays nested deeper than this make a line malformed.
constexpr int kMaxJsonDepth = 64;

struct JsonlRecord {
  Document doc;
  bool has_id = false;
  std::string error;  // empty on success, else why the line is malformed
  int column = 0;     // 1-based byte column of a JSON syntax error, else 0
};

// Parses `*line` (one line without its newline).  The line is used as the
// parse buffer and left unspecified, which spares a copy of large texts.
JsonlRecord ParseJsonlDocument(std::string* line);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_INGEST_JSONL_DOCUMENT_H_
