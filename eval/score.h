// Scores extracted relations against a document-level gold file exactly as
// ../shared/eval/score.py does (see its README): names compared after NFKC,
// case folding and punctuation clean-up; recall by one-to-one matching of
// required gold relations, precision over predictions in fully annotated
// documents; optional relations neither missed nor wrong.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace newsgraph {

struct PredictedRelation {
    std::string doc, subject, relation, object;
    bool negative = false;
};

struct GoldRelation {
    std::set<std::string> subjects, objects;  // entity keys
    std::string relation;
    bool optional = false;
    std::string text;
};

struct GoldDocument {
    std::vector<GoldRelation> relations;
    bool negatives_ok = true;
};

struct Gold {
    std::map<std::string, std::set<std::string>> global;                        // normalised name -> keys
    std::map<std::string, std::map<std::string, std::set<std::string>>> local;  // doc -> name -> keys
    std::map<std::string, GoldDocument> docs;
};

struct RelationScore {
    int tp = 0, fn = 0, fp = 0, ok = 0, n = 0;
};

struct Score {
    std::vector<std::pair<std::string, RelationScore>> rows;  // score.py's order, "all" last
    std::vector<std::string> errors;
    std::map<std::string, std::set<std::string>> fragments;  // gold key -> several predicted names
};

std::string normalize_name(const std::string& name);
Gold load_gold(const std::string& path);
Score score(const Gold& gold, const std::vector<PredictedRelation>& predicted);
// The table score.py prints.
std::string format_score(const Score& score, bool show_errors);

}  // namespace newsgraph
