// The PETRARCH/TABARI dictionary reader on small dictionaries written for
// this test: names, aliases, dated codes, comments, agents, bad lines with
// their exact warnings, and the date rules built on them.
#define BOOST_TEST_MODULE petrarch_dictionary
#include "extract/rules/petrarch_dictionary.h"

#include <boost/test/unit_test.hpp>
#include <string>

#include "extract/rules/actor_periods.h"
#include "extract/rules/dictionary_actors.h"

namespace actorgraph {
namespace {

DictionaryRead Actors(const std::string& text) {
  DictionaryRead r;
  ParseActorDictionary(text, "t.actors.txt", &r);
  return r;
}

DictionaryRead Agents(const std::string& text) {
  DictionaryRead r;
  ParseAgentDictionary(text, "t.agents.txt", &r);
  return r;
}

BOOST_AUTO_TEST_CASE(reads_names_aliases_and_dated_codes) {
  DictionaryRead r = Actors(
      "# a comment line\n"
      "<!-- an XML comment\n"
      "   over two lines -->\n"
      "KARL_EXAMPLE_  # CountryInfo.txt\n"
      "+K._EXAMPLE\n"
      "\t[ABCELI 450101-790806]\n"
      "\t[ABCGOV 790806 - 870811]  # spaces around the dash\n"
      "\t[ABCELI]\n"
      "RIVERLAND [RIV]\n"
      "+RIVERLANDER\n"
      "WATCHER\n"
      "\t[HOB < 950601]\n"
      "\t[HOBREB >19990816]\n");
  BOOST_TEST(r.warning_count == 0u);
  BOOST_REQUIRE_EQUAL(r.actors.size(), 3u);
  const DictActor& k = r.actors[0];
  BOOST_TEST(k.names[0] == "KARL EXAMPLE");
  BOOST_TEST(k.names[1] == "K. EXAMPLE");
  BOOST_TEST(k.note == "CountryInfo.txt");
  BOOST_REQUIRE_EQUAL(k.codes.size(), 3u);
  BOOST_TEST(k.codes[1].code == "ABCGOV");
  BOOST_TEST(k.codes[1].from == 19790806);
  BOOST_TEST(k.codes[1].to == 19870811);
  BOOST_TEST(k.CodeAt(19870301)->code == "ABCGOV");
  BOOST_TEST(k.CodeAt(19950101)->code == "ABCELI");  // the undated default
  BOOST_TEST(k.CodeAt(0)->code == "ABCELI");         // undated article: now
  const DictActor& w = r.actors[2];
  BOOST_TEST(w.codes[0].to == 19950600);  // before 1995-06-01
  BOOST_TEST(w.codes[1].from == 19990817);
  BOOST_TEST(w.CodeAt(19940101)->code == "HOB");
  BOOST_TEST(w.CodeAt(19970101) == nullptr);
  BOOST_TEST(w.CodeAt(20050101)->code == "HOBREB");
}

BOOST_AUTO_TEST_CASE(codeless_names_directly_followed_share_the_codes) {
  DictionaryRead r = Actors(
      "KARL_EXAMPLE\n"
      "PRESIDENT_KARL_EXAMPLE\n"
      "\t[ABCGOV 850101-910101]\n"
      "LONELY_NAME\n"
      "\n"
      "OTHER [XYZ]\n");
  BOOST_REQUIRE_EQUAL(r.actors.size(), 2u);
  BOOST_TEST(r.actors[0].names.size() == 2u);
  BOOST_TEST(r.actors[1].names[0] == "OTHER");
  BOOST_REQUIRE_EQUAL(r.warnings.size(), 1u);
  BOOST_TEST(r.warnings[0] ==
             "t.actors.txt:4:1: actor 'LONELY NAME' has no code; skipped");
}

BOOST_AUTO_TEST_CASE(bad_lines_are_skipped_with_exact_warnings) {
  DictionaryRead r = Actors(
      "\t[ABC]\n"
      "+ALIAS\n"
      "GOOD [ABC 9008223-910101]\n"
      "\t[ab$ 900101-910101]\n"
      "\t[ABC 20121204]\n"
      "\t[ABC 900101-910101\n"
      "\t[DEF]\n");
  BOOST_REQUIRE_EQUAL(r.warnings.size(), 6u);
  BOOST_TEST(r.warnings[0] ==
             "t.actors.txt:1:2: code block before any actor name; skipped");
  BOOST_TEST(r.warnings[1] ==
             "t.actors.txt:2:2: alias before any actor name; line skipped");
  BOOST_TEST(r.warnings[2] ==
             "t.actors.txt:3:6: bad date '9008223'; code skipped");
  BOOST_TEST(r.warnings[3] ==
             "t.actors.txt:4:2: bad actor code 'AB$'; code skipped");
  BOOST_TEST(
      r.warnings[4] ==
      "t.actors.txt:5:2: expected YYMMDD-YYMMDD, <YYMMDD or >YYMMDD, got "
      "'20121204'; code skipped");
  BOOST_TEST(r.warnings[5] == "t.actors.txt:6:2: missing ']'; code skipped");
  BOOST_REQUIRE_EQUAL(r.actors.size(), 1u);
  BOOST_TEST(r.actors[0].codes.size() == 1u);  // only [DEF] survived
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_repaired_and_named) {
  // ParseActorDictionary gets repaired text; the file reader repairs, so
  // check the date parser and the repair warning through a real file.
  BOOST_TEST(ParseDictionaryDate("870229") == 0);  // not a leap year
  BOOST_TEST(ParseDictionaryDate("880229") == 19880229);
  BOOST_TEST(ParseDictionaryDate("291231") == 20291231);
  BOOST_TEST(ParseDictionaryDate("311231") == 19311231);
  std::string path = "petrarch_dictionary_test.actors.txt";
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    BOOST_REQUIRE(f != nullptr);
    std::fputs("GOOD [ABC]\nCAF\xC3\x28_NAME [DEF]\n", f);
    std::fclose(f);
  }
  DictionaryRead r = ReadActorDictionary(path);
  std::remove(path.c_str());
  BOOST_REQUIRE_EQUAL(r.warnings.size(), 1u);
  BOOST_TEST(r.warnings[0] == path + ":2: invalid UTF-8 repaired");
  BOOST_TEST(r.actors.size() == 2u);
}

BOOST_AUTO_TEST_CASE(reads_agents_with_plurals_and_markers) {
  DictionaryRead r = Agents(
      "!PERSON! = MAN, WOMAN\n"
      "REBEL [~REB]\n"
      "POLICE {} [~COP]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
      "AID_AGENCY [NGO~]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "NO_CODE_HERE\n"
      "BAD [GOV]\n");
  std::vector<std::string> phrases;
  for (const DictAgent& a : r.agents)
    phrases.push_back(a.phrase + "=" + a.code);
  std::vector<std::string> want = {"REBEL=REB",
                                   "REBELS=REB",
                                   "POLICE=COP",
                                   "ATTORNEY GENERAL=JUD",
                                   "ATTORNEYS GENERAL=JUD",
                                   "AID AGENCY=NGO",
                                   "AID AGENCIES=NGO",
                                   "CONGRESSMAN=LEG",
                                   "CONGRESSWOMAN=LEG"};
  BOOST_TEST(phrases == want, boost::test_tools::per_element());
  BOOST_TEST(r.agents[5].before);
  BOOST_REQUIRE_EQUAL(r.warnings.size(), 2u);
  BOOST_TEST(r.warnings[0] ==
             "t.agents.txt:7:1: agent has no [code]; line skipped");
  BOOST_TEST(r.warnings[1] ==
             "t.agents.txt:8:5: agent code needs '~' before or after it; line "
             "skipped");
}

BOOST_AUTO_TEST_CASE(dictionary_names_become_readable_surfaces) {
  BOOST_TEST(DictionarySurface("PAUL A. VOLCKER") == "Paul A. Volcker");
  BOOST_TEST(DictionarySurface("IMF") == "IMF");
  BOOST_TEST(DictionarySurface("U.N.") == "U.N.");
  BOOST_TEST(DictionarySurface("BAN KI-MOON") == "Ban Ki-Moon");
  BOOST_TEST(DictionarySurface("JAMES BAKER III") == "James Baker III");
  BOOST_TEST(DictionarySurface("NATO") == "Nato");  // matched without case
}

// A table with a state that ended, its successor, a body that did not exist
// yet, and a person whose dictionary code names the successor's letters.
ActorTable History() {
  ActorTable t;
  auto add = [&](const std::string& id, const std::string& type,
                 const std::string& code, int from, int to,
                 const std::string& pred, const std::string& succ) {
    ActorEntry e;
    e.info.id = id;
    e.info.type = type;
    e.info.label = id;
    e.info.cameo = code;
    e.valid_from = from;
    e.valid_to = to;
    e.predecessor = pred;
    e.successor = succ;
    t.Add(e);
  };
  add("country:OLD", "Country", "OLD", 19221230, 19911225, "", "country:NEW");
  add("country:NEW", "Country", "NEW", 19911226, 0, "country:OLD", "");
  add("org:court", "Organization", "", 20020701, 0, "", "");
  ActorEntry p;
  p.info.id = "person:leader";
  p.info.type = "Person";
  p.info.label = "Leader";
  p.codes = {DatedCode{"NEWELI", 19480101, 19850310},
             DatedCode{"NEWGOV", 19850311, 19910824},
             DatedCode{"NEWELI", 0, 0}};
  t.Add(p);
  return t;
}

BOOST_AUTO_TEST_CASE(the_date_decides_the_state) {
  ActorTable t = History();
  int old_state = t.IndexOf("country:OLD"),
      new_state = t.IndexOf("country:NEW");
  BOOST_TEST(ResolveAt(t, new_state, 19870302) == old_state);
  BOOST_TEST(ResolveAt(t, old_state, 20200101) == new_state);
  BOOST_TEST(ResolveAt(t, old_state, 0) == old_state);  // undated: as named
  BOOST_TEST(ResolveAt(t, new_state, 20200101) == new_state);
  BOOST_TEST(ResolveAt(t, t.IndexOf("org:court"), 19870302) == -1);
  BOOST_TEST(ResolveAt(t, t.IndexOf("org:court"), 20100101) ==
             t.IndexOf("org:court"));
  BOOST_TEST(DateNumber("1987-03-02") == 19870302);
  BOOST_TEST(DateNumber("") == 0);

  const ActorEntry& leader = t.entries()[t.IndexOf("person:leader")];
  ActorInfo in1987 = leader.info;
  ApplyDatedRole(t, leader, 19870302, &in1987);
  BOOST_TEST(in1987.cameo == "OLDGOV");
  BOOST_TEST(in1987.affiliation == "country:OLD");
  ActorInfo now = leader.info;
  ApplyDatedRole(t, leader, 0, &now);
  BOOST_TEST(now.cameo == "NEWELI");
  BOOST_TEST(now.affiliation == "country:NEW");
}

}  // namespace
}  // namespace actorgraph
