#include "graph/graph_filter.h"

#include <set>
#include <string_view>

namespace actorgraph {
namespace {

// Why `filter` rejects `edge`, or "" when it passes.
std::string ReasonLeftOut(const EdgeFilter& filter, const RelationEdge& edge) {
  EdgeFilter only = filter;
  only.source.clear();
  only.target.clear();
  if (only.Accepts(edge)) return "";
  EdgeFilter modality;
  modality.modalities = filter.modalities;
  if (!modality.AcceptsKind(edge)) return ModalityName(edge.modality);
  EdgeFilter relation;
  relation.relations = filter.relations;
  relation.exclude_relations = filter.exclude_relations;
  relation.polarity = filter.polarity;
  if (!relation.AcceptsKind(edge)) return "relation";
  EdgeFilter weight;
  weight.min_weight = filter.min_weight;
  if (!weight.AcceptsKind(edge)) return "weight";
  return "date";
}

}  // namespace

EdgeFilter ExportFilter::AssertedOnly() {
  EdgeFilter f;
  f.modalities = {Modality::kAsserted};
  return f;
}

int64_t FilterReport::mentions_left_out() const {
  int64_t n = 0;
  for (const auto& entry : mentions_by_reason) n += entry.second;
  return n;
}

ActorGraph FilterGraph(const ActorGraph& graph, const ExportFilter& filter,
                       FilterReport* report) {
  *report = FilterReport();
  std::vector<const RelationEdge*> kept;
  std::set<std::string_view> linked;
  for (const RelationEdge* e : graph.Edges()) {
    std::string reason = ReasonLeftOut(filter.edges, *e);
    if (reason.empty()) {
      kept.push_back(e);
      linked.insert(e->source);
      linked.insert(e->target);
      continue;
    }
    report->mentions_by_reason[reason] += e->weight;
    ++report->edges_left_out;
  }
  ActorGraph out(graph.max_evidence());
  for (const ActorNode* node : graph.Actors()) {
    if (filter.drop_isolates && !linked.count(node->info.id)) {
      ++report->actors_left_out;
      continue;
    }
    out.AddNode(*node);
  }
  for (const RelationEdge* e : kept) out.AddEdge(*e);
  out.set_document_count(graph.document_count());
  for (const auto& [doc, title] : graph.document_titles()) {
    out.SetDocumentTitle(doc, title);
  }
  return out;
}

}  // namespace actorgraph
