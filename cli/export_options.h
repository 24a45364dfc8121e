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
#ifndef ACTORGRAPH_CLI_EXPORT_OPTIONS_H_
#define ACTORGRAPH_CLI_EXPORT_OPTIONS_H_

#include <string>
#include <vector>

#include "cli/args.h"
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

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_EXPORT_OPTIONS_H_
