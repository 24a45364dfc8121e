#include "extract/base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "extract/base/user_error.h"

namespace actorgraph {

namespace {

[[noreturn]] void CannotRead(const std::string& path, int error) {
  throw UserError(path + ": cannot read: " + std::strerror(error), kExitIo);
}

}  // namespace

// One read into a buffer of the file's size (then more while it grows):
// the ontology's files and the cache are megabytes, read at every start.
std::string ReadFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) CannotRead(path, errno);
  struct stat st;
  size_t expected = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)
                        ? static_cast<size_t>(st.st_size)
                        : 0;
  std::string text(expected + 1, '\0');
  size_t size = 0;
  for (;;) {
    if (size == text.size()) text.resize(text.size() * 2 + 4096);
    ssize_t n = ::read(fd, &text[size], text.size() - size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      ::close(fd);
      CannotRead(path, error);
    }
    if (n == 0) break;
    size += static_cast<size_t>(n);
  }
  ::close(fd);
  text.resize(size);
  return text;
}

std::vector<ConfigLine> ConfigLines(std::string_view contents) {
  std::vector<ConfigLine> lines;
  int number = 0;
  size_t start = 0;
  while (start < contents.size()) {
    size_t end = contents.find('\n', start);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view text = contents.substr(start, end - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    ++number;
    size_t first = text.find_first_not_of(" \t");
    if (first != std::string_view::npos && text[first] != '#') {
      lines.push_back({number, text});
    }
    start = end + 1;
  }
  return lines;
}

}  // namespace actorgraph
