// The event table: one row per CAMEO-coded event mention, with the columns
// of the Phoenix event data set (README, "The event table"), as TSV or CSV
// for R, pandas and spreadsheets.
//
// A row is a kept evidence record of an edge with a CAMEO code; edges
// without one (affiliated_with) are facts, not events, and are left out.
// Rows are sorted by date, document, sentence and offset, so the table reads
// like the news it came from and does not depend on the graph's key order.
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "export/csv.h"
#include "export/value_text.h"
#include "export/writer.h"

namespace actorgraph {
namespace {

const std::vector<std::string> kColumns = {
    "event_id",    "date",         "year",        "month",      "day",
    "source",      "source_label", "source_code", "target",     "target_label",
    "target_code", "event_code",   "root_code",   "quad_class", "goldstein",
    "polarity",    "modality",     "relation",    "doc",        "sentence",
    "rule"};

struct Row {
  const RelationEdge* edge;
  const Evidence* evidence;
};

bool RowBefore(const Row& x, const Row& y) {
  const Evidence& a = *x.evidence;
  const Evidence& b = *y.evidence;
  return std::tie(a.date, a.doc, a.sentence, a.start, a.rule, x.edge->source,
                  x.edge->target, x.edge->relation) <
         std::tie(b.date, b.doc, b.sentence, b.start, b.rule, y.edge->source,
                  y.edge->target, y.edge->relation);
}

// The CAMEO actor code: a country's ISO 3166-1 alpha-3 code (CAMEO's
// country codes), or that of the country a person or body is affiliated
// with; empty when neither is known.
std::string ActorCode(const ActorGraph& graph, const ActorNode& node) {
  if (!node.info.iso3.empty()) return node.info.iso3;
  if (node.info.affiliation.empty()) return "";
  const ActorNode* group = graph.FindActor(node.info.affiliation);
  return group ? group->info.iso3 : "";
}

// "2023-05-01" -> {"2023", "05", "01"}; anything else gives empty parts.
std::vector<std::string> DateParts(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
    return {"", "", ""};
  }
  return {date.substr(0, 4), date.substr(5, 2), date.substr(8, 2)};
}

std::vector<std::string> Fields(const ActorGraph& graph, const Row& row,
                                size_t id) {
  const RelationEdge& e = *row.edge;
  const Evidence& ev = *row.evidence;
  const ActorNode& source = *graph.FindActor(e.source);
  const ActorNode& target = *graph.FindActor(e.target);
  std::vector<std::string> date = DateParts(ev.date);
  return {std::to_string(id),
          ev.date,
          date[0],
          date[1],
          date[2],
          e.source,
          source.info.label,
          ActorCode(graph, source),
          e.target,
          target.info.label,
          ActorCode(graph, target),
          e.cameo,
          CameoRoot(e.cameo),
          e.quad_class < 0 ? "" : std::to_string(e.quad_class),
          ShortestDouble(e.goldstein),
          PolarityName(e.polarity),
          ModalityName(ev.modality),
          e.relation,
          ev.doc,
          std::to_string(ev.sentence),
          ev.rule};
}

std::vector<Row> EventRows(const ActorGraph& graph) {
  std::vector<Row> rows;
  for (const RelationEdge* e : graph.Edges()) {
    if (e->cameo.empty()) continue;
    for (const Evidence& ev : e->evidence) rows.push_back({e, &ev});
  }
  std::stable_sort(rows.begin(), rows.end(), RowBefore);
  return rows;
}

// TSV cannot quote: a tab or line break inside a value becomes a space.
std::string TsvRow(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += '\t';
    line += SingleLine(fields[i]);
  }
  line += '\n';
  return line;
}

template <typename RowWriter>
void WriteTable(const ActorGraph& graph, RowWriter row_text,
                std::ostream& out) {
  out << row_text(kColumns);
  size_t id = 0;
  for (const Row& row : EventRows(graph)) {
    out << row_text(Fields(graph, row, ++id));
  }
}

}  // namespace

void WriteEventsTsv(const ActorGraph& graph, const WriteOptions&,
                    std::ostream& out) {
  WriteTable(graph, TsvRow, out);
}

void WriteEventsCsv(const ActorGraph& graph, const WriteOptions&,
                    std::ostream& out) {
  WriteTable(graph, CsvRow, out);
}

}  // namespace actorgraph
