// Shallow clause reading over one sentence's tokens and mentions, shared by
// the extractors: who stands before a verb as its subject, what follows it
// as its object, the agent of a "by" phrase, negation and hedging near a
// word. No parser: English word order, prepositions and commas.
#pragma once

#include <vector>

#include "sentence_view.h"

namespace newsgraph {

// "the", "a", "their", "this": words that open a noun phrase.
bool is_determiner(std::string_view w);
bool is_compass_point(std::string_view w);  // "east", "north-west"

class ClauseReader {
public:
    explicit ClauseReader(const SentenceView& view) : s_(view) {}

    // Mention index at token i, or -1.
    int mention_at(std::uint32_t i) const;

    // The subject of the verb at `verb`: the nearest mention before it that
    // is not inside a prepositional phrase or possessive, following a relative
    // pronoun ("X, which had launched") to its antecedent. With coordination
    // ("Iran, Russia and China dismissed") every conjunct is returned.
    std::vector<int> subject_before(std::uint32_t verb) const;

    // The first mention after `word` within its clause, with its conjuncts
    // ("accuses the U.S. and Israel"). `skip_by`: ignore "by X" agents.
    std::vector<int> object_after(std::uint32_t word, bool skip_by = true) const;

    // `mention` with the conjuncts after it ("attacks on WADA and the USADA").
    std::vector<int> conjuncts_right(int mention) const;
    // The list `mention` ends, from its first conjunct on ("Iran, Russia and China").
    std::vector<int> conjuncts_left(int mention) const;

    // The subject of the sentence's main clause (for ", blaming X").
    std::vector<int> main_subject() const;

    // A country named inside the noun phrase that ends before `head`, or -1.
    int country_in_phrase(std::uint32_t head) const;
    // The end of "military intelligence", "armed forces", "foreign ministry"
    // starting at `k` (a state's body or force), or `k`.
    std::uint32_t state_noun_end(std::uint32_t k) const;

    // The mention after "by" within the phrase that starts after `word`; -1
    // without a "by" phrase, kUnnamed when it names nobody ("by hostile governments").
    static constexpr int kUnnamed = -2;
    int by_agent(std::uint32_t word) const;
    // A "prep ..." phrase follows within `within` tokens of the clause.
    bool has_phrase(std::uint32_t word, std::string_view prep, std::uint32_t within = 20) const;
    // Where the first of `preps` follows `word` in its clause, else last().
    std::uint32_t phrase_start(std::uint32_t word, std::initializer_list<std::string_view> preps) const;
    // Every named agent of the "by" phrase; `found` tells whether there is one.
    std::vector<int> by_agents(std::uint32_t word, bool* found = nullptr) const;

    // The mention after one of `preps` ("against", "on") within the phrase after `word`.
    int prepositional_object(std::uint32_t word, std::initializer_list<std::string_view> preps) const;

    // "Israeli airstrikes", "Russia's attack", "US charges": the mention right before a noun.
    int modifier_before(std::uint32_t noun) const;

    // A preposition, auxiliary, trigger, speech or agent verb: not a modifier.
    bool is_verb_like(std::uint32_t i) const;
    bool opens_participle_phrase(std::uint32_t i) const;  // "backed by", "serialised in"
    // A lower-case content word ("malware" in "another IoT malware").
    bool is_common_noun(std::uint32_t i) const;
    // "the state": a speech verb after a determiner is a noun (which, unless
    // it is a claim's, "the claims", no phrase ends).
    bool is_speech_noun(std::uint32_t i) const;
    // An auxiliary, adverb, negation or hedge: stands between a subject and its verb.
    bool is_verb_modifier(std::uint32_t i) const;

    bool negated(std::uint32_t verb) const;
    bool hedged(std::uint32_t verb) const;
    // "was accused", "were being targeted", "has been hacked".
    bool passive(std::uint32_t verb) const;

    std::uint32_t first() const { return s_.sentence.first; }
    std::uint32_t last() const { return s_.sentence.last; }
    const Token& token(std::uint32_t i) const { return s_.tokens[i]; }
    bool is_clause_break(std::uint32_t i) const;
    std::uint32_t start_of(int mention) const;  // a person's title opens the mention
    std::uint32_t past_bracketed_name(std::uint32_t k) const;  // the token after "(DNC)" at k, else k

private:
    int mention_before(std::uint32_t k) const;                  // the mention ending at k, across "(DNC)"
    int conjunct_before(int mention, bool last_link) const;
    int name_before_apposition(std::uint32_t comma) const;
    int along_with(int mention) const;
    int place_after(std::uint32_t prep) const;
    bool affiliated(int mention) const;
    bool speaker_follows(std::uint32_t i) const;  // ", Kremez said": a speaker, not an object
    bool in_prepositional_phrase(int mention) const;

    const SentenceView& s_;
};

}  // namespace newsgraph
