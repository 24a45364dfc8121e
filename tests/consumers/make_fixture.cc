// make_fixture OUTDIR: writes the fixture graph (fixture_graph.h) in every
// format through WriteGraphFile, as `actorgraph build` would, so that the
// consumer tests can load the files with third-party tools:
//   OUTDIR/graph.{graphml,gexf,dot,jsonl,jsonld,html} and OUTDIR/neo4j/.
// A format whose writer is not available yet is reported and skipped.
#include <iostream>
#include <string>

#include "export/writer.h"
#include "extract/base/user_error.h"
#include "tests/consumers/fixture_graph.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_fixture OUTDIR\n";
    return 2;
  }
  std::string dir = argv[1];
  actorgraph::ActorGraph graph = actorgraph::FixtureGraph();
  int status = 0;
  for (const std::string& format : actorgraph::KnownFormats()) {
    std::string path =
        format == "neo4j" ? dir + "/neo4j" : dir + "/graph." + format;
    try {
      actorgraph::WriteGraphFile(graph, path, format, {});
    } catch (const actorgraph::UserError& e) {
      std::cerr << "make_fixture: " << format << ": " << e.what() << "\n";
      if (std::string(e.what()) != "format not available yet") status = 1;
    }
  }
  return status;
}
