// Case files: hand-written regression cases for the extraction rules, as
// read by `actorgraph check` (format in tests/README.md).
//
//   # Iran's denial must be a negative edge, never a positive one.
//   text: Iran denied that it had supplied drones to Russia.
//   expect: Iran -supplies-> Russia [negative]
//   reject: Iran -supplies-> Russia
//   actors: Iran:Country, Russia:Country
//   others: none      # and nothing besides the expect: lines
//
//   CaseFile f = ReadCaseFile("tests/cases/supplies.cases");  // UserError
//   for (const Case& c : f.cases) Run(c.text, c.expects, ...);
//
// Every case and every checked line keeps its 1-based line number, so that
// a failure is reported as "file:line: ...".  Syntax errors throw one
// UserError with exit code kExitUsage that holds every error of the file,
// one "file:line:col: reason" line each; the column is that of the key for
// a bad or misplaced key, else that of the value.
#ifndef ACTORGRAPH_EXTRACT_CHECK_CASE_FILE_H_
#define ACTORGRAPH_EXTRACT_CHECK_CASE_FILE_H_

#include <string>
#include <vector>

#include "extract/model/evidence.h"

namespace actorgraph {

// "Iran -supplies-> Russia [negative, future]".
struct CaseRelation {
  std::string source, relation, target;  // actor names as written
  Polarity polarity = Polarity::kPositive;
  bool has_modality = false;  // without one, asserted and future both match
  Modality modality = Modality::kAsserted;
  int line = 0;
  int column = 0;  // of the relation name, for messages
};

// "Iran:Country"; an empty type accepts any.
struct CaseActor {
  std::string name;
  std::string type;
  int line = 0;
};

struct Case {
  std::string file;
  int line = 0;           // of "text:"
  int text_end_line = 0;  // last continuation line of the text
  int end_line = 0;       // last line that belongs to the case
  std::string id;         // "id:", or empty
  std::string text;       // continuation lines joined with one space
  std::vector<CaseRelation> expects;
  std::vector<CaseRelation> rejects;
  std::vector<CaseActor> actors;
  std::vector<CaseActor> absent;  // names that must not become actors
  int expect_none_line = 0;       // line of "expect: none", 0 when absent
  int others_none_line = 0;       // line of "others: none", 0 when absent

  bool expect_none() const { return expect_none_line != 0; }
  // Whether every relation besides the expect: ones is unexpected.
  bool others_none() const { return others_none_line != 0; }
  // "file:line", the case's name in reports.
  std::string Where() const;
  std::string Where(int at_line) const;
};

struct CaseFile {
  std::string path;
  std::vector<Case> cases;
};

// Parses `contents` as the case file `path` (used in messages only).
CaseFile ParseCaseFile(const std::string& path, const std::string& contents);
// Reads and parses a file; UserError (kExitIo) when it cannot be read.
CaseFile ReadCaseFile(const std::string& path);

// The *.cases files named by `paths`: files as given, directories searched
// recursively, each directory's files in sorted order.  UserError (kExitIo)
// when a path does not exist.
std::vector<std::string> FindCaseFiles(const std::vector<std::string>& paths);

// Parses "SOURCE -relation-> TARGET [options]"; on failure returns false
// and sets *error to a reason (without location).
bool ParseCaseRelation(const std::string& spec, CaseRelation* out,
                       std::string* error);
// The inverse: "Iran -supplies-> Russia [negative, future]"; options that
// are defaults (positive, no modality) are left out.
std::string FormatCaseRelation(const CaseRelation& r);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_CHECK_CASE_FILE_H_
