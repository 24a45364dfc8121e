#include "graph/graph_query.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "extract/base/enum_names.h"

namespace actorgraph {
namespace {

bool DateInRange(const std::string& date, const std::string& since,
                 const std::string& until) {
  if (!since.empty() && date < since) return false;
  // Compare at the bound's precision so that "2023" includes "2023-12-31".
  if (!until.empty() && date.compare(0, until.size(), until) > 0) return false;
  return true;
}

bool AnyDateInRange(const RelationEdge& edge, const std::string& since,
                    const std::string& until) {
  if (since.empty() && until.empty()) return true;
  for (const std::string& date : edge.dates) {
    if (DateInRange(date, since, until)) return true;
  }
  return false;
}

bool HeavierThenByName(const NeighborLink& a, const NeighborLink& b) {
  if (a.edge->weight != b.edge->weight) return a.edge->weight > b.edge->weight;
  return std::tie(a.actor->info.label, a.actor->info.id) <
         std::tie(b.actor->info.label, b.actor->info.id);
}

// Byte offset of each code point of `text`, plus text.size() at the end.
std::vector<size_t> CodePointStarts(const std::string& text) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      starts.push_back(i);
    }
  }
  starts.push_back(text.size());
  return starts;
}

SentenceSpan SpanOf(const Evidence& evidence, int64_t start, int64_t end) {
  SentenceSpan span;
  span.start = start - evidence.sentence_start;
  span.end = end - evidence.sentence_start;
  int64_t code_points =
      static_cast<int64_t>(CodePointStarts(evidence.text).size()) - 1;
  span.valid =
      span.start >= 0 && span.start < span.end && span.end <= code_points;
  return span;
}

void Count(int64_t mentions, const std::string& first_date,
           const std::string& last_date, Tally* tally) {
  ++tally->count;
  tally->mentions += mentions;
  WidenDateRange(first_date, &tally->first_date, &tally->last_date);
  WidenDateRange(last_date, &tally->first_date, &tally->last_date);
}

}  // namespace

GraphIndex::GraphIndex(const ActorGraph& graph)
    : graph_(graph), actors_(graph.Actors()), edges_(graph.IndexedEdges()) {
  offsets_.assign(actors_.size() + 1, 0);
  for (const ActorGraph::IndexedEdge& e : edges_) {
    ++offsets_[e.source + 1];
    if (e.target != e.source) ++offsets_[e.target + 1];
  }
  for (size_t i = 1; i < offsets_.size(); ++i) offsets_[i] += offsets_[i - 1];
  incident_.resize(offsets_.back());
  std::vector<uint32_t> next(offsets_.begin(), offsets_.end() - 1);
  for (uint32_t i = 0; i < edges_.size(); ++i) {
    incident_[next[edges_[i].source]++] = i;
    if (edges_[i].target != edges_[i].source) {
      incident_[next[edges_[i].target]++] = i;
    }
  }
}

size_t GraphIndex::ActorIndex(std::string_view id) const {
  auto it = std::lower_bound(actors_.begin(), actors_.end(), id,
                             [](const ActorNode* a, std::string_view key) {
                               return a->info.id < key;
                             });
  if (it == actors_.end() || (*it)->info.id != id) return kNone;
  return static_cast<size_t>(it - actors_.begin());
}

GraphIndex::EdgeRange GraphIndex::EdgesOf(size_t i) const {
  const uint32_t* base = incident_.data();
  return {base + offsets_[i], base + offsets_[i + 1]};
}

bool ParseDirection(const std::string& name, Direction* out) {
  static constexpr EnumName<Direction> kNames[] = {{Direction::kOut, "out"},
                                                   {Direction::kIn, "in"},
                                                   {Direction::kBoth, "both"}};
  return ParseName(kNames, name, out);
}

const char* LinkName(Link link) {
  static constexpr EnumName<Link> kNames[] = {{Link::kOut, "out"},
                                              {Link::kIn, "in"},
                                              {Link::kSymmetric, "both"},
                                              {Link::kSelf, "self"}};
  return NameOf(kNames, link);
}

bool IsDatePrefix(const std::string& text) {
  static const std::string kShape = "dddd-dd-dd";
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (kShape[i] == 'd' ? !digit : text[i] != kShape[i]) return false;
  }
  auto number = [&](size_t at) { return std::stoi(text.substr(at, 2)); };
  if (text.size() >= 7 && (number(5) < 1 || number(5) > 12)) return false;
  if (text.size() == 10 && (number(8) < 1 || number(8) > 31)) return false;
  return true;
}

bool EdgeFilter::AcceptsKind(const RelationEdge& edge) const {
  auto among = [](const auto& list, const auto& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
  };
  if (!relations.empty() && !among(relations, edge.relation)) return false;
  if (among(exclude_relations, edge.relation)) return false;
  if (polarity && edge.polarity != *polarity) return false;
  if (!modalities.empty() && !among(modalities, edge.modality)) return false;
  if (edge.weight < min_weight) return false;
  return AnyDateInRange(edge, since, until);
}

bool EdgeFilter::Accepts(const RelationEdge& edge) const {
  if (!AcceptsKind(edge)) return false;
  bool straight = (source.empty() || edge.source == source) &&
                  (target.empty() || edge.target == target);
  bool reversed = edge.symmetric && (source.empty() || edge.target == source) &&
                  (target.empty() || edge.source == target);
  return straight || reversed;
}

std::vector<const RelationEdge*> MatchingEdges(const GraphIndex& index,
                                               const EdgeFilter& filter) {
  std::vector<const RelationEdge*> out;
  auto consider = [&](const RelationEdge* e) {
    if (filter.Accepts(*e)) out.push_back(e);
  };
  const std::string& end =
      filter.source.empty() ? filter.target : filter.source;
  if (end.empty()) {
    for (const ActorGraph::IndexedEdge& e : index.edges()) consider(e.edge);
  } else if (size_t actor = index.ActorIndex(end); actor != GraphIndex::kNone) {
    for (uint32_t i : index.EdgesOf(actor)) consider(index.edges()[i].edge);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const RelationEdge* a, const RelationEdge* b) {
                     return a->weight > b->weight;
                   });
  return out;
}

std::vector<NeighborLink> Neighbors(const GraphIndex& index,
                                    const std::string& actor_id,
                                    Direction direction,
                                    const EdgeFilter& filter) {
  std::vector<NeighborLink> out;
  size_t actor = index.ActorIndex(actor_id);
  if (actor == GraphIndex::kNone) return out;
  bool want_out = direction != Direction::kIn;
  bool want_in = direction != Direction::kOut;
  for (uint32_t i : index.EdgesOf(actor)) {
    const ActorGraph::IndexedEdge& e = index.edges()[i];
    if (!filter.AcceptsKind(*e.edge)) continue;
    bool is_source = e.source == actor;
    Link link = e.source == e.target ? Link::kSelf
                : e.edge->symmetric  ? Link::kSymmetric
                : is_source          ? Link::kOut
                                     : Link::kIn;
    if ((link == Link::kOut && !want_out) || (link == Link::kIn && !want_in)) {
      continue;
    }
    size_t other = is_source ? e.target : e.source;
    out.push_back({index.actors()[other], e.edge, link});
  }
  std::stable_sort(out.begin(), out.end(), HeavierThenByName);
  return out;
}

std::vector<const RelationEdge*> EdgesBetween(const GraphIndex& index,
                                              const std::string& source_id,
                                              const std::string& relation,
                                              const std::string& target_id) {
  EdgeFilter filter;
  filter.relations = {relation};
  filter.source = source_id;
  filter.target = target_id;
  std::vector<const RelationEdge*> out = MatchingEdges(index, filter);
  // Back to graph order: the positive edge before the negative one.
  std::sort(out.begin(), out.end(),
            [](const RelationEdge* a, const RelationEdge* b) {
              return a->polarity < b->polarity;
            });
  return out;
}

std::vector<std::string> RelationNames(const GraphIndex& index) {
  std::vector<std::string> names;
  const std::string* last = nullptr;
  for (const ActorGraph::IndexedEdge& e : index.edges()) {
    // Edges come sorted by source first, so runs of one relation are short;
    // skipping repeats still saves most insertions.
    if (last != nullptr && *last == e.edge->relation) continue;
    last = &e.edge->relation;
    names.push_back(*last);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

SentenceSpan SourceSpan(const Evidence& evidence) {
  return SpanOf(evidence, evidence.source_start, evidence.source_end);
}

SentenceSpan TargetSpan(const Evidence& evidence) {
  return SpanOf(evidence, evidence.target_start, evidence.target_end);
}

std::string SpanText(const Evidence& evidence, SentenceSpan span) {
  if (!span.valid) return "";
  std::vector<size_t> starts = CodePointStarts(evidence.text);
  return evidence.text.substr(starts[span.start],
                              starts[span.end] - starts[span.start]);
}

std::string HighlightMentions(const Evidence& evidence, std::string_view open,
                              std::string_view close) {
  std::vector<SentenceSpan> spans;
  for (SentenceSpan s : {SourceSpan(evidence), TargetSpan(evidence)}) {
    if (s.valid) spans.push_back(s);
  }
  std::sort(spans.begin(), spans.end(),
            [](const SentenceSpan& a, const SentenceSpan& b) {
              return a.start < b.start;
            });
  if (spans.size() == 2 && spans[1].start < spans[0].end) spans.clear();
  std::vector<size_t> starts = CodePointStarts(evidence.text);
  std::string out;
  size_t at = 0;
  for (const SentenceSpan& s : spans) {
    size_t begin = starts[s.start], end = starts[s.end];
    out.append(evidence.text, at, begin - at);
    out.append(open);
    out.append(evidence.text, begin, end - begin);
    out.append(close);
    at = end;
  }
  out.append(evidence.text, at, std::string::npos);
  return out;
}

GraphStats ComputeStats(const GraphIndex& index) {
  GraphStats stats;
  stats.documents = index.graph().document_count();
  for (const ActorNode* a : index.actors()) {
    for (Tally* t : {&stats.actors, &stats.actors_by_type[a->info.type]}) {
      Count(a->info.mentions, a->first_date, a->last_date, t);
    }
  }
  for (const ActorGraph::IndexedEdge& indexed : index.edges()) {
    const RelationEdge* e = indexed.edge;
    Tally& by_relation = stats.edges_by_relation[{e->relation, e->polarity}];
    for (Tally* t : {&stats.edges, &by_relation}) {
      Count(e->weight, e->first_date, e->last_date, t);
    }
  }
  return stats;
}

}  // namespace actorgraph
