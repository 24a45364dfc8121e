#include "extract/stages/match_trace.h"

#include <filesystem>

namespace actorgraph {
namespace {

std::string Where(const PatternRule& rule, int column) {
  return std::filesystem::path(rule.file).filename().string() + ":" +
         std::to_string(rule.line) + ":" + std::to_string(column);
}

std::string Head(const DocAnalysis& d, const PatternRule& rule,
                 uint32_t anchor) {
  return "near miss " + rule.id + " at '" +
         std::string(d.Surface(anchor, anchor + 1)) + "': ";
}

}  // namespace

std::string TokensLine(const DocAnalysis& d, size_t sentence) {
  const Sentence& s = d.text.sentences[sentence];
  std::string line = "sentence " + std::to_string(sentence) + ":";
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    line += " ";
    line += d.Surface(t, t + 1);
    std::string classes;
    for (int c : d.lexicon.ClassesOf(d.word[t])) {
      classes += (classes.empty() ? "@" : ",@") + d.lexicon.ClassName(c);
    }
    if (!classes.empty()) line += "[" + classes + "]";
  }
  return line;
}

std::string NearMissLine(const DocAnalysis& d, const PatternRule& rule,
                         uint32_t anchor, const MatchMiss& miss) {
  if (miss.passive) {
    return Head(d, rule, anchor) +
           "the verb is passive here, and the pattern is active (" +
           Where(rule, rule.elements[rule.anchor].column) + ")";
  }
  if (miss.element < 0) return Head(d, rule, anchor) + "no match";
  const PatternElement& e = rule.elements[miss.element];
  return Head(d, rule, anchor) + "element " + std::to_string(miss.element + 1) +
         " '" + e.text + "' did not match (" + Where(rule, e.column) + ")";
}

std::string AbsentWordLine(const DocAnalysis& d, const PatternRule& rule,
                           uint32_t anchor) {
  return Head(d, rule, anchor) +
         "not tried, the sentence lacks a word it requires (" +
         Where(rule, rule.elements[rule.anchor].column) + ")";
}

}  // namespace actorgraph
