// Questions asked of a built graph: paths, neighbourhoods and centrality.
// Pure functions of the graph; deterministic (ties broken by vertex name).
//
//   PathQuery q{"Ivan Petrov", "Microsoft"};
//   q.undirected = true;
//   std::vector<Path> paths = find_paths(graph, q);
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "knowledge_graph.h"

namespace newsgraph {

struct Path {
    std::vector<Vertex> vertices;
    std::vector<Edge> edges;  // edges[i] joins vertices[i] and vertices[i + 1]
};

// Which edges a query may follow; the default follows every edge.
struct EdgeFilter {
    std::set<std::string> relations;   // empty: every relation
    std::set<EntityType> types;        // empty: every type; else both ends must have one of them
    double min_confidence = 0.0;       // the edge's best evidence at least this
    std::optional<bool> negative = {}; // only negative or only positive edges
    std::string since = {}, until = {};  // YYYY-MM-DD: the edge's dates must overlap [since, until]

    bool accepts(const Graph& g, Edge e) const;
};

struct PathQuery {
    std::string from, to;
    std::set<std::string> relations = {};  // empty: every relation (also in `filter`)
    bool undirected = false;          // follow edges against their direction too
    std::size_t k = 1;                // the k shortest simple paths (Yen), as sequences of entities
    bool all = false;                 // every simple path up to max_hops (each parallel edge apart), shortest first
    std::size_t max_hops = 6;
    std::size_t max_paths = 1000;     // cap on `all` results
    bool most_confident = false;      // rank by the product of edge confidences instead of hops
    EdgeFilter filter = {};
};

// Throws std::invalid_argument when an end is not in the graph.
std::vector<Path> find_paths(const KnowledgeGraph& graph, const PathQuery& query);

struct Neighborhood {
    Vertex center;
    std::vector<Vertex> vertices;  // the center first, then by name
    std::vector<Edge> edges;       // every edge among them, in export order
};

Neighborhood find_neighbors(const KnowledgeGraph& graph, const std::string& name, std::size_t depth);

// The `n` entities with the most edges (ties by name), all when `n` is 0.
std::vector<Vertex> most_connected(const KnowledgeGraph& graph, std::size_t n);

// Every edge whose ends are both among `vertices`, in export order.
std::vector<Edge> edges_among(const KnowledgeGraph& graph, const std::vector<Vertex>& vertices);

// A graph of its own holding `vertices` and `edges` of `graph` with all their
// figures and evidence: a query's result, written in any export format.
KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::vector<Vertex>& vertices, const std::vector<Edge>& edges);

struct Ranked {
    Vertex vertex;
    double value = 0.0;
};

struct StatsOptions {
    std::size_t top = 10;  // entries of each ranking
    // PageRank and betweenness; without them the counts and degrees take
    // time in proportion to the graph.
    bool centrality = true;
    // Exact betweenness takes time in proportion to vertices times edges:
    // hours for a graph of 300,000 entities. Up to this many vertices it is
    // exact; beyond, it is estimated from this many source vertices.
    std::size_t betweenness_sources = 1000;
};

struct GraphStats {
    std::size_t nodes = 0, edges = 0, components = 0;
    std::size_t betweenness_sources = 0;  // the sources betweenness was counted from: all nodes when exact
    std::vector<std::pair<std::string, std::size_t>> relations;  // edge count per relation, by name
    std::vector<std::pair<std::string, std::size_t>> types;       // vertex count per type
    std::vector<Ranked> degree, in_degree, out_degree, pagerank, betweenness;  // highest first
};

// PageRank as networkx computes it (alpha 0.85, dangling mass spread evenly,
// edges weighted by supporting sentences), normalised to sum 1; betweenness
// as networkx's normalised directed betweenness, on a large graph estimated
// as its betweenness_centrality(k=...) does, from sources evenly spread over
// the vertices in name order (so the same graph gives the same figures).
GraphStats compute_stats(const KnowledgeGraph& graph, const StatsOptions& options);

}  // namespace newsgraph
