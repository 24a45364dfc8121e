// actorgraph check: runs rule regression cases (*.cases) and scores a corpus
// against a gold file.  The library does the work (extract/case_file.h,
// case_runner.h, gold_score.h); this file parses options and prints.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/ontology_load.h"
#include "extract/base/atomic_file.h"
#include "extract/base/user_error.h"
#include "extract/check/case_file.h"
#include "extract/check/case_report.h"
#include "extract/check/case_runner.h"
#include "extract/check/case_update.h"
#include "extract/check/gold_file.h"
#include "extract/check/gold_score.h"
#include "extract/extractor.h"
#include "extract/ingest/ingest.h"
#include "extract/roll_up.h"
#include "extract/rules/ontology.h"

namespace actorgraph {

const char kCheckUsage[] =
    "usage: actorgraph check [CASES...] [options]\n"
    "\n"
    "Runs rule regression cases: each case in the *.cases files (or\n"
    "directories of them) is extracted and compared with its expect:,\n"
    "reject: and actors: lines (format: tests/README.md).  Prints each\n"
    "failure as 'file:line: missing|unexpected|wrong polarity ...' and last\n"
    "'N passed, M failed'.  Exit 0 when all pass, 1 when one fails, 2 on a\n"
    "syntax error (every syntax error of every file is listed).\n"
    "\n"
    "options:\n"
    "  --ontology DIR        ontology directory (default: "
    "$ACTORGRAPH_ONTOLOGY,\n"
    "                        else the installed one; see --version)\n"
    "  --cache-dir DIR, --no-cache  the compiled ontology (as for build)\n"
    "  --case FILE:LINE      run only the case at that line (repeatable)\n"
    "  --by-rule             per rule: cases it fired on, firings expected /\n"
    "                        unexpected (rules with 0 cases are untested)\n"
    "  --trace               print what the extractor matched, per case\n"
    "  --strict              an ontology warning (a name two actors share)\n"
    "                        is an error: exit 2 before any case runs\n"
    "  -q, --quiet           print only the last line, 'N passed, M failed'\n"
    "  --json                JSON Lines on stdout instead of text: one object\n"
    "                        per case (file, line, id, text, passed,\n"
    "                        findings, got), then {\"passed\": N, \"failed\": "
    "M}\n"
    "  --junit FILE          also write a JUnit XML report to FILE (for CI)\n"
    "  --update CASEFILE     rewrite CASEFILE's expect: lines from the "
    "current\n"
    "                        output, then check it\n"
    "  --gold FILE CORPUS    score CORPUS (.txt files, a directory, .jsonl)\n"
    "                        against a gold file (../shared/gold format):\n"
    "                        precision, recall, F1 overall and by relation\n";

namespace {

struct CheckOptions {
  std::vector<std::string> inputs;
  std::string ontology, cache_dir;
  std::vector<std::pair<std::string, int>> only;  // --case file:line
  bool by_rule = false;
  bool trace = false;
  bool quiet = false, json = false, strict = false;
  std::string junit;
  std::string update;
  std::string gold, corpus;
};

std::pair<std::string, int> ParseCaseRef(Args& args, const std::string& ref) {
  size_t colon = ref.rfind(':');
  int line = 0;
  if (colon != std::string::npos) {
    try {
      line = std::stoi(ref.substr(colon + 1));
    } catch (const std::exception&) {
      line = 0;
    }
  }
  if (line <= 0) args.Fail("--case wants FILE:LINE, got '" + ref + "'");
  return {ref.substr(0, colon), line};
}

CheckOptions ParseOptions(const std::vector<std::string>& argv) {
  Args args(argv, "actorgraph check");
  CheckOptions o;
  o.ontology = args.Value("--ontology", "");
  o.cache_dir = CacheDirOption(&args);
  for (const std::string& ref : args.Values("--case")) {
    o.only.push_back(ParseCaseRef(args, ref));
  }
  o.by_rule = args.Flag("--by-rule");
  o.trace = args.Flag("--trace");
  o.quiet = args.Flag("--quiet") || args.Flag("-q");
  o.json = args.Flag("--json");
  o.strict = args.Flag("--strict");
  o.junit = args.Value("--junit", "");
  o.update = args.Value("--update", "");
  args.Pair("--gold", &o.gold, &o.corpus);
  o.inputs = args.Rest();
  for (const auto& ref : o.only) o.inputs.push_back(ref.first);
  if (!o.update.empty()) o.inputs.push_back(o.update);
  if (o.inputs.empty() && o.gold.empty()) args.Fail("no case files given");
  return o;
}

bool CaseAt(const Case& c, const std::string& file, int line) {
  return file == c.file && line >= c.line && line <= c.end_line;
}

bool Selected(const CheckOptions& o, const Case& c) {
  if (o.only.empty()) return true;
  for (const auto& [file, line] : o.only) {
    if (CaseAt(c, file, line)) return true;
  }
  return false;
}

void PrintCase(const CaseResult& r, bool trace, std::ostream& out) {
  const Case& c = *r.test;
  if (r.passed() && !trace) return;
  out << c.Where() << ": " << (r.passed() ? "ok  " : "FAIL") << "  " << c.text
      << "\n";
  for (const std::string& line : r.trace) out << "    trace: " << line << "\n";
  for (const Finding& f : r.findings) out << FormatFinding(c, f) << "\n";
  for (const Firing& f : r.firings)
    out << "    got: " << FormatFiring(f) << "\n";
  if (r.firings.empty()) out << "    got: nothing\n";
  out << "\n";
}

void PrintByRule(const std::map<std::string, RuleStats>& stats,
                 std::ostream& out) {
  size_t width = 4;
  for (const auto& entry : stats) width = std::max(width, entry.first.size());
  out << std::left << std::setw(width) << "rule" << std::right
      << "  cases  expected  unexpected\n";
  for (const auto& [rule, s] : stats) {
    out << std::left << std::setw(width) << rule << std::right << "  "
        << std::setw(5) << s.cases << "  " << std::setw(8) << s.expected << "  "
        << std::setw(10) << s.unexpected << "\n";
  }
  out << "\n";
}

// Rewrites one case file's expect: lines from what the extractor says now.
void Update(const std::string& path, const Ontology& ontology,
            const Extractor& extractor) {
  int cases = UpdateCaseFile(path, ontology, extractor);
  std::cerr << "actorgraph check: updated expect: lines of " << path << " ("
            << cases << " cases)\n";
}

std::string Fixed(double x) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(3) << x;
  return s.str();
}

void PrintDocumentScore(const DocumentScore& d, std::ostream& out) {
  if (!d.has_result) {
    out << d.file << ": no such document in the corpus\n";
    return;
  }
  out << d.file << ": actors P=" << Fixed(d.actors.Precision())
      << " R=" << Fixed(d.actors.Recall())
      << " | relations P=" << Fixed(d.relations.Precision())
      << " R=" << Fixed(d.relations.Recall())
      << " F1=" << Fixed(d.relations.F1()) << " (" << d.relations.found_required
      << "/" << d.relations.required << " found, " << d.false_relations.size()
      << " false)\n";
  for (const std::string& a : d.missed_actors)
    out << "   missed actor: " << a << "\n";
  for (const std::string& a : d.extra_actors)
    out << "   extra node:   " << a << "\n";
  for (const std::string& r : d.missed_relations)
    out << "   missed: " << r << "\n";
  for (const std::string& r : d.false_relations)
    out << "   false:  " << r << "\n";
}

// Scores the corpus against the gold file; the last line is the F1.
void ScoreGold(const CheckOptions& o, const Extractor& extractor,
               std::ostream& out) {
  GoldFile gold = ReadGoldFile(o.gold);
  GoldScorer scorer(gold);
  std::set<const GoldDocument*> seen;
  DocumentReader reader(
      {o.corpus}, IngestOptions(),
      [](const std::string& line) { std::cerr << line << "\n"; });
  Document doc;
  while (reader.Next(&doc)) {
    const GoldDocument* g = scorer.FindDocument(doc.id);
    if (g == nullptr || !seen.insert(g).second) continue;
    DocumentResult result = extractor.Extract(doc);
    RollUpSectors(extractor.ontology(), &result);  // scored as build writes it
    PrintDocumentScore(scorer.Add(*g, &result), out);
  }
  for (const GoldDocument& g : gold.documents) {
    if (!seen.count(&g)) PrintDocumentScore(scorer.Add(g, nullptr), out);
  }
  if (scorer.ignored_edges() > 0) {
    out << "(" << scorer.ignored_edges()
        << " edges of relations this gold file never annotates were "
           "ignored)\n";
  }
  out << "by relation (required found / required):\n";
  for (const auto& [relation, counts] : scorer.by_relation()) {
    out << "   " << std::left << std::setw(24) << relation << std::right << " "
        << counts.first << "/" << counts.second << "\n";
  }
  const PrfCounts& a = scorer.actors();
  const PrfCounts& r = scorer.relations();
  out << "overall actors: P=" << Fixed(a.Precision())
      << " R=" << Fixed(a.Recall()) << " F1=" << Fixed(a.F1()) << "\n";
  out << "overall relations: P=" << Fixed(r.Precision())
      << " R=" << Fixed(r.Recall()) << " F1=" << Fixed(r.F1()) << "\n";
  out << "relations F1 = " << Fixed(r.F1()) << "\n";
}

}  // namespace

int RunCheck(const std::vector<std::string>& args) {
  CheckOptions o = ParseOptions(args);
  OntologyLoad load = LoadOntology("actorgraph check", o.ontology, o.cache_dir,
                                   o.strict, false);
  const Ontology& ontology = load.ontology;
  Extractor extractor(ontology);
  if (!o.update.empty()) Update(o.update, ontology, extractor);

  std::vector<CaseFile> files;
  if (!o.inputs.empty()) {
    CaseRunner validator(ontology, extractor);
    std::string errors;  // of every file, before any case runs
    for (const std::string& path : FindCaseFiles(o.inputs)) {
      bool duplicate = false;
      for (const CaseFile& f : files) duplicate |= f.path == path;
      if (duplicate) continue;
      try {
        files.push_back(ReadCaseFile(path));
        validator.Validate(files.back());
      } catch (const UserError& e) {
        if (e.exit_code() != kExitUsage) throw;
        errors += (errors.empty() ? "" : "\n") + std::string(e.what());
      }
    }
    if (!errors.empty()) throw UserError(errors, kExitUsage);
  }
  for (const auto& [file, line] : o.only) {
    bool found = false;
    for (const CaseFile& f : files) {
      for (const Case& c : f.cases) found |= CaseAt(c, file, line);
    }
    if (!found) throw UserError(Located(file, line, 0, "no case at this line"));
  }

  CaseRunner runner(ontology, extractor);
  std::vector<CaseResult> results;
  int passed = 0, failed = 0;
  for (const CaseFile& f : files) {
    for (const Case& c : f.cases) {
      if (!Selected(o, c)) continue;
      results.push_back(runner.Run(c, o.trace));
      if (!o.quiet && !o.json) PrintCase(results.back(), o.trace, std::cout);
      (results.back().passed() ? passed : failed)++;
    }
  }
  if (!o.junit.empty()) {
    AtomicFile report(o.junit);
    WriteCaseJUnit(results, report.stream());
    report.Commit();
  }
  if (o.json) {
    WriteCaseJsonLines(results, std::cout);
    return failed > 0 ? kExitFailure : kExitOk;
  }
  if (o.by_rule && !o.quiet) PrintByRule(runner.rule_stats(), std::cout);
  if (!o.gold.empty()) ScoreGold(o, extractor, std::cout);
  if (!files.empty()) {
    std::cout << passed << " passed, " << failed << " failed\n";
  }
  return failed > 0 ? kExitFailure : kExitOk;
}

}  // namespace actorgraph
