// The CAMEO table: every event code of ontology/cameo.tsv with its name,
// Goldstein value, root and quad class (format in ontology/README.md).
//
//   CameoTable cameo;
//   cameo.Load("ontology/cameo.tsv");           // UserError on a bad row
//   if (const CameoCode* c = cameo.Find("0231")) Use(c->goldstein, c->quad);
#ifndef ACTORGRAPH_EXTRACT_RULES_CAMEO_TABLE_H_
#define ACTORGRAPH_EXTRACT_RULES_CAMEO_TABLE_H_

#include <map>
#include <string>

namespace actorgraph {

struct CameoCode {
  std::string code;  // "0231": a string, leading zeros kept
  std::string name;
  double goldstein = 0;
  std::string root;    // "02"
  int quad_class = 0;  // 0 neutral .. 4 material conflict
};

class CameoTable {
 public:
  void Load(const std::string& path);
  const CameoCode* Find(const std::string& code) const;
  size_t size() const { return codes_.size(); }

 private:
  // The ontology cache stores every member (extract/rules/ontology_codec.h).
  template <typename T>
  friend struct Fields;

  std::map<std::string, CameoCode> codes_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_CAMEO_TABLE_H_
