// actorgraph merge: the reduce step of a distributed build.  Folds any
// number of `actorgraph extract` streams into one graph and writes the same
// files `actorgraph build` would.  The graph keeps evidence as the smallest
// records by key and sums weights, so the order and grouping of the
// streams do not change a byte of the output.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/export_options.h"
#include "cli/progress.h"
#include "cli/summary_text.h"
#include "export/record_json.h"
#include "export/writer.h"
#include "extract/base/user_error.h"
#include "graph/actor_graph.h"
#include "graph/graph_filter.h"

namespace actorgraph {

const char kMergeUsage[] =
    "usage: actorgraph merge [STREAM...|-] -o OUT [-o OUT...] [options]\n"
    "\n"
    "The reduce step of a distributed build: reads the JSON Lines records of\n"
    "'actorgraph extract' (default: stdin) and writes the graph, byte for\n"
    "byte what 'actorgraph build' writes for the same articles, whatever the\n"
    "order or the split of the streams.\n"
    "\n"
    "options:\n"
    "  -o, --output PATH    write the graph here (as for build; repeatable)\n"
    "  --format NAME        format for outputs whose extension names none\n"
    "  --max-evidence N     evidence records kept per edge (default 50);\n"
    "                       weights stay exact\n"
    "  --base-iri IRI       base IRI of JSON-LD identifiers\n"
    "  --strict             a malformed record is fatal\n"
    "  -q, --quiet          no progress or summary on stderr\n"
    "\n"
    "what is written (as in 'actorgraph build'):\n"
    "{EXPORT_OPTIONS}"
    "\n"
    "A malformed line is reported as 'file:line: reason' and skipped (exit\n"
    "status 3 at the end).\n"
    "\n"
    "exit status: 0 ok, 2 usage error, 3 some records were skipped,\n"
    "4 a file could not be read or written\n"
    "\n"
    "example:\n"
    "  cat shard-*.jsonl | actorgraph extract | actorgraph merge -o "
    "g.graphml\n";

namespace {

struct MergeOptions {
  std::vector<std::string> inputs;
  GraphOutputs outputs;
  bool strict = false, quiet = false;
};

MergeOptions ParseMergeArgs(const std::vector<std::string>& argv) {
  Args args(argv, "actorgraph merge");
  MergeOptions o;
  o.outputs = ParseGraphOutputs(&args);
  o.strict = args.Flag("--strict");
  o.quiet = args.Flag("--quiet") || args.Flag("-q");
  o.inputs = args.Rest();
  if (o.inputs.empty()) o.inputs.push_back("-");
  CheckGraphOutputs(args, o.outputs);
  return o;
}

// Folds records into the graph, the way ActorGraph::AddDocument does.
class RecordFolder {
 public:
  RecordFolder(ActorGraph* graph, bool strict)
      : graph_(graph), strict_(strict) {}

  void Fold(const std::string& name, int64_t line_number,
            const std::string& line) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) return;
    std::string error;
    int column = 0;
    if (!ParseExtractRecord(line, &record_, &error, &column)) {
      Reject(Located(name, static_cast<int>(line_number), column, error));
      return;
    }
    switch (record_.kind) {
      case ExtractRecord::kDocument:
        ++documents_;
        graph_->SetDocumentTitle(record_.doc, record_.title);
        break;
      case ExtractRecord::kActor:
        graph_->AddActor(record_.actor, record_.date);
        break;
      case ExtractRecord::kRelation:
        ++relations_;
        graph_->AddRelation(record_.relation);
        break;
    }
  }

  int64_t documents() const { return documents_; }
  int64_t relations() const { return relations_; }
  int64_t skipped() const { return skipped_; }

 private:
  void Reject(const std::string& message) {
    if (strict_) throw UserError(message, kExitInputSkipped);
    ++skipped_;
    std::cerr << message << "\n";
  }

  ActorGraph* graph_;
  bool strict_;
  ExtractRecord record_;
  int64_t documents_ = 0, relations_ = 0, skipped_ = 0;
};

struct FileCloser {
  void operator()(FILE* f) const {
    if (f != stdin) std::fclose(f);
  }
};

struct LineBuffer {
  char* data = nullptr;
  size_t capacity = 0;
  ~LineBuffer() { std::free(data); }
};

// Reads one stream line by line into `folder`; returns the bytes read.
int64_t FoldStream(const std::string& input, RecordFolder* folder,
                   Progress* progress, int64_t bytes_before) {
  const bool is_stdin = input == "-";
  const std::string name = is_stdin ? "<stdin>" : input;
  std::unique_ptr<FILE, FileCloser> f(
      is_stdin ? stdin : std::fopen(input.c_str(), "rb"));
  if (!f) {
    throw UserError(name + ": cannot open: " + std::strerror(errno), kExitIo);
  }
  LineBuffer buffer;
  std::string line;
  int64_t line_number = 0, bytes = 0;
  ssize_t n;
  while ((n = getline(&buffer.data, &buffer.capacity, f.get())) > 0) {
    ++line_number;
    bytes += n;
    line.assign(buffer.data, static_cast<size_t>(n));
    if (line.back() == '\n') line.pop_back();
    folder->Fold(name, line_number, line);
    if ((line_number & 1023) == 0) {
      progress->Update(folder->documents(), bytes_before + bytes);
    }
  }
  if (std::ferror(f.get())) {
    throw UserError(name + ": read error: " + std::strerror(errno), kExitIo);
  }
  return bytes;
}

// The size of all inputs (for the ETA), or -1 when one is not a file.
int64_t TotalBytes(const std::vector<std::string>& inputs) {
  int64_t total = 0;
  for (const std::string& input : inputs) {
    std::error_code ec;
    uintmax_t size = input == "-" ? 0 : std::filesystem::file_size(input, ec);
    if (input == "-" || ec) return -1;
    total += static_cast<int64_t>(size);
  }
  return total;
}

}  // namespace

int RunMerge(const std::vector<std::string>& argv) {
  MergeOptions o = ParseMergeArgs(argv);
  ActorGraph graph(o.outputs.max_evidence);
  RecordFolder folder(&graph, o.strict);
  Progress progress(!o.quiet, TotalBytes(o.inputs));
  int64_t bytes = 0;
  for (const std::string& input : o.inputs) {
    bytes += FoldStream(input, &folder, &progress, bytes);
  }
  progress.Finish();
  graph.set_document_count(folder.documents());

  FilterReport left_out;
  const ActorGraph shown = WriteGraphOutputs(graph, o.outputs, &left_out);
  if (!o.quiet) {
    std::cerr << "actorgraph merge: " << Count(folder.documents(), "document")
              << " (" << Size(bytes) << " of records) in "
              << Seconds(progress.Seconds()) << ": "
              << Count(static_cast<int64_t>(shown.actor_count()), "actor")
              << ", " << Count(static_cast<int64_t>(shown.edge_count()), "edge")
              << " from " << Count(folder.relations(), "relation mention")
              << LeftOutSummary(left_out);
    if (folder.skipped() > 0) {
      std::cerr << "; " << Count(folder.skipped(), "record") << " skipped";
    }
    std::cerr << "\n";
    std::cerr << WroteLines(o.outputs);
  }
  return folder.skipped() > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace actorgraph
