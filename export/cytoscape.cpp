#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <map>

#include "palette.h"
#include "writers.h"

namespace newsgraph {

void write_cytoscape(const KnowledgeGraph& kg, std::ostream& os) {
    const Graph& g = kg.graph();
    rapidjson::OStreamWrapper stream(os);
    rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
    auto str = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
    w.StartObject();
    w.Key("data");
    w.StartObject();
    w.Key("name");
    w.String("newsgraph");
    w.EndObject();
    w.Key("directed");
    w.Bool(true);
    w.Key("multigraph");
    w.Bool(true);
    w.Key("elements");
    w.StartObject();
    w.Key("nodes");
    w.StartArray();
    std::map<Vertex, std::string> ids;
    for (Vertex v : kg.sorted_vertices()) {
        std::string id = std::to_string(ids.size());
        id.insert(id.begin(), 'n');  // not "n" + string: GCC 12 warns falsely at -O3 (bug 105329)
        ids[v] = id;
        const VertexProps& p = g[v];
        Rgb c = type_color(p.type);
        char color[8];
        std::snprintf(color, sizeof color, "#%02x%02x%02x", c.r, c.g, c.b);
        w.StartObject();
        w.Key("data");
        w.StartObject();
        w.Key("id"); str(id);
        w.Key("name"); str(p.name);
        w.Key("value"); str(id);  // networkx's cytoscape_graph keys nodes by "value"
        w.Key("type"); str(to_string(p.type));
        w.Key("color"); w.String(color);
        w.Key("mentions"); w.Int64(p.mentions);
        w.Key("documents"); w.Uint64(p.documents.size());
        w.EndObject();
        w.EndObject();
    }
    w.EndArray();
    w.Key("edges");
    w.StartArray();
    std::size_t edge_id = 0;
    std::map<std::pair<Vertex, Vertex>, int> keys;
    for (Edge e : kg.sorted_edges()) {
        const EdgeProps& p = g[e];
        w.StartObject();
        w.Key("data");
        w.StartObject();
        std::string id = std::to_string(edge_id++);
        id.insert(id.begin(), 'e');
        w.Key("id"); str(id);
        w.Key("source"); str(ids[boost::source(e, g)]);
        w.Key("target"); str(ids[boost::target(e, g)]);
        w.Key("key"); w.Int(keys[{boost::source(e, g), boost::target(e, g)}]++);
        w.Key("relation"); str(p.relation);
        w.Key("color"); str(relation_color(p.relation));
        w.Key("polarity"); w.String(p.negative ? "negative" : "positive");
        w.Key("weight"); w.Uint64(p.weight());
        w.Key("confidence"); w.Double(p.max_confidence);
        w.Key("documents"); w.Uint64(p.documents);
        w.Key("first_date"); str(p.first_date);
        w.Key("last_date"); str(p.last_date);
        w.EndObject();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    w.EndObject();
    os << '\n';
}

}  // namespace newsgraph
