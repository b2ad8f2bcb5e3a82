// UTF-8 helpers built on ICU: repair, code point iteration, classification
// and case folding. Text is never an error: any bytes come out as valid UTF-8.
//
//   std::size_t bad = repair_utf8(text);  // invalid bytes -> U+FFFD
//   std::string key = fold_case("Iran’s");  // "iran's"
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph {

// Replaces every invalid byte sequence with U+FFFD and NUL with a space, in
// place; returns how many invalid sequences were replaced.
std::size_t repair_utf8(std::string& text);

// Byte offset of the first invalid sequence, or npos when `text` is valid.
std::size_t find_invalid_utf8(std::string_view text);

// The non-ASCII halves of the functions below, out of line so that the ASCII
// case, almost every byte of English news, is inlined where it is called.
namespace detail {
char32_t next_code_point_multibyte(std::string_view text, std::size_t& pos);
char32_t previous_code_point_multibyte(std::string_view text, std::size_t pos);
bool is_letter_non_ascii(char32_t c);
bool is_upper_non_ascii(char32_t c);
bool is_lower_non_ascii(char32_t c);
bool is_digit_non_ascii(char32_t c);
bool is_space_non_ascii(char32_t c);
}  // namespace detail

// Decodes the code point at `pos` and advances `pos` past it. `text` must be
// valid UTF-8.
inline char32_t next_code_point(std::string_view text, std::size_t& pos) {
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
        ++pos;
        return byte;
    }
    return detail::next_code_point_multibyte(text, pos);
}

// The code point that ends just before `pos`, or 0 at the start.
inline char32_t previous_code_point(std::string_view text, std::size_t pos) {
    if (pos == 0) return 0;
    auto byte = static_cast<unsigned char>(text[pos - 1]);
    if (byte < 0x80) return byte;
    return detail::previous_code_point_multibyte(text, pos);
}

inline bool is_letter(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return detail::is_letter_non_ascii(c);
}
inline bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return detail::is_upper_non_ascii(c);
}
inline bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return detail::is_lower_non_ascii(c);
}
inline bool is_digit(char32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return detail::is_digit_non_ascii(c);
}
inline bool is_space(char32_t c) {
    if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    return detail::is_space_non_ascii(c);
}

// Lowercase with typographic apostrophes, quotes and dashes mapped to ASCII:
// the key under which lexicons and names are compared.
std::string fold_case(std::string_view text);

// Lowers the ASCII letters of s[0, n) in place up to its first non-ASCII
// byte; returns where that byte is (n when there is none).
std::size_t lower_ascii_prefix(char* s, std::size_t n);

// `text` with its ASCII letters lowered and every other byte as it is: the
// folded form of each of its ASCII spans, at the same offsets.
std::string lower_ascii(std::string_view text);

// How many bytes below 0x80 `text` starts with.
std::size_t ascii_prefix(std::string_view text);

// Replaces typographic apostrophes and dashes with ASCII ones, keeping case.
std::string ascii_punctuation(std::string_view text);
void append_ascii_punctuation(std::string& out, std::string_view text);  // the same, onto `out`

// Appends the UTF-8 encoding of `c`.
void append_utf8(std::string& out, char32_t c);

}  // namespace newsgraph
