#include "extract/check/case_runner.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "extract/base/enum_names.h"
#include "extract/base/suggest.h"
#include "extract/base/user_error.h"
#include "extract/extractor.h"
#include "extract/model/actor_name.h"
#include "extract/roll_up.h"
#include "extract/rules/ontology.h"

namespace actorgraph {
namespace {

// A produced relation with its actors resolved.
struct Produced {
  const RelationMention* mention;
  const ActorInfo* source;
  const ActorInfo* target;
};

const ActorInfo* FindActor(const DocumentResult& result,
                           const std::string& id) {
  for (const ActorInfo& a : result.actors) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

// `names` is one name or alternatives "Xi Jinping|China".
bool HasName(const ActorInfo* actor, const std::string& names) {
  if (actor == nullptr) return false;
  size_t begin = 0;
  while (true) {
    size_t bar = names.find('|', begin);
    std::string name = names.substr(begin, bar - begin);
    if (ActorHasName(*actor, NormalizeActorName(name))) return true;
    if (bar == std::string::npos) return false;
    begin = bar + 1;
  }
}

std::string LabelOf(const ActorInfo* actor, const std::string& id) {
  return actor != nullptr && !actor->label.empty() ? actor->label : id;
}

bool IsHypothetical(const Produced& p) {
  return p.mention->evidence.modality == Modality::kHypothetical;
}

// Same relation between the same actors (either order when symmetric).
bool SamePair(const Produced& p, const CaseRelation& r, bool symmetric) {
  if (p.mention->relation != r.relation) return false;
  if (HasName(p.source, r.source) && HasName(p.target, r.target)) return true;
  return symmetric && HasName(p.source, r.target) &&
         HasName(p.target, r.source);
}

bool SameModality(const Produced& p, const CaseRelation& r) {
  Modality m = p.mention->evidence.modality;
  if (r.has_modality) return m == r.modality;
  return m != Modality::kHypothetical;
}

Firing ToFiring(const Produced& p) {
  Firing f;
  f.relation.source = LabelOf(p.source, p.mention->source);
  f.relation.target = LabelOf(p.target, p.mention->target);
  f.relation.relation = p.mention->relation;
  f.relation.polarity = p.mention->polarity;
  f.relation.modality = p.mention->evidence.modality;
  f.relation.has_modality = f.relation.modality != Modality::kAsserted;
  f.rule = p.mention->evidence.rule;
  return f;
}

// Compares one case's output with its expectations.
class Comparison {
 public:
  Comparison(const Case& test, std::vector<Produced> produced,
             std::vector<bool> symmetric_expects,
             std::vector<bool> symmetric_rejects)
      : test_(test),
        produced_(std::move(produced)),
        symmetric_expects_(std::move(symmetric_expects)),
        symmetric_rejects_(std::move(symmetric_rejects)),
        matched_(test.expects.size(), false),
        reported_(test.expects.size(), false) {}

  void Run(CaseResult* result) {
    for (const Produced& p : produced_) result->firings.push_back(ToFiring(p));
    for (size_t i = 0; i < produced_.size(); ++i) {
      result->firings[i].expected = MatchExactly(produced_[i]);
    }
    for (size_t i = 0; i < produced_.size(); ++i) {
      if (!result->firings[i].expected && !IsHypothetical(produced_[i])) {
        JudgeExtra(produced_[i], result->firings[i]);
      }
    }
    for (size_t e = 0; e < test_.expects.size(); ++e) {
      if (!matched_[e] && !reported_[e]) {
        Add(FindingKind::kMissing, test_.expects[e].line,
            FormatCaseRelation(test_.expects[e]));
      }
    }
    result->findings = std::move(findings_);
  }

 private:
  bool MatchExactly(const Produced& p) {
    bool any = false;
    for (size_t e = 0; e < test_.expects.size(); ++e) {
      const CaseRelation& r = test_.expects[e];
      if (SamePair(p, r, symmetric_expects_[e]) &&
          p.mention->polarity == r.polarity && SameModality(p, r)) {
        matched_[e] = any = true;
      }
    }
    return any;
  }

  // A produced relation that matched no expect: line exactly.
  void JudgeExtra(const Produced& p, const Firing& firing) {
    bool duplicate = false;  // another modality of a met expectation
    for (size_t e = 0; e < test_.expects.size(); ++e) {
      const CaseRelation& r = test_.expects[e];
      if (!SamePair(p, r, symmetric_expects_[e])) continue;
      bool polarity_differs = p.mention->polarity != r.polarity;
      if (!polarity_differs && matched_[e]) {
        duplicate = true;
        continue;
      }
      reported_[e] = true;
      Add(polarity_differs ? FindingKind::kWrongPolarity
                           : FindingKind::kWrongModality,
          r.line, FormatFiring(firing) + ", expected " + Options(r));
      return;
    }
    for (size_t j = 0; j < test_.rejects.size(); ++j) {
      const CaseRelation& r = test_.rejects[j];
      if (SamePair(p, r, symmetric_rejects_[j]) &&
          p.mention->polarity == r.polarity &&
          (!r.has_modality || SameModality(p, r))) {
        Add(FindingKind::kUnexpected, r.line, FormatFiring(firing));
        return;
      }
    }
    if (test_.expect_none()) {
      Add(FindingKind::kUnexpected, test_.expect_none_line,
          FormatFiring(firing));
    } else if (test_.others_none() && !duplicate) {
      Add(FindingKind::kUnexpected, test_.others_none_line,
          FormatFiring(firing));
    }
  }

  static std::string Options(const CaseRelation& r) {
    std::string out = "[";
    out += PolarityName(r.polarity);
    if (r.has_modality) out += std::string(", ") + ModalityName(r.modality);
    return out + "]";
  }

  void Add(FindingKind kind, int line, std::string detail) {
    findings_.push_back(Finding{kind, line, std::move(detail)});
  }

  const Case& test_;
  std::vector<Produced> produced_;
  std::vector<bool> symmetric_expects_, symmetric_rejects_;
  std::vector<bool> matched_, reported_;
  std::vector<Finding> findings_;
};

// Places that are no graph nodes count too: "actors: Lyon:Location".
const ActorInfo* FindActorNamed(const DocumentResult& result,
                                const std::string& name) {
  for (const std::vector<ActorInfo>* list : {&result.actors, &result.places}) {
    for (const ActorInfo& a : *list) {
      if (HasName(&a, name)) return &a;
    }
  }
  return nullptr;
}

void CheckActors(const Case& test, const DocumentResult& result,
                 std::vector<Finding>* findings) {
  for (const CaseActor& unwanted : test.absent) {
    const ActorInfo* a = FindActorNamed(result, unwanted.name);
    if (a && (unwanted.type.empty() || NormalizeActorName(unwanted.type) ==
                                           NormalizeActorName(a->type))) {
      findings->push_back({FindingKind::kUnexpectedActor, unwanted.line,
                           unwanted.name + " (" + a->type + ")"});
    }
  }
  for (const CaseActor& want : test.actors) {
    const ActorInfo* found = FindActorNamed(result, want.name);
    std::string shown = want.name + (want.type.empty() ? "" : ":" + want.type);
    if (found == nullptr) {
      findings->push_back({FindingKind::kMissingActor, want.line, shown});
    } else if (!want.type.empty() && NormalizeActorName(want.type) !=
                                         NormalizeActorName(found->type)) {
      findings->push_back(
          {FindingKind::kWrongType, want.line,
           want.name + ": " + found->type + ", expected " + want.type});
    }
  }
}

}  // namespace

const char* FindingKindName(FindingKind kind) {
  static constexpr EnumName<FindingKind> kNames[] = {
      {FindingKind::kMissing, "missing"},
      {FindingKind::kUnexpected, "unexpected"},
      {FindingKind::kWrongPolarity, "wrong polarity"},
      {FindingKind::kWrongModality, "wrong modality"},
      {FindingKind::kMissingActor, "missing actor"},
      {FindingKind::kWrongType, "wrong type"},
      {FindingKind::kUnexpectedActor, "unexpected actor"}};
  return NameOf(kNames, kind);
}

CaseRunner::CaseRunner(const Ontology& ontology, const Extractor& extractor)
    : ontology_(ontology), extractor_(extractor) {
  for (const std::string& id : ontology_.RuleIds()) rule_stats_[id];
}

bool CaseRunner::Symmetric(const std::string& relation) const {
  const RelationDef* def = ontology_.FindRelation(relation);
  return def != nullptr && def->symmetric;
}

void CaseRunner::Validate(const CaseFile& file) const {
  std::vector<std::string> known;
  for (const RelationDef& d : ontology_.relations()) known.push_back(d.name);
  std::string errors;
  for (const Case& c : file.cases) {
    for (const auto* list : {&c.expects, &c.rejects}) {
      for (const CaseRelation& r : *list) {
        if (ontology_.FindRelation(r.relation) != nullptr) continue;
        errors += (errors.empty() ? "" : "\n") +
                  Located(file.path, r.line, r.column,
                          "unknown relation '" + r.relation + "'" +
                              DidYouMean(r.relation, known));
      }
    }
  }
  if (!errors.empty()) throw UserError(errors, kExitUsage);
}

CaseResult CaseRunner::Run(const Case& test, bool want_trace) {
  Document doc;
  doc.id = test.Where();
  doc.text = test.text;
  Trace trace;
  DocumentResult out = extractor_.Extract(doc, want_trace ? &trace : nullptr);
  RollUpSectors(ontology_, &out);  // cases check the graph as build writes it

  std::vector<Produced> produced;
  for (const RelationMention& m : out.relations) {
    produced.push_back(
        {&m, FindActor(out, m.source), FindActor(out, m.target)});
  }
  std::vector<bool> symmetric_expects, symmetric_rejects;
  for (const CaseRelation& r : test.expects) {
    symmetric_expects.push_back(Symmetric(r.relation));
  }
  for (const CaseRelation& r : test.rejects) {
    symmetric_rejects.push_back(Symmetric(r.relation));
  }
  CaseResult result;
  result.test = &test;
  Comparison(test, std::move(produced), std::move(symmetric_expects),
             std::move(symmetric_rejects))
      .Run(&result);
  CheckActors(test, out, &result.findings);
  std::stable_sort(
      result.findings.begin(), result.findings.end(),
      [](const Finding& a, const Finding& b) { return a.line < b.line; });
  result.trace = std::move(trace.lines);
  CountFirings(result);
  return result;
}

void CaseRunner::CountFirings(const CaseResult& result) {
  std::set<std::string> fired;
  for (const Firing& f : result.firings) {
    if (f.relation.modality == Modality::kHypothetical && !f.expected) continue;
    RuleStats& stats = rule_stats_[f.rule];
    (f.expected ? stats.expected : stats.unexpected)++;
    if (fired.insert(f.rule).second) stats.cases++;
  }
}

std::string FormatFinding(const Case& test, const Finding& finding) {
  std::string kind = FindingKindName(finding.kind);
  kind.resize(std::max<size_t>(kind.size(), 14), ' ');
  return test.Where(finding.line) + ": " + kind + " " + finding.detail;
}

std::string FormatFiring(const Firing& firing) {
  // Polarity always spelled out, so "wrong polarity" lines show both sides.
  const CaseRelation& r = firing.relation;
  std::string out = r.source + " -" + r.relation + "-> " + r.target + " [" +
                    PolarityName(r.polarity);
  if (r.modality != Modality::kAsserted) {
    out += std::string(", ") + ModalityName(r.modality);
  }
  return out + "] (" + firing.rule + ")";
}

}  // namespace actorgraph
