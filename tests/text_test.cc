#define BOOST_TEST_MODULE text
#include "extract/text/text.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/rules/ontology.h"
#include "extract/text/utf8.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

// The abbreviations and sentence starters of the project's lexicon.
const SentenceWords& LexiconWords() {
  static const SentenceWords words =
      Ontology::Load(ACTORGRAPH_SOURCE_DIR "/ontology").sentence_words();
  return words;
}

// "key/FLAGS" per token, space separated.  Flag letters: W word, N number,
// P punct, C capitalized, A all caps, s space before, n newline before,
// ' clitic, l lowercase initial.
std::string Render(const TokenizedText& t) {
  static const std::pair<TokenFlag, char> kLetters[] = {
      {kWord, 'W'},          {kNumber, 'N'},  {kPunct, 'P'},
      {kCapitalized, 'C'},   {kAllCaps, 'A'}, {kSpaceBefore, 's'},
      {kNewlineBefore, 'n'}, {kClitic, '\''}, {kLowerInitial, 'l'}};
  std::string out;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    if (i > 0) out += ' ';
    out += std::string(t.Key(i)) + '/';
    for (const auto& [flag, letter] : kLetters) {
      if (t.tokens[i].Has(flag)) out += letter;
    }
  }
  return out;
}

const testing::InOutCase kTokenCases[] = {
    {"Erdoğan spoke.", "erdogan/WCs spoke/Wsl ./P"},
    {"Moscow\u2019s drones", "moscow/WCs 's/' drones/Wsl"},
    {"They wouldn't go", "they/WCs would/Wsl n't/' go/Wsl"},
    {"I can't, we won\u2019t", "i/WCs ca/Wsl n't/' ,/P we/Wsl wo/Wsl n't/'"},
    {"SHE DIDN'T", "she/WCAs did/WCAs n't/'"},
    {"we'll see if they're sure I've won, he'd say I'm late",
     "we/Wsl 'll/' see/Wsl if/Wsl they/Wsl 're/' sure/Wsl i/WCs 've/' "
     "won/Wsl ,/P he/Wsl 'd/' say/Wsl i/WCs 'm/' late/Wsl"},
    {"U.S. and U.K. pilots, e.g. cadets",
     "u.s./WCAs and/Wsl u.k./WCAs pilots/Wsl ,/P e.g./Wsl cadets/Wsl"},
    {"the U.S.'s role", "the/Wsl u.s./WCAs 's/' role/Wsl"},
    {"Iranian-made drones", "iranian/WCs -/P made/Wl drones/Wsl"},
    {"3,392 troops, 15.5 percent in 2022, the 1990's",
     "3,392/Ns troops/Wsl ,/P 15.5/Ns percent/Wsl in/Wsl 2022/Ns ,/P "
     "the/Wsl 1990/Ns 's/'"},
    {"write to Press.Desk@example.org.",
     "write/Wsl to/Wsl press.desk@example.org/s ./P"},
    {"a@b is not an address", "a/Wsl @b/ is/Wsl not/Wsl an/Wsl address/Wsl"},
    {"@Some_Handle posted #Kyiv news",
     "@some_handle/s posted/Wsl #kyiv/s news/Wsl"},
    {"see https://example.com/a?b=1.",
     "see/Wsl https://example.com/a?b=1/s ./P"},
    {"photo pic.twitter.com/XyZ12 here",
     "photo/Wsl pic.twitter.com/xyz12/s here/Wsl"},
    {"The Times' editors", "the/WCs times/WCs '/' editors/Wsl"},
    {"a \u2018quoted phrase\u2019 ends",
     "a/Wsl '/Ps quoted/Wl phrase/Wsl '/P ends/Wsl"},
    {"\u201cYes\u201d \u2014 said \u2013 fine",
     "\"/Ps yes/WC \"/P -/Ps said/Wsl -/Ps fine/Wsl"},
    {"NATO's chief", "nato/WCAs 's/' chief/Wsl"},
    {"O'Neill and rock'n'roll", "o'neill/WCs and/Wsl rock'n'roll/Wsl"},
    {"\u0395\u03bb\u03bb\u03ac\u03b4\u03b1 \u0438 \u0420\u043e\u0441\u0441"
     "\u0438\u044f",
     "\u03b5\u03bb\u03bb\u03b1\u03b4\u03b1/WCs \u0438/Wsl "
     "\u0440\u043e\u0441\u0441\u0438\u044f/WCs"},
    {"\u5317\u4eac\u548c\u4e0a\u6d77", "\u5317\u4eac\u548c\u4e0a\u6d77/Ws"},
    {"\u0130stanbul Stra\u00dfe", "istanbul/WCs strasse/WCs"},
    {"line one\nLine two", "line/Wsl one/Wsl line/WCsn two/Wsl"},
    {"wait...", "wait/Wsl .../P"},
};

BOOST_DATA_TEST_CASE(tokens_keys_and_flags,
                     boost::unit_test::data::make(kTokenCases), c) {
  BOOST_TEST(Render(Tokenize(c.input)) == c.expected);
}

BOOST_AUTO_TEST_CASE(token_offsets_point_into_the_text) {
  std::string text = "Putin\u2019s envoy met Erdo\u011fan.";
  TokenizedText t = Tokenize(text);
  BOOST_REQUIRE_EQUAL(t.tokens.size(), 6u);
  auto surface = [&](size_t i) {
    return text.substr(t.tokens[i].begin, t.tokens[i].end - t.tokens[i].begin);
  };
  BOOST_TEST(surface(0) == "Putin");
  BOOST_TEST(surface(1) == "\u2019s");
  BOOST_TEST(surface(4) == "Erdo\u011fan");
  BOOST_TEST(surface(5) == ".");
}

const testing::InOutCase kPhraseCases[] = {
    {"the Kremlin\u2019s", "the kremlin 's"},
    {"Recep Tayyip Erdo\u011fan", "recep tayyip erdogan"},
    {"U.S.-backed", "u.s. - backed"},
    {"  spaced   out ", "spaced out"},
    {"", ""},
};

BOOST_DATA_TEST_CASE(phrase_keys, boost::unit_test::data::make(kPhraseCases),
                     c) {
  BOOST_TEST(PhraseKey(c.input) == c.expected);
}

BOOST_AUTO_TEST_CASE(fold_for_search) {
  BOOST_TEST(FoldForSearch("Erdo\u011fan") == "erdogan");
  BOOST_TEST(FoldForSearch("Z\u00fcrich Caf\u00e9") == "zurich cafe");
  BOOST_TEST(FoldForSearch("Plain ASCII") == "plain ascii");
}

struct SentenceCase {
  const char* text;
  const char* sentences;  // joined by " | "
};

std::ostream& operator<<(std::ostream& os, const SentenceCase& c) {
  return os << c.text;
}

const SentenceCase kSentenceCases[] = {
    {"Gen. Li met the envoy. They talked.",
     "Gen. Li met the envoy. | They talked."},
    {"Ambassador Bridget A. Brink spoke. Then she left.",
     "Ambassador Bridget A. Brink spoke. | Then she left."},
    {"Lt. Col. Smith and Dr. Jones arrived.",
     "Lt. Col. Smith and Dr. Jones arrived."},
    {"Storms Hit The Coast\nMayor Asks For Calm\nThe city closed schools.",
     "Storms Hit The Coast | Mayor Asks For Calm | The city closed schools."},
    {"The minister said the talks\nwould continue next week.",
     "The minister said the talks\nwould continue next week."},
    {"First paragraph without a stop\n\nsecond one in lowercase",
     "First paragraph without a stop | second one in lowercase"},
    {"He asked \u201cWhy?\u201d and left. \u201cStop!\u201d she said.",
     "He asked \u201cWhy?\u201d and left. | \u201cStop!\u201d she said."},
    {"Talks went on in the U.S. The delegates left.",
     "Talks went on in the U.S. | The delegates left."},
    {"Officials in the U.S. Senate agreed.",
     "Officials in the U.S. Senate agreed."},
    // Wire copy capitalizes the word after "U.S.": "And" continues.
    {"Trade between the U.S. And Canada grew. Both gained.",
     "Trade between the U.S. And Canada grew. | Both gained."},
    {"Acme Corp. announced profits. Shares rose.",
     "Acme Corp. announced profits. | Shares rose."},
    {"Troops left on Dec. 30 after the talks.",
     "Troops left on Dec. 30 after the talks."},
    {"He ranked No. 2 in the poll. No. That was wrong.",
     "He ranked No. 2 in the poll. | No. | That was wrong."},
    {"Prices rose 2.5 percent. Analysts were surprised!",
     "Prices rose 2.5 percent. | Analysts were surprised!"},
    {"Wait... Then it happened.", "Wait... | Then it happened."},
    {"The city was calm... for now.", "The city was calm... for now."},
    {"It ended.) Next one began.", "It ended.) | Next one began."},
    {"A stray stop follows. . Then more.",
     "A stray stop follows. . | Then more."},
    {"He left. U.S. officials stayed.", "He left. | U.S. officials stayed."},
    {"\u4ed6\u6765\u4e86\u3002\u5979\u8d70\u4e86\u3002",
     "\u4ed6\u6765\u4e86\u3002 | \u5979\u8d70\u4e86\u3002"},
    {"", ""},
};

BOOST_DATA_TEST_CASE(sentence_splitting,
                     boost::unit_test::data::make(kSentenceCases), c) {
  std::string text = c.text;
  TokenizedText t = Tokenize(text, LexiconWords());
  std::string joined;
  for (const Sentence& s : t.sentences) {
    if (!joined.empty()) joined += " | ";
    joined += text.substr(s.begin, s.end - s.begin);
  }
  BOOST_TEST(joined == c.sentences);
}

struct RepairCase {
  std::string input;
  std::string output;
  std::vector<size_t> replaced_at;
};

std::ostream& operator<<(std::ostream& os, const RepairCase& c) {
  for (unsigned char b : c.input) os << std::hex << static_cast<int>(b) << ' ';
  return os;
}

const std::string kFffd = "\xEF\xBF\xBD";

const RepairCase kRepairCases[] = {
    {"plain", "plain", {}},
    {"\xEF\xBB\xBF"
     "bom",
     "bom",
     {}},
    {"mid\xEF\xBB\xBF", "mid\xEF\xBB\xBF", {}},
    {"a\r\nb\rc\n", "a\nb\nc\n", {}},
    {std::string("a\0b", 3), "a b", {}},
    {"a\xFF"
     "b",
     "a" + kFffd + "b",
     {1}},
    {"\xC0\xAF", kFffd, {0}},
    {"x\xE0\x80\xAFy", "x" + kFffd + "y", {1}},
    {"\xED\xA0\x80z", kFffd + "z", {0}},
    {"ab\xE2\x82", "ab" + kFffd, {2}},
    {"\xE2\x82x", kFffd + "x", {0}},
    {"\x80\x80", kFffd + kFffd, {0, 1}},
    {"\xF4\x90\x80\x80", kFffd, {0}},
    // Past the eight-byte fast path.
    {"a plain ASCII line of text", "a plain ASCII line of text", {}},
    {"sixteen letters!\rx", "sixteen letters!\nx", {}},
    {"seventeen letters\xFF", "seventeen letters" + kFffd, {17}},
    {"Erdo\xC4\x9F"
     "an \xE2\x82\xAC \xF0\x9D\x84\x9E",
     "Erdo\xC4\x9F"
     "an \xE2\x82\xAC \xF0\x9D\x84\x9E",
     {}},
};

BOOST_DATA_TEST_CASE(repair_utf8, boost::unit_test::data::make(kRepairCases),
                     c) {
  Utf8Repair r = RepairUtf8(c.input);
  BOOST_TEST(r.text == c.output);
  BOOST_TEST(NeedsUtf8Repair(c.input) == (c.output != c.input));
  BOOST_TEST(r.replaced_at == c.replaced_at, boost::test_tools::per_element());
  BOOST_TEST(r.replaced_count == c.replaced_at.size());
}

BOOST_AUTO_TEST_CASE(repair_reports_are_capped_but_counted) {
  Utf8Repair r = RepairUtf8(std::string(10, '\xFF'), 3);
  BOOST_TEST(r.replaced_count == 10u);
  BOOST_TEST(r.replaced_at == (std::vector<size_t>{0, 1, 2}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(code_point_index_on_mixed_text) {
  // a (1 byte), e-acute (2), euro sign (3), G clef (4), b (1).
  std::string text = "a\u00e9\u20ac\U0001D11Eb";
  CodePointIndex index(text);
  const std::pair<size_t, int64_t> kCases[] = {{0, 0}, {1, 1},  {3, 2},
                                               {6, 3}, {10, 4}, {11, 5}};
  for (const auto& [byte, code_point] : kCases) {
    BOOST_TEST(index(byte) == code_point, "byte " << byte);
  }
}

BOOST_AUTO_TEST_CASE(code_point_index_across_blocks) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "\u00e9";
  text += "xy";
  CodePointIndex index(text);
  BOOST_TEST(index(64) == 32);
  BOOST_TEST(index(200) == 100);
  BOOST_TEST(index(201) == 101);
  BOOST_TEST(index(202) == 102);
  CodePointIndex ascii("plain text");
  BOOST_TEST(ascii(7) == 7);
}

// Invariants on real articles: tokens are ordered and disjoint, each
// sentence is a non-empty run of tokens, and the sentences cover them all.
BOOST_AUTO_TEST_CASE(invariants_on_seed_articles) {
  namespace fs = std::filesystem;
  fs::path seeds = fs::path(ACTORGRAPH_SHARED_DIR) / "corpus" / "seeds";
  int files = 0;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    std::string text = testing::ReadFile(entry.path());
    TokenizedText t = Tokenize(text, LexiconWords());
    ++files;
    BOOST_TEST_CONTEXT(entry.path().filename().string()) {
      BOOST_TEST(t.tokens.size() > 100u);
      for (size_t i = 0; i < t.tokens.size(); ++i) {
        const Token& k = t.tokens[i];
        BOOST_REQUIRE(k.begin < k.end);
        BOOST_REQUIRE(k.end <= text.size());
        BOOST_REQUIRE(k.key_length > 0);
        if (i > 0) BOOST_REQUIRE(t.tokens[i - 1].end <= k.begin);
      }
      uint32_t next = 0;
      for (const Sentence& s : t.sentences) {
        BOOST_REQUIRE_EQUAL(s.first_token, next);
        BOOST_REQUIRE(s.end_token > s.first_token);
        BOOST_REQUIRE_EQUAL(s.begin, t.tokens[s.first_token].begin);
        BOOST_REQUIRE_EQUAL(s.end, t.tokens[s.end_token - 1].end);
        next = s.end_token;
      }
      BOOST_TEST(next == t.tokens.size());
      BOOST_TEST(t.sentences.size() > 5u);
    }
  }
  BOOST_TEST(files == 5);
}

}  // namespace
}  // namespace actorgraph
