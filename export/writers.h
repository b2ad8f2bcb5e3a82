// Writers for a built graph, one file per format, and the reader of the
// node-link JSON that the queries and `merge` load back. Every writer emits
// vertices and edges in KnowledgeGraph's sorted order: same graph, same bytes.
//
//   write_graphml(graph, out);  write_dot(graph, out);  write_json(graph, out);
//   KnowledgeGraph g = read_json(text, "graph.json");
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "knowledge_graph.h"

namespace newsgraph {

// GraphML: node ids n0.., edge ids e0.., every key declared with attr.type,
// label/type/aliases/mentions/documents and r/g/b (Gephi's colour keys) on
// nodes; relation/polarity/weight/confidence/dates/evidence on edges.
void write_graphml(const KnowledgeGraph& graph, std::ostream& out);

// Graphviz DOT: every id and value quoted and escaped, node shape and colour
// by type, edge colour by relation, evidence in tooltips, and a legend.
struct DotOptions {
    std::size_t max_label = 40;           // longer edge labels are cut with "..."
    std::size_t max_labeled_edges = 300;  // with more edges, labels only in tooltips
    std::string layout;                   // "" (dot), or an engine such as "sfdp" for large graphs
    bool legend = true;
};
void write_dot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options = {});

// SVG rendered from that DOT by Graphviz, in-process.
void write_svg(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options = {});

// GEXF 1.3 for Gephi: dynamic mode with document dates as edge spells (the
// timeline), viz:color by type, viz:size by degree, edge kind = relation.
void write_gexf(const KnowledgeGraph& graph, std::ostream& out);

// Cytoscape.js elements JSON ("elements": {"nodes", "edges"} with "data").
void write_cytoscape(const KnowledgeGraph& graph, std::ostream& out);

// Gephi's spreadsheet import: a nodes table (Id,Label,...) and an edges
// table (Source,Target,Type,Id,Label,Weight,...).
void write_gephi_nodes_csv(const KnowledgeGraph& graph, std::ostream& out);
void write_gephi_edges_csv(const KnowledgeGraph& graph, std::ostream& out);

// One self-contained HTML page, openable offline: graphology and sigma.js
// (npm packages in `web_dir`/node_modules) and the view (web/view.js) inlined,
// the `max_entities` most connected entities placed by a Graphviz layout,
// with search, relation and date filters, neighbour highlighting and each
// edge's evidence in a side panel.
struct HtmlOptions {
    std::string web_dir = "web";
    std::size_t max_entities = 300;  // 0: all
    std::string layout = "sfdp";
};
void write_html(const KnowledgeGraph& graph, std::ostream& out, const HtmlOptions& options);

// Neo4j's bulk import (`neo4j-admin database import full`): a nodes table
// (id:ID(Entity), :LABEL "Entity;<type>", typed columns), a relationships
// table (:START_ID, :END_ID, :TYPE in UPPER_SNAKE, typed columns, arrays
// joined by ';') and the import command as a script; `newsgraph build -o
// g.neo4j` writes the three into the folder g.neo4j.
void write_neo4j_nodes(const KnowledgeGraph& graph, std::ostream& out);
void write_neo4j_relationships(const KnowledgeGraph& graph, std::ostream& out);
void write_neo4j_import_script(std::ostream& out);

// networkx node-link JSON ("nodes", "links"; multigraph) with full evidence.
void write_json(const KnowledgeGraph& graph, std::ostream& out);

// Reads what write_json wrote; throws InputError naming `file` on bad input.
KnowledgeGraph read_json(std::string_view json, const std::string& file);

// Reads what write_graphml wrote (evidence without spans); throws InputError.
KnowledgeGraph read_graphml(std::string_view xml, const std::string& file);

// Reads a graph file by its extension (.json, or .graphml as newsgraph writes it).
KnowledgeGraph load_graph(const std::string& path);

}  // namespace newsgraph
