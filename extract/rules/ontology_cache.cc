#include "extract/rules/ontology_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/base/atomic_file.h"
#include "extract/base/file_io.h"
#include "extract/base/hash.h"
#include "extract/base/user_error.h"
#include "extract/rules/ontology_codec.h"

namespace actorgraph {
namespace fs = std::filesystem;

// A member added to one of these types must be added to its list in
// ontology_codec.h too; then update the size here.  (Trivially copyable
// types such as CueClasses and GazetteerHit are stored whole.)
#if defined(__GLIBCXX__) && defined(__x86_64__)
#define ACTORGRAPH_STORED_SIZE(Type, bytes) \
  static_assert(sizeof(Type) == (bytes), #Type " changed: ontology_codec.h")
ACTORGRAPH_STORED_SIZE(ActorInfo, 352);
ACTORGRAPH_STORED_SIZE(DatedCode, 40);
ACTORGRAPH_STORED_SIZE(DictAgent, 72);
ACTORGRAPH_STORED_SIZE(ActorEntry, 648);
ACTORGRAPH_STORED_SIZE(ActorTable, 192);
ACTORGRAPH_STORED_SIZE(Lexicon, 376);
ACTORGRAPH_STORED_SIZE(CameoCode, 112);
ACTORGRAPH_STORED_SIZE(CameoTable, 48);
ACTORGRAPH_STORED_SIZE(SentenceWords, 96);
ACTORGRAPH_STORED_SIZE(RelationDef, 200);
ACTORGRAPH_STORED_SIZE(CameoFacts, 48);
ACTORGRAPH_STORED_SIZE(PatternElement, 80);
ACTORGRAPH_STORED_SIZE(PatternRule, 200);
ACTORGRAPH_STORED_SIZE(RelationRules, 104);
ACTORGRAPH_STORED_SIZE(IdMap, 32);
ACTORGRAPH_STORED_SIZE(Gazetteer, 88);
ACTORGRAPH_STORED_SIZE(DictionaryReport, 88);
ACTORGRAPH_STORED_SIZE(Place, 64);
ACTORGRAPH_STORED_SIZE(BodyName, 80);
ACTORGRAPH_STORED_SIZE(NameLists, 1032);
#undef ACTORGRAPH_STORED_SIZE
// CueClasses, stored whole, grows with every cue class the extractor asks
// for; the rest of Ontology must not change unseen.
static_assert(sizeof(Ontology) == 2264 + (sizeof(CueClasses) + 7) / 8 * 8,
              "Ontology changed: ontology_codec.h");
#endif

namespace {

// Raised whenever the stored form changes.
constexpr uint64_t kFormat = 1;
constexpr uint64_t kMagic = 0x31434f4e4f544741ull;  // "AGTONOC1"

// The file: this header, the ontology directory's absolute path (so that
// caches of removed directories can be found and removed), the payload.
struct Header {
  uint64_t magic = kMagic;
  uint64_t format = kFormat;
  uint64_t key = 0;
  uint64_t dir_size = 0;
  uint64_t payload_size = 0;
  uint64_t payload_hash = 0;
};
constexpr uint64_t kMaxDirSize = 4096;

fs::path AbsoluteDir(const std::string& dir) {
  std::error_code ec;
  return fs::absolute(dir, ec).lexically_normal();
}

std::string Env(const char* name, bool* set) {
  const char* v = std::getenv(name);
  *set = v != nullptr;
  return v ? v : "";
}

// Directories under the ontology that loading never reads: the generators
// and their packages.
bool Skipped(const fs::path& relative) {
  for (const fs::path& part : relative) {
    if (part == "node_modules") return true;
  }
  return *relative.begin() == "tools";
}

// The key of the files under `dir` read by the running binary, or nothing
// when a file cannot be read (the plain load then reports it).
std::optional<uint64_t> KeyOf(const std::string& dir) {
  try {
    uint64_t key = HashBytes(ReadFile("/proc/self/exe"), kFormat);
    key = HashBytes(dir, key);
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end;
         it.increment(ec)) {
      fs::path relative = it->path().lexically_relative(dir);
      if (it->is_directory(ec) && Skipped(relative)) {
        it.disable_recursion_pending();
      } else if (it->is_regular_file(ec) && !Skipped(relative)) {
        files.push_back(relative.generic_string());
      }
    }
    if (ec) return std::nullopt;
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      key = HashBytes(f, key);
      key = HashBytes(ReadFile((fs::path(dir) / f).string()), key);
    }
    return key;
  } catch (const UserError&) {
    return std::nullopt;
  }
}

// The cache file mapped read-only: its pages come straight from the page
// cache, with no copy into a buffer of our own.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ,
                       MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p != MAP_FAILED) {
        data_ = p;
        size_ = static_cast<size_t>(st.st_size);
      }
    }
    ::close(fd);
  }
  ~MappedFile() {
    if (data_) ::munmap(data_, size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view bytes() const {
    return {static_cast<const char*>(data_), size_};
  }

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

bool ReadCache(const std::string& path, uint64_t key, const std::string& dir,
               Ontology* out) {
  MappedFile file(path);
  std::string_view bytes = file.bytes();
  Header h;
  if (bytes.size() < sizeof h) return false;
  std::memcpy(&h, bytes.data(), sizeof h);
  bytes.remove_prefix(sizeof h);
  if (h.magic != kMagic || h.format != kFormat || h.key != key ||
      h.dir_size != dir.size() || bytes.substr(0, dir.size()) != dir) {
    return false;
  }
  std::string_view payload = bytes.substr(dir.size());
  if (h.payload_size != payload.size() ||
      h.payload_hash != HashBytes(payload)) {
    return false;
  }
  BinaryReader reader(payload);
  reader(*out);
  return reader.complete();
}

// The ontology directory a cache file was written for; "" when the file
// is none of ours.
std::string DirOf(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  Header h;
  if (!in.read(reinterpret_cast<char*>(&h), sizeof h) || h.magic != kMagic ||
      h.dir_size == 0 || h.dir_size > kMaxDirSize) {
    return "";
  }
  std::string dir(h.dir_size, '\0');
  return in.read(dir.data(), static_cast<std::streamsize>(dir.size())) ? dir
                                                                       : "";
}

// Removes the caches of ontology directories that no longer exist (a
// scratch copy, an old checkout), so the cache directory does not grow
// with every directory ever loaded.
void RemoveOrphans(const fs::path& cache_dir, const fs::path& kept) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(cache_dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.path() == kept || name.rfind("ontology-", 0) != 0 ||
        entry.path().extension() != ".bin") {
      continue;
    }
    std::string dir = DirOf(entry.path());
    std::error_code gone;
    if (!dir.empty() && !fs::exists(dir, gone)) fs::remove(entry.path(), gone);
  }
}

void WriteCache(const std::string& path, uint64_t key, const std::string& dir,
                const Ontology& o) {
  if (dir.size() > kMaxDirSize) return;
  BinaryWriter writer;
  writer(o);
  Header h;
  h.key = key;
  h.dir_size = dir.size();
  h.payload_size = writer.bytes().size();
  h.payload_hash = HashBytes(writer.bytes());
  try {
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    AtomicFile file(path, /*sync=*/false);
    file.stream().write(reinterpret_cast<const char*>(&h), sizeof h);
    file.stream().write(dir.data(), static_cast<std::streamsize>(dir.size()));
    file.stream().write(writer.bytes().data(),
                        static_cast<std::streamsize>(writer.bytes().size()));
    file.Commit();
  } catch (const UserError&) {
    return;  // a cache that cannot be written is only a slower next start
  }
  RemoveOrphans(fs::path(path).parent_path(), path);
}

}  // namespace

std::string DefaultCacheDir() {
  bool set = false;
  std::string own = Env("ACTORGRAPH_CACHE_DIR", &set);
  if (set) return own;
  std::string xdg = Env("XDG_CACHE_HOME", &set);
  if (!xdg.empty()) return (fs::path(xdg) / "actorgraph").string();
  std::string home = Env("HOME", &set);
  if (!home.empty()) return (fs::path(home) / ".cache" / "actorgraph").string();
  return "";
}

std::string OntologyCache::PathFor(const std::string& ontology_dir) const {
  if (dir_.empty()) return "";
  char name[40];
  std::snprintf(name, sizeof name, "ontology-%016llx.bin",
                static_cast<unsigned long long>(
                    HashBytes(AbsoluteDir(ontology_dir).string())));
  return (fs::path(dir_) / name).string();
}

Ontology OntologyCache::Load(const std::string& ontology_dir) {
  outcome_ = Outcome::kOff;
  std::optional<uint64_t> key;
  if (!dir_.empty()) key = KeyOf(ontology_dir);
  if (!key) return Ontology::Load(ontology_dir);
  std::string path = PathFor(ontology_dir);
  std::string absolute = AbsoluteDir(ontology_dir).string();
  {
    Ontology cached;
    if (ReadCache(path, *key, absolute, &cached)) {
      outcome_ = Outcome::kHit;
      return cached;
    }
  }
  outcome_ = Outcome::kMiss;
  Ontology o = Ontology::Load(ontology_dir);
  WriteCache(path, *key, absolute, o);
  return o;
}

}  // namespace actorgraph
