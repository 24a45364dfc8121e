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

namespace actorgraph {
namespace {

const Ontology& TheOntology() {
  static const Ontology o = Ontology::Load(ACTORGRAPH_SOURCE_DIR "/ontology");
  return o;
}

std::vector<std::string> Mentions(const std::string& text,
                                  const std::string& date = "") {
  Document doc;
  doc.id = "m";
  doc.text = text;
  doc.date = date;
  DocumentResult r = Extractor(TheOntology()).Extract(doc);
  std::vector<std::string> out;
  for (const Mention& m : r.mentions) {
    std::string label = m.actor;
    for (const ActorInfo& a : r.actors) {
      if (a.id == m.actor) label = a.label;
    }
    if (const ActorEntry* e = TheOntology().actors().Find(m.actor)) {
      label = e->info.label;
    }
    out.push_back(m.text + " -> " + label + " (" + m.how + ")");
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
    BOOST_TEST(got == c.expected, "\n  text: " << c.text << "\n  got:" << shown);
  }
}

BOOST_AUTO_TEST_CASE(gazetteer_case_rules_metonyms_and_adjectives) {
  Run({
      {"US officials told us nothing.", {"US -> United States (gazetteer)"}},
      {"the Kremlin and Beijing replied.",
       {"the Kremlin -> Russia (metonym)", "Beijing -> China (metonym)"}},
      {"An Iranian-made drone hit Kyiv.",
       {"Kyiv -> Ukraine (metonym)"}},
      {"Russian forces and the Chinese side met.",
       {"Russian forces -> Russia (agent_phrase)",
        "Chinese side -> China (agent_phrase)"}},
      {"Erdoğan and Erdogan are one man.",
       {"Erdoğan -> Recep Tayyip Erdogan (gazetteer)",
        "Erdogan -> Recep Tayyip Erdogan (gazetteer)"}},
      {"Sofia Lindqvist arrived.", {}},
      {"Trade with Latin America grew.", {"Latin America -> Latin America (gazetteer)"}},
  });
}

BOOST_AUTO_TEST_CASE(person_cues_find_people_the_gazetteer_lacks) {
  Run({
      {"Defense Minister Tomas Varga spoke.",
       {"Defense Minister Tomas Varga -> Tomas Varga (title_cue)"}},
      {"Ilse Marten, the spokesperson for Austria's foreign ministry, said so.",
       {"Ilse Marten, the spokesperson for Austria's foreign ministry -> Ilse Marten (apposition)"}},
      {"The mayor of Lyon, Paul Gautier, said so.",
       {"The mayor of Lyon, Paul Gautier -> Paul Gautier (apposition)"}},
      {"Gen. Omar Haddad inspected the base. Haddad left.",
       {"Gen. Omar Haddad -> Omar Haddad (title_cue)", "Haddad -> Omar Haddad (short_name)"}},
  });
}

BOOST_AUTO_TEST_CASE(coreference_resolves_within_the_document) {
  Run({
      {"Kenyan President William Ruto arrived. He met reporters.",
       {"Kenyan President William Ruto -> William Ruto (title_cue)",
        "He -> William Ruto (pronoun)"}},
      {"Xi Jinping spoke first. The Chinese president then left.",
       {"Xi Jinping -> Xi Jinping (gazetteer)",
        "The Chinese president -> Xi Jinping (role_phrase)"}},
      {"Emmanuel Macron met Olaf Scholz. The two leaders spoke.",
       {"Emmanuel Macron -> Emmanuel Macron (gazetteer)",
        "Olaf Scholz -> Olaf Scholz (gazetteer)",
        "The two leaders -> Emmanuel Macron (group)",
        "The two leaders -> Olaf Scholz (group)"}},
      {"NATO met in Vilnius. The alliance agreed.",
       {"NATO -> NATO (gazetteer)", "Vilnius -> Lithuania (metonym)",
        "The alliance -> NATO (anaphor)"}},
      {"Japan's foreign minister arrived.",
       {"Japan's foreign minister -> Japan (role_phrase_country)"}},
  });
}

}  // namespace
}  // namespace actorgraph
