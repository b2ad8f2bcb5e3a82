// The interface every relation extractor implements. An extractor is built
// once from the lexicon, is immutable afterwards and may run on many threads.
//
//   class MyExtractor : public RelationExtractor { ... };
//   pipeline.add(std::make_unique<MyExtractor>(lexicon));
#pragma once

#include <vector>

#include "relation.h"
#include "sentence_view.h"

namespace newsgraph {

class RelationExtractor {
public:
    virtual ~RelationExtractor() = default;
    // Appends what `sentence` expresses. A relation whose object is not in the
    // sentence (a denial answering an accuser named elsewhere) may carry
    // object -1: the pipeline completes it from the document or drops it.
    virtual void extract(const SentenceView& sentence, std::vector<Relation>& out) const = 0;
};

}  // namespace newsgraph
