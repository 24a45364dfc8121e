#include "cli/export_options.h"

#include <utility>

#include "cli/summary_text.h"
#include "extract/base/suggest.h"

namespace actorgraph {

const char kExportOptionsUsage[] =
    "  --modality M[,M]     which mentions are written as edges: asserted\n"
    "                       (default: what the articles say happened),\n"
    "                       future, hypothetical, or all\n"
    "  --min-weight N       only edges with at least N mentions\n"
    "  --relations R[,R]    only these relations\n"
    "  --exclude-relations R[,R]  every relation but these\n"
    "  --since D, --until D only edges reported in the range (YYYY,\n"
    "                       YYYY-MM or YYYY-MM-DD, inclusive)\n"
    "  --drop-isolates      leave out actors that have no edge left\n";

namespace {

std::vector<Modality> ParseModalities(Args* args) {
  std::vector<std::string> names = args->List("--modality");
  if (names.empty()) return {Modality::kAsserted};
  std::vector<std::string> valid = ModalityNames();
  valid.push_back("all");
  args->CheckChoices(names, valid, "modality");
  std::vector<Modality> out;
  for (const std::string& name : names) {
    if (name == "all") return {};
    Modality m;
    ParseModality(name, &m);
    out.push_back(m);
  }
  return out;
}

std::string ParseDate(Args* args, const std::string& name) {
  std::string date = args->Value(name, "");
  if (!date.empty() && !IsDatePrefix(date)) {
    args->Fail(name + " takes YYYY, YYYY-MM or YYYY-MM-DD (month 01-12, " +
               "day 01-31), got '" + date + "'");
  }
  return date;
}

}  // namespace

ExportFilter ParseExportFilter(Args* args,
                               const std::vector<std::string>& known) {
  ExportFilter f;
  f.edges.modalities = ParseModalities(args);
  f.edges.min_weight = args->Number("--min-weight", "", 0, 0, 1000000000);
  f.edges.relations = args->List("--relations");
  f.edges.exclude_relations = args->List("--exclude-relations");
  if (!known.empty()) {
    args->CheckChoices(f.edges.relations, known, "relation");
    args->CheckChoices(f.edges.exclude_relations, known, "relation");
  }
  f.edges.since = ParseDate(args, "--since");
  f.edges.until = ParseDate(args, "--until");
  f.drop_isolates = args->Flag("--drop-isolates");
  return f;
}

std::string LeftOutSummary(const FilterReport& report) {
  std::vector<std::string> parts;
  int64_t mentions = report.mentions_left_out();
  if (mentions > 0) {
    std::vector<std::string> why;
    bool by_modality = false;
    for (const std::string& m : ModalityNames()) {
      auto it = report.mentions_by_reason.find(m);
      if (it == report.mentions_by_reason.end()) continue;
      why.push_back(Count(it->second, m, m));
      by_modality = true;
    }
    const std::pair<const char*, const char*> kReasons[] = {
        {"relation", "of relations left out"},
        {"weight", "on edges below --min-weight"},
        {"date", "on edges outside the dates"}};
    for (const auto& [reason, words] : kReasons) {
      auto it = report.mentions_by_reason.find(reason);
      if (it == report.mentions_by_reason.end()) continue;
      why.push_back(Count(it->second, words, words));
    }
    parts.push_back(
        Count(mentions, "relation mention") + " (" + OneOf(why) +
        (by_modality ? "; --modality all keeps every modality" : "") + ")");
  }
  if (report.actors_left_out > 0) {
    parts.push_back(Count(report.actors_left_out, "actor") +
                    " without an edge");
  }
  if (parts.empty()) return "";
  return "; left out " +
         (parts.size() == 1 ? parts[0] : parts[0] + " and " + parts[1]);
}

GraphOutputs ParseGraphOutputs(Args* args) {
  GraphOutputs o;
  o.paths = args->Values("-o", "--output");
  o.format = args->Value("--format", "");
  if (!o.format.empty()) {
    args->CheckChoices({o.format}, KnownFormats(), "format");
  }
  const std::string base_iri = args->Value("--base-iri", "");
  if (!base_iri.empty()) o.write.base_iri = base_iri;
  o.max_evidence = static_cast<size_t>(
      args->Number("--max-evidence", "", kDefaultMaxEvidence, 0, 1000000));
  o.filter = ParseExportFilter(args, {});
  return o;
}

void CheckGraphOutputs(const Args& args, const GraphOutputs& outputs) {
  if (outputs.paths.empty()) args.Fail("no output given (-o PATH)");
  for (const std::string& out : outputs.paths) {
    if (FormatForPath(out).empty() && outputs.format.empty()) {
      args.Fail("cannot tell the format of '" + out +
                "' (use an extension or --format)");
    }
  }
}

ActorGraph WriteGraphOutputs(const ActorGraph& graph,
                             const GraphOutputs& outputs,
                             FilterReport* left_out) {
  ActorGraph shown = FilterGraph(graph, outputs.filter, left_out);
  for (const std::string& out : outputs.paths) {
    const std::string format = FormatForPath(out);
    WriteGraphFile(shown, out, format.empty() ? outputs.format : format,
                   outputs.write);
  }
  return shown;
}

std::string WroteLines(const GraphOutputs& outputs) {
  std::string lines;
  for (const std::string& out : outputs.paths) {
    lines += "  wrote " + (out == "-" ? std::string("stdout") : out) + "\n";
  }
  return lines;
}

}  // namespace actorgraph
