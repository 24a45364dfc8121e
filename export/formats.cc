#include "export/formats.h"

#include <algorithm>
#include <cctype>

#include "export/graph_reader.h"
#include "export/jsonld_reader.h"
#include "export/writer.h"

namespace actorgraph {

// The writers, each defined in its own export/*_writer.cc and reached only
// through this table; a new format is a writer file and a row below.
void WriteGraphml(const ActorGraph&, const WriteOptions&, std::ostream&);
void WriteGexf(const ActorGraph&, const WriteOptions&, std::ostream&);
void WriteJsonLd(const ActorGraph&, const WriteOptions&, std::ostream&);
void WriteDot(const ActorGraph&, const WriteOptions&, std::ostream&);
// One JSON object per edge, with all kept evidence.
void WriteJsonLines(const ActorGraph&, const WriteOptions&, std::ostream&);
// The Neo4j import files, into an empty directory (WriteGraphFile makes it
// an AtomicDirectory).
void WriteNeo4jDirectory(const ActorGraph&, const std::string& dir,
                         const WriteOptions&);
// The self-contained interactive page.
void WriteHtml(const ActorGraph&, const WriteOptions&, std::ostream&);
// The event table: one row per CAMEO-coded event mention.
void WriteEventsTsv(const ActorGraph&, const WriteOptions&, std::ostream&);
void WriteEventsCsv(const ActorGraph&, const WriteOptions&, std::ostream&);

namespace {

ActorGraph ParseGraphmlText(const std::string& text, const std::string& name) {
  return ParseGraphml(text, name);
}

bool Usable(const GraphFormat& f, FormatUse use) {
  return use == FormatUse::kWrite || f.read != nullptr;
}

}  // namespace

const std::vector<GraphFormat>& GraphFormats() {
  static const std::vector<GraphFormat> formats = {
      {"graphml", {".graphml"}, WriteGraphml, nullptr, ParseGraphmlText},
      {"gexf", {".gexf"}, WriteGexf},
      {"jsonld", {".jsonld"}, WriteJsonLd, nullptr, ParseJsonLd},
      {"dot", {".dot", ".gv"}, WriteDot},
      {"jsonl", {".jsonl"}, WriteJsonLines},
      {"neo4j", {}, nullptr, WriteNeo4jDirectory},
      {"html", {".html"}, WriteHtml},
      {"tsv", {".tsv"}, WriteEventsTsv},
      {"csv", {".csv"}, WriteEventsCsv},
  };
  return formats;
}

const GraphFormat* FindGraphFormat(const std::string& name) {
  for (const GraphFormat& f : GraphFormats()) {
    if (name == f.name) return &f;
  }
  return nullptr;
}

std::string PathExtension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t start = slash == std::string::npos ? 0 : slash + 1;
  size_t dot = path.find_last_of('.');
  // No dot in the file name, or a hidden file's leading one.
  if (dot == std::string::npos || dot <= start) return "";
  std::string ext = path.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext;
}

const GraphFormat* GraphFormatForPath(const std::string& path) {
  std::string ext = PathExtension(path);
  if (ext.empty()) return nullptr;
  for (const GraphFormat& f : GraphFormats()) {
    for (const std::string& e : f.extensions) {
      if (e == ext) return &f;
    }
  }
  return nullptr;
}

std::string FormatNames(FormatUse use) {
  std::string out;
  for (const GraphFormat& f : GraphFormats()) {
    if (!Usable(f, use)) continue;
    if (!out.empty()) out += ", ";
    out += f.name;
  }
  return out;
}

std::string FormatExtensions(FormatUse use) {
  std::string out;
  for (const GraphFormat& f : GraphFormats()) {
    if (!Usable(f, use)) continue;
    for (const std::string& e : f.extensions) {
      if (!out.empty()) out += " ";
      out += e;
    }
  }
  return out;
}

}  // namespace actorgraph
