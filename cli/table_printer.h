// ResultTable: query results as rows of named cells, printed as an aligned
// table for people, TSV for spreadsheets or JSON Lines for scripts.
//
//   ResultTable t({{"actor"}, {"weight", Column::kNumber},
//                  {"actor_id", Column::kText, Column::kDataOnly}});
//   t.AddRow({"Vladimir Putin", "3", "person:vladimir-putin"});
//   t.Print(OutputFormat::kTable, std::cout);
//
// A table pads by code points and right-aligns numbers; TSV escapes tab,
// newline and backslash as \t \n \\; JSON Lines writes one object per row
// with the column names as keys, numbers unquoted (an empty number is null).
// Columns can be limited to the table (a highlighted sentence) or to the
// data formats (ids, offsets), so that each format shows what it is for.
#ifndef ACTORGRAPH_CLI_TABLE_PRINTER_H_
#define ACTORGRAPH_CLI_TABLE_PRINTER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

enum class OutputFormat { kTable, kTsv, kJsonLines };
// "table", "tsv", "json".
bool ParseOutputFormat(const std::string& name, OutputFormat* out);

struct Column {
  enum Type { kText, kNumber };
  enum Shown { kEverywhere, kTableOnly, kDataOnly };
  Column(std::string name, Type type = kText, Shown shown = kEverywhere)
      : name(std::move(name)), type(type), shown(shown) {}
  std::string name;
  Type type;
  Shown shown;
};

class ResultTable {
 public:
  explicit ResultTable(std::vector<Column> columns);

  // One cell per column, in column order.
  void AddRow(std::vector<std::string> cells);
  size_t size() const { return rows_.size(); }

  void Print(OutputFormat format, std::ostream& out) const;

 private:
  bool ShownIn(const Column& column, OutputFormat format) const;
  void PrintTable(std::ostream& out) const;
  void PrintTsv(std::ostream& out) const;
  void PrintJsonLines(std::ostream& out) const;

  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// `text` as a quoted JSON string.
std::string JsonString(std::string_view text);

// Number of code points in UTF-8 `text`.
size_t DisplayWidth(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_TABLE_PRINTER_H_
