// AtomicFile and AtomicDirectory: write output under a temporary name beside
// the target and rename it into place only when complete, so that a failed
// or interrupted run never leaves a half-written file under the real name.
//
//   AtomicFile file("out/graph.graphml");   // opens ".graph.graphml.tmp.PID"
//   WriteGraphStream(graph, "graphml", options, file.stream());
//   file.Commit();   // flush, fsync, rename; throws UserError on failure
//
// Without Commit() (an exception on the way) the destructor removes the
// temporary; so does SIGINT, SIGTERM or SIGHUP (a handler installed with
// the first AtomicFile; SIGKILL leaves ".NAME.tmp.PID" behind, never the
// target).  A target that is a device or a pipe (/dev/null, /dev/stdout)
// is written directly.  Every error is a UserError "PATH: cannot write: REASON"
// with exit code kExitIo.
#ifndef ACTORGRAPH_EXTRACT_BASE_ATOMIC_FILE_H_
#define ACTORGRAPH_EXTRACT_BASE_ATOMIC_FILE_H_

#include <memory>
#include <ostream>
#include <string>

namespace actorgraph {

class AtomicFile {
 public:
  // `sync` false leaves out the fsync calls: for a cache that checks its
  // own content, all-or-nothing visibility is enough, and a run need not
  // wait for the disk to write it.
  explicit AtomicFile(const std::string& path, bool sync = true);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream();
  // Makes the content durable and visible under the target name.
  void Commit();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }

 private:
  class FdBuf;
  std::string path_;
  std::string temp_path_;
  std::unique_ptr<FdBuf> buf_;
  std::unique_ptr<std::ostream> stream_;
  bool committed_ = false;
  bool sync_ = true;
  bool direct_ = false;    // writing to a device or pipe, not a temporary
  int cleanup_slot_ = -1;  // see RegisterTemporary in atomic_file.cc
};

// The same for an output made of several files (the Neo4j import
// directory): files are written into temp_path() (".NAME.tmp.PID" beside
// the target), and Commit() renames it into place.  An existing target is
// replaced only when it looks like one of our outputs: a directory holding
// regular files only.
class AtomicDirectory {
 public:
  explicit AtomicDirectory(const std::string& path);
  ~AtomicDirectory();
  AtomicDirectory(const AtomicDirectory&) = delete;
  AtomicDirectory& operator=(const AtomicDirectory&) = delete;

  void Commit();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }

 private:
  std::string path_;
  std::string temp_path_;
  bool committed_ = false;
};

// ".NAME.tmp.PID" in the directory of `path` (trailing slashes ignored).
std::string TempPathBeside(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_ATOMIC_FILE_H_
