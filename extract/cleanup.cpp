#include "cleanup.h"

#include <cctype>
#include <cstdio>

#include "utf8.h"

namespace newsgraph {

namespace {

// Stops counting at `limit` + 1: only short lines are tested for markers.
std::size_t count_words(std::string_view s, std::size_t limit) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t';
        if (!space && !in_word && ++words > limit) break;
        in_word = !space;
    }
    return words;
}

// "+1 212 318 2000", "(020) 7330-7500": a line of a phone or fax number.
bool is_phone_number(std::string_view s) {
    int digits = 0, other = 0;
    for (char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
        else if (!(c == ' ' || c == '+' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/') && ++other > 3)
            return false;
    }
    return digits >= 7 && other <= 3;
}

std::string_view trim(std::string_view s) {
    auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

// Where `marker` starts a word of `folded`: not inside one ("hackimage
// copyright"), since cutting there would leave a word the raw text does not
// hold, and the cue scan reads the raw text.
std::size_t find_word_start(std::string_view folded, std::string_view marker) {
    for (std::size_t at = folded.find(marker); at != std::string_view::npos; at = folded.find(marker, at + 1)) {
        auto before = at == 0 ? ' ' : static_cast<unsigned char>(folded[at - 1]);
        if (!std::isalnum(before) && before < 0x80) return at;
    }
    return std::string_view::npos;
}

}  // namespace

Cleaner::Cleaner(CleanupRules rules) : rules_(std::move(rules)) {
    for (const std::string& p : rules_.line_prefixes)
        if (!p.empty()) prefixes_by_first_byte_[static_cast<unsigned char>(p[0])].push_back(p);
}

bool Cleaner::is_boilerplate(std::string_view folded) const {
    // Bullets and separators carry no words of their own.
    while (!folded.empty() && (folded.front() == '*' || folded.front() == '-' || folded.front() == '|'))
        folded.remove_prefix(1);
    if (folded.rfind("\u2022", 0) == 0) folded.remove_prefix(3);
    folded = trim(folded);
    if (folded.empty()) return true;
    for (const std::string& p : prefixes_by_first_byte_[static_cast<unsigned char>(folded[0])])
        if (folded.starts_with(p)) return true;
    if (count_words(folded, 12) <= 12)
        for (const std::string& p : rules_.line_contains)
            if (folded.find(p) != std::string_view::npos) return true;
    return is_phone_number(folded);
}

CleanText Cleaner::clean(std::string_view text) const {
    CleanText out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view raw = text.substr(start, end - start);
        std::size_t lead = raw.size() - raw.substr(raw.find_first_not_of(" \t\r") == std::string_view::npos
                                                        ? raw.size()
                                                        : raw.find_first_not_of(" \t\r"))
                                            .size();
        std::string_view line = trim(raw);
        std::string folded = fold_case(line);
        if (out.date.empty())
            for (const std::string& m : rules_.date_markers)
                if (folded.rfind(m, 0) == 0) out.date = parse_date(std::string_view(folded).substr(m.size()));
        if (!line.empty() && !is_boilerplate(folded)) {
            Span span{static_cast<std::uint32_t>(start + lead), static_cast<std::uint32_t>(start + lead + line.size())};
            // A photo credit runs to the end of its line: cut it off.
            std::size_t cut = std::string::npos;
            for (const std::string& m : rules_.credit_markers) cut = std::min(cut, find_word_start(folded, m));
            if (cut != std::string::npos) {
                // `folded` may differ from `line` in length only after non-ASCII
                // text; map the cut through a fold of the prefix.
                std::size_t byte = 0;
                while (byte < line.size() && fold_case(line.substr(0, byte)).size() < cut) ++byte;
                span.end = span.begin + static_cast<std::uint32_t>(byte);
                while (span.end > span.begin && text[span.end - 1] == ' ') --span.end;
            }
            if (!span.empty()) out.lines.push_back(span);
        }
        start = end + 1;
    }
    return out;
}

std::string Cleaner::parse_date(std::string_view text) const {
    std::string s = fold_case(text);
    for (char& c : s)
        if (c == ',' || c == '-' || c == '/') c = ' ';
    int year = 0, month = 0, day = 0;
    std::size_t pos = 0;
    auto next_word = [&]() -> std::string {
        while (pos < s.size() && s[pos] == ' ') ++pos;
        std::size_t b = pos;
        while (pos < s.size() && s[pos] != ' ') ++pos;
        return s.substr(b, pos - b);
    };
    for (int i = 0; i < 4; ++i) {
        std::string w = next_word();
        if (w.empty()) break;
        if (std::isdigit(static_cast<unsigned char>(w[0]))) {
            int v = std::atoi(w.c_str());
            if (v >= 1000) year = v;
            else if (year && !month && v >= 1 && v <= 12) month = v;
            else if (!day && v >= 1 && v <= 31) day = v;
        } else if (auto m = rules_.months.find(w.back() == '.' ? w.substr(0, w.size() - 1) : w); m != rules_.months.end()) {
            month = m->second;
        } else {
            break;
        }
        if (year && month && day) break;
    }
    if (!year || !month || !day) return "";
    if (year > 9999) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

}  // namespace newsgraph
