#include "extract/base/atomic_file.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <streambuf>
#include <vector>

#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void Fail(const std::string& path, const std::string& what,
                       int error) {
  throw UserError(path + ": " + what + ": " + std::strerror(error), kExitIo);
}

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string WithoutTrailingSlashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// Makes a completed rename durable; a failure here loses nothing that the
// rename has not already made visible, so it is not reported.
void SyncDirectoryOf(const std::string& path) {
  int fd = ::open(DirectoryOf(path).c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Temporaries to remove when SIGINT, SIGTERM or SIGHUP ends the process.
// A signal handler may only call async-signal-safe functions, so the paths
// live in fixed slots (no allocation, no locks).  A slot is filled before
// its file is created and cleared after the file is renamed or removed;
// a handler that runs in between unlinks a name that may not exist, which
// is harmless.  Outputs are written from one thread, so the slots need no
// further synchronization.
constexpr int kCleanupSlots = 16;
struct CleanupSlot {
  volatile sig_atomic_t used;
  char path[PATH_MAX];
};
CleanupSlot cleanup_slots[kCleanupSlots];

void RemoveTemporariesAndDie(int signal_number) {
  for (CleanupSlot& slot : cleanup_slots) {
    if (slot.used) ::unlink(slot.path);
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

// Once per process; leaves alone a signal the parent told us to ignore
// (nohup).
void InstallCleanupHandlers() {
  static const bool installed = [] {
    struct sigaction action = {};
    action.sa_handler = RemoveTemporariesAndDie;
    sigemptyset(&action.sa_mask);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction old = {};
      if (::sigaction(s, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) {
        continue;
      }
      ::sigaction(s, &action, nullptr);
    }
    return true;
  }();
  (void)installed;
}

// Returns the slot holding `path`, or -1 when all are taken (the file is
// then only removed by the destructor, not on a signal).
int RegisterTemporary(const std::string& path) {
  InstallCleanupHandlers();
  if (path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kCleanupSlots; ++i) {
    CleanupSlot& slot = cleanup_slots[i];
    if (slot.used) continue;
    std::memcpy(slot.path, path.c_str(), path.size() + 1);
    slot.used = 1;
    return i;
  }
  return -1;
}

void UnregisterTemporary(int slot) {
  if (slot >= 0) cleanup_slots[slot].used = 0;
}

}  // namespace

std::string TempPathBeside(const std::string& path) {
  std::string target = WithoutTrailingSlashes(path);
  size_t slash = target.find_last_of('/');
  std::string dir =
      slash == std::string::npos ? "" : target.substr(0, slash + 1);
  std::string name =
      slash == std::string::npos ? target : target.substr(slash + 1);
  return dir + "." + name + ".tmp." + std::to_string(::getpid());
}

// A stream buffer over a file descriptor that remembers the errno of the
// first failed write, so that the error message can say why (ofstream
// cannot).
class AtomicFile::FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd), buffer_(1 << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  ~FdBuf() override { Close(); }

  int error() const { return error_; }
  int fd() const { return fd_; }
  // Returns 0 or the errno of a failed close.
  int Close() {
    if (fd_ < 0) return 0;
    int rc = ::close(fd_);
    fd_ = -1;
    return rc == 0 ? 0 : errno;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool Drain() {
    if (error_ != 0) return false;
    const char* p = pbase();
    while (p < pptr()) {
      ssize_t n = ::write(fd_, p, pptr() - p);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        return false;
      }
      p += n;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return true;
  }

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

AtomicFile::AtomicFile(const std::string& path, bool sync)
    : path_(path), temp_path_(TempPathBeside(path)), sync_(sync) {
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place:
  // it holds no file to keep whole, and renaming over it would replace it.
  struct stat st;
  if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode) &&
      !S_ISDIR(st.st_mode)) {
    temp_path_ = path_;
    direct_ = true;
  }
  if (!direct_) cleanup_slot_ = RegisterTemporary(temp_path_);
  int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  int fd = ::open(temp_path_.c_str(), flags, 0666);
  if (fd < 0) {
    int error = errno;
    UnregisterTemporary(cleanup_slot_);
    Fail(path_, "cannot write", error);
  }
  buf_ = std::make_unique<FdBuf>(fd);
  stream_ = std::make_unique<std::ostream>(buf_.get());
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  stream_.reset();
  buf_.reset();
  if (!direct_) ::unlink(temp_path_.c_str());
  UnregisterTemporary(cleanup_slot_);
}

std::ostream& AtomicFile::stream() { return *stream_; }

void AtomicFile::Commit() {
  stream_->flush();
  if (buf_->error() != 0) Fail(path_, "cannot write", buf_->error());
  if (!stream_->good()) Fail(path_, "cannot write", EIO);
  if (direct_) {
    if (int error = buf_->Close()) Fail(path_, "cannot write", error);
    committed_ = true;
    return;
  }
  if (sync_ && ::fsync(buf_->fd()) != 0) Fail(path_, "cannot write", errno);
  if (int error = buf_->Close()) Fail(path_, "cannot write", error);
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    Fail(path_, "cannot write", errno);
  }
  committed_ = true;
  UnregisterTemporary(cleanup_slot_);
  if (sync_) SyncDirectoryOf(path_);
}

AtomicDirectory::AtomicDirectory(const std::string& path)
    : path_(WithoutTrailingSlashes(path)), temp_path_(TempPathBeside(path)) {
  std::error_code ignored;
  fs::remove_all(temp_path_, ignored);  // a stale one of an earlier run
  if (::mkdir(temp_path_.c_str(), 0777) != 0) {
    Fail(path_, "cannot write", errno);
  }
}

AtomicDirectory::~AtomicDirectory() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(temp_path_, ignored);
}

namespace {

// True when `dir` holds regular files only: what our multi-file writers
// produce.  Anything else may be the user's and is never replaced.
bool LooksLikeOurOutput(const std::string& dir) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, error)) {
    if (!entry.is_regular_file(error) || entry.is_symlink(error)) return false;
  }
  return !error;
}

}  // namespace

void AtomicDirectory::Commit() {
  struct stat st;
  if (::lstat(path_.c_str(), &st) != 0) {
    if (errno != ENOENT) Fail(path_, "cannot write", errno);
    if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
      Fail(path_, "cannot write", errno);
    }
  } else {
    if (!S_ISDIR(st.st_mode) || !LooksLikeOurOutput(path_)) {
      throw UserError(path_ +
                          ": cannot write: exists and is not an output "
                          "directory (only one holding files and no "
                          "subdirectories is replaced)",
                      kExitIo);
    }
    // Swap both names in one step, then drop the old content (now under the
    // temporary name), so that readers see the old or the new output.
    if (::renameat2(AT_FDCWD, temp_path_.c_str(), AT_FDCWD, path_.c_str(),
                    RENAME_EXCHANGE) != 0) {
      Fail(path_, "cannot write", errno);
    }
    std::error_code ignored;
    fs::remove_all(temp_path_, ignored);
  }
  committed_ = true;
  SyncDirectoryOf(path_);
}

}  // namespace actorgraph
