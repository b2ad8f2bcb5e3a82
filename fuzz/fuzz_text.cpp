// libFuzzer target: any bytes through repair and the whole extraction
// pipeline. Text is never an error: nothing may crash, every span must stay
// inside the document, and the cue scan never skips a text that holds a relation.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "pipeline.h"
#include "utf8.h"

namespace ng = newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const ng::Lexicon lexicon = ng::load_lexicon(ng::LexiconPaths{NEWSGRAPH_LEXICON_DIR, NEWSGRAPH_ISO_3166});
    static const ng::Pipeline pipeline(lexicon, ng::PipelineOptions{});
    ng::Document doc;
    doc.id = "fuzz";
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    ng::repair_utf8(doc.text);
    ng::DocumentAnalysis a = pipeline.analyze(doc);
    for (const ng::Token& t : a.tokens)
        if (t.span.end > doc.text.size() || t.span.begin > t.span.end) std::abort();
    for (const ng::Relation& r : a.relations) {
        if (r.evidence.end > doc.text.size()) std::abort();
        if (r.subject < 0 || r.object < 0 || static_cast<std::size_t>(r.subject) >= a.resolution.entities.size() ||
            static_cast<std::size_t>(r.object) >= a.resolution.entities.size())
            std::abort();
    }
    // The cue scan may skip a text only when the pipeline finds nothing in it.
    if (!a.relations.empty() && pipeline.extract(doc).relations != a.relations) std::abort();
    return 0;
}
