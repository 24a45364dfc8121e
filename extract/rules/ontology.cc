#include "extract/rules/ontology.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "extract/base/file_io.h"
#include "extract/base/user_error.h"
#include "extract/rules/actor_periods.h"
#include "extract/text/text.h"

namespace actorgraph {
namespace fs = std::filesystem;

namespace {

const std::vector<int> kNoPatterns;

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

CueClasses LoadCueClasses(const Lexicon& lex, const std::string& where) {
  auto c = [&](const char* name) { return lex.RequireClass(name, where); };
  CueClasses k;
  k.aux = c("aux");
  k.det = c("det");
  k.possessive = c("possessive");
  k.preposition = c("preposition");
  k.locative = c("locative");
  k.conjunction = c("conjunction");
  k.clause_break = c("clause_break");
  k.relative = c("relative");
  k.adverb = c("adverb");
  k.pronoun_person = c("pronoun_person");
  k.pronoun_subject_person = c("pronoun_subject_person");
  k.pronoun_thing = c("pronoun_thing");
  k.pronoun_plural = c("pronoun_plural");
  k.group_person = c("group_person");
  k.group_count = c("group_count");
  k.negation = c("negation");
  k.refusal = c("refusal");
  k.denial = c("denial");
  k.future = c("future");
  k.hypothetical = c("hypothetical");
  k.irrealis_governor = c("irrealis_governor");
  k.reporting = c("reporting");
  k.title = c("title");
  k.role = c("role");
  k.leader_role = c("leader_role");
  k.transparent_head = c("transparent_head");
  k.transparent_link = c("transparent_link");
  k.agent = c("agent");
  k.agent_modifier = c("agent_modifier");
  k.attributive = c("attributive");
  k.name_stop = c("name_stop");
  k.name_particle = c("name_particle");
  k.group_country = c("group_country");
  k.subordinator = c("subordinator");
  k.organization_word = c("organization_word");
  k.condition = c("condition");
  k.be = c("be");
  k.quantity = c("quantity");
  k.future_after = c("future_after");
  k.ongoing = c("ongoing");
  k.out_refusal = c("out_refusal");
  k.compass = c("compass");
  k.org_anaphor = c("org_anaphor");
  k.country_anaphor = c("country_anaphor");
  k.geo_head = c("geo_head");
  k.threat = c("threat");
  return k;
}

}  // namespace

std::vector<int> Ontology::WordIdsOf(const std::string& phrase) {
  std::vector<int> ids;
  std::string key = PhraseKey(phrase);
  for (std::string_view w : SplitWords(key)) ids.push_back(lexicon_.Intern(w));
  return ids;
}

void Ontology::LoadCameo(const std::string& path) {
  std::string contents = ReadFile(path);
  bool header = true;
  for (const ConfigLine& config_line : ConfigLines(contents)) {
    std::string line(config_line.text);
    int number = config_line.number;
    if (header) {
      header = false;
      continue;
    }
    size_t tab1 = line.find('\t');
    size_t tab2 = line.rfind('\t');
    if (tab1 == std::string::npos || tab2 == tab1) {
      throw UserError(
          Located(path, number, 1, "expected code<TAB>name<TAB>goldstein"));
    }
    std::string value = line.substr(tab2 + 1);
    char* end = nullptr;
    double g = std::strtod(value.c_str(), &end);
    if (value.empty() || end == value.c_str()) {
      throw UserError(
          Located(path, number, static_cast<int>(tab2) + 2,
                  "expected a Goldstein value, got '" + value + "'"));
    }
    goldstein_[line.substr(0, tab1)] = g;
  }
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
    for (const std::string& w : read.warnings) {
      if (report_.notes.size() < 20) report_.notes.push_back(w);
    }
    for (DictAgent& a : read.agents) agents_.push_back(std::move(a));
  }
}

void Ontology::IndexAnchors() {
  anchored_.assign(lexicon_.size(), {});
  const std::vector<PatternRule>& patterns = rules_.patterns();
  for (size_t p = 0; p < patterns.size(); ++p) {
    const PatternRule& r = patterns[p];
    for (int w : r.elements[r.anchor].words) {
      anchored_[w].push_back(static_cast<int>(p));
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
  o.cues_ = LoadCueClasses(o.lexicon_, lexicon_path);
  o.LoadCameo((fs::path(dir) / "cameo.tsv").string());
  o.rules_.Load((fs::path(dir) / "relations.rules").string(), &o.lexicon_,
                o.goldstein_);
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
  o.CompileGazetteer();
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

const std::vector<int>& Ontology::PatternsAnchoredAt(int word_id) const {
  if (word_id < 0 || static_cast<size_t>(word_id) >= anchored_.size()) {
    return kNoPatterns;
  }
  return anchored_[word_id];
}

}  // namespace actorgraph
