// Stage: text region -> tokens. Splits on white space and punctuation, keeps
// abbreviations ("U.S.", "Corp."), decimals, hyphenated words and initials
// whole, splits possessive "'s" and the "n't" of contractions off, and marks
// quotes. Every token is a byte span of the document text.
//
//   Tokenizer tok(abbreviations);
//   FoldedText folded(doc.text);  // must outlive the tokens
//   std::vector<Token> tokens;
//   tok.tokenize(doc.text, Span{0, n}, folded, tokens);
#pragma once

#include <cstdint>
#include <forward_list>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "words.h"

namespace newsgraph {

enum class TokenKind : std::uint8_t { Word, Number, Punct, Quote, Possessive, Newline };

struct Token {
    Span span;
    TokenKind kind = TokenKind::Word;
    bool capitalized = false;  // first letter is upper case
    bool all_caps = false;     // two or more letters, none lower case
    std::string_view lower;    // fold_case of the surface, the lexicon key; points into a FoldedText
    WordClasses classes;       // the lexicon's word lists that hold `lower`, set by the pipeline

    bool is(WordClass c) const { return classes.has(c); }

    bool operator==(const Token&) const = default;
};

// The folded forms the tokens of one text point into, so that a token costs
// no string of its own: the text with its ASCII letters lowered, where an
// ASCII token's form is its own span, and the forms of the other tokens,
// each kept at a fixed address. Not copyable: tokens point into it.
class FoldedText {
public:
    explicit FoldedText(std::string_view text);
    FoldedText(const FoldedText&) = delete;
    FoldedText& operator=(const FoldedText&) = delete;

    // The lowered text of `s`, which must hold only ASCII bytes.
    std::string_view ascii_lowered(Span s) const { return std::string_view(lowered_).substr(s.begin, s.size()); }
    // The whole text with its ASCII letters lowered (lower_ascii).
    std::string_view lowered() const { return lowered_; }
    // Keeps `folded` for as long as this lives.
    std::string_view keep(std::string folded) { return others_.emplace_front(std::move(folded)); }

private:
    std::string lowered_;
    // A list never moves what it holds, and an empty one allocates nothing:
    // most texts are ASCII throughout.
    std::forward_list<std::string> others_;
};

// Built once from the abbreviation list; immutable and thread-safe afterwards.
class Tokenizer {
public:
    // `abbreviations` are folded forms with their final period ("corp.", "gen.").
    explicit Tokenizer(WordSet abbreviations);

    // Appends the tokens of `region` of `text`; a line break becomes a Newline
    // token so that later stages never join two lines.
    // Each token's `lower` points into `folded`, made from the same `text`.
    void tokenize(std::string_view text, Span region, FoldedText& folded, std::vector<Token>& out) const;

    bool is_abbreviation(std::string_view folded_with_period) const;

private:
    WordSet abbreviations_;
};

// "[Iran] [denied] [it] [.]": the canonical dump used in tests.
std::string dump_tokens(std::string_view text, const std::vector<Token>& tokens);

}  // namespace newsgraph
