#include <fmt/format.h>

#include <map>
#include <set>
#include <utility>
#include <vector>

#include "dates.h"
#include "palette.h"
#include "text_escape.h"
#include "writers.h"

namespace newsgraph {

namespace {

// An attribute value: XML folds raw line breaks in attributes into spaces.
std::string attribute(std::string_view value) {
    std::string out;
    for (char c : escape_xml(value)) {
        if (c == '\n') out += "&#10;";
        else if (c == '\r') out += "&#13;";
        else if (c == '\t') out += "&#9;";
        else out += c;
    }
    return out;
}

void attvalue(std::ostream& out, int id, std::string_view value) {
    out << "          <attvalue for=\"" << id << "\" value=\"" << attribute(value) << "\"/>\n";
}

}  // namespace

void write_gexf(const KnowledgeGraph& kg, std::ostream& out) {
    const Graph& g = kg.graph();
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
           "  <meta>\n    <creator>newsgraph</creator>\n  </meta>\n"
           "  <graph mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"directed\">\n"
           "    <attributes class=\"node\">\n"
           "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
           "      <attribute id=\"1\" title=\"aliases\" type=\"string\"/>\n"
           "      <attribute id=\"2\" title=\"mentions\" type=\"long\"/>\n"
           "      <attribute id=\"3\" title=\"documents\" type=\"integer\"/>\n"
           "    </attributes>\n"
           "    <attributes class=\"edge\">\n"
           "      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n"
           "      <attribute id=\"1\" title=\"polarity\" type=\"string\"/>\n"
           "      <attribute id=\"2\" title=\"confidence\" type=\"double\"/>\n"
           "      <attribute id=\"3\" title=\"documents\" type=\"integer\"/>\n"
           "      <attribute id=\"4\" title=\"evidence\" type=\"string\"/>\n"
           "    </attributes>\n"
           "    <nodes>\n";
    std::map<Vertex, std::size_t> ids;
    for (Vertex v : kg.sorted_vertices()) {
        std::size_t id = ids.size();
        ids[v] = id;
        const VertexProps& p = g[v];
        Rgb c = type_color(p.type);
        double size = 5.0 + 2.0 * static_cast<double>(boost::in_degree(v, g) + boost::out_degree(v, g));
        out << "      <node id=\"n" << id << "\" label=\"" << attribute(p.name) << "\">\n"
            << "        <attvalues>\n";
        attvalue(out, 0, to_string(p.type));
        attvalue(out, 1, join(p.aliases));
        attvalue(out, 2, std::to_string(p.mentions));
        attvalue(out, 3, std::to_string(p.documents.size()));
        out << "        </attvalues>\n"
            << "        <viz:color r=\"" << c.r << "\" g=\"" << c.g << "\" b=\"" << c.b << "\"/>\n"
            << "        <viz:size value=\"" << fmt::format("{}", size) << "\"/>\n"
            << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    std::size_t edge_id = 0;
    for (Edge e : kg.sorted_edges()) {
        const EdgeProps& p = g[e];
        // Gephi's timeline: the edge exists on each date a document supports
        // it. When the evidence kept is a sample, its dates are not all the
        // dates, so the edge spans its first to its last date instead (those
        // two are exact).
        // Dates from a graph file or relation lines are the user's: one a
        // GEXF reader would reject (xsd:date) is left out.
        std::vector<std::pair<std::string, std::string>> spells;
        if (p.evidence.size() >= p.support) {
            std::set<std::string> dates;
            for (const Evidence& ev : p.evidence)
                if (is_iso_date(ev.date)) dates.insert(ev.date);
            for (const std::string& d : dates) spells.emplace_back(d, d);
        } else if (is_iso_date(p.first_date) && is_iso_date(p.last_date)) {
            spells.emplace_back(p.first_date, p.last_date);
        }
        std::string evidence;
        for (const Evidence& ev : p.evidence) evidence += (evidence.empty() ? "" : "\n") + ev.doc + ": " + ev.text;
        out << "      <edge id=\"e" << edge_id++ << "\" source=\"n" << ids[boost::source(e, g)] << "\" target=\"n"
            << ids[boost::target(e, g)] << "\" kind=\"" << attribute(p.relation) << "\" label=\"" << attribute(p.relation)
            << "\" weight=\"" << p.weight() << "\">\n"
            << "        <attvalues>\n";
        attvalue(out, 0, p.relation);
        attvalue(out, 1, p.negative ? "negative" : "positive");
        attvalue(out, 2, fmt::format("{}", p.max_confidence));
        attvalue(out, 3, std::to_string(p.documents));
        attvalue(out, 4, evidence);
        out << "        </attvalues>\n";
        if (!spells.empty()) {
            out << "        <spells>\n";
            for (const auto& [start, end] : spells)
                out << "          <spell start=\"" << start << "\" end=\"" << end << "\"/>\n";
            out << "        </spells>\n";
        }
        out << "      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace newsgraph
