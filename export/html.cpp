#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "graphviz.h"
#include "palette.h"
#include "queries.h"
#include "tsv.h"
#include "writers.h"

namespace newsgraph {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void string(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

// "n12", "e7": element ids. Built piecewise: GCC 12 warns falsely
// (-Wrestrict, bug 105329) on "n" + std::to_string(i).
std::string element_id(char prefix, std::size_t index) {
    std::string id(1, prefix);
    id += std::to_string(index);
    return id;
}

// JSON inside <script type="application/json">: '<', '>' and '&' appear only
// inside JSON strings, where \u escapes mean the same, so no text can close
// the script element or open a comment in it.
std::string script_safe_json(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    for (char c : json) {
        if (c == '<') out += "\\u003c";
        else if (c == '>') out += "\\u003e";
        else if (c == '&') out += "\\u0026";
        else out += c;
    }
    return out;
}

// A library's code inside <script>: "</script" and "<!--" would end or
// confuse the element; in JavaScript "<\/" and "<\!" mean the same.
std::string script_safe_code(std::string code) {
    for (std::size_t at = 0; (at = code.find("</", at)) != std::string::npos; at += 3) code.replace(at, 2, "<\\/");
    for (std::size_t at = 0; (at = code.find("<!--", at)) != std::string::npos; at += 5) code.replace(at, 2, "<\\!");
    return code;
}

std::string read_web_file(const HtmlOptions& options, const std::string& relative) {
    std::filesystem::path path = std::filesystem::path(options.web_dir) / relative;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path.string() + ": missing; the HTML view needs the web folder with its npm packages "
                         "(npm ci --prefix web, which scripts/install-deps.sh runs)");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string graph_data(const KnowledgeGraph& kg, const HtmlOptions& options) {
    const Graph& g = kg.graph();
    std::vector<Vertex> chosen = most_connected(kg, options.max_entities);
    std::set<Vertex> keep(chosen.begin(), chosen.end());
    std::vector<Vertex> vertices;  // in name order, as every export
    for (Vertex v : kg.sorted_vertices())
        if (keep.count(v)) vertices.push_back(v);
    std::vector<Edge> edges = edges_among(kg, vertices);
    std::vector<Point> xy = layout_positions(kg, vertices, edges, options.layout);
    std::map<Vertex, std::size_t> ids;
    for (Vertex v : vertices) ids.emplace(v, ids.size());

    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("entities");
    w.Uint64(boost::num_vertices(g));
    w.Key("types");
    w.StartObject();
    for (auto t : {EntityType::Country, EntityType::Organization, EntityType::Person, EntityType::Group,
                   EntityType::Malware, EntityType::Location, EntityType::Unknown}) {
        w.Key(std::string(to_string(t)).c_str());
        string(w, hex(type_color(t)));
    }
    w.EndObject();
    w.Key("relations");
    w.StartObject();
    std::set<std::string> relations;
    for (Edge e : edges) relations.insert(g[e].relation);
    for (const std::string& r : relations) {
        w.Key(r.c_str());
        string(w, relation_color(r));
    }
    w.EndObject();
    w.Key("nodes");
    w.StartArray();
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        const VertexProps& p = g[vertices[i]];
        std::size_t degree = boost::in_degree(vertices[i], g) + boost::out_degree(vertices[i], g);
        w.StartObject();
        w.Key("id");
        string(w, element_id('n', i));
        w.Key("label");
        string(w, p.name);
        w.Key("kind");
        string(w, to_string(p.type));
        w.Key("x");
        w.Double(std::round(xy[i].x * 100) / 100);
        w.Key("y");
        w.Double(std::round(xy[i].y * 100) / 100);
        w.Key("degree");
        w.Uint64(degree);
        w.Key("mentions");
        w.Int64(p.mentions);
        w.Key("documents");
        w.Uint64(p.documents.size());
        w.EndObject();
    }
    w.EndArray();
    w.Key("edges");
    w.StartArray();
    std::size_t id = 0;
    for (Edge e : edges) {
        const EdgeProps& p = g[e];
        w.StartObject();
        w.Key("id");
        string(w, element_id('e', id++));
        w.Key("source");
        string(w, element_id('n', ids[boost::source(e, g)]));
        w.Key("target");
        string(w, element_id('n', ids[boost::target(e, g)]));
        w.Key("relation");
        string(w, p.relation);
        w.Key("negative");
        w.Bool(p.negative);
        w.Key("weight");
        w.Uint64(p.weight());
        w.Key("documents");
        w.Uint64(p.documents);
        w.Key("first");
        string(w, p.first_date);
        w.Key("last");
        string(w, p.last_date);
        w.Key("confidence");
        w.Double(p.max_confidence);
        w.Key("evidence");
        w.StartArray();
        for (const Evidence& ev : p.evidence) {
            w.StartObject();
            w.Key("doc");
            string(w, ev.doc);
            w.Key("date");
            string(w, ev.date);
            w.Key("text");
            string(w, ev.text);
            if (!ev.attributed_to.empty()) {
                w.Key("attributed_to");
                string(w, ev.attributed_to);
            }
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return script_safe_json(std::string_view(buf.GetString(), buf.GetSize()));
}

}  // namespace

void write_html(const KnowledgeGraph& kg, std::ostream& out, const HtmlOptions& options) {
    // Read first: a missing file fails before anything is written.
    std::string css = read_web_file(options, "view.css");
    std::string graphology = read_web_file(options, "node_modules/graphology/dist/graphology.umd.min.js");
    std::string sigma = read_web_file(options, "node_modules/sigma/dist/sigma.min.js");
    std::string view = read_web_file(options, "view.js");
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"newsgraph\">\n<title>newsgraph</title>\n<style>\n"
        << css
        << "</style>\n</head>\n<body>\n"
           "<header id=\"bar\">\n"
           "  <input id=\"search\" type=\"search\" list=\"names\" placeholder=\"Find an entity\" aria-label=\"Find an entity\">\n"
           "  <datalist id=\"names\"></datalist>\n"
           "  <span id=\"relations\"></span>\n"
           "  <label>from <input id=\"since\" type=\"date\"></label>\n"
           "  <label>to <input id=\"until\" type=\"date\"></label>\n"
           "  <span id=\"count\"></span>\n"
           "</header>\n"
           "<main id=\"graph\"></main>\n"
           "<aside id=\"panel\" hidden><button id=\"close\" aria-label=\"Close\">&times;</button>"
           "<h2 id=\"panel-title\"></h2><div id=\"panel-body\"></div></aside>\n"
           "<script id=\"graph-data\" type=\"application/json\">"
        << graph_data(kg, options) << "</script>\n<script>\n"
        << script_safe_code(graphology) << "\n</script>\n<script>\n"
        << script_safe_code(sigma) << "\n</script>\n<script>\n"
        << script_safe_code(view) << "\n</script>\n</body>\n</html>\n";
}

}  // namespace newsgraph
