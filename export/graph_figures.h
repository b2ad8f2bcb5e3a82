// The figures a graph file carries, checked alike by the JSON and GraphML
// readers, so that a hand-edited or foreign file gets an error instead of a
// wrapped count. A count (weight, documents, mentions) is a whole number from
// 0 to kLargestCount (2^53); "3.0" is a count, as Gephi re-saves it. A
// confidence is a number from 0 to 1.
//
//   if (auto n = as_count(value)) p.support = *n; else fail("not a count");
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "knowledge_graph.h"
#include "tsv.h"

namespace newsgraph {

// What an error says a figure should have been.
inline constexpr const char* kCountRule = "a count (a whole number from 0 to 2^53)";
inline constexpr const char* kConfidenceRule = "a confidence from 0 to 1";

inline std::optional<std::uint64_t> as_count(double x) {
    if (!(x >= 0 && x <= static_cast<double>(kLargestCount)) || x != std::floor(x)) return std::nullopt;
    return static_cast<std::uint64_t>(x);
}

inline std::optional<double> as_confidence(double x) {
    if (!(x >= 0 && x <= 1)) return std::nullopt;
    return x;
}

// The graph `read` builds from `file`. Each count a file carries passes
// as_count, but a node or link listed twice sums two: past kLargestCount,
// that is an InputError naming the file.
template <typename Read>
KnowledgeGraph read_counted(const std::string& file, Read&& read) {
    try {
        return read();
    } catch (const CountOverflow& e) {
        throw InputError(file + ": " + e.what());
    }
}

// The number a GraphML <data> element holds, spaces around it allowed.
inline std::optional<double> parse_number(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return std::nullopt;
    text = text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
    double x = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), x);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return x;
}

}  // namespace newsgraph
