// The writer factory: picks the writer for a format and writes atomically.
#include "export/writer.h"

#include <algorithm>
#include <cctype>

#include "extract/base/atomic_file.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

using StreamWriter = void (*)(const ActorGraph&, const WriteOptions&,
                              std::ostream&);

struct Format {
  const char* name;
  const char* extension;  // "" when only chosen by name
  StreamWriter write;     // nullptr for directory formats
};

// The dispatch table.  Entries owned by other modules:
//   jsonld -> WriteJsonLd (export/jsonld_writer.cc, rdf-export)
//   neo4j  -> WriteNeo4jDirectory (export/neo4j_writer.cc, rdf-export)
//   html   -> WriteHtml (export/html_writer.cc, view)
const Format kFormats[] = {
    {"graphml", ".graphml", WriteGraphml},
    {"gexf", ".gexf", WriteGexf},
    {"jsonld", ".jsonld", WriteJsonLd},
    {"dot", ".dot", WriteDot},
    {"dot", ".gv", WriteDot},
    {"jsonl", ".jsonl", WriteJsonLines},
    {"neo4j", "", nullptr},
    {"html", ".html", WriteHtml},
};

std::string ExtensionOf(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return "";
  }
  if (dot == 0 || (slash != std::string::npos && dot == slash + 1)) {
    return "";  // a hidden file's name, not an extension
  }
  std::string ext = path.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext;
}

const Format* FindFormat(const std::string& name) {
  for (const Format& f : kFormats) {
    if (name == f.name) return &f;
  }
  return nullptr;
}

std::string KnownList() {
  std::string out;
  for (const std::string& name : KnownFormats()) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

}  // namespace

std::string FormatForPath(const std::string& path) {
  std::string ext = ExtensionOf(path);
  for (const Format& f : kFormats) {
    if (!ext.empty() && ext == f.extension) return f.name;
  }
  return "";
}

std::vector<std::string> KnownFormats() {
  std::vector<std::string> names;
  for (const Format& f : kFormats) {
    if (std::find(names.begin(), names.end(), f.name) == names.end()) {
      names.push_back(f.name);
    }
  }
  return names;
}

void WriteGraphFile(const ActorGraph& graph, const std::string& path,
                    const std::string& format, const WriteOptions& options) {
  std::string name = format.empty() ? FormatForPath(path) : format;
  const Format* chosen = FindFormat(name);
  if (chosen == nullptr && format.empty()) {
    std::string ext = ExtensionOf(path);
    if (ext.empty()) {
      throw UserError(path +
                      ": no file extension to tell the output "
                      "format by (known: " +
                      KnownList() + ")");
    }
    throw UserError(path + ": unknown output format '" + ext +
                    "' (known: " + KnownList() + ")");
  }
  if (chosen == nullptr) {
    throw UserError(path + ": unknown output format '" + format +
                    "' (known: " + KnownList() + ")");
  }
  if (chosen->write == nullptr) {
    AtomicDirectory dir(path);
    WriteNeo4jDirectory(graph, dir.temp_path(), options);
    dir.Commit();
    return;
  }
  AtomicFile file(path);
  chosen->write(graph, options, file.stream());
  file.Commit();
}

}  // namespace actorgraph
