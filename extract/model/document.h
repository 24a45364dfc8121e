// Document: one article as actorgraph sees it after ingest.
//
// `text` is valid UTF-8 (ingest repairs it); every offset that actorgraph
// prints for a document counts Unicode code points into this `text`, end
// exclusive.  `date` is "YYYY-MM-DD" or empty when unknown.
#ifndef ACTORGRAPH_EXTRACT_MODEL_DOCUMENT_H_
#define ACTORGRAPH_EXTRACT_MODEL_DOCUMENT_H_

#include <string>

namespace actorgraph {

struct Document {
  std::string id;
  std::string title;
  std::string date;
  std::string text;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_MODEL_DOCUMENT_H_
