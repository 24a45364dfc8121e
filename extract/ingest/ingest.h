// Ingest: turns the command line's INPUT arguments into a stream of
// Documents, without holding the corpus in memory.
//
//   DocumentReader reader(inputs, options, &diagnostics);
//   Document doc;
//   while (reader.Next(&doc)) Process(doc);
//   // reader.skipped() documents were skipped; diagnostics were reported.
//
// INPUT: a .txt file (one article; id = file name), a .jsonl or .ndjson
// file (one article a line: "id", "text", optional "title", "date"), any of
// them gzip-compressed (".jsonl.gz", read through extract/ingest/
// input_file.h; a damaged one is fatal), a directory (recursed; those
// files in sorted path order), or "-" (JSON Lines on stdin).  A .json file
// named explicitly is a usage error: it is neither one article's text nor
// one article a line.  A text file may start with a "date YYYY-MM-DD" marker,
// which becomes the date and is removed from the text.  Bytes are repaired with
// RepairUtf8; each repair is a warning naming file and byte offset.  A bad
// JSON line is reported as "file:line: reason", counted and skipped, or is
// fatal (UserError) with `strict`.
//
// A document whose id was read before is left out with a warning, and so
// is one with the text of an earlier one under `dedupe`
// (extract/ingest/duplicates.h); duplicates() counts them, skipped() not.
// Details: a file named explicitly with another extension is read as text.
// A JSON Lines record without "id" gets "file:line"; blank lines are
// ignored; a "date" that does not start with YYYY-MM-DD is dropped with a
// warning.  Repair warnings read "file: replaced N invalid byte sequence(s),
// first at byte B" with B a 0-based offset into the file (text files) or
// into the decoded "text" value ("file:line: ..."; JSON Lines).  Empty
// documents are skipped with a warning but not counted in skipped(); an
// unreadable file found in a directory is warned about and counted.  NUL
// bytes become spaces: "file: replaced N NUL byte(s) with spaces, first at
// byte B".  A text file more than 1/16 of whose first 64 KiB (and at least
// 32 bytes) are NULs, other control bytes or invalid sequences is "file:
// binary file (...), skipped" and counted.
#ifndef ACTORGRAPH_EXTRACT_INGEST_INGEST_H_
#define ACTORGRAPH_EXTRACT_INGEST_INGEST_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/model/document.h"
#include "extract/text/utf8.h"

namespace actorgraph {

// Where warnings go: one line each, already "file:line: message" shaped.
using DiagnosticSink = std::function<void(const std::string& line)>;

struct IngestOptions {
  bool strict = false;  // a bad line is fatal
  // A document whose id was already read is always skipped with a warning
  // (extract/ingest/duplicates.h); with `dedupe`, so is one whose text was.
  bool dedupe = false;
  size_t max_document_bytes = 64u << 20;  // larger documents are skipped
};

class DocumentReader {
 public:
  DocumentReader(std::vector<std::string> inputs, IngestOptions options,
                 DiagnosticSink warn);
  ~DocumentReader();

  // Fills *doc with the next document; false at the end of all inputs.
  // Throws UserError (exit code kExitIo) when an input cannot be opened,
  // and on a bad line when strict.
  bool Next(Document* doc);

  int64_t documents() const;   // documents returned so far
  int64_t skipped() const;     // lines/files skipped as malformed
  int64_t duplicates() const;  // documents left out as repeats
  // Files found in a directory input and not read (not .txt, .jsonl or
  // .ndjson, plain or .gz), sorted; known once the reader is constructed.
  std::vector<std::string> ignored_files() const;
  int64_t bytes_read() const;   // input bytes consumed so far
  int64_t total_bytes() const;  // sum of regular input file sizes, or -1

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_INGEST_INGEST_H_
