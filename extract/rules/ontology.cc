#include "extract/rules/ontology.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "extract/base/file_io.h"
#include "extract/base/user_error.h"
#include "extract/rules/actor_periods.h"
#include "extract/rules/alias_collisions.h"
#include "extract/text/text.h"

namespace actorgraph {
namespace fs = std::filesystem;

namespace {

bool AllUpper(const std::string& s) {
  int letters = 0;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

bool StartsLower(const std::string& s) {
  return !s.empty() && s[0] >= 'a' && s[0] <= 'z';
}

struct CueField {
  const char* name;
  int CueClasses::*field;
};

// The classes the extractor consults, in ontology/README.md's order.
const std::vector<CueField>& CueFields() {
  static const std::vector<CueField> kFields = {
      {"aux", &CueClasses::aux},
      {"be", &CueClasses::be},
      {"det", &CueClasses::det},
      {"possessive", &CueClasses::possessive},
      {"preposition", &CueClasses::preposition},
      {"locative", &CueClasses::locative},
      {"conjunction", &CueClasses::conjunction},
      {"clause_break", &CueClasses::clause_break},
      {"relative", &CueClasses::relative},
      {"adverb", &CueClasses::adverb},
      {"quantity", &CueClasses::quantity},
      {"compass", &CueClasses::compass},
      {"subordinator", &CueClasses::subordinator},
      {"pronoun_person", &CueClasses::pronoun_person},
      {"pronoun_subject_person", &CueClasses::pronoun_subject_person},
      {"pronoun_thing", &CueClasses::pronoun_thing},
      {"pronoun_plural", &CueClasses::pronoun_plural},
      {"group_person", &CueClasses::group_person},
      {"group_count", &CueClasses::group_count},
      {"group_country", &CueClasses::group_country},
      {"group_pair", &CueClasses::group_pair},
      {"org_anaphor", &CueClasses::org_anaphor},
      {"country_anaphor", &CueClasses::country_anaphor},
      {"geo_head", &CueClasses::geo_head},
      {"negation", &CueClasses::negation},
      {"refusal", &CueClasses::refusal},
      {"out_refusal", &CueClasses::out_refusal},
      {"denial", &CueClasses::denial},
      {"future", &CueClasses::future},
      {"future_after", &CueClasses::future_after},
      {"ongoing", &CueClasses::ongoing},
      {"hypothetical", &CueClasses::hypothetical},
      {"condition", &CueClasses::condition},
      {"threat", &CueClasses::threat},
      {"irrealis_governor", &CueClasses::irrealis_governor},
      {"reporting", &CueClasses::reporting},
      {"claim", &CueClasses::claim},
      {"title", &CueClasses::title},
      {"role", &CueClasses::role},
      {"occupation", &CueClasses::occupation},
      {"leader_role", &CueClasses::leader_role},
      {"name_stop", &CueClasses::name_stop},
      {"name_particle", &CueClasses::name_particle},
      {"organization_word", &CueClasses::organization_word},
      {"transparent_head", &CueClasses::transparent_head},
      {"transparent_link", &CueClasses::transparent_link},
      {"agent", &CueClasses::agent},
      {"agent_modifier", &CueClasses::agent_modifier},
      {"attributive", &CueClasses::attributive},
      {"target_noun", &CueClasses::target_noun},
      {"relative_person", &CueClasses::relative_person},
      {"genitive", &CueClasses::genitive},
      {"of_link", &CueClasses::of_link},
      {"host_link", &CueClasses::host_link},
      {"infinitive", &CueClasses::infinitive},
      {"nonfinite_marker", &CueClasses::nonfinite_marker},
      {"not_yet", &CueClasses::not_yet},
      {"refusal_particle", &CueClasses::refusal_particle},
      {"complementizer", &CueClasses::complementizer},
      {"list_conjunction", &CueClasses::list_conjunction},
      {"additive", &CueClasses::additive},
      {"agent_preposition", &CueClasses::agent_preposition},
      {"employer_preposition", &CueClasses::employer_preposition},
      {"indefinite", &CueClasses::indefinite},
      {"definite", &CueClasses::definite},
      {"pronoun_subject", &CueClasses::pronoun_subject},
      {"person_report", &CueClasses::person_report},
      {"lead_in", &CueClasses::lead_in},
      {"name_stop_opener", &CueClasses::name_stop_opener},
      {"letter_word", &CueClasses::letter_word},
      {"list_joiner", &CueClasses::list_joiner},
      {"agreement_with", &CueClasses::agreement_with},
      {"agreement_between", &CueClasses::agreement_between},
      {"anaphor_determiner", &CueClasses::anaphor_determiner},
  };
  return kFields;
}

CueClasses LoadCueClasses(Lexicon* lex, const std::string& where) {
  CueClasses k;
  for (const CueField& f : CueFields()) {
    k.*f.field = lex->UseAsCue(lex->RequireClass(f.name, where));
  }
  return k;
}

// relations.rules, then rules/*.rules in bytewise name order.
std::vector<std::string> RulesFiles(const std::string& dir) {
  std::vector<std::string> extra;
  std::error_code ec;
  for (const auto& entry :
       fs::directory_iterator(fs::path(dir) / "rules", ec)) {
    if (entry.path().extension() == ".rules" && !entry.is_directory(ec)) {
      extra.push_back(entry.path().string());
    }
  }
  std::sort(extra.begin(), extra.end());
  extra.insert(extra.begin(), (fs::path(dir) / "relations.rules").string());
  return extra;
}

// The splitter's word lists, from @title_abbreviation and @abbreviation
// (never final), @final_abbreviation, @number_abbreviation and
// @sentence_starter.
constexpr const char* kSentenceClasses[] = {
    "title_abbreviation", "abbreviation", "final_abbreviation",
    "number_abbreviation", "sentence_starter"};

SentenceWords LoadSentenceWords(const Lexicon& lex, const std::string& where) {
  SentenceWords s;
  std::vector<std::string>* lists[] = {&s.never_final, &s.never_final,
                                       &s.maybe_final, &s.before_number,
                                       &s.starters};
  for (size_t i = 0; i < 5; ++i) {
    int cls = lex.RequireClass(kSentenceClasses[i], where);
    for (int w : lex.ClassWords(cls)) lists[i]->push_back(lex.Word(w));
  }
  s.Sort();
  return s;
}

constexpr const char kAdverbEndingClass[] = "adverb_ending";

}  // namespace

std::vector<std::string> RequiredClassNames() {
  std::vector<std::string> names;
  for (const CueField& f : CueFields()) names.push_back(f.name);
  for (const char* name : kSentenceClasses) names.push_back(name);
  names.push_back(kAdverbEndingClass);
  return names;
}

bool Ontology::HasAdverbEnding(std::string_view key) const {
  for (const std::string& e : adverb_endings_) {
    if (key.size() > e.size() && key.substr(key.size() - e.size()) == e) {
      return true;
    }
  }
  return false;
}

std::vector<int> Ontology::WordIdsOf(const std::string& phrase) {
  std::vector<int> ids;
  std::string key = PhraseKey(phrase);
  for (std::string_view w : SplitWords(key)) ids.push_back(lexicon_.Intern(w));
  return ids;
}

void Ontology::CompileGazetteer() {
  const std::vector<ActorEntry>& entries = actors_.entries();
  for (size_t i = 0; i < entries.size(); ++i) {
    const ActorEntry& e = entries[i];
    int actor = static_cast<int>(i);
    auto add = [&](const std::string& surface, SurfaceKind kind) {
      GazetteerHit hit;
      hit.actor = actor;
      hit.kind = kind;
      hit.upper_case = AllUpper(surface);
      hit.capitalized = !StartsLower(surface);
      gazetteer_.Add(WordIdsOf(surface), hit);
      // "the Kremlin" also matches "Kremlin"; "the Islamic Republic" too.
      if (surface.rfind("the ", 0) == 0) {
        gazetteer_.Add(WordIdsOf(surface.substr(4)), hit);
      }
    };
    add(e.info.label, SurfaceKind::kName);
    for (const std::string& a : e.info.aliases) add(a, SurfaceKind::kName);
    for (const std::string& a : e.adjectives) add(a, SurfaceKind::kAdjective);
    for (const std::string& a : e.metonyms) add(a, SurfaceKind::kMetonym);
    for (const std::string& a : e.short_names) add(a, SurfaceKind::kShortName);
    for (const std::string& r : e.roles) WordIdsOf(r);
  }
  for (size_t i = 0; i < agents_.size(); ++i) {
    GazetteerHit hit;
    hit.actor = static_cast<int>(i);
    hit.capitalized = false;
    agent_trie_.Add(WordIdsOf(agents_[i].phrase), hit);
  }
}

bool Ontology::IsCueWord(std::string_view key) const {
  int id = lexicon_.WordIdOf(key);
  for (int c : {cues_.title, cues_.role, cues_.leader_role, cues_.agent,
                cues_.transparent_head}) {
    if (lexicon_.InClass(id, c)) return true;
  }
  return false;
}

// Every *.actors.txt and *.agents.txt under actors/, in path order.
void Ontology::LoadDictionaries(const std::string& actors_dir) {
  std::vector<std::string> actor_files, agent_files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(actors_dir, ec), end;
       !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    auto ends = [&](const std::string& s) {
      return name.size() > s.size() &&
             name.compare(name.size() - s.size(), s.size(), s) == 0;
    };
    if (ends(".actors.txt")) actor_files.push_back(it->path().string());
    if (ends(".agents.txt")) agent_files.push_back(it->path().string());
  }
  std::sort(actor_files.begin(), actor_files.end());
  std::sort(agent_files.begin(), agent_files.end());
  DictionaryActors merge(
      &actors_, [this](std::string_view w) { return IsCueWord(w); },
      [this](std::string_view w) { return lexicon_.WordIdOf(w) >= 0; });
  for (const std::string& f : actor_files) merge.Add(ReadActorDictionary(f), f);
  report_ = merge.report();
  for (const std::string& f : agent_files) {
    DictionaryRead read = ReadAgentDictionary(f);
    report_.skipped += read.warning_count;
    for (const std::string& w : read.warnings) report_.notes.push_back(w);
    for (DictAgent& a : read.agents) agents_.push_back(std::move(a));
  }
}

void Ontology::IndexAnchors() {
  const std::vector<PatternRule>& patterns = rules_.patterns();
  // Counted first, then filled: a counting sort by anchor word that keeps
  // file order within each word.
  anchor_first_.assign(lexicon_.size() + 1, 0);
  for (const PatternRule& r : patterns) {
    for (int w : r.elements[r.anchor].words) ++anchor_first_[w + 1];
  }
  for (size_t w = 1; w < anchor_first_.size(); ++w) {
    anchor_first_[w] += anchor_first_[w - 1];
  }
  anchored_.assign(anchor_first_.back(), 0);
  std::vector<uint32_t> next(anchor_first_.begin(), anchor_first_.end() - 1);
  for (size_t p = 0; p < patterns.size(); ++p) {
    const PatternRule& r = patterns[p];
    for (int w : r.elements[r.anchor].words) {
      anchored_[next[w]++] = static_cast<int>(p);
    }
  }
}

Ontology Ontology::Load(const std::string& dir) {
  Ontology o;
  o.directory_ = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw UserError(dir + ": ontology directory not found", kExitUsage);
  }
  std::string lexicon_path = (fs::path(dir) / "lexicon.txt").string();
  o.lexicon_.Load(lexicon_path);
  o.cues_ = LoadCueClasses(&o.lexicon_, lexicon_path);
  o.sentence_words_ = LoadSentenceWords(o.lexicon_, lexicon_path);
  for (int w : o.lexicon_.ClassWords(
           o.lexicon_.RequireClass(kAdverbEndingClass, lexicon_path))) {
    o.adverb_endings_.push_back(o.lexicon_.Word(w));
  }
  o.cameo_.Load((fs::path(dir) / "cameo.tsv").string());
  for (const std::string& f : RulesFiles(dir)) {
    o.rules_.Load(f, &o.lexicon_, o.cameo_);
  }
  std::vector<std::string> actor_files;
  for (const auto& entry :
       fs::directory_iterator(fs::path(dir) / "actors", ec)) {
    if (entry.path().extension() == ".tsv")
      actor_files.push_back(entry.path().string());
  }
  std::sort(actor_files.begin(), actor_files.end());
  for (const std::string& f : actor_files) o.actors_.LoadFile(f);
  o.LoadDictionaries((fs::path(dir) / "actors").string());
  LoadPeriods((fs::path(dir) / "periods.tsv").string(), &o.actors_);
  o.actors_.Validate();
  o.actors_.IndexOfficeHolders();
  o.warnings_ = FindAliasCollisions(o.actors_);
  o.CompileGazetteer();
  o.names_.Load((fs::path(dir) / "names").string());
  o.names_.IndexCountries(o.actors_);
  o.names_.LoadBodies((fs::path(dir) / "names").string(), o.actors_);
  o.IndexAnchors();
  return o;
}

const RelationDef* Ontology::FindRelation(const std::string& name) const {
  int i = rules_.FindRelation(name);
  return i < 0 ? nullptr : &rules_.relations()[i];
}

std::vector<std::string> Ontology::RuleIds() const {
  std::vector<std::string> ids;
  for (const PatternRule& r : rules_.patterns()) ids.push_back(r.id);
  return ids;
}

}  // namespace actorgraph
