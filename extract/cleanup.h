// Stage: document -> content lines. Drops web boilerplate (menus, "Follow
// Us", phone numbers, browser and subscription prompts, photo credits) and
// finds the publication date. Lines are spans of the original text, so
// offsets downstream need no mapping.
//
//   Cleaner cleaner(rules);
//   CleanText clean = cleaner.clean(doc.text);
//   for (Span line : clean.lines) ...;  clean.date == "2020-09-11"
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "utf8.h"

namespace newsgraph {

// Folded phrases, from the `boilerplate_*` and `date_*` rows of words.tsv.
struct CleanupRules {
    std::vector<std::string> line_prefixes;  // a line that starts so is dropped
    std::vector<std::string> line_contains;  // a short line that holds one is dropped
    std::vector<std::string> credit_markers; // a line is cut where one starts ("photographer:")
    std::vector<std::string> date_markers;   // "publish date:", "published:"
    std::map<std::string, int, std::less<>> months;      // "september" -> 9, "sep" -> 9
};

struct CleanText {
    std::vector<Span> lines;  // content lines, in order, without line breaks
    std::string date;         // YYYY-MM-DD found in a date line, or empty
};

class Cleaner {
public:
    using ByFirstByte = std::array<std::vector<std::string>, 256>;

    explicit Cleaner(CleanupRules rules);
    // `lowered` is lower_ascii(text) (FoldedText::lowered()): an ASCII line
    // is read there instead of being lowered again.
    CleanText clean(std::string_view text, std::string_view lowered) const;
    CleanText clean(std::string_view text) const { return clean(text, lower_ascii(text)); }

    // "11 September 2020", "September 11, 2020", "2020-09-11" -> "2020-09-11".
    std::string parse_date(std::string_view text) const;

private:
    bool is_boilerplate(std::string_view folded) const;
    // Where a credit marker starts a word of the folded line, or npos.
    std::size_t credit_start(std::string_view folded) const;
    CleanupRules rules_;
    // The rules' phrases by their first byte: a line is compared with those only.
    ByFirstByte prefixes_by_first_byte_, credits_by_first_byte_, dates_by_first_byte_;
    std::vector<std::array<char, 2>> credit_openings_;  // their first two bytes; empty when one has only one
};

}  // namespace newsgraph
