// newsgraph: the command. Wires options to the stages; no logic of its own
// beyond reading inputs in order and fanning documents out to threads.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <iterator>
#include <optional>
#include <set>
#include <thread>
#include <variant>

#include "atomic_file.h"
#include "build.h"
#include "dates.h"
#include "input.h"
#include "lexicon.h"
#include "outputs.h"
#include "parallel.h"
#include "progress.h"
#include "pipeline.h"
#include "queries.h"
#include "relations_jsonl.h"
#include "score.h"
#include "text_escape.h"
#include "tsv.h"
#include "writers.h"

#ifndef NEWSGRAPH_LEXICON_DIR
#define NEWSGRAPH_LEXICON_DIR "lexicon"
#endif
#ifndef NEWSGRAPH_WEB_DIR
#define NEWSGRAPH_WEB_DIR "web"
#endif
#ifndef NEWSGRAPH_ISO_3166
#define NEWSGRAPH_ISO_3166 "/usr/share/iso-codes/json/iso_3166-1.json"
#endif

namespace ng = newsgraph;

namespace {

// The data folder `name` (lexicon, web) of an installed newsgraph, found
// from the command's own path so that an installed tree can be moved or
// copied whole; `source_tree` when there is none beside the command, as for
// a build run in place.
std::string default_folder(const char* name, const char* source_tree) {
    std::error_code ec;
    const std::filesystem::path command = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const std::filesystem::path installed = command.parent_path() / NEWSGRAPH_DATA_FROM_BIN / name;
        if (std::filesystem::is_directory(installed, ec)) return installed.lexically_normal().string();
    }
    return source_tree;
}

struct Common {
    std::vector<std::string> inputs;
    std::string lexicon = default_folder("lexicon", NEWSGRAPH_LEXICON_DIR);
    std::string iso_3166 = NEWSGRAPH_ISO_3166;
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    double min_confidence = 0.0;
    bool no_capitals = false;
    bool quiet = false;
};

void add_common(CLI::App* app, Common& c, bool inputs_required = true) {
    auto* in = app->add_option("PATH", c.inputs, ".txt/.jsonl files (.gz or not), folders, or - for standard input");
    if (inputs_required) in->required();
    app->add_option("--lexicon", c.lexicon, "lexicon folder")->capture_default_str();
    app->add_option("--iso-codes", c.iso_3166, "iso-codes iso_3166-1.json")->capture_default_str();
    app->add_option("--threads", c.threads, "worker threads (output does not depend on it)")->check(CLI::Range(1u, 256u));
    app->add_option("--min-confidence", c.min_confidence, "drop relations below this confidence")->check(CLI::Range(0.0, 1.0));
    app->add_flag("--no-capitals", c.no_capitals, "keep capitals as places instead of reading them as their country");
    app->add_flag("-q,--quiet", c.quiet, "no progress line and no summary on stderr (problems are still reported)");
}

// Prints input problems as they come and remembers that there were some:
// the run then exits 1.
struct ProblemReport {
    bool any = false;
    void operator()(const ng::InputProblem& p) {
        std::cerr << "newsgraph: " << (p.skipped ? "error: " : "warning: ") << ng::escape_terminal(p.what()) << '\n';
        any = true;
    }
};

// A document decoded and analysed by a worker, or only the problems that
// stopped it.
struct AnalyzedDocument {
    std::optional<ng::Document> document;
    std::vector<ng::InputProblem> problems;
    ng::DocumentAnalysis analysis;
};

// Reads every input, decodes and analyses the documents on `threads` workers
// and hands each result to `sink` in input order. Problems are reported in
// input order too (a problem met while reading travels through the map in
// place of a document), so stderr is the same whatever the number of
// threads. Returns false when any input problem was reported.
bool run_pipeline(const Common& c, const std::function<void(const ng::Document&, const ng::DocumentAnalysis&)>& sink) {
    ng::Lexicon lexicon = ng::load_lexicon(ng::LexiconPaths{c.lexicon, c.iso_3166});
    ng::PipelineOptions options;
    options.min_confidence = c.min_confidence;
    options.resolve.capitals_as_countries = !c.no_capitals;
    ng::Pipeline pipeline(lexicon, options);
    ProblemReport report;
    ng::Progress progress(!c.quiet);
    using Item = std::variant<ng::RawDocument, ng::InputProblem>;
    ng::OrderedParallelMap<Item, AnalyzedDocument> map(
        c.threads,
        [&](Item&& item) {
            AnalyzedDocument a;
            if (auto* problem = std::get_if<ng::InputProblem>(&item)) {
                a.problems.push_back(std::move(*problem));
                return a;
            }
            a.document = ng::decode_document(std::get<ng::RawDocument>(std::move(item)),
                                             [&](const ng::InputProblem& p) { a.problems.push_back(p); });
            if (a.document) {
                // The stages the sinks do not read are freed inside, by the
                // thread that allocated them: freeing them on the reading
                // thread would contend for the worker's allocator arena.
                a.analysis = pipeline.extract(*a.document);
            }
            return a;
        },
        [&](AnalyzedDocument&& a) {
            if (!a.problems.empty()) progress.finish();
            for (const ng::InputProblem& p : a.problems) report(p);
            if (!a.document) return;
            sink(*a.document, a.analysis);
            progress.add(a.document->text.size(), a.analysis.relations.size());
        });
    ng::read_raw_documents(
        c.inputs, ng::InputOptions{}, [&](ng::RawDocument&& raw) { map.push(Item(std::move(raw))); },
        [&](const ng::InputProblem& p) { map.push(Item(p)); });
    map.finish();
    progress.finish();
    return !report.any;
}

std::string tsv_field(std::string_view s) {
    std::string out(s);
    std::replace_if(out.begin(), out.end(), [](char ch) { return ch == '\t' || ch == '\n' || ch == '\r'; }, ' ');
    return out;
}

int cmd_extract(const Common& c, const std::string& format, bool explain) {
    bool clean = run_pipeline(c, [&](const ng::Document& doc, const ng::DocumentAnalysis& a) {
        for (const ng::Relation& r : a.relations) {
            if (format == "tsv") {
                const auto& e = a.resolution.entities;
                std::cout << tsv_field(doc.id) << '\t' << tsv_field(e[static_cast<std::size_t>(r.subject)].name) << '\t'
                          << r.relation << '\t' << tsv_field(e[static_cast<std::size_t>(r.object)].name) << '\t'
                          << (r.negative ? "negative" : "positive") << '\t' << tsv_field(r.evidence.of(doc.text)) << '\n';
            } else {
                std::cout << ng::relation_line(doc, a, r, explain) << '\n';
            }
        }
    });
    return clean ? 0 : 1;
}

void print_summary(const ng::KnowledgeGraph& graph, std::size_t docs, const std::vector<std::string>& outputs) {
    ng::GraphStats st = ng::compute_stats(graph, ng::StatsOptions{.top = 5, .centrality = false});
    std::cerr << fmt::format("newsgraph: {} documents -> {} entities, {} relations (", docs, st.nodes, st.edges);
    for (std::size_t i = 0; i < st.relations.size(); ++i)
        std::cerr << (i ? ", " : "") << ng::escape_terminal(st.relations[i].first) << " " << st.relations[i].second;
    std::cerr << ")\n";
    const ng::Graph& g = graph.graph();
    if (!st.degree.empty()) {
        std::cerr << "newsgraph: most connected:";
        for (const ng::Ranked& r : st.degree)
            std::cerr << " " << ng::escape_terminal(g[r.vertex].name) << " (" << r.value << ")";
        std::cerr << '\n';
    }
    for (const std::string& o : outputs) std::cerr << "newsgraph: wrote " << o << '\n';
}

// The documents a graph holds relations of.
std::set<std::string> documents_of(const ng::KnowledgeGraph& graph) {
    std::set<std::string> out;
    for (ng::Vertex v : boost::make_iterator_range(boost::vertices(graph.graph())))
        out.insert(graph.graph()[v].documents.begin(), graph.graph()[v].documents.end());
    return out;
}

int cmd_build(const Common& c, std::vector<std::string> outputs, const std::string& into,
              const ng::OutputOptions& output_options, bool from_relations, std::size_t max_evidence) {
    if (!into.empty()) {
        if (std::filesystem::path(into).extension() != ".json")
            throw ng::InputError(into + ": --into takes a .json graph (the format that keeps all evidence)");
        outputs.insert(outputs.begin(), into);
    }
    if (outputs.empty()) throw ng::InputError("nothing to write: give -o FILE or --into GRAPH.json");
    ng::check_outputs(outputs);
    ng::KnowledgeGraph graph(max_evidence);
    // --into: the graph grows by the documents it does not hold yet, and is
    // then exactly the graph of one build over all of them.
    std::set<std::string> known;
    if (!into.empty() && std::filesystem::exists(into)) {
        graph.merge(ng::load_graph(into));  // into an empty graph: it cannot overflow
        known = documents_of(graph);
    }
    std::size_t docs = known.size(), repeated = 0;
    bool clean = true;
    if (from_relations) {
        // What `extract` printed, shard by shard: the same graph as one build.
        std::set<std::string> repeated_docs;
        auto skip = [&](const std::string& doc) {
            if (!known.count(doc)) return false;
            repeated_docs.insert(doc);
            return true;
        };
        ProblemReport report;
        for (const std::string& file : c.inputs) {
            std::string text;
            try {
                text = ng::read_file(file);
            } catch (const ng::InputError& e) {
                // Reported like a document file that can't be read; the other files are still read.
                std::string_view what = e.what();
                if (what.starts_with(file + ": ")) what.remove_prefix(file.size() + 2);
                report(ng::InputProblem{file, 0, std::string(what) + ", skipped"});
                continue;
            }
            ng::read_relation_lines(text, file, graph, std::ref(report), skip);
        }
        clean = !report.any;
        docs = documents_of(graph).size();
        repeated = repeated_docs.size();
    } else {
        clean = run_pipeline(c, [&](const ng::Document& doc, const ng::DocumentAnalysis& a) {
            if (known.count(doc.id)) {
                ++repeated;
                return;
            }
            ng::add_document(graph, doc, a);
            ++docs;
        });
    }
    if (repeated)
        std::cerr << "newsgraph: warning: " << repeated << " document" << (repeated == 1 ? " was" : "s were")
                  << " already in " << into << " and " << (repeated == 1 ? "was" : "were") << " not added again\n";
    ng::write_outputs(graph, outputs, output_options);
    if (!c.quiet) print_summary(graph, docs, outputs);
    return clean ? 0 : 1;
}

int cmd_merge(const std::vector<std::string>& graphs, const std::vector<std::string>& outputs,
              const ng::OutputOptions& output_options) {
    ng::check_outputs(outputs);
    ng::KnowledgeGraph merged;
    std::set<std::string> merged_documents;
    for (const std::string& path : graphs) {
        if (std::filesystem::path(path).extension() != ".json")
            throw ng::InputError(path + ": merge takes the .json graphs build writes (a GraphML graph keeps the "
                                        "text of each evidence, not its sentence, date and confidence, which the "
                                        "merged graph would lose)");
        ng::KnowledgeGraph graph = ng::load_graph(path);
        // A graph keeps its counts, not the sentences behind them, so a
        // document in two graphs would count twice: refuse rather than
        // write inflated weights.
        std::vector<std::string> shared;
        const std::set<std::string> documents = documents_of(graph);
        std::set_intersection(documents.begin(), documents.end(), merged_documents.begin(), merged_documents.end(),
                              std::back_inserter(shared));
        if (!shared.empty())
            throw ng::InputError(fmt::format(
                "{}: {} of its documents (\"{}\"{}) {} also in the graphs before it: merging would count their "
                "relations twice; build one graph from the relation lines of all of them (build "
                "--from-relations), which counts each sentence once",
                path, shared.size(), shared.front(), shared.size() > 1 ? ", ..." : "",
                shared.size() == 1 ? "is" : "are"));
        merged_documents.insert(documents.begin(), documents.end());
        try {
            merged.merge(graph);
        } catch (const ng::CountOverflow& e) {
            throw ng::InputError(path + ": merging it, " + e.what());
        }
    }
    ng::write_outputs(merged, outputs, output_options);
    return 0;
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// A string whole: a name read from a graph file may hold a NUL.
void json_string(JsonWriter& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void edge_json(JsonWriter& w, const ng::Graph& g, ng::Edge e) {
    w.StartObject();
    w.Key("source"); json_string(w, g[boost::source(e, g)].name);
    w.Key("relation"); json_string(w, g[e].relation);
    w.Key("target"); json_string(w, g[boost::target(e, g)].name);
    w.Key("polarity"); w.String(g[e].negative ? "negative" : "positive");
    w.Key("weight"); w.Uint64(g[e].weight());
    w.EndObject();
}

std::string edge_text(const ng::Graph& g, ng::Edge e) {
    return ng::escape_terminal(fmt::format("{} -{}{}-> {} (weight {})", g[boost::source(e, g)].name,
                                           g[e].negative ? "not " : "", g[e].relation, g[boost::target(e, g)].name,
                                           g[e].weight()));
}

// A query's result as a graph of its own, written like a built graph.
void write_result(const ng::KnowledgeGraph& graph, const std::vector<ng::Vertex>& vertices,
                  const std::vector<ng::Edge>& edges, const std::vector<std::string>& outputs,
                  const ng::OutputOptions& options) {
    if (outputs.empty()) return;
    ng::write_outputs(ng::subgraph(graph, vertices, edges), outputs, options);
}

int cmd_path(const std::string& file, ng::PathQuery q, const std::string& relations, const std::string& types,
             const std::string& polarity, bool json, const std::vector<std::string>& outputs,
             const ng::OutputOptions& output_options) {
    ng::check_outputs(outputs);
    for (const std::string& r : ng::split_list(relations, ',')) q.relations.insert(r);
    for (const std::string& t : ng::split_list(types, ',')) {
        auto type = ng::parse_entity_type(t);
        if (!type) throw ng::InputError("--type: unknown entity type '" + t + "'");
        q.filter.types.insert(*type);
    }
    if (!polarity.empty()) q.filter.negative = polarity == "negative";
    ng::KnowledgeGraph graph = ng::load_graph(file);
    std::vector<ng::Path> paths = ng::find_paths(graph, q);
    const ng::Graph& g = graph.graph();
    {
        std::set<ng::Vertex> vertices;
        std::set<ng::Edge> edges;
        for (const ng::Path& p : paths) {
            vertices.insert(p.vertices.begin(), p.vertices.end());
            edges.insert(p.edges.begin(), p.edges.end());
        }
        write_result(graph, {vertices.begin(), vertices.end()}, {edges.begin(), edges.end()}, outputs, output_options);
    }
    if (json) {
        rapidjson::StringBuffer buf;
        JsonWriter w(buf);
        w.StartObject();
        w.Key("paths");
        w.StartArray();
        for (const ng::Path& p : paths) {
            w.StartObject();
            w.Key("nodes");
            w.StartArray();
            for (ng::Vertex v : p.vertices) json_string(w, g[v].name);
            w.EndArray();
            w.Key("edges");
            w.StartArray();
            for (ng::Edge e : p.edges) edge_json(w, g, e);
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        std::cout << buf.GetString() << '\n';
    } else {
        if (paths.empty()) std::cout << ng::escape_terminal("no path from " + q.from + " to " + q.to) << '\n';
        for (const ng::Path& p : paths) {
            std::cout << p.edges.size() << " hop" << (p.edges.size() == 1 ? "" : "s") << ":\n";
            for (ng::Edge e : p.edges) std::cout << "  " << edge_text(g, e) << '\n';
        }
    }
    return 0;
}

int cmd_neighbors(const std::string& file, const std::string& name, std::size_t depth, bool json,
                  const std::vector<std::string>& outputs, const ng::OutputOptions& output_options) {
    ng::check_outputs(outputs);
    ng::KnowledgeGraph graph = ng::load_graph(file);
    ng::Neighborhood n = ng::find_neighbors(graph, name, depth);
    const ng::Graph& g = graph.graph();
    write_result(graph, n.vertices, n.edges, outputs, output_options);
    if (json) {
        rapidjson::StringBuffer buf;
        JsonWriter w(buf);
        w.StartObject();
        w.Key("center"); json_string(w, g[n.center].name);
        w.Key("nodes");
        w.StartArray();
        for (ng::Vertex v : n.vertices) json_string(w, g[v].name);
        w.EndArray();
        w.Key("edges");
        w.StartArray();
        for (ng::Edge e : n.edges) edge_json(w, g, e);
        w.EndArray();
        w.EndObject();
        std::cout << buf.GetString() << '\n';
    } else {
        std::cout << ng::escape_terminal(g[n.center].name) << " (" << ng::to_string(g[n.center].type)
                  << "): " << n.vertices.size() - 1 << " neighbours within " << depth << " hop" << (depth == 1 ? "" : "s") << '\n';
        for (ng::Edge e : n.edges) std::cout << "  " << edge_text(g, e) << '\n';
    }
    return 0;
}

int cmd_stats(const std::string& file, std::size_t top, bool json) {
    ng::KnowledgeGraph graph = ng::load_graph(file);
    ng::GraphStats st = ng::compute_stats(graph, ng::StatsOptions{.top = top});
    const ng::Graph& g = graph.graph();
    const std::pair<const char*, const std::vector<ng::Ranked>*> lists[] = {
        {"degree", &st.degree}, {"in_degree", &st.in_degree}, {"out_degree", &st.out_degree},
        {"pagerank", &st.pagerank}, {"betweenness", &st.betweenness}};
    if (json) {
        rapidjson::StringBuffer buf;
        JsonWriter w(buf);
        w.StartObject();
        w.Key("nodes"); w.Uint64(st.nodes);
        w.Key("edges"); w.Uint64(st.edges);
        w.Key("components"); w.Uint64(st.components);
        w.Key("betweenness_sources"); w.Uint64(st.betweenness_sources);
        w.Key("relations");
        w.StartObject();
        for (const auto& [r, count] : st.relations) {
            w.Key(r.data(), static_cast<rapidjson::SizeType>(r.size()));
            w.Uint64(count);
        }
        w.EndObject();
        w.Key("types");
        w.StartObject();
        for (const auto& [t, count] : st.types) { w.Key(t.c_str()); w.Uint64(count); }
        w.EndObject();
        for (const auto& [key, list] : lists) {
            w.Key(key);
            w.StartArray();
            for (const ng::Ranked& r : *list) {
                w.StartObject();
                w.Key("name"); json_string(w, g[r.vertex].name);
                w.Key("value"); w.Double(r.value);
                w.EndObject();
            }
            w.EndArray();
        }
        w.EndObject();
        std::cout << buf.GetString() << '\n';
        return 0;
    }
    std::cout << fmt::format("{} entities, {} relations, {} components\n", st.nodes, st.edges, st.components);
    for (const auto& [r, count] : st.relations)
        std::cout << fmt::format("  {:<18} {:>8}\n", ng::escape_terminal(r), count);
    for (const auto& [t, count] : st.types) std::cout << fmt::format("  {:<18} {:>8}\n", t, count);
    for (const auto& [key, list] : lists) {
        std::cout << key;
        if (list == &st.betweenness && st.betweenness_sources < st.nodes)
            std::cout << fmt::format(" (estimated from {} of the {} entities)", st.betweenness_sources, st.nodes);
        std::cout << ":\n";
        for (const ng::Ranked& r : *list)
            std::cout << fmt::format("  {:<40} {:.6g}\n", ng::escape_terminal(g[r.vertex].name), r.value);
    }
    return 0;
}

int cmd_eval(const Common& c, const std::string& gold, bool show_errors) {
    std::vector<ng::PredictedRelation> predicted;
    bool clean = run_pipeline(c, [&](const ng::Document& doc, const ng::DocumentAnalysis& a) {
        for (const ng::Relation& r : a.relations)
            predicted.push_back({doc.id, a.resolution.entities[static_cast<std::size_t>(r.subject)].name, r.relation,
                                 a.resolution.entities[static_cast<std::size_t>(r.object)].name, r.negative});
    });
    ng::Score score = ng::score(ng::load_gold(gold), predicted);
    std::cout << ng::format_score(score, show_errors);
    return clean ? 0 : 1;
}

}  // namespace

extern "C" void on_interrupt(int signal) {
    ng::remove_partial_output();
    std::_Exit(128 + signal);
}

int main(int argc, char** argv) {
    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
    CLI::App app{"newsgraph: builds a knowledge graph of who accuses, denies, attacks and speaks for whom in news text"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "newsgraph " NEWSGRAPH_VERSION);
    app.footer(
        "Exit status: 0 done; 1 done, but some input was reported on stderr (skipped, repaired or left out); "
        "2 failed: bad options, an unreadable graph or lexicon, an output that could not be written.");
    Common common;

    auto* extract = app.add_subcommand("extract", "print the relations found, one JSON object a line");
    add_common(extract, common);
    std::string format = "jsonl";
    bool explain = false;
    extract->add_option("--format", format, "jsonl or tsv")->check(CLI::IsMember({"jsonl", "tsv"}))->capture_default_str();
    extract->add_flag("--explain", explain, "add the rule and trigger word that produced each relation");

    auto* build = app.add_subcommand(
        "build", "extract and write the graph (.graphml, .dot, .svg, .json, .gexf, .cyjs, .csv, .html, .neo4j)");
    add_common(build, common);
    std::vector<std::string> outputs;
    build->add_option("-o,--output", outputs, "output file; the format follows the extension");
    std::string into;
    build->add_option("--into", into, "a .json graph to add the documents to (created if missing), written back");
    bool from_relations = false;
    std::size_t max_evidence = 20;
    build->add_option("--max-evidence", max_evidence, "evidence sentences kept per edge (0: all); counts stay exact")
        ->capture_default_str();
    build->add_flag("--from-relations", from_relations, "PATH are relation lines printed by extract (shards of a corpus)");

    ng::OutputOptions output_options;
    output_options.html.web_dir = default_folder("web", NEWSGRAPH_WEB_DIR);
    // Options of the drawn formats, for every command that writes a graph.
    auto add_output_options = [&](CLI::App* command) {
        command->add_option("--layout", output_options.dot.layout,
                            "Graphviz engine for .dot/.svg (sfdp, neato, fdp...: force-directed, for large graphs)");
        command->add_option("--max-edge-labels", output_options.dot.max_labeled_edges,
                            "with more edges, .dot/.svg edge labels move into tooltips")
            ->capture_default_str();
        command->add_option("--html-entities", output_options.html.max_entities,
                            "the .html view shows this many most connected entities (0: all)")
            ->capture_default_str();
        command->add_option("--web", output_options.html.web_dir, "folder of the .html view's scripts")
            ->capture_default_str();
    };
    add_output_options(build);
    auto* merge = app.add_subcommand("merge", "merge graphs written by build (.json) over different documents");
    std::vector<std::string> merge_inputs, merge_outputs;
    merge->add_option("GRAPH", merge_inputs, "graphs to merge")->required();
    merge->add_option("-o,--output", merge_outputs, "output file; the format follows the extension")->required();
    add_output_options(merge);

    ng::PathQuery query;
    std::string graph_file, relations, name;
    bool json = false;
    std::size_t depth = 1, top = 10;
    auto* path = app.add_subcommand("path", "paths between two entities");
    path->add_option("GRAPH", graph_file, "a .json or .graphml graph written by build")->required();
    path->add_option("FROM", query.from)->required();
    path->add_option("TO", query.to)->required();
    path->add_option("--relation", relations, "follow only these relations (comma-separated)");
    path->add_option("--max-hops", query.max_hops, "longest path")->capture_default_str();
    path->add_option("--max-paths", query.max_paths, "at most this many paths with --all")->capture_default_str();
    path->add_option("--k", query.k, "the K shortest simple paths (Yen's algorithm)")->capture_default_str();
    path->add_flag("--all", query.all, "every simple path up to --max-hops");
    path->add_flag("--undirected", query.undirected, "follow edges in both directions");
    path->add_flag("--most-confident", query.most_confident, "rank paths by the product of their confidences, not by hops");
    std::string types, polarity;
    path->add_option("--type", types, "follow only edges between these entity types (comma-separated)");
    path->add_option("--min-confidence", query.filter.min_confidence, "follow only edges at least this confident");
    path->add_option("--polarity", polarity, "positive or negative")->check(CLI::IsMember({"positive", "negative"}));
    // Dates are compared as text: "2020-3-5" would pass or fail edges at random.
    const CLI::Validator iso_date(
        [](std::string& s) { return ng::is_iso_date(s) ? std::string() : "expected a date as YYYY-MM-DD: " + s; },
        "YYYY-MM-DD");
    path->add_option("--since", query.filter.since, "follow only edges with evidence on or after this day")
        ->check(iso_date);
    path->add_option("--until", query.filter.until, "follow only edges with evidence on or before this day")
        ->check(iso_date);
    path->add_flag("--json", json, "print JSON");
    std::vector<std::string> query_outputs;
    path->add_option("-o,--output", query_outputs, "also write the paths as a graph (any build format, .svg too)");
    add_output_options(path);

    auto* neighbors = app.add_subcommand("neighbors", "the entities around one entity");
    neighbors->add_option("GRAPH", graph_file)->required();
    neighbors->add_option("NAME", name)->required();
    neighbors->add_option("--depth", depth, "hops")->capture_default_str();
    neighbors->add_flag("--json", json, "print JSON");
    neighbors->add_option("-o,--output", query_outputs, "also write the neighbourhood as a graph (any build format)");
    add_output_options(neighbors);

    auto* stats = app.add_subcommand("stats", "counts and centrality");
    stats->add_option("GRAPH", graph_file)->required();
    stats->add_option("--top", top, "entries per list")->capture_default_str();
    stats->add_flag("--json", json, "print JSON");

    auto* eval = app.add_subcommand("eval", "score extraction against a gold file, as eval/score.py does");
    add_common(eval, common);
    std::string gold;
    bool show_errors = false;
    eval->add_option("--gold", gold, "gold relations (JSONL)")->required();
    eval->add_flag("--show-errors", show_errors, "list missed and wrong relations");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // Prints the help, the version or the error; any error is a usage
        // error, status 2 as for every failure, not CLI11's own numbers.
        return app.exit(e) == 0 ? 0 : 2;
    }
    auto run = [&] {
        if (*extract) return cmd_extract(common, format, explain);
        if (*build) return cmd_build(common, outputs, into, output_options, from_relations, max_evidence);
        if (*merge) return cmd_merge(merge_inputs, merge_outputs, output_options);
        if (*path) return cmd_path(graph_file, query, relations, types, polarity, json, query_outputs, output_options);
        if (*neighbors) return cmd_neighbors(graph_file, name, depth, json, query_outputs, output_options);
        if (*stats) return cmd_stats(graph_file, top, json);
        if (*eval) return cmd_eval(common, gold, show_errors);
        return 0;
    };
    try {
        const int status = run();
        // What a command printed is its result: losing it (a full disk, a
        // closed pipe) is a failure, not a success with nothing to show.
        std::cout.flush();
        if (!std::cout) throw ng::InputError("standard output: write failed");
        return status;
    } catch (const std::exception& e) {
        std::cerr << "newsgraph: error: " << ng::escape_terminal(e.what()) << '\n';
        return 2;
    }
}
