// Graphviz as a library (cgraph + gvc): node positions for the views that
// newsgraph draws itself, and DOT rendered to SVG without a `dot` process.
//
//   std::vector<Point> xy = layout_positions(graph, vertices, edges, "sfdp");
//   std::string svg = render_dot(dot_text, "sfdp", "svg");
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "knowledge_graph.h"

namespace newsgraph {

struct Point {
    double x = 0, y = 0;  // points, y upwards
};

// Positions of `vertices` (in that order) by the layout `engine` ("sfdp",
// "neato", "fdp", "dot", ...) over `edges`, parallel edges counted once.
// Deterministic: the same graph gets the same positions.
std::vector<Point> layout_positions(const KnowledgeGraph& graph, const std::vector<Vertex>& vertices,
                                    const std::vector<Edge>& edges, std::string_view engine);

// Lays out DOT text with `engine` and renders it in `format` ("svg", "png").
// Throws std::runtime_error when Graphviz rejects the text or the engine.
std::string render_dot(const std::string& dot, std::string_view engine, std::string_view format);

}  // namespace newsgraph
