#define BOOST_TEST_MODULE mentions
// Actor mentions, stage by stage: the gazetteer (case rules, metonyms,
// adjectives, attributive uses, agent phrases), person cues (titles,
// appositions), and coreference (short names, role phrases, pronouns,
// groups, anaphors).  Each case lists "surface -> label (how)" for every
// mention, in text order.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/rules/ontology.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

using testing::ProjectOntology;

std::vector<std::string> Mentions(const std::string& text,
                                  const std::string& date = "") {
  Document doc;
  doc.id = "m";
  doc.text = text;
  doc.date = date;
  DocumentResult r = Extractor(ProjectOntology()).Extract(doc);
  std::vector<std::string> out;
  for (const Mention& m : r.mentions) {
    std::string label = m.actor;
    for (const ActorInfo& a : r.actors) {
      if (a.id == m.actor) label = a.label;
    }
    if (const ActorEntry* e = ProjectOntology().actors().Find(m.actor)) {
      label = e->info.label;
    }
    std::string cue = m.cue.empty() ? "" : ", cue '" + m.cue + "'";
    out.push_back(m.text + " -> " + label + " (" + m.how + cue +
                  (m.named ? "" : ", unnamed") + ")");
  }
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
  const char* date = "";
};

void Run(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    std::vector<std::string> got = Mentions(c.text, c.date);
    std::string shown;
    for (const std::string& g : got) shown += "\n    " + g;
    BOOST_TEST(got == c.expected,
               "\n  text: " << c.text << "\n  got:" << shown);
  }
}

BOOST_AUTO_TEST_CASE(gazetteer_case_rules_metonyms_and_adjectives) {
  Run({
      {"US officials told us nothing.", {"US -> United States (gazetteer)"}},
      {"the Kremlin and Beijing replied.",
       {"the Kremlin -> Russia (metonym)", "Beijing -> China (metonym)"}},
      {"An Iranian-made drone hit Kyiv.", {"Kyiv -> Ukraine (metonym)"}},
      {"Russian forces and the Chinese side met.",
       {"Russian forces -> Russia (agent_phrase, unnamed)",
        "Chinese side -> China (agent_phrase, unnamed)"}},
      {"Erdoğan and Erdogan are one man.",
       {"Erdoğan -> Recep Tayyip Erdogan (gazetteer)",
        "Erdogan -> Recep Tayyip Erdogan (gazetteer)"}},
      {"Sofia Lindqvist arrived.",
       {"Sofia Lindqvist -> Sofia Lindqvist (given_name)"}},
      {"Trade with Latin America grew.",
       {"Latin America -> Latin America (gazetteer)"}},
      // The name inside an agent phrase is listed too; an adjective names
      // nothing.
      {"Kenya's army and Canadian troops crossed the border.",
       {"Kenya's army -> Kenya army (agent_phrase, unnamed)",
        "Kenya -> Kenya (in_phrase, cue ''s army')",
        "Canadian troops -> Canada troops (agent_phrase, unnamed)"}},
      {"Ghana troops and a NATO spokesman arrived.",
       {"Ghana troops -> Ghana troops (agent_phrase, unnamed)",
        "Ghana -> Ghana (in_phrase, cue 'troops')",
        "a NATO spokesman -> NATO (role_phrase_country, unnamed)",
        "NATO -> NATO (in_phrase, cue 'spokesman')"}},
      // An agent before "of" leaves the name's span as it is.
      {"The government of Kenya protested.",
       {"Kenya -> Kenya government (agent_phrase, unnamed)"}},
  });
}

BOOST_AUTO_TEST_CASE(person_cues_find_people_the_gazetteer_lacks) {
  Run({
      {"Defense Minister Tomas Varga spoke.",
       {"Tomas Varga -> Tomas Varga (title_cue, cue 'Defense Minister')"}},
      {"Ilse Marten, the spokesperson for Austria's foreign ministry, said so.",
       {"Ilse Marten -> Ilse Marten (apposition, cue ', the spokesperson for "
        "Austria's foreign ministry')"}},
      {"The mayor of Lyon, Paul Gautier, said so.",
       {"Paul Gautier -> Paul Gautier (apposition, cue 'The mayor of Lyon,')"}},
      {"Gen. Omar Haddad inspected the base. Haddad left.",
       {"Omar Haddad -> Omar Haddad (title_cue, cue 'Gen.')",
        "Haddad -> Omar Haddad (short_name)"}},
  });
}

BOOST_AUTO_TEST_CASE(coreference_resolves_within_the_document) {
  Run({
      {"Kenyan President William Ruto arrived. He met reporters.",
       {"William Ruto -> William Ruto (title_cue, cue 'Kenyan President')",
        "He -> William Ruto (pronoun, unnamed)"}},
      {"Xi Jinping spoke first. The Chinese president then left.",
       {"Xi Jinping -> Xi Jinping (gazetteer)",
        "The Chinese president -> Xi Jinping (role_phrase, unnamed)"}},
      {"Emmanuel Macron met Olaf Scholz. The two leaders spoke.",
       {"Emmanuel Macron -> Emmanuel Macron (gazetteer)",
        "Olaf Scholz -> Olaf Scholz (gazetteer)",
        "The two leaders -> Emmanuel Macron (group, unnamed)",
        "The two leaders -> Olaf Scholz (group, unnamed)"}},
      {"NATO met in Vilnius. The alliance agreed.",
       {"NATO -> NATO (gazetteer)", "Vilnius -> Lithuania (metonym)",
        "The alliance -> NATO (anaphor, unnamed)"}},
      {"Japan's foreign minister arrived.",
       {"Japan's foreign minister -> Japan (role_phrase_country, unnamed)",
        "Japan -> Japan (in_phrase, cue ''s foreign minister')"}},
  });
}

}  // namespace
}  // namespace actorgraph
