// actorgraph mentions: every actor mention as JSON Lines, for debugging a
// gazetteer and for evaluating entity recognition.
#include <iostream>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/ontology_load.h"
#include "export/record_json.h"
#include "extract/base/user_error.h"
#include "extract/corpus_runner.h"
#include "extract/extractor.h"
#include "extract/ingest/ingest.h"
#include "extract/rules/ontology.h"

namespace actorgraph {

const char kMentionsUsage[] =
    "usage: actorgraph mentions INPUT... [--ontology DIR] [-j N] [--strict]\n"
    "\n"
    "Prints every actor mention as one JSON object a line on stdout:\n"
    "  doc, start, end   document id and code-point offsets into its text\n"
    "                    (end exclusive)\n"
    "  sentence          0-based sentence index\n"
    "  text              the surface form\n"
    "  actor, label, type  the actor it refers to\n"
    "  cameo             its CAMEO actor code on the article's date (RUS,\n"
    "                    SUNGOV, SYRREB for \"Syrian rebels\"), when known\n"
    "  source            the ontology file the actor comes from\n"
    "  how               gazetteer, metonym, adjective, agent_phrase,\n"
    "                    title_cue, apposition, handle_cue, short_name,\n"
    "                    role_phrase, group, pronoun; in_phrase for the\n"
    "                    name inside a phrase (\"U.S.\" in \"U.S. troops\"),\n"
    "                    listed after the phrase's own mention\n"
    "\n"
    "INPUT is as for 'actorgraph build' ('-' reads JSON Lines on stdin);\n"
    "--strict makes a malformed input line or an ontology warning fatal;\n"
    "--cache-dir DIR and --no-cache are as for build.\n"
    "\n"
    "example:\n"
    "  actorgraph mentions examples/corpus | grep '\"how\":\"pronoun\"'\n";

int RunMentions(const std::vector<std::string>& argv) {
  Args args(argv, "actorgraph mentions");
  const ExtractingArgs common = ParseExtractingArgs(&args);
  IngestOptions ingest;
  ingest.strict = common.strict;
  std::vector<std::string> inputs = args.Rest();
  if (inputs.empty()) args.Fail("no INPUT given");
  OntologyLoad load = LoadOntology("actorgraph mentions", common.ontology,
                                   common.cache_dir, common.strict, false);
  const Ontology& ontology = load.ontology;
  Extractor extractor(ontology);
  DocumentReader reader(inputs, ingest, [](const std::string& line) {
    std::cerr << line << "\n";
  });
  RunnerOptions options;
  options.threads = common.threads;
  CorpusRunner runner(extractor, options);
  runner.Run(&reader, [&](const Document& d, DocumentResult&& r) {
    for (const Mention& m : r.mentions) {
      // Places are no graph nodes, so they are looked up in the gazetteer.
      const ActorInfo* actor = nullptr;
      for (const std::vector<ActorInfo>* list : {&r.actors, &r.places}) {
        for (const ActorInfo& a : *list) {
          if (a.id == m.actor) actor = &a;
        }
      }
      if (!actor) {
        const ActorEntry* entry = ontology.actors().Find(m.actor);
        if (entry) actor = &entry->info;
      }
      if (actor) std::cout << MentionJson(d.id, m, *actor) << "\n";
    }
  });
  std::cout.flush();
  if (!std::cout)
    throw UserError("actorgraph mentions: cannot write to stdout", kExitIo);
  return reader.skipped() > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace actorgraph
