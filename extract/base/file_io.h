// Reading whole files and line-oriented configuration files.  Every reader
// of a user's file goes through these, so that a missing or unreadable file
// is reported the same way everywhere: "PATH: cannot read: REASON" as a
// UserError with exit code kExitIo.
//
//   std::string text = ReadFile("ontology/lexicon.txt");
//   for (const ConfigLine& line : ConfigLines(text)) {
//     ... line.number, line.text (comments and blank lines already gone)
//   }
#ifndef ACTORGRAPH_EXTRACT_BASE_FILE_IO_H_
#define ACTORGRAPH_EXTRACT_BASE_FILE_IO_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// The file's bytes, unchanged.
std::string ReadFile(const std::string& path);

// One line of a configuration file: its 1-based number and its text without
// the line break (a trailing '\r' is dropped too).
struct ConfigLine {
  int number;
  std::string_view text;
};

// The lines of `contents` that are neither blank (only spaces, tabs) nor
// comments (first non-blank character '#').  The views point into
// `contents`, which must outlive them.
std::vector<ConfigLine> ConfigLines(std::string_view contents);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_FILE_IO_H_
