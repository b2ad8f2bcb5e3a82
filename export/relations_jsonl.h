// The relation lines `newsgraph extract` prints (the JSONL of cli.md), and
// the reader that builds a graph from them: extraction is a map, graph
// building a merge, so `build --from-relations` over shards gives the graph
// of one build. Each line also carries its ends' aliases and mention counts,
// which the graph keeps.
//
//   std::string line = relation_line(doc, analysis, relation, false);
//   read_relation_lines(text, "shard1.jsonl", graph, [](const InputProblem& p) { report(p); });
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "input.h"
#include "knowledge_graph.h"
#include "pipeline.h"

namespace newsgraph {

std::string relation_line(const Document& doc, const DocumentAnalysis& analysis, const Relation& relation, bool explain);

// Adds every relation line of `text` to `graph`, but those of a document
// `skip` is true of. A line that is not a relation is reported to
// `on_problem` (`file:line`) and adds nothing; the rest is read. A count that
// would pass kLargestCount throws InputError. The lines of one document may
// come in any order and from several files: the graph is the same.
void read_relation_lines(std::string_view text, const std::string& file, KnowledgeGraph& graph,
                         const ProblemSink& on_problem, const std::function<bool(const std::string& doc)>& skip = {});

}  // namespace newsgraph
