#include <catch2/catch.hpp>

#include <algorithm>

#include "knowledge_graph.h"
#include "queries.h"

using namespace newsgraph;

namespace {

EdgeRecord record(std::string s, std::string r, std::string o, std::string doc, std::uint32_t sentence = 0) {
    EdgeRecord e;
    e.subject = std::move(s);
    e.subject_type = EntityType::Country;
    e.relation = std::move(r);
    e.object = std::move(o);
    e.object_type = EntityType::Country;
    e.evidence.doc = std::move(doc);
    e.evidence.sentence = sentence;
    e.evidence.text = "text";
    e.evidence.confidence = 0.8;
    return e;
}

// An accusation between two countries, with its confidence.
void add_accusation(KnowledgeGraph& kg, const char* s, const char* o, double confidence) {
    EdgeRecord r = record(s, "accuses", o, "d");
    r.evidence.confidence = confidence;
    kg.add(r);
}

// Each path as its vertices' names run together ("ABD").
std::vector<std::string> path_names(const KnowledgeGraph& kg, const std::vector<Path>& paths) {
    std::vector<std::string> out;
    for (const Path& p : paths) {
        std::string s;
        for (Vertex v : p.vertices) s += kg.graph()[v].name;
        out.push_back(s);
    }
    return out;
}

std::string dump(const KnowledgeGraph& kg) {
    const Graph& g = kg.graph();
    std::string out;
    for (Edge e : kg.sorted_edges())
        out += g[boost::source(e, g)].name + " -" + g[e].relation + "-> " + g[boost::target(e, g)].name + " x" +
               std::to_string(g[e].weight()) + "\n";
    return out;
}

}  // namespace

TEST_CASE("graph: one vertex per name, one edge per relation, weight counts sentences") {
    KnowledgeGraph kg;
    kg.add(record("Iran", "denies", "Microsoft", "d1"));
    kg.add(record("iran", "denies", "Microsoft", "d1", 3));
    kg.add(record("Iran", "denies", "Microsoft", "d1", 3));  // the same sentence again
    kg.add(record("Microsoft", "accuses", "Iran", "d1"));
    CHECK(boost::num_vertices(kg.graph()) == 2);
    CHECK(dump(kg) == "Iran -denies-> Microsoft x2\nMicrosoft -accuses-> Iran x1\n");
}

TEST_CASE("graph: evidence is a capped sample, the figures stay exact") {
    auto fill = [](KnowledgeGraph& kg, bool reverse) {
        for (int i = 0; i < 100; ++i) {
            int n = reverse ? 99 - i : i;
            const std::string day = std::to_string(n / 10);  // std::string + std::string: see export/atomic_file.cpp
            EdgeRecord r = record("Iran", "denies", "Microsoft", std::string("d") + day, static_cast<std::uint32_t>(n));
            r.evidence.date = std::string("2020-01-1") + day;
            r.evidence.confidence = n % 2 ? 0.5 : 0.9;
            kg.add(r);
        }
    };
    KnowledgeGraph forward(5), backward(5);
    fill(forward, false);
    fill(backward, true);
    for (const KnowledgeGraph* kg : {&forward, &backward}) {
        const EdgeProps& p = kg->graph()[kg->sorted_edges().front()];
        CHECK(p.weight() == 100);
        CHECK(p.documents == 10);
        CHECK(p.evidence.size() == 5);
        CHECK(p.first_date == "2020-01-10");
        CHECK(p.last_date == "2020-01-19");
        CHECK(p.max_confidence == 0.9);
        CHECK(p.mean_confidence() == Approx(0.7));
    }
    CHECK(forward.graph()[forward.sorted_edges().front()].evidence ==
          backward.graph()[backward.sorted_edges().front()].evidence);
}

TEST_CASE("graph: merge is independent of order") {
    KnowledgeGraph a, b, ab, ba;
    a.add(record("Iran", "denies", "Microsoft", "d1"));
    b.add(record("Microsoft", "accuses", "Iran", "d2"));
    b.add(record("Iran", "denies", "Microsoft", "d2"));
    ab.merge(a);
    ab.merge(b);
    ba.merge(b);
    ba.merge(a);
    CHECK(dump(ab) == dump(ba));
    CHECK(dump(ab) == "Iran -denies-> Microsoft x2\nMicrosoft -accuses-> Iran x1\n");
}

TEST_CASE("graph: relations and graphs in any order give the same graph") {
    // Two documents whose relations come interleaved, as from parallel
    // extractions writing into one file, and a name in headline capitals.
    std::vector<EdgeRecord> records = {
        record("NORLAND", "accuses", "Vesta", "d1", 0), record("Norland", "accuses", "Vesta", "d2", 0),
        record("Norland", "accuses", "Vesta", "d1", 1), record("Vesta", "denies", "Norland", "d2", 1),
        record("Norland", "accuses", "Vesta", "d2", 2), record("Vesta", "denies", "NorLand", "d1", 2),
    };
    auto built = [](const std::vector<EdgeRecord>& in) {
        KnowledgeGraph kg;
        for (const EdgeRecord& r : in) kg.add(r);
        return kg;
    };
    auto full_dump = [](const KnowledgeGraph& kg) {
        const Graph& g = kg.graph();
        std::string out;
        for (Vertex v : kg.sorted_vertices()) {
            out += g[v].name + ":";
            for (const std::string& alias : g[v].aliases) out += " " + alias;
            out += "\n";
        }
        for (Edge e : kg.sorted_edges()) out += std::to_string(g[e].documents) + " documents\n";
        return dump(kg) + out;
    };
    KnowledgeGraph forward = built(records);
    std::reverse(records.begin(), records.end());
    KnowledgeGraph backward = built(records);
    CHECK(full_dump(forward) == full_dump(backward));
    CHECK(full_dump(forward) ==
          "NorLand -accuses-> Vesta x4\nVesta -denies-> NorLand x2\nNorLand: NORLAND NorLand Norland\nVesta: Vesta\n"
          "2 documents\n2 documents\n");

    KnowledgeGraph a = built({records[0], records[1]}), b = built({records[2], records[3]});
    KnowledgeGraph ab, ba;
    ab.merge(a);
    ab.merge(b);
    ba.merge(b);
    ba.merge(a);
    CHECK(full_dump(ab) == full_dump(ba));
}

TEST_CASE("graph: a graph moved keeps its edges") {
    // Boost's adjacency_list copies when moved: edge descriptors kept by the
    // graph pointed into the moved-from copy (use after free under ASan).
    auto made = [] {
        KnowledgeGraph kg;
        kg.add(record("A", "accuses", "B", "d"));
        return kg;
    };
    KnowledgeGraph assigned;
    assigned = made();
    KnowledgeGraph constructed(std::move(assigned));
    constructed.add(record("A", "accuses", "B", "d", 1));
    const Graph& g = constructed.graph();
    REQUIRE(constructed.sorted_edges().size() == 1);
    CHECK(g[constructed.sorted_edges()[0]].relation == "accuses");
    CHECK(g[constructed.sorted_edges()[0]].support == 2);
}

TEST_CASE("graph: a sentence given twice counts once, in the evidence sample or not") {
    KnowledgeGraph kg(1);  // keeps one piece of evidence an edge
    for (int pass = 0; pass < 2; ++pass)
        for (std::uint32_t sentence = 0; sentence < 3; ++sentence)
            kg.add(record("A", "accuses", "B", sentence % 2 ? "d1" : "d0", sentence));
    const Graph& g = kg.graph();
    const EdgeProps& p = g[*boost::edges(g).first];
    CHECK(p.support == 3);
    CHECK(p.documents == 2);
    CHECK(p.evidence.size() == 1);
}

TEST_CASE("graph: spellings of one name, the one shown") {
    CHECK(preferred_spelling("Norland", "NORLAND"));     // headline capitals lose
    CHECK(preferred_spelling("NorLand", "Norland"));     // then more capitals win
    CHECK(preferred_spelling("Lazio Group", "Lazio group"));
    CHECK(!preferred_spelling("NORLAND", "Norland"));
    CHECK(preferred_spelling("N\xc3\xa9ra", "N\xc3\xa9rb"));  // then byte order
    CHECK(!preferred_spelling("Norland", "Norland"));
}

TEST_CASE("graph: a name that matches no entity is answered with the near ones") {
    KnowledgeGraph kg;
    kg.add(record("Mirela Kostova", "denies", "Peru", "d1"));
    kg.add_alias(*kg.find("Mirela Kostova"), "Kostova");
    kg.add(record("Paraguayan Foreign Ministry", "accuses", "Peru", "d2"));
    kg.add(record("Chilean Foreign Ministry", "accuses", "Peru", "d3"));
    kg.add_mentions(*kg.find("Paraguayan Foreign Ministry"), "d2", 3);
    auto error_for = [&](const std::string& name) {
        try {
            find_neighbors(kg, name, 1);
        } catch (const std::invalid_argument& e) {
            return std::string(e.what());
        }
        return std::string("found");
    };
    // A typo in the name or in an alias; a part of names, the most mentioned first.
    CHECK(error_for("Kostava") == "no entity named 'Kostava' in the graph; did you mean Mirela Kostova?");
    CHECK(error_for("mirela kostov") == "no entity named 'mirela kostov' in the graph; did you mean Mirela Kostova?");
    CHECK(error_for("Pero") == "no entity named 'Pero' in the graph; did you mean Peru?");
    CHECK(error_for("foreign ministry") == "no entity named 'foreign ministry' in the graph; did you mean "
                                           "Paraguayan Foreign Ministry, Chilean Foreign Ministry?");
    CHECK(error_for("Atlantis") == "no entity named 'Atlantis' in the graph");
    CHECK(error_for("kostova") == "found");
}

TEST_CASE("graph: an alias two entities share names neither") {
    KnowledgeGraph kg;
    EdgeRecord r = record("Ana Ruiz", "accuses", "Luis Ruiz", "d");
    kg.add(r);
    kg.add_alias(*kg.find("Ana Ruiz"), "Ruiz");
    kg.add_alias(*kg.find("luis ruiz"), "RUIZ");
    kg.add_alias(*kg.find("Luis Ruiz"), "Lucho");
    CHECK(kg.graph()[*kg.find("lucho")].name == "Luis Ruiz");
    CHECK_FALSE(kg.find("Ruiz"));
    REQUIRE(kg.candidates("ruiz").size() == 2);
    CHECK(kg.graph()[kg.candidates("ruiz")[0]].name == "Ana Ruiz");
    CHECK_THROWS_WITH(find_paths(kg, PathQuery{.from = "Ruiz", .to = "Luis Ruiz"}),
                      "'Ruiz' may be any of 2 entities: Ana Ruiz, Luis Ruiz; give one of their names");
    kg.add(record("Ruiz", "denies", "Ana Ruiz", "d"));  // an entity of that very name wins
    CHECK(kg.graph()[*kg.find("RUIZ")].name == "Ruiz");
}

TEST_CASE("graph: a count that would pass 2^53 is an error, not a wrapped figure") {
    KnowledgeGraph full, more;
    Vertex v = full.add_entity("Iran", EntityType::Country);
    full.add_mentions(v, "d1", kLargestCount - 1);
    full.add_mentions(v, "d2", 1);
    CHECK(full.graph()[v].mentions == static_cast<long>(kLargestCount));
    more.add_mentions(more.add_entity("iran", EntityType::Country), "d3", 1);
    CHECK_THROWS_WITH(full.merge(more), "the mentions of \"Iran\" would pass 2^53, the largest count a graph keeps");

    EdgeProps heavy;
    heavy.relation = "denies";
    heavy.support = kLargestCount;
    heavy.documents = 1;
    KnowledgeGraph edges;
    edges.add_edge("Iran", EntityType::Country, "Microsoft", EntityType::Organization, heavy);
    CHECK_THROWS_WITH(edges.add(record("Iran", "denies", "Microsoft", "d9")),
                      "the weight of Iran -denies-> Microsoft would pass 2^53, the largest count a graph keeps");
    CHECK(edges.graph()[edges.sorted_edges().front()].support == kLargestCount);
}

TEST_CASE("stats: betweenness exact on a small graph, estimated from spread sources on a large one") {
    KnowledgeGraph chain;  // A -> B -> C -> D -> E
    for (const char* pair : {"AB", "BC", "CD", "DE"})
        chain.add(record(std::string(1, pair[0]), "attacked", std::string(1, pair[1]), "d"));
    auto value_of = [&](const GraphStats& st, const std::string& name) {
        for (const Ranked& r : st.betweenness)
            if (chain.graph()[r.vertex].name == name) return r.value;
        return -1.0;
    };
    // Exact: C lies on the four paths A-D, A-E, B-D, B-E of the 12 ordered pairs it is not in.
    GraphStats exact = compute_stats(chain, StatsOptions{});
    CHECK(exact.betweenness_sources == 5);
    CHECK(value_of(exact, "B") == Approx(3.0 / 12));
    CHECK(value_of(exact, "C") == Approx(4.0 / 12));
    CHECK(value_of(exact, "D") == Approx(3.0 / 12));
    // From A and C (vertices 0 and 2 of 5 in name order), scaled by 5/2:
    // B lies on 3 of their paths, C on 2, D on 2.
    GraphStats estimated = compute_stats(chain, StatsOptions{.betweenness_sources = 2});
    CHECK(estimated.betweenness_sources == 2);
    CHECK(value_of(estimated, "B") == Approx(3 * 2.5 / 12));
    CHECK(value_of(estimated, "C") == Approx(2 * 2.5 / 12));
    CHECK(value_of(estimated, "D") == Approx(2 * 2.5 / 12));
    // Counts and degrees alone: no centrality.
    GraphStats counts = compute_stats(chain, StatsOptions{.centrality = false});
    CHECK(counts.edges == 4);
    CHECK(counts.degree.size() == 5);
    CHECK(counts.pagerank.empty());
    CHECK(counts.betweenness.empty());
}

TEST_CASE("queries: the most confident path and edge filters") {
    KnowledgeGraph kg;
    auto add = [&](const char* s, const char* o, double confidence, const char* date, bool negative = false) {
        EdgeRecord r = record(s, "accuses", o, "d");
        r.evidence.confidence = confidence;
        r.evidence.date = date;
        r.negative = negative;
        kg.add(r);
    };
    add("A", "D", 0.3, "2020-01-01");
    add("A", "B", 0.9, "2020-02-01");
    add("B", "D", 0.9, "2020-03-01");
    add("A", "C", 0.5, "2020-04-01");
    add("C", "D", 0.99, "2020-05-01", true);
    auto names = [&](const std::vector<Path>& paths) {
        std::string out;
        for (Vertex v : paths.at(0).vertices) out += kg.graph()[v].name;
        return out;
    };
    PathQuery q{"A", "D"};
    CHECK(names(find_paths(kg, q)) == "AD");
    q.most_confident = true;
    CHECK(names(find_paths(kg, q)) == "ABD");  // 0.81 beats 0.3 and 0.495
    q.most_confident = false;
    q.filter.min_confidence = 0.4;
    CHECK(names(find_paths(kg, q)) == "ABD");
    q.filter.since = "2020-02-15";
    CHECK(names(find_paths(kg, q)) == "ACD");  // A-B is older
    q.filter = EdgeFilter{};
    q.filter.negative = false;
    q.filter.min_confidence = 0.4;
    q.relations = {"accuses"};
    CHECK(names(find_paths(kg, q)) == "ABD");
    q.filter.negative = true;
    CHECK(find_paths(kg, q).empty());
    q.filter = EdgeFilter{};
    q.filter.types = {EntityType::Person};
    CHECK(find_paths(kg, q).empty());  // every end is a Country
}

TEST_CASE("queries: the most confident path within a hop limit goes through a less confident short way") {
    KnowledgeGraph kg;
    // The most confident way to X takes two hops (0.98), the direct one one (0.5).
    add_accusation(kg, "A", "B", 0.99);
    add_accusation(kg, "B", "X", 0.99);
    add_accusation(kg, "A", "X", 0.5);
    add_accusation(kg, "X", "T", 0.9);
    auto names = [&](const PathQuery& q) { return path_names(kg, find_paths(kg, q)); };
    PathQuery q{.from = "A", .to = "T", .k = 3, .max_hops = 3, .most_confident = true};
    CHECK(names(q) == std::vector<std::string>{"ABXT", "AXT"});
    q.max_hops = 2;
    CHECK(names(q) == std::vector<std::string>{"AXT"});
    q.max_hops = 1;
    CHECK(names(q).empty());
    q.most_confident = false;
    q.max_hops = 2;
    CHECK(names(q) == std::vector<std::string>{"AXT"});
}

TEST_CASE("queries: k shortest simple paths (Yen)") {
    KnowledgeGraph kg;
    add_accusation(kg, "A", "D", 0.2);
    add_accusation(kg, "A", "B", 0.9);
    add_accusation(kg, "B", "D", 0.9);
    add_accusation(kg, "A", "C", 0.5);
    add_accusation(kg, "C", "D", 0.5);
    add_accusation(kg, "B", "C", 0.9);
    auto names = [&](const std::vector<Path>& paths) { return path_names(kg, paths); };
    PathQuery q{.from = "A", .to = "D", .k = 10};
    // By hops, ties in name order; every simple path once.
    CHECK(names(find_paths(kg, q)) == std::vector<std::string>{"AD", "ABD", "ACD", "ABCD"});
    q.k = 2;
    CHECK(names(find_paths(kg, q)) == std::vector<std::string>{"AD", "ABD"});
    // By confidence: 0.81, 0.405, 0.25, 0.2.
    q.k = 10;
    q.most_confident = true;
    CHECK(names(find_paths(kg, q)) == std::vector<std::string>{"ABD", "ABCD", "ACD", "AD"});
    q.max_hops = 2;
    CHECK(names(find_paths(kg, q)) == std::vector<std::string>{"ABD", "ACD", "AD"});
}

TEST_CASE("queries: paths, neighbours, stats") {
    KnowledgeGraph kg;
    kg.add(record("A", "accuses", "B", "d"));
    kg.add(record("B", "denies", "C", "d"));
    kg.add(record("A", "attacked", "C", "d"));
    kg.add(record("C", "attacked", "D", "d"));
    PathQuery q{.from = "A", .to = "D", .max_paths = 100};
    auto paths = find_paths(kg, q);
    REQUIRE(paths.size() == 1);
    CHECK(paths[0].edges.size() == 2);
    q.all = true;
    CHECK(find_paths(kg, q).size() == 2);
    q.relations = {"accuses", "denies"};
    CHECK(find_paths(kg, q).empty());
    PathQuery back{.from = "D", .to = "A", .max_paths = 100};
    CHECK(find_paths(kg, back).empty());
    back.undirected = true;
    CHECK(find_paths(kg, back).size() == 1);
    CHECK_THROWS_WITH(find_paths(kg, PathQuery{.from = "A", .to = "Nowhere"}),
                      "no entity named 'Nowhere' in the graph");

    Neighborhood n = find_neighbors(kg, "b", 1);
    CHECK(n.vertices.size() == 3);
    GraphStats st = compute_stats(kg, StatsOptions{});
    CHECK(st.nodes == 4);
    CHECK(st.edges == 4);
    CHECK(st.components == 1);
    double total = 0;
    for (const Ranked& r : st.pagerank) total += r.value;
    CHECK(total == Approx(1.0));
    CHECK(kg.graph()[st.degree.front().vertex].name == "C");
}
