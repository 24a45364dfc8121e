// Fuzzes the ontology loaders.  The first byte picks what the rest of the
// input is:
//   '0' lexicon.txt            Lexicon::Load
//   '1' relations.rules        RelationRules::Load over the project lexicon
//   '2' an actors/*.tsv file   ActorTable::LoadFile + Validate
//   '3' relations.rules        Ontology::Load of a small ontology
//   '4' actors/extra.tsv       Ontology::Load of the same, one more file
// (other bytes map onto these modulo 5).  A loader may only succeed or
// throw UserError with a one-line "file:..." message.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "extract/base/user_error.h"
#include "extract/rules/actor_table.h"
#include "extract/rules/lexicon.h"
#include "extract/rules/ontology.h"
#include "extract/rules/relation_rules.h"
#include "fuzz/fuzz_util.h"

namespace actorgraph {
namespace {
namespace fs = std::filesystem;

const CameoTable& ProjectCameo() {
  static const CameoTable cameo = [] {
    CameoTable t;
    t.Load(fuzz::SourceOntologyDir() + "/cameo.tsv");
    return t;
  }();
  return cameo;
}

const Lexicon& ProjectLexicon() {
  static const Lexicon lexicon = [] {
    Lexicon l;
    l.Load(fuzz::SourceOntologyDir() + "/lexicon.txt");
    return l;
  }();
  return lexicon;
}

// A small complete ontology (the rules and countries of the check CLI
// test, the project's lexicon and CAMEO table) in the scratch directory.
const std::string& SmallOntology() {
  static const std::string dir = [] {
    std::string d = fuzz::ScratchDir() + "/ontology";
    fs::create_directories(d + "/actors");
    std::string data =
        std::string(ACTORGRAPH_SOURCE_DIR) + "/tests/data/check/ontology";
    fs::copy_file(data + "/relations.rules", d + "/relations.rules.orig");
    fs::copy_file(data + "/actors/countries.tsv", d + "/actors/countries.tsv");
    fs::copy_file(fuzz::SourceOntologyDir() + "/lexicon.txt",
                  d + "/lexicon.txt");
    fs::copy_file(fuzz::SourceOntologyDir() + "/cameo.tsv", d + "/cameo.tsv");
    return d;
  }();
  return dir;
}

void ExpectLocatedMessage(const UserError& e, const std::string& path) {
  std::string message = e.what();
  FUZZ_CHECK(message.rfind(path, 0) == 0);
  FUZZ_CHECK(message.find('\n') == std::string::npos);
}

void LoadOntologyWith(const std::string& file, std::string_view bytes) {
  const std::string& dir = SmallOntology();
  fs::copy_file(dir + "/relations.rules.orig", dir + "/relations.rules",
                fs::copy_options::overwrite_existing);
  std::error_code ignored;
  fs::remove(dir + "/actors/extra.tsv", ignored);
  fuzz::WriteScratchFile("ontology/" + file, bytes);
  try {
    Ontology ontology = Ontology::Load(dir);
    for (const PatternRule& p : ontology.patterns()) {
      FUZZ_CHECK(p.anchor >= 0 &&
                 static_cast<size_t>(p.anchor) < p.elements.size());
    }
  } catch (const UserError& e) {
    ExpectLocatedMessage(e, dir);
  }
}

}  // namespace
}  // namespace actorgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  if (size == 0) return 0;
  int selector = static_cast<uint8_t>(data[0] - '0') % 5;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (selector >= 3) {
    LoadOntologyWith(selector == 3 ? "relations.rules" : "actors/extra.tsv",
                     bytes);
    return 0;
  }
  static const char* const kNames[] = {"lexicon.txt", "relations.rules",
                                       "actors.tsv"};
  std::string path = fuzz::WriteScratchFile(kNames[selector], bytes);
  try {
    if (selector == 0) {
      Lexicon lexicon;
      lexicon.Load(path);
    } else if (selector == 1) {
      Lexicon lexicon = ProjectLexicon();
      RelationRules rules;
      rules.Load(path, &lexicon, ProjectCameo());
      for (const PatternRule& p : rules.patterns()) {
        FUZZ_CHECK(!p.elements.empty());
        FUZZ_CHECK(p.anchor >= 0 &&
                   static_cast<size_t>(p.anchor) < p.elements.size());
      }
    } else {
      ActorTable table;
      table.LoadFile(path);
      table.Validate();
    }
  } catch (const UserError& e) {
    ExpectLocatedMessage(e, path);
  }
  return 0;
}
