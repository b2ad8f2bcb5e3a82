#include "speech.h"

#include "clause.h"

namespace newsgraph {

namespace {

bool is_claim(std::string_view w) {
    return w == "claimed" || w == "claiming" || w == "claims" || w == "alleged" || w == "alleging" || w == "alleges";
}

}  // namespace

SpeechFrame find_speech(const SentenceView& view) {
    SpeechFrame frame;
    const auto& tokens = view.tokens;
    const std::uint32_t first = view.sentence.first, last = view.sentence.last;

    std::vector<std::uint32_t> quotes;
    for (std::uint32_t i = first; i < last; ++i)
        if (tokens[i].kind == TokenKind::Quote && tokens[i].lower == "\"") quotes.push_back(i);
    if (quotes.size() % 2 == 1) {
        frame.open_quote = quotes.front() == first;
        frame.close_quote = !frame.open_quote;
    }

    // Most sentences hold no speech verb and no "according to": they need no
    // reading of their clauses.
    bool speech = false;
    for (std::uint32_t i = first; i < last && !speech; ++i)
        speech = tokens[i].is(WordClass::SpeechVerb) ||
                 (tokens[i].lower == "according" && i + 2 < last && tokens[i + 1].lower == "to");
    if (!speech) return frame;
    ClauseReader c(view);
    auto entity = [&](int mention) { return mention < 0 ? -1 : view.entity(static_cast<std::size_t>(mention)); };

    // "according to X"
    for (std::uint32_t i = first; i + 2 < last; ++i)
        if (tokens[i].lower == "according" && tokens[i + 1].lower == "to") {
            int m = c.mention_at(i + 2) >= 0 ? c.mention_at(i + 2) : c.mention_at(i + 3);
            // "according to the state oil firm, Ecopetrol,": the name the description is set beside.
            if (m < 0 || view.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Description) {
                std::uint32_t end = m >= 0 ? view.mentions[static_cast<std::size_t>(m)].last : i + 2;
                if (end < last && is_determiner(tokens[end].lower)) ++end;
                while (end < last && end < i + 8 && c.mention_at(end) < 0 && (c.is_common_noun(end) || c.is_speech_noun(end))) ++end;
                int named = end + 1 < last && tokens[end].lower == "," ? c.mention_at(end + 1) : -1;
                if (named >= 0 && view.mentions[static_cast<std::size_t>(named)].kind == MentionKind::Name && entity(named) >= 0)
                    m = named;
            }
            if (m >= 0 && entity(m) >= 0) {
                frame.speaker = entity(m);
                frame.speakers = {frame.speaker};
                frame.first = first;
                frame.last = last;
                return frame;
            }
        }

    for (std::uint32_t v = first; v < last; ++v) {
        std::string_view w = tokens[v].lower;
        if (!tokens[v].is(WordClass::SpeechVerb) || c.mention_at(v) >= 0) continue;
        // The verb's noun readings ("the claims", "his claims") are no speech.
        if (v > first && word_in(tokens[v - 1].lower, "the", "a", "his", "her", "its", "their")) continue;
        // "Y quoted X as saying": X speaks. "X has not commented": X says nothing.
        if (w == "quoted" || c.negated(v)) continue;
        // "..., said Acme", "..., he said", "said a company spokesman":
        // the mention after the verb, across an article and one modifier.
        int after = c.mention_at(v + 1);
        for (std::uint32_t k = v + 1; after < 0 && k < last && k < v + 4; ++k) {
            after = c.mention_at(k);
            std::string_view word = tokens[k].lower;
            if (after < 0 && word != "the" && word != "a" && word != "an" && !c.is_common_noun(k)) break;
        }
        // "said US Attorney N", "said Peru's Foreign Minister N": the person the body's title names.
        if (after >= 0 && static_cast<std::size_t>(after) + 1 < view.mentions.size()) {
            const Mention& titled = view.mentions[static_cast<std::size_t>(after) + 1];
            std::uint32_t body_end = view.mentions[static_cast<std::size_t>(after)].last;
            if (body_end < last && tokens[body_end].kind == TokenKind::Possessive) ++body_end;
            if (titled.kind == MentionKind::Name && titled.title >= 0 && titled.title_first == body_end) ++after;
        }
        // "X hacked Y's network, said a company spokesman.": right after a
        // comma or a quote, a speaker that ends the clause follows the verb,
        // and the clause before is said (not "X, a researcher, said:", nor
        // "..., saying they", "..., told Reuters his review").
        std::uint32_t after_end = after >= 0 ? view.mentions[static_cast<std::size_t>(after)].last : last;
        for (int next; after_end < last && (next = c.mention_at(after_end)) >= 0;)  // "a company spokesman"
            after_end = view.mentions[static_cast<std::size_t>(next)].last;
        bool inverted = after >= 0 && v > first && (tokens[v - 1].lower == "," || tokens[v - 1].kind == TokenKind::Quote) &&
                        !w.ends_with("ing") && w != "told" && w != "tells" &&
                        (after_end >= last || tokens[after_end].kind == TokenKind::Punct);
        int speaker = -1;
        std::vector<int> subjects = inverted ? std::vector<int>{} : c.subject_before(v);
        // "..., we're told": the narrator speaks, no one in the story.
        std::erase_if(subjects, [&](int m) {
            const std::string& name = view.mentions[static_cast<std::size_t>(m)].name;
            return name == "we" || name == "i";
        });
        for (int m : subjects)
            if (entity(m) >= 0) frame.speakers.push_back(entity(m));
        if (!subjects.empty()) speaker = entity(subjects.back());
        if (speaker < 0) {
            speaker = entity(after);
            frame.speakers = {speaker};
        }
        if (speaker < 0) {
            frame.speakers.clear();
            continue;
        }
        frame.speaker = speaker;
        frame.claim = is_claim(w);
        frame.report = w == "reported" || w == "reports" || w == "reporting";
        // `..., he said`, `"...," X told reporters`, `..., said X`: what
        // stands before the speaker's comma or closing quote is said.
        std::uint32_t speaker_first = subjects.empty() ? v : view.mentions[static_cast<std::size_t>(subjects.front())].first;
        if (speaker_first > first + 1 && tokens[speaker_first - 1].lower == "the") --speaker_first;  // ", the FBI said"
        bool said_before = speaker_first > first &&
                           (tokens[speaker_first - 1].lower == "," || tokens[speaker_first - 1].kind == TokenKind::Quote);
        bool quote_first = !quotes.empty() && quotes.front() <= first + 1 && quotes.size() >= 2 && quotes[1] < v;
        if (quote_first) {
            frame.first = quotes.front() + 1;
            frame.last = quotes[1];
        } else if (said_before) {
            frame.first = first;
            frame.last = speaker_first - 1;
        } else {
            frame.first = v + 1;
            frame.last = last;
        }
        return frame;
    }
    return frame;
}

}  // namespace newsgraph
