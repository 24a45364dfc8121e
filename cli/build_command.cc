#include "cli/command.h"

#include <iostream>

namespace actorgraph {

const char kBuildUsage[] =
    "usage: actorgraph build INPUT... -o OUT [-o OUT...]\n";

int RunBuild(const std::vector<std::string>&) {
  std::cerr << "actorgraph build: not implemented yet\n";
  return 1;
}

}  // namespace actorgraph
