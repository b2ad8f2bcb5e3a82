#include <fmt/format.h>

#include <map>
#include <set>

#include "palette.h"
#include "text_escape.h"
#include "writers.h"

namespace newsgraph {

namespace {

void data(std::ostream& out, std::string_view key, std::string_view value) {
    out << "      <data key=\"" << key << "\">" << escape_xml(value) << "</data>\n";
}

}  // namespace

void write_graphml(const KnowledgeGraph& kg, std::ostream& out) {
    const Graph& g = kg.graph();
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    struct Key {
        const char* id;
        const char* domain;
        const char* name;
        const char* type;
    };
    static const Key keys[] = {
        {"label", "node", "label", "string"},        {"type", "node", "type", "string"},
        {"aliases", "node", "aliases", "string"},    {"mentions", "node", "mentions", "long"},
        {"documents", "node", "documents", "int"},   {"document_ids", "node", "document_ids", "string"},
        {"r", "node", "r", "int"},
        {"g", "node", "g", "int"},                   {"b", "node", "b", "int"},
        {"relation", "edge", "relation", "string"},  {"polarity", "edge", "polarity", "string"},
        {"weight", "edge", "weight", "double"},      {"confidence", "edge", "confidence", "double"},
        {"mean_confidence", "edge", "mean_confidence", "double"},
        {"edge_documents", "edge", "documents", "int"}, {"first_date", "edge", "first_date", "string"},
        {"last_date", "edge", "last_date", "string"}, {"attributed_to", "edge", "attributed_to", "string"},
        {"evidence", "edge", "evidence", "string"},
    };
    for (const Key& k : keys)
        out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\""
            << k.type << "\"/>\n";
    out << "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
    std::map<Vertex, std::size_t> ids;
    for (Vertex v : kg.sorted_vertices()) {
        std::size_t id = ids.size();
        ids[v] = id;
        const VertexProps& p = g[v];
        Rgb c = type_color(p.type);
        out << "    <node id=\"n" << id << "\">\n";
        data(out, "label", p.name);
        data(out, "type", to_string(p.type));
        data(out, "aliases", join(p.aliases, "; "));
        data(out, "mentions", std::to_string(p.mentions));
        data(out, "documents", std::to_string(p.documents.size()));
        // Which documents, not only how many: a graph read back from GraphML
        // (to query it, say) then writes the same figures.
        data(out, "document_ids", join(p.documents, "\n"));
        data(out, "r", std::to_string(c.r));
        data(out, "g", std::to_string(c.g));
        data(out, "b", std::to_string(c.b));
        out << "    </node>\n";
    }
    std::size_t edge_id = 0;
    for (Edge e : kg.sorted_edges()) {
        const EdgeProps& p = g[e];
        out << "    <edge id=\"e" << edge_id++ << "\" source=\"n" << ids[boost::source(e, g)] << "\" target=\"n"
            << ids[boost::target(e, g)] << "\">\n";
        data(out, "relation", p.relation);
        data(out, "polarity", p.negative ? "negative" : "positive");
        data(out, "weight", std::to_string(p.weight()));
        data(out, "confidence", fmt::format("{}", p.max_confidence));
        data(out, "mean_confidence", fmt::format("{}", p.mean_confidence()));
        data(out, "edge_documents", std::to_string(p.documents));
        data(out, "first_date", p.first_date);
        data(out, "last_date", p.last_date);
        data(out, "attributed_to", join(p.attributed_to, "; "));
        std::string evidence;
        for (const Evidence& ev : p.evidence) {
            if (!evidence.empty()) evidence += "\n";
            evidence += ev.doc + ": " + ev.text;
        }
        data(out, "evidence", evidence);
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

}  // namespace newsgraph
