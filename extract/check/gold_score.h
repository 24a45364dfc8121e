// GoldScorer: precision, recall and F1 of extraction results against a gold
// file (gold_file.h), with the matching rules of
// ../shared/score/score_graphml.py, so that `actorgraph check --gold` and
// the script agree on the same output:
//
//  - each document is its own graph: its actors are the nodes, its
//    non-hypothetical relations the edges, repeated edges counted once;
//  - a node is the gold actor whose name or alias equals its label
//    (NormalizeActorName); a node counts as correct when the document lists
//    that actor as required or optional, or it is optional everywhere;
//  - an edge matches a gold relation with the same relation name and
//    polarity and matching endpoints (either order for symmetric ones);
//    edges matching only optional gold relations are not false positives;
//  - edges of relations the gold file never names are ignored (counted in
//    ignored_edges()), and gold items coded only by CAMEO ("event") are
//    not required.
//
//   GoldScorer scorer(gold);
//   for (each corpus document d with result r)
//     if (const GoldDocument* g = scorer.FindDocument(d.id))
//       scorer.Add(*g, &r);
//   scorer.relations().F1();
#ifndef ACTORGRAPH_EXTRACT_CHECK_GOLD_SCORE_H_
#define ACTORGRAPH_EXTRACT_CHECK_GOLD_SCORE_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/check/gold_file.h"
#include "extract/model/evidence.h"

namespace actorgraph {

struct PrfCounts {
  int64_t correct_produced = 0;  // produced items that match the gold
  int64_t produced = 0;
  int64_t found_required = 0;  // required gold items produced
  int64_t required = 0;
  void Add(const PrfCounts& o);
  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct DocumentScore {
  std::string file;
  bool has_result = false;
  PrfCounts actors, relations;
  std::vector<std::string> missed_actors, extra_actors;
  std::vector<std::string> missed_relations;  // "A -rel-> B [pol]  «evidence»"
  std::vector<std::string> false_relations;   // "A -rel-> B [pol]"
};

class GoldScorer {
 public:
  explicit GoldScorer(const GoldFile& gold);

  // The gold document for a corpus document id: equal to its "file", or to
  // it without directories or extension; nullptr when none.
  const GoldDocument* FindDocument(const std::string& doc_id) const;

  // Scores one document (`result` null: no output for it, all missed) and
  // adds it to the totals.
  DocumentScore Add(const GoldDocument& doc, const DocumentResult* result);

  const PrfCounts& actors() const { return actors_; }
  const PrfCounts& relations() const { return relations_; }
  int64_t ignored_edges() const { return ignored_edges_; }
  // Required relations found / required, by relation name.
  const std::map<std::string, std::pair<int, int>>& by_relation() const {
    return by_relation_;
  }

 private:
  // The gold actor name for a label, or the label itself.
  std::string Canonical(const std::string& label) const;
  bool Named(const GoldRelation& r) const;
  void ScoreActors(const GoldDocument& doc, const DocumentResult& result,
                   DocumentScore* score) const;
  void ScoreRelations(const GoldDocument& doc, const DocumentResult& result,
                      DocumentScore* score);

  const GoldFile& gold_;
  std::map<std::string, std::string> alias_;  // normalized -> gold name
  PrfCounts actors_, relations_;
  std::map<std::string, std::pair<int, int>> by_relation_;
  std::set<std::string> vocabulary_;  // relation names the gold file uses
  int64_t ignored_edges_ = 0;
  static constexpr const char* kEventOnly = "event";
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_CHECK_GOLD_SCORE_H_
