#include "knowledge_graph.h"

#include <algorithm>
#include <tuple>

#include "utf8.h"

namespace newsgraph {

bool Evidence::operator<(const Evidence& o) const {
    return std::tie(doc, sentence, begin, end, text, date, attributed_to, hedged, confidence) <
           std::tie(o.doc, o.sentence, o.begin, o.end, o.text, o.date, o.attributed_to, o.hedged, o.confidence);
}

double EdgeProps::max_confidence() const {
    double best = 0.0;
    for (const Evidence& e : evidence) best = std::max(best, e.confidence);
    return best;
}

Vertex KnowledgeGraph::add_entity(const std::string& name, EntityType type) {
    std::string key = fold_case(name);
    auto it = by_name_.find(key);
    if (it == by_name_.end()) {
        Vertex v = boost::add_vertex(g_);
        g_[v].name = name;
        g_[v].type = type;
        it = by_name_.emplace(key, v).first;
        add_alias(v, name);
    }
    VertexProps& p = g_[it->second];
    // Keep the most specific type; between two specific ones the smaller
    // enum value wins, so the result is independent of insertion order.
    if (p.type == EntityType::Unknown || (type != EntityType::Unknown && type < p.type)) p.type = type;
    return it->second;
}

void KnowledgeGraph::add_alias(Vertex v, const std::string& alias) {
    g_[v].aliases.insert(alias);
    by_alias_.emplace(fold_case(alias), v);
}

void KnowledgeGraph::add_mentions(Vertex v, const std::string& doc, long count) {
    g_[v].mentions += count;
    if (!doc.empty()) g_[v].documents.insert(doc);
}

Edge KnowledgeGraph::add(const EdgeRecord& r) {
    Vertex s = add_entity(r.subject, r.subject_type);
    Vertex o = add_entity(r.object, r.object_type);
    auto key = std::make_tuple(s, o, r.relation, r.negative);
    auto it = edges_.find(key);
    if (it == edges_.end()) {
        Edge e = boost::add_edge(s, o, EdgeProps{r.relation, r.negative, {}}, g_).first;
        it = edges_.emplace(key, e).first;
    }
    auto& ev = g_[it->second].evidence;
    auto pos = std::lower_bound(ev.begin(), ev.end(), r.evidence);
    if (pos == ev.end() || !(*pos == r.evidence)) ev.insert(pos, r.evidence);
    return it->second;
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
    const Graph& og = other.graph();
    for (Vertex v : boost::make_iterator_range(boost::vertices(og))) {
        Vertex mine = add_entity(og[v].name, og[v].type);
        for (const std::string& a : og[v].aliases) add_alias(mine, a);
        g_[mine].mentions += og[v].mentions;
        g_[mine].documents.insert(og[v].documents.begin(), og[v].documents.end());
    }
    for (Edge e : boost::make_iterator_range(boost::edges(og))) {
        const VertexProps& s = og[boost::source(e, og)];
        const VertexProps& t = og[boost::target(e, og)];
        for (const Evidence& ev : og[e].evidence)
            add(EdgeRecord{s.name, s.type, og[e].relation, t.name, t.type, og[e].negative, ev});
    }
}

std::optional<Vertex> KnowledgeGraph::find(const std::string& name) const {
    std::string key = fold_case(name);
    if (auto it = by_name_.find(key); it != by_name_.end()) return it->second;
    if (auto it = by_alias_.find(key); it != by_alias_.end()) return it->second;
    return std::nullopt;
}

std::vector<Vertex> KnowledgeGraph::sorted_vertices() const {
    std::vector<Vertex> out;
    out.reserve(by_name_.size());
    for (const auto& [key, v] : by_name_) out.push_back(v);
    return out;
}

std::vector<Edge> KnowledgeGraph::sorted_edges() const {
    using Key = std::tuple<std::string, std::string, std::string, bool>;
    std::vector<std::pair<Key, Edge>> keyed;
    keyed.reserve(edges_.size());
    for (const auto& [unused, e] : edges_)
        keyed.emplace_back(Key{fold_case(g_[boost::source(e, g_)].name), g_[e].relation,
                               fold_case(g_[boost::target(e, g_)].name), g_[e].negative},
                           e);
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Edge> out;
    out.reserve(keyed.size());
    for (const auto& [key, e] : keyed) out.push_back(e);
    return out;
}

}  // namespace newsgraph
