#include "extract/check/case_report.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <map>
#include <string>

#include "extract/base/json_fields.h"
#include "extract/base/xml_escape.h"

namespace actorgraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

std::string CaseJson(const CaseResult& r) {
  const Case& c = *r.test;
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  JsonString(w, "file", c.file);
  JsonInt(w, "line", c.line);
  JsonString(w, "id", c.id);
  JsonString(w, "text", c.text);
  JsonBool(w, "passed", r.passed());
  JsonObjects(w, "findings", r.findings, [&](const Finding& f) {
    JsonString(w, "kind", FindingKindName(f.kind));
    JsonInt(w, "line", f.line);
    JsonString(w, "detail", f.detail);
  });
  JsonObjects(w, "got", r.firings, [&](const Firing& f) {
    JsonString(w, "relation", FormatCaseRelation(f.relation));
    JsonString(w, "rule", f.rule);
    JsonBool(w, "expected", f.expected);
  });
  w.EndObject();
  return buffer.GetString();
}

}  // namespace

void WriteCaseJsonLines(const std::vector<CaseResult>& results,
                        std::ostream& out) {
  int passed = 0;
  for (const CaseResult& r : results) {
    out << CaseJson(r) << "\n";
    passed += r.passed() ? 1 : 0;
  }
  out << "{\"passed\":" << passed << ",\"failed\":" << results.size() - passed
      << "}\n";
}

void WriteCaseJUnit(const std::vector<CaseResult>& results, std::ostream& out) {
  std::map<std::string, std::vector<const CaseResult*>> by_file;
  for (const CaseResult& r : results) by_file[r.test->file].push_back(&r);
  int failures = 0;
  for (const CaseResult& r : results) failures += r.passed() ? 0 : 1;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"actorgraph check\" tests=\"" << results.size()
      << "\" failures=\"" << failures << "\">\n";
  for (const auto& [file, cases] : by_file) {
    int failed = 0;
    for (const CaseResult* r : cases) failed += r->passed() ? 0 : 1;
    out << "  <testsuite name=\"" << XmlAttribute(file) << "\" tests=\""
        << cases.size() << "\" failures=\"" << failed << "\">\n";
    for (const CaseResult* r : cases) {
      const Case& c = *r->test;
      out << "    <testcase classname=\"" << XmlAttribute(file) << "\" name=\""
          << XmlAttribute(c.id.empty() ? c.Where() : c.id) << "\"";
      if (r->passed()) {
        out << "/>\n";
        continue;
      }
      std::string detail = c.text;
      for (const Finding& f : r->findings) detail += "\n" + FormatFinding(c, f);
      out << ">\n      <failure message=\""
          << XmlAttribute(std::to_string(r->findings.size()) +
                          " finding(s) at " + c.Where())
          << "\">" << XmlText(detail) << "</failure>\n    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace actorgraph
