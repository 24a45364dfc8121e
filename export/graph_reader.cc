#include "export/graph_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "extract/user_error.h"

namespace actorgraph {
namespace {

std::string LowerExtension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return "";
  }
  std::string ext = path.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext;
}

RelationMention MentionOf(const RelationEdge& e) {
  RelationMention m;
  m.source = e.source;
  m.target = e.target;
  m.relation = e.relation;
  m.polarity = e.polarity;
  m.symmetric = e.symmetric;
  m.cameo = e.cameo;
  m.goldstein = e.goldstein;
  return m;
}

// ActorGraph aggregates mentions, so an aggregated edge is replayed as
// mentions: one per kept evidence record into a graph that keeps evidence,
// and the remaining weight into one that keeps none, dated so that together
// they cover the edge's distinct dates.  Merging both gives the edge back.
void ReplayEdge(const RelationEdge& e, ActorGraph* with_evidence,
                ActorGraph* counts_only) {
  RelationMention m = MentionOf(e);
  std::set<std::string> undated(e.dates.begin(), e.dates.end());
  for (const Evidence& evidence : e.evidence) {
    m.evidence = evidence;
    with_evidence->AddRelation(m);
    undated.erase(evidence.date);
  }
  m.evidence = Evidence();
  auto next_date = undated.begin();
  for (int64_t i = static_cast<int64_t>(e.evidence.size()); i < e.weight; ++i) {
    m.evidence.date = next_date != undated.end() ? *next_date++ : "";
    counts_only->AddRelation(m);
  }
}

}  // namespace

ActorGraph AssembleGraph(const std::vector<ActorNode>& actors,
                         const std::vector<RelationEdge>& edges,
                         int64_t document_count) {
  size_t cap = kDefaultMaxEvidence;
  for (const RelationEdge& e : edges) cap = std::max(cap, e.evidence.size());
  ActorGraph graph(cap), with_evidence(cap), counts_only(0);
  for (const RelationEdge& e : edges) {
    ReplayEdge(e, &with_evidence, &counts_only);
  }
  // Edges first: merging them creates placeholder actors, which the real
  // actors added next then fill in.
  graph.Merge(with_evidence);
  graph.Merge(counts_only);
  for (const ActorNode& node : actors) {
    graph.AddActor(node.info, node.first_date);
    ActorInfo again = node.info;  // only widens the date range
    again.mentions = 0;
    graph.AddActor(again, node.last_date);
  }
  graph.set_document_count(document_count);
  return graph;
}

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw UserError(path + ": cannot read: " + std::strerror(errno), kExitIo);
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    throw UserError(path + ": cannot read: " + std::strerror(errno), kExitIo);
  }
  return text.str();
}

ActorGraph ReadGraphFile(const std::string& path) {
  std::string ext = LowerExtension(path);
  if (ext == ".graphml") return ReadGraphml(path);
  if (ext == ".jsonld") return ReadJsonLd(path);
  throw UserError(path + ": cannot read graphs from '" + ext +
                  "' files (known: .graphml, .jsonld)");
}

}  // namespace actorgraph
