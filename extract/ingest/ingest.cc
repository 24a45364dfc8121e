#include "extract/ingest/ingest.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

#include "extract/base/user_error.h"
#include "extract/ingest/duplicates.h"
#include "extract/ingest/input_file.h"
#include "extract/ingest/jsonl_document.h"
#include "extract/text/text.h"
#include "extract/text/utf8.h"

namespace actorgraph {
namespace fs = std::filesystem;

namespace {

enum class SourceKind { kText, kJsonl, kStdin };

struct Source {
  std::string path;  // as given or as found in a directory
  SourceKind kind;
  bool explicit_input;  // named on the command line (fatal if unreadable)
};

// What a path holds, by its extension (under a ".gz" suffix): JSON Lines
// (.jsonl, .ndjson), text (.txt), or neither.
bool IsJsonLinesPath(const std::string& path) {
  std::string ext = fs::path(WithoutGzipSuffix(path)).extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}
bool IsTextPath(const std::string& path) {
  return fs::path(WithoutGzipSuffix(path)).extension().string() == ".txt";
}

// Reads lines of any length from an input, in large blocks.
class LineReader {
 public:
  explicit LineReader(std::unique_ptr<InputFile> in)
      : in_(std::move(in)), buffer_(1 << 20) {}
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line, without "\n" or "\r\n", into *line; a line longer than
  // `max` bytes is consumed but not stored (*too_long).  *consumed counts
  // the bytes read including the newline.  False at the end of input.
  bool Next(std::string* line, size_t max, bool* too_long, size_t* consumed) {
    line->clear();
    *too_long = false;
    *consumed = 0;
    bool any = false;
    while (true) {
      if (begin_ == end_ && !Fill()) {
        if (!error().empty()) return false;  // no partial last line
        break;
      }
      any = true;
      const char* start = buffer_.data() + begin_;
      size_t available = end_ - begin_;
      const void* nl = std::memchr(start, '\n', available);
      size_t n = nl ? static_cast<const char*>(nl) - start : available;
      if (!*too_long && line->size() + n > max) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      }
      if (!*too_long) line->append(start, n);
      *consumed += n + (nl ? 1 : 0);
      begin_ += n + (nl ? 1 : 0);
      if (nl) break;
    }
    if (!line->empty() && line->back() == '\r') line->pop_back();
    return any;
  }

  // Empty, or why reading failed ("cannot read: ...").
  const std::string& error() const { return in_->error(); }

 private:
  bool Fill() {
    begin_ = 0;
    end_ = in_->Read(buffer_.data(), buffer_.size());
    return end_ > 0;
  }

  std::unique_ptr<InputFile> in_;
  std::vector<char> buffer_;
  size_t begin_ = 0, end_ = 0;
};

bool IsBlank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos;
}

bool IsDate(const std::string& s, size_t p) {
  if (s.size() < p + 10) return false;
  for (size_t i = 0; i < 10; ++i) {
    char c = s[p + i];
    bool dash = i == 4 || i == 7;
    if (dash ? c != '-' : (c < '0' || c > '9')) return false;
  }
  return true;
}

// Removes a leading "date YYYY-MM-DD" marker (after optional white space)
// and the white space after it; returns the date or "".
std::string TakeDateMarker(std::string* text) {
  size_t p = text->find_first_not_of(" \t\r\n");
  if (p == std::string::npos || text->compare(p, 5, "date ") != 0 ||
      !IsDate(*text, p + 5)) {
    return "";
  }
  size_t end = p + 15;
  if (end < text->size() &&
      !std::isspace(static_cast<unsigned char>((*text)[end]))) {
    return "";
  }
  std::string date = text->substr(p + 5, 10);
  size_t rest = text->find_first_not_of(" \t\r\n", end);
  text->erase(0, rest == std::string::npos ? text->size() : rest);
  return date;
}

// A file in another format (an image, an executable, a PDF) given as text:
// more than one byte in 16 of its first 64 KiB (and at least 32) is a NUL,
// another control character or part of an invalid UTF-8 sequence.  Returns
// that count, or 0 for text.
size_t BinaryEvidence(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 64 << 10);
  size_t odd = RepairUtf8(head, 0).replaced_count;
  for (char c : head) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' &&
        u != '\v') {
      ++odd;
    }
  }
  return odd >= 32 && odd * 16 > head.size() ? odd : 0;
}

std::string RepairMessage(const Utf8Repair& r, const std::string& where) {
  return "replaced " + std::to_string(r.replaced_count) +
         " invalid byte sequence(s)" + where + ", first at byte " +
         std::to_string(r.replaced_at.empty() ? 0 : r.replaced_at[0]);
}

}  // namespace

struct DocumentReader::Impl {
  IngestOptions options;
  DiagnosticSink warn;
  std::vector<Source> sources;
  size_t next_source = 0;

  // The JSON Lines input being read, if any.
  std::unique_ptr<LineReader> lines;
  std::string lines_name;
  int64_t line_number = 0;
  std::string line;

  int64_t documents = 0, skipped = 0, bytes_read = 0, total_bytes = 0;
  std::unique_ptr<DuplicateFilter> duplicates;
  std::vector<std::string> ignored;  // directory entries of other types

  void Warn(const std::string& message) {
    if (warn) warn(message);
  }
  void Skip(const std::string& message, int exit_code);
  void AddInput(const std::string& input);
  void AddDirectory(const fs::path& dir);
  void AddSize(const std::string& path);
  std::unique_ptr<InputFile> Open(const Source& s);
  void ReadFailed(const std::string& path, const std::string& error);
  bool ReadTextFile(const Source& s, Document* doc);
  void OpenJsonl(const Source& s);
  bool ReadJsonlLine(Document* doc);
  void Repair(std::string* text, const std::string& where,
              const std::string& field);
};

void DocumentReader::Impl::Skip(const std::string& message, int exit_code) {
  if (options.strict) throw UserError(message, exit_code);
  ++skipped;
  Warn(message);
}

void DocumentReader::Impl::AddInput(const std::string& input) {
  if (input == "-") {
    sources.push_back({"<stdin>", SourceKind::kStdin, true});
    total_bytes = -1;
    return;
  }
  std::error_code ec;
  fs::file_status status = fs::status(input, ec);
  if (!fs::exists(status)) {
    throw UserError(input + ": no such file or directory", kExitIo);
  }
  if (fs::is_directory(status)) {
    size_t first = sources.size();
    AddDirectory(input);
    std::sort(sources.begin() + first, sources.end(),
              [](const Source& a, const Source& b) { return a.path < b.path; });
    return;
  }
  if (fs::path(WithoutGzipSuffix(input)).extension() == ".json") {
    throw UserError(input +
                        ": a .json file is not read (one article a line is "
                        "JSON Lines: name it .jsonl; rename it .txt to read "
                        "it as text)",
                    kExitUsage);
  }
  SourceKind kind =
      IsJsonLinesPath(input) ? SourceKind::kJsonl : SourceKind::kText;
  sources.push_back({input, kind, true});
  AddSize(input);
}

// The progress line's total: compressed sizes say nothing of the text, so
// a gzip input makes the total unknown.
void DocumentReader::Impl::AddSize(const std::string& path) {
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  if (IsGzipPath(path) || ec) {
    total_bytes = -1;
  } else if (total_bytes >= 0) {
    total_bytes += static_cast<int64_t>(size);
  }
}

// The source opened, or null when it could not be: fatal for an input
// named on the command line, skipped and counted for one of a directory.
std::unique_ptr<InputFile> DocumentReader::Impl::Open(const Source& s) {
  auto in = std::make_unique<InputFile>();
  if (s.kind == SourceKind::kStdin) {
    in->OpenStdin();
    return in;
  }
  if (in->Open(s.path)) return in;
  std::string message = s.path + ": " + in->error();
  if (s.explicit_input) throw UserError(message, kExitIo);
  Skip(message, kExitIo);
  return nullptr;
}

// A read that failed part way.  A corrupt gzip file stops the run whatever
// `strict` says: what was decompressed before the damage may be any part
// of the corpus, and no graph should look complete with it.
void DocumentReader::Impl::ReadFailed(const std::string& path,
                                      const std::string& error) {
  if (IsGzipPath(path)) throw UserError(path + ": " + error, kExitIo);
  Skip(path + ": " + error, kExitIo);
}

// Collects the text and JSON Lines files below `dir`; symbolic links to
// directories are not followed, so a link cycle cannot trap the walk.
void DocumentReader::Impl::AddDirectory(const fs::path& dir) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::error_code entry_error;
    if (it->is_directory(entry_error) && !it->is_symlink(entry_error)) {
      AddDirectory(p);
      continue;
    }
    bool text = IsTextPath(p.string()), jsonl = IsJsonLinesPath(p.string());
    if (!text && !jsonl) {
      ignored.push_back(p.string());
      continue;
    }
    fs::file_status status = fs::status(p, entry_error);
    if (entry_error || !fs::is_regular_file(status)) {
      Skip(p.string() + ": cannot read: " +
               (entry_error ? entry_error.message() : "not a regular file"),
           kExitIo);
      continue;
    }
    sources.push_back(
        {p.string(), jsonl ? SourceKind::kJsonl : SourceKind::kText, false});
    AddSize(p.string());
  }
  if (ec)
    Skip(dir.string() + ": cannot read directory: " + ec.message(), kExitIo);
}

// Repairs a field in place and warns about invalid bytes.
void DocumentReader::Impl::Repair(std::string* text, const std::string& where,
                                  const std::string& field) {
  if (!NeedsUtf8Repair(*text)) return;  // nearly always: no copy, no message
  const std::string in_field = field.empty() ? "" : " in \"" + field + "\"";
  if (const void* nul = std::memchr(text->data(), 0, text->size())) {
    size_t count =
        static_cast<size_t>(std::count(text->begin(), text->end(), '\0'));
    Warn(where + ": replaced " + std::to_string(count) + " NUL byte(s)" +
         in_field + " with spaces, first at byte " +
         std::to_string(static_cast<const char*>(nul) - text->data()));
  }
  Utf8Repair r = RepairUtf8(*text, 1);
  if (r.replaced_count > 0) {
    Warn(where + ": " + RepairMessage(r, in_field));
  }
  *text = std::move(r.text);
}

bool DocumentReader::Impl::ReadTextFile(const Source& s, Document* doc) {
  std::unique_ptr<InputFile> in = Open(s);
  if (!in) return false;
  std::string bytes;
  // Sized once where the size is known: a long document is held at its
  // length, not at the next power of two.
  std::error_code size_error;
  uintmax_t size = fs::file_size(s.path, size_error);
  if (!size_error && size <= options.max_document_bytes) bytes.reserve(size);
  char buffer[1 << 16];
  bool too_large = false;
  for (size_t n; (n = in->Read(buffer, sizeof buffer)) > 0;) {
    bytes_read += static_cast<int64_t>(n);
    if (bytes.size() + n > options.max_document_bytes) {
      too_large = true;  // the rest stays unread: it may never end
      break;
    }
    bytes.append(buffer, n);
  }
  if (!in->error().empty()) {
    ReadFailed(s.path, in->error());
    return false;
  }
  if (too_large) {
    Skip(s.path + ": document exceeds the limit of " +
             std::to_string(options.max_document_bytes) + " bytes",
         kExitInputSkipped);
    return false;
  }
  if (size_t odd = BinaryEvidence(bytes)) {
    Skip(s.path + ": binary file (" + std::to_string(odd) +
             " control bytes or invalid sequences in the first " +
             std::to_string(std::min<size_t>(bytes.size(), 64 << 10)) +
             " bytes), skipped",
         kExitInputSkipped);
    return false;
  }
  *doc = Document();
  doc->text = std::move(bytes);
  Repair(&doc->text, s.path, "");
  doc->date = TakeDateMarker(&doc->text);
  if (IsBlank(doc->text)) {
    Warn(s.path + ": empty document, skipped");
    return false;
  }
  doc->id = fs::path(WithoutGzipSuffix(s.path)).filename().string();
  return true;
}

void DocumentReader::Impl::OpenJsonl(const Source& s) {
  std::unique_ptr<InputFile> in = Open(s);
  if (!in) return;
  lines = std::make_unique<LineReader>(std::move(in));
  lines_name = s.path;
  line_number = 0;
}

// One line of the open JSON Lines input: true with a document, false when
// the line gave none (then `lines` is reset at the end of the input).
bool DocumentReader::Impl::ReadJsonlLine(Document* doc) {
  bool too_long = false;
  size_t consumed = 0;
  if (!lines->Next(&line, options.max_document_bytes, &too_long, &consumed)) {
    std::string error = lines->error();
    lines.reset();
    if (!error.empty()) {
      ReadFailed(lines_name, error);
    } else if (line_number == 0) {
      Warn(lines_name + ": empty file, no documents");
    }
    return false;
  }
  ++line_number;
  bytes_read += static_cast<int64_t>(consumed);
  const int n = static_cast<int>(line_number);
  if (too_long) {
    Skip(Located(lines_name, n, 0,
                 "line exceeds the limit of " +
                     std::to_string(options.max_document_bytes) + " bytes"),
         kExitInputSkipped);
    return false;
  }
  if (IsBlank(line)) return false;
  JsonlRecord r = ParseJsonlDocument(&line);
  if (!r.error.empty()) {
    Skip(Located(lines_name, n, r.column, r.error), kExitInputSkipped);
    return false;
  }
  const std::string where = lines_name + ':' + std::to_string(n);
  *doc = std::move(r.doc);
  Repair(&doc->text, where, "");
  Repair(&doc->id, where, "id");
  Repair(&doc->title, where, "title");
  Repair(&doc->date, where, "date");
  if (!r.has_id) doc->id = where;
  if (!doc->date.empty()) {
    if (IsDate(doc->date, 0)) {
      doc->date.resize(10);
    } else {
      Warn(where + ": date \"" + doc->date + "\" is not YYYY-MM-DD, ignored");
      doc->date.clear();
    }
  }
  if (IsBlank(doc->text)) {
    Warn(where + ": empty document, skipped");
    return false;
  }
  return true;
}

DocumentReader::DocumentReader(std::vector<std::string> inputs,
                               IngestOptions options, DiagnosticSink warn)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  impl_->warn = std::move(warn);
  impl_->duplicates = std::make_unique<DuplicateFilter>(options.dedupe);
  for (const std::string& input : inputs) impl_->AddInput(input);
}

DocumentReader::~DocumentReader() = default;

bool DocumentReader::Next(Document* doc) {
  Impl& m = *impl_;
  while (true) {
    std::string where;
    if (m.lines) {
      if (!m.ReadJsonlLine(doc)) continue;
      where = m.lines_name + ":" + std::to_string(m.line_number);
    } else {
      if (m.next_source == m.sources.size()) return false;
      const Source& s = m.sources[m.next_source++];
      if (s.kind != SourceKind::kText) {
        m.OpenJsonl(s);
        continue;
      }
      if (!m.ReadTextFile(s, doc)) continue;
      where = s.path;
    }
    std::string why;
    if (m.duplicates->Admit(*doc, where, &why)) break;
    m.Warn(why);
  }
  ++m.documents;
  return true;
}

std::vector<std::string> DocumentReader::ignored_files() const {
  std::vector<std::string> files = impl_->ignored;
  std::sort(files.begin(), files.end());
  return files;
}

int64_t DocumentReader::duplicates() const {
  return impl_->duplicates->repeated_ids() +
         impl_->duplicates->repeated_texts();
}

int64_t DocumentReader::documents() const { return impl_->documents; }
int64_t DocumentReader::skipped() const { return impl_->skipped; }
int64_t DocumentReader::bytes_read() const { return impl_->bytes_read; }
int64_t DocumentReader::total_bytes() const { return impl_->total_bytes; }

}  // namespace actorgraph
