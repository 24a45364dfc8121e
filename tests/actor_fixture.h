// Builds the ActorInfo values that test fixtures put into graphs.
//
//   graph.AddActor(MakeActor("country:RUS", "Russia", "Country", {"RF"}));
#ifndef ACTORGRAPH_TESTS_ACTOR_FIXTURE_H_
#define ACTORGRAPH_TESTS_ACTOR_FIXTURE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/model/evidence.h"

namespace actorgraph {
namespace testing {

inline ActorInfo MakeActor(const std::string& id, const std::string& label,
                           const std::string& type,
                           std::vector<std::string> aliases = {},
                           int64_t mentions = 1) {
  ActorInfo a;
  a.id = id;
  a.label = label;
  a.type = type;
  a.aliases = std::move(aliases);
  a.mentions = mentions;
  return a;
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_ACTOR_FIXTURE_H_
