// spokesperson-of: "Kremlin spokesman Ivan Petrov", "Iran's Foreign
// Ministry Spokesman N", "N, the ministry's spokesman", "N, a spokeswoman
// for O", and "The Foreign Ministry spokesman" once the description is
// resolved to a named person. The organisation carries its country where
// the text gives one (resolution does that for ministries).
#pragma once

#include "extractor.h"

namespace newsgraph {

class SpokespersonExtractor : public RelationExtractor {
public:
    void extract(const SentenceView& sentence, std::vector<Relation>& out) const override;
};

}  // namespace newsgraph
