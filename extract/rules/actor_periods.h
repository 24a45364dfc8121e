// Actor periods: when states and organizations existed and who came before
// and after them (ontology/periods.tsv), and the date-aware choice of actor
// that follows from it.  "Moscow" in a 1987 article names the Soviet Union,
// "Burma" in 2020 names Myanmar, a role coded RUSGOV in 1987 is a Soviet
// role: the date decides, not the name or the code's letters.
//
//   LoadPeriods("ontology/periods.tsv", &table);   // throws UserError
//   int e = ResolveAt(table, entry, DateNumber("1987-03-02"));
//
// periods.tsv is tab-separated with the header `id from to predecessor
// successor`; dates are YYYY-MM-DD and either may be empty (open).
#ifndef ACTORGRAPH_EXTRACT_RULES_ACTOR_PERIODS_H_
#define ACTORGRAPH_EXTRACT_RULES_ACTOR_PERIODS_H_

#include <string>
#include <string_view>

#include "extract/rules/actor_table.h"

namespace actorgraph {

void LoadPeriods(const std::string& path, ActorTable* table);

// "1987-03-02" (or "1987-03", "1987") -> 19870302; 0 when empty or invalid.
int DateNumber(std::string_view iso);

// The actor that `entry` stands for on `date` (YYYYMMDD): its predecessor
// before it existed, its successor after it ended; with date 0 (undated)
// the entry itself: the name says which state the text speaks of.  Returns
// `entry` itself when it existed then, -1 when it did not and nothing stood in
// its place ("ICC" in 1987).
int ResolveAt(const ActorTable& table, int entry, int date);

// The country a CAMEO actor code names on `date` ("RUSGOV" in 1987 -> the
// Soviet Union), -1 when its first three letters are no country's code.
int CountryOfCode(const ActorTable& table, const std::string& code, int date);

// Sets a dictionary person's code and affiliation for `date` from the
// entry's dated roles: RUSGOV in 1987 becomes SUNGOV, affiliated with the
// Soviet Union.  Leaves `info` alone when no role covers the date.
void ApplyDatedRole(const ActorTable& table, const ActorEntry& entry, int date,
                    ActorInfo* info);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_ACTOR_PERIODS_H_
