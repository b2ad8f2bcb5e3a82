#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "atomic_file.h"
#include "text_escape.h"
#include "tsv.h"
#include "writers.h"

using namespace newsgraph;

namespace {

KnowledgeGraph sample() {
    KnowledgeGraph kg;
    EdgeRecord r;
    r.subject = "Quote \"Q\" <&> \\ Corp";
    r.subject_type = EntityType::Organization;
    r.relation = "accuses";
    r.object = std::string("Ctrl\x01") + "Land";
    r.object_type = EntityType::Country;
    r.evidence = Evidence{"d1", 2, 10, 50, "He said \"no\" </script>\n", "2020-01-02", "", true, 0.75};
    kg.add(r);
    return kg;
}

}  // namespace

TEST_CASE("escape: XML drops control characters, DOT escapes quotes and backslashes") {
    CHECK(escape_xml(std::string("a<b>&\"'\x01\tc")) == "a&lt;b&gt;&amp;&quot;&apos;\tc");
    CHECK(escape_dot("say \"hi\"\\\n\x02") == "say \\\"hi\\\"\\\\\\n");
}

TEST_CASE("json: write -> read -> write gives the same bytes") {
    std::ostringstream first, second;
    write_json(sample(), first);
    write_json(read_json(first.str(), "g.json"), second);
    CHECK(first.str() == second.str());
}

TEST_CASE("json: a file that is not a graph is named in the error") {
    CHECK_THROWS_WITH(read_json("{\"nodes\": 3}", "g.json"),
                      "g.json: not a newsgraph graph: expected an object with \"nodes\" and \"links\" arrays");
    CHECK_THROWS_WITH(read_json("{", "g.json"), Catch::Matchers::StartsWith("g.json: invalid JSON at byte 1"));
}

TEST_CASE("graphml and dot: escaped, no control characters") {
    std::ostringstream graphml, dot;
    write_graphml(sample(), graphml);
    write_dot(sample(), dot);
    CHECK(graphml.str().find('\x01') == std::string::npos);
    CHECK(graphml.str().find("Quote &quot;Q&quot; &lt;&amp;&gt; \\ Corp") != std::string::npos);
    CHECK(dot.str().find("label=\"Quote \\\"Q\\\" <&> \\\\ Corp\"") != std::string::npos);
}

TEST_CASE("atomic writes leave nothing behind on failure") {
    std::string path = "atomic_test_output.txt";
    write_atomically(path, [](std::ostream& o) { o << "one"; });
    CHECK(read_file(path) == "one");
    CHECK_THROWS(write_atomically(path, [](std::ostream& o) {
        o << "partial";
        throw std::runtime_error("writer failed");
    }));
    CHECK(read_file(path) == "one");
    CHECK_THROWS(write_atomically("/nonexistent-dir/x.json", [](std::ostream& o) { o << "x"; }));
    std::remove(path.c_str());
}

TEST_CASE("graphml: write -> read gives the same vertices, edges and weights") {
    KnowledgeGraph kg = sample();
    EdgeRecord more;
    more.subject = "Ctrl\x01Land";
    more.subject_type = EntityType::Country;
    more.relation = "denies";
    more.object = "Quote \"Q\" <&> \\ Corp";
    more.object_type = EntityType::Organization;
    more.evidence = Evidence{"d2", 0, 0, 5, "No.", "", "", false, 0.5};
    kg.add(more);
    more.evidence.sentence = 4;
    more.evidence.text = "Never.";
    kg.add(more);
    std::ostringstream first;
    write_graphml(kg, first);
    KnowledgeGraph back = read_graphml(first.str(), "g.graphml");
    const Graph& g = back.graph();
    REQUIRE(boost::num_vertices(g) == 2);
    std::string dump;
    for (Edge e : back.sorted_edges())
        dump += g[boost::source(e, g)].name + " -" + g[e].relation + "-> " + g[boost::target(e, g)].name + " x" +
                std::to_string(g[e].weight()) + "\n";
    CHECK(dump == "CtrlLand -denies-> Quote \"Q\" <&> \\ Corp x2\nQuote \"Q\" <&> \\ Corp -accuses-> CtrlLand x1\n");
    CHECK(g[*back.find("ctrlland")].type == EntityType::Country);
    CHECK_THROWS_WITH(read_graphml("<graphml>", "bad.graphml"), Catch::Matchers::StartsWith("bad.graphml:1: invalid XML"));
}
