// Extractor: finds actors and relations in one document.
//
//   Ontology ontology = Ontology::Load(DefaultOntologyDir());
//   Extractor extractor(ontology);
//   DocumentResult r = extractor.Extract(doc);   // thread-safe, const
//
// The pipeline: tokens and sentences (text.h), gazetteer mentions, person
// cues (titles, appositions), in-document coreference (short names,
// pronouns, role phrases, "the two leaders"), then relation patterns with
// negation and modality.  With a Trace, every step says what it matched.
#ifndef ACTORGRAPH_EXTRACT_EXTRACTOR_H_
#define ACTORGRAPH_EXTRACT_EXTRACTOR_H_

#include <string>
#include <vector>

#include "extract/model/document.h"
#include "extract/model/evidence.h"
#include "extract/stages/trace.h"

namespace actorgraph {

class Ontology;

class Extractor {
 public:
  explicit Extractor(const Ontology& ontology);
  DocumentResult Extract(const Document& doc, Trace* trace = nullptr) const;
  const Ontology& ontology() const { return ontology_; }

 private:
  const Ontology& ontology_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACTOR_H_
