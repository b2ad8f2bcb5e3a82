// Stage: tokens -> sentences. A sentence ends at ".", "!", "?" or an ellipsis
// (with any closing quotes or brackets after it), and always at a line break:
// in news text a line is a paragraph or a headline. A dotted abbreviation
// ("U.S.", "Corp.") ends a sentence only when a word that usually opens one
// ("The", "He") follows it. And a sentence ends after kMaxSentenceTokens.
//
//   SentenceSplitter split(openers);
//   std::vector<Sentence> sentences = split.split(doc.text, tokens);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "tokens.h"

namespace newsgraph {

// Tokens [first, last) of a token vector; `span` covers them exactly.
struct Sentence {
    Span span;
    std::uint32_t first = 0;
    std::uint32_t last = 0;

    bool operator==(const Sentence&) const = default;
};

// News sentences run to some 250 tokens (242 at most in 22,000 real
// stories); a longer "sentence" is a list, a table or text without stops,
// and is cut into pieces this long, so that the work of later stages on one
// sentence stays bounded: a run of 100,000 capitalised names overflowed the
// stack of the mention finder, whose rules look ahead run by run.
inline constexpr std::uint32_t kMaxSentenceTokens = 512;

// Immutable and thread-safe after construction.
class SentenceSplitter {
public:
    // `openers`: folded words that open sentences ("the", "he", "it").
    explicit SentenceSplitter(WordSet openers);

    std::vector<Sentence> split(std::string_view text, const std::vector<Token>& tokens) const;

private:
    WordSet openers_;
};

// One sentence a line: "0: Iran denied it." (used in tests).
std::string dump_sentences(std::string_view text, const std::vector<Sentence>& sentences);

}  // namespace newsgraph
