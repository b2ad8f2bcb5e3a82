#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "test_lexicon.h"
#include "tsv.h"
#include "utf8.h"

using namespace newsgraph;

TEST_CASE("tsv: comments, blanks and field counts") {
    auto rows = parse_tsv("# comment\n\na\tb\nc\td\te\n", "x.tsv", 2, 3);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields == std::vector<std::string>{"a", "b"});
    CHECK(rows[1].line == 4);
}

TEST_CASE("tsv: errors name file and line and show the text") {
    CHECK_THROWS_WITH(parse_tsv("a\tb\nonly\n", "titles.tsv", 2, 2),
                      "titles.tsv:2: expected 2 tab-separated fields, found 1: only");
    CHECK_THROWS_WITH(parse_tsv("a\tb\n\xFF\tc\n", "w.tsv", 2, 2), "w.tsv:2: invalid UTF-8");
}

TEST_CASE("lexicon: countries come from iso-codes with the forms news uses") {
    const Lexicon& lex = test_lexicon();
    const NameEntry* us = lex.find_name("u.s.");
    REQUIRE(us);
    CHECK(us->canonical == "United States");
    const NameEntry* russia = lex.find_name("russian federation");
    REQUIRE(russia);
    CHECK(russia->canonical == "Russia");
    const NameEntry* tehran = lex.find_name("tehran");
    REQUIRE(tehran);
    CHECK(tehran->role == NameRole::Capital);
    CHECK(tehran->canonical == "Iran");
    const NameEntry* iranian = lex.find_name("iranian");
    REQUIRE(iranian);
    CHECK(iranian->role == NameRole::Adjective);
    CHECK(lex.find_name("bhutan"));  // from iso-codes alone
    // A former country, which iso-codes' 3166-1 list lacks, from its own row.
    const NameEntry* soviet = lex.find_name("soviet");
    REQUIRE(soviet);
    CHECK(soviet->role == NameRole::Adjective);
    CHECK(soviet->canonical == "Soviet Union");
    REQUIRE(lex.find_name("ussr"));
    CHECK(lex.find_name("ussr")->canonical == "Soviet Union");
}

TEST_CASE("lexicon: a missing lexicon file is named") {
    CHECK_THROWS_WITH(load_lexicon(LexiconPaths{"/nonexistent", NEWSGRAPH_ISO_3166}), "/nonexistent/words.tsv: cannot open file");
}

TEST_CASE("lexicon: built from texts in memory, empty files are an empty lexicon") {
    LexiconSources sources;
    sources.iso_3166 = {"iso.json", "{\"3166-1\": [{\"alpha_3\": \"ISL\", \"name\": \"Iceland\"}]}"};
    Lexicon lex = build_lexicon(sources);
    REQUIRE(lex.find_name("iceland"));
    CHECK(lex.find_name("iceland")->canonical == "Iceland");
    CHECK(lex.triggers.empty());
    CHECK(lex.relation_cues.empty());

    sources.iso_3166.text = "[]";
    CHECK_THROWS_WITH(build_lexicon(sources), "iso.json: not an iso-codes 3166-1 list");
    sources.iso_3166.text = "{\"3166-1\": [{\"alpha_3\": \"ISL\", \"name\": \"Ice\xFFland\"}]}";
    CHECK_THROWS_WITH(build_lexicon(sources), "iso.json: invalid JSON at byte 43: Invalid encoding in string.");
    // A million nested arrays: read without recursion, then refused.
    sources.iso_3166.text = std::string(1000000, '[') + std::string(1000000, ']');
    CHECK_THROWS_WITH(build_lexicon(sources), "iso.json: not an iso-codes 3166-1 list");
    sources.iso_3166.text = "{\"3166-1\": []}";
    sources.countries = {"my_countries.tsv", "SUN\tSoviet Union\tSoviet\n"};
    REQUIRE(build_lexicon(sources).find_name("soviet union"));
    sources.countries = {"my_countries.tsv", "SUN\tSoviet Union\nXXX\t-\tXian\n"};
    CHECK_THROWS_WITH(build_lexicon(sources),
                      "my_countries.tsv:2: unknown ISO 3166-1 alpha-3 code 'XXX' (a former country needs its name)");
    sources.countries = {};
    sources.titles = {"my_titles.tsv", "spokesman\tspokesperson\nherald\tpoet\n"};
    CHECK_THROWS_WITH(build_lexicon(sources), "my_titles.tsv:2: unknown title role 'poet' (spokesperson or official)");
}

TEST_CASE("lexicon: each word list names an entry once") {
    // Column of the "|"-separated list in each file.
    const std::pair<const char*, std::size_t> lists[] = {{"words.tsv", 1}, {"relations.tsv", 2}, {"titles.tsv", 0}};
    for (const auto& [file, column] : lists) {
        for (const TsvRow& row : load_tsv(std::string(NEWSGRAPH_LEXICON_DIR) + "/" + file, 1, 8)) {
            std::set<std::string> seen;
            for (const std::string& entry : split_list(row.fields.at(column), '|')) {
                CAPTURE(file, row.line, entry);
                CHECK(seen.insert(fold_case(entry)).second);
            }
        }
    }
}

TEST_CASE("lexicon: organisations act for their state, their own side, or by force") {
    const Lexicon& lex = test_lexicon();
    const NameEntry* fbi = lex.find_name("fbi");
    const NameEntry* labour = lex.find_name("labour party");
    const NameEntry* hezbollah = lex.find_name("hezbollah");
    REQUIRE((fbi && labour && hezbollah));
    CHECK((!fbi->own_side && !fbi->armed));
    CHECK((labour->own_side && !labour->armed));
    CHECK((hezbollah->own_side && hezbollah->armed));

    LexiconSources sources = test_lexicon_sources();
    auto lines = std::count(sources.organizations.text.begin(), sources.organizations.text.end(), '\n');
    sources.organizations.text += "Acme Militia\tOrganization\t-\tPER\trebel\n";
    CHECK_THROWS_WITH(build_lexicon(sources), sources.organizations.name + ":" + std::to_string(lines + 1) +
                                                  ": unknown side 'rebel' (state, own or armed)");
}
