// Measures Tokenize (and RepairUtf8) throughput on the "text" fields of a
// JSON Lines corpus:
//   tokenize_bench [../shared/corpus/reuters21578.jsonl] [repeats]
// The texts are loaded first, so the figure excludes I/O and JSON parsing.
// Throughput is per second of process CPU time, which stays meaningful on a
// machine shared with other jobs; the best of `repeats` passes is printed.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "extract/text/text.h"
#include "extract/text/utf8.h"

namespace {

// The "text" string of one JSON line, with the common escapes undone; a
// benchmark needs the right bytes, not a validating parser.
std::string TextField(const std::string& line) {
  static const std::string kField = "\"text\": \"";
  size_t p = line.find(kField);
  if (p == std::string::npos) return "";
  std::string out;
  for (p += kField.size(); p < line.size() && line[p] != '"'; ++p) {
    if (line[p] != '\\' || p + 1 >= line.size()) {
      out += line[p];
      continue;
    }
    char e = line[++p];
    if (e == 'n') {
      out += '\n';
    } else if (e == 't') {
      out += '\t';
    } else if (e == 'u' && p + 4 < line.size()) {
      unsigned c = std::stoul(line.substr(p + 1, 4), nullptr, 16);
      p += 4;
      if (c < 0x80) {
        out += static_cast<char>(c);
      } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
      }
    } else {
      out += e;
    }
  }
  return out;
}

template <typename F>
double BestMegabytesPerSecond(const std::vector<std::string>& texts,
                              size_t bytes, int repeats, F f) {
  double best = 0;
  for (int r = 0; r < repeats; ++r) {
    std::clock_t start = std::clock();
    for (const std::string& t : texts) f(t);
    double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    best = std::max(best, bytes / 1e6 / std::max(seconds, 1e-9));
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : "../shared/corpus/reuters21578.jsonl";
  int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": cannot open\n";
    return 1;
  }
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    texts.push_back(TextField(line));
    bytes += texts.back().size();
  }
  size_t tokens = 0;
  for (const std::string& t : texts) {
    tokens += actorgraph::Tokenize(t).tokens.size();
  }
  size_t sink = 0;
  double tokenize =
      BestMegabytesPerSecond(texts, bytes, repeats, [&](const std::string& t) {
        sink += actorgraph::Tokenize(t).tokens.size();
      });
  double repair =
      BestMegabytesPerSecond(texts, bytes, repeats, [&](const std::string& t) {
        sink += actorgraph::RepairUtf8(t).text.size();
      });
  std::printf("%zu texts, %.1f MB, %zu tokens (checksum %zu)\n", texts.size(),
              bytes / 1e6, tokens, sink);
  std::printf("Tokenize:   %.0f MB/s\nRepairUtf8: %.0f MB/s\n", tokenize,
              repair);
  return 0;
}
