// Plain value types shared by every extraction stage.
//
//   Document doc{"d1", "Iran denied it.", "2020-09-11", "", ""};
//   Span s{0, 4};  // doc.text.substr(s.begin, s.size()) == "Iran"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph {

// Half-open byte range [begin, end) into a Document's text.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    std::uint32_t size() const { return end - begin; }
    bool empty() const { return begin == end; }
    std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
    bool operator==(const Span&) const = default;
};

// One news article. `text` is valid UTF-8 (the reader repairs it) and is
// never modified afterwards: every span of every later stage indexes it.
struct Document {
    std::string id;
    std::string text;
    std::string date;    // YYYY-MM-DD, or empty when unknown
    std::string source;  // optional
    std::string url;     // optional
};

}  // namespace newsgraph
