// A small hand-made actor graph for the HTML view tests: every feature the
// page draws (types, cooperation/conflict, negated, symmetric and parallel
// edges, dates, an isolated actor), an accented name with aliases, a
// mention after an emoji (code point offsets), and hostile labels and
// sentences that must come out as text.  The sentences are invented.
#ifndef ACTORGRAPH_TESTS_BROWSER_FIXTURE_GRAPH_H_
#define ACTORGRAPH_TESTS_BROWSER_FIXTURE_GRAPH_H_

#include <string>
#include <vector>

#include "graph/actor_graph.h"
#include "tests/actor_fixture.h"

namespace actorgraph {
namespace fixture {

inline const char kHostileLabel[] =
    "</script><img src=x onerror=\"window.__injected=true\">";

struct Relation {
  std::string source, relation, target;
  double goldstein;
  std::string cameo;
  std::string date;
  std::string sentence;
  std::string source_text, target_text;  // as written in the sentence
  Polarity polarity = Polarity::kPositive;
  bool symmetric = false;
  Modality modality = Modality::kAsserted;
};

// The sentence starts at code point 100 of its document.
inline RelationMention MentionOf(const Relation& r, int n) {
  RelationMention m = testing::MakeRelation(r.source, r.relation, r.target);
  m.polarity = r.polarity;
  m.symmetric = r.symmetric;
  m.cameo = r.cameo;
  m.goldstein = r.goldstein;
  Evidence& e = m.evidence;
  e.doc = "doc-" + std::to_string(n);
  e.date = r.date;
  e.text = r.sentence;
  e.sentence_start = 100;
  e.rule = r.relation + ".fixture";
  e.modality = r.modality;
  testing::PlaceMentions(&e, r.source_text, r.target_text);
  return m;
}

inline ActorGraph Graph() {
  ActorGraph g;
  g.AddActor(testing::MakeActor("country:FRD", "Freedonia", "Country",
                                {"Freedonian government"}));
  g.AddActor(testing::MakeActor("country:SYL", "Sylvania", "Country"));
  g.AddActor(testing::MakeActor("country:GFW", "Grand Fenwick", "Country",
                                {"Fenwick"}));
  g.AddActor(testing::MakeActor("country:OST", "Osterlich", "Country"));
  ActorInfo zoe =
      testing::MakeActor("person:zoe-muller", "Zo\u00eb M\u00fcller", "Person",
                         {"Zoe Mueller", "M\u00fcller"});
  zoe.role = "foreign minister";
  zoe.affiliation = "country:FRD";
  g.AddActor(zoe);
  g.AddActor(
      testing::MakeActor("org:port-league", "Port League", "Organization"));
  g.AddActor(testing::MakeActor("person:hostile", kHostileLabel, "Person"));

  const std::vector<Relation> relations = {
      {"person:zoe-muller", "visited", "country:SYL", 1.9, "042", "2024-03-02",
       "\U0001F642 On Monday Zo\u00eb M\u00fcller flew to Sylvania for talks.",
       "Zo\u00eb M\u00fcller", "Sylvania"},
      {"country:SYL", "attacks", "country:GFW", -10, "190", "2024-04-10",
       "Sylvania shelled border posts held by Grand Fenwick.", "Sylvania",
       "Grand Fenwick"},
      {"country:SYL", "criticizes", "country:GFW", -2, "111", "2024-04-11",
       "Sylvania called the Fenwick statement reckless.", "Sylvania",
       "Fenwick"},
      {"country:FRD", "met_with", "country:GFW", 1, "040", "2024-01-05",
       "Freedonia and Grand Fenwick held a first round of talks.", "Freedonia",
       "Grand Fenwick", Polarity::kPositive, true},
      {"country:GFW", "met_with", "country:FRD", 1, "040", "2024-02-11",
       "Grand Fenwick met Freedonia again in February.", "Grand Fenwick",
       "Freedonia", Polarity::kPositive, true},
      {"country:FRD", "supplies", "country:SYL", 6, "070", "2024-05-20",
       "Freedonia has not sent any grain to Sylvania.", "Freedonia", "Sylvania",
       Polarity::kNegative},
      {"org:port-league", "supplies", "country:FRD", 6, "070", "2024-05-01",
       "The Port League will ship fuel to Freedonia.", "Port League",
       "Freedonia", Polarity::kPositive, false, Modality::kFuture},
      {"person:hostile", "criticizes", "country:FRD", -2, "111", "",
       "<b>Loud</b> voices said </script><script>window.__injected=true"
       "</script> and blamed Freedonia.",
       "voices", "Freedonia"},
  };
  int n = 0;
  for (const Relation& r : relations) g.AddRelation(MentionOf(r, ++n));
  g.set_document_count(n);
  return g;
}

}  // namespace fixture
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_BROWSER_FIXTURE_GRAPH_H_
