// newsgraph as a library: two sentences in, a path out.
//   build/samples/example LEXICON_DIR ISO_3166_JSON
#include <iostream>

#include "build.h"
#include "pipeline.h"
#include "queries.h"

int main(int argc, char** argv) {
    using namespace newsgraph;
    if (argc != 3) return 2;
    const Lexicon lexicon = load_lexicon(LexiconPaths{argv[1], argv[2]});
    const Pipeline pipeline(lexicon, PipelineOptions{});

    KnowledgeGraph graph;
    const Document docs[] = {
        {"d1", "Kremlin spokesman Ivan Petrov said Russia has never attacked Estonia.", "2024-05-01", "", ""},
        {"d2", "Estonia accused Russia of hacking its parliament.", "2024-05-02", "", ""},
    };
    for (const Document& doc : docs) add_document(graph, doc, pipeline.analyze(doc));

    PathQuery query{.from = "Ivan Petrov", .to = "Russia", .undirected = true, .max_hops = 4};
    const Graph& g = graph.graph();
    for (const Path& path : find_paths(graph, query))
        for (Edge e : path.edges)
            std::cout << g[boost::source(e, g)].name << " -" << g[e].relation << "-> " << g[boost::target(e, g)].name
                      << "  (" << g[e].evidence.front().doc << ": " << g[e].evidence.front().text << ")\n";
    return 0;
}
