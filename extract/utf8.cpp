#include "utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace newsgraph {

namespace {

// Typographic forms that news text uses where ASCII is meant.
char32_t ascii_equivalent(char32_t c) {
    switch (c) {
        case U'\u2018': case U'\u2019': case U'\u201B': case U'\u2032': case U'\u02BC':
            return U'\'';
        case U'\u201C': case U'\u201D': case U'\u201E': case U'\u00AB': case U'\u00BB':
            return U'"';
        case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': case U'\u2212':
            return U'-';
        case U'\u00A0': case U'\u2009': case U'\u202F':
            return U' ';
        default:
            return c;
    }
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: most news text is ASCII.
        if (i + 8 <= n) {
            std::uint64_t eight;
            std::memcpy(&eight, s + i, 8);
            if ((eight & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) return static_cast<std::size_t>(start);
    }
    return std::string_view::npos;
}

std::size_t repair_utf8(std::string& text) {
    std::size_t first = find_invalid_utf8(text);
    bool has_nul = text.find('\0') != std::string::npos;
    if (first == std::string_view::npos && !has_nul) return 0;
    std::string out;
    out.reserve(text.size() + 16);
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    std::size_t replaced = 0;
    int32_t i = 0;
    while (i < n) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) {
            out += "\xEF\xBF\xBD";
            ++replaced;
        } else if (c == 0) {
            out += ' ';
        } else {
            out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        }
    }
    text.swap(out);
    return replaced;
}

namespace detail {

char32_t next_code_point_multibyte(std::string_view text, std::size_t& pos) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    auto i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
    pos = static_cast<std::size_t>(i);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t previous_code_point_multibyte(std::string_view text, std::size_t pos) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    auto i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_PREV(s, 0, i, c);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

bool is_letter_non_ascii(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_upper_non_ascii(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }
bool is_lower_non_ascii(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool is_digit_non_ascii(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool is_space_non_ascii(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

}  // namespace detail

void append_utf8(std::string& out, char32_t c) {
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
    if (error) {
        out += "\xEF\xBF\xBD";
        return;
    }
    out.append(buf, static_cast<std::size_t>(len));
}

std::size_t lower_ascii_prefix(char* s, std::size_t n) {
    // Eight bytes at a time: news is ASCII almost throughout, and this runs
    // over every line of every document (the clean-up folds each line).
    constexpr std::uint64_t kHigh = 0x8080808080808080ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s + i, 8);
        if (x & kHigh) break;
        // A byte is upper case when adding 0x3F carries into its top bit
        // (>= 'A') and adding 0x25 does not (<= 'Z').
        std::uint64_t ge_a = (x & kLow7) + 0x3F3F3F3F3F3F3F3Full, gt_z = (x & kLow7) + 0x2525252525252525ull;
        x |= ((ge_a ^ gt_z) & kHigh) >> 2;
        std::memcpy(s + i, &x, 8);
    }
    for (; i < n && static_cast<unsigned char>(s[i]) < 0x80; ++i)
        if (s[i] >= 'A' && s[i] <= 'Z') s[i] = static_cast<char>(s[i] + 32);
    return i;
}

std::string lower_ascii(std::string_view text) {
    std::string lowered(text);
    for (std::size_t at = 0; at < lowered.size();) {
        at += lower_ascii_prefix(lowered.data() + at, lowered.size() - at);
        while (at < lowered.size() && static_cast<unsigned char>(lowered[at]) >= 0x80) ++at;
    }
    return lowered;
}

std::size_t ascii_prefix(std::string_view text) {
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, text.data() + i, 8);
        if (x & 0x8080808080808080ull) break;
    }
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    return i;
}

std::string fold_case(std::string_view text) {
    std::string out(text);
    std::size_t pos = lower_ascii_prefix(out.data(), out.size());
    if (pos == text.size()) return out;
    out.resize(pos);
    while (pos < text.size()) {
        // A paragraph with one curly quote is still mostly ASCII: fold its
        // runs whole, not a byte at a time.
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            std::size_t at = out.size();
            out.append(text.substr(pos));
            std::size_t run = lower_ascii_prefix(out.data() + at, out.size() - at);
            out.resize(at + run);
            pos += run;
            continue;
        }
        char32_t c = ascii_equivalent(next_code_point(text, pos));
        append_utf8(out, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)));
    }
    return out;
}

std::string ascii_punctuation(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_ascii_punctuation(out, text);
    return out;
}

void append_ascii_punctuation(std::string& out, std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        // ASCII runs, nearly all of every name, are copied whole.
        std::size_t ascii = pos;
        while (ascii < text.size() && static_cast<unsigned char>(text[ascii]) < 0x80) ++ascii;
        out.append(text.substr(pos, ascii - pos));
        pos = ascii;
        if (pos < text.size()) append_utf8(out, ascii_equivalent(next_code_point(text, pos)));
    }
}

}  // namespace newsgraph
