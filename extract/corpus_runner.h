// CorpusRunner: extraction over a whole corpus, streamed and parallel.
//
// Documents are read in batches (bounded in bytes, so memory does not grow
// with the corpus), extracted by N worker threads, and handed to the sink
// in input order, so the output never depends on the thread count.  With
// N > 1 the calling thread reads the next batch and runs the sink on the
// previous one while the workers extract (at most two batches in memory);
// the sink always runs on the calling thread.  N = 1 uses no thread.
// RunnerOptions::relations streams the relation mentions of -j1.
//
//   CorpusRunner runner(extractor, {.threads = 4});
//   runner.Run(&reader, [&](const Document& d, DocumentResult&& r) {
//     graph.AddDocument(r);
//   });
#ifndef ACTORGRAPH_EXTRACT_CORPUS_RUNNER_H_
#define ACTORGRAPH_EXTRACT_CORPUS_RUNNER_H_

#include <cstdint>
#include <functional>

#include "extract/extractor.h"
#include "extract/ingest/ingest.h"
#include "extract/model/document.h"
#include "extract/model/evidence.h"

namespace actorgraph {

struct RunnerOptions {
  int threads = 1;
  size_t batch_bytes = 4u << 20;  // per batch, about
  size_t batch_documents = 2048;
  // Called after each batch (for progress), with totals so far.
  std::function<void(int64_t documents, int64_t bytes)> progress;
  // With one thread, a document's relation mentions go here as they are
  // made, before the sink gets its result (then without them), so that a
  // long document's mentions are never all held; with more threads the
  // results keep them.
  RelationSink relations;
};

class CorpusRunner {
 public:
  using Sink = std::function<void(const Document&, DocumentResult&&)>;
  CorpusRunner(const Extractor& extractor, RunnerOptions options);
  // Returns the number of documents processed.
  int64_t Run(DocumentReader* reader, const Sink& sink);

 private:
  int64_t RunSequential(DocumentReader* reader, const Sink& sink);

  const Extractor& extractor_;
  RunnerOptions options_;
};

// Number of hardware threads (at least 1).
int DefaultThreads();

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_CORPUS_RUNNER_H_
