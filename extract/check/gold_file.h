// Gold files: hand annotations of which actors and relations a careful
// analyst expects from each document, in the JSON format of
// ../shared/gold/seeds.json (and examples/gold.json):
//
//   {"symmetric_relations": ["met_with", ...],
//    "optional_everywhere": ["Moscow", ...],
//    "actors": [{"name": "Xi Jinping", "type": "Person", "aliases": ["Xi"]}],
//    "documents": [{"file": "a.txt", "required": [...], "optional": [...],
//                   "relations": [{"source": "Russia|Vladimir Putin",
//                                  "relation": "met_with", "target": "China",
//                                  "polarity": "positive", "required": true,
//                                  "evidence": "..."}]}]}
//
// "a|b" lists accepted alternatives.  The only RapidJSON user in extract/.
//
//   GoldFile gold = ReadGoldFile("examples/gold.json");  // UserError
#ifndef ACTORGRAPH_EXTRACT_CHECK_GOLD_FILE_H_
#define ACTORGRAPH_EXTRACT_CHECK_GOLD_FILE_H_

#include <set>
#include <string>
#include <vector>

#include "extract/model/evidence.h"

namespace actorgraph {

struct GoldActor {
  std::string name;
  std::string type;
  std::vector<std::string> aliases;
};

struct GoldRelation {
  std::set<std::string> sources, relations, targets;  // "a|b" split
  Polarity polarity = Polarity::kPositive;
  bool required = true;
  std::string evidence;
};

struct GoldDocument {
  std::string file;
  std::vector<std::string> required, optional;  // actor names
  std::vector<GoldRelation> relations;
};

struct GoldFile {
  std::string path;
  std::set<std::string> symmetric;
  std::vector<std::string> optional_everywhere;
  std::vector<GoldActor> actors;
  std::vector<GoldDocument> documents;
};

// Throws UserError: "file:line:col: reason" for bad JSON, "file: where:
// reason" for a missing or mistyped member.  kExitIo when unreadable.
GoldFile ReadGoldFile(const std::string& path);
GoldFile ParseGoldFile(const std::string& path, const std::string& json);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_CHECK_GOLD_FILE_H_
