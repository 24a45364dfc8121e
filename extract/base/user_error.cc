#include "extract/base/user_error.h"

namespace actorgraph {

std::string Located(const std::string& file, int line, int col,
                    const std::string& reason) {
  std::string out = file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (col > 0) out += ':' + std::to_string(col);
  }
  out += ": ";
  out += reason;
  return out;
}

}  // namespace actorgraph
