#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "text_escape.h"
#include "writers.h"

namespace newsgraph {

namespace {

// neo4j-admin reads RFC 4180 fields; a line break inside one needs
// --multiline-fields, so evidence is kept to one line instead.
std::string field(std::string_view s) {
    std::string line(s);
    std::replace(line.begin(), line.end(), '\n', ' ');
    std::replace(line.begin(), line.end(), '\r', ' ');
    return csv_field(line);
}

// An array property: elements joined by the array delimiter ';', which no
// element may then hold; an empty field (no property) for no elements.
template <typename Range>
std::string array_field(const Range& items) {
    if (items.empty()) return "";
    std::string joined;
    for (const std::string& item : items) {
        if (!joined.empty()) joined += ';';
        for (char c : item) joined += c == ';' ? ',' : c;
    }
    return field(joined);
}

// "spokesperson-of" -> "SPOKESPERSON_OF": Neo4j's naming of relationship types.
std::string relationship_type(std::string_view relation) {
    std::string out;
    for (char c : relation) out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return out;
}

}  // namespace

void write_neo4j_nodes(const KnowledgeGraph& kg, std::ostream& out) {
    const Graph& g = kg.graph();
    out << "id:ID(Entity),:LABEL,name,type,aliases:string[],mentions:long,documents:long\n";
    std::size_t id = 0;
    for (Vertex v : kg.sorted_vertices()) {
        const VertexProps& p = g[v];
        out << 'n' << id++ << ",Entity;" << to_string(p.type) << ',' << field(p.name) << ',' << to_string(p.type) << ','
            << array_field(p.aliases) << ',' << p.mentions << ',' << p.documents.size() << '\n';
    }
}

void write_neo4j_relationships(const KnowledgeGraph& kg, std::ostream& out) {
    const Graph& g = kg.graph();
    std::map<Vertex, std::size_t> ids;
    for (Vertex v : kg.sorted_vertices()) ids.emplace(v, ids.size());
    out << ":START_ID(Entity),:END_ID(Entity),:TYPE,relation,polarity,weight:long,documents:long,first_date:date,"
           "last_date:date,max_confidence:double,mean_confidence:double,attributed_to:string[],evidence_documents:string[],"
           "evidence:string[]\n";
    for (Edge e : kg.sorted_edges()) {
        const EdgeProps& p = g[e];
        std::vector<std::string> documents, sentences;
        for (const Evidence& ev : p.evidence) {
            documents.push_back(ev.doc);
            sentences.push_back(ev.text);
        }
        // An empty unquoted field sets no property: a date-less edge has no dates.
        out << 'n' << ids[boost::source(e, g)] << ",n" << ids[boost::target(e, g)] << ',' << relationship_type(p.relation)
            << ',' << field(p.relation) << ',' << (p.negative ? "negative" : "positive") << ',' << p.weight() << ','
            << p.documents << ',' << p.first_date << ',' << p.last_date << ',' << fmt::format("{}", p.max_confidence)
            << ',' << fmt::format("{}", p.mean_confidence()) << ',' << array_field(p.attributed_to) << ','
            << array_field(documents) << ',' << array_field(sentences) << '\n';
    }
}

void write_neo4j_import_script(std::ostream& out) {
    out << "#!/bin/sh\n"
           "# Imports this graph into a new Neo4j 5 database with neo4j-admin. Run it\n"
           "# where neo4j-admin runs, with the DBMS stopped, then create the database\n"
           "# (CREATE DATABASE news) or, for the default one, start Neo4j.\n"
           "#   ./import.sh [DATABASE]        (default: neo4j)\n"
           "set -eu\n"
           "cd \"$(dirname \"$0\")\"\n"
           "exec neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\\n"
           "  --array-delimiter=';' --overwrite-destination=true \"${1:-neo4j}\"\n";
}

}  // namespace newsgraph
