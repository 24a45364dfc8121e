// The command line as a user meets it: did-you-mean for commands and
// options, `help COMMAND`, `-o -` and `query -`, the export filters with
// the summary that says what was left out, and exact messages for bad
// values.  Runs the real binary on short articles written for this test.
#define BOOST_TEST_MODULE cli
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "extract/base/strings.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::RunActorgraph;
using testing::RunResult;

// `actorgraph ARGS...` with stdin the contents of the file at `stdin_path`.
RunResult RunWithStdin(const std::vector<std::string>& args,
                       const fs::path& stdin_path) {
  return testing::RunActorgraph(
      args, testing::RunOptions().Stdin(ReadFile(stdin_path)));
}

// Two asserted mentions of Iran supplying Russia, one future one, and Chad
// with no relation.
const fs::path& Article() {
  static const fs::path path = testing::SharedScratch().Write(
      "a.txt",
      "date 2024-03-01\n"
      "Iran supplied drones to Russia on Monday. Iran supplied more "
      "drones to Russia in April. Iran will supply missiles to Russia "
      "next year. Chad was not mentioned in any deal.\n");
  return path;
}

fs::path Scratch(const std::string& name) {
  return testing::SharedScratch() / name;
}

// The summary with its timings blanked, which vary from run to run.
std::string Untimed(const std::string& text) {
  static const std::regex timing("in [0-9.]+ s \\([0-9.]+ s extracting\\)");
  return std::regex_replace(text, timing, "in T");
}

// Without the dictionary notes that -v prints first (their count and first
// names; ontology_warnings_test checks them).
std::string WithoutDictionaryNotes(const std::string& text) {
  static const std::regex notes("^ontology: [^\n]*\n(  [^\n]*\n)*");
  return std::regex_replace(text, notes, "");
}

BOOST_AUTO_TEST_CASE(mistyped_commands_and_options_get_a_suggestion) {
  RunResult r = RunActorgraph({"buidl"});
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err ==
             "actorgraph: unknown command 'buidl' (did you mean 'build'?) "
             "(commands: build, mentions, check, query, extract, merge, "
             "view, dictionary-report; see 'actorgraph --help')\n");
  r = RunActorgraph({"build", Article().string(), "--ouptut", "g.graphml"});
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err ==
             "actorgraph build: unknown option '--ouptut' (did you mean "
             "'--output'?) (see 'actorgraph build --help')\n");
  r = RunActorgraph(
      {"build", Article().string(), "-o", "g.graphml", "--thread", "2"});
  BOOST_TEST(r.err ==
             "actorgraph build: unknown option '--thread' (did you mean "
             "'--threads'?) (see 'actorgraph build --help')\n");
  r = RunActorgraph({"query", "g.graphml", "neighbours", "Iran"});
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err ==
             "actorgraph query: unknown query 'neighbours' (did you mean "
             "'neighbors'?) (queries: neighbors, relations, path, top, "
             "explain, stats)\n");
}

BOOST_AUTO_TEST_CASE(help_command_is_the_command_help) {
  RunResult help = RunActorgraph({"help", "build"});
  RunResult dash = RunActorgraph({"build", "--help"});
  BOOST_TEST(help.status == 0);
  BOOST_TEST(help.out == dash.out);
  // The format list and the export options come from their tables.
  BOOST_TEST(help.out.find(
                 "extension: .graphml .gexf .jsonld .dot .gv .jsonl .html") !=
             std::string::npos);
  BOOST_TEST(help.out.find("  --drop-isolates      leave out actors") !=
             std::string::npos);
  BOOST_TEST(help.out.find('{') == std::string::npos);
  BOOST_TEST(RunActorgraph({"help", "view"}).out.find("--min-weight N") !=
             std::string::npos);
  RunResult bad = RunActorgraph({"help", "biuld"});
  BOOST_TEST(bad.status == 2);
  BOOST_TEST(bad.err.rfind("actorgraph: unknown command 'biuld' (did you mean "
                           "'build'?)",
                           0) == 0);
}

BOOST_AUTO_TEST_CASE(default_graph_is_asserted_and_the_summary_says_so) {
  fs::path out = Scratch("g.jsonl");
  RunResult r =
      RunActorgraph({"build", Article().string(), "-o", out.string()});
  BOOST_TEST(r.status == 0);
  BOOST_TEST(Untimed(r.err) ==
             "actorgraph build: 1 document (187 bytes) in T: 3 actors, 1 "
             "edge from 3 relation mentions; left out 1 relation mention (1 "
             "future; --modality all keeps every modality)\n  wrote " +
                 out.string() + "\n");
  std::string edges = ReadFile(out);
  BOOST_TEST(edges.find("\"modality\":\"asserted\",\"weight\":2") !=
             std::string::npos);
  BOOST_TEST(edges.find("future") == std::string::npos);

  r = RunActorgraph({"build", Article().string(), "-o", out.string(),
                     "--modality", "all", "--drop-isolates"});
  BOOST_TEST(Untimed(r.err) ==
             "actorgraph build: 1 document (187 bytes) in T: 2 actors, 2 "
             "edges from 3 relation mentions; left out 1 actor without an "
             "edge\n  wrote " +
                 out.string() + "\n");
  BOOST_TEST(ReadFile(out).find("\"modality\":\"future\",\"weight\":1") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(repeats_and_unread_files_are_reported) {
  fs::path dir = Scratch("corpus");
  fs::create_directories(dir / "sub");
  fs::copy_file(Article(), dir / "a.txt", fs::copy_options::overwrite_existing);
  std::ofstream(dir / "notes.md") << "# notes\n";
  std::ofstream(dir / "sub" / "x.json") << "{}\n";
  fs::path out = Scratch("c.jsonl");
  RunResult r = RunActorgraph({"build", dir.string(), (dir / "a.txt").string(),
                               "-v", "-o", out.string()});
  BOOST_TEST(r.status == 0);
  const std::string a = (dir / "a.txt").string();
  BOOST_TEST(WithoutDictionaryNotes(Untimed(r.err)) ==
             a + ": repeated document id 'a.txt' (first at " + a +
                 "), skipped\n"
                 "actorgraph build: 1 document (374 bytes) in T: 3 actors, 1 "
                 "edge from 3 relation mentions; left out 1 relation mention "
                 "(1 future; --modality all keeps every modality); 1 repeated "
                 "document left out; 2 files in directories not read (not "
                 ".txt, .jsonl or .ndjson)\n"
                 "  not read: " +
                 (dir / "notes.md").string() +
                 "\n  not read: " + (dir / "sub" / "x.json").string() +
                 "\n  wrote " + out.string() + "\n");
}

BOOST_AUTO_TEST_CASE(dash_is_stdout_and_stdin) {
  RunResult dot = RunActorgraph(
      {"build", Article().string(), "-o", "-", "--format", "dot", "-q"});
  BOOST_TEST(dot.status == 0);
  BOOST_TEST(dot.out ==
             "digraph actorgraph {\n"
             "  node [shape=box, style=rounded];\n"
             "  \"country:IRN\" [label=\"Iran\", type=\"Country\"];\n"
             "  \"country:RUS\" [label=\"Russia\", type=\"Country\"];\n"
             "  \"country:TCD\" [label=\"Chad\", type=\"Country\"];\n"
             "  \"country:IRN\" -> \"country:RUS\" [label=\"supplies\", "
             "weight=2];\n"
             "}\n");
  BOOST_TEST(!fs::exists("-"));
  RunResult none = RunActorgraph({"build", Article().string(), "-o", "-"});
  BOOST_TEST(none.status == 2);
  BOOST_TEST(none.err ==
             "actorgraph build: cannot tell the format of '-' (use an "
             "extension or --format) (see 'actorgraph build --help')\n");

  fs::path graph = Scratch("g.graphml");
  RunActorgraph({"build", Article().string(), "-q", "-o", graph.string()});
  RunResult stats =
      RunWithStdin({"query", "-", "stats", "--format", "tsv"}, graph);
  BOOST_TEST(stats.status == 0);
  BOOST_TEST(
      stats.out ==
      RunActorgraph({"query", graph.string(), "stats", "--format", "tsv"}).out);
  BOOST_TEST(stats.out.find("edges\tsupplies\tpositive\t1\t2") !=
             std::string::npos);
  RunResult junk = RunWithStdin({"query", "-", "stats"}, Article());
  BOOST_TEST(junk.status == 2);
  BOOST_TEST(junk.err ==
             "-: stdin holds no GraphML or JSON-LD graph (known: .graphml "
             ".jsonld)\n");
}

BOOST_AUTO_TEST_CASE(bad_values_exit_2_and_list_the_valid_ones) {
  fs::path graph = Scratch("v.graphml");
  RunActorgraph({"build", Article().string(), "-q", "-o", graph.string()});
  const std::string g = graph.string();
  struct Row {
    std::vector<std::string> args;
    std::string err;
  };
  const Row rows[] = {
      {{"build", Article().string(), "-o", "x.graphml", "--relations",
        "suplies"},
       "actorgraph build: unknown relation 'suplies' (did you mean "
       "'supplies'?; valid: "},
      {{"build", Article().string(), "-o", "x.graphml", "--format", "grapml"},
       "actorgraph build: unknown format 'grapml' (did you mean 'graphml'?; "
       "valid: graphml, gexf, jsonld, dot, jsonl, neo4j, html, tsv, csv) "
       "(see "
       "'actorgraph build --help')\n"},
      {{"query", g, "top", "--relation", "suplies"},
       "actorgraph query top: unknown relation 'suplies' (did you mean "
       "'supplies'?; valid: supplies) (see 'actorgraph query top --help')\n"},
      {{"query", g, "top", "--type", "Persn"},
       "actorgraph query top: unknown type 'Persn' (valid: Country) (see "
       "'actorgraph query top --help')\n"},
      {{"query", g, "neighbors", "Iran", "--since", "2024-13"},
       "actorgraph query neighbors: --since wants YYYY, YYYY-MM or "
       "YYYY-MM-DD, not '2024-13' (see 'actorgraph query neighbors "
       "--help')\n"},
      {{"query", g, "relations", "--modality", "futur"},
       "actorgraph query relations: unknown modality 'futur' (did you mean "
       "'future'?; valid: asserted, future, hypothetical) (see 'actorgraph "
       "query relations --help')\n"},
      {{"query", g, "relations", "--polarity", "postive"},
       "actorgraph query relations: unknown polarity 'postive' (did you mean "
       "'positive'?; valid: positive, negative, any) (see 'actorgraph query "
       "relations --help')\n"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(Join(row.args, " ")) {
      RunResult r = RunActorgraph(row.args);
      BOOST_TEST(r.status == 2);
      BOOST_TEST(r.err.rfind(row.err, 0) == 0, r.err);
    }
  }
}

BOOST_AUTO_TEST_CASE(query_limits_and_filters) {
  fs::path graph = Scratch("q.graphml");
  RunActorgraph({"build", Article().string(), "-q", "--modality", "all", "-o",
                 graph.string()});
  const std::string g = graph.string();
  RunResult all = RunActorgraph({"query", g, "relations", "--format", "tsv"});
  BOOST_TEST(all.out.find("\t2\t") != std::string::npos);
  RunResult one = RunActorgraph(
      {"query", g, "relations", "--limit", "1", "--format", "tsv"});
  BOOST_TEST(std::count(one.out.begin(), one.out.end(), '\n') == 2);
  RunResult heavy = RunActorgraph(
      {"query", g, "relations", "--min-weight", "2", "--format", "tsv"});
  BOOST_TEST(heavy.out == one.out);
  RunResult future = RunActorgraph({"query", g, "neighbors", "Iran",
                                    "--modality", "future", "--format", "tsv"});
  BOOST_TEST(future.status == 0);
  BOOST_TEST(std::count(future.out.begin(), future.out.end(), '\n') == 2);
  RunResult none =
      RunActorgraph({"query", g, "relations", "--exclude-relations", "supplies",
                     "--format", "tsv"});
  BOOST_TEST(none.status == 1);
  BOOST_TEST(none.err == "actorgraph query: no matching relations\n");
}

BOOST_AUTO_TEST_CASE(explain_in_date_order_and_relations_by_type) {
  testing::ScratchDir dir;
  dir.Write("c/a.txt", "date 2024-03-01\nKenya met Ghana in Accra.\n");
  dir.Write("c/b.txt", "date 2023-11-20\nGhana met Kenya in Nairobi.\n");
  dir.Write("c/0.txt", "Kenya met Ghana again.\n");
  dir.Write("c/c.txt",
            "date 2024-01-15\nKenya criticized Uganda. Ghana met Kenya on "
            "Friday.\n");
  BOOST_TEST(dir.Run({"build", "c", "-q", "-o", "g.graphml"}).status == 0);
  // By date, undated last; not by document id (0, a, b, c).
  RunResult explain = dir.Run({"query", "g.graphml", "explain", "Kenya",
                               "met_with", "Ghana", "--format", "tsv"});
  BOOST_TEST(explain.out ==
             "source_id\trelation\ttarget_"
             "id\tpolarity\tweight\tdoc\tdate\tsentence\tstart\tend\trule\tmoda"
             "lity\ttext\tsentence_start\tsource_start\tsource_end\tsource_"
             "text\ttarget_start\ttarget_end\ttarget_text\n"
             "country:GHA\tmet_with\tcountry:KEN\tpositive\t4\tb.txt\t2023-11-"
             "20\t0\t0\t15\tmet_with.verb\tasserted\tGhana met Kenya in "
             "Nairobi.\t0\t0\t5\tGhana\t10\t15\tKenya\n"
             "country:GHA\tmet_with\tcountry:KEN\tpositive\t4\tc.txt\t2024-01-"
             "15\t1\t25\t40\tmet_with.verb\tasserted\tGhana met Kenya on "
             "Friday.\t25\t25\t30\tGhana\t35\t40\tKenya\n"
             "country:GHA\tmet_with\tcountry:KEN\tpositive\t4\ta.txt\t2024-03-"
             "01\t0\t0\t15\tmet_with.verb\tasserted\tKenya met Ghana in "
             "Accra.\t0\t0\t5\tKenya\t10\t15\tGhana\n"
             "country:GHA\tmet_with\tcountry:KEN\tpositive\t4\t0."
             "txt\t\t0\t0\t15\tmet_with.verb\tasserted\tKenya met Ghana "
             "again.\t0\t0\t5\tKenya\t10\t15\tGhana\n");
  RunResult rel =
      dir.Run({"query", "g.graphml", "relations", "--type", "country",
               "--exclude-relations", "met_with", "--format", "tsv"});
  BOOST_TEST(rel.out ==
             "source\tsource_id\trelation\ttarget\ttarget_"
             "id\tpolarity\tsymmetric\tweight\tfirst_date\tlast_date\tcameo\n"
             "Kenya\tcountry:KEN\tcriticizes\tUganda\tcountry:"
             "UGA\tpositive\tfalse\t1\t2024-01-15\t2024-01-15\t111\n");
  RunResult bad =
      dir.Run({"query", "g.graphml", "relations", "--type", "Persn"});
  BOOST_TEST(bad.status == 2);
  BOOST_TEST(bad.err ==
             "actorgraph query relations: unknown type 'Persn' (valid: "
             "Country) (see 'actorgraph query relations --help')\n");
}

BOOST_AUTO_TEST_CASE(neo4j_documents_have_the_input_titles) {
  testing::ScratchDir dir;
  dir.Write("c.jsonl",
            "{\"id\":\"a\",\"title\":\"Harbor talks, at last\","
            "\"date\":\"2024-02-01\",\"text\":\"Kenya met Ghana in Accra.\"}\n"
            "{\"id\":\"b\",\"title\":\"No relation here\","
            "\"text\":\"Kenya is large.\"}\n");
  const std::string want =
      "id:ID(Document),title,date:date,:LABEL\n"
      "a,\"Harbor talks, at last\",2024-02-01,Document\n";
  BOOST_TEST(
      dir.Run({"build", "-q", "c.jsonl", "--format", "neo4j", "-o", "built"})
          .status == 0);
  BOOST_TEST(dir.Read("built/documents.csv") == want);
  // One thread streams relation mentions into the graph: the same titles.
  BOOST_TEST(dir.Run({"build", "-q", "-j", "1", "c.jsonl", "--format", "neo4j",
                      "-o", "one"})
                 .status == 0);
  BOOST_TEST(dir.Read("one/documents.csv") == want);
  RunResult records = dir.Run({"extract", "-q", "c.jsonl"});
  BOOST_TEST(records.out.find("\"kind\":\"document\",\"doc\":\"a\","
                              "\"date\":\"2024-02-01\",\"title\":"
                              "\"Harbor talks, at last\"}") !=
             std::string::npos);
  dir.Write("c.records", records.out);
  BOOST_TEST(
      dir.Run({"merge", "-q", "c.records", "--format", "neo4j", "-o", "merged"})
          .status == 0);
  BOOST_TEST(dir.Read("merged/documents.csv") == want);
}

}  // namespace
}  // namespace actorgraph
