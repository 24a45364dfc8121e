// How summary lines on stderr spell numbers: counts with the right plural
// and thousands separators, seconds and sizes rounded for a person.
//
//   Count(1, "document")        // "1 document"
//   Count(19043, "document")    // "19,043 documents"
//   Count(2, "was", "were")     // "2 were"
//   Seconds(0.0810634)          // "0.08 s"
//   Size(25)                    // "25 bytes";  Size(2500000) "2.5 MB"
#ifndef ACTORGRAPH_CLI_SUMMARY_TEXT_H_
#define ACTORGRAPH_CLI_SUMMARY_TEXT_H_

#include <cstdint>
#include <string>

namespace actorgraph {

std::string Count(int64_t n, const std::string& singular,
                  const std::string& plural = "");
std::string Seconds(double seconds);
std::string Size(int64_t bytes);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_SUMMARY_TEXT_H_
