#include "cli/table_printer.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace actorgraph {
namespace {

constexpr char kGap[] = "  ";

std::string TsvCell(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

bool ParseOutputFormat(const std::string& name, OutputFormat* out) {
  if (name == "table") {
    *out = OutputFormat::kTable;
  } else if (name == "tsv") {
    *out = OutputFormat::kTsv;
  } else if (name == "json" || name == "jsonl") {
    *out = OutputFormat::kJsonLines;
  } else {
    return false;
  }
  return true;
}

size_t DisplayWidth(std::string_view text) {
  return std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
}

std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (u < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

ResultTable::ResultTable(std::vector<Column> columns)
    : columns_(std::move(columns)) {}

void ResultTable::AddRow(std::vector<std::string> cells) {
  if (cells.size() != columns_.size()) {
    throw std::logic_error("ResultTable row has the wrong number of cells");
  }
  rows_.push_back(std::move(cells));
}

bool ResultTable::ShownIn(const Column& column, OutputFormat format) const {
  if (column.shown == Column::kEverywhere) return true;
  return (column.shown == Column::kTableOnly) ==
         (format == OutputFormat::kTable);
}

void ResultTable::Print(OutputFormat format, std::ostream& out) const {
  switch (format) {
    case OutputFormat::kTable:
      PrintTable(out);
      break;
    case OutputFormat::kTsv:
      PrintTsv(out);
      break;
    case OutputFormat::kJsonLines:
      PrintJsonLines(out);
      break;
  }
}

void ResultTable::PrintTable(std::ostream& out) const {
  std::vector<size_t> shown;
  for (size_t c = 0; c < columns_.size(); ++c) {
    if (ShownIn(columns_[c], OutputFormat::kTable)) shown.push_back(c);
  }
  // A line break or tab inside a cell (a hard-wrapped sentence) would
  // break the alignment: show it as a space.
  std::vector<std::vector<std::string>> rows = rows_;
  for (auto& row : rows) {
    for (std::string& cell : row) {
      std::replace_if(
          cell.begin(), cell.end(),
          [](char c) { return c == '\n' || c == '\t' || c == '\r'; }, ' ');
    }
  }
  std::vector<size_t> width(columns_.size(), 0);
  for (size_t c : shown) {
    width[c] = DisplayWidth(columns_[c].name);
    for (const auto& row : rows) {
      width[c] = std::max(width[c], DisplayWidth(row[c]));
    }
  }
  auto print_line = [&](auto cell_of) {
    std::string line;
    for (size_t i = 0; i < shown.size(); ++i) {
      size_t c = shown[i];
      const std::string& text = cell_of(c);
      std::string pad(width[c] - DisplayWidth(text), ' ');
      if (i > 0) line += kGap;
      if (columns_[c].type == Column::kNumber) {
        line += pad + text;
      } else {
        line += text;
        if (i + 1 < shown.size()) line += pad;
      }
    }
    // Empty trailing cells would leave blanks at the end of the line.
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << "\n";
  };
  print_line([&](size_t c) -> const std::string& { return columns_[c].name; });
  for (const auto& row : rows) {
    print_line([&](size_t c) -> const std::string& { return row[c]; });
  }
}

void ResultTable::PrintTsv(std::ostream& out) const {
  auto print_line = [&](auto cell_of) {
    bool first = true;
    for (size_t c = 0; c < columns_.size(); ++c) {
      if (!ShownIn(columns_[c], OutputFormat::kTsv)) continue;
      if (!first) out << '\t';
      out << TsvCell(cell_of(c));
      first = false;
    }
    out << '\n';
  };
  print_line([&](size_t c) -> const std::string& { return columns_[c].name; });
  for (const auto& row : rows_) {
    print_line([&](size_t c) -> const std::string& { return row[c]; });
  }
}

void ResultTable::PrintJsonLines(std::ostream& out) const {
  for (const auto& row : rows_) {
    std::string line = "{";
    for (size_t c = 0; c < columns_.size(); ++c) {
      if (!ShownIn(columns_[c], OutputFormat::kJsonLines)) continue;
      if (line.size() > 1) line += ',';
      line += JsonString(columns_[c].name) + ':';
      if (columns_[c].type == Column::kText) {
        line += JsonString(row[c]);
      } else {
        line += row[c].empty() ? "null" : row[c];
      }
    }
    out << line << "}\n";
  }
}

}  // namespace actorgraph
