#include "extract/ingest/input_file.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstring>

namespace actorgraph {
namespace {

std::string SystemMessage(int error) {
  std::string m = std::strerror(error);
  if (!m.empty()) m[0] = static_cast<char>(std::tolower(m[0]));
  return m;
}

gzFile Gz(void* p) { return static_cast<gzFile>(p); }

}  // namespace

bool IsGzipPath(const std::string& path) {
  return path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
}

std::string WithoutGzipSuffix(const std::string& path) {
  return IsGzipPath(path) ? path.substr(0, path.size() - 3) : path;
}

InputFile::~InputFile() {
  if (gz_ != nullptr) gzclose(Gz(gz_));
  if (file_ != nullptr && owned_) std::fclose(file_);
}

bool InputFile::Open(const std::string& path) {
  errno = 0;
  path_ = path;
  if (IsGzipPath(path)) {
    gz_ = gzopen(path.c_str(), "rb");
    if (gz_ != nullptr) gzbuffer(Gz(gz_), 1 << 17);
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    owned_ = true;
  }
  if (gz_ == nullptr && file_ == nullptr) {
    error_ = "cannot open: " + SystemMessage(errno != 0 ? errno : ENOMEM);
    return false;
  }
  return true;
}

void InputFile::OpenStdin() {
  file_ = stdin;
  owned_ = false;
}

size_t InputFile::Read(char* buffer, size_t n) {
  if (!error_.empty()) return 0;
  if (file_ != nullptr) {
    size_t got = std::fread(buffer, 1, n, file_);
    if (got == 0 && std::ferror(file_)) {
      error_ = "cannot read: " + SystemMessage(errno != 0 ? errno : EIO);
    }
    return got;
  }
  if (gz_ == nullptr) return 0;
  int got = gzread(
      Gz(gz_), buffer,
      static_cast<unsigned>(std::min<size_t>(n, static_cast<size_t>(INT_MAX))));
  int code = Z_OK;
  std::string message = gzerror(Gz(gz_), &code);
  // zlib names the file in front of its message; the caller does too.
  if (message.compare(0, path_.size() + 2, path_ + ": ") == 0) {
    message.erase(0, path_.size() + 2);
  }
  if (got < 0 || (code != Z_OK && code != Z_STREAM_END)) {
    error_ = code == Z_ERRNO ? "cannot read: " + SystemMessage(errno)
                             : std::string("cannot read: corrupt gzip data (") +
                                   message + ")";
    return 0;
  }
  // zlib passes bytes that are no gzip stream through unchanged; a file
  // named .gz that is not one is an error, not a text.
  if (!checked_ && got > 0) {
    checked_ = true;
    if (gzdirect(Gz(gz_))) {
      error_ = "cannot read: not gzip data";
      return 0;
    }
  }
  return static_cast<size_t>(got);
}

}  // namespace actorgraph
