#include "cleanup.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "utf8.h"

namespace newsgraph {

namespace {

// How many words `s` holds, counted no further than past `limit`: only
// short lines are tested for markers.
std::size_t count_words(std::string_view s, std::size_t limit) {
    // Eight bytes at a time: most lines are paragraphs, read up to their
    // thirteenth word. A byte's top bit marks it as a space or tab.
    constexpr std::uint64_t kTop = 0x8080808080808080ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
    auto nonzero = [](std::uint64_t x) { return (((x & kLow7) + kLow7) | x) & kTop; };
    std::size_t words = 0, i = 0;
    bool in_word = false;
    for (; i + 8 <= s.size() && words <= limit; i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        const std::uint64_t space = ~(nonzero(x ^ 0x2020202020202020ull) & nonzero(x ^ 0x0909090909090909ull)) & kTop;
        const std::uint64_t after_space = (space << 8) | (in_word ? 0 : 0x80);
        words += static_cast<std::size_t>(std::popcount(~space & after_space & kTop));
        in_word = !(space >> 63);
    }
    for (; i < s.size() && words <= limit; ++i) {
        bool space = s[i] == ' ' || s[i] == '\t';
        words += !space && !in_word;
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

}  // namespace

namespace {

// Phrases by their first byte, in their order: a text is compared only with
// those its byte can start.
Cleaner::ByFirstByte by_first_byte(const std::vector<std::string>& phrases) {
    Cleaner::ByFirstByte index;
    for (const std::string& p : phrases)
        if (!p.empty()) index[static_cast<unsigned char>(p[0])].push_back(p);
    return index;
}

}  // namespace

Cleaner::Cleaner(CleanupRules rules)
    : rules_(std::move(rules)),
      prefixes_by_first_byte_(by_first_byte(rules_.line_prefixes)),
      credits_by_first_byte_(by_first_byte(rules_.credit_markers)),
      dates_by_first_byte_(by_first_byte(rules_.date_markers)) {
    bool one_byte_marker = false;
    for (const std::string& m : rules_.credit_markers) {
        one_byte_marker = one_byte_marker || m.size() == 1;
        if (m.size() >= 2) credit_openings_.push_back({m[0], m[1]});
    }
    std::sort(credit_openings_.begin(), credit_openings_.end());
    credit_openings_.erase(std::unique(credit_openings_.begin(), credit_openings_.end()), credit_openings_.end());
    if (one_byte_marker) credit_openings_.clear();  // found by the byte-wise scan alone
}

std::size_t Cleaner::credit_start(std::string_view folded) const {
    // Only where a marker starts a word: not inside one ("hackimage
    // copyright"), since cutting there would leave a word the raw text does
    // not hold, and the cue scan reads the raw text.
    auto starts_credit = [&](std::size_t at) {
        auto before = at == 0 ? ' ' : static_cast<unsigned char>(folded[at - 1]);
        if (before >= 0x80 || std::isalnum(before)) return false;
        for (const std::string& m : credits_by_first_byte_[static_cast<unsigned char>(folded[at])])
            if (folded.substr(at).starts_with(m)) return true;
        return false;
    };
    std::size_t at = 0;
#if defined(__SSE2__)
    // Every line of every document is read here: 16 positions at a time,
    // compared only where the first two bytes of a marker stand.
    if (!credit_openings_.empty())
        for (; at + 17 <= folded.size(); at += 16) {
            const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(folded.data() + at));
            const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i*>(folded.data() + at + 1));
            __m128i hits = _mm_setzero_si128();
            for (const auto& [a, b] : credit_openings_)
                hits = _mm_or_si128(hits, _mm_and_si128(_mm_cmpeq_epi8(first, _mm_set1_epi8(a)), _mm_cmpeq_epi8(second, _mm_set1_epi8(b))));
            for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(hits)); bits; bits &= bits - 1)
                if (std::size_t hit = at + static_cast<std::size_t>(std::countr_zero(bits)); starts_credit(hit)) return hit;
        }
#endif
    for (; at < folded.size(); ++at)
        if (starts_credit(at)) return at;
    return std::string_view::npos;
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

CleanText Cleaner::clean(std::string_view text, std::string_view lowered) const {
    CleanText out;
    std::string non_ascii;  // the folded line when it is not ASCII, its buffer kept for the next
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
        std::string_view folded = lowered.substr(start + lead, line.size());
        if (ascii_prefix(line) < line.size()) folded = non_ascii = fold_case(line);
        if (out.date.empty() && !folded.empty())
            for (const std::string& m : dates_by_first_byte_[static_cast<unsigned char>(folded[0])])
                if (folded.starts_with(m)) out.date = parse_date(folded.substr(m.size()));
        if (!line.empty() && !is_boilerplate(folded)) {
            Span span{static_cast<std::uint32_t>(start + lead), static_cast<std::uint32_t>(start + lead + line.size())};
            // A photo credit runs to the end of its line: cut it off.
            if (std::size_t cut = credit_start(folded); cut != std::string::npos) {
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
