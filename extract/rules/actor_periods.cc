#include "extract/rules/actor_periods.h"

#include <filesystem>
#include <vector>

#include "extract/base/file_io.h"
#include "extract/base/strings.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

// 1-based column of cell i when the cells were separated by single tabs.
int ColumnOf(const std::vector<std::string_view>& cells, size_t i) {
  int col = 1;
  for (size_t k = 0; k < i && k < cells.size(); ++k) {
    col += static_cast<int>(cells[k].size()) + 1;
  }
  return col;
}

}  // namespace

int DateNumber(std::string_view iso) {
  auto digits = [&](size_t at, size_t n) {
    int v = 0;
    if (iso.size() < at + n) return -1;
    for (size_t k = at; k < at + n; ++k) {
      if (iso[k] < '0' || iso[k] > '9') return -1;
      v = v * 10 + (iso[k] - '0');
    }
    return v;
  };
  int year = digits(0, 4);
  if (year < 0) return 0;
  int month = iso.size() >= 7 && iso[4] == '-' ? digits(5, 2) : 0;
  int day = iso.size() >= 10 && iso[7] == '-' ? digits(8, 2) : 0;
  if (month < 0 || month > 12 || day < 0 || day > 31) return 0;
  return year * 10000 + month * 100 + day;
}

void LoadPeriods(const std::string& path, ActorTable* table) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return;  // periods are optional
  static const char* const kHeader[] = {"id", "from", "to", "predecessor",
                                        "successor"};
  std::string contents = ReadFile(path);
  bool header = true;
  for (const ConfigLine& line : ConfigLines(contents)) {
    std::vector<std::string_view> parts = Split(line.text, '\t');
    std::vector<std::string> cells;
    for (std::string_view p : parts) cells.push_back(Trim(p));
    if (header) {
      for (size_t i = 0; i < 5; ++i) {
        if (i >= cells.size() || cells[i] != kHeader[i]) {
          throw UserError(Located(path, line.number, ColumnOf(parts, i),
                                  "expected the header id, from, to, "
                                  "predecessor, successor"));
        }
      }
      header = false;
      continue;
    }
    cells.resize(5);
    int index = table->IndexOf(cells[0]);
    if (index < 0) {
      throw UserError(Located(path, line.number, 1,
                              "'" + cells[0] + "' is not a known actor id"));
    }
    ActorEntry* e = table->Mutable(index);
    for (size_t i = 1; i <= 2; ++i) {
      int date = DateNumber(cells[i]);
      if (!cells[i].empty() && (date == 0 || cells[i].size() != 10)) {
        throw UserError(
            Located(path, line.number, ColumnOf(parts, i),
                    "expected a date like 1991-12-26, got '" + cells[i] + "'"));
      }
      (i == 1 ? e->valid_from : e->valid_to) = date;
    }
    for (size_t i = 3; i <= 4; ++i) {
      if (!cells[i].empty() && table->IndexOf(cells[i]) < 0) {
        throw UserError(Located(path, line.number, ColumnOf(parts, i),
                                "'" + cells[i] + "' is not a known actor id"));
      }
    }
    e->predecessor = cells[3];
    e->successor = cells[4];
  }
}

int ResolveAt(const ActorTable& table, int entry, int date) {
  // Bounded: a period chain longer than this is a cycle in the data.
  for (int steps = 0; steps < 8 && entry >= 0; ++steps) {
    const ActorEntry& e = table.entries()[entry];
    const std::string* next = nullptr;
    // Undated: the name is taken at its word ("West Germany" is West
    // Germany); only dated roles need a "now" (ApplyDatedRole).
    if (date == 0) {
      return entry;
    } else if (e.valid_to != 0 && date > e.valid_to) {
      next = &e.successor;
    } else if (e.valid_from != 0 && date < e.valid_from) {
      next = &e.predecessor;
    } else {
      return entry;
    }
    if (next->empty()) return -1;  // nobody held that name then
    entry = table.IndexOf(*next);
  }
  return entry;
}

int CountryOfCode(const ActorTable& table, const std::string& code, int date) {
  if (code.size() < 3) return -1;
  int country = table.CountryByCode(code.substr(0, 3));
  return country < 0 ? -1 : ResolveAt(table, country, date);
}

void ApplyDatedRole(const ActorTable& table, const ActorEntry& entry, int date,
                    ActorInfo* info) {
  DictActor roles;
  for (const DatedCode& c : entry.codes) {
    if (!c.code.empty() && c.code[0] != '-' && c.code[0] != '+') {
      roles.codes.push_back(c);
    }
  }
  const DatedCode* role = roles.CodeAt(date);
  if (!role) return;
  int country = CountryOfCode(table, role->code, date);
  if (country < 0) {
    info->cameo = role->code;
    return;
  }
  const ActorEntry& c = table.entries()[country];
  info->cameo = c.info.cameo + role->code.substr(3);
  if (info->type != "Country") info->affiliation = c.info.id;
}

}  // namespace actorgraph
