// The knowledge graph: one vertex per canonical entity, one edge per
// (subject, relation, object, polarity) with its weight (supporting
// sentences) and evidence. A Boost bidirectional adjacency_list with bundled
// properties; a name -> vertex map keeps entities unique. The graph does not
// depend on the order in which relations or graphs are added. Knows nothing
// of file formats. Not thread-safe for writing; concurrent reads are fine.
//
//   KnowledgeGraph g;
//   g.add(EdgeRecord{...});                 // or add_document(...)
//   auto v = g.find("iran");                // case-insensitive, aliases too
//   for (auto e : boost::make_iterator_range(boost::out_edges(*v, g.graph()))) ...
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
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
    std::string name;  // of the spellings seen, the one preferred_spelling picks
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

    std::size_t weight() const { return support; }
    double mean_confidence() const;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// Which of two spellings of one name (equal when case-folded) a graph shows,
// whatever the order they came in: one not in capitals throughout (headlines
// write "IRAN"), then the one with more capitals ("SamSam" over "Samsam"),
// then the first in byte order. True when `a` is preferred to `b`.
bool preferred_spelling(const std::string& a, const std::string& b);

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
    // a specific type replaces Unknown, aliases and documents are unioned,
    // and the name shown is the preferred of the two spellings.
    Vertex add_entity(const std::string& name, EntityType type);
    void add_alias(Vertex v, const std::string& alias);
    // The mentions of `v` in `doc`, counted once: a document already counted
    // adds nothing. With no `doc` (another graph's totals) they always add.
    void add_mentions(Vertex v, const std::string& doc, std::uint64_t count);

    // Adds one supporting sentence to its edge, creating ends and edge as
    // needed. A sentence (document and index) counts once however often it
    // comes, and the edge's sentences and documents are counted exactly in
    // whatever order they come.
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

    // By canonical name, else by an alias that only one entity has;
    // case-insensitively.
    std::optional<Vertex> find(const std::string& name) const;
    // Every entity `find` could mean, by name: the one of that canonical
    // name, else each that has it as an alias ("Ruiz": Ana Ruiz, Luis Ruiz).
    std::vector<Vertex> candidates(const std::string& name) const;

    const Graph& graph() const { return *graph_; }
    Graph& graph() { return *graph_; }

    // Vertices sorted by name, edges by (source name, relation, target name,
    // polarity): the order every export uses, so output is deterministic.
    std::vector<Vertex> sorted_vertices() const;
    std::vector<Edge> sorted_edges() const;

private:
    struct EdgeEntry {
        Edge edge;
        // The sentences `add` counted: (document, as numbered in document_ids_; sentence), sorted.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> sentences;
    };
    EdgeEntry& edge_for(const std::string& subject, EntityType subject_type, const std::string& relation,
                        const std::string& object, EntityType object_type, bool negative);
    std::uint32_t document_id(const std::string& doc);
    void keep_evidence(EdgeProps& props, const Evidence& evidence) const;

    std::size_t evidence_cap_;
    // On the heap, so that a graph moved keeps its address: edges_ holds edge
    // descriptors, which point into it, and Boost's adjacency_list has no
    // move (moving it copies, and the descriptors would point into the
    // copy's source). A KnowledgeGraph moves; it is never copied.
    std::unique_ptr<Graph> graph_ = std::make_unique<Graph>();
    std::map<std::string, Vertex> by_name_;        // folded canonical name
    std::multimap<std::string, Vertex> by_alias_;  // folded alias: each entity that has it once
    std::map<std::tuple<Vertex, Vertex, std::string, bool>, EdgeEntry> edges_;
    std::unordered_map<std::string, std::uint32_t> document_ids_;  // documents `add` has seen
};

}  // namespace newsgraph
