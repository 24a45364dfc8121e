// WriteHtml: the self-contained interactive view.  The page itself is
// export/view_template.html, embedded at build time (cmake/embed_file.cmake);
// this file only lays the graph out and puts its data into the page.
#include <cstddef>
#include <stdexcept>
#include <string_view>

#include "export/view_data_json.h"
#include "export/writer.h"
#include "graph/layout.h"

namespace actorgraph {

// Generated from export/view_template.html.
extern const char kViewTemplate[];
extern const size_t kViewTemplateSize;

namespace {

// Where the data goes: the body of <script type="application/json">.
constexpr std::string_view kDataMarker = "{{ACTORGRAPH_DATA}}";

}  // namespace

void WriteHtml(const ActorGraph& graph, const WriteOptions&,
               std::ostream& out) {
  const std::string_view page(kViewTemplate, kViewTemplateSize);
  const size_t at = page.find(kDataMarker);
  if (at == std::string_view::npos) {
    throw std::logic_error("view_template.html has no data marker");
  }
  out << page.substr(0, at)
      << ViewDataJson(graph, LayoutActors(graph, LayoutOptions()))
      << page.substr(at + kDataMarker.size());
}

}  // namespace actorgraph
