#include "extract/extractor.h"

#include <algorithm>
#include <set>

#include "extract/base/stage_timer.h"
#include "extract/rules/ontology.h"
#include "extract/stages/agreement_anaphors.h"
#include "extract/stages/body_names.h"
#include "extract/stages/coreference.h"
#include "extract/stages/doc_analysis.h"
#include "extract/stages/mention_finder.h"
#include "extract/stages/name_finder.h"
#include "extract/stages/person_cues.h"
#include "extract/stages/relation_matcher.h"
#include "extract/stages/sector_agents.h"
#include "extract/text/text.h"
#include "extract/text/utf8.h"

namespace actorgraph {
namespace {

void Prepare(DocAnalysis* d) {
  d->text = Tokenize(d->doc.text, d->ontology.sentence_words());
  // Tokenize grows its lists as it goes; exact sizes matter on long texts.
  d->text.tokens.shrink_to_fit();
  d->text.sentences.shrink_to_fit();
  d->text.keys.shrink_to_fit();
  const size_t n = d->text.tokens.size();
  d->word.resize(n);
  for (size_t i = 0; i < n; ++i)
    d->word[i] = d->lexicon.WordIdOf(d->text.Key(i));
  d->sentence_of.assign(n, 0);
  for (size_t s = 0; s < d->text.sentences.size(); ++s) {
    const Sentence& sentence = d->text.sentences[s];
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      d->sentence_of[t] = static_cast<int>(s);
    }
  }
  d->covering.assign(n, -1);
}

// Converts token spans to code-point offsets and fills the evidence.
class ResultBuilder {
 public:
  ResultBuilder(const DocAnalysis& d) : d_(d), index_(d.doc.text) {}

  int64_t Start(uint32_t token) const {
    return index_(d_.text.tokens[token].begin);
  }
  int64_t End(uint32_t end_token) const {
    return index_(d_.text.tokens[end_token - 1].end);
  }

  void SetSpans(uint32_t source_first, uint32_t source_end,
                uint32_t target_first, uint32_t target_end, Evidence* e) const {
    e->source_start = Start(source_first);
    e->source_end = End(source_end);
    e->target_start = Start(target_first);
    e->target_end = End(target_end);
  }

  Evidence MakeEvidence(int sentence, uint32_t first, uint32_t end,
                        const char* rule) const {
    const Sentence& s = d_.text.sentences[sentence];
    Evidence e;
    e.doc = d_.doc.id;
    e.date = d_.doc.date;
    e.sentence = sentence;
    e.start = Start(first);
    e.end = End(end);
    e.sentence_start = index_(s.begin);
    e.text = d_.doc.text.substr(s.begin, s.end - s.begin);
    e.rule = rule;
    return e;
  }

 private:
  const DocAnalysis& d_;
  CodePointIndex index_;
};

RelationMention Mentioned(const DocAnalysis& d, const RelationDef& def,
                          const CameoFacts& cameo, int source, int target,
                          Polarity polarity, const Evidence& evidence) {
  RelationMention m;
  m.source = d.actors[source].info.id;
  m.target = d.actors[target].info.id;
  m.relation = def.name;
  m.polarity = polarity;
  m.symmetric = def.symmetric;
  m.cameo = cameo.code;
  m.goldstein = cameo.goldstein;
  m.quad_class = cameo.quad_class;
  m.evidence = evidence;
  return m;
}

bool IsPlace(const DocAnalysis& d, int actor) {
  return d.actors[actor].info.type == "Location";
}

// A government body acts for its country: "the Russian Defense Ministry
// said it struck ..." is Russia striking.
int ActingActor(DocAnalysis* d, int actor) {
  if (d->actors[actor].acts_for >= 0) return d->actors[actor].acts_for;
  int entry = d->actors[actor].entry;
  if (entry < 0) {
    return d->actors[actor].acts_for >= 0 ? d->actors[actor].acts_for : actor;
  }
  const std::string& acts_for = d->ontology.actors().entries()[entry].acts_for;
  int country = acts_for.empty() ? -1 : d->ontology.actors().IndexOf(acts_for);
  return country < 0 ? actor : d->ActorForEntry(country);
}

// Where relation mentions go: the sink, else the result; `related` marks
// the actors of each.
struct RelationOut {
  const RelationSink* sink;
  DocumentResult* result;
  std::vector<bool> related;

  void Add(const DocAnalysis& d, RelationMention&& m, int source, int target) {
    if (related.size() < d.actors.size()) related.resize(d.actors.size());
    related[source] = related[target] = true;
    if (*sink) {
      (*sink)(std::move(m));
    } else {
      result->relations.push_back(std::move(m));
    }
  }
};

void AddRelations(DocAnalysis* analysis, const ResultBuilder& rb,
                  const std::vector<RelationHit>& hits, RelationOut* out) {
  const DocAnalysis& d = *analysis;
  const std::vector<RelationDef>& relations = d.ontology.relations();
  for (RelationHit h : hits) {
    h.source = ActingActor(analysis, h.source);
    h.target = ActingActor(analysis, h.target);
    if (h.source == h.target) continue;
    const RelationDef& def = relations[h.relation];
    // Places do nothing, and only relations that say so go to them.
    const std::string& source_type = d.actors[h.source].info.type;
    const std::string& target_type = d.actors[h.target].info.type;
    bool place_ok = !def.target_types.empty();
    if (IsPlace(d, h.source) || (IsPlace(d, h.target) && !place_ok) ||
        !def.Accepts(source_type, target_type)) {
      continue;
    }
    const PatternRule& rule = d.ontology.patterns()[h.rule];
    Evidence e = rb.MakeEvidence(h.sentence, h.first, h.end, rule.id.c_str());
    e.modality = h.modality;
    rb.SetSpans(h.source_first, h.source_end, h.target_first, h.target_end, &e);
    out->Add(d,
             Mentioned(d, def, rule.cameo, h.source, h.target, h.polarity, e),
             h.source, h.target);
  }
}

void AddAffiliations(const DocAnalysis& d, const ResultBuilder& rb,
                     RelationOut* out) {
  const RelationDef* def = d.ontology.FindRelation("affiliated_with");
  if (!def) return;
  std::set<std::pair<int, int>> seen;
  for (const AffiliationFact& f : d.affiliations) {
    // A person of "the Polish foreign ministry" works for Poland.
    int group =
        d.actors[f.group].acts_for >= 0 ? d.actors[f.group].acts_for : f.group;
    if (group == f.person) continue;
    if (!seen.emplace(f.person, group).second) continue;
    Evidence e = rb.MakeEvidence(f.sentence, std::min(f.first, f.person_first),
                                 std::max(f.end, f.person_end), f.rule);
    rb.SetSpans(f.person_first, f.person_end, f.group_first, f.group_end, &e);
    CameoFacts facts{def->cameo, def->goldstein, def->quad_class};
    out->Add(d,
             Mentioned(d, *def, facts, f.person, group, Polarity::kPositive, e),
             f.person, group);
  }
}

// The record of mention `m` of actor `a` whose name is [first, end); the
// rest of the mention, if any, is the cue.
Mention MentionRecord(const DocAnalysis& d, const ResultBuilder& rb,
                      const ActorMention& m, uint32_t first, uint32_t end,
                      int a, const char* how) {
  Mention out;
  out.start = rb.Start(first);
  out.end = rb.End(end);
  out.sentence = m.sentence;
  out.text = std::string(d.Surface(first, end));
  // A title comes before its name; a phrase's head noun after it ("a
  // [NATO] spokesman").
  const bool words_after = end < m.end && (first == m.first || !m.Named());
  if (words_after) {
    out.cue = std::string(d.Surface(end, m.end));
  } else if (first > m.first) {
    out.cue = std::string(d.Surface(m.first, first));
  }
  out.named = m.Named();
  out.actor = d.actors[a].info.id;
  out.how = how;
  return out;
}

// What the name inside a phrase names: the country or body a sector actor
// ("U.S. troops") acts for, else the phrase's own actor.
int NamedActor(const DocAnalysis& d, int a) {
  const DocActor& actor = d.actors[a];
  return IsSectorId(actor.info.id) && actor.acts_for >= 0 ? actor.acts_for : a;
}

// Counts each actor's mentions and, when `out` is given, keeps the mention
// records.
std::vector<int64_t> CountMentions(const DocAnalysis& d,
                                   const ResultBuilder& rb,
                                   DocumentResult* out) {
  std::vector<int64_t> counts(d.actors.size(), 0);
  for (const ActorMention& m : d.mentions) {
    if (m.attributive) continue;
    for (int a : m.actors) {
      ++counts[a];
      if (!out) continue;
      if (m.Named()) {
        out->mentions.push_back(
            MentionRecord(d, rb, m, m.NameFirst(), m.NameEnd(), a, m.how));
        continue;
      }
      out->mentions.push_back(
          MentionRecord(d, rb, m, m.first, m.end, a, m.how));
      // The name inside a phrase ("[U.S.] troops", "[NATO] spokesman") is
      // a mention of what it names, listed but not counted again.
      if (m.name_end) {
        out->mentions.push_back(MentionRecord(
            d, rb, m, m.name_first, m.name_end, NamedActor(d, a), "in_phrase"));
        out->mentions.back().named = true;
      }
    }
  }
  return counts;
}

// Writing the records needs tokens, sentences and actors only: the token
// indexes and mentions are freed first, which matters on long documents.
void ReleaseIndexes(DocAnalysis* d) {
  std::vector<ActorMention>().swap(d->mentions);
  std::vector<int>().swap(d->covering);
  std::vector<int>().swap(d->word);
  std::vector<int>().swap(d->sentence_of);
}

// Last step of Extract(): moves the actors' data out of the analysis.
void AddActors(DocAnalysis* analysis, std::vector<int64_t> counts,
               std::vector<bool> related, DocumentResult* out) {
  DocAnalysis& d = *analysis;
  counts.resize(d.actors.size(), 0);
  related.resize(d.actors.size(), false);
  for (size_t a = 0; a < d.actors.size(); ++a) {
    bool place = IsPlace(d, static_cast<int>(a));
    if (!related[a] && place && counts[a] > 0 && d.actors[a].entry < 0) {
      out->places.push_back(d.actors[a].info);
      out->places.back().mentions = counts[a];
    }
    if (!related[a] && (counts[a] == 0 || place)) continue;
    ActorInfo info = std::move(d.actors[a].info);
    info.mentions = counts[a];
    out->actors.push_back(std::move(info));
  }
  std::sort(out->actors.begin(), out->actors.end(),
            [](const ActorInfo& x, const ActorInfo& y) { return x.id < y.id; });
}

}  // namespace

Extractor::Extractor(const Ontology& ontology, ExtractorOptions options)
    : ontology_(ontology), options_(options) {}

DocumentResult Extractor::Extract(const Document& doc, Trace* trace) const {
  return Extract(doc, trace, RelationSink());
}

DocumentResult Extractor::Extract(const Document& doc, Trace* trace,
                                  const RelationSink& relations) const {
  DocAnalysis d(ontology_, doc, trace);
  StageClock clock(Stage::kTokens);
  Prepare(&d);
  clock.Switch(Stage::kGazetteer);
  FindGazetteerMentions(&d);
  clock.Switch(Stage::kCues);
  FindNames(&d);
  FindBodyNames(&d);
  FindPersonCues(&d);
  FindShortNames(&d);
  ResolveRolePhrases(&d);
  ResolveAnaphors(&d);
  ResolveGroups(&d);
  ResolveRepeatedGroups(&d);
  ResolvePronouns(&d);
  ResolveAgreementAnaphors(&d);
  AssignPersonCodes(&d);
  d.SyncMentions();
  if (trace) {
    for (const ActorMention& m : d.mentions) {
      std::string who;
      for (int a : m.actors)
        who += (who.empty() ? "" : " + ") + d.actors[a].info.label;
      trace->Add(std::string("mention '") +
                 std::string(d.Surface(m.first, m.end)) + "' -> " + who + " (" +
                 m.how + (m.attributive ? ", attributive" : "") + ")");
    }
  }
  clock.Switch(Stage::kRelations);
  std::vector<RelationHit> hits = MatchRelations(d);
  clock.Switch(Stage::kResults);
  ResultBuilder rb(d);
  DocumentResult out;
  out.doc = doc.id;
  out.date = doc.date;
  std::vector<int64_t> counts =
      CountMentions(d, rb, options_.mentions ? &out : nullptr);
  ReleaseIndexes(&d);
  clock.Switch(Stage::kRelations);
  RelationOut sink{&relations, &out, {}};
  AddRelations(&d, rb, hits, &sink);
  AddAffiliations(d, rb, &sink);
  if (!sink.related.empty()) out.title = doc.title;
  clock.Switch(Stage::kResults);
  AddActors(&d, std::move(counts), std::move(sink.related), &out);
  return out;
}

}  // namespace actorgraph
