#include "sentences.h"

#include <cctype>

namespace newsgraph {

namespace {

bool is_terminal(std::string_view s) {
    return s == "!" || s == "?" || (!s.empty() && s.find_first_not_of('.') == std::string_view::npos) ||
           s == "\u2026";
}

bool is_closer(const Token& t, std::string_view s) {
    return t.kind == TokenKind::Quote || s == ")" || s == "]";
}

}  // namespace

SentenceSplitter::SentenceSplitter(WordSet openers) : openers_(std::move(openers)) {}

std::vector<Sentence> SentenceSplitter::split(std::string_view text, const std::vector<Token>& tokens) const {
    std::vector<Sentence> out;
    std::uint32_t first = 0;
    auto close = [&](std::uint32_t last) {
        // Sentences hold no Newline tokens; skip empty ones.
        while (first < last && tokens[first].kind == TokenKind::Newline) ++first;
        std::uint32_t end = last;
        while (end > first && tokens[end - 1].kind == TokenKind::Newline) --end;
        if (end > first) out.push_back(Sentence{Span{tokens[first].span.begin, tokens[end - 1].span.end}, first, end});
        first = last;
    };
    const auto n = static_cast<std::uint32_t>(tokens.size());
    for (std::uint32_t i = 0; i < n; ++i) {
        if (i - first >= kMaxSentenceTokens) close(i);
        const Token& t = tokens[i];
        if (t.kind == TokenKind::Newline) {
            close(i + 1);
            continue;
        }
        std::string_view s = t.span.of(text);
        bool ends = false;
        if (t.kind == TokenKind::Punct && is_terminal(s)) {
            // "<NESI.T>", "Linux.Encoder": a stop a word touches is inside a name.
            ends = !(i + 1 < n && tokens[i + 1].kind == TokenKind::Word && tokens[i + 1].span.begin == t.span.end &&
                     i > first && tokens[i - 1].kind == TokenKind::Word && tokens[i - 1].span.end == t.span.begin);
        } else if (t.kind == TokenKind::Word && s.size() > 1 && s.back() == '.' && i + 1 < n) {
            const Token& next = tokens[i + 1];
            ends = next.kind == TokenKind::Word && next.capitalized && openers_.count(next.lower) > 0;
        }
        if (!ends) continue;
        std::uint32_t last = i + 1;
        // A closing quote or bracket touches the stop; one after a space opens the next sentence.
        while (last < n && tokens[last].kind != TokenKind::Newline && is_closer(tokens[last], tokens[last].span.of(text)) &&
               tokens[last].span.begin == tokens[last - 1].span.end)
            ++last;
        // "... said Mr. Smith" or "5 p.m. on Friday": a lower-case word after
        // the period means the sentence goes on.
        if (last < n && tokens[last].kind == TokenKind::Word && !tokens[last].capitalized &&
            !(tokens[last].lower.size() && std::isdigit(static_cast<unsigned char>(tokens[last].lower[0]))))
            continue;
        close(last);
        i = last - 1;
    }
    close(n);
    return out;
}

std::string dump_sentences(std::string_view text, const std::vector<Sentence>& sentences) {
    std::string out;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        out += std::to_string(i) + ": ";
        out += sentences[i].span.of(text);
        out += '\n';
    }
    return out;
}

}  // namespace newsgraph
