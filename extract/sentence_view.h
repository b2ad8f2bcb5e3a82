// What a relation extractor sees of one sentence: its tokens, its mentions
// and the entities they resolve to, plus the reported-speech frame (who
// speaks and which tokens are what they say). Built by the pipeline.
#pragma once

#include <algorithm>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "mentions.h"
#include "resolve.h"
#include "sentences.h"

namespace newsgraph {

struct SentenceView {
    std::string_view text;
    const std::vector<Token>& tokens;
    const Sentence& sentence;
    std::uint32_t index = 0;
    const std::vector<Mention>& mentions;
    const std::vector<int>& entity_of;  // per mention, -1 when unresolved
    std::span<const int> mention_at;     // per token of the sentence: the mention it is in, or -1
    const std::vector<Entity>& entities;
    const Lexicon& lex;
    // Per mention: every entity of a counted description ("the three men"), else empty.
    const std::vector<std::vector<int>>* members_of = nullptr;

    // Reported speech: `speaker` says tokens [said_first, said_last);
    // `speakers` holds every conjunct ("The U.S. and Israel say").
    int speaker = -1;
    std::vector<int> speakers = {};
    // The speaker relays news ("reported", or a newsroom speaks): what it
    // says of attacks accuses nobody.
    bool relay = false;
    std::uint32_t said_first = 0, said_last = 0;
    // Who spoke in the sentence before: "X believes Y did it. This is denied
    // by Z" denies what X said.
    int previous_speaker = -1;

    int entity(std::size_t mention) const { return entity_of[mention]; }
    // Whether a token of the sentence is of one of `classes`.
    bool any_token(WordClasses classes) const {
        return std::any_of(tokens.begin() + sentence.first, tokens.begin() + sentence.last,
                           [&](const Token& t) { return t.classes.has_any(classes); });
    }
    bool reported(std::uint32_t token) const { return speaker >= 0 && token >= said_first && token < said_last; }
};

}  // namespace newsgraph
