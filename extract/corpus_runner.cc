#include "extract/corpus_runner.h"

#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "extract/base/stage_timer.h"

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

// Reads up to one batch of documents; false when the input is exhausted
// (the batch may still hold the last documents).
bool ReadBatch(DocumentReader* reader, const RunnerOptions& options,
               std::vector<Document>* batch) {
  StageClock clock(Stage::kIngest);
  batch->clear();
  size_t bytes = 0;
  Document doc;
  while (batch->size() < options.batch_documents &&
         bytes < options.batch_bytes) {
    if (!reader->Next(&doc)) return false;
    bytes += doc.text.size();
    batch->push_back(std::move(doc));
    doc = Document();
  }
  return true;
}

// Worker threads that extract one batch at a time: Start() hands them a
// batch and returns at once, Wait() blocks until it is done.  Meanwhile
// the caller reads the next batch and feeds the previous one to the sink,
// so ingest and the sink overlap with extraction.
class WorkerPool {
 public:
  WorkerPool(const Extractor& extractor, int threads) : extractor_(extractor) {
    for (int t = 0; t < threads; ++t) threads_.emplace_back([this] { Work(); });
  }
  ~WorkerPool() {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      done_.wait(lock, [this] { return running_ == 0; });
      stop_ = true;
    }
    start_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  void Start(const std::vector<Document>* batch,
             std::vector<DocumentResult>* results) {
    results->clear();
    results->resize(batch->size());
    std::lock_guard<std::mutex> lock(mutex_);
    batch_ = batch;
    results_ = results;
    next_ = 0;
    running_ = static_cast<int>(threads_.size());
    ++generation_;
    start_.notify_all();
  }

  void Wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return running_ == 0; });
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  }

 private:
  void Work() {
    uint64_t seen = 0;
    while (true) {
      {
        std::unique_lock<std::mutex> lock(mutex_);
        start_.wait(lock, [&] { return stop_ || generation_ != seen; });
        if (stop_) return;
        seen = generation_;
      }
      try {
        for (size_t i = next_++; i < batch_->size() && !failed_; i = next_++) {
          (*results_)[i] = extractor_.Extract((*batch_)[i]);
        }
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!error_) error_ = std::current_exception();
        failed_ = true;
      }
      std::lock_guard<std::mutex> lock(mutex_);
      if (--running_ == 0) done_.notify_all();
    }
  }

  const Extractor& extractor_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable start_, done_;
  const std::vector<Document>* batch_ = nullptr;
  std::vector<DocumentResult>* results_ = nullptr;
  std::atomic<size_t> next_{0};
  std::atomic<bool> failed_{false};
  int running_ = 0;
  uint64_t generation_ = 0;
  bool stop_ = false;
  std::exception_ptr error_;
};

}  // namespace

// One thread: read a batch, extract it, sink it.
int64_t CorpusRunner::RunSequential(DocumentReader* reader, const Sink& sink) {
  int64_t documents = 0;
  std::vector<Document> batch;
  bool more = true;
  while (more) {
    more = ReadBatch(reader, options_, &batch);
    for (const Document& doc : batch) {
      sink(doc, extractor_.Extract(doc, nullptr, options_.relations));
    }
    documents += static_cast<int64_t>(batch.size());
    if (options_.progress) options_.progress(documents, reader->bytes_read());
  }
  return documents;
}

// N workers extract batch k while this thread sinks batch k-1 and reads
// batch k+1; results still reach the sink in input order.
int64_t CorpusRunner::Run(DocumentReader* reader, const Sink& sink) {
  if (options_.threads <= 1) return RunSequential(reader, sink);
  int64_t documents = 0;
  std::vector<Document> running, next, finished;
  std::vector<DocumentResult> running_results, finished_results;
  WorkerPool pool(extractor_, options_.threads);
  bool more = ReadBatch(reader, options_, &running);
  pool.Start(&running, &running_results);
  while (!running.empty()) {
    next.clear();
    if (more) more = ReadBatch(reader, options_, &next);
    pool.Wait();
    finished.swap(running);
    finished_results.swap(running_results);
    running.swap(next);
    if (!running.empty()) pool.Start(&running, &running_results);
    for (size_t i = 0; i < finished.size(); ++i) {
      sink(finished[i], std::move(finished_results[i]));
    }
    documents += static_cast<int64_t>(finished.size());
    if (options_.progress) options_.progress(documents, reader->bytes_read());
  }
  return documents;
}

}  // namespace actorgraph
