// The export options that `build`, `merge` and `view` share: which part of
// the graph is written (graph/graph_filter.h) and the summary of what was
// left out.
//
//   Args args(argv, "actorgraph build");
//   ExportFilter filter = ParseExportFilter(&args, ontology.RelationNames());
//   FilterReport report;
//   ActorGraph shown = FilterGraph(graph, filter, &report);
//   std::cerr << "..." << LeftOutSummary(report) << "\n";
//
// kExportOptionsUsage documents the options for the usage texts.
//
// The commands that write graph files (build, merge) share the output
// options as well, and the writing:
//
//   GraphOutputs outputs = ParseGraphOutputs(&args);  // -o, --format, ...
//   inputs = args.Rest();  ...  CheckGraphOutputs(args, outputs);
//   ActorGraph shown = WriteGraphOutputs(graph, outputs, &report);
#ifndef ACTORGRAPH_CLI_EXPORT_OPTIONS_H_
#define ACTORGRAPH_CLI_EXPORT_OPTIONS_H_

#include <string>
#include <vector>

#include "cli/args.h"
#include "export/writer.h"
#include "graph/graph_filter.h"

namespace actorgraph {

extern const char kExportOptionsUsage[];

// Reads --modality, --min-weight, --relations, --exclude-relations,
// --since, --until and --drop-isolates.  A relation outside
// `known_relations` is an error (unless that list is empty: a graph file
// read back names its own relations).
ExportFilter ParseExportFilter(Args* args,
                               const std::vector<std::string>& known_relations);

// "" when nothing was left out, else e.g. "; left out 120 relation
// mentions (100 future, 20 hypothetical: --modality keeps them) and 3 actors
// without an edge".
std::string LeftOutSummary(const FilterReport& report);

// -o/--output (repeatable), --format, --base-iri, --max-evidence and the
// export filter.
struct GraphOutputs {
  std::vector<std::string> paths;
  std::string format;  // for the paths whose extension tells none
  WriteOptions write;
  size_t max_evidence = kDefaultMaxEvidence;
  ExportFilter filter;
};
GraphOutputs ParseGraphOutputs(Args* args);
// Fails without an output or with one whose format is unknown.
void CheckGraphOutputs(const Args& args, const GraphOutputs& outputs);

// Writes the filtered graph to every output path; returns it, and what the
// filter left out in `left_out`.
ActorGraph WriteGraphOutputs(const ActorGraph& graph,
                             const GraphOutputs& outputs,
                             FilterReport* left_out);
// "  wrote PATH" lines for the summary, one per output.
std::string WroteLines(const GraphOutputs& outputs);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_EXPORT_OPTIONS_H_
