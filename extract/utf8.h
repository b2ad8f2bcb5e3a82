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

// Decodes the code point at `pos` and advances `pos` past it. `text` must be
// valid UTF-8.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// The code point that ends just before `pos`, or 0 at the start.
char32_t previous_code_point(std::string_view text, std::size_t pos);

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);
bool is_space(char32_t c);

// Lowercase with typographic apostrophes, quotes and dashes mapped to ASCII:
// the key under which lexicons and names are compared.
std::string fold_case(std::string_view text);

// Replaces typographic apostrophes and dashes with ASCII ones, keeping case.
std::string ascii_punctuation(std::string_view text);

// Appends the UTF-8 encoding of `c`.
void append_utf8(std::string& out, char32_t c);

}  // namespace newsgraph
