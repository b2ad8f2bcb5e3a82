// libFuzzer target: any bytes through repair and the whole extraction
// pipeline with the project's lexicon. Text is never an error: nothing may
// crash, and analyze_and_check's invariants hold. Inputs of odd length go
// through a pipeline with 512-byte sections, so that the joining of
// sections, which only texts over 64 kB reach otherwise, is fuzzed too.
#include <cstdint>
#include <string>

#include "analysis_checks.h"

namespace ng = newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const ng::Lexicon lexicon = ng::load_lexicon(ng::LexiconPaths{NEWSGRAPH_LEXICON_DIR, NEWSGRAPH_ISO_3166});
    static const ng::Pipeline pipeline(lexicon, ng::PipelineOptions{});
    static const ng::Pipeline sectioned(lexicon, [] {
        ng::PipelineOptions small;
        small.section_bytes = 512;
        return small;
    }());
    ng::Document doc;
    doc.id = "fuzz";
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    ng::fuzz::analyze_and_check(size % 2 ? sectioned : pipeline, doc);
    return 0;
}
