#include <fmt/format.h>

#include <map>
#include <set>

#include "text_escape.h"
#include "writers.h"

namespace newsgraph {

void write_gephi_nodes_csv(const KnowledgeGraph& kg, std::ostream& out) {
    const Graph& g = kg.graph();
    out << "Id,Label,Type,Aliases,Mentions,Documents\r\n";
    std::size_t id = 0;
    for (Vertex v : kg.sorted_vertices()) {
        const VertexProps& p = g[v];
        out << "n" << id++ << ',' << csv_field(p.name) << ',' << to_string(p.type) << ',' << csv_field(join(p.aliases)) << ','
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
            << csv_field(p.relation) << ',' << p.weight() << ',' << csv_field(p.relation) << ','
            << (p.negative ? "negative" : "positive") << ',' << fmt::format("{}", p.max_confidence) << ','
            << p.documents << ',' << p.first_date << ',' << p.last_date << "\r\n";
    }
}

}  // namespace newsgraph
