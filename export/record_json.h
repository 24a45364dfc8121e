// JSON Lines records for streams between actorgraph processes and scripts:
// actor mentions (`actorgraph mentions`) and the map output of
// `actorgraph extract`, which `actorgraph merge` reads back.  This is a
// JSON module: RapidJSON stays inside record_json.cc.
//
// Extract stream, one object per line:
//   {"kind":"document","doc":ID,"date":D}
//   {"kind":"actor","doc":ID,"date":D,"actor":{id,label,type,aliases,...}}
//   {"kind":"relation","source":S,"target":T,"relation":R,"polarity":P,
//    "symmetric":B,"cameo":C,"goldstein":G,"evidence":{doc,date,...}}
#ifndef ACTORGRAPH_EXPORT_RECORD_JSON_H_
#define ACTORGRAPH_EXPORT_RECORD_JSON_H_

#include <string>

#include "extract/model/evidence.h"

namespace actorgraph {

// One `actorgraph mentions` line (no trailing newline).
std::string MentionJson(const std::string& doc, const Mention& mention,
                        const ActorInfo& actor);

// The extract records of one document, each line ending in '\n'.
std::string DocumentRecordsJson(const DocumentResult& result);

// One parsed extract record.
struct ExtractRecord {
  enum Kind { kDocument, kActor, kRelation } kind = kDocument;
  std::string doc, date;
  std::string title;  // document records, when the input had one
  ActorInfo actor;
  RelationMention relation;
};

// Parses one extract line; false with `error` set when malformed, and
// `*column` (if given) the 1-based byte column of a JSON syntax error, else 0.
bool ParseExtractRecord(const std::string& line, ExtractRecord* out,
                        std::string* error, int* column = nullptr);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_RECORD_JSON_H_
