// XmlReader: a small pull parser for the XML files we write ourselves
// (GraphML, GEXF), so that reading them back needs no XML library.
//
//   XmlReader xml(text, "graph.graphml");
//   while (xml.Next() != XmlReader::kEnd) {
//     if (xml.event() == XmlReader::kStartElement && xml.name() == "node")
//       ... xml.Attribute("id") ...
//   }
//
// It checks well-formedness (matching tags, quoted attributes, known
// entities) and reports errors as UserError "file:line:col: reason".
// It supports elements, attributes, text, CDATA, comments, processing
// instructions and the five predefined and numeric character references;
// a DOCTYPE with an internal subset is rejected.  Namespace prefixes are
// kept as written in name() ("viz:color").
#ifndef ACTORGRAPH_EXPORT_XML_READER_H_
#define ACTORGRAPH_EXPORT_XML_READER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph {

class XmlReader {
 public:
  enum Event { kStartElement, kEndElement, kText, kEnd };

  XmlReader(std::string text, std::string file);

  // Moves to the next event.  A self-closing element gives kStartElement
  // then kEndElement.  Whitespace-only text is reported too.
  Event Next();
  Event event() const { return event_; }

  // The element's name (kStartElement, kEndElement).
  const std::string& name() const { return name_; }
  // The attribute's decoded value, or nullptr (kStartElement).
  const std::string* Attribute(std::string_view name) const;
  // The decoded text (kText).
  const std::string& text() const { return text_; }

  // At kStartElement: reads up to the matching end tag and returns the
  // element's text; child elements are an error.
  std::string ReadText();
  // At kStartElement: skips the element and everything inside it.
  void Skip();

  // Where the current event starts (1-based).
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& file() const { return file_; }
  // Throws UserError located at the current event.
  [[noreturn]] void Fail(const std::string& reason) const;

 private:
  [[noreturn]] void FailHere(const std::string& reason) const;
  bool AtEnd() const { return pos_ >= text_in_.size(); }
  bool LookingAt(std::string_view s) const;
  void Advance(size_t n);
  void SkipPast(std::string_view terminator, const char* what);
  void SkipSpace();
  std::string ReadName();
  std::string Decode(std::string_view raw, bool attribute);
  void ParseStartTag();
  void ParseEndTag();
  void ParseText();

  std::string text_in_;
  std::string file_;
  size_t pos_ = 0;
  int cur_line_ = 1, cur_column_ = 1;  // at pos_
  int line_ = 1, column_ = 1;          // at the current event
  Event event_ = kText;
  bool pending_end_ = false;  // a self-closing tag's end event
  bool seen_root_ = false;
  std::string name_;
  std::string text_;
  std::vector<std::pair<std::string, std::string>> attributes_;
  std::vector<std::string> open_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_XML_READER_H_
