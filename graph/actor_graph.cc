#include "graph/actor_graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace actorgraph {
namespace {

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ActorNode,
                          RelationEdge>;
using Vertex = BoostGraph::vertex_descriptor;

// Mentions with another modality or another CAMEO code (a pattern may
// carry a code more specific than its relation's) are other events, so
// both are part of the key, after everything that sorts edges.
using EdgeKey =
    std::tuple<std::string, std::string, std::string, int, int, std::string>;
// Looks an edge up without copying its strings.
using EdgeKeyView = std::tuple<std::string_view, std::string_view,
                               std::string_view, int, int, std::string_view>;

EdgeKey KeyOf(const RelationEdge& e) {
  return {e.source,
          e.relation,
          e.target,
          static_cast<int>(e.polarity),
          static_cast<int>(e.modality),
          e.cameo};
}

bool EvidenceLess(const Evidence& a, const Evidence& b) {
  return std::tie(a.doc, a.start, a.end, a.rule, a.source_start,
                  a.target_start) < std::tie(b.doc, b.start, b.end, b.rule,
                                             b.source_start, b.target_start);
}

bool EvidenceSame(const Evidence& a, const Evidence& b) {
  return !EvidenceLess(a, b) && !EvidenceLess(b, a);
}

void UniteSorted(std::vector<std::string>* into,
                 const std::vector<std::string>& from) {
  std::vector<std::string> out;
  out.reserve(into->size() + from.size());
  std::set_union(into->begin(), into->end(), from.begin(), from.end(),
                 std::back_inserter(out));
  into->swap(out);
}

// Adds `extra` to the sorted evidence list, keeping the smallest `cap`.
void MergeEvidence(std::vector<Evidence>* into,
                   const std::vector<Evidence>& extra, size_t cap) {
  std::vector<Evidence> out;
  out.reserve(std::min(cap, into->size() + extra.size()));
  auto a = into->cbegin();
  auto b = extra.cbegin();
  while (out.size() < cap && (a != into->cend() || b != extra.cend())) {
    if (b == extra.cend() || (a != into->cend() && !EvidenceLess(*b, *a))) {
      if (b != extra.cend() && EvidenceSame(*a, *b)) ++b;
      out.push_back(*a++);
    } else {
      out.push_back(*b++);
    }
  }
  into->swap(out);
}

// MergeEvidence for one record, without rebuilding the list: the common
// case of a build, where an edge seen often has its list full.
void AddEvidence(std::vector<Evidence>* into, const Evidence& e, size_t cap) {
  if (into->size() >= cap && (cap == 0 || !EvidenceLess(e, into->back()))) {
    return;
  }
  auto at = std::lower_bound(into->begin(), into->end(), e, EvidenceLess);
  if (at != into->end() && EvidenceSame(*at, e)) return;
  into->insert(at, e);
  if (into->size() > cap) into->pop_back();
}

// UniteSorted for one value.
void AddSorted(std::vector<std::string>* into, const std::string& value) {
  auto at = std::lower_bound(into->begin(), into->end(), value);
  if (at == into->end() || *at != value) into->insert(at, value);
}

bool ContainsAll(const std::vector<std::string>& sorted,
                 const std::vector<std::string>& values) {
  return std::all_of(values.begin(), values.end(), [&](const std::string& v) {
    return std::binary_search(sorted.begin(), sorted.end(), v);
  });
}

}  // namespace

void WidenDateRange(const std::string& date, std::string* first,
                    std::string* last) {
  if (date.empty()) return;
  if (first->empty() || date < *first) *first = date;
  if (last->empty() || date > *last) *last = date;
}

struct ActorGraph::Impl {
  BoostGraph graph;
  std::unordered_map<std::string, Vertex> vertex_of;
  std::map<EdgeKey, RelationEdge*, std::less<>> edge_of;

  Vertex VertexFor(const std::string& id) {
    auto it = vertex_of.find(id);
    if (it != vertex_of.end()) return it->second;
    ActorNode node;
    node.info.id = id;
    node.info.label = id;
    Vertex v = boost::add_vertex(node, graph);
    vertex_of.emplace(id, v);
    return v;
  }

  RelationEdge* EdgeFor(const RelationEdge& proto) {
    EdgeKey key = KeyOf(proto);
    auto it = edge_of.find(key);
    if (it != edge_of.end()) return it->second;
    RelationEdge fresh = proto;
    fresh.weight = 0;
    fresh.evidence.clear();
    fresh.dates.clear();
    fresh.first_date.clear();
    fresh.last_date.clear();
    auto added = boost::add_edge(VertexFor(proto.source),
                                 VertexFor(proto.target), fresh, graph);
    RelationEdge* stored = &graph[added.first];
    edge_of.emplace(std::move(key), stored);
    return stored;
  }
};

ActorGraph::ActorGraph(size_t max_evidence)
    : impl_(std::make_unique<Impl>()), max_evidence_(max_evidence) {}
ActorGraph::~ActorGraph() = default;
ActorGraph::ActorGraph(ActorGraph&&) noexcept = default;
ActorGraph& ActorGraph::operator=(ActorGraph&&) noexcept = default;

void ActorGraph::AddActor(const ActorInfo& actor, const std::string& date) {
  ActorNode& node = impl_->graph[impl_->VertexFor(actor.id)];
  ActorInfo& info = node.info;
  bool fresh = info.mentions == 0 && info.type.empty();
  if (fresh) {
    int64_t mentions = info.mentions;
    info = actor;
    info.mentions = mentions;
    std::sort(info.aliases.begin(), info.aliases.end());
    info.aliases.erase(std::unique(info.aliases.begin(), info.aliases.end()),
                       info.aliases.end());
  } else {
    if (!ContainsAll(info.aliases, actor.aliases)) {
      std::vector<std::string> aliases = actor.aliases;
      std::sort(aliases.begin(), aliases.end());
      aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
      UniteSorted(&info.aliases, aliases);
    }
    // Fill what the first sighting did not know; ties break by value so
    // that the merge order does not matter (cue-found people are spelled
    // differently in different documents: "Chun Doo Hwan", "Chun Doo-hwan").
    auto fill = [](std::string* have, const std::string& other) {
      if (have->empty() || (!other.empty() && other < *have)) *have = other;
    };
    fill(&info.label, actor.label);
    fill(&info.type, actor.type);
    fill(&info.affiliation, actor.affiliation);
    fill(&info.role, actor.role);
    fill(&info.wikidata, actor.wikidata);
    fill(&info.iso2, actor.iso2);
    fill(&info.iso3, actor.iso3);
  }
  info.mentions += actor.mentions;
  WidenDateRange(date, &node.first_date, &node.last_date);
}

void ActorGraph::AddRelation(const RelationMention& m) {
  const std::string* source = &m.source;
  const std::string* target = &m.target;
  if (m.symmetric && *target < *source) std::swap(source, target);
  auto found = impl_->edge_of.find(
      EdgeKeyView(*source, m.relation, *target, static_cast<int>(m.polarity),
                  static_cast<int>(m.evidence.modality), m.cameo));
  RelationEdge* edge = nullptr;
  if (found != impl_->edge_of.end()) {
    edge = found->second;
  } else {
    RelationEdge proto;
    proto.source = *source;
    proto.target = *target;
    proto.relation = m.relation;
    proto.polarity = m.polarity;
    proto.modality = m.evidence.modality;
    proto.symmetric = m.symmetric;
    proto.cameo = m.cameo;
    proto.goldstein = m.goldstein;
    proto.quad_class = m.quad_class;
    edge = impl_->EdgeFor(proto);
  }
  edge->weight += 1;
  const std::string& date = m.evidence.date;
  WidenDateRange(date, &edge->first_date, &edge->last_date);
  if (!date.empty()) AddSorted(&edge->dates, date);
  AddEvidence(&edge->evidence, m.evidence, max_evidence_);
}

void ActorGraph::AddDocument(const DocumentResult& result) {
  for (const ActorInfo& actor : result.actors) AddActor(actor, result.date);
  for (const RelationMention& m : result.relations) AddRelation(m);
  SetDocumentTitle(result.doc, result.title);
  ++document_count_;
}

void ActorGraph::SetDocumentTitle(const std::string& doc,
                                  const std::string& title) {
  if (title.empty()) return;
  auto [it, fresh] = titles_.emplace(doc, title);
  if (!fresh && title < it->second) it->second = title;
}

void ActorGraph::AddNode(const ActorNode& node) {
  AddActor(node.info, node.first_date);
  ActorNode& mine = impl_->graph[impl_->vertex_of.at(node.info.id)];
  WidenDateRange(node.last_date, &mine.first_date, &mine.last_date);
}

void ActorGraph::AddEdge(const RelationEdge& theirs) {
  RelationEdge* edge = impl_->EdgeFor(theirs);
  edge->weight += theirs.weight;
  WidenDateRange(theirs.first_date, &edge->first_date, &edge->last_date);
  WidenDateRange(theirs.last_date, &edge->first_date, &edge->last_date);
  if (!theirs.dates.empty()) {
    WidenDateRange(theirs.dates.front(), &edge->first_date, &edge->last_date);
    WidenDateRange(theirs.dates.back(), &edge->first_date, &edge->last_date);
  }
  UniteSorted(&edge->dates, theirs.dates);
  MergeEvidence(&edge->evidence, theirs.evidence, max_evidence_);
}

void ActorGraph::Merge(const ActorGraph& other) {
  for (const ActorNode* node : other.Actors()) AddNode(*node);
  for (const RelationEdge* edge : other.Edges()) AddEdge(*edge);
  document_count_ += other.document_count_;
  for (const auto& [doc, title] : other.titles_) SetDocumentTitle(doc, title);
}

const ActorNode* ActorGraph::FindActor(std::string_view id) const {
  auto it = impl_->vertex_of.find(std::string(id));
  return it == impl_->vertex_of.end() ? nullptr : &impl_->graph[it->second];
}

std::vector<const ActorNode*> ActorGraph::Actors() const {
  std::vector<const ActorNode*> out;
  out.reserve(boost::num_vertices(impl_->graph));
  for (Vertex v : boost::make_iterator_range(boost::vertices(impl_->graph))) {
    out.push_back(&impl_->graph[v]);
  }
  std::sort(out.begin(), out.end(), [](const ActorNode* a, const ActorNode* b) {
    return a->info.id < b->info.id;
  });
  return out;
}

std::vector<const RelationEdge*> ActorGraph::Edges() const {
  std::vector<const RelationEdge*> out;
  out.reserve(impl_->edge_of.size());
  for (const auto& entry : impl_->edge_of) out.push_back(entry.second);
  return out;
}

size_t ActorGraph::actor_count() const {
  return boost::num_vertices(impl_->graph);
}

size_t ActorGraph::edge_count() const { return impl_->edge_of.size(); }

std::vector<ActorGraph::IndexedEdge> ActorGraph::IndexedEdges() const {
  std::vector<const ActorNode*> actors = Actors();
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < actors.size(); ++i) index[actors[i]->info.id] = i;
  std::vector<IndexedEdge> out;
  for (const RelationEdge* e : Edges()) {
    out.push_back({index.at(e->source), index.at(e->target), e});
  }
  return out;
}

}  // namespace actorgraph
