// The graph formats: one table of every format actorgraph writes or reads,
// with its name, extensions, writer, reader and whether it is a directory.
// Writing (export/writer.h), reading (export/graph_reader.h) and every
// usage text that lists formats come from this table, so a new format is
// one row in formats.cc and its writer in a file export/NAME_writer.cc
// (which CMake picks up by its name).
//
//   const GraphFormat* f = GraphFormatForPath("out/g.gexf");  // by extension
//   const GraphFormat* n = FindGraphFormat("neo4j");          // by name
//   FormatNames(FormatUse::kRead)  // "graphml, jsonld"
//   FormatExtensions(FormatUse::kWrite)  // ".graphml .gexf .jsonld ..."
#ifndef ACTORGRAPH_EXPORT_FORMATS_H_
#define ACTORGRAPH_EXPORT_FORMATS_H_

#include <ostream>
#include <string>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

struct WriteOptions;

using StreamWriter = void (*)(const ActorGraph&, const WriteOptions&,
                              std::ostream&);
// Writes into an existing empty directory.
using DirectoryWriter = void (*)(const ActorGraph&, const std::string& dir,
                                 const WriteOptions&);
// Parses a whole file's text; `name` is for messages.
using GraphParser = ActorGraph (*)(const std::string& text,
                                   const std::string& name);

struct GraphFormat {
  const char* name;                           // --format NAME
  std::vector<std::string> extensions;        // lower case, with the dot
  StreamWriter write = nullptr;               // a file format
  DirectoryWriter write_directory = nullptr;  // a directory format
  GraphParser read = nullptr;  // nullptr: actorgraph cannot read it back
  bool is_directory() const { return write_directory != nullptr; }
};

enum class FormatUse { kWrite, kRead };

// Every format, in the order usage texts list them.
const std::vector<GraphFormat>& GraphFormats();
// nullptr when unknown.
const GraphFormat* FindGraphFormat(const std::string& name);
const GraphFormat* GraphFormatForPath(const std::string& path);
// The lower-case extension of the file name in `path` (".gexf"), or "".
std::string PathExtension(const std::string& path);

// "graphml, gexf, ..." and ".graphml .gexf ..." of the formats that can be
// written (all) or read back.
std::string FormatNames(FormatUse use);
std::string FormatExtensions(FormatUse use);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_FORMATS_H_
