// The writer factory: picks the writer for a format and writes atomically.
#include "export/writer.h"

#include <iostream>
#include <sstream>

#include "export/formats.h"
#include "extract/base/atomic_file.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

const GraphFormat& ChooseFormat(const std::string& path,
                                const std::string& format) {
  const std::string known = " (known: " + FormatNames(FormatUse::kWrite) + ")";
  if (!format.empty()) {
    const GraphFormat* named = FindGraphFormat(format);
    if (named == nullptr) {
      throw UserError(path + ": unknown output format '" + format + "'" +
                      known);
    }
    return *named;
  }
  const GraphFormat* by_extension = GraphFormatForPath(path);
  if (by_extension != nullptr) return *by_extension;
  std::string ext = PathExtension(path);
  if (ext.empty()) {
    throw UserError(path + ": no file extension to tell the output format by" +
                    known);
  }
  throw UserError(path + ": unknown output format '" + ext + "'" + known);
}

const GraphFormat& StreamFormat(const std::string& format) {
  const GraphFormat* f = FindGraphFormat(format);
  if (f == nullptr || f->is_directory()) {
    throw UserError("unknown stream format '" + format + "'");
  }
  return *f;
}

}  // namespace

std::string FormatForPath(const std::string& path) {
  const GraphFormat* f = GraphFormatForPath(path);
  return f == nullptr ? "" : f->name;
}

std::vector<std::string> KnownFormats() {
  std::vector<std::string> names;
  for (const GraphFormat& f : GraphFormats()) names.push_back(f.name);
  return names;
}

void WriteGraphStream(const ActorGraph& graph, const std::string& format,
                      const WriteOptions& options, std::ostream& out) {
  StreamFormat(format).write(graph, options, out);
}

std::string GraphText(const ActorGraph& graph, const std::string& format,
                      const WriteOptions& options) {
  std::ostringstream out;
  WriteGraphStream(graph, format, options, out);
  return out.str();
}

void WriteGraphFile(const ActorGraph& graph, const std::string& path,
                    const std::string& format, const WriteOptions& options) {
  if (path == "-" && format.empty()) {
    throw UserError("-: writing to stdout needs --format NAME (known: " +
                    FormatNames(FormatUse::kWrite) + ")");
  }
  const GraphFormat& chosen = ChooseFormat(path, format);
  if (chosen.is_directory()) {
    if (path == "-") {
      throw UserError(std::string("-: the ") + chosen.name +
                      " format is a directory and cannot go to stdout");
    }
    AtomicDirectory dir(path);
    chosen.write_directory(graph, dir.temp_path(), options);
    dir.Commit();
    return;
  }
  if (path == "-") {
    chosen.write(graph, options, std::cout);
    std::cout.flush();
    if (!std::cout) throw UserError("-: cannot write to stdout", kExitIo);
    return;
  }
  AtomicFile file(path);
  chosen.write(graph, options, file.stream());
  file.Commit();
}

}  // namespace actorgraph
