#include "graphviz.h"

#include <graphviz/gvc.h>

#include <map>
#include <mutex>
#include <stdexcept>

namespace newsgraph {

namespace {

// Graphviz keeps global state: one context for the whole process, used by
// one caller at a time. It is never freed: Graphviz 2.42's text-layout plugin
// keeps font caches that a freed context leaves dangling (a use after free
// in the next context, found by AddressSanitizer).
std::mutex g_graphviz_mutex;

GVC_t* context() {
    static GVC_t* gvc = gvContext();
    return gvc;
}

struct GraphHandle {
    Agraph_t* g;
    ~GraphHandle() {
        if (g) agclose(g);
    }
};

void set(void* object, const char* name, const char* value) {
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value), const_cast<char*>(""));
}

void lay_out(GVC_t* gvc, Agraph_t* g, std::string_view engine) {
    if (gvLayout(gvc, g, std::string(engine).c_str()) != 0)
        throw std::runtime_error("Graphviz: no layout engine '" + std::string(engine) + "'");
}

}  // namespace

std::vector<Point> layout_positions(const KnowledgeGraph& kg, const std::vector<Vertex>& vertices,
                                    const std::vector<Edge>& edges, std::string_view engine) {
    std::lock_guard lock(g_graphviz_mutex);
    GraphHandle graph{agopen(const_cast<char*>("layout"), Agundirected, nullptr)};
    set(graph.g, "overlap", "prism");
    set(graph.g, "splines", "false");
    std::map<Vertex, Agnode_t*> nodes;
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        // Built piecewise: GCC 12 warns falsely (-Wrestrict, bug 105329) on "n" + string.
        std::string id = "n";
        id += std::to_string(i);
        Agnode_t* n = agnode(graph.g, id.data(), 1);
        // A box as wide as the label, so that removing overlaps keeps labels apart too.
        std::string width = std::to_string(0.3 + 0.09 * static_cast<double>(kg.graph()[vertices[i]].name.size()));
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", width.c_str());
        set(n, "height", "0.4");
        nodes[vertices[i]] = n;
    }
    const Graph& g = kg.graph();
    for (Edge e : edges) {
        auto s = nodes.find(boost::source(e, g)), t = nodes.find(boost::target(e, g));
        if (s == nodes.end() || t == nodes.end() || s->second == t->second) continue;
        if (!agedge(graph.g, s->second, t->second, nullptr, 0)) agedge(graph.g, s->second, t->second, nullptr, 1);
    }
    lay_out(context(), graph.g, engine);
    std::vector<Point> out;
    out.reserve(vertices.size());
    for (Vertex v : vertices) {
        Agnode_t* n = nodes[v];
        out.push_back(Point{ND_coord(n).x, ND_coord(n).y});
    }
    gvFreeLayout(context(), graph.g);
    return out;
}

std::string render_dot(const std::string& dot, std::string_view engine, std::string_view format) {
    std::lock_guard lock(g_graphviz_mutex);
    GraphHandle graph{agmemread(dot.c_str())};
    if (!graph.g) throw std::runtime_error("Graphviz could not read the DOT text");
    lay_out(context(), graph.g, engine);
    char* data = nullptr;
    unsigned int length = 0;
    int status = gvRenderData(context(), graph.g, std::string(format).c_str(), &data, &length);
    std::string out = status == 0 && data ? std::string(data, length) : std::string();
    if (data) gvFreeRenderData(data);
    gvFreeLayout(context(), graph.g);
    if (status != 0) throw std::runtime_error("Graphviz: cannot render '" + std::string(format) + "'");
    return out;
}

}  // namespace newsgraph
