// actorgraph extract: the map step of a distributed build.  Articles in,
// one JSON line per document, actor and relation mention out; no state is
// shared between documents, so any split of the corpus gives the same
// records.  `actorgraph merge` folds the streams into a graph.
#include <cstdio>
#include <iostream>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/ontology_load.h"
#include "cli/progress.h"
#include "export/record_json.h"
#include "extract/base/user_error.h"
#include "extract/corpus_runner.h"
#include "extract/extractor.h"
#include "extract/ingest/ingest.h"
#include "extract/roll_up.h"
#include "extract/rules/ontology.h"

namespace actorgraph {

const char kExtractUsage[] =
    "usage: actorgraph extract [INPUT...|-] [options]\n"
    "\n"
    "The map step of a distributed build: reads articles (default: JSON\n"
    "Lines on stdin) and prints one JSON object a line on stdout, by kind:\n"
    "  document  doc, date: one per article\n"
    "  actor     doc, date, actor {id, label, type, aliases, iso2, iso3,\n"
    "            wikidata, affiliation, role, mentions}: each actor\n"
    "  relation  source, target, relation, polarity, symmetric, cameo,\n"
    "            goldstein, evidence {doc, date, sentence, start, end,\n"
    "            source_start, source_end, target_start, target_end,\n"
    "            sentence_start, text, rule, modality}: each mention\n"
    "Offsets count code points.  Hypothetical mentions are printed too;\n"
    "'actorgraph merge' never makes them edges.  Records depend only on\n"
    "their own article, so shards may be extracted anywhere, in any order.\n"
    "\n"
    "INPUT is as for 'actorgraph build'.\n"
    "\n"
    "options:\n"
    "  --ontology DIR   rules and gazetteer (as for build)\n"
    "  --cache-dir DIR, --no-cache  the compiled ontology (as for build)\n"
    "  -j, --threads N  worker threads (default: all cores); the output is\n"
    "                   the same for every N\n"
    "  --strict         a malformed input line or an ontology warning is\n"
    "                   fatal\n"
    "  --roll-up LEVEL  country (default) or none, as for build\n"
    "  -q, --quiet      no progress on stderr (it is shown only on a\n"
    "                   terminal anyway)\n"
    "\n"
    "exit status: 0 ok, 2 usage or ontology error, 3 some input was skipped,\n"
    "4 a file could not be read or written\n"
    "\n"
    "example:\n"
    "  actorgraph extract < part-00.jsonl > part-00.records\n"
    "  actorgraph merge part-*.records -o graph.graphml\n";

namespace {

void WriteOrFail(const std::string& bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) {
    throw UserError("actorgraph extract: cannot write to stdout", kExitIo);
  }
}

}  // namespace

int RunExtract(const std::vector<std::string>& argv) {
  Args args(argv, "actorgraph extract");
  const ExtractingArgs common = ParseExtractingArgs(&args);
  IngestOptions ingest;
  ingest.strict = common.strict;
  bool quiet = args.Flag("--quiet") || args.Flag("-q");
  const RollUp roll_up = ParseRollUpArg(&args);
  std::vector<std::string> inputs = args.Rest();
  if (inputs.empty()) inputs.push_back("-");
  OntologyLoad load = LoadOntology("actorgraph extract", common.ontology,
                                   common.cache_dir, common.strict, false);
  const Ontology& ontology = load.ontology;
  ExtractorOptions extractor_options;
  extractor_options.mentions = false;  // records and graph need counts only
  Extractor extractor(ontology, extractor_options);
  DocumentReader reader(inputs, ingest, [](const std::string& line) {
    std::cerr << line << "\n";
  });
  Progress progress(!quiet, reader.total_bytes());
  RunnerOptions options;
  options.threads = common.threads;
  options.progress = [&](int64_t documents, int64_t bytes) {
    progress.Update(documents, bytes);
  };
  CorpusRunner runner(extractor, options);
  runner.Run(&reader, [&](const Document&, DocumentResult&& r) {
    if (roll_up == RollUp::kCountry) RollUpSectors(ontology, &r);
    WriteOrFail(DocumentRecordsJson(r));
  });
  progress.Finish();
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    throw UserError("actorgraph extract: cannot write to stdout", kExitIo);
  }
  return reader.skipped() > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace actorgraph
