// libFuzzer target: lexicon files as a user may write them. Whatever their
// bytes, loading either fails with an InputError or gives a lexicon on which
// a pipeline runs any text within analyze_and_check's invariants.
//
// An input holds the texts of words.tsv, countries.tsv, organizations.tsv,
// places.tsv, org_names.tsv, titles.tsv, relations.tsv, the iso-codes 3166-1
// list and a document, in that order, separated by the byte 0x1E (ASCII's
// record separator); parts the input lacks are empty.
#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "analysis_checks.h"
#include "tsv.h"

namespace ng = newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::array<std::string_view, 9> parts;
    for (std::size_t i = 0; i < parts.size() && !input.empty(); ++i) {
        std::size_t end = i + 1 < parts.size() ? std::min(input.find('\x1e'), input.size()) : input.size();
        parts[i] = input.substr(0, end);
        input.remove_prefix(std::min(end + 1, input.size()));
    }
    ng::LexiconSources sources;
    ng::LexiconSources::File* files[] = {&sources.words,     &sources.countries, &sources.organizations,
                                         &sources.places,    &sources.org_names, &sources.titles,
                                         &sources.relations, &sources.iso_3166};
    const char* names[] = {"words.tsv",  "countries.tsv", "organizations.tsv", "places.tsv",
                           "org_names.tsv", "titles.tsv", "relations.tsv",     "iso_3166-1.json"};
    for (std::size_t i = 0; i < std::size(files); ++i) *files[i] = {names[i], std::string(parts[i])};
    ng::Lexicon lexicon;
    try {
        lexicon = ng::build_lexicon(sources);
    } catch (const ng::InputError&) {
        return 0;
    }
    const ng::Pipeline pipeline(lexicon, ng::PipelineOptions{});
    ng::Document doc;
    doc.id = "fuzz";
    doc.text = std::string(parts[8]);
    ng::fuzz::analyze_and_check(pipeline, doc);
    return 0;
}
