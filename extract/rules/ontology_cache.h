// The compiled ontology cache: a binary copy of a loaded Ontology, so that
// a short run does not parse the ontology's 5 MB of text every time.
//
//   OntologyCache cache{DefaultCacheDir()};    // "" : no cache
//   Ontology o = cache.Load(dir);              // as Ontology::Load(dir)
//
// The file (CACHE_DIR/ontology-HASH.bin, one per ontology directory) holds
// a key: the format number, a hash of the running binary and of the path
// and content of every file under the ontology directory.  A file whose
// key, length or checksum does not match is ignored and replaced, so an
// edited ontology, a new build, a truncated or damaged file cost one
// normal load, never a wrong result.  Writing is atomic (AtomicFile); a
// cache that cannot be written is skipped silently.
#ifndef ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_CACHE_H_
#define ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_CACHE_H_

#include <string>

#include "extract/rules/ontology.h"

namespace actorgraph {

// $ACTORGRAPH_CACHE_DIR when set (empty: no cache), else
// $XDG_CACHE_HOME/actorgraph, else $HOME/.cache/actorgraph; "" when none
// of them is set.
std::string DefaultCacheDir();

class OntologyCache {
 public:
  enum class Outcome { kOff, kHit, kMiss };

  explicit OntologyCache(std::string dir) : dir_(std::move(dir)) {}

  // Ontology::Load(ontology_dir), from the cache when it is current;
  // UserError exactly as Ontology::Load.
  Ontology Load(const std::string& ontology_dir);
  // What the last Load did.
  Outcome outcome() const { return outcome_; }
  // The cache file for `ontology_dir` ("" when there is no cache).
  std::string PathFor(const std::string& ontology_dir) const;

 private:
  std::string dir_;
  Outcome outcome_ = Outcome::kOff;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_CACHE_H_
