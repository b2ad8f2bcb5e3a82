#include <catch2/catch.hpp>

#include "score.h"

using namespace newsgraph;

TEST_CASE("score: names normalised as score.py does") {
    CHECK(normalize_name("The U.S.") == "us");
    CHECK(normalize_name("Iran’s") == "iran");
    CHECK(normalize_name("  \"Microsoft  Corp\" ") == "microsoft corp");
    CHECK(normalize_name("ＩＲＡＮ") == "iran");  // NFKC folds full-width letters
}

TEST_CASE("score: matching, optional and wrong relations") {
    Gold gold;
    gold.global["iran"] = {"IRN"};
    gold.global["united states"] = {"USA"};
    gold.global["us"] = {"USA"};
    GoldDocument d;
    d.relations.push_back(GoldRelation{{"IRN"}, {"USA"}, "denies", false, "x"});
    d.relations.push_back(GoldRelation{{"USA"}, {"IRN"}, "accuses", true, "y"});
    gold.docs["d"] = d;
    Score s = score(gold, {{"d", "Iran", "denies", "US", false},
                           {"d", "Iran", "denies", "United States", false},
                           {"d", "United States", "accuses", "Iran", false},
                           {"d", "Iran", "attacked", "US", false}});
    const RelationScore& all = s.rows.back().second;
    CHECK(all.tp == 1);
    CHECK(all.fn == 0);
    CHECK(all.n == 3);  // the two denials are one prediction after normalisation
    CHECK(all.fp == 1);
}
