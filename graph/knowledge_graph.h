// The knowledge graph: one vertex per canonical entity, one edge per
// (subject, relation, object, polarity) with its weight (supporting
// sentences) and evidence. A Boost bidirectional adjacency_list with bundled
// properties; a name -> vertex map keeps entities unique. Knows nothing of
// file formats. Not thread-safe for writing; concurrent reads are fine.
//
//   KnowledgeGraph g;
//   g.add(EdgeRecord{...});                 // or add_document(...)
//   auto v = g.find("iran");                // case-insensitive, aliases too
//   for (auto e : boost::make_iterator_range(boost::out_edges(*v, g.graph()))) ...
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "entity.h"

namespace newsgraph {

// The largest count (weight, documents, mentions) a graph keeps: 2^53, the
// integers a double, and so every JSON reader, holds exactly. A sum that
// would pass it throws CountOverflow instead of wrapping or being written
// as a figure no reader takes back.
inline constexpr std::uint64_t kLargestCount = std::uint64_t{1} << 53;
struct CountOverflow : std::overflow_error {
    using std::overflow_error::overflow_error;
};

struct Evidence {
    std::string doc;
    std::uint32_t sentence = 0;
    std::uint32_t begin = 0, end = 0;  // byte span of the sentence in the document
    std::string text;
    std::string date;           // YYYY-MM-DD or empty
    std::string attributed_to;  // empty when the narrator asserts it
    bool hedged = false;
    double confidence = 0.0;

    bool operator==(const Evidence&) const = default;
    bool operator<(const Evidence& o) const;
};

struct VertexProps {
    std::string name;
    EntityType type = EntityType::Unknown;
    std::set<std::string> aliases;
    std::set<std::string> documents;
    long mentions = 0;
};

// An edge's figures are exact however much text supports it; its evidence
// is a sample: the first `evidence_cap` entries in Evidence order, so that the
// sample does not depend on the order in which documents or graphs came in.
struct EdgeProps {
    std::string relation;
    bool negative = false;
    std::vector<Evidence> evidence;    // sorted, unique, at most the graph's evidence_cap
    std::size_t support = 0;           // supporting sentences: the weight
    std::size_t documents = 0;         // supporting documents
    std::string first_date, last_date; // YYYY-MM-DD, empty when no evidence has a date
    double max_confidence = 0.0;
    std::uint64_t confidence_sum = 0;  // in thousandths: confidences have three decimals
    std::set<std::string> attributed_to;
    std::string last_document;         // while adding: the document counted last

    std::size_t weight() const { return support; }
    double mean_confidence() const;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// One relation as the graph takes it: ends by canonical name.
struct EdgeRecord {
    std::string subject;
    EntityType subject_type = EntityType::Unknown;
    std::string relation;
    std::string object;
    EntityType object_type = EntityType::Unknown;
    bool negative = false;
    Evidence evidence;
};

class KnowledgeGraph {
public:
    // `evidence_cap`: evidence kept per edge; 0 keeps all of it.
    explicit KnowledgeGraph(std::size_t evidence_cap = 20) : evidence_cap_(evidence_cap) {}

    // Adds an entity or merges into the one of the same name (case-folded):
    // a specific type replaces Unknown, aliases and documents are unioned.
    Vertex add_entity(const std::string& name, EntityType type);
    void add_alias(Vertex v, const std::string& alias);
    void add_mentions(Vertex v, const std::string& doc, std::uint64_t count);

    // Adds one supporting sentence to its edge, creating ends and edge as
    // needed. Relations of one document come in one after the other.
    Edge add(const EdgeRecord& record);

    // Adds a whole edge of another graph (its counts and its evidence); the
    // graphs are expected to cover different documents.
    Edge add_edge(const std::string& subject, EntityType subject_type, const std::string& object,
                  EntityType object_type, const EdgeProps& props);

    // Adds everything of `other` (ends matched by name): the result does not
    // depend on the order in which graphs or relations were added. Throws
    // CountOverflow, like every adding member, when a count would pass
    // kLargestCount.
    void merge(const KnowledgeGraph& other);

    // By canonical name or alias, case-insensitively.
    std::optional<Vertex> find(const std::string& name) const;

    const Graph& graph() const { return g_; }
    Graph& graph() { return g_; }

    // Vertices sorted by name, edges by (source name, relation, target name,
    // polarity): the order every export uses, so output is deterministic.
    std::vector<Vertex> sorted_vertices() const;
    std::vector<Edge> sorted_edges() const;

private:
    Edge edge_for(const std::string& subject, EntityType subject_type, const std::string& relation,
                  const std::string& object, EntityType object_type, bool negative);
    void keep_evidence(EdgeProps& props, const Evidence& evidence) const;

    std::size_t evidence_cap_;
    Graph g_;
    std::map<std::string, Vertex> by_name_;   // folded canonical name
    std::map<std::string, Vertex> by_alias_;  // folded alias (first entity wins)
    std::map<std::tuple<Vertex, Vertex, std::string, bool>, Edge> edges_;
};

}  // namespace newsgraph
