#include "trigger_extractor.h"

#include <algorithm>

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

class SentenceRun {
public:
    SentenceRun(const SentenceView& s, std::vector<Relation>& out) : s_(s), c_(s), out_(out) {}

    void run() {
        for (std::uint32_t i = s_.sentence.first; i < s_.sentence.last; ++i) {
            auto it = s_.lex.triggers.find(s_.tokens[i].lower);
            if (it == s_.lex.triggers.end() || c_.mention_at(i) >= 0) continue;
            for (const Trigger& t : it->second) fire(t, i);
        }
    }

private:
    int entity(int mention) const { return mention < 0 ? -1 : s_.entity(static_cast<std::size_t>(mention)); }

    bool is_reference(int mention) const {
        if (mention < 0) return false;
        MentionKind k = s_.mentions[static_cast<std::size_t>(mention)].kind;
        return k == MentionKind::Pronoun || k == MentionKind::Description;
    }

    void emit(const Trigger& t, std::uint32_t at, int subject_mention, int object_mention, int subject_entity,
              int object_entity, double factor, const char* rule) {
        if (subject_entity < 0 || subject_entity == object_entity) return;
        Relation r;
        r.sentence = s_.index;
        r.subject = subject_entity;
        r.relation = t.relation;
        r.object = object_entity;
        r.hedged = c_.hedged(at);
        r.evidence = s_.sentence.span;
        r.trigger = s_.tokens[at].span;
        r.rule = std::string(rule) + ":" + s_.tokens[at].lower;
        double confidence = t.confidence * factor;
        if (is_reference(subject_mention) || is_reference(object_mention)) confidence *= kReferenceFactor;
        if (r.hedged) confidence *= kHedgedFactor;
        if (s_.reported(at) && s_.speaker != subject_entity) {
            r.attributed_to = s_.speaker;
            confidence *= kReportedFactor;
        }
        r.confidence = std::min(1.0, confidence);
        out_.push_back(std::move(r));
    }

    void emit_all(const Trigger& t, std::uint32_t at, const std::vector<int>& subjects, const std::vector<int>& objects,
                  double factor, const char* rule) {
        for (int s : subjects) {
            if (objects.empty()) emit(t, at, s, -1, entity(s), -1, factor, rule);
            for (int o : objects) emit(t, at, s, o, entity(s), entity(o), factor, rule);
        }
    }

    // An agent of a noun: "by X", "X's", "Israeli", or the subject of the
    // verb whose object the noun is ("X launched attacks on Y").
    int noun_agent(std::uint32_t noun) const {
        if (int by = c_.by_agent(noun); by >= 0) return by;
        if (int mod = c_.modifier_before(noun); mod >= 0) return mod;
        for (std::uint32_t k = noun, steps = 0; k > s_.sentence.first && steps < 5; ++steps) {
            --k;
            if (s_.lex.agent_verbs.count(s_.tokens[k].lower)) {
                auto subjects = c_.subject_before(k);
                return subjects.empty() ? -1 : subjects.back();
            }
            if (c_.mention_at(k) >= 0 || s_.tokens[k].kind != TokenKind::Word) break;
        }
        return -1;
    }

    void fire(const Trigger& t, std::uint32_t at) {
        switch (t.kind) {
            case Trigger::Kind::Verb: return fire_verb(t, at);
            case Trigger::Kind::Noun: return fire_noun(t, at);
            case Trigger::Kind::NegatedAct: return fire_negated_act(t, at);
            case Trigger::Kind::DenialWord: return fire_denial_word(t, at);
        }
    }

    void fire_verb(const Trigger& t, std::uint32_t at) {
        // A noun reading ("the attacks", "an attack") is the noun rule's.
        if (at > s_.sentence.first) {
            std::string_view prev = s_.tokens[at - 1].lower;
            int before = c_.mention_at(at - 1);
            if (prev == "the" || prev == "a" || prev == "an" || prev == "such" || prev == "these" || prev == "its" ||
                prev == "their" || s_.tokens[at - 1].kind == TokenKind::Possessive ||
                (before >= 0 && s_.mentions[static_cast<std::size_t>(before)].kind == MentionKind::Adjective))
                return;
        }
        if (c_.negated(at)) return;
        if (c_.passive(at)) {
            std::vector<int> victims = c_.subject_before(at);
            int agent = c_.by_agent(at);
            if (agent < 0) {
                // "were killed in Israeli airstrikes": the agent of the attack noun.
                for (std::uint32_t k = at + 1; k < s_.sentence.last && k < at + 6 && agent < 0; ++k)
                    if (s_.lex.find_trigger(s_.tokens[k].lower, Trigger::Kind::Noun)) agent = noun_agent(k);
            }
            if (agent >= 0) emit_all(t, at, {agent}, victims, kPassiveFactor, "passive");
            return;
        }
        std::vector<int> subjects = c_.subject_before(at);
        // "An Israeli attack ... has killed X": the attack's agent did it.
        if (subjects.empty() || s_.mentions[static_cast<std::size_t>(subjects.back())].kind == MentionKind::Adjective) {
            for (std::uint32_t k = at; k > s_.sentence.first && at - k < 15;) {
                --k;
                if (s_.lex.find_trigger(s_.tokens[k].lower, Trigger::Kind::Noun)) {
                    if (int agent = noun_agent(k); agent >= 0) subjects = {agent};
                    break;
                }
            }
        }
        std::vector<int> objects;
        // A denial's object is the accuser ("dismissed allegations by X"),
        // else the other party of the denied act; else the document's accuser.
        if (int accuser = t.relation == "denies" ? c_.by_agent(at) : -1; accuser >= 0) objects = {accuser};
        else objects = c_.object_after(at);
        // "denied it": the pronoun is the claim, not a party.
        if (t.relation == "denies")
            std::erase_if(objects, [&](int o) { return s_.mentions[static_cast<std::size_t>(o)].kind == MentionKind::Pronoun; });
        if (objects.empty() && t.relation != "denies") return;
        emit_all(t, at, subjects, objects, 1.0, "verb");
    }

    void fire_noun(const Trigger& t, std::uint32_t at) {
        if (c_.negated(at)) return;
        int agent = noun_agent(at);
        int object = c_.prepositional_object(at, {"against", "on", "targeting", "at", "into", "upon"});
        if (object < 0 && t.relation != "attacked") {
            // "allegations that hackers linked to Moscow ...", "accusations of Russia using hackers"
            object = c_.prepositional_object(at, {"that", "of"});
        }
        if (agent < 0 || object < 0) return;
        if (s_.mentions[static_cast<std::size_t>(agent)].kind == MentionKind::Pronoun) return;
        emit(t, at, agent, object, entity(agent), entity(object), 1.0, "noun");
    }

    // "Iran has never responded with cyber-attacks", "Russia has not interfered".
    void fire_negated_act(const Trigger& t, std::uint32_t at) {
        if (!c_.negated(at)) return;
        std::vector<int> subjects = c_.subject_before(at);
        int subject = s_.reported(at) && s_.speaker >= 0 ? s_.speaker : subjects.empty() ? -1 : entity(subjects.back());
        if (subject < 0) return;
        std::vector<int> objects = c_.object_after(at);
        int object = -1;
        for (int o : objects)
            if (entity(o) != subject && (subjects.empty() || entity(o) != entity(subjects.back()))) object = entity(o);
        emit(t, at, -1, objects.empty() ? -1 : objects.back(), subject, object,
             subject == s_.speaker ? kSpeakerFactor : 1.0, "negated");
    }

    // "accusations of Russia meddling were unsubstantiated", Lavrov said.
    void fire_denial_word(const Trigger& t, std::uint32_t at) {
        if (s_.speaker < 0) return;
        bool about_claim = false;
        for (std::uint32_t k = s_.sentence.first; k < s_.sentence.last; ++k)
            if (const Trigger* n = s_.lex.find_trigger(s_.tokens[k].lower, Trigger::Kind::Noun);
                n && n->relation == "accuses")
                about_claim = true;
        if (!about_claim) return;
        // The accuser is another party named in the sentence, else the document's.
        int object = -1;
        for (std::size_t m = 0; m < s_.mentions.size(); ++m) {
            int e = s_.entity(m);
            if (e < 0 || e == s_.speaker) continue;
            if (s_.mentions[m].first > s_.sentence.first && s_.tokens[s_.mentions[m].first - 1].lower == "of") continue;
            if (s_.entities[static_cast<std::size_t>(e)].country >= 0 &&
                s_.entities[static_cast<std::size_t>(e)].country == s_.entities[static_cast<std::size_t>(s_.speaker)].country)
                continue;
            object = e;
        }
        emit(t, at, -1, -1, s_.speaker, object, kSpeakerFactor, "denial-word");
    }

    const SentenceView& s_;
    ClauseReader c_;
    std::vector<Relation>& out_;
};

}  // namespace

void TriggerExtractor::extract(const SentenceView& sentence, std::vector<Relation>& out) const {
    SentenceRun(sentence, out).run();
}

}  // namespace newsgraph
