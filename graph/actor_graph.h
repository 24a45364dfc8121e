// ActorGraph: the aggregated actor graph, the one model every exporter,
// query and view reads.
//
// Vertices are actors; edges are aggregated per (source, relation, target,
// polarity, modality, CAMEO code): what the articles assert is never summed
// with what they announce for the future or only suppose, and mentions with
// different codes are different events.  A symmetric relation is stored
// once, with source < target by id.  Each edge keeps its exact `weight`
// (number of mentions), first/last date, distinct dates, and up to
// `max_evidence` evidence records: the smallest by (doc, start, rule), so
// that the result does not depend on the order in which documents or shards
// arrive.  Merge() is associative and commutative, which is what
// `actorgraph merge` relies on.
//
//   ActorGraph g;
//   for (const DocumentResult& r : results) g.AddDocument(r);
//   for (const ActorNode* a : g.Actors()) ...   // sorted by id
//   for (const RelationEdge* e : g.Edges()) ... // sorted by key
//
// Boost.Graph is an implementation detail of this module (and of
// graph/algorithms); nothing outside graph/ includes it.
#ifndef ACTORGRAPH_GRAPH_ACTOR_GRAPH_H_
#define ACTORGRAPH_GRAPH_ACTOR_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/model/evidence.h"

namespace actorgraph {

// Default cap on evidence records kept per edge; weight stays exact.
constexpr size_t kDefaultMaxEvidence = 50;

struct ActorNode {
  ActorInfo info;          // id, label, type, aliases, codes; mentions
  std::string first_date;  // of the documents that mention it
  std::string last_date;
};

struct RelationEdge {
  std::string source, target;  // actor ids
  std::string relation;
  Polarity polarity = Polarity::kPositive;
  Modality modality = Modality::kAsserted;  // of every mention it sums
  bool symmetric = false;
  std::string cameo;  // "190", "0231"; empty for facts (affiliated_with)
  double goldstein = 0;
  int quad_class = -1;  // 0 neutral .. 4 material conflict; -1 no code
  int64_t weight = 0;   // exact number of mentions
  std::string first_date, last_date;  // empty when no evidence is dated
  std::vector<std::string> dates;     // distinct dates, sorted
  std::vector<Evidence> evidence;     // sorted, at most max_evidence
};

class ActorGraph {
 public:
  explicit ActorGraph(size_t max_evidence = kDefaultMaxEvidence);
  ~ActorGraph();
  ActorGraph(ActorGraph&&) noexcept;
  ActorGraph& operator=(ActorGraph&&) noexcept;

  // Adds the actors and the relation mentions of one document, each
  // mention to the edge of its modality (hypothetical ones too: exports
  // choose which modalities to write, graph/graph_filter.h).
  void AddDocument(const DocumentResult& result);
  // Adds or merges one actor (aliases united, mentions summed).
  void AddActor(const ActorInfo& actor, const std::string& date = "");
  // Adds one relation mention.  An actor not added yet is added bare and
  // filled in by AddActor: a document's relation mentions may be streamed
  // in before its actors, with the same graph.
  void AddRelation(const RelationMention& mention);
  // Folds an already aggregated node or edge in (graph readers, Merge).
  void AddNode(const ActorNode& node);
  void AddEdge(const RelationEdge& edge);
  // Folds `other` into this graph.
  void Merge(const ActorGraph& other);

  const ActorNode* FindActor(std::string_view id) const;
  std::vector<const ActorNode*> Actors() const;    // sorted by id
  std::vector<const RelationEdge*> Edges() const;  // sorted by edge key
  size_t actor_count() const;
  size_t edge_count() const;
  size_t max_evidence() const { return max_evidence_; }

  // Number of distinct documents added (AddDocument calls plus merged).
  int64_t document_count() const { return document_count_; }
  void set_document_count(int64_t n) { document_count_ = n; }

  // Titles of the documents that gave relation mentions, for writers that
  // describe documents (Neo4j's Document nodes).  Of two titles for one
  // id the smaller is kept, so that merging stays order-independent.
  void SetDocumentTitle(const std::string& doc, const std::string& title);
  const std::map<std::string, std::string>& document_titles() const {
    return titles_;
  }

  // For graph/ algorithms: dense vertex index of an actor (Actors() order)
  // and the edges as index pairs.  Valid until the graph changes.
  struct IndexedEdge {
    size_t source, target;
    const RelationEdge* edge;
  };
  std::vector<IndexedEdge> IndexedEdges() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  size_t max_evidence_;
  int64_t document_count_ = 0;
  std::map<std::string, std::string> titles_;
};

// Keeps the earlier of two dates and the later; empty means unknown.
void WidenDateRange(const std::string& date, std::string* first,
                    std::string* last);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_ACTOR_GRAPH_H_
