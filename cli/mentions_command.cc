#include "cli/command.h"

#include <iostream>

namespace actorgraph {

const char kMentionsUsage[] = "usage: actorgraph mentions INPUT...\n";

int RunMentions(const std::vector<std::string>&) {
  std::cerr << "actorgraph mentions: not implemented yet\n";
  return 1;
}

}  // namespace actorgraph
