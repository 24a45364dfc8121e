#include "extract/model/evidence.h"

namespace actorgraph {

const char* PolarityName(Polarity p) {
  return p == Polarity::kNegative ? "negative" : "positive";
}

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kFuture:
      return "future";
    case Modality::kHypothetical:
      return "hypothetical";
    case Modality::kAsserted:
      break;
  }
  return "asserted";
}

bool ParsePolarity(const std::string& name, Polarity* out) {
  if (name == "positive") {
    *out = Polarity::kPositive;
  } else if (name == "negative") {
    *out = Polarity::kNegative;
  } else {
    return false;
  }
  return true;
}

bool ParseModality(const std::string& name, Modality* out) {
  if (name == "asserted") {
    *out = Modality::kAsserted;
  } else if (name == "future") {
    *out = Modality::kFuture;
  } else if (name == "hypothetical") {
    *out = Modality::kHypothetical;
  } else {
    return false;
  }
  return true;
}

std::string CameoRoot(const std::string& code) { return code.substr(0, 2); }

}  // namespace actorgraph
