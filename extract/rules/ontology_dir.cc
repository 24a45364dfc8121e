#include "extract/rules/ontology_dir.h"

#include <cstdlib>
#include <filesystem>

#include "extract/base/user_error.h"

#ifndef ACTORGRAPH_SOURCE_ONTOLOGY
#define ACTORGRAPH_SOURCE_ONTOLOGY ""
#endif

namespace actorgraph {
namespace fs = std::filesystem;

namespace {

// BIN/../share/actorgraph/ontology for the running binary, or "".
std::string InstalledOntology() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || exe.empty()) return "";
  return (exe.parent_path().parent_path() / "share" / "actorgraph" / "ontology")
      .lexically_normal()
      .string();
}

}  // namespace

std::string OntologySearch::Looked() const {
  std::string out = "looked in ";
  for (size_t i = 0; i < tried.size(); ++i) {
    if (i > 0) out += i + 1 == tried.size() ? " and " : ", ";
    out += tried[i];
  }
  return out;
}

OntologySearch FindOntologyDir() {
  OntologySearch s;
  if (const char* env = std::getenv("ACTORGRAPH_ONTOLOGY")) {
    // An explicit choice is taken even when it is wrong, so that the
    // loader's error names it rather than a fallback being used silently.
    if (*env) {
      s.tried.push_back(env);
      s.found = env;
      return s;
    }
  }
  for (const std::string& dir :
       {InstalledOntology(), std::string(ACTORGRAPH_SOURCE_ONTOLOGY)}) {
    if (dir.empty()) continue;
    s.tried.push_back(dir);
    std::error_code ec;
    if (fs::is_directory(dir, ec)) {
      s.found = dir;
      return s;
    }
  }
  return s;
}

std::string DefaultOntologyDir() {
  OntologySearch s = FindOntologyDir();
  if (!s.found.empty()) return s.found;
  throw UserError(
      "actorgraph: no ontology directory found (" + s.Looked() +
          "); reinstall actorgraph, or point at one with --ontology DIR or "
          "ACTORGRAPH_ONTOLOGY=DIR",
      kExitUsage);
}

std::string OntologyDirOr(const std::string& given) {
  return given.empty() ? DefaultOntologyDir() : given;
}

}  // namespace actorgraph
