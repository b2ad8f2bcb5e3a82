// Stage: text region -> tokens. Splits on white space and punctuation, keeps
// abbreviations ("U.S.", "Corp."), decimals, hyphenated words and initials
// whole, splits possessive "'s" and the "n't" of contractions off, and marks
// quotes. Every token is a byte span of the document text.
//
//   Tokenizer tok(abbreviations);
//   std::vector<Token> tokens;
//   tok.tokenize(doc.text, Span{0, n}, tokens);
#pragma once

#include <cstdint>
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
    std::string lower;         // fold_case of the surface, the lexicon key
    WordClasses classes;       // the lexicon's word lists that hold `lower`, set by the pipeline

    bool is(WordClass c) const { return classes.has(c); }

    bool operator==(const Token&) const = default;
};

// Built once from the abbreviation list; immutable and thread-safe afterwards.
class Tokenizer {
public:
    // `abbreviations` are folded forms with their final period ("corp.", "gen.").
    explicit Tokenizer(WordSet abbreviations);

    // Appends the tokens of `region` of `text`; a line break becomes a Newline
    // token so that later stages never join two lines.
    void tokenize(std::string_view text, Span region, std::vector<Token>& out) const;

    bool is_abbreviation(std::string_view folded_with_period) const;

private:
    WordSet abbreviations_;
};

// "[Iran] [denied] [it] [.]": the canonical dump used in tests.
std::string dump_tokens(std::string_view text, const std::vector<Token>& tokens);

}  // namespace newsgraph
