#include "queries.h"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <queue>
#include <stdexcept>
#include <utility>

#include "utf8.h"

namespace newsgraph {

namespace {

struct Step {
    Vertex next;
    Edge edge;
};

// Adjacency with the query's filters applied, each list sorted by the
// neighbour's name and the relation, so every search is deterministic.
std::vector<std::vector<Step>> adjacency(const KnowledgeGraph& kg, const EdgeFilter& filter, bool undirected) {
    const Graph& g = kg.graph();
    std::vector<std::vector<Step>> adj(boost::num_vertices(g));
    for (Edge e : kg.sorted_edges()) {
        if (!filter.accepts(g, e)) continue;
        Vertex s = boost::source(e, g), t = boost::target(e, g);
        adj[s].push_back({t, e});
        if (undirected && s != t) adj[t].push_back({s, e});
    }
    for (auto& steps : adj)
        std::stable_sort(steps.begin(), steps.end(), [&](const Step& a, const Step& b) {
            return fold_case(g[a.next].name) < fold_case(g[b.next].name);
        });
    return adj;
}

// A way from the start found by PathSearch: where it ends, its length and
// cost, its last edge and the way it extends (the start's label has neither).
struct Label {
    Vertex at;
    std::size_t hops;
    double cost;
    Edge edge;
    std::size_t parent;
};

// The path of label `last`; labels[0] is the start.
Path path_of(const std::vector<Label>& labels, std::size_t last) {
    Path p;
    for (std::size_t i = last; i != 0; i = labels[i].parent) {
        p.vertices.push_back(labels[i].at);
        p.edges.push_back(labels[i].edge);
    }
    p.vertices.push_back(labels[0].at);
    std::reverse(p.vertices.begin(), p.vertices.end());
    std::reverse(p.edges.begin(), p.edges.end());
    return p;
}

// Shortest paths over the filtered adjacency, by hops or by -log(confidence)
// (the path whose edges' confidences have the highest product). Ties go to
// the path found first in name order, so that results are deterministic.
class PathSearch {
public:
    PathSearch(const Graph& g, const std::vector<std::vector<Step>>& adj, bool by_confidence)
        : g_(g), adj_(adj), by_confidence_(by_confidence) {}

    double step_cost(Edge e) const { return by_confidence_ ? -std::log(std::max(g_[e].max_confidence, 1e-9)) : 1.0; }

    double cost(const Path& p) const {
        double c = 0.0;
        for (Edge e : p.edges) c += step_cost(e);
        return c;
    }

    // The cheapest way from `from` to `to` in at most `max_hops` steps,
    // avoiding `banned` vertices and the steps (u, v) in `banned_steps`.
    // Dijkstra over (vertex, hops) labels: under a hop limit the cheapest way
    // to a vertex may be too long to go on from, so each vertex keeps every
    // label that no other beats in both cost and hops (at most max_hops + 1).
    // With unit costs this is breadth first.
    std::optional<Path> shortest(Vertex from, Vertex to, std::size_t max_hops, const std::vector<char>& banned = {},
                                 const std::set<std::pair<Vertex, Vertex>>& banned_steps = {}) const {
        std::vector<Label> labels{{from, 0, 0.0, Edge{}, 0}};
        std::vector<std::vector<std::size_t>> front(adj_.size());  // per vertex: its labels no other beats
        std::vector<std::size_t> fewest_hops_left(adj_.size(), std::numeric_limits<std::size_t>::max());
        // (cost, label): labels are numbered in the order found, so ties go to the first.
        using Item = std::pair<double, std::size_t>;
        std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
        front[from].push_back(0);
        queue.push({0.0, 0});
        while (!queue.empty()) {
            const std::size_t i = queue.top().second;
            queue.pop();
            const Label here = labels[i];
            if (here.at == to) return path_of(labels, i);
            // A label left before was cheaper; this one is worth going on from only if shorter.
            if (here.hops >= fewest_hops_left[here.at]) continue;
            fewest_hops_left[here.at] = here.hops;
            if (here.hops >= max_hops) continue;
            for (const Step& s : adj_[here.at]) {
                if ((!banned.empty() && banned[s.next]) || banned_steps.count({here.at, s.next})) continue;
                const Label next{s.next, here.hops + 1, here.cost + step_cost(s.edge), s.edge, i};
                std::vector<std::size_t>& kept = front[s.next];
                auto beats = [](const Label& a, const Label& b) { return a.cost <= b.cost && a.hops <= b.hops; };
                if (std::any_of(kept.begin(), kept.end(), [&](std::size_t k) { return beats(labels[k], next); }))
                    continue;
                std::erase_if(kept, [&](std::size_t k) { return beats(next, labels[k]); });
                kept.push_back(labels.size());
                queue.push({next.cost, labels.size()});
                labels.push_back(next);
            }
        }
        return std::nullopt;
    }

    // Yen's k shortest simple paths: each next path leaves a path found
    // before at some vertex (the spur) and takes a way not taken from there.
    // Paths are sequences of entities; each hop takes its best edge.
    std::vector<Path> k_shortest(Vertex from, Vertex to, std::size_t k, std::size_t max_hops) const {
        std::vector<Path> found;
        if (k == 0) return found;
        auto first = shortest(from, to, max_hops);
        if (!first) return found;
        found.push_back(std::move(*first));
        std::vector<Path> candidates;
        auto known = [&](const Path& p) {
            auto same = [&](const Path& q) { return q.vertices == p.vertices; };
            return std::any_of(found.begin(), found.end(), same) || std::any_of(candidates.begin(), candidates.end(), same);
        };
        while (found.size() < k) {
            const Path last = found.back();
            for (std::size_t i = 0; i + 1 < last.vertices.size(); ++i) {
                std::vector<char> banned(adj_.size(), 0);
                for (std::size_t j = 0; j < i; ++j) banned[last.vertices[j]] = 1;
                std::set<std::pair<Vertex, Vertex>> banned_steps;
                for (const Path& p : found)
                    if (p.vertices.size() > i + 1 && std::equal(last.vertices.begin(), last.vertices.begin() + i + 1, p.vertices.begin()))
                        banned_steps.insert({p.vertices[i], p.vertices[i + 1]});
                auto spur = shortest(last.vertices[i], to, max_hops - i, banned, banned_steps);
                if (!spur) continue;
                Path total;
                total.vertices.assign(last.vertices.begin(), last.vertices.begin() + i);
                total.edges.assign(last.edges.begin(), last.edges.begin() + i);
                total.vertices.insert(total.vertices.end(), spur->vertices.begin(), spur->vertices.end());
                total.edges.insert(total.edges.end(), spur->edges.begin(), spur->edges.end());
                if (!known(total)) candidates.push_back(std::move(total));
            }
            if (candidates.empty()) break;
            auto best = std::min_element(candidates.begin(), candidates.end(), [&](const Path& a, const Path& b) {
                double ca = cost(a), cb = cost(b);
                if (ca != cb) return ca < cb;
                return names(a) < names(b);
            });
            found.push_back(std::move(*best));
            candidates.erase(best);
        }
        return found;
    }

private:
    std::vector<std::string> names(const Path& p) const {
        std::vector<std::string> out;
        for (Vertex v : p.vertices) out.push_back(fold_case(g_[v].name));
        return out;
    }

    const Graph& g_;
    const std::vector<std::vector<Step>>& adj_;
    bool by_confidence_;
};

// Levenshtein distance of `a` and `b`, or `limit` + 1 as soon as it must
// exceed `limit`, so that a name far from the one asked costs little.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > limit) return limit + 1;
    std::vector<std::size_t> row(a.size() + 1);
    for (std::size_t i = 0; i < row.size(); ++i) row[i] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
        std::size_t diagonal = row[0], lowest = ++row[0];
        for (std::size_t i = 1; i <= a.size(); ++i) {
            std::size_t above = row[i];
            row[i] = std::min({row[i] + 1, row[i - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
            lowest = std::min(lowest, row[i]);
        }
        if (lowest > limit) return limit + 1;
    }
    return row.back();
}

// The entities a name that matches none was probably meant for: a name or
// alias a typo or two away ("Brener"), else one that holds it whole
// ("ministry"); the nearest first, then the most mentioned.
std::vector<std::string> near_names(const KnowledgeGraph& kg, const std::string& name, std::size_t at_most) {
    const std::string key = fold_case(name);
    const std::size_t typos = std::max<std::size_t>(1, key.size() / 4), holds_it = typos + 1;
    struct Near {
        std::size_t distance;
        long mentions;
        const std::string* name;
    };
    std::vector<Near> near;
    const Graph& g = kg.graph();
    for (Vertex v : kg.sorted_vertices()) {
        std::size_t distance = holds_it + 1;
        auto consider = [&](const std::string& spelling) {
            std::string folded = fold_case(spelling);
            if (std::size_t d = edit_distance(key, folded, typos); d <= typos) distance = std::min(distance, d);
            else if (key.size() >= 3 && folded.find(key) != std::string::npos) distance = std::min(distance, holds_it);
        };
        consider(g[v].name);
        for (const std::string& alias : g[v].aliases) consider(alias);
        if (distance <= holds_it) near.push_back({distance, g[v].mentions, &g[v].name});
    }
    std::stable_sort(near.begin(), near.end(), [](const Near& a, const Near& b) {
        return a.distance != b.distance ? a.distance < b.distance : a.mentions > b.mentions;
    });
    std::vector<std::string> names;
    for (std::size_t i = 0; i < near.size() && i < at_most; ++i) names.push_back(*near[i].name);
    return names;
}

Vertex require(const KnowledgeGraph& kg, const std::string& name) {
    std::vector<Vertex> found = kg.candidates(name);
    if (found.empty()) {
        std::string message = "no entity named '" + name + "' in the graph";
        std::vector<std::string> near = near_names(kg, name, 5);
        for (std::size_t i = 0; i < near.size(); ++i) message += (i == 0 ? "; did you mean " : ", ") + near[i];
        throw std::invalid_argument(near.empty() ? message : message + "?");
    }
    if (found.size() > 1) {
        std::string names;
        for (Vertex v : found) names += (names.empty() ? "" : ", ") + kg.graph()[v].name;
        throw std::invalid_argument("'" + name + "' may be any of " + std::to_string(found.size()) +
                                    " entities: " + names + "; give one of their names");
    }
    return found[0];
}

}  // namespace

bool EdgeFilter::accepts(const Graph& g, Edge e) const {
    const EdgeProps& p = g[e];
    if (!relations.empty() && !relations.count(p.relation)) return false;
    if (!types.empty() && (!types.count(g[boost::source(e, g)].type) || !types.count(g[boost::target(e, g)].type)))
        return false;
    if (p.max_confidence < min_confidence) return false;
    if (negative && *negative != p.negative) return false;
    // Dates: an edge with no dated evidence is outside any date range.
    if (!since.empty() && (p.last_date.empty() || p.last_date < since)) return false;
    if (!until.empty() && (p.first_date.empty() || p.first_date > until)) return false;
    return true;
}

std::vector<Path> find_paths(const KnowledgeGraph& kg, const PathQuery& q) {
    Vertex from = require(kg, q.from), to = require(kg, q.to);
    EdgeFilter filter = q.filter;
    filter.relations.insert(q.relations.begin(), q.relations.end());
    auto adj = adjacency(kg, filter, q.undirected);
    std::vector<Path> out;
    if (from == to) return out;
    if (!q.all) return PathSearch(kg.graph(), adj, q.most_confident).k_shortest(from, to, q.k, q.max_hops);
    // Every simple path up to max_hops, depth first in sorted order, then
    // shortest first (a stable sort keeps the order among equal lengths).
    Path current;
    current.vertices.push_back(from);
    std::vector<int> on_path(adj.size(), 0);
    on_path[from] = 1;
    auto dfs = [&](auto&& self, Vertex v) -> void {
        if (out.size() >= q.max_paths) return;
        if (v == to) {
            out.push_back(current);
            return;
        }
        if (current.edges.size() >= q.max_hops) return;
        for (const Step& s : adj[v]) {
            if (on_path[s.next]) continue;
            on_path[s.next] = 1;
            current.vertices.push_back(s.next);
            current.edges.push_back(s.edge);
            self(self, s.next);
            current.vertices.pop_back();
            current.edges.pop_back();
            on_path[s.next] = 0;
        }
    };
    dfs(dfs, from);
    std::stable_sort(out.begin(), out.end(), [](const Path& a, const Path& b) { return a.edges.size() < b.edges.size(); });
    return out;
}

Neighborhood find_neighbors(const KnowledgeGraph& kg, const std::string& name, std::size_t depth) {
    Vertex center = require(kg, name);
    auto adj = adjacency(kg, EdgeFilter{}, true);
    std::vector<std::size_t> dist(adj.size(), SIZE_MAX);
    std::deque<Vertex> queue{center};
    dist[center] = 0;
    while (!queue.empty()) {
        Vertex v = queue.front();
        queue.pop_front();
        if (dist[v] == depth) continue;
        for (const Step& s : adj[v])
            if (dist[s.next] == SIZE_MAX) {
                dist[s.next] = dist[v] + 1;
                queue.push_back(s.next);
            }
    }
    Neighborhood n{center, {center}, {}};
    for (Vertex v : kg.sorted_vertices())
        if (v != center && dist[v] != SIZE_MAX) n.vertices.push_back(v);
    n.edges = edges_among(kg, n.vertices);
    return n;
}

std::vector<Vertex> most_connected(const KnowledgeGraph& kg, std::size_t n) {
    const Graph& g = kg.graph();
    std::vector<Vertex> out = kg.sorted_vertices();
    auto degree = [&](Vertex v) { return boost::in_degree(v, g) + boost::out_degree(v, g); };
    std::stable_sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return degree(a) > degree(b); });
    if (n && out.size() > n) out.resize(n);
    return out;
}

std::vector<Edge> edges_among(const KnowledgeGraph& kg, const std::vector<Vertex>& vertices) {
    const Graph& g = kg.graph();
    std::vector<char> in(boost::num_vertices(g), 0);
    for (Vertex v : vertices) in[v] = 1;
    std::vector<Edge> out;
    for (Edge e : kg.sorted_edges())
        if (in[boost::source(e, g)] && in[boost::target(e, g)]) out.push_back(e);
    return out;
}

KnowledgeGraph subgraph(const KnowledgeGraph& kg, const std::vector<Vertex>& vertices, const std::vector<Edge>& edges) {
    const Graph& g = kg.graph();
    KnowledgeGraph out(0);  // the evidence of `kg` is already capped
    for (Vertex v : vertices) {
        const VertexProps& p = g[v];
        Vertex mine = out.add_entity(p.name, p.type);
        for (const std::string& a : p.aliases) out.add_alias(mine, a);
        out.graph()[mine].mentions = p.mentions;
        out.graph()[mine].documents = p.documents;
    }
    for (Edge e : edges) {
        const VertexProps& s = g[boost::source(e, g)];
        const VertexProps& t = g[boost::target(e, g)];
        out.add_edge(s.name, s.type, t.name, t.type, g[e]);
    }
    return out;
}

namespace {

// Brandes' dependency accumulation over the shortest paths from each of
// `sources` in the unweighted directed graph `out_of` (adjacency lists):
// the betweenness of every vertex, unnormalised. Boost's
// brandes_betweenness_centrality always starts from every vertex.
std::vector<double> betweenness_from(const std::vector<std::vector<std::size_t>>& out_of, const std::vector<Vertex>& sources) {
    const std::size_t n = out_of.size();
    std::vector<double> between(n, 0.0), paths(n, 0.0), dependency(n, 0.0);
    std::vector<long> distance(n, -1);
    std::vector<std::vector<std::size_t>> before(n);
    std::vector<std::size_t> reached;  // in the order found: the breadth-first queue
    reached.reserve(n);
    for (std::size_t s : sources) {
        for (std::size_t v : reached) {
            paths[v] = dependency[v] = 0.0;
            distance[v] = -1;
            before[v].clear();
        }
        reached.assign(1, s);
        paths[s] = 1.0;
        distance[s] = 0;
        for (std::size_t head = 0; head < reached.size(); ++head) {
            const std::size_t v = reached[head];
            for (std::size_t w : out_of[v]) {
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    reached.push_back(w);
                }
                if (distance[w] == distance[v] + 1) {
                    paths[w] += paths[v];
                    before[w].push_back(v);
                }
            }
        }
        for (std::size_t i = reached.size(); i-- > 1;) {
            const std::size_t w = reached[i];
            for (std::size_t v : before[w]) dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
            between[w] += dependency[w];
        }
    }
    return between;
}

// PageRank by power iteration over supporting-sentence weights, normalised to sum 1.
std::vector<double> pagerank(const Graph& g) {
    const std::size_t n = boost::num_vertices(g);
    std::vector<double> rank(n, n ? 1.0 / static_cast<double>(n) : 0.0), out_weight(n, 0.0);
    for (Edge e : boost::make_iterator_range(boost::edges(g)))
        out_weight[boost::source(e, g)] += static_cast<double>(g[e].weight());
    const double alpha = 0.85;
    for (int iter = 0; iter < 100 && n; ++iter) {
        std::vector<double> next(n, 0.0);
        double dangling = 0.0;
        for (std::size_t v = 0; v < n; ++v)
            if (out_weight[v] == 0) dangling += rank[v];
        for (Edge e : boost::make_iterator_range(boost::edges(g))) {
            Vertex s = boost::source(e, g);
            next[boost::target(e, g)] += alpha * rank[s] * static_cast<double>(g[e].weight()) / out_weight[s];
        }
        double err = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            next[v] += alpha * dangling / static_cast<double>(n) + (1.0 - alpha) / static_cast<double>(n);
            err += std::fabs(next[v] - rank[v]);
        }
        rank.swap(next);
        if (err < static_cast<double>(n) * 1e-10) break;
    }
    double total = 0.0;
    for (double r : rank) total += r;
    for (double& r : rank) r = total > 0 ? r / total : 0.0;
    return rank;
}

// Betweenness on the simple directed graph (parallel edges collapsed, as
// networkx counts them), normalised by 1 / ((n-1)(n-2)); from every vertex
// up to `most_sources` vertices, else from that many spread over the
// vertices in name order and scaled by n / sources. Sets `sources` to their number.
std::vector<double> betweenness(const KnowledgeGraph& kg, std::size_t most_sources, std::size_t& sources) {
    const Graph& g = kg.graph();
    const std::size_t n = boost::num_vertices(g);
    sources = n;
    if (n <= 2) return std::vector<double>(n, 0.0);
    std::vector<std::vector<std::size_t>> out_of(n);
    std::set<std::pair<Vertex, Vertex>> seen;
    for (Edge e : boost::make_iterator_range(boost::edges(g))) {
        auto key = std::make_pair(boost::source(e, g), boost::target(e, g));
        if (key.first != key.second && seen.insert(key).second) out_of[key.first].push_back(key.second);
    }
    std::vector<Vertex> from = kg.sorted_vertices();
    const std::size_t k = std::max<std::size_t>(most_sources, 1);
    if (n > k) {
        std::vector<Vertex> spread(k);
        for (std::size_t i = 0; i < k; ++i) spread[i] = from[i * n / k];
        from = std::move(spread);
    }
    sources = from.size();
    std::vector<double> between = betweenness_from(out_of, from);
    const double scale = static_cast<double>(n) / static_cast<double>(sources) /
                         (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& b : between) b *= scale;
    return between;
}

}  // namespace

GraphStats compute_stats(const KnowledgeGraph& kg, const StatsOptions& options) {
    const Graph& g = kg.graph();
    const std::size_t n = boost::num_vertices(g);
    GraphStats st;
    st.nodes = n;
    st.edges = boost::num_edges(g);
    std::map<std::string, std::size_t> relations, types;
    for (Edge e : boost::make_iterator_range(boost::edges(g))) ++relations[g[e].relation];
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) ++types[std::string(to_string(g[v].type))];
    st.relations.assign(relations.begin(), relations.end());
    st.types.assign(types.begin(), types.end());

    std::vector<double> degree(n), in(n), out(n);
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        in[v] = static_cast<double>(boost::in_degree(v, g));
        out[v] = static_cast<double>(boost::out_degree(v, g));
        degree[v] = in[v] + out[v];
    }

    // Weakly connected components.
    {
        using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
        Undirected u(n);
        for (Edge e : boost::make_iterator_range(boost::edges(g))) boost::add_edge(boost::source(e, g), boost::target(e, g), u);
        std::vector<int> component(n);
        st.components = n ? static_cast<std::size_t>(boost::connected_components(u, component.data())) : 0;
    }

    const std::vector<Vertex> by_name = kg.sorted_vertices();
    auto ranked = [&](const std::vector<double>& values) {
        std::vector<Ranked> r;
        for (Vertex v : by_name) r.push_back({v, values[v]});
        std::stable_sort(r.begin(), r.end(), [](const Ranked& a, const Ranked& b) { return a.value > b.value; });
        if (r.size() > options.top) r.resize(options.top);
        return r;
    };
    st.degree = ranked(degree);
    st.in_degree = ranked(in);
    st.out_degree = ranked(out);
    if (options.centrality) {
        st.pagerank = ranked(pagerank(g));
        st.betweenness = ranked(betweenness(kg, options.betweenness_sources, st.betweenness_sources));
    }
    return st;
}

}  // namespace newsgraph
