// Fuzzes the whole extraction of one document with the project's ontology:
// the bytes are repaired as ingest does, then Extractor::Extract runs every
// stage (tokens, gazetteer, person cues, coreference, relation patterns).
// Checks that every mention and evidence span lies inside the text and that
// every relation names actors the result lists (mentions of places need
// not: places are listed only when related).
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "extract/extractor.h"
#include "extract/model/document.h"
#include "extract/rules/ontology.h"
#include "extract/text/text.h"
#include "extract/text/utf8.h"
#include "fuzz/fuzz_util.h"

namespace actorgraph {
namespace {

const Extractor& TheExtractor() {
  static const Ontology ontology = Ontology::Load(fuzz::SourceOntologyDir());
  static const Extractor extractor(ontology);
  return extractor;
}

void CheckSpan(int64_t start, int64_t end, int64_t length) {
  FUZZ_CHECK(0 <= start && start <= end && end <= length);
}

}  // namespace
}  // namespace actorgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  Document doc;
  doc.id = "fuzz";
  doc.text =
      RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size))
          .text;
  DocumentResult r = TheExtractor().Extract(doc);
  const int64_t length = static_cast<int64_t>(fuzz::CodePoints(doc.text));
  std::set<std::string> actors;
  for (const ActorInfo& a : r.actors) actors.insert(a.id);
  for (const Mention& m : r.mentions) {
    CheckSpan(m.start, m.end, length);
    // Places are listed only when related (extractor.cc), so a mention's
    // actor may be missing from r.actors.
    FUZZ_CHECK(!m.actor.empty());
  }
  for (const RelationMention& rel : r.relations) {
    const Evidence& e = rel.evidence;
    CheckSpan(e.start, e.end, length);
    CheckSpan(e.source_start, e.source_end, length);
    CheckSpan(e.target_start, e.target_end, length);
    FUZZ_CHECK(actors.count(rel.source) == 1 && actors.count(rel.target) == 1);
    FUZZ_CHECK(fuzz::IsValidUtf8(e.text));
  }
  return 0;
}
