// actorgraph build: articles in, graph files out.
#include <iostream>
#include <sstream>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/export_options.h"
#include "cli/ontology_load.h"
#include "cli/progress.h"
#include "cli/summary_text.h"
#include "export/writer.h"
#include "extract/base/stage_timer.h"
#include "extract/base/user_error.h"
#include "extract/corpus_runner.h"
#include "extract/extractor.h"
#include "extract/ingest/ingest.h"
#include "extract/roll_up.h"
#include "extract/rules/ontology.h"
#include "graph/actor_graph.h"
#include "graph/graph_filter.h"

namespace actorgraph {

const char kBuildUsage[] =
    "usage: actorgraph build INPUT... -o OUT [-o OUT...] [options]\n"
    "\n"
    "Reads news articles, finds actors and relations, and writes the graph.\n"
    "\n"
    "INPUT  a .txt file (one article), a .jsonl or .ndjson file (one\n"
    "       article a line: id, text, optional title and date), either\n"
    "       gzip-compressed (.txt.gz, .jsonl.gz), a directory (recursed), or\n"
    "       '-' for JSON Lines on stdin\n"
    "\n"
    "options:\n"
    "  -o, --output PATH    write the graph here; the format comes from the\n"
    "                       extension: {WRITE_EXTENSIONS}\n"
    "                       (repeatable); '-' is stdout (needs --format)\n"
    "  --format NAME        format for outputs whose extension names none:\n"
    "                       {WRITE_FORMATS};\n"
    "                       e.g. --format neo4j -o out/neo4j (a directory)\n"
    "  --ontology DIR       rules and gazetteer (default: "
    "$ACTORGRAPH_ONTOLOGY,\n"
    "                       else the installed one; see --version)\n"
    "  --cache-dir DIR      keep the compiled ontology there (default:\n"
    "                       $ACTORGRAPH_CACHE_DIR, else $XDG_CACHE_HOME/\n"
    "                       actorgraph, else ~/.cache/actorgraph)\n"
    "  --no-cache           parse the ontology files; read and write no cache\n"
    "  -j, --threads N      worker threads (default: all cores); the output\n"
    "                       is the same for every N\n"
    "  --max-evidence N     evidence records kept per edge (default 50);\n"
    "                       weights stay exact\n"
    "  --base-iri IRI       base IRI of JSON-LD identifiers\n"
    "  --strict             a malformed input line or an ontology warning\n"
    "                       (a name two actors share) is fatal\n"
    "  --dedupe             also leave out a document whose text an earlier\n"
    "                       one had (a repeated id is always left out)\n"
    "  -q, --quiet          no progress or summary on stderr\n"
    "  -v, --verbose        also list the files of INPUT directories that\n"
    "                       were not read (not .txt, .jsonl, .ndjson or\n"
    "                       those .gz), and\n"
    "                       count the dictionary merge's notes (all of them:\n"
    "                       actorgraph dictionary-report)\n"
    "  --profile            print CPU seconds per stage on stderr\n"
    "  --roll-up LEVEL      country (default): sector actors (\"Syrian\n"
    "                       rebels\", SYRREB) count as their country; none:\n"
    "                       they are nodes of their own\n"
    "\n"
    "what is written (the summary says what was left out):\n"
    "{EXPORT_OPTIONS}"
    "\n"
    "exit status: 0 ok, 2 usage or ontology error, 3 some input was skipped,\n"
    "4 a file could not be read or written\n"
    "\n"
    "examples:\n"
    "  actorgraph build examples/corpus -o out/graph.graphml -o "
    "out/graph.jsonld\n"
    "  actorgraph build corpus.jsonl --drop-isolates --min-weight 2 -o "
    "g.gexf\n";

namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  GraphOutputs outputs;
  ExtractingArgs common;
  bool quiet = false, profile = false, dedupe = false;
  bool verbose = false;
  RollUp roll_up = RollUp::kCountry;
};

BuildOptions ParseBuildArgs(Args& args) {
  BuildOptions o;
  o.outputs = ParseGraphOutputs(&args);
  o.common = ParseExtractingArgs(&args);
  o.dedupe = args.Flag("--dedupe");
  o.quiet = args.Flag("--quiet") || args.Flag("-q");
  o.verbose = args.Flag("--verbose") || args.Flag("-v");
  o.profile = args.Flag("--profile");
  o.roll_up = ParseRollUpArg(&args);
  o.inputs = args.Rest();
  if (o.inputs.empty()) args.Fail("no INPUT given");
  CheckGraphOutputs(args, o.outputs);
  return o;
}

std::vector<std::string> RelationNames(const Ontology& ontology) {
  std::vector<std::string> names;
  for (const RelationDef& r : ontology.relations()) names.push_back(r.name);
  return names;
}

}  // namespace

int RunBuild(const std::vector<std::string>& argv) {
  Args args(argv, "actorgraph build");
  BuildOptions o = ParseBuildArgs(args);
  if (o.profile) StageTimer::Enable();
  OntologyLoad load =
      LoadOntology("actorgraph build", o.common.ontology, o.common.cache_dir,
                   o.common.strict, o.verbose);
  const Ontology& ontology = load.ontology;
  const ExportFilter& filter = o.outputs.filter;
  args.CheckChoices(filter.edges.relations, RelationNames(ontology),
                    "relation");
  args.CheckChoices(filter.edges.exclude_relations, RelationNames(ontology),
                    "relation");
  ExtractorOptions extractor_options;
  extractor_options.mentions = false;  // records and graph need counts only
  Extractor extractor(ontology, extractor_options);
  IngestOptions ingest;
  ingest.strict = o.common.strict;
  ingest.dedupe = o.dedupe;
  DocumentReader reader(o.inputs, ingest, [](const std::string& line) {
    std::cerr << line << "\n";
  });
  Progress progress(!o.quiet, reader.total_bytes());
  RunnerOptions runner_options;
  runner_options.threads = o.common.threads;
  runner_options.progress = [&](int64_t docs, int64_t bytes) {
    progress.Update(docs, bytes);
  };
  ActorGraph graph(o.outputs.max_evidence);
  int64_t relation_mentions = 0;
  runner_options.relations = [&](RelationMention&& m) {
    ++relation_mentions;
    graph.AddRelation(m);
  };
  CorpusRunner runner(extractor, runner_options);
  int64_t undated = 0;
  runner.Run(&reader, [&](const Document& d, DocumentResult&& r) {
    StageClock clock(Stage::kGraph);
    if (d.date.empty()) ++undated;
    if (o.roll_up == RollUp::kCountry) RollUpSectors(ontology, &r);
    relation_mentions += static_cast<int64_t>(r.relations.size());
    graph.AddDocument(r);
  });
  progress.Finish();
  double extract_seconds = progress.Seconds();

  FilterReport left_out;
  const ActorGraph shown = [&] {
    StageClock clock(Stage::kWrite);
    return WriteGraphOutputs(graph, o.outputs, &left_out);
  }();
  if (o.profile) {
    std::cerr << "actorgraph build: CPU seconds by stage (all threads)\n"
              << FormatStageTimes(StageTimer::Totals());
  }
  if (!o.quiet) {
    std::ostringstream summary;
    summary << "actorgraph build: " << Count(reader.documents(), "document")
            << " (" << Size(reader.bytes_read()) << ") in "
            << Seconds(progress.Seconds()) << " (" << Seconds(extract_seconds)
            << " extracting): "
            << Count(static_cast<int64_t>(shown.actor_count()), "actor") << ", "
            << Count(static_cast<int64_t>(shown.edge_count()), "edge")
            << " from " << Count(relation_mentions, "relation mention")
            << LeftOutSummary(left_out) << OntologySummary(load);
    if (reader.duplicates() > 0) {
      summary << "; " << Count(reader.duplicates(), "repeated document")
              << " left out";
    }
    std::vector<std::string> ignored = reader.ignored_files();
    if (!ignored.empty()) {
      summary << "; " << Count(static_cast<int64_t>(ignored.size()), "file")
              << " in directories not read (not .txt, .jsonl or .ndjson"
              << (o.verbose ? ")" : "; -v lists them)");
    }
    if (reader.skipped() > 0) {
      summary << "; " << Count(reader.skipped(), "input") << " skipped";
    }
    // Dated roles need a date: without one, names are taken at their
    // word and roles as they hold now.
    if (undated > 0) {
      summary << "; " << Count(undated, "undated article")
              << " read with today's roles";
    }
    std::cerr << summary.str() << "\n";
    if (o.verbose) {
      for (const std::string& file : ignored) {
        std::cerr << "  not read: " << file << "\n";
      }
    }
    std::cerr << WroteLines(o.outputs);
  }
  return reader.skipped() > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace actorgraph
