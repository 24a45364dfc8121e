#include "extract/base/file_io.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "extract/base/user_error.h"

namespace actorgraph {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw UserError(path + ": cannot read: " + std::strerror(errno), kExitIo);
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    throw UserError(path + ": cannot read: " + std::strerror(errno), kExitIo);
  }
  return text.str();
}

std::vector<ConfigLine> ConfigLines(std::string_view contents) {
  std::vector<ConfigLine> lines;
  int number = 0;
  size_t start = 0;
  while (start < contents.size()) {
    size_t end = contents.find('\n', start);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view text = contents.substr(start, end - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    ++number;
    size_t first = text.find_first_not_of(" \t");
    if (first != std::string_view::npos && text[first] != '#') {
      lines.push_back({number, text});
    }
    start = end + 1;
  }
  return lines;
}

}  // namespace actorgraph
