#include "extract/rules/cameo_table.h"

#include <cstdlib>
#include <vector>

#include "extract/base/file_io.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

// Cells of a tab-separated line with the 1-based column each starts at.
std::vector<std::pair<std::string, int>> Cells(const std::string& line) {
  std::vector<std::pair<std::string, int>> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    size_t end = tab == std::string::npos ? line.size() : tab;
    out.emplace_back(line.substr(start, end - start),
                     static_cast<int>(start) + 1);
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

double Number(const std::pair<std::string, int>& cell, const std::string& path,
              int line, const char* what) {
  char* end = nullptr;
  double value = std::strtod(cell.first.c_str(), &end);
  if (cell.first.empty() || end != cell.first.c_str() + cell.first.size()) {
    throw UserError(Located(
        path, line, cell.second,
        std::string("expected ") + what + ", got '" + cell.first + "'"));
  }
  return value;
}

}  // namespace

void CameoTable::Load(const std::string& path) {
  std::string contents = ReadFile(path);
  bool header = true;
  for (const ConfigLine& config_line : ConfigLines(contents)) {
    std::string line(config_line.text);
    int number = config_line.number;
    if (header) {
      header = false;
      continue;
    }
    auto cells = Cells(line);
    if (cells.size() < 3) {
      throw UserError(Located(path, number, 1,
                              "expected code<TAB>name<TAB>goldstein<TAB>root"
                              "<TAB>quad"));
    }
    CameoCode c;
    c.code = cells[0].first;
    c.name = cells[1].first;
    c.goldstein = Number(cells[2], path, number, "a Goldstein value");
    if (cells.size() != 5) {
      throw UserError(Located(path, number, 1,
                              "expected code<TAB>name<TAB>goldstein<TAB>root"
                              "<TAB>quad"));
    }
    c.root = cells[3].first;
    if (c.root.size() != 2 || c.code.compare(0, 2, c.root) != 0) {
      throw UserError(Located(path, number, cells[3].second,
                              "root '" + c.root +
                                  "' is not the first two "
                                  "digits of '" +
                                  c.code + "'"));
    }
    double quad = Number(cells[4], path, number, "a quad class 0-4");
    if (quad != 0 && quad != 1 && quad != 2 && quad != 3 && quad != 4) {
      throw UserError(
          Located(path, number, cells[4].second,
                  "expected a quad class 0-4, got '" + cells[4].first + "'"));
    }
    c.quad_class = static_cast<int>(quad);
    codes_[c.code] = c;
  }
}

const CameoCode* CameoTable::Find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace actorgraph
