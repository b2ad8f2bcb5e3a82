#include <fmt/format.h>

#include <map>
#include <set>

#include "text_escape.h"
#include "writers.h"

namespace newsgraph {

namespace {

// RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.
std::string field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

void write_gephi_nodes_csv(const KnowledgeGraph& kg, std::ostream& out) {
    const Graph& g = kg.graph();
    out << "Id,Label,Type,Aliases,Mentions,Documents\r\n";
    std::size_t id = 0;
    for (Vertex v : kg.sorted_vertices()) {
        const VertexProps& p = g[v];
        out << "n" << id++ << ',' << field(p.name) << ',' << to_string(p.type) << ',' << field(join(p.aliases)) << ','
            << p.mentions << ',' << p.documents.size() << "\r\n";
    }
}

void write_gephi_edges_csv(const KnowledgeGraph& kg, std::ostream& out) {
    const Graph& g = kg.graph();
    std::map<Vertex, std::size_t> ids;
    for (Vertex v : kg.sorted_vertices()) ids.emplace(v, ids.size());
    out << "Source,Target,Type,Id,Label,Weight,Relation,Polarity,Confidence,Documents,FirstDate,LastDate\r\n";
    std::size_t id = 0;
    for (Edge e : kg.sorted_edges()) {
        const EdgeProps& p = g[e];
        out << "n" << ids[boost::source(e, g)] << ",n" << ids[boost::target(e, g)] << ",Directed,e" << id++ << ','
            << field(p.relation) << ',' << p.weight() << ',' << field(p.relation) << ','
            << (p.negative ? "negative" : "positive") << ',' << fmt::format("{}", p.max_confidence) << ','
            << p.documents << ',' << p.first_date << ',' << p.last_date << "\r\n";
    }
}

}  // namespace newsgraph
