// actorgraph view: the interactive HTML page of a built graph file.  The
// page is export/html_writer.cc's; this only reads the graph and writes.
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/export_options.h"
#include "cli/summary_text.h"
#include "export/graph_reader.h"
#include "export/writer.h"
#include "extract/base/user_error.h"
#include "graph/graph_filter.h"

namespace actorgraph {

const char kViewUsage[] =
    "usage: actorgraph view GRAPH -o OUT.html\n"
    "\n"
    "Writes one self-contained HTML page that draws GRAPH (a graph file\n"
    "written by 'actorgraph build': {READ_EXTENSIONS}; '-' reads stdin).\n"
    "Open it in any browser:\n"
    "it needs no network and no server.  'actorgraph build ... -o g.html'\n"
    "writes the same page straight from articles.\n"
    "\n"
    "In the page: drag to pan, wheel to zoom; click an actor to highlight\n"
    "its neighbours and list its relations, click a relation to read its\n"
    "evidence sentences; search by name or alias (accents ignored); filter\n"
    "by relation, polarity, modality (what --modality kept), actor type,\n"
    "weight and date.  Node colour is the actor type, size its weighted\n"
    "degree; edges are green for cooperation\n"
    "and red for conflict (the Goldstein value of their CAMEO code), dashed\n"
    "when negated, with arrows unless the relation is symmetric.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT.html   the page to write (required)\n"
    "\n"
    "what is drawn (as in 'actorgraph build'):\n"
    "{EXPORT_OPTIONS}";

int RunView(const std::vector<std::string>& argv) {
  Args args(argv, "actorgraph view");
  const std::string out = args.Value("-o", "--output", "");
  const ExportFilter filter = ParseExportFilter(&args, {});
  const std::vector<std::string> inputs = args.Rest();
  if (inputs.size() != 1) args.Fail("expected one GRAPH file");
  if (out.empty()) args.Fail("missing -o OUT.html");
  const ActorGraph graph = ReadGraphFile(inputs[0]);
  FilterReport left_out;
  const ActorGraph shown = FilterGraph(graph, filter, &left_out);
  WriteGraphFile(shown, out, "html", WriteOptions());
  std::cerr << "actorgraph view: wrote " << (out == "-" ? "stdout" : out)
            << " (" << Count(static_cast<int64_t>(shown.actor_count()), "actor")
            << ", "
            << Count(static_cast<int64_t>(shown.edge_count()), "relation")
            << LeftOutSummary(left_out) << ")\n";
  return kExitOk;
}

}  // namespace actorgraph
