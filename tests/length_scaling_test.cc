#define BOOST_TEST_MODULE length_scaling
// Extraction stays linear in the length of a document: one document of N
// copies of a passage costs about what the N copies cost as N documents.
// No time limit: the CPU times of both sides, measured on this thread one
// after the other, are only compared, with a generous bound (3x) that a
// scan over the whole document per cue or mention breaks many times over
// at 800 copies.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <string>

#include "extract/base/stage_timer.h"
#include "extract/extractor.h"
#include "extract/rules/ontology.h"

namespace actorgraph {
namespace {

constexpr int kCopies = 800;
constexpr double kMaxRatio = 3.0;

const Ontology& TheOntology() {
  static const Ontology o = Ontology::Load(ACTORGRAPH_SOURCE_DIR "/ontology");
  return o;
}

// Dense with what the cue and coreference stages look back for: titles,
// appositions, role phrases, short names, anaphors, groups, pronouns.
const char kReport[] =
    "Russian President Vladimir Putin met Chinese President Xi Jinping in "
    "Moscow on Monday, and the two leaders signed an agreement on energy.\n"
    "Defense Minister Sergei Shoigu said Russia would hold a joint military "
    "exercise with China. He added that the pair had discussed security.\n"
    "Maria Lindqvist, the foreign minister of Sweden, criticized Russia. The "
    "minister said she would visit Kyiv.\n"
    "The mayor of Lviv, Andriy Sadovyi, thanked Poland. Sadovyi said the "
    "city needed help.\n"
    "Turkey's president, Recep Tayyip Erdogan, spoke with his Ukrainian "
    "counterpart. The Turkish leader called for talks.\n"
    "Iran supplies drones to Russia, according to officials in Washington. "
    "The country denied it.\n"
    "The European Union sanctions Belarus. The bloc said it would add names. "
    "NATO Secretary General Jens Stoltenberg welcomed the move.\n"
    "Japan's defense minister visited India. The Indian prime minister, "
    "Narendra Modi, met him in New Delhi.\n\n";

// Many short sentences: mentions and relations rather than cues.
const char kBulletin[] =
    "Iran supplies drones to Russia. The European Union sanctions Belarus. "
    "Japan and India held a joint military exercise. The pair signed an "
    "agreement. China criticized the United States. It said talks would "
    "go on.\n\n";

Document Doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.date = "2023-03-21";
  d.text = text;
  return d;
}

// Thread CPU seconds of `run`, the least of three runs.
template <typename F>
double CpuSeconds(F run) {
  double best = 1e9;
  for (int k = 0; k < 3; ++k) {
    int64_t start = StageTimer::ThreadNanos();
    run();
    best = std::min(best, (StageTimer::ThreadNanos() - start) / 1e9);
  }
  return best;
}

// CPU of one document of kCopies passages over that of kCopies documents;
// also checks that the long document finds as much as its pieces.
double LongOverPieces(const std::string& passage) {
  Extractor extractor(TheOntology());
  std::string text;
  for (int k = 0; k < kCopies; ++k) text += passage;
  Document long_doc = Doc("long", text);
  Document piece = Doc("piece", passage);
  size_t long_relations = 0, piece_relations = 0;
  double whole = CpuSeconds(
      [&] { long_relations = extractor.Extract(long_doc).relations.size(); });
  double pieces = CpuSeconds([&] {
    piece_relations = 0;
    for (int k = 0; k < kCopies; ++k) {
      piece_relations += extractor.Extract(piece).relations.size();
    }
  });
  BOOST_TEST(piece_relations > 0u);
  // Copies may link across their boundary, so only the order is checked.
  BOOST_TEST(long_relations >= piece_relations / 2);
  BOOST_TEST_MESSAGE("one document " << whole << " s, pieces " << pieces
                                     << " s");
  return pieces > 0 ? whole / pieces : 0;
}

BOOST_AUTO_TEST_CASE(cue_dense_report_is_linear) {
  BOOST_TEST(LongOverPieces(kReport) <= kMaxRatio);
}

BOOST_AUTO_TEST_CASE(short_sentences_are_linear) {
  BOOST_TEST(LongOverPieces(kBulletin) <= kMaxRatio);
}

}  // namespace
}  // namespace actorgraph
