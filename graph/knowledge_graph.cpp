#include "knowledge_graph.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <tuple>
#include <utility>

#include "utf8.h"

namespace newsgraph {

bool Evidence::operator<(const Evidence& o) const {
    return std::tie(doc, sentence, begin, end, text, date, attributed_to, hedged, confidence) <
           std::tie(o.doc, o.sentence, o.begin, o.end, o.text, o.date, o.attributed_to, o.hedged, o.confidence);
}

double EdgeProps::mean_confidence() const {
    return support ? static_cast<double>(confidence_sum) / 1000.0 / static_cast<double>(support) : 0.0;
}

namespace {

// total += more, for counts kept at most kLargestCount; `what` names the
// count for the error, and is called only then.
template <typename Count, typename What>
void add_count(Count& total, std::uint64_t more, What&& what) {
    if (more > kLargestCount - static_cast<std::uint64_t>(total))
        throw CountOverflow(what() + " would pass 2^53, the largest count a graph keeps");
    total = static_cast<Count>(static_cast<std::uint64_t>(total) + more);
}

std::string figure_of(const char* figure, const Graph& g, Edge e) {
    return std::string(figure) + " of " + g[boost::source(e, g)].name + " -" + g[e].relation + "-> " +
           g[boost::target(e, g)].name;
}

// Capitals and lower-case letters among the ASCII letters of `s`.
std::pair<std::size_t, std::size_t> letter_cases(const std::string& s) {
    std::size_t upper = 0, lower = 0;
    for (char c : s) {
        upper += c >= 'A' && c <= 'Z';
        lower += c >= 'a' && c <= 'z';
    }
    return {upper, lower};
}

void widen_dates(EdgeProps& p, const std::string& first, const std::string& last) {
    if (!first.empty() && (p.first_date.empty() || first < p.first_date)) p.first_date = first;
    if (last > p.last_date) p.last_date = last;
}

}  // namespace

bool preferred_spelling(const std::string& a, const std::string& b) {
    auto [a_upper, a_lower] = letter_cases(a);
    auto [b_upper, b_lower] = letter_cases(b);
    const bool a_capitals = a_upper > 0 && a_lower == 0, b_capitals = b_upper > 0 && b_lower == 0;
    if (a_capitals != b_capitals) return b_capitals;
    if (a_upper != b_upper) return a_upper > b_upper;
    return a < b;
}

Vertex KnowledgeGraph::add_entity(const std::string& name, EntityType type) {
    std::string key = fold_case(name);
    auto it = by_name_.find(key);
    if (it == by_name_.end()) {
        Vertex v = boost::add_vertex(graph());
        graph()[v].name = name;
        graph()[v].type = type;
        it = by_name_.emplace(key, v).first;
    }
    add_alias(it->second, name);
    VertexProps& p = graph()[it->second];
    if (name != p.name && preferred_spelling(name, p.name)) p.name = name;  // most calls repeat the name
    // Keep the most specific type; between two specific ones the smaller
    // enum value wins, so the result is independent of insertion order.
    if (p.type == EntityType::Unknown || (type != EntityType::Unknown && type < p.type)) p.type = type;
    return it->second;
}

void KnowledgeGraph::add_alias(Vertex v, const std::string& alias) {
    if (!graph()[v].aliases.insert(alias).second) return;
    std::string key = fold_case(alias);
    auto [first, last] = by_alias_.equal_range(key);
    if (std::none_of(first, last, [&](const auto& entry) { return entry.second == v; }))
        by_alias_.emplace_hint(last, key, v);
}

void KnowledgeGraph::add_mentions(Vertex v, const std::string& doc, std::uint64_t count) {
    if (!doc.empty() && graph()[v].documents.count(doc)) return;
    add_count(graph()[v].mentions, count, [&] { return "the mentions of \"" + graph()[v].name + "\""; });
    if (!doc.empty()) graph()[v].documents.insert(doc);
}

KnowledgeGraph::EdgeEntry& KnowledgeGraph::edge_for(const std::string& subject, EntityType subject_type,
                                                    const std::string& relation, const std::string& object,
                                                    EntityType object_type, bool negative) {
    Vertex s = add_entity(subject, subject_type);
    Vertex o = add_entity(object, object_type);
    auto key = std::make_tuple(s, o, relation, negative);
    auto it = edges_.find(key);
    if (it == edges_.end()) {
        EdgeProps props;
        props.relation = relation;
        props.negative = negative;
        it = edges_.emplace(key, EdgeEntry{boost::add_edge(s, o, std::move(props), graph()).first, {}}).first;
    }
    return it->second;
}

std::uint32_t KnowledgeGraph::document_id(const std::string& doc) {
    if (document_ids_.size() == std::numeric_limits<std::uint32_t>::max())
        throw CountOverflow("more than 4,294,967,294 documents in one graph");
    return document_ids_.try_emplace(doc, static_cast<std::uint32_t>(document_ids_.size())).first->second;
}

void KnowledgeGraph::keep_evidence(EdgeProps& p, const Evidence& ev) const {
    auto& kept = p.evidence;
    if (evidence_cap_ && kept.size() >= evidence_cap_ && !(ev < kept.back())) return;
    auto pos = std::lower_bound(kept.begin(), kept.end(), ev);
    if (pos != kept.end() && *pos == ev) return;
    kept.insert(pos, ev);
    if (evidence_cap_ && kept.size() > evidence_cap_) kept.pop_back();
}

Edge KnowledgeGraph::add(const EdgeRecord& r) {
    EdgeEntry& entry = edge_for(r.subject, r.subject_type, r.relation, r.object, r.object_type, r.negative);
    const Edge e = entry.edge;
    EdgeProps& p = graph()[e];
    // A sentence given twice (a document read twice, a relation file
    // concatenated twice) counts once. Documents are numbered as they come,
    // so in one run each sentence goes at the end.
    const std::pair sentence{document_id(r.evidence.doc), r.evidence.sentence};
    auto at = std::lower_bound(entry.sentences.begin(), entry.sentences.end(), sentence);
    if (at != entry.sentences.end() && *at == sentence) return e;
    const bool new_document = (at == entry.sentences.begin() || std::prev(at)->first != sentence.first) &&
                              (at == entry.sentences.end() || at->first != sentence.first);
    add_count(p.support, 1, [&] { return figure_of("the weight", graph(), e); });
    if (new_document) add_count(p.documents, 1, [&] { return figure_of("the documents", graph(), e); });
    entry.sentences.insert(at, sentence);
    widen_dates(p, r.evidence.date, r.evidence.date);
    p.max_confidence = std::max(p.max_confidence, r.evidence.confidence);
    p.confidence_sum += static_cast<std::uint64_t>(std::llround(r.evidence.confidence * 1000));
    if (!r.evidence.attributed_to.empty()) p.attributed_to.insert(r.evidence.attributed_to);
    keep_evidence(p, r.evidence);
    return e;
}

Edge KnowledgeGraph::add_edge(const std::string& subject, EntityType subject_type, const std::string& object,
                              EntityType object_type, const EdgeProps& other) {
    Edge e = edge_for(subject, subject_type, other.relation, object, object_type, other.negative).edge;
    EdgeProps& p = graph()[e];
    add_count(p.support, other.support, [&] { return figure_of("the weight", graph(), e); });
    add_count(p.documents, other.documents, [&] { return figure_of("the documents", graph(), e); });
    widen_dates(p, other.first_date, other.last_date);
    p.max_confidence = std::max(p.max_confidence, other.max_confidence);
    p.confidence_sum += other.confidence_sum;
    p.attributed_to.insert(other.attributed_to.begin(), other.attributed_to.end());
    for (const Evidence& ev : other.evidence) keep_evidence(p, ev);
    return e;
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
    const Graph& og = other.graph();
    for (Vertex v : boost::make_iterator_range(boost::vertices(og))) {
        Vertex mine = add_entity(og[v].name, og[v].type);
        for (const std::string& a : og[v].aliases) add_alias(mine, a);
        add_mentions(mine, "", static_cast<std::uint64_t>(og[v].mentions));
        graph()[mine].documents.insert(og[v].documents.begin(), og[v].documents.end());
    }
    for (Edge e : boost::make_iterator_range(boost::edges(og))) {
        const VertexProps& s = og[boost::source(e, og)];
        const VertexProps& t = og[boost::target(e, og)];
        add_edge(s.name, s.type, t.name, t.type, og[e]);
    }
}

std::optional<Vertex> KnowledgeGraph::find(const std::string& name) const {
    std::vector<Vertex> found = candidates(name);
    if (found.size() != 1) return std::nullopt;
    return found[0];
}

std::vector<Vertex> KnowledgeGraph::candidates(const std::string& name) const {
    std::string key = fold_case(name);
    if (auto it = by_name_.find(key); it != by_name_.end()) return {it->second};
    std::vector<std::pair<std::string, Vertex>> named;
    for (auto [it, last] = by_alias_.equal_range(key); it != last; ++it)
        named.emplace_back(fold_case(graph()[it->second].name), it->second);
    std::sort(named.begin(), named.end());
    std::vector<Vertex> out;
    for (const auto& [unused, v] : named) out.push_back(v);
    return out;
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
    const Graph& g = graph();
    for (const auto& [unused, entry] : edges_) {
        const Edge e = entry.edge;
        keyed.emplace_back(Key{fold_case(g[boost::source(e, g)].name), g[e].relation, fold_case(g[boost::target(e, g)].name),
                               g[e].negative},
                           e);
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Edge> out;
    out.reserve(keyed.size());
    for (const auto& [key, e] : keyed) out.push_back(e);
    return out;
}

}  // namespace newsgraph
