#include "cli/query_options.h"

#include <cctype>
#include <set>
#include <vector>

#include "cli/export_options.h"

namespace actorgraph {

std::string DateOption(Args& args, const std::string& name) {
  std::string date = args.Value(name, "");
  if (!date.empty() && !IsDatePrefix(date)) {
    args.Fail(name + " wants YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'");
  }
  return date;
}

// --relation, --exclude-relations, --polarity, --modality, --min-weight,
// --since, --until; `any` allows "--polarity any".  Relation names are
// checked against the graph once it is read (CheckRelations).
EdgeFilter FilterOptions(Args& args, const std::string& default_polarity) {
  EdgeFilter filter;
  filter.relations = args.List("--relation", "--relations");
  filter.exclude_relations =
      args.List("--exclude-relations", "--exclude-relation");
  std::string polarity = args.Value("--polarity", default_polarity);
  args.CheckChoices({polarity}, {"positive", "negative", "any"}, "polarity");
  Polarity parsed;
  if (ParsePolarity(polarity, &parsed)) filter.polarity = parsed;
  std::vector<std::string> modalities = args.List("--modality");
  std::vector<std::string> valid = ModalityNames();
  args.CheckChoices(modalities, valid, "modality");
  for (const std::string& name : modalities) {
    Modality m;
    ParseModality(name, &m);
    filter.modalities.push_back(m);
  }
  filter.min_weight = args.Number("--min-weight", "", 0, 0, 1000000000);
  filter.since = DateOption(args, "--since");
  filter.until = DateOption(args, "--until");
  return filter;
}

// A relation the graph has no edge of is a typo more often than a question.
void CheckRelations(Args& args, GraphSource& source, const EdgeFilter& f) {
  std::vector<std::string> known = RelationNames(source.index());
  args.CheckChoices(f.relations, known, "relation");
  args.CheckChoices(f.exclude_relations, known, "relation");
}

// --type T: one of the graph's actor types.
std::string TypeOption(Args& args, GraphSource& source) {
  std::string type = args.Value("--type", "");
  if (type.empty()) return type;
  std::set<std::string> types;
  for (const ActorNode* a : source.graph().Actors()) types.insert(a->info.type);
  types.erase("");
  auto lower = [](std::string text) {
    for (char& c : text) c = std::tolower(static_cast<unsigned char>(c));
    return text;
  };
  for (const std::string& known : types) {
    if (lower(known) == lower(type)) return known;  // "person" is Person
  }
  args.CheckChoices({type}, {types.begin(), types.end()}, "type");
  return type;
}

// --limit N: at most N rows (0: all).
size_t LimitOption(Args& args) {
  return static_cast<size_t>(args.Number("--limit", "", 0, 0, 1000000000));
}

}  // namespace actorgraph
