// Relations fired by the trigger words of relations.tsv: verbs in active
// and passive voice, nouns with their "by"/possessive/adjective agents and
// "against"/"on" objects, negated acts (a denial), and denial words
// ("groundless"). Any relation named in relations.tsv works here, so a new
// one needs no code.
#pragma once

#include "extractor.h"

namespace newsgraph {

class TriggerExtractor : public RelationExtractor {
public:
    void extract(const SentenceView& sentence, std::vector<Relation>& out) const override;
};

}  // namespace newsgraph
