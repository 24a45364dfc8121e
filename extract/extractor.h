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

#include <functional>
#include <string>
#include <vector>

#include "extract/model/document.h"
#include "extract/model/evidence.h"
#include "extract/stages/trace.h"

namespace actorgraph {

class Ontology;

struct ExtractorOptions {
  // Fill DocumentResult::mentions.  The graph needs only each actor's
  // mention count, so `build` and `extract` go without: on a long document
  // the mention records would take several times the text's size.
  bool mentions = true;
};

// Takes each relation mention of a document as soon as it is made.
using RelationSink = std::function<void(RelationMention&&)>;

class Extractor {
 public:
  explicit Extractor(const Ontology& ontology, ExtractorOptions options = {});
  DocumentResult Extract(const Document& doc, Trace* trace = nullptr) const;
  // The same, but the relation mentions go to `relations` (in the order
  // DocumentResult::relations would hold them, before Extract returns the
  // actors) instead of into the result: a long document's relation
  // mentions are never all in memory.
  DocumentResult Extract(const Document& doc, Trace* trace,
                         const RelationSink& relations) const;
  const Ontology& ontology() const { return ontology_; }

 private:
  const Ontology& ontology_;
  ExtractorOptions options_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACTOR_H_
