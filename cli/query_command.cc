// actorgraph query: answers questions about a built graph file.  Parsing
// and rendering only; the queries live in graph/graph_query.h,
// graph/algorithms.h and graph/actor_lookup.h.
#include <algorithm>
#include <cctype>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/export_options.h"
#include "cli/query_options.h"
#include "cli/query_text.h"
#include "cli/table_printer.h"
#include "export/graph_reader.h"
#include "extract/base/suggest.h"
#include "extract/base/user_error.h"
#include "graph/actor_lookup.h"
#include "graph/algorithms.h"
#include "graph/graph_query.h"

namespace actorgraph {
namespace {

constexpr char kCommand[] = "actorgraph query";

std::vector<std::string> Positionals(Args& args, size_t count,
                                     const std::string& names) {
  std::vector<std::string> rest = args.Rest();
  if (rest.size() != count) args.Fail("wants " + names);
  return rest;
}

int Emit(const ResultTable& table, OutputFormat format,
         const std::string& nothing) {
  if (table.size() == 0) {
    std::cerr << kCommand << ": " << nothing << "\n";
    return kExitFailure;
  }
  table.Print(format, std::cout);
  return kExitOk;
}

int Neighbors(Args& args, GraphSource& source, OutputFormat format) {
  Direction direction;
  std::string direction_name = args.Value("--direction", "both");
  args.CheckChoices({direction_name}, {"out", "in", "both"}, "direction");
  ParseDirection(direction_name, &direction);
  EdgeFilter filter = FilterOptions(args, "any");
  size_t limit = LimitOption(args);
  std::string type = TypeOption(args, source);
  std::string name = Positionals(args, 1, "one ACTOR")[0];
  CheckRelations(args, source, filter);
  const ActorNode& actor = source.Actor(name);
  ResultTable table({{"actor"},
                     {"actor_id", Column::kText, Column::kDataOnly},
                     {"type"},
                     {"relation"},
                     {"direction"},
                     {"polarity"},
                     {"weight", Column::kNumber},
                     {"first_date"},
                     {"last_date"}});
  for (const NeighborLink& n :
       Neighbors(source.index(), actor.info.id, direction, filter)) {
    if (!type.empty() && n.actor->info.type != type) continue;
    if (limit > 0 && table.size() == limit) break;
    const RelationEdge& e = *n.edge;
    table.AddRow({n.actor->info.label, n.actor->info.id, n.actor->info.type,
                  e.relation, LinkName(n.link), PolarityName(e.polarity),
                  std::to_string(e.weight), e.first_date, e.last_date});
  }
  return Emit(table, format, "no neighbors of " + actor.info.label);
}

int Relations(Args& args, GraphSource& source, OutputFormat format) {
  std::string source_name = args.Value("--source", "");
  std::string target_name = args.Value("--target", "");
  EdgeFilter filter = FilterOptions(args, "any");
  size_t limit = LimitOption(args);
  std::string type = TypeOption(args, source);
  Positionals(args, 0, "no positional arguments");
  CheckRelations(args, source, filter);
  if (!source_name.empty()) filter.source = source.Actor(source_name).info.id;
  if (!target_name.empty()) filter.target = source.Actor(target_name).info.id;
  const ActorGraph& graph = source.graph();
  ResultTable table({{"source"},
                     {"source_id", Column::kText, Column::kDataOnly},
                     {"relation"},
                     {"target"},
                     {"target_id", Column::kText, Column::kDataOnly},
                     {"polarity"},
                     {"symmetric", Column::kNumber, Column::kDataOnly},
                     {"weight", Column::kNumber},
                     {"first_date"},
                     {"last_date"},
                     {"cameo", Column::kText, Column::kDataOnly}});
  for (const RelationEdge* e : MatchingEdges(source.index(), filter)) {
    const ActorNode* s = graph.FindActor(e->source);
    const ActorNode* t = graph.FindActor(e->target);
    if (!type.empty() && s->info.type != type && t->info.type != type) {
      continue;
    }
    if (limit > 0 && table.size() == limit) break;
    table.AddRow({s->info.label, e->source, e->relation,
                  graph.FindActor(e->target)->info.label, e->target,
                  PolarityName(e->polarity), e->symmetric ? "true" : "false",
                  std::to_string(e->weight), e->first_date, e->last_date,
                  e->cameo});
  }
  return Emit(table, format, "no matching relations");
}

int Path(Args& args, GraphSource& source, OutputFormat format) {
  EdgeFilter filter = FilterOptions(args, "positive");
  std::vector<std::string> names = Positionals(args, 2, "two actors, A B");
  CheckRelations(args, source, filter);
  const ActorNode& from = source.Actor(names[0]);
  const ActorNode& to = source.Actor(names[1]);
  std::optional<std::vector<PathStep>> steps =
      ShortestPath(source.index(), from.info.id, to.info.id, filter);
  if (!steps) {
    std::cerr << kCommand << ": no path between " << from.info.label << " and "
              << to.info.label << "\n";
    return kExitFailure;
  }
  if (format == OutputFormat::kTable) {
    std::cout << Chain(from, *steps) << "\n";
    return kExitOk;
  }
  ResultTable table({{"step", Column::kNumber},
                     {"from_id"},
                     {"from"},
                     {"relation"},
                     {"direction"},
                     {"to_id"},
                     {"to"},
                     {"polarity"},
                     {"weight", Column::kNumber}});
  for (size_t i = 0; i < steps->size(); ++i) {
    const PathStep& s = (*steps)[i];
    table.AddRow({std::to_string(static_cast<int64_t>(i + 1)), s.from->info.id,
                  s.from->info.label, s.edge->relation, StepDirection(s),
                  s.to->info.id, s.to->info.label,
                  PolarityName(s.edge->polarity),
                  std::to_string(s.edge->weight)});
  }
  table.Print(format, std::cout);
  return kExitOk;
}

int Top(Args& args, GraphSource& source, OutputFormat format) {
  Centrality kind;
  std::string by = args.Value("--by", "degree");
  args.CheckChoices({by},
                    {"degree", "weighted-degree", "pagerank", "betweenness"},
                    "measure");
  ParseCentrality(by, &kind);
  long n = args.Number("-n", "--number", 10, 1, 1000000000);
  CentralityOptions options;
  options.betweenness_samples = static_cast<size_t>(
      args.Number("--samples", "",
                  static_cast<long>(options.betweenness_samples), 0, 1000000));
  std::string type = TypeOption(args, source);
  EdgeFilter filter = FilterOptions(args, "any");
  Positionals(args, 0, "no positional arguments");
  CheckRelations(args, source, filter);
  const ActorGraph& graph = source.graph();
  CentralityResult result =
      ComputeCentrality(source.index(), kind, filter, options);
  if (result.sampled_sources > 0) {
    std::cerr << kCommand << ": betweenness estimated from "
              << result.sampled_sources << " of " << graph.actor_count()
              << " actors\n";
  }
  ResultTable table({{"rank", Column::kNumber},
                     {"actor"},
                     {"actor_id", Column::kText, Column::kDataOnly},
                     {"type"},
                     {"measure", Column::kText, Column::kDataOnly},
                     {"score", Column::kNumber}});
  std::vector<ActorScore> top =
      TopActors(source.index(), result, type, static_cast<size_t>(n));
  for (size_t i = 0; i < top.size(); ++i) {
    const ActorInfo& a = top[i].actor->info;
    table.AddRow({std::to_string(static_cast<int64_t>(i + 1)), a.label, a.id,
                  a.type, CentralityName(kind), Score(top[i].score, kind)});
  }
  return Emit(table, format,
              "no actors" + (type.empty() ? "" : " of type " + type));
}

// " (linked by: met_with, A supplies B)" when other edges join the two, so
// that a mistyped relation or a reversed direction is easy to fix.
std::string LinkedBy(const GraphIndex& index, const ActorNode& a,
                     const ActorNode& b) {
  std::set<std::string> links;
  for (bool reversed : {false, true}) {
    EdgeFilter filter;
    filter.source = (reversed ? b : a).info.id;
    filter.target = (reversed ? a : b).info.id;
    for (const RelationEdge* e : MatchingEdges(index, filter)) {
      if (e->symmetric || !reversed) {
        links.insert(e->relation);
      } else {
        links.insert(b.info.label + " " + e->relation + " " + a.info.label);
      }
    }
  }
  std::string out;
  for (const std::string& link : links) {
    out += (out.empty() ? " (linked by: " : ", ") + link;
  }
  return out.empty() ? out : out + ")";
}

int Explain(Args& args, GraphSource& source, OutputFormat format) {
  std::vector<std::string> names = Positionals(args, 3, "ACTOR RELATION ACTOR");
  const ActorNode& from = source.Actor(names[0]);
  const ActorNode& to = source.Actor(names[2]);
  std::vector<const RelationEdge*> edges =
      EdgesBetween(source.index(), from.info.id, names[1], to.info.id);
  if (edges.empty()) {
    std::cerr << kCommand << ": no " << names[1] << " edge from "
              << from.info.label << " to " << to.info.label
              << LinkedBy(source.index(), from, to) << "\n";
    return kExitFailure;
  }
  ResultTable table({{"source_id", Column::kText, Column::kDataOnly},
                     {"relation", Column::kText, Column::kDataOnly},
                     {"target_id", Column::kText, Column::kDataOnly},
                     {"polarity"},
                     {"weight", Column::kNumber, Column::kDataOnly},
                     {"doc"},
                     {"date"},
                     {"sentence", Column::kNumber, Column::kDataOnly},
                     {"start", Column::kNumber},
                     {"end", Column::kNumber},
                     {"rule"},
                     {"modality", Column::kText, Column::kDataOnly},
                     {"evidence", Column::kText, Column::kTableOnly},
                     {"text", Column::kText, Column::kDataOnly},
                     {"sentence_start", Column::kNumber, Column::kDataOnly},
                     {"source_start", Column::kNumber, Column::kDataOnly},
                     {"source_end", Column::kNumber, Column::kDataOnly},
                     {"source_text", Column::kText, Column::kDataOnly},
                     {"target_start", Column::kNumber, Column::kDataOnly},
                     {"target_end", Column::kNumber, Column::kDataOnly},
                     {"target_text", Column::kText, Column::kDataOnly}});
  for (const RelationEdge* e : edges) {
    // In the order things were reported; undated evidence last.
    std::vector<Evidence> evidence = e->evidence;
    std::stable_sort(evidence.begin(), evidence.end(),
                     [](const Evidence& a, const Evidence& b) {
                       if (a.date.empty() != b.date.empty()) {
                         return b.date.empty();
                       }
                       return std::tie(a.date, a.doc, a.start) <
                              std::tie(b.date, b.doc, b.start);
                     });
    if (format == OutputFormat::kTable) {
      std::cout << from.info.label << " " << e->relation << " " << to.info.label
                << " (" << PolarityName(e->polarity) << "): weight "
                << e->weight << ", " << e->evidence.size()
                << " evidence sentence(s) kept\n";
    }
    for (const Evidence& ev : evidence) {
      table.AddRow({e->source,
                    e->relation,
                    e->target,
                    PolarityName(e->polarity),
                    std::to_string(e->weight),
                    ev.doc,
                    ev.date,
                    std::to_string(ev.sentence),
                    std::to_string(ev.start),
                    std::to_string(ev.end),
                    ev.rule,
                    ModalityName(ev.modality),
                    HighlightMentions(ev),
                    ev.text,
                    std::to_string(ev.sentence_start),
                    std::to_string(ev.source_start),
                    std::to_string(ev.source_end),
                    SpanText(ev, SourceSpan(ev)),
                    std::to_string(ev.target_start),
                    std::to_string(ev.target_end),
                    SpanText(ev, TargetSpan(ev))});
    }
  }
  if (format == OutputFormat::kTable) std::cout << "\n";
  return Emit(table, format, "the edge keeps no evidence sentences");
}

void AddTally(ResultTable* table, const std::string& group,
              const std::string& key, const std::string& polarity,
              const Tally& t) {
  table->AddRow({group, key, polarity, std::to_string(t.count),
                 std::to_string(t.mentions), t.first_date, t.last_date});
}

int Stats(Args& args, GraphSource& source, OutputFormat format) {
  Positionals(args, 0, "no positional arguments");
  GraphStats stats = ComputeStats(source.index());
  ResultTable table({{"group"},
                     {"key"},
                     {"polarity"},
                     {"count", Column::kNumber},
                     {"mentions", Column::kNumber},
                     {"first_date"},
                     {"last_date"}});
  table.AddRow(
      {"graph", "documents", "", std::to_string(stats.documents), "", "", ""});
  AddTally(&table, "graph", "actors", "", stats.actors);
  AddTally(&table, "graph", "edges", "", stats.edges);
  for (const auto& [type, tally] : stats.actors_by_type) {
    AddTally(&table, "actors", type, "", tally);
  }
  for (const auto& [key, tally] : stats.edges_by_relation) {
    AddTally(&table, "edges", key.first, PolarityName(key.second), tally);
  }
  table.Print(format, std::cout);
  return kExitOk;
}

struct Query {
  const char* name;
  int (*run)(Args& args, GraphSource& source, OutputFormat format);
};

constexpr Query kQueries[] = {
    {"neighbors", Neighbors}, {"relations", Relations},
    {"path", Path},           {"top", Top},
    {"explain", Explain},     {"stats", Stats},
};

OutputFormat FormatOption(Args& args) {
  bool json = args.Flag("--json");
  std::string name = args.Value("--format", json ? "json" : "table");
  OutputFormat format;
  args.CheckChoices({name}, {"table", "tsv", "json"}, "format");
  ParseOutputFormat(name, &format);
  if (json && format != OutputFormat::kJsonLines) {
    args.Fail("--json contradicts --format " + name);
  }
  return format;
}

}  // namespace

// The part of kQueryUsage about one query, then the output options.
std::string QueryHelp(const std::string& name) {
  std::string usage = kQueryUsage;
  size_t start = usage.find("\n  " + name + " ");
  size_t output = usage.find("\noutput (any query):");
  if (start == std::string::npos || output == std::string::npos) return usage;
  size_t end = usage.find("\n  ", start + 3);
  while (end != std::string::npos && end < output && usage[end + 3] == ' ') {
    end = usage.find("\n  ", end + 3);
  }
  if (end == std::string::npos || end > output) end = output;
  return "usage: actorgraph query GRAPH " + name + " [OPTIONS]\n\n" +
         usage.substr(start + 1, end - start) + "\n" + usage.substr(output + 1);
}

int RunQuery(const std::vector<std::string>& argv) {
  for (const std::string& a : argv) {
    if (a == "--help" || a == "-h") {
      std::cout << QueryHelp(argv.size() > 1 ? argv[1] : "");
      return kExitOk;
    }
  }
  if (argv.size() < 2) {
    throw UserError(std::string(kCommand) +
                        ": wants GRAPH QUERY (see 'actorgraph query --help')",
                    kExitUsage);
  }
  for (const Query& query : kQueries) {
    if (argv[1] != query.name) continue;
    Args args(std::vector<std::string>(argv.begin() + 2, argv.end()),
              std::string(kCommand) + " " + query.name);
    OutputFormat format = FormatOption(args);
    GraphSource source(argv[0]);
    int status = query.run(args, source, format);
    std::cout.flush();
    if (!std::cout) {
      throw UserError(std::string(kCommand) + ": cannot write to stdout",
                      kExitIo);
    }
    return status;
  }
  for (const Query& query : kQueries) {
    if (argv[0] == query.name) {
      throw UserError(std::string(kCommand) +
                          ": the GRAPH file comes first, as in 'actorgraph "
                          "query GRAPH " +
                          query.name + " ...'",
                      kExitUsage);
    }
  }
  std::vector<std::string> names;
  for (const Query& query : kQueries) names.push_back(query.name);
  throw UserError(std::string(kCommand) + ": unknown query '" + argv[1] + "'" +
                      DidYouMean(argv[1], names) +
                      " (queries: " + OneOf(names) + ")",
                  kExitUsage);
}

}  // namespace actorgraph
