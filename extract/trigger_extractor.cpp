#include "trigger_extractor.h"

#include <algorithm>
#include <span>

#include "clause.h"

namespace newsgraph {

namespace {

// Confidence factors: the base comes from the trigger row; each weakening
// circumstance multiplies it. Documented in lexicon/README.md.
constexpr double kPassiveFactor = 0.95;
constexpr double kReferenceFactor = 0.9;   // an end reached through a pronoun or description
constexpr double kHedgedFactor = 0.85;
constexpr double kReportedFactor = 0.95;   // someone else's claim
constexpr double kSpeakerFactor = 0.9;     // subject is the speaker, not a word of the clause
constexpr double kWrongdoerConfidence = 0.7;
constexpr double kRebuttalConfidence = 0.75;  // "hit back at X's claims"

bool ends_with(std::string_view w, std::string_view suffix) {
    return w.size() > suffix.size() + 1 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "the hack of Sony", "the Equifax breach": a break-in names what was broken into.
bool is_break_in(std::string_view noun) { return word_in(noun, "hack", "hacks", "breach", "breaches"); }

class SentenceRun {
public:
    SentenceRun(const SentenceView& s, std::vector<Relation>& out) : s_(s), c_(s), out_(out) {}

    void run() {
        for (std::uint32_t i = s_.sentence.first; i < s_.sentence.last; ++i) {
            if (s_.tokens[i].is(WordClass::WrongdoerNoun)) fire_wrongdoer(i);
            if (!s_.tokens[i].is(WordClass::Trigger)) continue;
            // A word inside a name is no trigger; a role is one inside its description ("the defendants").
            int m = c_.mention_at(i);
            auto it = s_.lex.triggers.find(s_.tokens[i].lower);
            for (const Trigger& t : it->second)
                if ((m < 0 || (t.kind == Trigger::Kind::AccusedRole && mention(m).kind == MentionKind::Description)) &&
                    followed_by(i, t.particle))
                    fire(t, i);
        }
    }

private:
    bool followed_by(std::uint32_t at, const std::vector<std::string>& words) const {
        if (at + words.size() >= s_.sentence.last) return words.empty();
        for (std::size_t k = 0; k < words.size(); ++k)
            if (word(at + 1 + static_cast<std::uint32_t>(k)) != words[k]) return false;
        return true;
    }

    int entity(int mention) const { return mention < 0 ? -1 : s_.entity(static_cast<std::size_t>(mention)); }
    const Mention& mention(int m) const { return s_.mentions[static_cast<std::size_t>(m)]; }
    std::string_view word(std::uint32_t i) const { return s_.tokens[i].lower; }

    bool is_reference(int m) const {
        return m >= 0 && (mention(m).kind == MentionKind::Pronoun || mention(m).kind == MentionKind::Description);
    }

    void emit(const std::string& relation, double base, std::uint32_t at, int subject_mention, int object_mention,
              int subject_entity, int object_entity, double factor, const std::string& rule) {
        // "Britain and the Netherlands said": what the speaker claims, every speaker claims.
        if (subject_mention < 0 && subject_entity >= 0 && subject_entity == s_.speaker && s_.speakers.size() > 1) {
            for (int speaker : s_.speakers)
                emit_one(relation, base, at, subject_mention, object_mention, speaker, object_entity, factor, rule);
            return;
        }
        emit_one(relation, base, at, subject_mention, object_mention, subject_entity, object_entity, factor, rule);
    }

    void emit_one(const std::string& relation, double base, std::uint32_t at, int subject_mention, int object_mention,
                  int subject_entity, int object_entity, double factor, const std::string& rule) {
        if (subject_entity == -1 || subject_entity == object_entity) return;  // a kDocument... accuser is kept
        Relation r;
        r.sentence = s_.index;
        r.subject = subject_entity;
        r.relation = relation;
        r.object = object_entity;
        r.hedged = c_.hedged(at);
        r.evidence = s_.sentence.span;
        r.trigger = s_.tokens[at].span;
        r.rule = rule + ":" + std::string(word(at));
        double confidence = base * factor;
        if (is_reference(subject_mention) || is_reference(object_mention)) confidence *= kReferenceFactor;
        if (r.hedged) confidence *= kHedgedFactor;
        if (s_.reported(at) && s_.speaker != subject_entity &&
            std::find(s_.speakers.begin(), s_.speakers.end(), subject_entity) == s_.speakers.end()) {
            r.attributed_to = s_.speaker;
            confidence *= kReportedFactor;
        }
        r.confidence = std::min(1.0, confidence);
        out_.push_back(std::move(r));
    }

    void emit(const Trigger& t, std::uint32_t at, int subject_mention, int object_mention, int subject_entity,
              int object_entity, double factor, const char* rule) {
        emit(t.relation, t.confidence, at, subject_mention, object_mention, subject_entity, object_entity, factor, rule);
    }

    // "Labour attacked Mr Howard's poster", "Japan attacked OECD forecasts",
    // "targeted growth of 6 pct": "attack", "hit", "target" and "breach" are
    // literal only in a sentence about force or intrusion, or with malware or
    // an armed or hacking group as subject.
    // A capital or a place as the object is literal too: "the Israeli strike
    // on Damascus"; not "an attack on Washington's trade policy", where it
    // only modifies the object.
    // Nobody claims responsibility for a figure of speech.
    bool figurative(std::uint32_t at, int subject, int object_mention) const {
        if (!s_.tokens[at].is(WordClass::FigurativeAttack) || claimed_responsibility(at)) return false;
        if (s_.lex.find_trigger(word(at), Trigger::Kind::Noun) && literal_agent_verb(at)) return false;
        if (object_mention >= 0) {
            const Mention& o = mention(object_mention);
            const Token* next = o.last < s_.sentence.last ? &s_.tokens[o.last] : nullptr;
            bool modifier = next && (next->kind == TokenKind::Possessive ||
                                     (next->kind == TokenKind::Word && !next->capitalized && !c_.is_verb_like(o.last) &&
                                      !next->is(WordClass::Adverb) &&
                                      next->lower != "that" && next->lower != "which" && next->lower != "and"));
            // "attacked Moscow over its stance": criticism has its reason.
            bool reason = next && (next->lower == "for" || next->lower == "over");
            if ((o.kind == MentionKind::Capital || is_place(object_mention)) && !modifier && !reason) return false;
        }
        if (subject >= 0) {
            const Entity& e = s_.entities[static_cast<std::size_t>(subject)];
            if (e.type == EntityType::Group || e.type == EntityType::Malware || e.armed) return false;
        }
        for (std::uint32_t k = s_.sentence.first; k < s_.sentence.last; ++k)
            if (s_.tokens[k].is(WordClass::AttackContext) || (s_.tokens[k].is(WordClass::AttackObjectNoun) && k != at))
                return false;
        return true;
    }

    // "Pyongyang launched the attack", "X was behind the attacks": the agent
    // is the subject right before an agent verb, in a clause nobody negates
    // ("did not have enough data to conclude that X was behind").
    bool agent_acts(int agent, std::uint32_t noun) const {
        std::uint32_t k = mention(agent).last;
        while (k < noun && c_.is_verb_modifier(k)) ++k;
        if (k >= noun || !s_.tokens[k].is(WordClass::AgentVerb)) return false;
        for (std::uint32_t j = s_.said_first; j < noun; ++j)
            if (s_.tokens[j].is(WordClass::Negation)) return false;
        return true;
    }

    // A story about malware, or one that speaks of force or intrusion
    // again and again: "attacks" there are not words.
    bool story_about_attacks() const {
        int context = 0;
        for (const Token& token : s_.tokens) {
            if (token.is(WordClass::MalwareNoun)) return true;
            context += token.is(WordClass::AttackContext) > 0;
        }
        return context >= 4;
    }

    void emit_all(const Trigger& t, std::uint32_t at, const std::vector<int>& subjects, const std::vector<int>& named,
                  double factor, const char* rule) {
        // "charged a U.K. executive", "sues Ohio company": the place modifies
        // whom the charge is against (a firm's executives may act for it).
        // A single word of no known type ("OHIO COMPANY") is likelier a place than a firm.
        auto modifies_accused = [&](int o) {
            const Mention& m = mention(o);
            if (entity(o) < 0 || m.kind == MentionKind::Adjective || m.last >= s_.sentence.last) return false;
            EntityType type = s_.entities[static_cast<std::size_t>(entity(o))].type;
            bool place = type == EntityType::Country || type == EntityType::Location ||
                         (type == EntityType::Unknown && m.last - m.first == 1);
            return place && s_.tokens[m.last].kind == TokenKind::Word && s_.tokens[m.last].is(WordClass::PrivateParty) &&
                   c_.mention_at(m.last) < 0;
        };
        // "Google has struck hard at the worm": malware is fought, not
        // attacked; "attacks on Gulf oil platforms": a region only says where.
        auto no_target = [&](int o) {
            const Mention& m = mention(o);
            bool malware = m.type == EntityType::Malware ||
                           (entity(o) >= 0 && s_.entities[static_cast<std::size_t>(entity(o))].type == EntityType::Malware);
            // "hacking into my own Super Hub": one's own device is no victim.
            bool own = m.first > s_.sentence.first && word(m.first - 1) == "own";
            return malware || own || (is_place(o) && m.last < s_.sentence.last && c_.is_common_noun(m.last)) ||
                   figurative(at, subjects.empty() ? -1 : entity(subjects.back()), o);
        };
        std::vector<int> objects;
        for (int o : named)
            if (!(t.relation == "accuses" && modifies_accused(o)) && !(t.relation == "attacked" && no_target(o)))
                objects.push_back(o);
        // An attack needs its target; a charge whose named parties all fell away accuses nobody.
        if (objects.empty() && (!named.empty() || t.relation == "attacked")) return;
        for (int s : subjects)
            for (int se : entities_of(s)) {
                if (objects.empty()) emit(t, at, s, -1, se, -1, factor, rule);
                for (int o : objects)
                    for (int oe : entities_of(o)) emit(t, at, s, o, se, oe, factor, rule);
            }
    }

    // A mention's entities: "the three men" stands for three.
    std::span<const int> entities_of(int m) const {
        static constexpr int kNone = -1;
        if (m < 0) return {&kNone, 1};
        const auto at = static_cast<std::size_t>(m);
        if (s_.members_of && at < s_.members_of->size() && !(*s_.members_of)[at].empty()) return (*s_.members_of)[at];
        return {&s_.entity_of[at], 1};
    }

    // An agent of a noun: "by X", "X's", "Israeli", or the subject of the
    // verb whose object the noun is ("X launched attacks on Y", "X was
    // responsible for the 2010 cyber offensive"). A "by" phrase naming
    // nobody ("by hostile governments") means there is no named agent.
    int noun_agent(std::uint32_t noun) const {
        int by = c_.by_agent(noun);
        if (by >= 0 || by == ClauseReader::kUnnamed) return by >= 0 ? by : -1;
        // "its offensive": the possessive stands for the agent verb's subject, found below.
        if (int mod = c_.modifier_before(noun); mod >= 0 && !possessive_pronoun(mod)) return names_court(mod, noun) ? -1 : mod;
        std::uint32_t verb = agent_verb_before(noun);
        if (verb == s_.sentence.last || unnamed_participle_subject(verb)) return -1;
        auto subjects = c_.subject_before(verb);
        return subjects.empty() ? -1 : subjects.back();
    }

    // "the New Jersey indictment", "The Atlanta indictment accuses": a place
    // of no known type before a charging document names its court, not who charged.
    bool names_court(int mod, std::uint32_t noun) const {
        const Mention& m = mention(mod);
        if (!s_.tokens[noun].is(WordClass::LegalAuthority) || m.kind != MentionKind::Name || entity(mod) < 0) return false;
        if (m.last < s_.sentence.last && s_.tokens[m.last].kind == TokenKind::Possessive) return false;
        EntityType type = s_.entities[static_cast<std::size_t>(entity(mod))].type;
        return type == EntityType::Unknown || type == EntityType::Location;
    }

    // "paid to those carrying out the attacks", "hackers launching attacks":
    // a participle right after a word that names no one has that word as its subject.
    bool unnamed_participle_subject(std::uint32_t verb) const {
        if (!ends_with(word(verb), "ing") || verb == s_.sentence.first) return false;
        const Token& before = s_.tokens[verb - 1];
        return c_.mention_at(verb - 1) < 0 && before.kind == TokenKind::Word && !before.capitalized &&
               (c_.is_common_noun(verb - 1) || before.lower == "those" || before.lower == "people");
    }

    // "carried out (three) attacks on X": the act's agent verb is one no one
    // attacks with words.
    bool literal_agent_verb(std::uint32_t noun) const {
        std::uint32_t verb = agent_verb_before(noun);
        if (verb == s_.sentence.last || !s_.tokens[verb].is(WordClass::LiteralAgentVerb)) return false;
        for (std::uint32_t k = verb + 1; k < noun; ++k)
            if (word(k) == "and" || word(k) == "or") return false;  // "carried out a review and attacks"
        return true;
    }

    // The agent verb whose object the noun is ("launched (its second)
    // offensive", "carried out (three) attacks"), or the sentence's end.
    std::uint32_t agent_verb_before(std::uint32_t noun) const {
        for (std::uint32_t k = noun, steps = 0; k > s_.sentence.first && steps < 6; ++steps) {
            --k;
            if (s_.tokens[k].is(WordClass::AgentVerb) || s_.tokens[k].is(WordClass::LiteralAgentVerb)) return k;
            // "X has been linked to (the) attacks on Y": X made them.
            if (word_in(word(k), "to", "with") && k > s_.sentence.first &&
                word_in(word(k - 1), "linked", "tied", "connected", "associated"))
                return k - 1;
            if (!between_verb_and_noun(k)) break;
        }
        return s_.sentence.last;
    }

    // A word that may stand between an agent verb and its noun: "launched
    // (its second) offensive", "carried out (three) attacks".
    bool between_verb_and_noun(std::uint32_t k) const {
        if (int m = c_.mention_at(k); m >= 0) return possessive_pronoun(m);
        return s_.tokens[k].kind == TokenKind::Word || s_.tokens[k].kind == TokenKind::Number;
    }

    // Every agent of a noun, with conjuncts of a clause subject.
    std::vector<int> noun_agents(std::uint32_t noun) const {
        int by = c_.by_agent(noun);
        if (by >= 0) return {by};
        if (by == ClauseReader::kUnnamed) return {};
        // "doping charges from the IAAF", "allegations from Washington": who they come from.
        if (const Trigger* claim = s_.lex.find_trigger(word(noun), Trigger::Kind::Noun);
            claim && claim->relation == "accuses" && noun + 2 < s_.sentence.last && word(noun + 1) == "from") {
            int from = c_.mention_at(word(noun + 2) == "the" && noun + 3 < s_.sentence.last ? noun + 3 : noun + 2);
            if (from >= 0 && mention(from).kind == MentionKind::Name && !is_place(from)) return {from};
        }
        // "his allegation that X cheated": the pronoun is the claim's author.
        if (int mod = c_.modifier_before(noun); mod >= 0 && possessive_pronoun(mod) && s_.tokens[noun].is(WordClass::ClaimNoun))
            return {mod};
        if (int mod = c_.modifier_before(noun); mod >= 0 && !possessive_pronoun(mod)) {
            // "the DNC hacks", "the Sony breach", "the Atlanta attack": a named
            // organisation or place before an attack noun is its victim, unless
            // it is the possessor or armed ("the Hamas attack").
            const Mention& m = mention(mod);
            const Trigger* attack = s_.lex.find_trigger(word(noun), Trigger::Kind::Noun);
            bool possessor = m.last < s_.sentence.last && s_.tokens[m.last].kind == TokenKind::Possessive;
            const Entity& x = s_.entities[static_cast<std::size_t>(entity(mod))];
            if (names_court(mod, noun)) return {};
            // A name of no known type before a breach ("Tesla Data Breach") is what was broken into.
            bool broken_into = x.type == EntityType::Unknown && is_break_in(word(noun));
            if (attack && attack->relation == "attacked" && m.kind == MentionKind::Name && !possessor &&
                ((x.type == EntityType::Organization && !x.armed) || x.type == EntityType::Location || broken_into))
                return {};
            // "an Iranian Silkworm missile attack": the weapon's name is no
            // agent; the country before it fires it.
            if (m.kind == MentionKind::Name && m.last < noun && s_.tokens[m.last].is(WordClass::AttackContext) &&
                m.first > s_.sentence.first)
                if (int owner = c_.mention_at(m.first - 1); owner >= 0 && mention(owner).kind == MentionKind::Adjective)
                    return {owner};
            return {mod};
        }
        if (std::uint32_t claimed = claimed_responsibility(noun)) return c_.subject_before(claimed);
        std::uint32_t verb = agent_verb_before(noun);
        if (verb == s_.sentence.last || unnamed_participle_subject(verb)) return {};
        return c_.subject_before(verb);
    }

    // "LockBit claimed responsibility for the attack": the verb whose subject
    // owns the act at `noun`, or 0.
    std::uint32_t claimed_responsibility(std::uint32_t noun) const {
        std::uint32_t k = noun;
        auto article = [&](std::string_view w) { return w == "the" || w == "a" || w == "an" || w == "its" || w == "their"; };
        while (k > s_.sentence.first && (article(word(k - 1)) || c_.is_common_noun(k - 1)) && noun - k < 3) --k;
        auto claims = [&](std::string_view w) { return w == "claimed" || w == "claims" || w == "claim" || w == "claiming"; };
        // "LockBit claimed the attack"
        if (k > s_.sentence.first && claims(word(k - 1))) return c_.negated(k - 1) ? 0 : k - 1;
        if (k < s_.sentence.first + 3 || word(k - 1) != "for" || word(k - 2) != "responsibility") return 0;
        std::string_view verb = word(k - 3);
        bool takes = claims(verb) || verb == "took" || verb == "takes" || verb == "take" || verb == "admitted";
        return takes && !c_.negated(k - 3) ? k - 3 : 0;
    }

    // "attacks" after "virus", "the charges": a form that is also a noun
    // reads as a verb only after its subject, an auxiliary, "to" or a
    // relative pronoun.
    bool noun_reading(std::uint32_t at) const {
        // "Grizzly Steppe hacking code": an -ing word describing a noun after
        // it; not "is (currently) suing four companies", a progressive verb.
        std::uint32_t aux = at;
        while (aux > s_.sentence.first + 1 && c_.is_verb_modifier(aux - 1) && !s_.tokens[aux - 1].is(WordClass::Auxiliary))
            --aux;
        bool progressive = aux > s_.sentence.first && s_.tokens[aux - 1].is(WordClass::Auxiliary);
        if (ends_with(word(at), "ing") && !progressive && at + 1 < s_.sentence.last && c_.mention_at(at + 1) < 0 &&
            c_.is_common_noun(at + 1) && !s_.tokens[at + 1].is(WordClass::FacilityNoun) &&
            !s_.tokens[at + 1].is(WordClass::GroupNoun))
            return true;
        if (at == s_.sentence.first) return false;
        std::string_view prev = word(at - 1);
        // 'a "compromise" agreement': a quoted word reads as it would unquoted.
        if (s_.tokens[at - 1].kind == TokenKind::Quote && at - 1 > s_.sentence.first && is_determiner(word(at - 2)))
            return true;
        int before = c_.mention_at(at - 1);
        // "the only targeted measure", "the most heavily hit sector": an
        // adverb between an article and the form keeps it a modifier.
        if (at >= s_.sentence.first + 2 && word_in(word(at - 2), "the", "a", "an", "its", "their") &&
            c_.is_verb_modifier(at - 1) && !s_.tokens[at - 1].is(WordClass::Auxiliary) &&
            !s_.tokens[at - 1].is(WordClass::Negation))
            return true;
        if (prev == "the" || prev == "a" || prev == "an" || prev == "no" || prev == "such" || prev == "these" ||
            prev == "those" || prev == "its" || prev == "their" || prev == "his" || prev == "her" ||
            s_.tokens[at - 1].kind == TokenKind::Possessive ||
            (before >= 0 && mention(before).kind == MentionKind::Adjective))
            return true;
        // "a common PHP shell", "an Iran attack": a name after an indefinite
        // article (and an adjective) modifies the noun; no name is "a" subject.
        if (before >= 0 && mention(before).kind == MentionKind::Name && !ends_with(word(at), "ed")) {
            std::uint32_t k = mention(before).first;
            if (k > s_.sentence.first && c_.mention_at(k - 1) < 0 && s_.tokens[k - 1].kind == TokenKind::Word &&
                !s_.tokens[k - 1].capitalized && word(k - 1) != "a" && word(k - 1) != "an" && k - 1 > s_.sentence.first)
                --k;  // the adjective
            if (k > s_.sentence.first && (word(k - 1) == "a" || word(k - 1) == "an")) return true;
            // "about 500 new attempted WannaCry attacks": a count before the
            // name's modifiers makes the phrase a noun's.
            std::uint32_t j = mention(before).first;
            for (int words = 0; j > s_.sentence.first && words < 3 && c_.mention_at(j - 1) < 0 &&
                                s_.tokens[j - 1].kind == TokenKind::Word && !s_.tokens[j - 1].capitalized &&
                                !c_.is_verb_like(j - 1) && !word_in(word(j - 1), "and", "or", "that", "which", "who");
                 ++words)
                --j;
            if (j < mention(before).first && j > s_.sentence.first && s_.tokens[j - 1].kind == TokenKind::Number) return true;
        }
        // "the effect of the Madrid bomb on": a name after "the" in a
        // preposition's phrase is no verb's subject.
        if (before >= 0 && mention(before).kind != MentionKind::Pronoun && !ends_with(word(at), "ed")) {
            std::uint32_t k = mention(before).first;
            if (k > s_.sentence.first + 1 && word(k - 1) == "the" && s_.tokens[k - 2].is(WordClass::Preposition) &&
                word(k - 2) != "to")
                return true;
        }
        // "Tesla Cloud Account Data Breach Revealed", "TRADE TARGETS SET": in a
        // headline's capitals, a word that names no one before a bare form (or
        // a noun's plural) makes a compound noun of it; not "SamSam Ransomware
        // Hits", whose noun acts, "Market Hacked by", "CREDIT SUES", "TO SUE".
        bool bare = !ends_with(word(at), "ed") && !ends_with(word(at), "s");
        if (at >= s_.sentence.first + 2 && before < 0 && s_.tokens[at - 1].kind == TokenKind::Word &&
            (bare || s_.tokens[at].is(WordClass::AttackObjectNoun)) && prev != "to" &&
            s_.tokens[at - 1].capitalized && s_.tokens[at].capitalized && !s_.tokens[at - 1].is(WordClass::MalwareNoun) &&
            !s_.tokens[at - 1].is(WordClass::GroupNoun) && !s_.tokens[at - 1].is(WordClass::StateForce) &&
            !s_.tokens[at - 1].is(WordClass::Pronoun) && !s_.tokens[at - 1].is(WordClass::Auxiliary) &&
            !s_.tokens[at - 1].is(WordClass::Adverb) && !s_.tokens[at - 1].is(WordClass::Hedge))
            return true;
        // "chose a limited target": after "a" and an adjective, a bare form
        // (one that takes an -s as a verb) is a singular noun; "a hacker
        // targets X" would agree.
        if (at >= s_.sentence.first + 2 && (word(at - 2) == "a" || word(at - 2) == "an") && c_.mention_at(at - 1) < 0 &&
            s_.tokens[at - 1].kind == TokenKind::Word && !s_.tokens[at - 1].capitalized && !c_.is_verb_like(at - 1) &&
            !c_.is_verb_modifier(at - 1) && s_.lex.find_trigger(std::string(word(at)) + "s", Trigger::Kind::Verb))
            return true;
        // "the non-recurring charge", "a 9 mln dlr charge": after a compound
        // adjective or a number the form is a noun.
        if ((s_.tokens[at - 1].kind == TokenKind::Number && !ends_with(word(at), "ed")) ||
            (s_.tokens[at - 1].kind == TokenKind::Word && !s_.tokens[at - 1].capitalized &&
             s_.tokens[at - 1].lower.find('-') != std::string::npos && c_.mention_at(at - 1) < 0))
            return true;
        // "tactics, procedures and targets": a plural in a list of plural nouns.
        if (prev == "and" && at > s_.sentence.first + 1 && ends_with(word(at), "s") && c_.is_common_noun(at - 2) &&
            ends_with(word(at - 2), "s") && !s_.tokens[at - 2].is(WordClass::GroupNoun))
            return true;
        // "a breach with Tehran", "the bombing of the port": a noun before "with" or "of".
        if (at + 1 < s_.sentence.last && (word(at + 1) == "with" || word(at + 1) == "of") && !ends_with(word(at), "ed"))
            return true;
        // "the ransomware attack is the largest": no verb before an auxiliary.
        if (at + 1 < s_.sentence.last && s_.tokens[at + 1].is(WordClass::Auxiliary) &&
            s_.tokens[at + 1].kind == TokenKind::Word && !ends_with(word(at), "ed"))
            return true;
        // "a spate of bomb blasts": after a preposition only a gerund or an
        // infinitive ("to attack") is a verb.
        if (s_.tokens[at - 1].is(WordClass::Preposition) && prev != "to" && !ends_with(word(at), "ing")) return true;
        // "struck Hamas targets", "strikes on Hamas targets": a name that is
        // itself the object of an attack modifies the noun after it.
        if (before >= 0 && mention(before).kind == MentionKind::Name && !ends_with(word(at), "ed") &&
            mention(before).first > s_.sentence.first) {
            std::uint32_t b = mention(before).first - 1;
            std::string_view w = word(b);
            if (w == "on" || w == "against" || (s_.tokens[b].is(WordClass::Trigger) && c_.mention_at(b) < 0 &&
                                                 s_.tokens[b].kind == TokenKind::Word && !s_.tokens[b].capitalized))
                return true;
        }
        if (!s_.lex.find_trigger(word(at), Trigger::Kind::Noun)) return false;
        // "the United States attack on X": a noun form with its target phrase.
        if (!ends_with(word(at), "ed") && at + 1 < s_.sentence.last &&
            (word(at + 1) == "on" || word(at + 1) == "against"))
            return true;
        // "guidance for WannaCrypt attacks and ...": after a name, a verb needs its object.
        if (before >= 0 && mention(before).kind == MentionKind::Name && at + 1 < s_.sentence.last) {
            std::string_view next = word(at + 1);
            bool object = c_.mention_at(at + 1) >= 0 || is_determiner(next) || s_.tokens[at + 1].is(WordClass::Pronoun) ||
                          s_.tokens[at + 1].kind == TokenKind::Number || s_.tokens[at + 1].is(WordClass::Preposition);
            return !object;
        }
        if (before >= 0) return false;
        // "of shelling its border": a gerund after a preposition acts.
        if (ends_with(word(at), "ing") && s_.tokens[at - 1].is(WordClass::Preposition)) return false;
        return !(s_.tokens[at - 1].is(WordClass::Auxiliary) || s_.tokens[at - 1].is(WordClass::Negation) || prev == "to" || prev == "which" ||
                 prev == "who" || prev == "that" || prev == "and" || ends_with(prev, "ly"));
    }

    // "attacked its servers": a possessive pronoun stands for its owner as a
    // target only before a facility ("sabotage its progress" attacks nobody).
    bool target_owner(int o) const {
        if (!possessive_pronoun(o)) return true;
        const Mention& m = mention(o);
        for (std::uint32_t k = m.last; k < s_.sentence.last && k < m.last + 3; ++k)
            if (s_.tokens[k].is(WordClass::FacilityNoun)) return true;
        return false;
    }

    // "in the early stages of a U.K. investigation": a country between an
    // article and the noun it modifies names no party.
    bool noun_phrase_modifier(int o) const {
        const Mention& m = mention(o);
        if (m.type != EntityType::Country || m.first == s_.sentence.first || m.last >= s_.sentence.last ||
            !is_determiner(word(m.first - 1)))
            return false;
        const Token& next = s_.tokens[m.last];
        return next.kind == TokenKind::Word && !c_.is_verb_like(m.last) && !next.is(WordClass::Adverb) &&
               !word_in(next.lower, "and", "or", "that", "which", "who") &&
               (c_.mention_at(m.last) < 0 || mention(c_.mention_at(m.last)).last == m.last + 1);
    }

    // "the HPCL attackers' bot", "an Android device": a name that modifies
    // a noun after it is not the party itself (countries and groups aside).
    bool name_modifier(int o) const {
        const Mention& m = mention(o);
        if (m.kind != MentionKind::Name || m.type == EntityType::Country || m.type == EntityType::Group) return false;
        std::uint32_t k = c_.past_bracketed_name(m.last);  // "a leaked National Security Agency (NSA) exploit"
        if (k < s_.sentence.last && s_.tokens[k].kind == TokenKind::Possessive) return false;
        if (k >= s_.sentence.last) return false;
        // "the Atlanta cyberattack": the name says where, not who.
        if (s_.lex.find_trigger(word(k), Trigger::Kind::Noun) && !s_.tokens[k].capitalized) return true;
        // "its La Petite Boulangerie unit": the owner's unit, by its name.
        if (s_.tokens[k].is(WordClass::BodyClassifier) && m.first > s_.sentence.first &&
            word_in(word(m.first - 1), "its", "their"))
            return false;
        // "Supermarkets General executives": people of the body stand for it.
        return c_.is_common_noun(k) && !s_.tokens[k].is(WordClass::GroupNoun);
    }

    // "condemned the Israeli bombardment", "blamed the Hamas rocket attack":
    // a country's adjective, or an armed or hacking group, before an attack or
    // a misdeed is its agent; not "the DC police camera hacking", its victim.
    bool agent_of_act(int o) const {
        const Mention& m = mention(o);
        int e = entity(o);
        if (e < 0) return false;
        const Entity& x = s_.entities[static_cast<std::size_t>(e)];
        if (m.kind != MentionKind::Adjective && !x.armed && x.type != EntityType::Group) return false;
        for (std::uint32_t k = m.last; k < s_.sentence.last && k < m.last + 3; ++k) {
            if (const Trigger* n = s_.lex.find_trigger(word(k), Trigger::Kind::Noun); n && n->relation == "attacked") return true;
            if (s_.lex.find_trigger(word(k), Trigger::Kind::Misdeed)) return true;
            if (!c_.is_common_noun(k)) return false;
        }
        return false;
    }

    bool owns_forces(int m) const {
        std::uint32_t next = mention(m).last;
        return possessive_pronoun(m) && next < s_.sentence.last &&
               (s_.tokens[next].is(WordClass::StateForce) || s_.tokens[next].is(WordClass::GroupNoun));
    }

    // "its", "their", "his", and "her" before a noun ("her party"), not
    // before a preposition or a stop ("accused her of lying").
    bool possessive_pronoun(int o) const {
        const Mention& m = mention(o);
        return m.kind == MentionKind::Pronoun && !m.object_form && word_in(m.name, "its", "their", "his", "her");
    }

    bool is_place(int o) const {
        int e = entity(o);
        return e >= 0 && s_.entities[static_cast<std::size_t>(e)].type == EntityType::Location;
    }

    // "banks in Asia", "systems across the Americas, Europe and China": a
    // region named in a phrase (or in a list that one opens) only locates the
    // target. Not "attacked the city of Tacna": the place it names, unless
    // that phrase is itself in a phrase ("ships in the port of Arica").
    bool place_in_phrase(int o) const {
        int e = entity(o);
        if (e < 0 || s_.entities[static_cast<std::size_t>(e)].type != EntityType::Location) return false;
        const Mention& m = mention(c_.conjuncts_left(c_.conjuncts_right(o).back()).front());
        if (m.first >= s_.sentence.first + 2 && word(m.first - 1) == "of" && s_.tokens[m.first - 2].is(WordClass::PlaceNoun)) {
            std::uint32_t j = m.first - 2;
            while (j > s_.sentence.first && (is_determiner(word(j - 1)) || c_.mention_at(j - 1) >= 0)) --j;
            return j > s_.sentence.first && s_.tokens[j - 1].is(WordClass::Preposition);
        }
        return m.first > s_.sentence.first &&
               s_.lex.is(word(m.first - 1) == "the" && m.first > s_.sentence.first + 1 ? word(m.first - 2)
                                                                                       : word(m.first - 1), WordClass::Preposition);
    }

    // "infects endpoints via a phishing campaign or compromised RDP": what
    // an act goes through is no target of it. Looks back from the mention
    // across a few lower-case words.
    bool way_in(int o) const {
        for (std::uint32_t k = mention(o).first, steps = 0; k > s_.sentence.first && steps < 6; ++steps) {
            --k;
            const Token& t = s_.tokens[k];
            if (t.lower == "via") return true;
            if (t.kind != TokenKind::Word || t.capitalized || c_.mention_at(k) >= 0) return false;
        }
        return false;
    }

    // "a virus targeting Iranian systems", "hackers linked to": a
    // participle right after a common noun describes that noun, which is
    // then its subject. Returns true when the subject is such a noun.
    bool reduced_relative(std::uint32_t at) const {
        std::string_view w = word(at);
        if (at == s_.sentence.first || !(ends_with(w, "ing") || ends_with(w, "ed"))) return false;
        const Token& prev = s_.tokens[at - 1];
        // "fighters attacked an Israeli post": a past tense with its object
        // is the main verb; "hackers linked to", "a tanker hit by" describe.
        if (ends_with(w, "ed") && at + 1 < s_.sentence.last &&
            (is_determiner(word(at + 1)) || (c_.mention_at(at + 1) >= 0 && mention(c_.mention_at(at + 1)).kind != MentionKind::Pronoun)))
            return false;
        bool noun_trigger = s_.lex.find_trigger(prev.lower, Trigger::Kind::Noun) != nullptr;
        return prev.kind == TokenKind::Word && !prev.capitalized && c_.mention_at(at - 1) < 0 &&
               (noun_trigger || !c_.is_verb_like(at - 1)) &&
               !prev.is(WordClass::Negation) && !ends_with(prev.lower, "ly") && !prev.is(WordClass::Adverb) &&
               !prev.is(WordClass::Hedge) && prev.lower != "and" &&
               prev.lower != "or" && prev.lower != "then" && prev.lower != "which" && prev.lower != "who" &&
               prev.lower != "that" && !prev.is(WordClass::Pronoun);
    }

    void fire(const Trigger& t, std::uint32_t at) {
        switch (t.kind) {
            case Trigger::Kind::Verb: return fire_verb(t, at);
            case Trigger::Kind::Noun: return fire_noun(t, at);
            case Trigger::Kind::NegatedAct: return fire_negated_act(t, at);
            case Trigger::Kind::DenialWord: return fire_denial_word(t, at);
            case Trigger::Kind::AssertedAct: return fire_asserted_act(t, at);
            case Trigger::Kind::Attribution:
            case Trigger::Kind::Labelling: return fire_attribution(t, at);
            case Trigger::Kind::VerbAt: return fire_verb_at(t, at);
            case Trigger::Kind::Misdeed: return fire_misdeed(t, at);
            case Trigger::Kind::Naming: return fire_naming(t, at);
            case Trigger::Kind::Disavowal: return fire_disavowal(t, at);
            case Trigger::Kind::AccusedRole: return fire_accused_role(t, at);
            case Trigger::Kind::Reproach: return fire_reproach(t, at);
        }
    }

    // "criticised the US for overlooking the reports", "suspended by the IAAF
    // for allegedly missing tests": criticism or a sanction that names the act
    // it blames ("for" and a gerund) accuses; "criticised the plan" does not.
    // The critic must be named: "the company had been criticised for X", said
    // by N, is nobody's criticism N makes.
    void fire_reproach(const Trigger& t, std::uint32_t at) {
        std::uint32_t k = c_.phrase_start(at, {"for"});
        if (k + 1 >= s_.sentence.last) return;
        // "as N criticises this government, Hobbes has been criticised ... for arguing": another verb's phrase.
        for (std::uint32_t j = at + 1; j < k; ++j)
            if (c_.mention_at(j) < 0 && s_.tokens[j].kind == TokenKind::Word &&
                (s_.tokens[j].is(WordClass::Auxiliary) || s_.tokens[j].is(WordClass::SpeechVerb)))
                return;
        // "for not paying", "for allegedly missing"
        std::uint32_t act = k + 1;
        while (act + 1 < s_.sentence.last && c_.is_verb_modifier(act) && !ends_with(word(act), "ing")) ++act;
        if (!ends_with(word(act), "ing") || (c_.passive(at) && c_.by_agent(at) < 0)) return;
        // "suspended the London Marathon runner-up": a place that names no one punished.
        if (!c_.passive(at)) {
            std::vector<int> objects = c_.object_after(at);
            if (!objects.empty() && (mention(objects[0]).kind == MentionKind::Capital || is_place(objects[0]))) return;
        }
        fire_verb(t, at);
    }

    // "an attempt by Iranian hackers to target X", "a campaign by X to
    // discredit Y": who made the attempt tried the act. Empty when `verb`
    // is no such infinitive.
    std::vector<int> attempt_agents(std::uint32_t verb) const {
        if (verb < s_.sentence.first + 4 || word(verb - 1) != "to") return {};
        for (std::uint32_t k = verb - 1; k > s_.sentence.first + 1 && verb - k < 10;) {
            --k;
            if (word(k) != "by") continue;
            if (!s_.tokens[k - 1].is(WordClass::ActNoun)) return {};
            std::vector<int> agents = c_.by_agents(k - 1);
            if (agents.empty() || mention(agents.back()).last != verb - 1) return {};
            return agents;
        }
        return {};
    }

    // "A federal grand jury indicted X", "the indictment names X": the
    // subject is an unnamed charging authority or document. Returns who
    // stands for it in the document (a Relation::kDocument... accuser), or -1.
    int unnamed_authority(std::uint32_t verb) const {
        std::uint32_t k = verb;
        while (k > s_.sentence.first && c_.is_verb_modifier(k - 1)) --k;
        // "Authorities on Wednesday charged X"
        if (k > s_.sentence.first + 2 && word(k - 2) == "on" && s_.tokens[k - 1].capitalized &&
            s_.tokens[k - 1].is(WordClass::NonName))
            k -= 2;
        if (k == s_.sentence.first || !s_.tokens[k - 1].is(WordClass::LegalAuthority) || c_.mention_at(k - 1) >= 0) return -1;
        // A charging document is whoever brought it; prosecutors and juries are the state's.
        return s_.tokens[k - 1].is(WordClass::LegalCharge) ? Relation::kDocumentProsecutor : Relation::kDocumentState;
    }

    // "This is denied by X", "X denied this": a pronoun standing alone for
    // what was just said denies its speaker, the speaker of the sentence
    // before; -1 when `k` is no such pronoun or nobody spoke. As the subject
    // it opens the sentence ("But this was rejected"), not a relative clause
    // ("a measure that has been rejected").
    int claimant_of_pronoun(std::uint32_t k, bool subject) const {
        if (k >= s_.sentence.last) return -1;
        std::string_view w = word(k);
        if (w != "this" && w != "that" && w != "it") return -1;
        if (subject) {
            std::uint32_t opening = s_.sentence.first;
            if (k > opening && (word(opening) == "but" || word(opening) == "and")) ++opening;
            if (k != opening) return -1;
        } else if (k + 1 < s_.sentence.last && s_.tokens[k + 1].kind == TokenKind::Word) {
            return -1;  // "this morning", "that claim", "it was behind"
        }
        return s_.previous_speaker;
    }

    void emit_for_document(const Trigger& t, std::uint32_t at, int accuser, const std::vector<int>& accused,
                           double factor, const char* rule) {
        for (int o : accused)
            for (int oe : entities_of(o)) emit(t, at, -1, o, accuser, oe, factor, rule);
    }

    void fire_disavowal(const Trigger& t, std::uint32_t at) {
        if (c_.negated(at) || irrealis(at)) return;
        std::vector<int> subjects = c_.subject_before(at);
        std::erase_if(subjects, [&](int m) { return mention(m).kind == MentionKind::Adjective; });
        // The act disowned: "with the attack on O", "with the hacking of O", "with it".
        std::uint32_t with = at + static_cast<std::uint32_t>(t.particle.size());
        int object = -1;
        for (std::uint32_t k = with + 1; k < s_.sentence.last && k < with + 5 && object < 0; ++k) {
            const Trigger* act = s_.lex.find_trigger(word(k), Trigger::Kind::Noun);
            if (act && act->relation == "attacked")
                object = c_.prepositional_object(k, {"on", "against", "targeting", "at", "into", "of"});
        }
        if (object >= 0 && is_place(object)) object = -1;
        for (int s : subjects)
            for (int se : entities_of(s)) emit(t, at, s, object, se, object >= 0 ? entity(object) : -1, 1.0, "disavowal");
    }

    void fire_naming(const Trigger& t, std::uint32_t at) {
        if (c_.negated(at)) return;
        int authority = unnamed_authority(at);
        std::vector<int> named = c_.object_after(at);
        std::erase_if(named, [&](int o) { return mention(o).kind != MentionKind::Name; });
        // "named N as its foreman" gives a role; "named N as a suspect" and
        // "named N as one of five executives who participated in the fraud" accuse.
        std::uint32_t as = named.empty() ? 0 : mention(named.back()).last;
        bool wrongdoer = false;
        if (as && as < s_.sentence.last && word(as) == "as") {
            for (std::uint32_t k = as + 1; k < s_.sentence.last && k < as + 12 && !c_.is_clause_break(k); ++k)
                wrongdoer |= (k < as + 4 && s_.tokens[k].is(WordClass::WrongdoerNoun)) ||
                             s_.lex.find_trigger(word(k), Trigger::Kind::Misdeed);
            if (!wrongdoer) return;
        }
        if (authority != -1) return emit_for_document(t, at, authority, named, 1.0, "naming");
        // Anyone else's naming accuses only as a wrongdoer's.
        if (wrongdoer)
            for (int s : c_.subject_before(at))
                if (mention(s).kind == MentionKind::Name) emit_all(t, at, {s}, named, 1.0, "naming-as");
    }

    // "the defendants, A and B,", "co-defendant A", "among the accused were A":
    // the names the role noun introduces. "The accused" is a noun after "the" only.
    void fire_accused_role(const Trigger& t, std::uint32_t at) {
        // "among the (firms) accused were A": the role after "the" and a noun or none.
        if (word(at) == "accused") {
            std::uint32_t the = at > s_.sentence.first && c_.is_common_noun(at - 1) ? at - 1 : at;
            if (the == s_.sentence.first || word(the - 1) != "the") return;
        }
        std::uint32_t k = at + 1;
        if (k < s_.sentence.last && (word(k) == "," || word(k) == "-" || s_.tokens[k].is(WordClass::Auxiliary))) ++k;
        // "The mayor accused N": the verb, whose object follows at once.
        else if (word(at) == "accused") return;
        int first = k < s_.sentence.last ? c_.mention_at(k) : -1;
        if (first < 0 || mention(first).kind != MentionKind::Name) return;
        std::vector<int> named = c_.object_after(k - 1);
        std::erase_if(named, [&](int o) { return mention(o).kind != MentionKind::Name; });
        // "its suit names as defendants X": whose suit it is charges.
        for (std::uint32_t j = at; j > s_.sentence.first && at - j < 8;) {
            --j;
            if (!s_.tokens[j].is(WordClass::LegalCharge) && word(j) != "suit") continue;
            if (int owner = entity(c_.modifier_before(j)); owner >= 0) {
                for (int o : named) emit(t, at, -1, o, owner, entity(o), 1.0, "accused-role");
                return;
            }
        }
        // "the defendants" are a court case's, "the accused" anyone's accused.
        int accuser = word(at) == "accused" ? Relation::kDocumentAccuser : Relation::kDocumentProsecutor;
        emit_for_document(t, at, accuser, named, 1.0, "accused-role");
    }

    // A person named right after a verb of charging (a name of two words
    // or more that is no organisation's): the charged.
    bool charges_person(std::uint32_t at) const {
        int m = at + 1 < s_.sentence.last ? c_.mention_at(at + 1) : -1;
        if (m < 0 || mention(m).kind != MentionKind::Name || entity(m) < 0) return false;
        EntityType type = s_.entities[static_cast<std::size_t>(entity(m))].type;
        return type == EntityType::Person || (type == EntityType::Unknown && mention(m).last - mention(m).first >= 2);
    }

    // "The three firms suing IBM here are A, B and C": the unnamed group
    // opening the sentence that a participle describes is named after "are".
    std::vector<int> named_after_copula(std::uint32_t at) const {
        if (!ends_with(word(at), "ing") || at == s_.sentence.first) return {};
        // The group: "the three firms", a count no list before names, or "the" and common nouns.
        std::uint32_t k = at;
        if (int counted = c_.mention_at(at - 1); counted >= 0) {
            if (mention(counted).count == 0 || entity(counted) >= 0) return {};
            k = mention(counted).first + 1;
        }
        while (k > s_.sentence.first && (c_.is_common_noun(k - 1) || s_.tokens[k - 1].kind == TokenKind::Number)) --k;
        if (k == at || k != s_.sentence.first + 1 || word(k - 1) != "the") return {};
        for (std::uint32_t j = at + 1; j + 1 < s_.sentence.last && j < at + 10; ++j) {
            if (c_.is_clause_break(j)) break;
            if (!word_in(word(j), "are", "were")) continue;
            int first = c_.mention_at(j + 1);
            if (first < 0 || mention(first).kind != MentionKind::Name) break;
            std::vector<int> named = c_.conjuncts_right(first);
            std::erase_if(named, [&](int m) { return mention(m).kind != MentionKind::Name; });
            return named;
        }
        return {};
    }

    // "X denied that the country had attacked Y": the attack is what is denied.
    // Not "X denied the allegations and accused Y": a verb coordinated after
    // the denial's plain object is X's own.
    bool inside_denial(std::uint32_t at) const {
        bool coordinated = at > s_.sentence.first && word(at - 1) == "and";
        bool comma_between = false;
        for (std::uint32_t k = at; k > s_.sentence.first;) {
            --k;
            // "denied it, even though Macron's camp renewed complaints": a contrast is another clause;
            // so is "denied by Jack Straw, who accused the Tories": a relative clause the act stands in.
            if (c_.is_clause_break(k) || word_in(word(k), "though", "although", "but", "whereas")) return false;
            if (word_in(word(k), "who", "which") && !comma_between && k > s_.sentence.first && word(k - 1) == ",") return false;
            comma_between |= word(k) == ",";
            if (const Trigger* d = s_.lex.find_trigger(word(k), Trigger::Kind::Verb); d && d->relation == "denies") {
                if (!coordinated) return true;
                // "denied attacking X and stealing Y"; not "denied shelling
                // the plant and blamed Y", a past tense like the denial's own.
                for (std::uint32_t j = k + 1; j + 1 < at; ++j) {
                    if (ends_with(word(j), "ing") && ends_with(word(at), "ed")) continue;
                    if (word(j) == "that" || ends_with(word(j), "ing") || s_.tokens[j].is(WordClass::Auxiliary) ||
                        s_.tokens[j].is(WordClass::SpeechVerb) || s_.lex.find_trigger(word(j), Trigger::Kind::Verb))
                        return true;
                }
                return false;
            }
        }
        return false;
    }

    // "Israeli officials explained Syria's alleged involvement": whoever
    // speaks of a party's alleged part in an act accuses that party. True
    // when "alleged" stands so, whether or not anyone is accused.
    bool alleged_part(std::uint32_t at) {
        if (word(at) != "alleged" || at < s_.sentence.first + 2 || at + 1 >= s_.sentence.last) return false;
        if (s_.tokens[at - 1].kind != TokenKind::Possessive) return false;
        int party = c_.mention_at(at - 2);
        const Token& noun = s_.tokens[at + 1];
        bool part = noun.lower == "involvement" || noun.lower == "role" || noun.is(WordClass::ActNoun) ||
                    s_.lex.find_trigger(noun.lower, Trigger::Kind::Misdeed) || s_.lex.find_trigger(noun.lower, Trigger::Kind::Noun);
        if (party < 0 || !part) return part;
        int accuser = s_.reported(at) && s_.speaker >= 0 ? s_.speaker : -1;
        if (accuser < 0)
            for (int subject : c_.main_subject())
                if (mention(subject).kind != MentionKind::Pronoun && subject != party && entity(subject) >= 0) {
                    accuser = entity(subject);
                    break;
                }
        if (accuser >= 0) emit("accuses", kWrongdoerConfidence, at, -1, party, accuser, entity(party), 1.0, "alleged-part");
        return true;
    }

    void fire_verb(const Trigger& t, std::uint32_t at) {
        // "Chile was the target of Peruvian hackers": the agent after "of".
        if (t.relation == "attacked" && at + 2 < s_.sentence.last && !c_.negated(at)) {
            std::vector<int> victims = victim_before(at + 1);
            int agent = c_.mention_at(word(at + 2) == "the" ? at + 3 : at + 2);
            if (!victims.empty() && agent >= 0 && mention(agent).kind != MentionKind::Pronoun) {
                std::uint32_t after = mention(agent).last;
                // "the target of Peruvian hackers", not "the target of Peruvian attacks": the agent ends the phrase.
                if (after >= s_.sentence.last || !s_.tokens[after].is(WordClass::Trigger))
                    emit_all(t, at, {agent}, victims, 1.0, "target-of");
                return;
            }
        }
        if (t.relation == "accuses" && alleged_part(at)) return;
        // "attributed the DNC hacks to Russia": the noun an attribution names, no verb.
        if (attributed_author(t, at) != kNoAuthor) return;
        // "platforms blasted by Navy raiders": in a sentence of force, a
        // verb that is also an attack's ("blast") is no criticism.
        if (t.relation == "accuses" && s_.tokens[at].is(WordClass::FigurativeAttack) && !figurative(at, -1, -1)) return;
        // "the court dismissed the lawsuit": a ruling, no denial.
        if (t.relation == "denies" && at + 1 < s_.sentence.last) {
            std::uint32_t k = is_determiner(word(at + 1)) ? at + 2 : at + 1;
            if (k < s_.sentence.last && s_.tokens[k].is(WordClass::Proceeding)) return;
        }
        // "we expect to resist the charges": a denial announced as what one
        // means to do is made as it is said; an attack or a charge is not.
        bool announced_denial = t.relation == "denies" && at >= s_.sentence.first + 2 && word(at - 1) == "to" &&
                                s_.tokens[at - 2].is(WordClass::IntentionVerb);
        if (noun_reading(at) || c_.negated(at) || (irrealis(at) && !announced_denial)) return;
        // "Beijing hits back at", "hit out at": a retort; at claims ("hit
        // back at Labour claims that ..."), a denial of them.
        if (t.relation == "attacked" && at + 1 < s_.sentence.last && (word(at + 1) == "back" || word(at + 1) == "out")) {
            std::uint32_t claim = at + 2 < s_.sentence.last && word(at + 2) == "at" ? claim_noun_after(at + 2) : 0;
            int author = claim_author_beside(claim);
            if (claim)
                for (int s : c_.subject_before(at)) {
                    emit("denies", kRebuttalConfidence, at, s, author, entity(s), author >= 0 ? entity(author) : -1, 1.0,
                         "rebuttal");
                    counter_claim(at, author, s);
                }
            return;
        }
        // "attributed to suspected Russian hackers", "customers and targeted
        // prospects": a participle before a noun is an adjective.
        if (ends_with(word(at), "ed") && at > s_.sentence.first && at + 1 < s_.sentence.last &&
            s_.tokens[at + 1].kind == TokenKind::Word && word(at + 1) != "by") {
            std::string_view prev = word(at - 1);
            // "a worm that infected the bank": "that" opens a relative clause before an object.
            bool relative = prev == "that" && (is_determiner(word(at + 1)) || c_.mention_at(at + 1) >= 0);
            if ((is_determiner(prev) && !relative) || s_.tokens[at - 1].is(WordClass::Preposition)) return;
            if ((prev == "and" || prev == "or") && c_.mention_at(at + 1) < 0 && c_.is_common_noun(at + 1)) return;
        }
        if (t.relation != "denies" && inside_denial(at)) return;
        // "was twice denied his chance", "were denied entry": a refusal of something, no denial.
        if (t.relation == "denies" && c_.passive(at) && at + 1 < s_.sentence.last && s_.tokens[at + 1].kind == TokenKind::Word &&
            !s_.tokens[at + 1].capitalized && !s_.tokens[at + 1].is(WordClass::Preposition) && !word_in(word(at + 1), "that", "and", "as"))
            return;
        if (c_.passive(at)) {
            std::vector<int> victims = c_.subject_before(at);
            // "the attack was blamed on X by Y": X is the accused.
            if (blames_on(at)) {
                int on = blamed_party(at);
                victims = on >= 0 ? std::vector<int>{on} : std::vector<int>{};
            }
            // "it is alleged by Texaco that Pennzoil violated": the clause's subject.
            std::uint32_t k = at;
            while (k > s_.sentence.first && s_.tokens[k - 1].is(WordClass::Auxiliary)) --k;
            if (k > s_.sentence.first && word(k - 1) == "it") victims = that_clause_subjects(at);
            // "TransCanada's new bid was rejected by Dome": what is rejected
            // must be a claim ("the allegations were rejected").
            if (t.relation == "denies" && k > s_.sentence.first && c_.mention_at(k - 1) < 0 && c_.is_common_noun(k - 1) &&
                !s_.tokens[k - 1].is(WordClass::ClaimNoun) && !s_.tokens[k - 1].is(WordClass::Trigger))
                return;
            // "the family of an Iraqi civilian allegedly killed by UK troops":
            // a participle right after a name, inside a phrase, is said of it.
            std::uint32_t before = at;
            while (before > s_.sentence.first && s_.tokens[before - 1].is(WordClass::Hedge)) --before;
            if (victims.empty() && k == at && before > s_.sentence.first && c_.mention_at(before - 1) >= 0 &&
                mention(c_.mention_at(before - 1)).kind != MentionKind::Pronoun)
                victims = {c_.mention_at(before - 1)};
            bool by_phrase = false;
            std::vector<int> agents = c_.by_agents(at, &by_phrase);
            if (t.relation == "denies" && victims.empty() && k > s_.sentence.first)
                if (int claimant = claimant_of_pronoun(k - 1, true); claimant >= 0) {
                    for (int a : agents)
                        for (int ae : entities_of(a)) emit(t, at, a, -1, ae, claimant, kPassiveFactor, "passive-pronoun");
                    return;
                }
            if (agents.empty()) {
                // "were killed in Israeli airstrikes", "was hit by a ransomware
                // attack claimed by LockBit": the agent of the attack noun.
                for (std::uint32_t k = at + 1; k < s_.sentence.last && k < at + 6 && agents.empty(); ++k)
                    if (s_.lex.find_trigger(word(k), Trigger::Kind::Noun))
                        if (int agent = noun_agent(k); agent >= 0) agents = {agent};
            }
            if (!agents.empty()) {
                emit_all(t, at, agents, victims, kPassiveFactor, "passive");
            } else if (!by_phrase && t.relation == "accuses" && s_.reported(at) && s_.speaker >= 0) {
                // "Sims is also suspected of deleting files," the spokesman said.
                for (int v : victims) emit(t, at, -1, v, s_.speaker, entity(v), kSpeakerFactor, "passive-speaker");
            } else if (!by_phrase && t.relation == "accuses" && word(at).rfind("alleg", 0) != 0 &&
                       word(at).rfind("suspect", 0) != 0) {
                // "X was indicted"; not "X is alleged to have", a hedge.
                int accuser = s_.tokens[at].is(WordClass::LegalCharge) ? Relation::kDocumentProsecutor
                                                                       : Relation::kDocumentAccuser;
                emit_for_document(t, at, accuser, victims, kPassiveFactor, "passive-document");
            }
            return;
        }
        std::vector<int> subjects;
        bool charges_of_document = false;
        if (reduced_relative(at)) {
            // "An Israeli attack targeting X": the attack's agent did it; any
            // other noun ("a virus targeting X") names nobody.
            const Trigger* noun = s_.lex.find_trigger(word(at - 1), Trigger::Kind::Noun);
            if (noun && noun->relation == t.relation) {
                if (int agent = noun_agent(at - 1); agent >= 0) subjects = {agent};
            } else if (s_.tokens[at - 1].is(WordClass::ClaimNoun) || word(at - 1) == "lawsuit") {
                subjects = noun_agents(at - 1);  // "X issued a statement accusing Y"
            } else if (!s_.tokens[at - 1].is(WordClass::LegalAuthority)) {
                // but "the grand jury indicted X" is the jury's act, and
                // "The firms suing X are A and B" the act of those named.
                subjects = named_after_copula(at);
                if (subjects.empty()) return;
            }
        } else if (ends_with(word(at), "ing") && at > s_.sentence.first &&
                   (word(at - 1) == "after" || word(at - 1) == "before" || word(at - 1) == "while" ||
                    word(at - 1) == "since")) {
            // "Howard sacked Peacock after accusing him": the gerund's subject
            // is the clause's, the name opening the sentence.
            int opener = s_.mentions.empty() ? -1 : 0;  // its title ("Ms") may open the sentence
            bool named = opener >= 0 && c_.start_of(opener) == s_.sentence.first && mention(opener).kind == MentionKind::Name &&
                         !(mention(opener).last < s_.sentence.last && s_.tokens[mention(opener).last].kind == TokenKind::Possessive);
            subjects = named ? std::vector<int>{opener} : c_.main_subject();
        } else if (ends_with(word(at), "ing") && at > s_.sentence.first && word(at - 1) == ",") {
            // "the US charges against X, accusing them of ...": the charges'
            // authors; else "X complained ..., blaming Y": the main subject.
            std::uint32_t claim = 0;
            for (std::uint32_t k = at - 1; k > s_.sentence.first && at - k < 9 && !claim;) {
                --k;
                const Trigger* n = s_.lex.find_trigger(word(k), Trigger::Kind::Noun);
                if (n && n->relation == t.relation) claim = k;
                else if (!n && c_.is_verb_like(k) && !s_.tokens[k].is(WordClass::Preposition)) break;  // "charges over the hack, alleging"
            }
            subjects = claim ? noun_agents(claim) : c_.main_subject();
            // "announced new charges ..., alleging": charges of no named author are the prosecutor's.
            charges_of_document = claim && subjects.empty() && s_.tokens[claim].is(WordClass::LegalCharge);
        } else if (std::vector<int> agents = attempt_agents(at); !agents.empty()) {
            subjects = std::move(agents);
        } else {
            subjects = c_.subject_before(at);
            // "The three firms suing X are A, B and C": a count that no list before names.
            if (subjects.empty() || (subjects.size() == 1 && entity(subjects[0]) < 0))
                if (std::vector<int> named = named_after_copula(at); !named.empty()) subjects = std::move(named);
            if (subjects.size() == 1 && mention(subjects[0]).last < at && names_court(subjects[0], mention(subjects[0]).last))
                subjects.clear();
            // "an app that stole Instagram credentials and targeted Turkish
            // users": after "and", a name right behind another verb is that
            // verb's object, not this one's subject.
            if (at > s_.sentence.first && word(at - 1) == "and" && !subjects.empty()) {
                std::uint32_t k = mention(subjects.front()).first;
                if (k > s_.sentence.first && c_.is_verb_like(k - 1) && !s_.tokens[k - 1].is(WordClass::Preposition) &&
                    !s_.tokens[k - 1].is(WordClass::Auxiliary))
                    return;
                // "N has quit the UK Independence Party and accused it": a name
                // after a verb's article is that verb's object, no subject.
                if (k > s_.sentence.first + 1 && word(k - 1) == "the" && s_.tokens[k - 2].kind == TokenKind::Word &&
                    !s_.tokens[k - 2].capitalized && !s_.tokens[k - 2].is(WordClass::Preposition) &&
                    !s_.tokens[k - 2].is(WordClass::SpeechVerb) && word(k - 2) != "that" && c_.mention_at(k - 2) < 0)
                    return;
                // "he had rounded on his counterpart N and accused Bonn": a name
                // in the phrase of the verb before "and"; that verb's subject acts.
                for (std::uint32_t j = k; j > s_.sentence.first + 1 && k - j < 7;) {
                    --j;
                    if (c_.is_clause_break(j) || word(j) == "and") break;
                    if (!s_.tokens[j].is(WordClass::Preposition)) continue;
                    if (!ends_with(word(j - 1), "ed") || c_.mention_at(j - 1) >= 0) break;
                    subjects = c_.subject_before(j - 1);
                    if (subjects.empty()) return;
                    break;
                }
            }
        }
        // "An Israeli attack ... has killed X": the attack's agent did it.
        if (subjects.empty() || mention(subjects.back()).kind == MentionKind::Adjective) {
            for (std::uint32_t k = at; k > s_.sentence.first && at - k < 15;) {
                --k;
                if (s_.lex.find_trigger(word(k), Trigger::Kind::Noun)) {
                    if (int agent = noun_agent(k); agent >= 0) subjects = {agent};
                    break;
                }
            }
        }
        // "denied bail", "rejected a bid from X": no allegation, no denial.
        if (t.relation == "denies" && !c_.passive(at) && !denies_claim(at)) return;
        if (t.relation == "denies" && denied_allegation(t, at, subjects)) return;
        // "charged X with fraud", not "charges a fee": the charge must be
        // named, or the charged be a person ("is charging Ronald Jenkins").
        if (word(at).rfind("charg", 0) == 0 && !c_.has_phrase(at, "with", 12) && !c_.has_phrase(at, "of", 12) &&
            !c_.has_phrase(at, "for", 12) && !c_.has_phrase(at, "over", 12) && !c_.has_phrase(at, "that", 3) &&
            !charges_person(at))
            return;
        std::vector<int> objects;
        // "charged that the Japanese public sector is closed": the clause's
        // subject is accused, a country's adjective standing for the country.
        bool accused_clause = t.relation == "accuses" && at + 1 < s_.sentence.last && word(at + 1) == "that";
        // A denial's object is the accuser ("dismissed allegations by X",
        // "denied US claims that it spied"), else the other party of the
        // denied act; else the document's accuser.
        bool attack_target = false;
        // "alleging a conspiracy between hackers and the FSB": the participants are the accused.
        const std::uint32_t between = t.relation == "accuses" ? participants_phrase(at) : 0;
        int author = -1;
        if (t.relation == "denies") {
            author = claim_author(at);
            if (author < 0) author = claim_author_beside(claim_noun_after(at));
            // "denied, however, that ...": across an aside set off by commas.
            std::uint32_t next = at + 1;
            if (next + 2 < s_.sentence.last && word(next) == "," && word(next + 2) == ",") next += 3;
            std::uint32_t that = next < s_.sentence.last && word(next) == "that" ? next : claim_clause(at);
            // "denied that, saying ...": "that" is what was said before, no clause.
            bool demonstrative = that == next && (next + 1 >= s_.sentence.last || s_.tokens[next + 1].kind == TokenKind::Punct);
            if (author >= 0) {
                objects = {author};
            } else if (demonstrative) {
                objects = {};
            } else if (that) {
                objects = denied_clause_object(that, &attack_target);
            } else {
                objects = c_.object_after(at);
            }
        } else if (between) {
            objects = c_.object_after(between);
        } else if (accused_clause) {
            objects = c_.object_after(at + 1);
            if (!objects.empty() && mention(objects.front()).first > at + 5) objects.clear();  // the clause's subject only
        } else {
            objects = c_.object_after(at);
        }
        // "blamed the attack on X": X is the accused; "on a lack of leadership": nobody.
        bool blamed_on = blames_on(at);
        if (blamed_on) {
            int on = blamed_party(at);
            objects = on >= 0 ? std::vector<int>{on} : std::vector<int>{};
            if (on >= 0 && !c_.negated(at)) blamed_attack(at, on);
        }
        if (t.relation != "attacked" && !blamed_on && !accused_clause && !attack_target && !between) {
            // "accused anonymous people of stealing secrets about X": the
            // accused stands before "of"; a bare adjective names nobody.
            std::uint32_t of = c_.phrase_start(at, {"of", "for", "over", "as"});
            while (of < s_.sentence.last && word(of) == "as" && word(of - 1) == "known")  // "a group known as X"
                of = c_.phrase_start(of, {"of", "for", "over", "as"});
            std::erase_if(objects, [&](int o) {
                // "rejected the American accusations": a country's adjective
                // before a claim is its author.
                bool author = t.relation == "denies" && mention(o).kind == MentionKind::Adjective &&
                              mention(o).last < s_.sentence.last && s_.tokens[mention(o).last].is(WordClass::ClaimNoun);
                if (author || (t.relation == "accuses" && agent_of_act(o))) return false;
                // "accused the country's biggest banks": a described possessor owns the accused.
                bool owner = mention(o).kind == MentionKind::Description && mention(o).last < s_.sentence.last &&
                             s_.tokens[mention(o).last].kind == TokenKind::Possessive;
                return owner || mention(o).kind == MentionKind::Adjective || name_modifier(o) || possessive_pronoun(o) ||
                       (t.relation == "accuses" && (mention(o).first > of || !direct_object(at, o)));
            });
        }
        // "denied it": the pronoun is the claim; "denied to Reuters": the
        // audience; "denied selling to buyers in Europe and Asia": a region
        // only says where, it accuses no one.
        if (t.relation == "denies")
            std::erase_if(objects, [&](int o) {
                return mention(o).kind == MentionKind::Pronoun || (mention(o).first == at + 2 && word(at + 1) == "to") ||
                       is_place(o);
            });
        if (t.relation == "attacked")
            std::erase_if(objects, [&](int o) {
                return !target_owner(o) || place_in_phrase(o) || way_in(o) ||
                       (name_modifier(o) && !s_.tokens[c_.past_bracketed_name(mention(o).last)].is(WordClass::FacilityNoun));
            });
        // "charged two men", "a claim accusing the country's biggest tobacco
        // companies": the accuser of parties the sentence does not name.
        bool unnamed_accused = s_.tokens[at].is(WordClass::LegalCharge) ||
                               (at + 2 < s_.sentence.last && is_determiner(word(at + 1)) &&
                                (c_.mention_at(at + 2) < 0 || mention(c_.mention_at(at + 2)).kind == MentionKind::Description));
        if (objects.empty() && t.relation == "accuses" && unnamed_accused && !c_.negated(at))
            for (int subject : subjects)
                if (mention(subject).kind == MentionKind::Name)
                    emit(t, at, subject, -1, entity(subject), Relation::kUnnamedParty, 1.0, "charged-unnamed");
        if (objects.empty() && t.relation != "denies") return;
        if (int claimant = claimant_of_pronoun(at + 1, false); objects.empty() && t.relation == "denies" && claimant >= 0) {
            for (int subject : subjects)
                for (int se : entities_of(subject)) emit(t, at, subject, -1, se, claimant, 1.0, "verb-pronoun");
            return;
        }
        if (int authority = unnamed_authority(at); subjects.empty() && t.relation == "accuses" && authority != -1)
            return emit_for_document(t, at, authority, objects, 1.0, "authority");
        if (charges_of_document && t.relation == "accuses")
            return emit_for_document(t, at, Relation::kDocumentProsecutor, objects, 1.0, "charges");
        emit_all(t, at, subjects, objects, 1.0, "verb");
        if (t.relation == "denies" && std::find(objects.begin(), objects.end(), author) != objects.end())
            for (int subject : subjects) counter_claim(at, author, subject);
    }

    // "X rejected allegations by Y", "hit back at Labour claims": the
    // author of the charges or claims a denial names accuses the denier;
    // not the author of a "report", a "comment" or an "argument".
    void counter_claim(std::uint32_t at, int author, int denier) {
        if (author < 0 || mention(author).kind == MentionKind::Pronoun) return;
        std::uint32_t claim = at + 1;
        while (claim < s_.sentence.last && claim < at + 8 && !s_.tokens[claim].is(WordClass::ClaimNoun)) ++claim;
        if (claim >= s_.sentence.last || (word(claim) != "claims" && !s_.lex.find_trigger(word(claim), Trigger::Kind::Noun)))
            return;
        // "accusations by Chile that Peruvian hackers stole data": the claim accuses whom it names.
        for (std::uint32_t k = claim + 1; k + 1 < s_.sentence.last && k < claim + 6; ++k)
            if (word(k) == "that") {
                int accused = c_.mention_at(k + 1);
                if (accused >= 0 && mention(accused).kind != MentionKind::Pronoun &&
                    entity(accused) != entity(denier))
                    return;
                break;
            }
        for (int de : entities_of(denier))
            emit("accuses", kRebuttalConfidence, at, author, denier, entity(author), de, kSpeakerFactor, "counter-claim");
    }

    // "alleged a conspiracy between A and B", "collusion involving A": the
    // "between" of a misdeed named right after the verb, whose named
    // participants are the accused; 0 when none.
    std::uint32_t participants_phrase(std::uint32_t at) const {
        for (std::uint32_t k = at + 1; k + 1 < s_.sentence.last && k < at + 5; ++k) {
            if (c_.mention_at(k) >= 0 || c_.is_clause_break(k)) return 0;
            if (!s_.lex.find_trigger(word(k), Trigger::Kind::Misdeed)) continue;
            std::string_view next = word(k + 1);
            return next == "between" || next == "involving" ? k + 1 : 0;
        }
        return 0;
    }

    // "blamed the attack on X", "was blamed on X"; not "blamed X for the
    // attack, saying troops had fired on the plant": the verb's own "on",
    // before its "for" and before a participle clause.
    bool blames_on(std::uint32_t at) const {
        if (word(at).rfind("blam", 0) != 0) return false;
        for (std::uint32_t k = at + 1; k < s_.sentence.last && !c_.is_clause_break(k); ++k) {
            if (word(k) == "on") return true;
            if (word(k) == "for" || (word(k) == "," && k + 1 < s_.sentence.last && ends_with(word(k + 1), "ing"))) return false;
        }
        return false;
    }

    // The party a blame verb puts its "on" on, or -1: not "blamed the
    // losses on Brazil's price restrictions", where the country owns what is blamed.
    int blamed_party(std::uint32_t at) const {
        int on = c_.prepositional_object(at, {"on"});
        if (on >= 0 && mention(on).last < s_.sentence.last &&
            (s_.tokens[mention(on).last].kind == TokenKind::Possessive || name_modifier(on)))
            return -1;
        return on;
    }

    // "blamed a spate of bomb blasts in South African cities on the ANC": the
    // blamed party made the attack, on the party the attack's phrase names
    // (the blamer's claim, which complete_document records).
    void blamed_attack(std::uint32_t at, int blamed) {
        std::uint32_t on = c_.phrase_start(at, {"on"});
        for (std::uint32_t k = at + 1; k < on; ++k) {
            const Trigger* attack = s_.lex.find_trigger(word(k), Trigger::Kind::Noun);
            if (!attack || attack->relation != "attacked") continue;
            for (std::uint32_t j = k + 1; j < on; ++j) {
                int m = c_.mention_at(j);
                if (m < 0 || entity(m) < 0 || entity(m) == entity(blamed) || is_place(m)) continue;
                bool target = mention(m).kind == MentionKind::Adjective || s_.tokens[j - 1].is(WordClass::Preposition);
                if (target) return emit(*attack, k, blamed, m, entity(blamed), entity(m), 1.0, "blamed-attack");
            }
            return;
        }
    }

    // What a denial with no named party is about must be a claim: "denied
    // the allegations", "denied that ...", "denied he had", "denied any involvement".
    bool denies_claim(std::uint32_t at) const {
        if (at + 1 >= s_.sentence.last ||
            (s_.tokens[at + 1].kind != TokenKind::Word && s_.tokens[at + 1].kind != TokenKind::Number))
            return true;  // "X denied."
        std::string_view next = word(at + 1);
        // "deny conspiring"; but "resisted going to the IMF" refuses an act, it denies none.
        bool deny = word(at).starts_with("den");
        if (next == "that" || s_.tokens[at + 1].is(WordClass::SpeechVerb) || (ends_with(next, "ing") && deny)) return true;
        if (next == "it" || next == "them") return true;  // "denied it": the claim just told
        // "denied this", not "rejected this morning's bid": "this" alone.
        if (next == "this" && (at + 2 >= s_.sentence.last || s_.tokens[at + 2].kind != TokenKind::Word)) return true;
        // Across the noun phrase: "Microsoft's claims", "any involvement", "the
        // US accusation" deny a claim; "Deutsche Boerse's proposed offer",
        // "bail", "a draft plan" refuse something else. A phrase followed by a
        // verb is a clause: "denied security services were involved".
        for (std::uint32_t k = at + 1; k < s_.sentence.last && k < at + 8; ++k) {
            std::string_view w = word(k);
            if (s_.tokens[k].is(WordClass::ClaimNoun)) return true;
            if (int m = c_.mention_at(k); m >= 0) {
                // "to deny Ljungberg as he ...": a name with no claim or clause after it.
                std::uint32_t after = mention(m).last;
                bool continues = after < s_.sentence.last &&
                                 (s_.tokens[after].kind == TokenKind::Possessive || s_.tokens[after].is(WordClass::Auxiliary) ||
                                  s_.tokens[after].is(WordClass::ClaimNoun) || c_.is_common_noun(after));
                if (!continues) return false;
                k = after - 1;
                continue;
            }
            // "rejected a 542 mln stg bid"
            if (s_.tokens[k].kind == TokenKind::Possessive || s_.tokens[k].kind == TokenKind::Number || is_determiner(w) ||
                w == "all")
                continue;
            // "dismissed on Friday allegations", "strongly rejected": time and manner.
            if (k + 1 < s_.sentence.last && s_.tokens[k].is(WordClass::Preposition) && s_.tokens[k + 1].capitalized &&
                s_.tokens[k + 1].is(WordClass::NonName)) {
                ++k;
                continue;
            }
            if (c_.is_verb_modifier(k) && !s_.tokens[k].is(WordClass::Auxiliary)) continue;
            if (s_.tokens[k].is(WordClass::Auxiliary) || s_.tokens[k].is(WordClass::Trigger)) return k > at + 1;
            if (s_.tokens[k].kind != TokenKind::Word || c_.is_verb_like(k)) return false;
            // A noun before a verb ("any supplies had been sent") is a clause's subject; "morning's" is no verb.
            bool verb_next = k + 1 < s_.sentence.last && s_.tokens[k + 1].is(WordClass::Auxiliary) &&
                             s_.tokens[k + 1].kind == TokenKind::Word;
            if (s_.tokens[k].is(WordClass::GroupNoun) && verb_next) return true;
            if (c_.is_common_noun(k) && verb_next)
                return true;  // "denied any supplies had been sent": a clause
            // The head is found, and it is no claim: "the resignation", "a bid"; not "multiple charges".
            if (c_.is_common_noun(k) && !s_.tokens[k].is(WordClass::GroupNoun) && k + 1 < s_.sentence.last &&
                !c_.is_common_noun(k + 1) && !s_.tokens[k + 1].is(WordClass::ClaimNoun))
                return false;
        }
        return false;
    }

    // "accused the U.S. and Israel", "charged two Iranian citizens", "alleged
    // that Japan failed": the accused follows the verb directly, not behind a
    // comma or inside a phrase ("condemned the document, which the Foreign
    // Office ..."). Earlier members of the same list may stand between.
    bool direct_object(std::uint32_t at, int o) const {
        int words = 0;
        // "blamed the state supply body, Gossnab,": a name in apposition after the words that describe it.
        const std::uint32_t named = mention(o).first;
        const bool apposition = named >= at + 3 && word(named - 1) == "," && c_.is_common_noun(named - 2);
        for (std::uint32_t k = at + 1; k < mention(o).first; ++k) {
            if (int m = c_.mention_at(k); m >= 0) {
                k = mention(m).last - 1;
                continue;
            }
            std::string_view w = word(k);
            bool list_comma = w == "," && k > at + 1 && c_.mention_at(k - 1) >= 0;
            // Each conjunct has its own modifiers ("officials and her former coach N").
            if (w == "and" || w == "or" || list_comma) {
                words = 0;
                continue;
            }
            // "suing four companies - A, B and C": the list after the dash names them.
            if ((w == "-" || w == "--" || w == ":") && k > at + 1 && words > 0) {
                words = 0;
                continue;
            }
            // "charged a North Korean programmer, Park Jin Hyok,": the name in apposition.
            if (apposition && k + 1 == named) continue;
            // "accused a group known as Salt Typhoon": the name a naming cue gives.
            if ((w == "known" && k + 1 < mention(o).first && word(k + 1) == "as") || w == "dubbed" || w == "called") {
                k += w == "known";
                continue;
            }
            if (w == "," || w == "as" || (c_.is_verb_like(k) && !c_.is_speech_noun(k))) return false;
            if (s_.tokens[k].is(WordClass::Title)) continue;  // "accused Mr Ruiz, Mr Lopez and Mr Vega"
            if (is_determiner(w) || w == "that" || s_.tokens[k].kind == TokenKind::Number || s_.tokens[k].is(WordClass::Adverb)) continue;
            if (++words > (apposition ? 3 : 2)) return false;  // "two Iranian", "some senior": a couple of modifiers
        }
        return true;
    }

    // "dismissed allegations by Microsoft": the author of the claim denied;
    // not "rejected a takeover bid by X".
    int claim_author(std::uint32_t at) const {
        int agent = c_.by_agent(at);
        if (agent < 0) return -1;
        for (std::uint32_t k = mention(agent).first; k > at + 1;) {
            --k;
            if (word(k) != "by") continue;
            // "allegations by X", "the arguments made by X": a participle may stand between.
            std::uint32_t noun = k - 1;
            if (noun > at + 1 && !s_.tokens[noun].is(WordClass::ClaimNoun) && s_.tokens[noun].kind == TokenKind::Word) --noun;
            return noun > at && s_.tokens[noun].is(WordClass::ClaimNoun) ? agent : -1;
        }
        return -1;
    }

    // "denied that the country had attacked X": X, the other party of the
    // denied act; the clause's subject is the one defended.
    // `attack_target` tells that it is the target of an act's noun, which a
    // country's adjective may name ("the attack on Saudi oil facilities").
    std::vector<int> denied_clause_object(std::uint32_t that, bool* attack_target) const {
        for (std::uint32_t k = that + 1; k < s_.sentence.last && k < that + 12; ++k)
            if (s_.tokens[k].is(WordClass::Trigger) && c_.mention_at(k) < 0) {
                // "was behind the (drone) attack on Saudi oil facilities": the noun's target.
                bool noun = s_.lex.find_trigger(word(k), Trigger::Kind::Noun) &&
                            (is_determiner(word(k - 1)) || c_.is_common_noun(k - 1));
                if (!noun) return c_.object_after(k);
                int target = c_.prepositional_object(k, {"on", "against", "targeting", "at", "into"});
                *attack_target = target >= 0;
                return target >= 0 ? std::vector<int>{target} : std::vector<int>{};
            }
        // No trigger: the first party after the clause's own subject ("that
        // the United States shipped arms to Iran", "he pressured Scott Sullivan").
        bool past_subject = false;
        for (std::uint32_t k = that + 1; k < s_.sentence.last && !c_.is_clause_break(k); ++k) {
            // "faked a crash days before the start of the Olympics": a time phrase names no party.
            if (word_in(word(k), "before", "after", "during", "since", "until")) break;
            int m = c_.mention_at(k);
            if (m < 0) continue;
            // "a U.K. Investigation": the modifier and the noun it modifies.
            if (noun_phrase_modifier(m)) {
                k = mention(m).last;
                continue;
            }
            if (past_subject && entity(m) >= 0 && mention(m).kind != MentionKind::Pronoun && !is_place(m)) return {m};
            past_subject = true;
            k = mention(m).last - 1;
        }
        return {};
    }

    // "denied the US claims", "rejected allegations by X": the claim noun
    // within the verb's first words, or 0.
    std::uint32_t claim_noun_after(std::uint32_t at) const {
        for (std::uint32_t k = at + 1; k < s_.sentence.last && k < at + 5; ++k)
            if (s_.tokens[k].is(WordClass::ClaimNoun)) return k;
        return 0;
    }

    // "denied a report that ...", "rejected allegations he pressured X":
    // the token before the claim's clause, or 0.
    std::uint32_t claim_clause(std::uint32_t at) const {
        for (std::uint32_t k = at + 1; k + 1 < s_.sentence.last && k < at + 5; ++k) {
            if (!s_.tokens[k].is(WordClass::ClaimNoun)) continue;
            if (word(k + 1) == "that") return k + 1;
            int m = c_.mention_at(k + 1);
            if (m >= 0 && mention(m).kind != MentionKind::Adjective) return k;  // the clause's subject follows
        }
        return 0;
    }

    // "the U.S. and Israel say ..., an allegation that Iran denies": the
    // speakers accuse Iran, and Iran denies them.
    bool denied_allegation(const Trigger& t, std::uint32_t at, const std::vector<int>& subjects) {
        if (subjects.size() != 1 || s_.speakers.empty()) return false;
        std::uint32_t f = mention(subjects[0]).first;
        if (f < s_.sentence.first + 2 || (word(f - 1) != "that" && word(f - 1) != "which")) return false;
        const Trigger* noun = s_.lex.find_trigger(word(f - 2), Trigger::Kind::Noun);
        if (!noun || noun->relation != "accuses") return false;
        int denier = entity(subjects[0]);
        std::size_t first_new = out_.size();
        for (int speaker : s_.speakers) {
            emit(noun->relation, noun->confidence, f - 2, -1, subjects[0], speaker, denier, kSpeakerFactor,
                 "denied-allegation");
            emit(t, at, subjects[0], -1, denier, speaker, kSpeakerFactor, "denied-allegation");
        }
        // The narrator states both; neither is the speakers' claim.
        for (std::size_t r = first_new; r < out_.size(); ++r) out_[r].attributed_to = -1;
        return true;
    }

    // "hackers linked to Moscow, Beijing and Tehran were trying": the named
    // parties of a that-clause's subject, up to its verb.
    std::vector<int> that_clause_subjects(std::uint32_t noun) const {
        std::uint32_t k = noun + 1;
        while (k < s_.sentence.last && k < noun + 10 && word(k) != "that" && !c_.is_clause_break(k)) ++k;
        if (k >= s_.sentence.last || word(k) != "that") return {};
        std::vector<int> out;
        for (++k; k < s_.sentence.last && !c_.is_clause_break(k); ++k) {
            if (s_.tokens[k].is(WordClass::Auxiliary) || s_.tokens[k].is(WordClass::SpeechVerb)) break;
            int m = c_.mention_at(k);
            // The clause's subject only: its verb, or an adverb before it, ends
            // the search ("that European governments unfairly subsidise Airbus").
            if (m < 0 && s_.tokens[k].kind == TokenKind::Word && !s_.tokens[k].capitalized &&
                ((!out.empty() && !word_in(word(k), "and", "or")) || c_.is_verb_modifier(k)))
                break;
            if (m < 0) continue;
            // "that the restrictions violated GATT rules": GATT names the rules.
            if (entity(m) >= 0 && mention(m).kind != MentionKind::Pronoun && !name_modifier(m)) out.push_back(m);
            k = mention(m).last - 1;
        }
        return out;
    }

    // "the risk of Iranian attack", "threats of attacks", "plans to strike": no attack.
    bool irrealis(std::uint32_t at) const {
        // "the invasion plan", "an attack threat": a noun of what has not happened after it.
        if (at + 1 < s_.sentence.last && !s_.tokens[at + 1].capitalized && s_.tokens[at + 1].is(WordClass::Irrealis) &&
            s_.lex.find_trigger(word(at), Trigger::Kind::Noun))
            return true;
        for (std::uint32_t k = at, steps = 0; k > s_.sentence.first && steps < 4; ++steps) {
            --k;
            if (s_.tokens[k].is(WordClass::Irrealis)) return true;
        }
        // "If I ever ... suspected him of doing it, I would cut him off": a
        // condition opening the sentence, up to its main clause's "would".
        std::uint32_t open = s_.sentence.first;
        if (open < at && s_.tokens[open].kind == TokenKind::Quote) ++open;
        if (word(open) != "if" && word(open) != "unless") return false;
        for (std::uint32_t k = open + 1; k < at; ++k)
            if (word(k) == "would" || word(k) == "will" || word(k) == "then") return false;
        return true;
    }

    // "hacking tools", "attack submarines", "a conspiracy theory": a noun
    // that modifies the noun after it names no act; "a hacking campaign"
    // does. A gerund, or any noun when `any_next`, before a common noun;
    // else before a plural one ("the attack Monday", "attacks last week" act).
    bool modifies_noun(std::uint32_t at, bool any_next) const {
        if (at + 1 >= s_.sentence.last || c_.mention_at(at + 1) >= 0 || !c_.is_common_noun(at + 1) ||
            s_.tokens[at + 1].is(WordClass::ActNoun))
            return false;
        return any_next || ends_with(word(at + 1), "s");
    }

    static constexpr int kNoAuthor = -2;

    // The author an attribution gives an attack noun at `at`: the mention
    // after the "to" that follows it, -1 when that names nobody; kNoAuthor
    // when no attribution word ("attributed", "attribution", "traced")
    // stands a few words before it, which `attribution` is set to.
    int attributed_author(const Trigger& t, std::uint32_t at, std::uint32_t* attribution = nullptr) const {
        if (t.relation != "attacked" || at + 2 >= s_.sentence.last || word(at + 1) != "to") return kNoAuthor;
        for (std::uint32_t k = at; k > s_.sentence.first && at - k < 7;) {
            --k;
            if (word_in(word(k), "attribution", "attributions") ||
                (s_.lex.find_trigger(word(k), Trigger::Kind::Attribution) && !c_.passive(k))) {
                if (attribution) *attribution = k;
                return c_.mention_at(at + 2);
            }
        }
        return kNoAuthor;
    }

    // Who attributes: the subject of "attributed", the owner of "the US's
    // attribution" (or of "the US' attribution", whose apostrophe reads as a quote).
    int attribution_owner(std::uint32_t k) const {
        if (!word(k).starts_with("attribution")) {
            std::vector<int> subjects = c_.subject_before(k);
            return subjects.empty() ? -1 : subjects.front();
        }
        if (int owner = c_.modifier_before(k); owner >= 0) return owner;
        return k >= s_.sentence.first + 2 && word(k - 1) == "'" ? c_.mention_at(k - 2) : -1;
    }

    void fire_noun(const Trigger& t, std::uint32_t at) {
        if (modifies_noun(at, ends_with(word(at), "ing"))) return;
        // "a denial of service attack" denies nothing.
        if (t.relation == "denies" && at + 2 < s_.sentence.last && word(at + 1) == "of" && word(at + 2) == "service") return;
        if (t.relation == "attacked" && (negated_noun(t, at) || irrealis(at))) return;
        if (c_.negated(at)) return;
        // "Peru denied that it was behind the attack": the act is denied, not
        // done; "rejected accusations by Chile" are still Chile's.
        if (t.relation == "attacked" && inside_denial(at)) return;
        // "attributed the DNC hacks to Russia", "the attribution of last
        // year's DNC hacks to Russia": the act's author follows "to", and
        // the name that modifies the act is its target.
        std::uint32_t attribution = 0;
        if (int author = attributed_author(t, at, &attribution); author != kNoAuthor) {
            int target = c_.modifier_before(at);
            if (author < 0 || target < 0 || mention(target).kind != MentionKind::Name || is_place(target)) return;
            const std::size_t first_new = out_.size();
            emit_all(t, at, {author}, {target}, 1.0, "attributed-act");
            // Claimed by whoever attributes it, not by the sentence's speaker.
            if (int owner = attribution_owner(attribution); owner >= 0 && entity(owner) >= 0)
                for (std::size_t r = first_new; r < out_.size(); ++r) out_[r].attributed_to = entity(owner);
            return;
        }
        std::vector<int> agents = noun_agents(at);
        // "criminals, not the U.S. government, are responsible": no agent;
        // "a Gulf attack": a place says where, it acts for nobody.
        std::erase_if(agents, [&](int a) {
            if (is_place(a)) return true;
            std::uint32_t k = mention(a).first;
            if (k > s_.sentence.first && is_determiner(word(k - 1))) --k;
            return k > s_.sentence.first && word(k - 1) == "not";
        });
        if (agents.empty()) return;
        std::vector<int> objects;
        // An accusation is "against" its object; "charges ... of cheating at the Games" names a place.
        int o = t.relation == "accuses" ? c_.prepositional_object(at, {"against", "on"})
                                        : c_.prepositional_object(at, {"against", "on", "targeting", "at", "into", "upon"});
        if (o >= 0) objects = c_.conjuncts_right(o);
        // "the bombing of Libya", "the invasion of Kuwait", "the hack of Sony": an act's "of" names its target.
        std::string_view act = word(at);
        if (objects.empty() && t.relation == "attacked" && at + 1 < s_.sentence.last && word(at + 1) == "of" &&
            (ends_with(act, "ing") || act == "invasion" || is_break_in(act)))
            if (int o = c_.prepositional_object(at, {"of"}); o >= 0 && !is_place(o)) objects = {o};
        // "Kuwaiti tankers have come under repeated Iranian attack", "Iraq
        // repelled an Iranian attack": what it hit.
        if (objects.empty() && t.relation == "attacked")
            if (std::uint32_t verb = victim_verb_before(at); verb != s_.sentence.last) objects = c_.subject_before(verb);
        // "Chile was the target of a cyber-attack by Peru".
        if (objects.empty() && t.relation == "attacked") {
            std::uint32_t k = at;
            // "the target of a (massive Russian) cyberattack", "the victim of a
            // (GandCrab ransomware) attack": across the noun's modifiers and a name.
            while (k > s_.sentence.first + 1 && at - k < 4 && word(k - 1) != "of" && word(k - 1) != "for" &&
                   s_.tokens[k - 1].kind == TokenKind::Word) {
                if (int m = c_.mention_at(k - 1); m >= 0 && mention(m).kind != MentionKind::Adjective) {
                    if (mention(m).kind != MentionKind::Name) break;
                    k = mention(m).first;
                } else {
                    --k;
                }
            }
            if (k > s_.sentence.first) objects = victim_before(k - 1);
        }
        // "transport strikes", "a thing of the past": strikes and attacks need
        // force or intrusion; in a story about malware or force, a speaker's
        // "Pyongyang launched the attack" is literal though its sentence names no weapon.
        if (t.relation == "attacked" && figurative(at, entity(agents.front()), objects.empty() ? -1 : objects.front()) &&
            !(objects.empty() && agent_acts(agents.front(), at) && story_about_attacks()))
            return;
        // "Israel refuses to accept Syria's denials that it was implicated":
        // a denial answers the subject that takes it up, not its that-clause.
        if (objects.empty() && t.relation == "denies") {
            for (int subject : c_.main_subject())
                if (mention(subject).kind != MentionKind::Pronoun && entity(subject) >= 0) objects.push_back(subject);
            // A denial taken up by the denier itself answers nobody named here.
            bool own = std::any_of(objects.begin(), objects.end(), [&](int object) {
                return std::any_of(agents.begin(), agents.end(), [&](int agent) {
                    std::span<const int> sides = entities_of(agent);
                    return std::find(sides.begin(), sides.end(), entity(object)) != sides.end();
                });
            });
            if (own) objects.clear();
        } else if (objects.empty() && t.relation != "attacked") {
            objects = that_clause_subjects(at);
            // "accusations of Peru meddling"; not "a lawsuit in the federal court of Canada".
            if (objects.empty() && at + 1 < s_.sentence.last && word(at + 1) == "of")
                if (int o = c_.prepositional_object(at, {"of"}); o >= 0) objects = {o};
            // "N faces (trial on) charges brought by X", "N is yet to respond to
            // charges from X", "N settled a lawsuit filed by X": who faces,
            // answers or settles them is accused, and did not bring them.
            if (objects.empty() && t.relation == "accuses")
                if (std::uint32_t v = defendant_verb_before(at); v != s_.sentence.last) {
                    objects = c_.subject_before(v);
                    std::erase_if(agents, [&](int a) { return std::find(objects.begin(), objects.end(), a) != objects.end(); });
                    if (agents.empty()) return;
                }
        }
        // "his government was sure that Pyongyang launched the attack": the
        // speaker attributes an attack with no named target: an accusation.
        if (t.relation == "attacked" && objects.empty() && s_.reported(at) && s_.speaker >= 0 && !s_.relay) {
            // "Reagan said he ordered the strike ... by four U.S. destroyers": the speaker's own act.
            for (std::uint32_t k = at; k > s_.sentence.first + 1 && at - k < 6;) {
                --k;
                if (int m = c_.mention_at(k - 1); m >= 0 && c_.mention_at(k) < 0 && entity(m) == s_.speaker &&
                    mention(m).kind == MentionKind::Pronoun && word_in(mention(m).name, "he", "she", "we", "i", "they") &&
                    s_.tokens[k].is(WordClass::AgentVerb))
                    return;
            }
            for (int agent : agents)
                if (mention(agent).kind != MentionKind::Pronoun &&
                    s_.entities[static_cast<std::size_t>(entity(agent))].type != EntityType::Malware)
                    emit("accuses", kWrongdoerConfidence, at, -1, agent, s_.speaker, entity(agent), 1.0, "asserted-noun");
            return;
        }
        // "The allegations were made by X": X accuses whoever the document says
        // denies them (the claim the subject of its own passive clause).
        if (objects.empty() && t.relation == "accuses" && s_.tokens[at].is(WordClass::ClaimNoun) && at + 1 < s_.sentence.last &&
            s_.tokens[at + 1].is(WordClass::Auxiliary) && c_.by_agent(at) >= 0)
            for (int agent : agents)
                if (mention(agent).kind == MentionKind::Name)
                    emit(t, at, agent, -1, entity(agent), Relation::kDocumentDenier, 1.0, "claims-denied");
        for (int agent : agents) {
            // A possessive pronoun attacks only as the owner of forces ("its
            // forces carried out a strike"), but accuses as the author of a
            // claim ("his allegation that X cheated"); "it filed a lawsuit" as a subject does.
            if (mention(agent).kind == MentionKind::Pronoun && !owns_forces(agent) && t.relation == "attacked" &&
                !word_in(mention(agent).name, "it", "he", "she", "they"))
                continue;
            // "Syria's denials": whom they answer may be named elsewhere.
            if (objects.empty() && t.relation == "denies") emit_all(t, at, {agent}, {}, 1.0, "noun");
            if (!objects.empty()) emit_all(t, at, {agent}, objects, 1.0, "noun");
            // "X filed suit against three companies": the plaintiff of parties it does not name.
            else if (t.relation == "accuses" && s_.tokens[at].is(WordClass::LegalCharge) && s_.tokens[at].is(WordClass::Proceeding) &&
                     (mention(agent).kind == MentionKind::Name || mention(agent).name == "it"))
                emit(t, at, agent, -1, entity(agent), Relation::kUnnamedParty, 1.0, "charged-unnamed");
        }
    }

    // The verb before the attack noun `noun` whose subject it hit: the "come"
    // of "came under (Iranian) attack", the "repelled" of "repelled an
    // (overnight Iranian) attack" or "fought off (the) attacks", the
    // "damaged" of "was (heavily) damaged by an (Iraqi air) raid"; else sentence.last.
    std::uint32_t victim_verb_before(std::uint32_t noun) const {
        for (std::uint32_t k = noun; k > s_.sentence.first + 1 && noun - k < 5;) {
            --k;
            if (word(k) == "under")
                return word_in(word(k - 1), "come", "came", "comes", "coming") ? k - 1 : s_.sentence.last;
            if (word(k) == "by" || word(k) == "in") {
                std::uint32_t verb = k - 1;
                return s_.tokens[verb].is(WordClass::VictimVerb) && c_.passive(verb) && !c_.negated(verb) ? verb : s_.sentence.last;
            }
            std::uint32_t verb = word_in(word(k), "off", "back") ? k - 1 : k;
            if (s_.tokens[verb].is(WordClass::VictimVerb) && c_.mention_at(verb) < 0) return c_.negated(verb) ? s_.sentence.last : verb;
            if (s_.tokens[k].kind != TokenKind::Word || (c_.mention_at(k) >= 0 && mention(c_.mention_at(k)).kind != MentionKind::Adjective))
                break;
        }
        return s_.sentence.last;
    }

    // A defendant's verb a few words before `noun` in its clause ("face
    // trial on charges", "yet to respond to doping charges", "settled a
    // lawsuit"), else sentence.last.
    std::uint32_t defendant_verb_before(std::uint32_t noun) const {
        for (std::uint32_t k = noun; k > s_.sentence.first && noun - k < 5;) {
            --k;
            if (c_.is_clause_break(k) || c_.mention_at(k) >= 0) break;
            if (s_.tokens[k].is(WordClass::DefendantVerb)) return k;
        }
        return s_.sentence.last;
    }

    // "Iran has never responded with cyber-attacks", "we have never carried
    // out attacks": a negated clause about attacks is its subject's denial.
    bool negated_noun(const Trigger& t, std::uint32_t at) {
        // "not tested along strike": a word of force only where force is spoken of.
        if (figurative(at, -1, -1)) return false;
        bool found = false;
        for (std::uint32_t k = at; k > s_.sentence.first && at - k < 9;) {
            --k;
            if (c_.is_clause_break(k) || c_.mention_at(k) >= 0 || s_.tokens[k].kind == TokenKind::Quote) break;
            std::string_view w = word(k);
            if (w == "to" && k + 1 < at && s_.tokens[k + 1].kind == TokenKind::Word && !is_determiner(word(k + 1)))
                return false;  // an infinitive: another act
            if (s_.tokens[k].is(WordClass::StanceVerb)) return false;  // "will not tolerate attacks"
            if (w == "never" || w == "not" || w == "n't") {
                found = true;
                break;
            }
        }
        if (!found) return false;
        if (!s_.reported(at)) return true;  // the narrator's negation: no attack, no denial
        int subject = s_.speaker;
        int object = -1;
        if (int o = c_.prepositional_object(at, {"against", "on", "targeting", "at", "into"}); o >= 0 && !is_place(o))
            object = entity(o);
        emit("denies", t.confidence, at, -1, -1, subject, object, kSpeakerFactor, "negated-noun");
        return true;
    }

    // "Iran has never responded with cyber-attacks", "Russia has not interfered".
    void fire_negated_act(const Trigger& t, std::uint32_t at) {
        // "X has never interfered", said by someone; the narrator's "the
        // malware does not attack phones in Russia" is a fact, not a denial.
        if (!c_.negated(at) || noun_reading(at) || !s_.reported(at)) return;
        // "players not involved in the championship": the act of an unnamed noun.
        for (std::uint32_t k = at; k > s_.sentence.first + 1 && at - k < 3;) {
            --k;
            if (s_.tokens[k].is(WordClass::Negation)) {
                if (c_.mention_at(k - 1) < 0 && c_.is_common_noun(k - 1)) return;
                break;
            }
        }
        std::vector<int> subjects = c_.subject_before(at);
        int subject = s_.speaker;
        if (subject < 0) return;
        // "he would not back the plans", "the US could not support the IFF",
        // "refused to support": a refusal, no denial of a past act.
        for (std::uint32_t k = at, steps = 0; k > s_.sentence.first && steps < 4; ++steps) {
            --k;
            std::string_view w = word(k);
            if (w == "would" || w == "will" || w == "wo" || w == "could" || w == "can" || w == "ca" || w == "cannot" ||
                w == "should" || w == "refused" || w == "declined")
                return;
        }
        // "concerned that Japan was not involved": a fact about another country, no denial.
        if (!subjects.empty() && entity(subjects.back()) >= 0 && entity(subjects.back()) != subject) {
            int theirs = s_.entities[static_cast<std::size_t>(entity(subjects.back()))].country;
            int mine = s_.entities[static_cast<std::size_t>(subject)].country;
            if (theirs >= 0 && mine >= 0 && theirs != mine) return;
        }
        std::vector<int> objects = c_.object_after(at);
        // "had not been involved in the choice of Lord Hutton": no party to the
        // act; "does not breach GATT rules": who made the rules is none either.
        std::erase_if(objects, [&](int o) {
            const Mention& m = mention(o);
            return m.kind == MentionKind::Pronoun || (m.first > s_.sentence.first && word(m.first - 1) == "of") ||
                   (m.last < s_.sentence.last && s_.tokens[m.last].is(WordClass::NormNoun)) ||
                   (m.last + 1 < s_.sentence.last && c_.is_common_noun(m.last) && s_.tokens[m.last + 1].is(WordClass::NormNoun));
        });
        int object = -1;
        for (int o : objects)
            if (entity(o) != subject && !is_place(o) && (subjects.empty() || entity(o) != entity(subjects.back())))
                object = entity(o);
        emit(t, at, -1, objects.empty() ? -1 : objects.back(), subject, object, kSpeakerFactor, "negated");
    }

    // A speaker saying another did wrong accuses them: "The U.S. has
    // interfered in the elections of other countries," he said.
    void fire_asserted_act(const Trigger& t, std::uint32_t at) {
        // "how Turkey would react if Greece attacked": a hypothesis accuses nobody.
        if (c_.negated(at) || !s_.reported(at) || s_.speaker < 0 || s_.relay || noun_reading(at) || irrealis(at)) return;
        // "managed to infiltrate X and stole": the second verb's subject is the first one's.
        if (at > s_.sentence.first && word(at - 1) == "and") return;
        // "Sony was hacked by X," the FBI said: the passive's subject is the
        // victim; the agent's accusation comes with the claimed attack.
        if (c_.passive(at)) return;
        // "was lying", not "on suspicion of lying": a gerund has no subject before it.
        if (ends_with(word(at), "ing") && (at == s_.sentence.first || !s_.tokens[at - 1].is(WordClass::Auxiliary))) return;
        for (int s : c_.subject_before(at))
            if (mention(s).kind != MentionKind::Pronoun) emit(t, at, -1, s, s_.speaker, entity(s), kSpeakerFactor, "asserted");
    }

    // "Researchers linked the campaign to Russia", "the breach was traced to
    // China by the FBI": whoever ties an act to a party accuses it. "A group
    // linked to Russia" only describes the group, and "tied its losses to
    // China" ties no act.
    // "The FBI described the attacks as a Russian operation": labelling an
    // act as a party's blames the party, named within a few words after "as".
    void fire_attribution(const Trigger& t, std::uint32_t at) {
        if (c_.negated(at) || irrealis(at) || noun_reading(at) || at + 1 >= s_.sentence.last) return;
        bool labelling = t.kind == Trigger::Kind::Labelling;
        std::uint32_t to = labelling ? c_.phrase_start(at, {"as"}) : c_.phrase_start(at, {"to", "with"});
        if (to > at + 8) return;  // "to" of another phrase
        std::vector<int> targets = to < s_.sentence.last ? c_.object_after(to) : std::vector<int>{};
        std::erase_if(targets, [&](int o) {
            return mention(o).kind == MentionKind::Pronoun || (mention(o).kind == MentionKind::Adjective && !labelling) ||
                   (name_modifier(o) && !labelling) ||
                   (mention(o).last < s_.sentence.last && s_.tokens[mention(o).last].kind == TokenKind::Possessive && !labelling);
        });
        // "tied the attacks to North Korea's Lazarus Group": the name after the possessor.
        std::uint32_t reach = to + (labelling ? 5 : 2);
        if (std::uint32_t p = to + 1; p < s_.sentence.last && c_.mention_at(p) >= 0 && mention(c_.mention_at(p)).last < s_.sentence.last &&
                                      s_.tokens[mention(c_.mention_at(p)).last].kind == TokenKind::Possessive)
            reach = mention(c_.mention_at(p)).last + 2;
        if (targets.empty() || mention(targets.front()).first > reach) return;
        if (c_.passive(at)) {
            bool by_phrase = false;
            std::vector<int> accusers = c_.by_agents(at, &by_phrase);
            // "The hack was linked to China," the FBI said: the speaker ties it.
            // "The attack was traced to X by Y"; not "the machine was described by Jobs as".
            if (!act_before(at)) return;
            if (!by_phrase && s_.reported(at) && !s_.relay)
                for (int o : targets) emit(t, at, -1, o, s_.speaker, entity(o), kSpeakerFactor, "attribution-speaker");
            emit_all(t, at, accusers, targets, kPassiveFactor, "attribution");
            return;
        }
        if (to == at + 1 || reduced_relative(at)) return;
        // "linked the attack to X", "tied APT28 to X"; not "linked an
        // increase in lending to X".
        bool act = false;
        for (std::uint32_t k = at + 1; k < to; ++k) act |= is_act_word(k) && !(labelling && word(k) == "it");
        if (int m = c_.mention_at(at + 1); m >= 0 && mention(m).kind == MentionKind::Name && mention(m).last == to) {
            EntityType type = entity(m) >= 0 ? s_.entities[static_cast<std::size_t>(entity(m))].type : EntityType::Unknown;
            act |= type != EntityType::Country && type != EntityType::Person && type != EntityType::Location;
        }
        if (act) emit_all(t, at, c_.subject_before(at), targets, 1.0, "attribution");
    }

    // "Iranian gunboats fired on a tanker", "opened fire on", "set fire to":
    // a verb that attacks only through its preposition.
    void fire_verb_at(const Trigger& t, std::uint32_t at) {
        if (at > s_.sentence.first && set_on_fire(t, at)) return;
        // "pointed the finger at X": the idiom's verb stands before the noun.
        std::uint32_t pointed = at > s_.sentence.first + 1 && is_determiner(word(at - 1)) ? at - 2 : at;
        std::string_view point = word(pointed);
        if (point == "pointed" || point == "point" || point == "points" || point == "pointing") {
            if (c_.negated(pointed) || irrealis(pointed) || at + 2 >= s_.sentence.last || word(at + 1) != "at") return;
            if (int target = c_.mention_at(word(at + 2) == "the" ? at + 3 : at + 2); target >= 0 && !is_place(target))
                emit_all(t, at, c_.subject_before(pointed), {target}, 1.0, "pointed-at");
            return;
        }
        if (noun_reading(at) || c_.negated(at) || irrealis(at) || at + 1 >= s_.sentence.last) return;
        std::uint32_t verb = at;
        std::string_view before = at > s_.sentence.first ? word(at - 1) : word(at);
        bool opened = before == "opened" || before == "open" || before == "opens" || before == "opening";
        bool set = is_set(before);
        if (opened || set) verb = at - 1;
        // "shot down a Chilean drone": the phrasal verb takes its object.
        if (word(at + 1) == "down" && t.relation == "attacked") {
            std::vector<int> downed = c_.object_after(at + 1);
            if (!downed.empty() && mention(downed.front()).first <= at + 5 && !is_place(downed.front()))
                emit_all(t, at, c_.subject_before(at), {downed.front()}, 1.0, "shot-down");
            return;
        }
        // "fired rockets at Israel", "fired dozens of missiles into Ukraine".
        std::uint32_t after = past_weapons(at + 1);
        std::string_view prep = word(after);
        bool into = after > at + 1 && (prep == "into" || prep == "towards" || prep == "toward");
        if (prep != "on" && prep != "at" && prep != "upon" && !(set && prep == "to") && !into) return;
        int target = c_.prepositional_object(after - 1, {"on", "at", "upon", "to", "into", "towards", "toward"});
        if (target < 0 || is_place(target) || mention(target).first > after + 3) return;
        emit_all(t, at, c_.subject_before(verb), {target}, 1.0, "verb-at");
    }

    // "Chile was the target of ...", "it has been the victim of ...", "the
    // fields have been targets for ...": the copula's subject, when `of`
    // closes such a frame; else nothing.
    std::vector<int> victim_before(std::uint32_t of) const {
        if (of < s_.sentence.first + 3 || (word(of) != "of" && word(of) != "for")) return {};
        std::string_view role = word(of - 1);
        if (role != "target" && role != "targets" && role != "victim" && role != "victims") return {};
        std::uint32_t k = of - 2;
        if (is_determiner(word(k)) && k > s_.sentence.first) --k;
        if (!s_.tokens[k].is(WordClass::Auxiliary)) return {};
        std::vector<int> subjects = c_.subject_before(k);
        std::erase_if(subjects, [&](int m) { return is_place(m) && mention(m).kind != MentionKind::Capital; });
        return subjects;
    }

    // The token after a phrase of weapons that starts at `k` ("rockets",
    // "dozens of missiles", "two cruise missiles"), or `k` when none does.
    std::uint32_t past_weapons(std::uint32_t k) const {
        bool weapon = false;
        std::uint32_t end = k;
        for (std::uint32_t j = k; j < s_.sentence.last && j < k + 5 && c_.mention_at(j) < 0; ++j) {
            const Token& t = s_.tokens[j];
            if (t.lower == "of") continue;  // "dozens of rockets"
            if (t.kind != TokenKind::Number && (t.kind != TokenKind::Word || t.capitalized || c_.is_verb_like(j))) break;
            if (t.is(WordClass::AttackContext) && c_.is_common_noun(j)) {
                weapon = true;
                end = j + 1;
            }
        }
        return weapon ? end : k;
    }

    static bool is_set(std::string_view w) { return w == "set" || w == "sets" || w == "setting"; }

    // "set the Cypriot supertanker Pivot on fire", "set the Chilean embassy
    // ablaze": the target is the last name between "set" and the trigger.
    bool set_on_fire(const Trigger& t, std::uint32_t at) {
        std::uint32_t end = word(at - 1) == "on" ? at - 1 : at;
        int target = -1;
        for (std::uint32_t k = end; k > s_.sentence.first && end - k < 6;) {
            --k;
            if (is_set(word(k))) {
                if (target < 0 || is_place(target)) return false;
                if (!c_.negated(k) && !irrealis(k)) emit_all(t, at, c_.subject_before(k), {target}, 1.0, "set-on-fire");
                return true;
            }
            if (int m = c_.mention_at(k); m >= 0) {
                if (target < 0) target = m;
                k = mention(m).first;
                continue;
            }
            if (s_.tokens[k].kind != TokenKind::Word || c_.is_verb_like(k)) return false;
        }
        return false;
    }

    bool is_act_word(std::uint32_t k) const {
        const Token& w = s_.tokens[k];
        // Not "described the target as": what was hit is no act.
        if (w.lower == "target" || w.lower == "targets") return false;
        return w.is(WordClass::ActNoun) || w.is(WordClass::Trigger) || w.is(WordClass::MalwareNoun) ||
               w.is(WordClass::AttackContext) || w.lower == "it" || w.lower == "this";
    }

    // "the attacks that have been linked to X": the passive's subject is an
    // act, not a body ("the commission, which is linked to the church").
    bool act_before(std::uint32_t verb) const {
        std::uint32_t k = verb;
        while (k > s_.sentence.first && (c_.is_verb_modifier(k - 1) || word(k - 1) == "that" || word(k - 1) == "which")) --k;
        return k > s_.sentence.first && is_act_word(k - 1) && word(k - 1) != "this" && word(k - 1) != "it";
    }

    // "Fancy Bear was behind the theft," the firm said: a speaker naming the
    // agent of a wrongful act accuses it; the narrator's report accuses nobody.
    void fire_misdeed(const Trigger& t, std::uint32_t at) {
        if (!s_.reported(at) || s_.speaker < 0 || s_.relay || c_.negated(at) || c_.mention_at(at) >= 0 || irrealis(at)) return;
        if (modifies_noun(at, true)) return;  // "his conspiracy theory", "the fraud inquiry"
        // "any interference would meet a response", "the possible fraud": no act yet.
        for (std::uint32_t k = at, steps = 0; k > s_.sentence.first && steps < 3; ++steps) {
            --k;
            std::string_view w = word(k);
            if (w == "any" || w == "no" || s_.tokens[k].is(WordClass::Hedge)) return;
        }
        for (int agent : noun_agents(at)) {
            const Mention& m = mention(agent);
            if (m.kind == MentionKind::Pronoun || m.kind == MentionKind::Description) continue;
            const Entity& e = s_.entities[static_cast<std::size_t>(entity(agent))];
            if (e.type == EntityType::Malware) continue;
            // "ID fraud", "identity theft": a name before the noun is its
            // agent only as a country ("Russian interference") or possessive.
            bool possessive = m.last < s_.sentence.last && s_.tokens[m.last].kind == TokenKind::Possessive;
            if (m.last + 1 >= at && m.last <= at && e.type != EntityType::Country && !possessive) continue;
            emit(t, at, -1, agent, s_.speaker, entity(agent), kSpeakerFactor, "misdeed");
        }
    }

    // "Ukraine held Russia responsible for the attack": the holder accuses.
    bool held_responsible(std::uint32_t at) {
        if (word(at) != "responsible" || at < s_.sentence.first + 2) return false;
        int held = c_.mention_at(at - 1);
        if (held < 0 || mention(held).kind == MentionKind::Pronoun || mention(held).first == s_.sentence.first) return false;
        std::uint32_t verb = mention(held).first - 1;
        if (word(verb) == "the" && verb > s_.sentence.first) --verb;
        std::string_view w = word(verb);
        if (w != "held" && w != "hold" && w != "holds" && w != "holding") return false;
        if (!c_.negated(verb) && !irrealis(verb))
            for (int s : c_.subject_before(verb))
                emit("accuses", kWrongdoerConfidence, at, s, held, entity(s), entity(held), 1.0, "held-responsible");
        return true;
    }

    // "Chile is a nest of spies," she said: calling another a
    // wrongdoer is an accusation.
    void fire_wrongdoer(std::uint32_t at) {
        if (held_responsible(at)) return;
        if (!s_.reported(at) || s_.speaker < 0 || s_.relay || c_.mention_at(at) >= 0) return;
        // "responsible for security" is a duty, "a responsible retaliation" a
        // judgement; "responsible for the attack" is read by its noun.
        if (word(at) == "responsible") {
            if (at + 1 < s_.sentence.last && s_.tokens[at + 1].kind == TokenKind::Word) return;
            // "X was responsible", not "obtained by those criminally responsible".
            std::uint32_t k = at;
            while (k > s_.sentence.first && c_.is_verb_modifier(k - 1) && !s_.tokens[k - 1].is(WordClass::Auxiliary)) --k;
            if (k == s_.sentence.first || !s_.tokens[k - 1].is(WordClass::Auxiliary)) return;
        }
        for (std::uint32_t k = at, steps = 0; k > s_.sentence.first && steps < 5; ++steps) {
            --k;
            std::string_view w = word(k);
            if (w != "is" && w != "was" && w != "are" && w != "were") continue;
            if (c_.negated(k + 1) || (k > s_.sentence.first && s_.tokens[k + 1].is(WordClass::Negation))) return;
            std::vector<int> subjects = c_.subject_before(k);
            for (int s : subjects)
                if (mention(s).kind != MentionKind::Pronoun)
                    emit("accuses", kWrongdoerConfidence, at, -1, s, s_.speaker, entity(s), 1.0, "wrongdoer");
            return;
        }
    }

    // The mention that authors the claim noun at `claim` (0: none): a name or adjective
    // right before it, a possessive, or "by X" ("made by X") right after it.
    int claim_author_beside(std::uint32_t claim) const {
        if (claim == 0) return -1;
        std::uint32_t k = claim;
        if (k > s_.sentence.first && s_.tokens[k - 1].kind == TokenKind::Possessive) --k;
        if (int m = k > s_.sentence.first ? c_.mention_at(k - 1) : -1;
            m >= 0 && mention(m).kind != MentionKind::Pronoun && !is_place(m))
            return m;
        std::uint32_t by = claim + 1;
        if (by + 1 < s_.sentence.last && word(by) != "by" && s_.tokens[by].kind == TokenKind::Word &&
            (ends_with(word(by), "ed") || s_.tokens[by].is(WordClass::AgentVerb)))
            ++by;  // "the charges made by X", "levelled by X"
        if (by + 1 >= s_.sentence.last || word(by) != "by") return -1;
        int m = c_.mention_at(by + 1) >= 0 || word(by + 1) != "the" ? c_.mention_at(by + 1) : c_.mention_at(by + 2);
        return m >= 0 && mention(m).kind != MentionKind::Pronoun ? m : -1;
    }

    // "accusations of Peru meddling were unsubstantiated", the minister said.
    void fire_denial_word(const Trigger& t, std::uint32_t at) {
        // Said of a claim: "the reports were baseless", "dismissed as
        // fabricated", "called the charges groundless"; not "false stories".
        std::uint32_t k = at;
        while (k > s_.sentence.first && (s_.tokens[k - 1].kind == TokenKind::Quote || word(k - 1) == "completely" ||
                                         word(k - 1) == "totally" || word(k - 1) == "entirely"))
            --k;
        if (k == s_.sentence.first) return;
        auto predicate = [&](std::uint32_t b) {
            std::string_view before = word(b);
            return before == "is" || before == "was" || before == "are" || before == "were" || before == "be" ||
                   before == "been" || before == "as" || s_.tokens[b].is(WordClass::ClaimNoun);
        };
        // "were misleading propaganda", "as \"pure fabrication\"": one modifier may stand between.
        std::uint32_t b = k - 1;
        if (!predicate(b) && b > s_.sentence.first && s_.tokens[b].kind == TokenKind::Word && !s_.tokens[b].capitalized &&
            c_.mention_at(b) < 0) {
            --b;
            while (b > s_.sentence.first && s_.tokens[b].kind == TokenKind::Quote) --b;
        }
        if (!predicate(b)) return;
        std::uint32_t claim = at;
        for (std::uint32_t j = s_.sentence.first; j < at; ++j)
            if (s_.tokens[j].is(WordClass::ClaimNoun)) claim = j;
        if (claim == at) return;
        // The denier is the speaker, or whoever calls the claim so ("Beijing
        // called the charges groundless").
        int denier = s_.speaker;
        for (std::uint32_t v = claim, steps = 0; denier < 0 && v > s_.sentence.first && steps < 4; ++steps) {
            std::string_view w = word(--v);
            if (w != "called" && w != "calls" && w != "calling" && w != "termed" && w != "branded" && w != "labelled" &&
                w != "labeled")
                continue;
            // "China rejected accusations that X ..., calling the claims groundless": the main subject.
            bool participle = w == "calling" && v > s_.sentence.first && word(v - 1) == ",";
            std::vector<int> subjects = participle ? c_.main_subject() : c_.subject_before(v);
            if (!subjects.empty() && mention(subjects.back()).kind != MentionKind::Pronoun) denier = entity(subjects.back());
            break;
        }
        if (denier < 0) return;
        // The accuser is the claim's author ("the E.C. charges", "Chile's
        // claims", "the charges by the ASA"), else the document's: a party
        // the claim is about is no accuser.
        int object = -1;
        if (int author = claim_author_beside(claim); author >= 0) {
            int e = entity(author);
            int country = e >= 0 ? s_.entities[static_cast<std::size_t>(e)].country : -1;
            bool same_country = country >= 0 && country == s_.entities[static_cast<std::size_t>(denier)].country;
            if (e >= 0 && e != denier && !same_country) object = e;
        }
        emit(t, at, -1, -1, denier, object, kSpeakerFactor, "denial-word");
    }

    const SentenceView& s_;
    ClauseReader c_;
    std::vector<Relation>& out_;
};

}  // namespace

void TriggerExtractor::extract(const SentenceView& sentence, std::vector<Relation>& out) const {
    // Most sentences hold neither a trigger nor a wrongdoer noun, the words
    // the rules above fire at: they need no reading of their clauses.
    if (!sentence.any_token({WordClass::Trigger, WordClass::WrongdoerNoun})) return;
    SentenceRun(sentence, out).run();
}

}  // namespace newsgraph
