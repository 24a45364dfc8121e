// Graphviz DOT output: a digraph with every id quoted, nodes labelled with
// the actor's name, edges with the relation; negative relations dashed,
// future and hypothetical ones dotted,
// symmetric ones drawn without arrow heads.
#include <string>

#include "export/writer.h"

namespace actorgraph {
namespace {

// A DOT double-quoted string: only '"' and '\' need a backslash; line
// breaks become "\n" so that one statement stays on one line.
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      continue;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

void WriteDot(const ActorGraph& graph, const WriteOptions&, std::ostream& out) {
  out << "digraph actorgraph {\n"
         "  node [shape=box, style=rounded];\n";
  for (const ActorNode* node : graph.Actors()) {
    const ActorInfo& a = node->info;
    out << "  " << Quoted(a.id) << " [label=" << Quoted(a.label);
    if (!a.type.empty()) out << ", type=" << Quoted(a.type);
    out << "];\n";
  }
  for (const RelationEdge* e : graph.Edges()) {
    out << "  " << Quoted(e->source) << " -> " << Quoted(e->target)
        << " [label=" << Quoted(e->relation) << ", weight=" << e->weight;
    if (e->modality != Modality::kAsserted) {
      out << ", modality=" << Quoted(ModalityName(e->modality));
    }
    if (e->polarity == Polarity::kNegative) {
      out << ", style=dashed";
    } else if (e->modality != Modality::kAsserted) {
      out << ", style=dotted";
    }
    if (e->symmetric) out << ", dir=none";
    out << "];\n";
  }
  out << "}\n";
}

}  // namespace actorgraph
