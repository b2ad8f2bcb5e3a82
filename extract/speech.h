// Reported speech in one sentence: who speaks, and which tokens are what
// they say. "“...,” X said", "X said (that) ...", "X told reporters ...",
// "according to X, ...", "Y quoted X as saying ...".
#pragma once

#include "sentence_view.h"

namespace newsgraph {

struct SpeechFrame {
    int speaker = -1;  // entity, or -1 when the narrator speaks
    std::vector<int> speakers;  // every conjunct of the speaker, `speaker` last
    std::uint32_t first = 0, last = 0;  // the reported tokens
    bool claim = false;                 // "claimed", "alleged"
    bool report = false;                // "reported": a newsroom relays, it does not accuse
    bool open_quote = false;            // a quote opens here and does not close
    bool close_quote = false;           // a quote opened before closes here
};

// `view.speaker` etc. are ignored; the result is meant to be stored into them.
SpeechFrame find_speech(const SentenceView& view);

}  // namespace newsgraph
