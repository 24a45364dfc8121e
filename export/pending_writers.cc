// Temporary stand-ins for writers and readers that other modules are still
// writing, so that the library links meanwhile.  They are weak: the real
// definition wins as soon as it exists.  Delete each entry when its module
// lands; delete the file when it is empty.
#include "export/graph_reader.h"
#include "export/writer.h"
#include "extract/user_error.h"

namespace actorgraph {

[[gnu::weak]] void WriteJsonLd(const ActorGraph&, const WriteOptions&,
                               std::ostream&) {
  throw UserError("format not available yet");
}

[[gnu::weak]] void WriteNeo4jDirectory(const ActorGraph&, const std::string&,
                                       const WriteOptions&) {
  throw UserError("format not available yet");
}

[[gnu::weak]] ActorGraph ReadJsonLd(const std::string&) {
  throw UserError("format not available yet");
}

}  // namespace actorgraph
