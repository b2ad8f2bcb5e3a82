#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <fstream>
#include <sstream>

#include "atomic_file.h"
#include "relations_jsonl.h"
#include "text_escape.h"
#include "tsv.h"
#include "writers.h"

using namespace newsgraph;

namespace {

// For readings that must report nothing.
const ProblemSink no_problems = [](const InputProblem& p) { FAIL("unexpected problem: " << p.what()); };

EdgeRecord edge_record(std::string subject, EntityType subject_type, std::string relation, std::string object,
                       EntityType object_type, Evidence evidence) {
    EdgeRecord r;
    r.subject = std::move(subject);
    r.subject_type = subject_type;
    r.relation = std::move(relation);
    r.object = std::move(object);
    r.object_type = object_type;
    r.evidence = std::move(evidence);
    return r;
}

KnowledgeGraph sample() {
    KnowledgeGraph kg;
    kg.add(edge_record("Quote \"Q\" <&> \\ Corp", EntityType::Organization, "accuses", "Ctrl\x01Land", EntityType::Country,
                       Evidence{"d1", 2, 10, 50, "He said \"no\" </script>\n", "2020-01-02", "", true, 0.75}));
    return kg;
}

}  // namespace

TEST_CASE("escape: XML drops control characters, DOT escapes quotes and backslashes, a terminal sees no control") {
    CHECK(escape_xml(std::string("a<b>&\"'\x01\tc")) == "a&lt;b&gt;&amp;&quot;&apos;\tc");
    CHECK(escape_dot("say \"hi\"\\\n\x02") == "say \\\"hi\\\"\\\\\\n");
    // ESC [31m, a NUL, DEL, and C1's CSI (U+009B); letters beyond ASCII stay.
    CHECK(escape_terminal(std::string("A\x1b[31mB") + '\0' + "C\x7f \xc2\x9b" "2J \xc2\xa0Z\xc3\xbc" "rich") ==
          "A\\x1b[31mB\\x00C\\x7f \\u009b2J \xc2\xa0Z\xc3\xbc" "rich");
}

TEST_CASE("gexf: an edge's spells are its dates, or its first to last date when the evidence is a sample") {
    auto dated = [](std::size_t evidence_cap) {
        KnowledgeGraph kg(evidence_cap);
        EdgeRecord r;
        r.subject = "Chile";
        r.relation = "accuses";
        r.object = "Peru";
        for (auto [doc, date] : {std::pair{"a", "2020-01-01"}, {"b", "2020-03-01"}, {"c", "2020-02-01"}}) {
            r.evidence = Evidence{doc, 0, 0, 10, "Chile accused Peru.", date, "", false, 0.8};
            kg.add(r);
        }
        std::ostringstream out;
        write_gexf(kg, out);
        return out.str();
    };
    const std::string all = dated(0), sample = dated(2);
    CHECK(all.find("<spell start=\"2020-01-01\" end=\"2020-01-01\"/>") != std::string::npos);
    CHECK(all.find("<spell start=\"2020-02-01\" end=\"2020-02-01\"/>") != std::string::npos);
    CHECK(all.find("<spell start=\"2020-03-01\" end=\"2020-03-01\"/>") != std::string::npos);
    // The sample keeps documents a and b; c's date must not be lost.
    CHECK(sample.find("<spell start=\"2020-01-01\" end=\"2020-03-01\"/>") != std::string::npos);
    CHECK(sample.find("<spell start=\"2020-01-01\" end=\"2020-01-01\"/>") == std::string::npos);
    // A date from a graph file that is no xsd:date would make the file invalid: it is left out.
    KnowledgeGraph odd;
    EdgeRecord r;
    r.subject = "Chile";
    r.relation = "accuses";
    r.object = "Peru";
    r.evidence = Evidence{"a", 0, 0, 10, "Chile accused Peru.", "5 March", "", false, 0.8};
    odd.add(r);
    std::ostringstream out;
    write_gexf(odd, out);
    CHECK(out.str().find("<spell") == std::string::npos);
}

TEST_CASE("json: write -> read -> write gives the same bytes") {
    std::ostringstream first, second;
    write_json(sample(), first);
    write_json(read_json(first.str(), "g.json"), second);
    CHECK(first.str() == second.str());
}

TEST_CASE("json and relation lines: a deeply nested value is read without recursion") {
    const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
    CHECK_THROWS_WITH(read_json("{\"nodes\": " + deep + ", \"links\": []}", "g.json"),
                      "g.json: not a newsgraph graph: a node is not an object");
    KnowledgeGraph g;
    read_relation_lines("{\"doc\": \"d\", \"subject\": \"A\", \"relation\": \"accuses\", \"object\": \"B\", \"x\": " + deep + "}\n",
                        "r.jsonl", g, no_problems);
    CHECK(boost::num_edges(g.graph()) == 1);
}

TEST_CASE("relation lines: split over files and out of order, the graph of one reading") {
    auto line = [](const char* doc, int sentence, const char* subject, const char* object, int mentions) {
        return "{\"doc\": \"" + std::string(doc) + "\", \"sentence\": " + std::to_string(sentence) +
               ", \"subject\": \"" + subject + "\", \"relation\": \"accuses\", \"object\": \"" + object +
               "\", \"subject_mentions\": " + std::to_string(mentions) + ", \"subject_aliases\": [\"" + subject +
               "\"], \"object_mentions\": 1, \"confidence\": 0.8}\n";
    };
    const std::string d1a = line("d1", 0, "Norland", "Vesta", 3), d1b = line("d1", 4, "Norland", "Ostia", 3),
                      d2 = line("d2", 1, "Norland", "Vesta", 2);
    auto as_json = [](const KnowledgeGraph& kg) {
        std::ostringstream out;
        write_json(kg, out);
        return out.str();
    };
    KnowledgeGraph whole, split, shuffled;
    read_relation_lines(d1a + d1b + d2, "all.jsonl", whole, no_problems);
    read_relation_lines(d1a, "part1.jsonl", split, no_problems);
    read_relation_lines(d1b + d2, "part2.jsonl", split, no_problems);
    read_relation_lines(d2 + d1b + d1a, "shuffled.jsonl", shuffled, no_problems);
    CHECK(as_json(split) == as_json(whole));
    CHECK(as_json(shuffled) == as_json(whole));
    const Graph& g = whole.graph();
    CHECK(g[*whole.find("Norland")].mentions == 5);  // 3 in d1, 2 in d2
    CHECK(g[*whole.find("Vesta")].mentions == 2);

    // Documents the graph already holds are left out, and the caller hears of them.
    std::set<std::string> left_out;
    read_relation_lines(d1a + d2, "again.jsonl", whole, no_problems, [&](const std::string& doc) {
        left_out.insert(doc);
        return doc == "d1";
    });
    CHECK(left_out == std::set<std::string>{"d1", "d2"});
    CHECK(g[*whole.find("Norland")].mentions == 5);
    CHECK(g[boost::edge(*whole.find("Norland"), *whole.find("Vesta"), g).first].support == 2);
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

namespace {
mode_t current_umask() {
    mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}
mode_t mode_of(const std::string& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 07777;
}
}  // namespace

TEST_CASE("atomic writes: a new file's mode follows the umask, a replaced file keeps its own") {
    const std::string path = "atomic_test_mode.txt";
    std::remove(path.c_str());
    write_atomically(path, [](std::ostream& o) { o << "one"; });
    CHECK(mode_of(path) == (0666 & ~current_umask()));  // not mkstemp's 0600
    REQUIRE(::chmod(path.c_str(), 0640) == 0);
    write_atomically(path, [](std::ostream& o) { o << "two"; });
    CHECK(read_file(path) == "two");
    CHECK(mode_of(path) == 0640);
    std::remove(path.c_str());
}

TEST_CASE("folder writes replace the folder whole, or leave it as it was") {
    namespace fs = std::filesystem;
    const std::string path = "atomic_test_folder";
    fs::remove_all(path);
    write_folder_atomically(path, {{"a.csv", [](std::ostream& o) { o << "1"; }}, {"b.sh", [](std::ostream& o) { o << "2"; }}});
    CHECK(read_file(path + "/a.csv") == "1");
    CHECK(mode_of(path + "/a.csv") == (0666 & ~current_umask()));
    CHECK(mode_of(path + "/b.sh") == (0777 & ~current_umask()));
    CHECK(mode_of(path) == (0777 & ~current_umask()));  // not mkdtemp's 0700
    CHECK_THROWS(write_folder_atomically(path, {{"a.csv", [](std::ostream& o) { o << "new"; }},
                                                {"b.sh", [](std::ostream&) { throw std::runtime_error("failed"); }}}));
    CHECK(read_file(path + "/a.csv") == "1");
    write_folder_atomically(path, {{"c.csv", [](std::ostream& o) { o << "3"; }}});
    CHECK(!fs::exists(path + "/a.csv"));
    CHECK(read_file(path + "/c.csv") == "3");
    for (const auto& entry : fs::directory_iterator("."))
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    fs::remove_all(path);
}

TEST_CASE("html: evidence and library code can't close their script elements") {
    namespace fs = std::filesystem;
    // A web folder whose libraries hold the sequences that would end a script.
    const fs::path web = "html_test_web";
    fs::create_directories(web / "node_modules/graphology/dist");
    fs::create_directories(web / "node_modules/sigma/dist");
    auto put = [](const fs::path& p, const std::string& text) { std::ofstream(p) << text; };
    put(web / "view.css", "body{}");
    put(web / "view.js", "var v = 1;");
    put(web / "node_modules/graphology/dist/graphology.umd.min.js", "var s = \"</script><!--\";");
    put(web / "node_modules/sigma/dist/sigma.min.js", "var t = 2;");
    std::ostringstream html;
    write_html(sample(), html, HtmlOptions{web.string(), 0, "sfdp"});
    const std::string page = html.str();
    std::size_t scripts = 0, closes = 0;
    for (std::size_t at = 0; (at = page.find("<script", at)) != std::string::npos; ++at) ++scripts;
    for (std::size_t at = 0; (at = page.find("</script", at)) != std::string::npos; ++at) ++closes;
    CHECK(scripts == 4);  // the data and three scripts
    CHECK(closes == 4);   // and only their own ends
    CHECK(page.find("<!--") == std::string::npos);
    CHECK(page.find("He said \\\"no\\\" \\u003c/script\\u003e") != std::string::npos);
    CHECK(page.find("Quote \\\"Q\\\" \\u003c\\u0026\\u003e") != std::string::npos);
    fs::remove_all(web);
    CHECK_THROWS_WITH(write_html(sample(), html, HtmlOptions{"no-such-web", 0, "sfdp"}),
                      Catch::Contains("no-such-web/view.css: missing"));
}

TEST_CASE("graphml: write -> read gives the same vertices, edges, weights and documents") {
    KnowledgeGraph kg = sample();
    EdgeRecord more = edge_record("Ctrl\x01Land", EntityType::Country, "denies", "Quote \"Q\" <&> \\ Corp",
                                  EntityType::Organization, Evidence{"d2", 0, 0, 5, "No.", "", "", false, 0.5});
    kg.add(more);
    more.evidence.sentence = 4;
    more.evidence.text = "Never.";
    kg.add(more);
    // The documents that name an entity, as add_document records them.
    for (Vertex v : kg.sorted_vertices())
        kg.graph()[v].documents = kg.graph()[v].type == EntityType::Country ? std::set<std::string>{"d1", "d2"}
                                                                            : std::set<std::string>{"d1"};
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
    CHECK(g[*back.find("ctrlland")].documents == std::set<std::string>{"d1", "d2"});
    CHECK_THROWS_WITH(read_graphml("<graphml>", "bad.graphml"), Catch::Matchers::StartsWith("bad.graphml:1: invalid XML"));
}

TEST_CASE("graphml: a graph read back writes the same file, so a query on it writes the figures it was given") {
    KnowledgeGraph kg;
    kg.add(edge_record("Norway", EntityType::Country, "accuses", "Blue Fox Group", EntityType::Group,
                       Evidence{"a", 3, 40, 90, "Norway accused the Blue Fox Group.", "2021-05-04", "", false, 0.9}));
    kg.add(edge_record("Norway", EntityType::Country, "accuses", "Blue Fox Group", EntityType::Group,
                       Evidence{"b", 0, 0, 60, "Norway blamed Blue Fox for the attack.", "2021-06-01", "", true, 0.6}));
    kg.add(edge_record("Blue Fox Group", EntityType::Group, "denies", "Norway", EntityType::Country,
                       Evidence{"b", 2, 70, 99, "Blue Fox denied it.", "2021-06-01", "Reuters", false, 0.7}));
    for (Vertex v : kg.sorted_vertices()) {
        kg.graph()[v].documents = {"a", "b", "c"};
        kg.graph()[v].mentions = 4;
    }
    std::ostringstream first, second;
    write_graphml(kg, first);
    write_graphml(read_graphml(first.str(), "g.graphml"), second);
    CHECK(second.str() == first.str());
    CHECK(first.str().find("<data key=\"document_ids\">a\nb\nc</data>") != std::string::npos);
}

TEST_CASE("graph files: a count or confidence out of range is an error, a whole decimal is a count") {
    auto json = [](const std::string& figures, const std::string& evidence = "") {
        return "{\"nodes\": [{\"id\": \"A\", \"mentions\": 2}, {\"id\": \"B\"}], \"links\": [{\"source\": \"A\", "
               "\"target\": \"B\", \"relation\": \"accuses\", " + figures + ", \"evidence\": [" + evidence + "]}]}";
    };
    KnowledgeGraph ok = read_json(json("\"weight\": 3.0, \"documents\": 2, \"max_confidence\": 0.8"), "g.json");
    const EdgeProps& p = ok.graph()[*boost::edges(ok.graph()).first];
    CHECK(p.support == 3);
    CHECK(p.documents == 2);
    CHECK(ok.graph()[*ok.find("a")].mentions == 2);
    const std::string link = "g.json: not a newsgraph graph: \"weight\" of the link A -> B is not a count (a whole number from 0 to 2^53)";
    CHECK_THROWS_WITH(read_json(json("\"weight\": -2"), "g.json"), link);
    CHECK_THROWS_WITH(read_json(json("\"weight\": 1.5"), "g.json"), link);
    CHECK_THROWS_WITH(read_json(json("\"weight\": 1e300"), "g.json"), link);
    CHECK_THROWS_WITH(read_json(json("\"weight\": \"3\""), "g.json"), link);
    CHECK_THROWS_WITH(read_json(json("\"mean_confidence\": 2"), "g.json"),
                      "g.json: not a newsgraph graph: \"mean_confidence\" of the link A -> B is not a confidence from 0 to 1");
    CHECK_THROWS_WITH(read_json(json("\"weight\": 1", "{\"doc\": \"d\", \"confidence\": -0.5}"), "g.json"),
                      "g.json: not a newsgraph graph: \"confidence\" of evidence of the link A -> B is not a confidence from 0 to 1");
    CHECK_THROWS_WITH(read_json("{\"nodes\": [{\"id\": \"A\", \"mentions\": -1}], \"links\": []}", "g.json"),
                      "g.json: not a newsgraph graph: \"mentions\" of the node A is not a count (a whole number from 0 to 2^53)");

    auto graphml = [](const std::string& weight) {
        return "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/><graph><node id=\"a\"/>"
               "<node id=\"b\"/><edge source=\"a\" target=\"b\"><data key=\"w\">" + weight + "</data></edge></graph></graphml>";
    };
    KnowledgeGraph gephi = read_graphml(graphml(" 4.0 "), "g.graphml");
    CHECK(gephi.graph()[*boost::edges(gephi.graph()).first].support == 4);
    CHECK_THROWS_WITH(read_graphml(graphml("-2"), "g.graphml"),
                      "g.graphml: \"weight\" of the edge a -> b is not a count (a whole number from 0 to 2^53): -2");
    CHECK_THROWS_WITH(read_graphml(graphml("many"), "g.graphml"),
                      "g.graphml: \"weight\" of the edge a -> b is not a count (a whole number from 0 to 2^53): many");

    // A bad relation line is reported and adds nothing, not even its good parts; the next is read.
    KnowledgeGraph lines;
    std::vector<std::string> problems;
    auto collect = [&](const InputProblem& p) { problems.push_back(p.what()); };
    const std::string line = "{\"subject\": \"A\", \"relation\": \"accuses\", \"object\": \"B\", \"doc\": \"d\", ";
    read_relation_lines(line + "\"confidence\": 7}\n\n" + line + "\"sentence\": 1, \"object_mentions\": -3}\n{\"subject\": \"C\"}\n" +
                            line + "\"sentence\": 2, \"object_mentions\": 4}\n",
                        "r.jsonl", lines, collect);
    CHECK(problems == std::vector<std::string>{
                          "r.jsonl:1: \"confidence\" is not a confidence from 0 to 1, skipped",
                          "r.jsonl:3: \"object_mentions\" is not a count (a whole number from 0 to 2^53), skipped",
                          "r.jsonl:4: a relation needs subject, relation, object and the doc it was found in, skipped"});
    REQUIRE(boost::num_edges(lines.graph()) == 1);
    CHECK(lines.graph()[*boost::edges(lines.graph()).first].support == 1);  // line 5 alone
    CHECK(lines.graph()[*lines.find("B")].mentions == 4);
    lines = KnowledgeGraph();

    // Counts within the rule whose sums are not: a node or link listed twice, a name in many documents.
    CHECK_THROWS_WITH(read_json("{\"nodes\": [{\"id\": \"A\", \"mentions\": 9007199254740992}, {\"id\": \"A\", "
                                "\"mentions\": 1}], \"links\": []}", "g.json"),
                      "g.json: the mentions of \"A\" would pass 2^53, the largest count a graph keeps");
    const std::string edge = "<edge source=\"a\" target=\"b\"><data key=\"w\">9007199254740992</data></edge>";
    CHECK_THROWS_WITH(read_graphml("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph><node id=\"a\"/>"
                                   "<node id=\"b\"/>" + edge + edge + "</graph></graphml>", "g.graphml"),
                      Catch::Matchers::StartsWith("g.graphml: the weight of a -") &&
                          Catch::Matchers::EndsWith(" would pass 2^53, the largest count a graph keeps"));
    const std::string named =
        "{\"subject\": \"A\", \"relation\": \"accuses\", \"object\": \"B\", \"object_mentions\": 9007199254740992, \"doc\": \"";
    CHECK_THROWS_WITH(read_relation_lines(named + "d1\"}\n" + named + "d2\"}\n", "r.jsonl", lines, no_problems),
                      "r.jsonl:2: the mentions of \"B\" would pass 2^53, the largest count a graph keeps");
}

TEST_CASE("graphml: an encoding error is one line naming the file") {
    CHECK_THROWS_WITH(read_graphml("<graphml><graph><node id=\"a\xff\xfe\"/></graph></graphml>", "u.graphml"),
                      "u.graphml:1: invalid XML: Input is not proper UTF-8, indicate encoding ! Bytes: 0xFF 0xFE 0x22 0x2F");
    CHECK_THROWS_WITH(read_graphml("<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?>\n<graphml>\x1b$B\xff\xfe</graphml>",
                                   "j.graphml"),
                      Catch::Matchers::StartsWith("j.graphml: invalid XML: input conversion failed due to input error"));
}

TEST_CASE("graphml: hostile XML gets an error, never a stack overflow or a file read") {
    std::string deep = "<graphml><graph>";
    for (int i = 0; i < 100000; ++i) deep += "<a>";
    CHECK_THROWS_WITH(read_graphml(deep, "deep.graphml"),
                      Catch::Matchers::StartsWith("deep.graphml:1: invalid XML: Excessive depth in document"));

    std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n<!ENTITY a \"aaaaaaaaaa\">\n";
    for (char level = 'b'; level <= 'j'; ++level) {
        std::string ten_of_the_last;
        for (int i = 0; i < 10; ++i) ten_of_the_last += std::string("&") + static_cast<char>(level - 1) + ";";
        laughs += std::string("<!ENTITY ") + level + " \"" + ten_of_the_last + "\">\n";
    }
    laughs += "]>\n<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><graph><node id=\"n\"><data key=\"l\">&j;</data>"
              "</node></graph></graphml>\n";
    CHECK_THROWS_WITH(read_graphml(laughs, "laughs.graphml"), Catch::Matchers::StartsWith("laughs.graphml:"));

    // An external entity is neither fetched nor read from disk.
    std::string external = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY e SYSTEM \"file://" NEWSGRAPH_LEXICON_DIR
                           "/titles.tsv\">]>\n<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><graph>"
                           "<node id=\"n\"><data key=\"l\">A&e;B</data></node></graph></graphml>\n";
    KnowledgeGraph kg = read_graphml(external, "external.graphml");
    REQUIRE(boost::num_vertices(kg.graph()) == 1);
    CHECK(kg.graph()[0].name == "AB");
}
