#include "extract/check/gold_score.h"

#include <set>
#include <tuple>

#include "extract/model/actor_name.h"

namespace actorgraph {
namespace {

// (source, relation, target, polarity) with gold names where known.
using Edge = std::tuple<std::string, std::string, std::string, Polarity>;

std::string Stem(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::string FormatEdge(const Edge& e) {
  return std::get<0>(e) + " -" + std::get<1>(e) + "-> " + std::get<2>(e) +
         " [" + PolarityName(std::get<3>(e)) + "]";
}

std::string Join(const std::set<std::string>& alternatives) {
  std::string out;
  for (const std::string& a : alternatives) out += (out.empty() ? "" : "|") + a;
  return out;
}

double Ratio(int64_t a, int64_t b) { return b == 0 ? 0.0 : double(a) / b; }

}  // namespace

void PrfCounts::Add(const PrfCounts& o) {
  correct_produced += o.correct_produced;
  produced += o.produced;
  found_required += o.found_required;
  required += o.required;
}

double PrfCounts::Precision() const {
  return Ratio(correct_produced, produced);
}
double PrfCounts::Recall() const { return Ratio(found_required, required); }
double PrfCounts::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

GoldScorer::GoldScorer(const GoldFile& gold) : gold_(gold) {
  for (const GoldDocument& d : gold_.documents) {
    for (const GoldRelation& r : d.relations) {
      vocabulary_.insert(r.relations.begin(), r.relations.end());
    }
  }
  vocabulary_.erase(kEventOnly);
  for (const GoldActor& a : gold_.actors) {
    alias_.emplace(NormalizeActorName(a.name), a.name);
    for (const std::string& alias : a.aliases) {
      alias_.emplace(NormalizeActorName(alias), a.name);
    }
  }
}

// A gold item coded only by CAMEO ("event") has no relation name to match.
bool GoldScorer::Named(const GoldRelation& r) const {
  for (const std::string& name : r.relations) {
    if (name != kEventOnly) return true;
  }
  return false;
}

const GoldDocument* GoldScorer::FindDocument(const std::string& doc_id) const {
  for (const GoldDocument& d : gold_.documents) {
    if (d.file == doc_id) return &d;
  }
  for (const GoldDocument& d : gold_.documents) {
    if (Stem(d.file) == Stem(doc_id)) return &d;
  }
  return nullptr;
}

std::string GoldScorer::Canonical(const std::string& label) const {
  auto it = alias_.find(NormalizeActorName(label));
  return it == alias_.end() ? label : it->second;
}

DocumentScore GoldScorer::Add(const GoldDocument& doc,
                              const DocumentResult* result) {
  DocumentScore score;
  score.file = doc.file;
  score.actors.required = doc.required.size();
  for (const GoldRelation& r : doc.relations) {
    if (!r.required || !Named(r)) continue;
    score.relations.required++;
    by_relation_[Join(r.relations)].second++;
  }
  if (result != nullptr) {
    score.has_result = true;
    ScoreActors(doc, *result, &score);
    ScoreRelations(doc, *result, &score);
  } else {
    score.missed_actors = doc.required;
  }
  actors_.Add(score.actors);
  relations_.Add(score.relations);
  return score;
}

void GoldScorer::ScoreActors(const GoldDocument& doc,
                             const DocumentResult& result,
                             DocumentScore* score) const {
  std::set<std::string> known(doc.required.begin(), doc.required.end());
  known.insert(doc.optional.begin(), doc.optional.end());
  known.insert(gold_.optional_everywhere.begin(),
               gold_.optional_everywhere.end());
  std::set<std::string> found;
  for (const ActorInfo& a : result.actors) {
    auto it = alias_.find(NormalizeActorName(a.label));
    if (it != alias_.end() && known.count(it->second)) {
      found.insert(it->second);
      score->actors.correct_produced++;
    } else {
      score->extra_actors.push_back(a.label);
    }
  }
  score->actors.produced = result.actors.size();
  for (const std::string& name : doc.required) {
    if (found.count(name)) {
      score->actors.found_required++;
    } else {
      score->missed_actors.push_back(name);
    }
  }
}

void GoldScorer::ScoreRelations(const GoldDocument& doc,
                                const DocumentResult& result,
                                DocumentScore* score) {
  std::map<std::string, std::string> label;  // actor id -> canonical name
  for (const ActorInfo& a : result.actors) label[a.id] = Canonical(a.label);
  auto name = [&](const std::string& id) {
    auto it = label.find(id);
    return it == label.end() ? id : it->second;
  };
  std::set<Edge> edges;
  for (const RelationMention& m : result.relations) {
    // Scored as `build` writes by default: what the articles assert.
    if (m.evidence.modality != Modality::kAsserted) continue;
    // As in the graph, a symmetric edge is stored once whatever its order.
    bool swap = m.symmetric && m.target < m.source;
    edges.emplace(name(swap ? m.target : m.source), m.relation,
                  name(swap ? m.source : m.target), m.polarity);
  }
  // Relations the gold file never annotates are neither right nor wrong.
  for (auto it = edges.begin(); it != edges.end();) {
    if (vocabulary_.count(std::get<1>(*it))) {
      ++it;
    } else {
      ++ignored_edges_;
      it = edges.erase(it);
    }
  }
  std::set<size_t> matched;
  for (const Edge& e : edges) {
    const auto& [s, r, t, polarity] = e;
    bool hit = false;
    for (size_t i = 0; i < doc.relations.size(); ++i) {
      const GoldRelation& g = doc.relations[i];
      if (!g.relations.count(r) || g.polarity != polarity) continue;
      bool forward = g.sources.count(s) && g.targets.count(t);
      bool backward =
          gold_.symmetric.count(r) && g.sources.count(t) && g.targets.count(s);
      if (forward || backward) {
        matched.insert(i);
        hit = true;
      }
    }
    if (hit) {
      score->relations.correct_produced++;
    } else {
      score->false_relations.push_back(FormatEdge(e));
    }
  }
  score->relations.produced = edges.size();
  for (size_t i = 0; i < doc.relations.size(); ++i) {
    const GoldRelation& g = doc.relations[i];
    if (!g.required || !Named(g)) continue;
    if (matched.count(i)) {
      score->relations.found_required++;
      by_relation_[Join(g.relations)].first++;
    } else {
      score->missed_relations.push_back(
          Join(g.sources) + " -" + Join(g.relations) + "-> " + Join(g.targets) +
          " [" + PolarityName(g.polarity) + "]  \u00ab" + g.evidence +
          "\u00bb");
    }
  }
}

}  // namespace actorgraph
