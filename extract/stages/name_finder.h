// Name finder: people, organizations, companies and places that the
// gazetteer does not know, typed from evidence in ontology/names/.
//
//   company suffix      "Acme Corp", "Daimler-Benz AG", "G.D. Searle and Co"
//   organization head   "the Labour Party", "Tokyo Stock Exchange",
//                       "Bank of England"
//   honorific or title  "Mr. Baker", "spokesman Tom Hardy"
//   given name          "Jane Doe", "William J. Bennett"
//   place list          "Dnipro" (a place of Ukraine), "Racine"
//   name with a country "American Express", "Gulf Canada" (companies, not
//                       mentions of the United States or Canada)
//   capitalized words   "Hu Yaobang": two or more words none of which is an
//                       English word, a person
//
// A name typed once keeps its type in the document; its short forms
// ("Doe", "Toshiba" after "Toshiba Corp", "IMF" after "International
// Monetary Fund" or "(IMF)") are the same actor.  A capitalized English
// word that starts a sentence, and text in capitals, name nobody unless
// the document names them elsewhere.  Runs after FindGazetteerMentions and
// before FindPersonCues, which adds titles and affiliations.
#ifndef ACTORGRAPH_EXTRACT_STAGES_NAME_FINDER_H_
#define ACTORGRAPH_EXTRACT_STAGES_NAME_FINDER_H_

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

void FindNames(DocAnalysis* doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_NAME_FINDER_H_
