// Escaping for XML 1.0 output (GraphML, GEXF, JUnit reports).
//
//   out << "<data key=\"label\">" << XmlText(label) << "</data>";
//   out << "<node label=\"" << XmlAttribute(label) << "\"/>";
//
// Both escape the markup characters and drop what XML 1.0 cannot carry at
// all (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF); invalid
// UTF-8 becomes U+FFFD, so the output always parses.  XmlAttribute also
// writes tab, LF and CR as character references, which a parser would
// otherwise normalize to spaces; XmlText writes CR as a reference, which a
// parser would otherwise turn into LF.
#ifndef ACTORGRAPH_EXTRACT_BASE_XML_ESCAPE_H_
#define ACTORGRAPH_EXTRACT_BASE_XML_ESCAPE_H_

#include <string>
#include <string_view>

namespace actorgraph {

std::string XmlText(std::string_view text);
std::string XmlAttribute(std::string_view text);

// The text with the characters XML 1.0 forbids removed (and invalid UTF-8
// replaced): what a reader gets back from XmlText or XmlAttribute.
std::string XmlCharacters(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_XML_ESCAPE_H_
