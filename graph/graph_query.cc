#include "graph/graph_query.h"

#include <algorithm>
#include <cctype>
#include <tuple>

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

bool ParseDirection(const std::string& name, Direction* out) {
  if (name == "out") {
    *out = Direction::kOut;
  } else if (name == "in") {
    *out = Direction::kIn;
  } else if (name == "both") {
    *out = Direction::kBoth;
  } else {
    return false;
  }
  return true;
}

const char* LinkName(Link link) {
  switch (link) {
    case Link::kOut:
      return "out";
    case Link::kIn:
      return "in";
    case Link::kSymmetric:
      return "both";
    case Link::kSelf:
      return "self";
  }
  return "?";
}

bool IsDatePrefix(const std::string& text) {
  static const std::string kShape = "dddd-dd-dd";
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (kShape[i] == 'd' ? !digit : text[i] != kShape[i]) return false;
  }
  return true;
}

bool EdgeFilter::AcceptsKind(const RelationEdge& edge) const {
  if (!relations.empty() && std::find(relations.begin(), relations.end(),
                                      edge.relation) == relations.end()) {
    return false;
  }
  if (polarity && edge.polarity != *polarity) return false;
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

std::vector<const RelationEdge*> MatchingEdges(const ActorGraph& graph,
                                               const EdgeFilter& filter) {
  std::vector<const RelationEdge*> out;
  for (const RelationEdge* e : graph.Edges()) {
    if (filter.Accepts(*e)) out.push_back(e);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const RelationEdge* a, const RelationEdge* b) {
                     return a->weight > b->weight;
                   });
  return out;
}

std::vector<NeighborLink> Neighbors(const ActorGraph& graph,
                                    const std::string& actor_id,
                                    Direction direction,
                                    const EdgeFilter& filter) {
  bool want_out = direction != Direction::kIn;
  bool want_in = direction != Direction::kOut;
  std::vector<NeighborLink> out;
  for (const RelationEdge* e : graph.Edges()) {
    bool is_source = e->source == actor_id;
    bool is_target = e->target == actor_id;
    if (!is_source && !is_target) continue;
    if (!filter.AcceptsKind(*e)) continue;
    Link link = is_source && is_target ? Link::kSelf
                : e->symmetric         ? Link::kSymmetric
                : is_source            ? Link::kOut
                                       : Link::kIn;
    if ((link == Link::kOut && !want_out) || (link == Link::kIn && !want_in)) {
      continue;
    }
    const std::string& other = is_source ? e->target : e->source;
    out.push_back({graph.FindActor(other), e, link});
  }
  std::stable_sort(out.begin(), out.end(), HeavierThenByName);
  return out;
}

std::vector<const RelationEdge*> EdgesBetween(const ActorGraph& graph,
                                              const std::string& source_id,
                                              const std::string& relation,
                                              const std::string& target_id) {
  EdgeFilter filter;
  filter.relations = {relation};
  filter.source = source_id;
  filter.target = target_id;
  std::vector<const RelationEdge*> out;
  for (const RelationEdge* e : graph.Edges()) {
    if (filter.Accepts(*e)) out.push_back(e);
  }
  return out;
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

GraphStats ComputeStats(const ActorGraph& graph) {
  GraphStats stats;
  stats.documents = graph.document_count();
  for (const ActorNode* a : graph.Actors()) {
    for (Tally* t : {&stats.actors, &stats.actors_by_type[a->info.type]}) {
      Count(a->info.mentions, a->first_date, a->last_date, t);
    }
  }
  for (const RelationEdge* e : graph.Edges()) {
    Tally& by_relation = stats.edges_by_relation[{e->relation, e->polarity}];
    for (Tally* t : {&stats.edges, &by_relation}) {
      Count(e->weight, e->first_date, e->last_date, t);
    }
  }
  return stats;
}

}  // namespace actorgraph
