#include "extract/corpus_runner.h"

#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace actorgraph {

int DefaultThreads() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

CorpusRunner::CorpusRunner(const Extractor& extractor, RunnerOptions options)
    : extractor_(extractor), options_(std::move(options)) {
  if (options_.threads < 1) options_.threads = 1;
}

namespace {

// Extracts batch[i] into results[i] on `threads` threads.
void ExtractBatch(const Extractor& extractor, const std::vector<Document>& batch,
                  std::vector<DocumentResult>* results, int threads) {
  results->assign(batch.size(), DocumentResult());
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::atomic<bool> failed{false};
  auto work = [&] {
    try {
      for (size_t i = next++; i < batch.size() && !failed; i = next++) {
        (*results)[i] = extractor.Extract(batch[i]);
      }
    } catch (...) {
      if (!failed.exchange(true)) error = std::current_exception();
    }
  };
  int n = std::min<int>(threads, static_cast<int>(batch.size()));
  if (n <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (int t = 0; t < n; ++t) pool.emplace_back(work);
    for (std::thread& t : pool) t.join();
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace

int64_t CorpusRunner::Run(DocumentReader* reader, const Sink& sink) {
  int64_t documents = 0;
  std::vector<Document> batch;
  std::vector<DocumentResult> results;
  bool more = true;
  while (more) {
    batch.clear();
    size_t bytes = 0;
    Document doc;
    while (batch.size() < options_.batch_documents && bytes < options_.batch_bytes &&
           (more = reader->Next(&doc))) {
      bytes += doc.text.size();
      batch.push_back(std::move(doc));
      doc = Document();
    }
    if (batch.empty()) break;
    ExtractBatch(extractor_, batch, &results, options_.threads);
    for (size_t i = 0; i < batch.size(); ++i) sink(batch[i], std::move(results[i]));
    documents += static_cast<int64_t>(batch.size());
    if (options_.progress) options_.progress(documents, reader->bytes_read());
  }
  return documents;
}

}  // namespace actorgraph
