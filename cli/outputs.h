// The graph files a command writes, chosen by each path's extension (the
// table in ../README.md and the `build` help).
//
//   check_outputs(paths);                    // before any work: unknown extensions fail early
//   write_outputs(graph, paths, options);    // each file atomically
#pragma once

#include <string>
#include <vector>

#include "knowledge_graph.h"
#include "writers.h"

namespace newsgraph {

struct OutputOptions {
    DotOptions dot;    // .dot and .svg
    HtmlOptions html;  // .html
};

// Throws InputError naming the path of an unknown extension.
void check_outputs(const std::vector<std::string>& paths);

void write_outputs(const KnowledgeGraph& graph, const std::vector<std::string>& paths, const OutputOptions& options);

}  // namespace newsgraph
