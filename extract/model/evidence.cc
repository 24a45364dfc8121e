#include "extract/model/evidence.h"

#include "extract/base/enum_names.h"

namespace actorgraph {

namespace {

constexpr EnumName<Polarity> kPolarityNames[] = {
    {Polarity::kPositive, "positive"}, {Polarity::kNegative, "negative"}};
constexpr EnumName<Modality> kModalityNames[] = {
    {Modality::kAsserted, "asserted"},
    {Modality::kFuture, "future"},
    {Modality::kHypothetical, "hypothetical"}};

}  // namespace

const char* PolarityName(Polarity p) { return NameOf(kPolarityNames, p); }

const char* ModalityName(Modality m) { return NameOf(kModalityNames, m); }

bool ParsePolarity(const std::string& name, Polarity* out) {
  return ParseName(kPolarityNames, name, out);
}

bool ParseModality(const std::string& name, Modality* out) {
  return ParseName(kModalityNames, name, out);
}

std::vector<std::string> ModalityNames() {
  std::vector<std::string> names;
  for (const EnumName<Modality>& m : kModalityNames) names.push_back(m.name);
  return names;
}

std::string CameoRoot(const std::string& code) { return code.substr(0, 2); }

}  // namespace actorgraph
