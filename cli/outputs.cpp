#include "outputs.h"

#include <filesystem>
#include <functional>

#include "atomic_file.h"
#include "input.h"
#include "tsv.h"

namespace newsgraph {

namespace {

using GraphWriter = std::function<void(const KnowledgeGraph&, std::ostream&)>;
using OutputWriter = std::function<void(const KnowledgeGraph&)>;

OutputWriter output_for(const std::string& path, const OutputOptions& options) {
    std::filesystem::path p(path);
    const std::string ext = p.extension().string();
    auto file = [](const std::string& name, GraphWriter write) {
        return [name, write](const KnowledgeGraph& g) { write_atomically(name, [&](std::ostream& o) { write(g, o); }); };
    };
    if (ext == ".graphml") return file(path, write_graphml);
    if (ext == ".dot" || ext == ".gv")
        return file(path, [dot = options.dot](const KnowledgeGraph& g, std::ostream& o) { write_dot(g, o, dot); });
    if (ext == ".svg")
        return file(path, [dot = options.dot](const KnowledgeGraph& g, std::ostream& o) { write_svg(g, o, dot); });
    if (ext == ".html")
        return file(path, [html = options.html](const KnowledgeGraph& g, std::ostream& o) { write_html(g, o, html); });
    if (ext == ".json") return file(path, write_json);
    if (ext == ".gexf") return file(path, write_gexf);
    if (ext == ".cyjs") return file(path, write_cytoscape);
    if (ext == ".csv") {
        const std::string stem = (p.parent_path() / p.stem()).string();
        return [nodes = file(stem + ".nodes.csv", write_gephi_nodes_csv),
                edges = file(stem + ".edges.csv", write_gephi_edges_csv)](const KnowledgeGraph& g) {
            nodes(g);
            edges(g);
        };
    }
    if (ext == ".neo4j")
        return [path](const KnowledgeGraph& g) {
            write_folder_atomically(path, {{"nodes.csv", [&](std::ostream& o) { write_neo4j_nodes(g, o); }},
                                           {"relationships.csv", [&](std::ostream& o) { write_neo4j_relationships(g, o); }},
                                           {"import.sh", [](std::ostream& o) { write_neo4j_import_script(o); }}});
        };
    throw InputError(path + ": unknown output format '" + ext +
                     "' (use .graphml, .dot, .svg, .json, .gexf, .cyjs, .csv, .html or .neo4j)");
}

}  // namespace

void check_outputs(const std::vector<std::string>& paths) {
    for (const std::string& path : paths) output_for(path, OutputOptions{});
}

void write_outputs(const KnowledgeGraph& graph, const std::vector<std::string>& paths, const OutputOptions& options) {
    for (const std::string& path : paths) output_for(path, options)(graph);
}

}  // namespace newsgraph
