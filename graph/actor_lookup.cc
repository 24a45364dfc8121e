#include "graph/actor_lookup.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "extract/model/actor_name.h"

namespace actorgraph {
namespace {

// Words of a folded name: runs of letters and digits (any non-ASCII byte
// counts as a letter, so folded non-Latin names stay whole).
std::vector<std::string> Words(const std::string& folded) {
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Every run of consecutive words except the whole name: "xi", "jinping".
std::vector<std::string> PartialNames(const std::string& folded) {
  std::vector<std::string> words = Words(folded);
  std::vector<std::string> out;
  for (size_t begin = 0; begin < words.size(); ++begin) {
    std::string run;
    for (size_t end = begin; end < words.size(); ++end) {
      if (end > begin) run += ' ';
      run += words[end];
      if (begin == 0 && end + 1 == words.size()) continue;
      out.push_back(run);
    }
  }
  return out;
}

bool LabelOrder(const ActorNode* a, const ActorNode* b) {
  return std::tie(a->info.label, a->info.id) <
         std::tie(b->info.label, b->info.id);
}

}  // namespace

ActorLookup::ActorLookup(const ActorGraph& graph)
    : graph_(graph), actors_(graph.Actors()), degree_(actors_.size(), 0) {
  for (const ActorGraph::IndexedEdge& e : graph.IndexedEdges()) {
    ++degree_[e.source];
    if (e.target != e.source) ++degree_[e.target];
  }
  for (size_t i = 0; i < actors_.size(); ++i) {
    const ActorInfo& info = actors_[i]->info;
    std::set<std::string> names = {NormalizeActorName(info.label)};
    for (const std::string& alias : info.aliases) {
      names.insert(NormalizeActorName(alias));
    }
    std::set<std::string> partial;
    for (const std::string& name : names) {
      by_name_[name].push_back(i);
      for (std::string& p : PartialNames(name)) partial.insert(std::move(p));
    }
    for (const std::string& p : partial) by_words_[p].push_back(i);
    // The id in any case ("COUNTRY:rus"), but none of its words: "country"
    // would name every country.
    std::string id = NormalizeActorName(info.id);
    if (names.count(id) == 0) by_name_[id].push_back(i);
  }
}

ActorMatch ActorLookup::Resolve(std::string_view name) const {
  ActorMatch match;
  if (const ActorNode* by_id = graph_.FindActor(name)) {
    match.actor = by_id;
    return match;
  }
  std::string key = NormalizeActorName(name);
  // Whole names are preferred; runs of words ("Baker") are candidates too,
  // so that a lone actor named exactly so does not hide a connected one.
  std::vector<size_t> whole, any;
  for (const auto* index : {&by_name_, &by_words_}) {
    auto it = index->find(key);
    if (it == index->end()) continue;
    if (index == &by_name_) whole = it->second;
    any.insert(any.end(), it->second.begin(), it->second.end());
  }
  if (!any.empty()) {
    std::sort(any.begin(), any.end());
    any.erase(std::unique(any.begin(), any.end()), any.end());
    std::vector<size_t> found = Pick(name, whole.empty() ? any : whole, any);
    if (found.size() == 1) {
      match.actor = actors_[found[0]];
    } else {
      for (size_t i : found) match.candidates.push_back(actors_[i]);
    }
    return match;
  }
  match.suggestions = Suggest(name);
  return match;
}

// The one actor `name` means among `preferred` (narrowed to the one whose
// label is the name, as typed, then folded), when no other candidate in
// `all` is more connected; else every candidate, most connected first.
std::vector<size_t> ActorLookup::Pick(std::string_view name,
                                      const std::vector<size_t>& preferred,
                                      const std::vector<size_t>& all) const {
  std::vector<size_t> best = preferred;
  std::string key = NormalizeActorName(name);
  for (bool folded : {false, true}) {
    if (best.size() <= 1) break;
    std::vector<size_t> labelled;
    for (size_t i : preferred) {
      const std::string& label = actors_[i]->info.label;
      if (folded ? NormalizeActorName(label) == key : label == name) {
        labelled.push_back(i);
      }
    }
    if (labelled.size() == 1) best = labelled;
  }
  if (best.size() == 1) {
    bool outranked = std::any_of(all.begin(), all.end(), [&](size_t i) {
      return degree_[i] > degree_[best[0]];
    });
    if (!outranked) return best;
  }
  std::vector<size_t> out = all;
  std::sort(out.begin(), out.end(), [&](size_t a, size_t b) {
    if (degree_[a] != degree_[b]) return degree_[a] > degree_[b];
    return LabelOrder(actors_[a], actors_[b]);
  });
  return out;
}

std::vector<std::string> ActorLookup::Suggest(std::string_view name,
                                              size_t max_suggestions) const {
  std::string key = NormalizeActorName(name);
  size_t limit = std::max<size_t>(1, (key.size() + 1) / 3);
  // Best distance per actor, over its names and their words.
  std::map<size_t, size_t> best;
  for (const auto* index : {&by_name_, &by_words_}) {
    for (const auto& [candidate, actors] : *index) {
      size_t gap = candidate.size() > key.size()
                       ? candidate.size() - key.size()
                       : key.size() - candidate.size();
      if (gap > limit) continue;
      size_t distance = EditDistance(key, candidate);
      if (distance > limit) continue;
      for (size_t i : actors) {
        auto it = best.find(i);
        if (it == best.end() || distance < it->second) best[i] = distance;
      }
    }
  }
  std::vector<std::tuple<size_t, std::string, std::string>> ranked;
  for (const auto& [i, distance] : best) {
    ranked.emplace_back(distance, actors_[i]->info.label, actors_[i]->info.id);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (const auto& entry : ranked) {
    const std::string& label = std::get<1>(entry);
    if (std::find(out.begin(), out.end(), label) != out.end()) continue;
    if (out.size() == max_suggestions) break;
    out.push_back(label);
  }
  return out;
}

std::string DescribeFailure(std::string_view name, const ActorMatch& match) {
  std::string out;
  if (!match.candidates.empty()) {
    out = "ambiguous actor '" + std::string(name) + "' (candidates: ";
    for (size_t i = 0; i < match.candidates.size(); ++i) {
      const ActorInfo& info = match.candidates[i]->info;
      if (i > 0) out += ", ";
      out += info.label + " [" + info.id + "]";
    }
    return out + ")";
  }
  out = "unknown actor '" + std::string(name) + "'";
  if (match.suggestions.empty()) return out;
  out += " (did you mean: ";
  for (size_t i = 0; i < match.suggestions.size(); ++i) {
    if (i > 0) out += ", ";
    out += match.suggestions[i];
  }
  return out + "?)";
}

}  // namespace actorgraph
