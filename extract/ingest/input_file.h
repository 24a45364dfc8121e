// InputFile: the one reader of corpus bytes: a plain file, a gzip file
// (read through zlib when its name ends in ".gz"), or stdin.  The text and
// JSON Lines readers of ingest take their blocks from it, so every input
// kind is read, limited and reported the same way.
//
//   InputFile in;
//   if (!in.Open("corpus.jsonl.gz")) Report(path + ": " + in.error());
//   char block[1 << 16];
//   while (size_t n = in.Read(block, sizeof block)) Use(block, n);
//   if (!in.error().empty()) Report(path + ": " + in.error());
//
// Errors are a short reason without the path: "cannot open: no such file
// or directory", "cannot read: corrupt gzip data (invalid block type)",
// "cannot read: not gzip data".  A gzip file that ends early ("unexpected
// end of file") is corrupt too: a truncated download never passes as a
// shorter corpus.
#ifndef ACTORGRAPH_EXTRACT_INGEST_INPUT_FILE_H_
#define ACTORGRAPH_EXTRACT_INGEST_INPUT_FILE_H_

#include <cstddef>
#include <cstdio>
#include <string>

namespace actorgraph {

class InputFile {
 public:
  InputFile() = default;
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Opens `path` (gzip by its ".gz" suffix); false with error() set.
  bool Open(const std::string& path);
  // Reads standard input (never closed).
  void OpenStdin();
  // Up to `n` bytes into `buffer`; 0 at the end of the input or on an
  // error, which error() then says.
  size_t Read(char* buffer, size_t n);
  const std::string& error() const { return error_; }

 private:
  FILE* file_ = nullptr;
  void* gz_ = nullptr;  // a gzFile, kept out of this header
  bool owned_ = false;
  bool checked_ = false;  // gz: the first block showed gzip data
  std::string path_;
  std::string error_;
};

// Does `path` name a gzip file (".gz")?  And its name without that suffix,
// whose extension says what the decompressed bytes are ("a.jsonl.gz").
bool IsGzipPath(const std::string& path);
std::string WithoutGzipSuffix(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_INGEST_INPUT_FILE_H_
