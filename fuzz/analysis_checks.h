// What every fuzzed document must satisfy, whatever its bytes and whatever
// lexicon the pipeline was built on: a violation aborts, which libFuzzer
// reports as a crash with the input that caused it.
#pragma once

#include <cstdlib>

#include "pipeline.h"
#include "utf8.h"

namespace newsgraph::fuzz {

// Repairs `doc.text` as the readers do, runs the whole pipeline on it, and
// checks that every span stays inside the text, every relation's evidence is
// its sentence and names entities that exist, and the cue scan never skips a
// text that holds a relation.
inline void analyze_and_check(const Pipeline& pipeline, Document& doc) {
    repair_utf8(doc.text);
    DocumentAnalysis a = pipeline.analyze(doc);
    for (const Token& t : a.tokens)
        if (t.span.end > doc.text.size() || t.span.begin > t.span.end) std::abort();
    for (const Relation& r : a.relations) {
        if (r.evidence.end > doc.text.size()) std::abort();
        if (r.sentence >= a.sentences.size() || !(a.sentences[r.sentence].span == r.evidence)) std::abort();
        if (r.subject < 0 || r.object < 0 || static_cast<std::size_t>(r.subject) >= a.resolution.entities.size() ||
            static_cast<std::size_t>(r.object) >= a.resolution.entities.size())
            std::abort();
    }
    if (!a.relations.empty() && pipeline.extract(doc).relations != a.relations) std::abort();
}

}  // namespace newsgraph::fuzz
