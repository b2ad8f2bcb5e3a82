#include "tokens.h"

#include <array>

#include "utf8.h"

namespace newsgraph {

namespace {

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC'; }
bool is_double_quote(char32_t c) {
    return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u00AB' || c == U'\u00BB';
}
bool is_hyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }
bool is_word_char(char32_t c) { return is_letter(c) || is_digit(c) || c == U'_' || (c >= 0x300 && c < 0x370); }

char32_t peek(std::string_view text, std::size_t pos, std::size_t end) {
    if (pos >= end) return 0;
    return next_code_point(text, pos);
}

// "re", "ve", "ll", "d" or "m" at `pos` (just after an apostrophe), ending there.
bool is_clitic(std::string_view text, std::size_t pos, std::size_t end) {
    std::string letters;
    std::size_t e = pos;
    for (; e < end && letters.size() < 3; ++e) {
        char c = static_cast<char>(text[e] | 0x20);
        if (c < 'a' || c > 'z') break;
        letters += c;
    }
    if (is_word_char(peek(text, e, end))) return false;
    return letters == "re" || letters == "ve" || letters == "ll" || letters == "d" || letters == "m";
}

std::size_t after(std::string_view text, std::size_t pos) {
    next_code_point(text, pos);
    return pos;
}

// What one ASCII byte is to the tokenizer, as bits of one table lookup.
enum ByteClass : std::uint8_t {
    kUpper = 1,
    kLower = 2,
    kDigit = 4,
    kUnderscore = 8,
    kJoiner = 16,  // '-', '.', ',' or an apostrophe: may join more to a word
    kNonAscii = 32,
    kBlank = 64,   // a space other than a line break
    kLetter = kUpper | kLower,
    kWordByte = kLetter | kDigit | kUnderscore,
};

constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
    std::array<std::uint8_t, 256> classes{};
    for (int b = 0; b < 256; ++b) {
        if (b >= 'A' && b <= 'Z') classes[b] = kUpper;
        else if (b >= 'a' && b <= 'z') classes[b] = kLower;
        else if (b >= '0' && b <= '9') classes[b] = kDigit;
        else if (b == '_') classes[b] = kUnderscore;
        else if (b == '-' || b == '.' || b == ',' || b == '\'') classes[b] = kJoiner;
        else if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') classes[b] = kBlank;
        else if (b >= 0x80) classes[b] = kNonAscii;
    }
    return classes;
}();

std::uint8_t byte_class(char c) { return kByteClasses[static_cast<unsigned char>(c)]; }

}  // namespace

FoldedText::FoldedText(std::string_view text) : lowered_(lower_ascii(text)) {}

Tokenizer::Tokenizer(WordSet abbreviations) : abbreviations_(std::move(abbreviations)) {}

bool Tokenizer::is_abbreviation(std::string_view folded_with_period) const {
    return abbreviations_.count(folded_with_period) > 0;
}


void Tokenizer::tokenize(std::string_view text, Span region, FoldedText& folded, std::vector<Token>& out) const {
    std::size_t pos = region.begin;
    const std::size_t end = region.end;
    auto add = [&](std::size_t b, std::size_t e, TokenKind kind) -> Token& {
        Token& t = out.emplace_back();
        t.span = Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
        t.kind = kind;
        return t;
    };
    // An ASCII token, given the ByteClass bits of its bytes: its folded form
    // is its span of the lowered text, and only a word with a capital needs
    // its bytes read again for its case.
    auto emit_ascii = [&](std::size_t b, std::size_t e, TokenKind kind, std::uint8_t seen) {
        Token& t = add(b, e, kind);
        t.lower = folded.ascii_lowered(t.span);
        if (kind != TokenKind::Word || !(seen & kUpper)) return;
        std::size_t first = b;
        while (!(byte_class(text[first]) & kLetter)) ++first;
        t.capitalized = byte_class(text[first]) & kUpper;
        if (seen & kLower) return;
        for (std::size_t k = first + 1; k < e && !t.all_caps; ++k) t.all_caps = byte_class(text[k]) & kLetter;
    };
    auto emit = [&](std::size_t b, std::size_t e, TokenKind kind) {
        std::string_view surface = text.substr(b, e - b);
        std::uint8_t seen = 0;
        for (char c : surface) seen |= byte_class(c);
        if (!(seen & kNonAscii)) return emit_ascii(b, e, kind, seen);
        Token& t = add(b, e, kind);
        t.lower = folded.keep(fold_case(surface));
        if (kind == TokenKind::Word) {
            std::size_t p = 0;
            int letters = 0, lowers = 0;
            bool first = true;
            while (p < surface.size()) {
                char32_t c = next_code_point(surface, p);
                if (!is_letter(c)) continue;
                if (first) t.capitalized = is_upper(c);
                first = false;
                ++letters;
                lowers += is_lower(c);
            }
            t.all_caps = letters >= 2 && lowers == 0;
        }
    };

    while (pos < end) {
        std::size_t start = pos;
        if (byte_class(text[pos]) & kBlank) {
            ++pos;
            continue;
        }
        char32_t c = next_code_point(text, pos);
        if (c == U'\n') {
            emit(start, pos, TokenKind::Newline);
            continue;
        }
        if (is_space(c)) continue;

        if (is_word_char(c)) {
            // A word runs over letters and digits, joined by inner hyphens,
            // apostrophes (not "'s"), periods between digits ("1.13") and
            // periods of dotted abbreviations ("U.S.").
            // The classes of its ASCII bytes gather in `seen`, its other
            // letters and digits in `has_letter` and `has_digit`.
            std::uint8_t seen = 0;
            bool ascii = c < 0x80, has_digit = false, has_letter = false;
            if (ascii) seen = byte_class(static_cast<char>(c));
            else has_digit = is_digit(c), has_letter = is_letter(c);
            auto letter_seen = [&] { return has_letter || (seen & kLetter); };
            // Moves past one character: a multi-byte one makes the word non-ASCII.
            auto take = [&](std::size_t p) {
                ascii = ascii && p == pos + 1;
                pos = p;
            };
            while (pos < end) {
                // ASCII letters and digits, most of every word, without decoding.
                const std::uint8_t b = byte_class(text[pos]);
                if (b & kWordByte) {
                    seen |= b;
                    ++pos;
                    continue;
                }
                // Only a hyphen, a period, a comma, an apostrophe or a
                // non-ASCII character may join more to the word; a space or
                // other mark ends it.
                if (!(b & (kJoiner | kNonAscii))) break;
                std::size_t p = pos;
                char32_t d = next_code_point(text, p);
                if (is_word_char(d)) {
                    has_digit |= is_digit(d);
                    has_letter |= is_letter(d);
                    take(p);
                    continue;
                }
                char32_t next = peek(text, p, end);
                if (is_hyphen(d) && is_word_char(next)) {
                    take(p);
                    continue;
                }
                if ((d == U'.' || d == U',') && is_digit(previous_code_point(text, pos)) && is_digit(next)) {
                    take(p);
                    continue;
                }
                if (is_apostrophe(d) && is_letter(next)) {
                    // "’s", "n't" and the clitics "'re", "'ve", "'ll", "'d", "'m"
                    // become tokens of their own; "O'Brien" stays.
                    std::size_t q = p;
                    next_code_point(text, q);
                    char32_t after_next = peek(text, q, end);
                    bool possessive = (next == U's' || next == U'S') && !is_word_char(after_next);
                    bool negation = (next == U't' || next == U'T') && !is_word_char(after_next) &&
                                    (previous_code_point(text, pos) == U'n' || previous_code_point(text, pos) == U'N');
                    if (possessive || is_clitic(text, p, end)) break;
                    if (negation) {
                        std::size_t n_start = pos - 1;
                        if (n_start > start) {
                            emit(start, n_start, TokenKind::Word);
                            emit(n_start, q, TokenKind::Word);
                            pos = q;
                            start = pos;
                        }
                        break;
                    }
                    take(p);
                    continue;
                }
                if (d == U'.' && letter_seen()) {
                    // "U.S." / "U.N." / "Corp." / "J." keep their period.
                    const Span with_period{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(p)};
                    std::string non_ascii_word;
                    if (!ascii) non_ascii_word = fold_case(with_period.of(text));
                    std::string_view word = ascii ? folded.ascii_lowered(with_period) : std::string_view(non_ascii_word);
                    bool dotted_letters = is_letter(next) && peek(text, after(text, p), end) == U'.';
                    bool inner_dots = word.find('.') < word.size() - 1;
                    bool initial = p - start == 2 && is_upper(c);
                    if (dotted_letters) {
                        take(p);
                        continue;
                    }
                    if (inner_dots || initial || is_abbreviation(word)) take(p);
                }
                break;
            }
            if (pos > start) {
                has_digit |= (seen & kDigit) != 0;
                const TokenKind kind = letter_seen() || !has_digit ? TokenKind::Word : TokenKind::Number;
                if (ascii) emit_ascii(start, pos, kind, seen);
                else emit(start, pos, kind);
            }
            continue;
        }

        if (is_apostrophe(c)) {
            char32_t next = peek(text, pos, end);
            std::size_t q = pos;
            if (next) next_code_point(text, q);
            if ((next == U's' || next == U'S') && start > region.begin && is_word_char(previous_code_point(text, start)) &&
                !is_word_char(peek(text, q, end))) {
                emit(start, q, TokenKind::Possessive);
                pos = q;
                continue;
            }
            if (start > region.begin && is_word_char(previous_code_point(text, start)) && is_clitic(text, pos, end)) {
                std::size_t e = pos;
                while (e < end && is_letter(peek(text, e, end))) e = after(text, e);
                emit(start, e, TokenKind::Word);
                pos = e;
                continue;
            }
            // A closing apostrophe after a plural ("countries’") is possessive too.
            bool after_word = start > region.begin && is_word_char(previous_code_point(text, start));
            bool before_word = is_word_char(next);
            emit(start, pos, after_word && !before_word && previous_code_point(text, start) == U's' ? TokenKind::Possessive
                                                                                                   : TokenKind::Quote);
            continue;
        }
        if (is_double_quote(c)) {
            emit(start, pos, TokenKind::Quote);
            continue;
        }
        if (c == U'.' || c == U'\u2026') {
            while (pos < end && (text[pos] == '.' || peek(text, pos, end) == U'\u2026')) pos = after(text, pos);
            emit(start, pos, TokenKind::Punct);
            continue;
        }
        if (c == U'-' && peek(text, pos, end) == U'-') {
            while (pos < end && text[pos] == '-') ++pos;
        }
        emit(start, pos, TokenKind::Punct);
    }
}

std::string dump_tokens(std::string_view text, const std::vector<Token>& tokens) {
    std::string out;
    for (const Token& t : tokens) {
        if (!out.empty()) out += ' ';
        out += '[';
        out += t.kind == TokenKind::Newline ? std::string_view("\\n") : t.span.of(text);
        out += ']';
    }
    return out;
}

}  // namespace newsgraph
