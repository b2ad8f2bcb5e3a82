// Google Benchmark of each stage, in bytes of document text a second:
// tokenize (clean-up, tokens, word classes), sentences, mentions, resolution,
// relations, graph insert, and every export.
//
//   build-bench/bench/stages [--benchmark_filter=Export]      # the samples, repeated
//   NEWSGRAPH_BENCH_INPUT=news.jsonl build-bench/bench/stages  # any input, first 4 MB of documents
//
// Each stage runs on the output of the stages before it, prepared once
// outside the timed loop.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <sstream>

#include "build.h"
#include "input.h"
#include "pipeline.h"
#include "writers.h"

namespace ng = newsgraph;

namespace {

struct Corpus {
    ng::Lexicon lexicon = ng::load_lexicon(ng::LexiconPaths{NEWSGRAPH_LEXICON_DIR, NEWSGRAPH_ISO_3166});
    ng::Pipeline pipeline{lexicon, ng::PipelineOptions{}};
    std::vector<ng::Document> documents;
    std::int64_t bytes = 0;
    std::vector<ng::DocumentAnalysis> analyses;  // every stage done
    ng::KnowledgeGraph graph;

    Corpus() {
        const char* input = std::getenv("NEWSGRAPH_BENCH_INPUT");
        const std::size_t limit = 4u << 20;
        auto keep = [&](ng::Document&& d) {
            if (static_cast<std::size_t>(bytes) >= limit) return;
            bytes += static_cast<std::int64_t>(d.text.size());
            documents.push_back(std::move(d));
        };
        auto ignore = [](const ng::InputProblem&) {};
        if (input) {
            ng::read_documents({input}, ng::InputOptions{}, keep, ignore);
        } else {
            // The sample articles, repeated to about 1 MB.
            std::vector<ng::Document> samples;
            ng::read_documents({NEWSGRAPH_SAMPLES_DIR}, ng::InputOptions{}, [&](ng::Document&& d) { samples.push_back(d); },
                               ignore);
            for (int round = 0; bytes < (1 << 20) && !samples.empty(); ++round)
                for (ng::Document d : samples) {
                    d.id += '-';
                    d.id += std::to_string(round);
                    keep(std::move(d));
                }
        }
        for (const ng::Document& d : documents) analyses.push_back(pipeline.analyze(d));
        for (std::size_t i = 0; i < documents.size(); ++i) ng::add_document(graph, documents[i], analyses[i]);
    }
};

Corpus& corpus() {
    static Corpus c;
    return c;
}

using Step = void (ng::Pipeline::*)(const ng::Document&, ng::DocumentAnalysis&) const;

// Times `step` on every document, each time from a copy of the analysis as
// the steps before it left it.
void run_step(benchmark::State& state, std::vector<Step> before, Step step) {
    Corpus& c = corpus();
    std::vector<ng::DocumentAnalysis> prepared(c.documents.size());
    for (std::size_t i = 0; i < c.documents.size(); ++i)
        for (Step s : before) (c.pipeline.*s)(c.documents[i], prepared[i]);
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<ng::DocumentAnalysis> work = prepared;
        state.ResumeTiming();
        for (std::size_t i = 0; i < c.documents.size(); ++i) (c.pipeline.*step)(c.documents[i], work[i]);
        benchmark::DoNotOptimize(work.data());
    }
    state.SetBytesProcessed(state.iterations() * c.bytes);
}

void Tokenize(benchmark::State& state) { run_step(state, {}, &ng::Pipeline::tokenize); }
void Sentences(benchmark::State& state) { run_step(state, {&ng::Pipeline::tokenize}, &ng::Pipeline::split); }
void Mentions(benchmark::State& state) {
    run_step(state, {&ng::Pipeline::tokenize, &ng::Pipeline::split}, &ng::Pipeline::find_mentions);
}
void Resolution(benchmark::State& state) {
    run_step(state, {&ng::Pipeline::tokenize, &ng::Pipeline::split, &ng::Pipeline::find_mentions},
             &ng::Pipeline::resolve);
}
void Relations(benchmark::State& state) {
    run_step(state,
             {&ng::Pipeline::tokenize, &ng::Pipeline::split, &ng::Pipeline::find_mentions, &ng::Pipeline::resolve},
             &ng::Pipeline::find_relations);
}

void WholePipeline(benchmark::State& state) {
    Corpus& c = corpus();
    for (auto _ : state)
        for (const ng::Document& d : c.documents) benchmark::DoNotOptimize(c.pipeline.analyze(d));
    state.SetBytesProcessed(state.iterations() * c.bytes);
}

// What the command runs: the pipeline behind the cue scan.
void Extract(benchmark::State& state) {
    Corpus& c = corpus();
    for (auto _ : state)
        for (const ng::Document& d : c.documents) benchmark::DoNotOptimize(c.pipeline.extract(d));
    state.SetBytesProcessed(state.iterations() * c.bytes);
}

void GraphInsert(benchmark::State& state) {
    Corpus& c = corpus();
    for (auto _ : state) {
        ng::KnowledgeGraph graph;
        for (std::size_t i = 0; i < c.documents.size(); ++i) ng::add_document(graph, c.documents[i], c.analyses[i]);
        benchmark::DoNotOptimize(graph.graph());
    }
    state.SetBytesProcessed(state.iterations() * c.bytes);
}

// An export of the graph of the whole input; bytes/s counts the document text behind it.
template <typename Write>
void run_export(benchmark::State& state, Write write) {
    Corpus& c = corpus();
    std::size_t size = 0;
    for (auto _ : state) {
        std::ostringstream out;
        write(c.graph, out);
        size = out.str().size();
    }
    state.SetBytesProcessed(state.iterations() * c.bytes);
    state.counters["output_bytes"] = static_cast<double>(size);
}

void ExportGraphml(benchmark::State& s) { run_export(s, [](auto& g, auto& o) { ng::write_graphml(g, o); }); }
void ExportJson(benchmark::State& s) { run_export(s, [](auto& g, auto& o) { ng::write_json(g, o); }); }
void ExportGexf(benchmark::State& s) { run_export(s, [](auto& g, auto& o) { ng::write_gexf(g, o); }); }
void ExportDot(benchmark::State& s) { run_export(s, [](auto& g, auto& o) { ng::write_dot(g, o); }); }
void ExportCytoscape(benchmark::State& s) { run_export(s, [](auto& g, auto& o) { ng::write_cytoscape(g, o); }); }
void ExportGephiCsv(benchmark::State& s) {
    run_export(s, [](auto& g, auto& o) {
        ng::write_gephi_nodes_csv(g, o);
        ng::write_gephi_edges_csv(g, o);
    });
}
void ExportNeo4j(benchmark::State& s) {
    run_export(s, [](auto& g, auto& o) {
        ng::write_neo4j_nodes(g, o);
        ng::write_neo4j_relationships(g, o);
    });
}
void ExportHtml(benchmark::State& s) {
    run_export(s, [](auto& g, auto& o) { ng::write_html(g, o, ng::HtmlOptions{NEWSGRAPH_WEB_DIR, 300, "sfdp"}); });
}

}  // namespace

BENCHMARK(Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(Sentences)->Unit(benchmark::kMillisecond);
BENCHMARK(Mentions)->Unit(benchmark::kMillisecond);
BENCHMARK(Resolution)->Unit(benchmark::kMillisecond);
BENCHMARK(Relations)->Unit(benchmark::kMillisecond);
BENCHMARK(WholePipeline)->Unit(benchmark::kMillisecond);
BENCHMARK(Extract)->Unit(benchmark::kMillisecond);
BENCHMARK(GraphInsert)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportGraphml)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportJson)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportGexf)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportDot)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportCytoscape)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportGephiCsv)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportNeo4j)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportHtml)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
