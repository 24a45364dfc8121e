#include "extract/rules/actor_table.h"

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>

#include "extract/base/file_io.h"
#include "extract/base/strings.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace fs = std::filesystem;
namespace {

const char* const kTypes[] = {"Country", "Organization", "Person", "Location"};

// Splits a line on tabs, remembering each cell's 1-based column.
struct Cell {
  std::string text;
  int column;
};
std::vector<Cell> SplitTabs(const std::string& line) {
  std::vector<Cell> cells;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    std::string text = line.substr(
        start, tab == std::string::npos ? std::string::npos : tab - start);
    cells.push_back({Trim(text), static_cast<int>(start) + 1});
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cells;
}

std::vector<std::string> SplitList(const std::string& cell) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t semi = cell.find(';', start);
    if (semi == std::string::npos) semi = cell.size();
    std::string item = Trim(cell.substr(start, semi - start));
    if (!item.empty()) out.push_back(item);
    start = semi + 1;
  }
  return out;
}

int ParseYear(const Cell& cell, const std::string& file, int line) {
  if (cell.text.empty()) return 0;
  if (cell.text.size() != 4 ||
      cell.text.find_first_not_of("0123456789") != std::string::npos) {
    throw UserError(
        Located(file, line, cell.column,
                "expected a year like 2023, got '" + cell.text + "'"));
  }
  return std::stoi(cell.text);
}

using Setter =
    std::function<void(ActorEntry*, const Cell&, const std::string&, int)>;

const std::map<std::string, Setter>& Columns() {
  static const std::map<std::string, Setter> columns = {
      {"id",
       [](ActorEntry* e, const Cell& c, auto&, int) { e->info.id = c.text; }},
      {"type",
       [](ActorEntry* e, const Cell& c, auto&, int) { e->info.type = c.text; }},
      {"label",
       [](ActorEntry* e, const Cell& c, auto&, int) {
         e->info.label = c.text;
         e->label_column = c.column;
       }},
      {"aliases",
       [](ActorEntry* e, const Cell& c, auto&, int) {
         e->info.aliases = SplitList(c.text);
         e->aliases_column = c.column;
       }},
      {"adjectives",
       [](ActorEntry* e, const Cell& c, auto&, int) {
         e->adjectives = SplitList(c.text);
         e->adjectives_column = c.column;
       }},
      {"metonyms",
       [](ActorEntry* e, const Cell& c, auto&, int) {
         e->metonyms = SplitList(c.text);
         e->metonyms_column = c.column;
       }},
      {"affiliation",
       [](ActorEntry* e, const Cell& c, auto&, int) {
         e->info.affiliation = c.text;
         e->affiliation_column = c.column;
       }},
      {"role", [](ActorEntry* e, const Cell& c, auto&,
                  int) { e->roles = SplitList(c.text); }},
      {"short", [](ActorEntry* e, const Cell& c, auto&,
                   int) { e->short_names = SplitList(c.text); }},
      {"acts_for",
       [](ActorEntry* e, const Cell& c, auto&, int) { e->acts_for = c.text; }},
      {"iso2",
       [](ActorEntry* e, const Cell& c, auto&, int) { e->info.iso2 = c.text; }},
      {"iso3",
       [](ActorEntry* e, const Cell& c, auto&, int) { e->info.iso3 = c.text; }},
      {"cameo", [](ActorEntry* e, const Cell& c, auto&,
                   int) { e->info.cameo = c.text; }},
      {"wikidata", [](ActorEntry* e, const Cell& c, auto&,
                      int) { e->info.wikidata = c.text; }},
      {"from", [](ActorEntry* e, const Cell& c, const std::string& f,
                  int l) { e->from_year = ParseYear(c, f, l); }},
      {"to", [](ActorEntry* e, const Cell& c, const std::string& f,
                int l) { e->to_year = ParseYear(c, f, l); }},
  };
  return columns;
}

void CheckEntry(const ActorEntry& e, const std::vector<Cell>& cells,
                const std::vector<std::string>& header) {
  auto column_of = [&](const std::string& name) {
    for (size_t i = 0; i < header.size() && i < cells.size(); ++i) {
      if (header[i] == name) return cells[i].column;
    }
    return 1;
  };
  if (e.info.id.empty()) {
    throw UserError(Located(e.file, e.line, column_of("id"), "empty id"));
  }
  if (e.info.label.empty()) {
    throw UserError(Located(e.file, e.line, column_of("label"), "empty label"));
  }
  bool known = false;
  for (const char* t : kTypes) known = known || e.info.type == t;
  if (!known) {
    throw UserError(Located(e.file, e.line, column_of("type"),
                            "unknown type '" + e.info.type +
                                "' (Country, Organization, Person, Location)"));
  }
}

}  // namespace

void ActorTable::LoadFile(const std::string& path) {
  std::string contents = ReadFile(path);
  std::vector<std::string> header;
  for (const ConfigLine& config_line : ConfigLines(contents)) {
    std::string line(config_line.text);
    int number = config_line.number;
    std::vector<Cell> cells = SplitTabs(line);
    if (header.empty()) {
      for (const Cell& c : cells) {
        if (!Columns().count(c.text)) {
          throw UserError(Located(path, number, c.column,
                                  "unknown column '" + c.text + "'"));
        }
        header.push_back(c.text);
      }
      continue;
    }
    if (cells.size() > header.size()) {
      throw UserError(Located(path, number, cells[header.size()].column,
                              "more cells than the header has columns"));
    }
    ActorEntry entry;
    entry.file = path;
    entry.line = number;
    for (size_t i = 0; i < cells.size(); ++i) {
      Columns().at(header[i])(&entry, cells[i], path, number);
    }
    CheckEntry(entry, cells, header);
    if (!entry.roles.empty()) entry.info.role = entry.roles[0];
    entry.info.source = fs::path(path).filename().string();
    Add(std::move(entry));
  }
  if (header.empty()) throw UserError(path + ": no header line");
}

void ActorTable::Add(ActorEntry entry) {
  if (index_.count(entry.info.id)) {
    const ActorEntry& first = entries_[index_.at(entry.info.id)];
    throw UserError(Located(entry.file, entry.line, 1,
                            "duplicate id '" + entry.info.id + "' (first at " +
                                first.file + ":" + std::to_string(first.line) +
                                ")"));
  }
  int index = static_cast<int>(entries_.size());
  index_.emplace(entry.info.id, index);
  if (entry.info.type == "Country") {
    if (entry.info.cameo.empty()) entry.info.cameo = entry.info.iso3;
    if (!entry.info.cameo.empty())
      country_codes_.emplace(entry.info.cameo, index);
  }
  entries_.push_back(std::move(entry));
}

void ActorTable::IndexOfficeHolders() {
  office_holders_.clear();
  for (size_t i = 0; i < entries_.size(); ++i) {
    const ActorEntry& e = entries_[i];
    if (e.info.type != "Person" || e.roles.empty()) continue;
    // As far up the chain as a spokesperson of a ministry of a country.
    const ActorEntry* at = &e;
    for (int steps = 0; at && steps < 8; ++steps) {
      const std::string& up = at->info.affiliation;
      if (up.empty()) break;
      std::vector<int>& serving = office_holders_[up];
      if (serving.empty() || serving.back() != static_cast<int>(i))
        serving.push_back(static_cast<int>(i));
      at = Find(up);
    }
  }
}

const std::vector<int>& ActorTable::OfficeHoldersServing(
    const std::string& id) const {
  static const std::vector<int> kNone;
  auto it = office_holders_.find(id);
  return it == office_holders_.end() ? kNone : it->second;
}

void ActorTable::Validate() const {
  for (const ActorEntry& e : entries_) {
    const std::string& a = e.info.affiliation;
    if (!a.empty() && !index_.count(a)) {
      throw UserError(
          Located(e.file, e.line, e.affiliation_column,
                  "affiliation '" + a + "' is not a known actor id"));
    }
    if (!e.acts_for.empty() && !index_.count(e.acts_for)) {
      throw UserError(
          Located(e.file, e.line, 1,
                  "acts_for '" + e.acts_for + "' is not a known actor id"));
    }
  }
  // Affiliation chains must end: an organization inside itself is a typo.
  for (const ActorEntry& e : entries_) {
    std::string chain = e.info.id;
    const ActorEntry* at = &e;
    for (size_t steps = 0; !at->info.affiliation.empty(); ++steps) {
      chain += " -> " + at->info.affiliation;
      if (at->info.affiliation == e.info.id || steps > entries_.size()) {
        throw UserError(Located(e.file, e.line, e.affiliation_column,
                                "affiliation cycle: " + chain));
      }
      at = Find(at->info.affiliation);
    }
  }
}

const ActorEntry* ActorTable::Find(const std::string& id) const {
  int i = IndexOf(id);
  return i < 0 ? nullptr : &entries_[i];
}

int ActorTable::CountryByCode(const std::string& code3) const {
  auto it = country_codes_.find(code3);
  return it == country_codes_.end() ? -1 : it->second;
}

int ActorTable::IndexOf(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? -1 : it->second;
}

}  // namespace actorgraph
