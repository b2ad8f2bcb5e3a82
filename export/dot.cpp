#include <map>
#include <sstream>

#include "graphviz.h"
#include "palette.h"
#include "text_escape.h"
#include "writers.h"

namespace newsgraph {

namespace {

std::string quoted(std::string_view s) {
    std::string out = "\"";
    out += escape_dot(s);
    out += '"';
    return out;
}

std::string cut(std::string_view s, std::size_t max) {
    if (s.size() <= max) return std::string(s);
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // whole UTF-8 characters
    return std::string(s.substr(0, end)) + "...";
}

}  // namespace

void write_dot(const KnowledgeGraph& kg, std::ostream& out, const DotOptions& options) {
    const Graph& g = kg.graph();
    out << "digraph \"newsgraph\" {\n";
    if (options.layout.empty() || options.layout == "dot")
        out << "  graph [rankdir=\"LR\", fontname=\"Helvetica\", overlap=\"false\"];\n";
    else  // force-directed engines for large graphs: no overlaps, edges drawn under nodes
        out << "  graph [layout=" << quoted(options.layout)
            << ", overlap=\"prism\", outputorder=\"edgesfirst\", fontname=\"Helvetica\"];\n";
    out << 
           "  node [style=\"filled\", fontname=\"Helvetica\", fontcolor=\"#ffffff\"];\n"
           "  edge [fontname=\"Helvetica\", fontsize=\"10\"];\n";
    std::map<Vertex, std::size_t> ids;
    for (Vertex v : kg.sorted_vertices()) {
        std::size_t id = ids.size();
        ids[v] = id;
        const VertexProps& p = g[v];
        out << "  \"n" << id << "\" [label=" << quoted(p.name) << ", shape=" << quoted(type_shape(p.type))
            << ", fillcolor=" << quoted(hex(type_color(p.type)))
            << ", tooltip=" << quoted(std::string(to_string(p.type)) + ": " + p.name) << "];\n";
    }
    const std::vector<Edge> edges = kg.sorted_edges();
    // Labels on thousands of edges hide the graph: above the limit they stay in the tooltips.
    const bool labels = edges.size() <= options.max_labeled_edges;
    for (Edge e : edges) {
        const EdgeProps& p = g[e];
        std::string label = p.relation + (p.negative ? " (not)" : "") +
                            (p.weight() > 1 ? " x" + std::to_string(p.weight()) : "");
        std::string tooltip = label;
        for (const Evidence& ev : p.evidence) {
            tooltip += "\n";
            tooltip += ev.doc + ": " + ev.text;
        }
        out << "  \"n" << ids[boost::source(e, g)] << "\" -> \"n" << ids[boost::target(e, g)]
            << "\" [label=" << quoted(labels ? cut(label, options.max_label) : "")
            << ", color=" << quoted(relation_color(p.relation)) << ", fontcolor=" << quoted(relation_color(p.relation))
            << ", penwidth=" << quoted(std::to_string(1 + std::min<std::size_t>(p.weight(), 5)))
            << (p.negative ? ", style=\"dashed\"" : "") << ", tooltip=" << quoted(tooltip) << "];\n";
    }
    if (options.legend) {
        out << "  subgraph \"cluster_legend\" {\n    label=\"legend\";\n    fontname=\"Helvetica\";\n";
        for (auto t : {EntityType::Country, EntityType::Organization, EntityType::Person, EntityType::Group,
                       EntityType::Malware, EntityType::Location, EntityType::Unknown}) {
            out << "    \"legend_" << to_string(t) << "\" [label=" << quoted(to_string(t))
                << ", shape=" << quoted(type_shape(t)) << ", fillcolor=" << quoted(hex(type_color(t))) << "];\n";
        }
        int i = 0;
        for (std::string_view r : {"accuses", "denies", "attacked", "spokesperson-of"}) {
            out << "    \"legend_r" << i << "a\" [label=\"\", shape=\"point\"];\n";
            out << "    \"legend_r" << i << "b\" [label=\"\", shape=\"point\"];\n";
            out << "    \"legend_r" << i << "a\" -> \"legend_r" << i << "b\" [label=" << quoted(r)
                << ", color=" << quoted(relation_color(r)) << "];\n";
            ++i;
        }
        out << "  }\n";
    }
    out << "}\n";
}

void write_svg(const KnowledgeGraph& kg, std::ostream& out, const DotOptions& options) {
    std::ostringstream dot;
    write_dot(kg, dot, options);
    out << render_dot(dot.str(), options.layout.empty() ? "dot" : options.layout, "svg");
}

}  // namespace newsgraph
