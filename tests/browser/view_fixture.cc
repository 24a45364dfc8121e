// Writes the HTML view of the fixture graph (fixture_graph.h) to argv[1],
// for tests/browser/run_view_test.sh.
#include <fstream>
#include <iostream>

#include "export/writer.h"
#include "tests/browser/fixture_graph.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: view_fixture OUT.html\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::binary);
  actorgraph::WriteGraphStream(actorgraph::fixture::Graph(), "html",
                               actorgraph::WriteOptions(), out);
  out.close();
  if (!out) {
    std::cerr << "view_fixture: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}
