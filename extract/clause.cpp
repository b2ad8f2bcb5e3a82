#include "clause.h"

#include <set>

namespace newsgraph {

namespace {
constexpr std::uint32_t kMaxGap = 25;  // tokens between a verb and its arguments
}

bool is_compass_point(std::string_view w) {
    return w == "north" || w == "south" || w == "east" || w == "west" || w == "northeast" || w == "northwest" ||
           w == "southeast" || w == "southwest" || w == "north-east" || w == "north-west" || w == "south-east" ||
           w == "south-west";
}

bool is_determiner(std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "these" || w == "those" || w == "its" || w == "their" ||
           w == "such" || w == "any" || w == "his" || w == "her" || w == "this" || w == "that";
}

int ClauseReader::mention_at(std::uint32_t i) const {
    return i >= first() && i < last() ? s_.mention_at[i - first()] : -1;
}

bool ClauseReader::is_clause_break(std::uint32_t i) const {
    std::string_view w = s_.tokens[i].lower;
    return w == ";" || w == "|" || w == "but" || w == "while" || w == "although" || w == "whereas" || w == "because";
}

bool ClauseReader::in_prepositional_phrase(int mention) const {
    // "attacks on WADA and the USADA": a conjunct shares the phrase of the first.
    // "of millions of Iranians", "in central Beirut": a preposition before
    // the mention (its title included: "between Mr N and ..."), across at
    // most three lower-case modifiers.
    int head = mention;
    for (int m = mention; (m = conjunct_before(m, m == mention)) >= 0;) head = m;
    for (std::uint32_t k = start_of(head), steps = 0; k > first() && steps < 4; ++steps) {
        --k;
        const Token& t = s_.tokens[k];
        if (t.is(WordClass::Preposition)) return true;
        // "in what Washington said": a clause opens after the preposition.
        if (t.lower == "what" || t.lower == "which" || t.lower == "who" || t.lower == "whom") return false;
        if (t.kind != TokenKind::Word || t.capitalized || t.is(WordClass::Auxiliary) ||
            t.is(WordClass::Trigger) || t.is(WordClass::SpeechVerb) || mention_at(k) >= 0)
            return false;
    }
    return false;
}

// A list is "A, B and C": its last link is "and" or "or", so "Estonia,
// Finland said" is no list.
std::uint32_t ClauseReader::start_of(int mention) const {
    const Mention& m = s_.mentions[static_cast<std::size_t>(mention)];
    return m.title >= 0 && m.title_first + 2 >= m.first ? m.title_first : m.first;
}

// "the Democratic National Committee (DNC)": a name in brackets right
// after a mention is another name of it; a list goes on behind it.
std::uint32_t ClauseReader::past_bracketed_name(std::uint32_t k) const {
    if (k + 2 < last() && s_.tokens[k].lower == "(" && mention_at(k + 1) >= 0 &&
        s_.mentions[static_cast<std::size_t>(mention_at(k + 1))].last == k + 2 && s_.tokens[k + 2].lower == ")")
        return k + 3;
    return k;
}

int ClauseReader::mention_before(std::uint32_t k) const {
    if (k >= first() + 4 && s_.tokens[k - 1].lower == ")" && past_bracketed_name(k - 3) == k) return mention_at(k - 4);
    return mention_at(k - 1);
}

// The conjunct right before `mention` in a list, or -1. A list's last link
// is "and" or "or": `last_link` says whether the link before `mention` is it.
int ClauseReader::conjunct_before(int mention, bool last_link) const {
    // "the FBI and the CIA": an article opens each conjunct.
    std::uint32_t k = start_of(mention);
    if (k > first() && s_.tokens[k - 1].lower == "the") --k;
    if (k <= first() + 1) return -1;
    std::string_view w = s_.tokens[k - 1].lower;
    if (w != "," && w != "and" && w != "or") return -1;
    if (last_link && w == ",") return -1;
    std::uint32_t j = k - 1;
    if (w == "and" && j > first() && s_.tokens[j - 1].lower == ",") --j;
    if (s_.tokens[j].lower == ",")
        if (int described = name_before_apposition(j); described >= 0) return described;
    if (j > first() && s_.tokens[j - 1].lower == "the") --j;
    int before = mention_before(j);
    if (before < 0 || s_.mentions[static_cast<std::size_t>(before)].kind == MentionKind::Pronoun) return -1;
    return before;
}

// "Ana Ruiz, 31, and", "N, head of risk at Goldman Sachs and Co, M",
// "Sofabed, a strain of malware which": the name set beside an apposition
// that ends at `end` (a comma or a relative pronoun), or -1. An apposition
// opens with an article, "also", "former(ly)", a number or a title and holds
// no verb.
int ClauseReader::name_before_apposition(std::uint32_t end) const {
    for (std::uint32_t k = end; k > first() + 1 && end - k < 10;) {
        --k;
        if (int m = mention_at(k); m >= 0) {
            k = s_.mentions[static_cast<std::size_t>(m)].first;
            continue;
        }
        const Token& t = s_.tokens[k];
        if (t.lower == ",") {
            const Token& opener = s_.tokens[k + 1];
            bool apposition = k + 1 < end && mention_at(k + 1) < 0 &&
                              (word_in(opener.lower, "a", "an", "the", "also", "former", "formerly") ||
                               opener.kind == TokenKind::Number || opener.is(WordClass::TitleFirstWord));
            int named = apposition ? mention_before(k) : -1;
            // "the Sofabed ransomware, a strain of ...": the name before its kind.
            if (named >= 0 && s_.mentions[static_cast<std::size_t>(named)].kind == MentionKind::Description)
                named = mention_before(s_.mentions[static_cast<std::size_t>(named)].first);
            return named >= 0 && s_.mentions[static_cast<std::size_t>(named)].kind == MentionKind::Name ? named : -1;
        }
        if (is_clause_break(k) || t.is(WordClass::Auxiliary) || t.is(WordClass::SpeechVerb) || t.lower == "and" ||
            t.lower == "or" || t.lower == "who" || t.lower == "which")
            return -1;
    }
    return -1;
}

std::vector<int> ClauseReader::conjuncts_left(int mention) const {
    std::vector<int> out{mention};
    for (int m = mention; (m = conjunct_before(m, m == mention)) >= 0;) out.insert(out.begin(), m);
    return out;
}

std::vector<int> ClauseReader::conjuncts_right(int mention) const {
    std::vector<int> out{mention};
    std::size_t closed = 1;  // conjuncts up to the last "and"/"or" link
    // "A, 34, and B, 27,": a person's age stands after the name.
    auto past_age = [&](std::uint32_t k) {
        bool age = k + 2 < last() && s_.tokens[k - 1].kind == TokenKind::Word && s_.tokens[k].lower == "," &&
                   s_.tokens[k + 1].kind == TokenKind::Number &&
                   (s_.tokens[k + 2].lower == "," || s_.tokens[k + 2].lower == "and");
        return age ? k + 2 : k;
    };
    std::uint32_t k = past_age(past_bracketed_name(s_.mentions[static_cast<std::size_t>(mention)].last));
    // "Acme officials and N": the body acts through its people.
    if (k + 2 < last() && s_.tokens[k].is(WordClass::GroupNoun) && mention_at(k) < 0 &&
        word_in(s_.tokens[k + 1].lower, ",", "and", "or"))
        ++k;
    while (k + 1 < last()) {
        std::string_view w = s_.tokens[k].lower;
        if (w != "," && w != "and" && w != "or") break;
        std::uint32_t j = k + 1;
        if (w == "," && j < last() && (s_.tokens[j].lower == "and" || s_.tokens[j].lower == "or")) ++j;
        if (j < last() && s_.tokens[j].lower == "the") ++j;
        // "Gazprom, its unit Gazpromneft, Rosneft", "officials and his former
        // coach N", "A and lawyer N": a description of one or two words
        // (possessive, or of a person) before the next conjunct.
        // "PepsiCo Inc and its La Petite Boulangerie unit": the owner's pronoun before a name.
        if (bool possessive = word_in(s_.tokens[j].lower, "its", "their", "his", "her"); possessive || mention_at(j) < 0) {
            std::uint32_t d = possessive ? j + 1 : j;
            while (d < j + 3 && d < last() && is_common_noun(d)) ++d;
            // A person's description ("his", "her", or none) only before a full name.
            bool of_person = !possessive || s_.tokens[j].lower == "his" || s_.tokens[j].lower == "her";
            if (int m = d < last() ? mention_at(d) : -1; m >= 0) {
                const Mention& x = s_.mentions[static_cast<std::size_t>(m)];
                if (x.kind == MentionKind::Name && (possessive || w != ",") && (!of_person || x.last - x.first >= 2)) j = d;
            }
        }
        int after = mention_at(j);
        // "Mr Islam": a title before the next conjunct.
        for (std::uint32_t t = j; after < 0 && t < j + 2 && t + 1 < last(); ++t) {
            int m = mention_at(t + 1);
            if (m >= 0 && s_.mentions[static_cast<std::size_t>(m)].title >= 0 && start_of(m) <= j) after = m;
        }
        // "hacked Chile, the FBI said": the speaker is no conjunct.
        if (after >= 0 && w == "," && speaker_follows(j)) break;
        // "killed 37 Americans, and Reagan's decision": a possessor owns another noun.
        bool possessor = after >= 0 && s_.mentions[static_cast<std::size_t>(after)].last < last() &&
                         s_.tokens[s_.mentions[static_cast<std::size_t>(after)].last].kind == TokenKind::Possessive;
        if (possessor) break;
        if (after < 0 || s_.mentions[static_cast<std::size_t>(after)].kind == MentionKind::Pronoun) {
            // "A, B, C and the shell company": an unnamed last conjunct still
            // closes the list of the named ones.
            if (w != "," || s_.tokens[k + 1].lower == "and" || s_.tokens[k + 1].lower == "or") closed = out.size();
            break;
        }
        out.push_back(after);
        if (j > k + 1 || w != ",") closed = out.size();
        k = past_age(past_bracketed_name(s_.mentions[static_cast<std::size_t>(after)].last));
    }
    out.resize(closed);
    return out;
}

bool ClauseReader::is_verb_modifier(std::uint32_t i) const {
    const Token& t = s_.tokens[i];
    std::string_view w = t.lower;
    return t.is(WordClass::Auxiliary) || t.is(WordClass::Adverb) || t.is(WordClass::Negation) || t.is(WordClass::Hedge) ||
           (w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0);
}

std::vector<int> ClauseReader::subject_before(std::uint32_t verb) const {
    // The words right before the verb: auxiliaries, adverbs, an infinitive's "to".
    std::uint32_t head = verb;
    while (head > first() && mention_at(head - 1) < 0 && (is_verb_modifier(head - 1) || s_.tokens[head - 1].lower == "to"))
        --head;
    // "used it to break into X", "used the company's credentials to attack
    // X": the user acts, not the tool nor its owner.
    bool infinitive = false;  // "used it (actually) to break into X"
    for (std::uint32_t k = head; k < verb; ++k) infinitive |= s_.tokens[k].lower == "to";
    if (head > first() && infinitive) {
        auto is_use = [](std::string_view w) { return w == "use" || w == "used" || w == "uses" || w == "using"; };
        for (std::uint32_t k = head, words = 0; k > first() && words < 8; ++words) {
            if (int m = mention_at(k - 1); m >= 0) {
                k = s_.mentions[static_cast<std::size_t>(m)].first;
                continue;
            }
            const Token& t = s_.tokens[k - 1];
            if (is_use(t.lower) && k < head) return subject_before(k - 1);
            if (t.kind != TokenKind::Possessive && (t.kind != TokenKind::Word || is_verb_like(k - 1))) break;
            --k;
        }
    }
    // "accused a group, which it says is linked to X, of breaching": the
    // gerund's subject is what the relative clause describes.
    if (head > first() + 2 && (s_.tokens[head - 1].lower == "of" || s_.tokens[head - 1].lower == "for") &&
        s_.tokens[head - 2].lower == ",")
        for (std::uint32_t k = head - 2; k > first() + 1 && head - k < 25; --k) {
            std::string_view w = s_.tokens[k - 1].lower;
            if (w == "," || w == ";") break;
            if ((w == "which" || w == "who") && s_.tokens[k - 2].lower == ",") {
                int antecedent = k >= first() + 3 ? mention_at(k - 3) : -1;
                if (antecedent >= 0 && s_.entity(static_cast<std::size_t>(antecedent)) >= 0) return conjuncts_left(antecedent);
                break;
            }
        }
    // "it expects to reject", "Acme plans to sue": a verb of intention between the subject and the infinitive.
    if (infinitive && head >= first() + 2 && mention_at(head - 2) >= 0 && s_.tokens[head - 1].is(WordClass::IntentionVerb))
        return conjuncts_left(mention_at(head - 2));
    if (head > first() && mention_at(head - 1) < 0) {
        const Token& t = s_.tokens[head - 1];
        // "Calny, which holds 15 franchises, alleges": the antecedent of a
        // relative clause closed by a comma; "the man, armed with a rifle,
        // killed": what stands before a comma-enclosed phrase.
        // "APT 28, a group tied to the GRU, the Russian military intelligence
        // directorate, was behind it": an indefinite apposition, commas and all, describes the name before it;
        // so does a short one of another opening ("N, 31, was", "N, also formerly with Kidder, was").
        if (t.lower == ",")
            if (int named = name_before_apposition(head - 1);
                named >= 0 && s_.entity(static_cast<std::size_t>(named)) >= 0 && !in_prepositional_phrase(named))
                return conjuncts_left(named);
        if (t.lower == ",")
            for (std::uint32_t k = head - 1; k > first() + 1 && head - k < 25; --k) {
                std::string_view w = s_.tokens[k - 1].lower;
                if (w == ";" || w == "which" || w == "who" || s_.tokens[k - 1].kind == TokenKind::Quote) break;
                if (w == "," && (s_.tokens[k].lower == "a" || s_.tokens[k].lower == "an") && mention_at(k - 2) >= 0) {
                    int named = mention_at(k - 2);
                    if (s_.entity(static_cast<std::size_t>(named)) >= 0 &&
                        s_.mentions[static_cast<std::size_t>(named)].kind == MentionKind::Name && !in_prepositional_phrase(named))
                        return conjuncts_left(named);
                    break;
                }
            }
        if (t.lower == ",")
            for (std::uint32_t k = head - 1; k > first() + 1 && head - k < 40; --k) {
                std::string_view w = s_.tokens[k - 1].lower;
                if ((w == "which" || w == "who" || w == "whose") && s_.tokens[k - 2].lower == ",") {
                    // "The athletes, who withdrew from the Olympics, were suspended": an unnamed one.
                    int antecedent = k >= first() + 3 ? mention_at(k - 3) : -1;
                    if (antecedent >= 0 && s_.entity(static_cast<std::size_t>(antecedent)) >= 0)
                        return conjuncts_left(antecedent);
                    if (antecedent < 0 && k >= first() + 3 && is_common_noun(k - 3)) return {};
                    break;
                }
                // "Nahum Vaskevitch, managing director of the broker's London
                // office, was charged": a title opening the phrase describes the name before it.
                if (w == "," && k - 1 > first() && head - k < 20 && mention_at(k - 2) >= 0 &&
                    (s_.tokens[k].is(WordClass::TitleFirstWord) || s_.tokens[k].is(WordClass::Title))) {
                    int named = mention_at(k - 2);
                    if (s_.entity(static_cast<std::size_t>(named)) >= 0) return conjuncts_left(named);
                }
                // "Fancy Bear, backed by the Kremlin, attacked", "The book,
                // serialised in the Telegraph, alleges": a participle's phrase
                // describes what stands before it, and the names in it act
                // in the phrase, not in the clause; the subject is read as if
                // the verb stood at the phrase's opening comma. As before any
                // parenthetical, a description ("the man, armed with a rifle,
                // killed") is an unnamed subject.
                if (w == "," && k - 1 > first() && mention_at(k - 1) < 0 && head - k < 20 && opens_participle_phrase(k)) {
                    int before = mention_at(k - 2);
                    if (before >= 0 && s_.mentions[static_cast<std::size_t>(before)].kind == MentionKind::Description) return {};
                    return subject_before(k - 1);
                }
                if (w == "," && k - 1 > first() && mention_at(k - 1) < 0 && head - k < 20) {
                    // the opening comma of a parenthetical with no name in it
                    bool named = false;
                    for (std::uint32_t j = k; j < head - 1; ++j) named |= mention_at(j) >= 0;
                    if (!named && is_common_noun(k - 2)) return {};  // an unnamed subject
                    break;
                }
            }
        // "the latest audit alleges", "officials allege": a common noun right
        // before the verb heads an unnamed subject (not an amount before an
        // infinitive of purpose: "agreed to pay 850 mln dlrs to settle") ...
        auto amount = [&](std::uint32_t back) {  // the word `back` words before the infinitive opens with a digit
            if (head < first() + back) return false;
            std::string_view w = s_.tokens[head - back].lower;
            return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]));
        };
        if (is_common_noun(head - 1) && !(infinitive && (amount(1) || amount(2) || amount(3)))) {
            // ... unless it is "Macron's campaign": the possessor stands for
            // it; or "the US spy agency": the country of the body does.
            std::uint32_t p = head - 1;
            // "Clarkson's legal action": an adjective may stand between.
            std::uint32_t s =
                p >= first() + 3 && s_.tokens[p - 2].kind == TokenKind::Possessive && is_common_noun(p - 1) ? p - 1 : p;
            // "access to Swift's network were targeted": a possessor inside a phrase is no subject.
            if (s >= first() + 2 && s_.tokens[s - 1].kind == TokenKind::Possessive && mention_at(s - 2) >= 0 &&
                s_.entity(static_cast<std::size_t>(mention_at(s - 2))) >= 0 && !in_prepositional_phrase(mention_at(s - 2)))
                return {mention_at(s - 2)};
            // "its warplanes hit": the owner of the pronoun acts.
            if (int owner = p > first() ? mention_at(p - 1) : -1; owner >= 0) {
                const Mention& o = s_.mentions[static_cast<std::size_t>(owner)];
                if (o.kind == MentionKind::Pronoun && word_in(o.name, "its", "their") &&
                    s_.entity(static_cast<std::size_t>(owner)) >= 0 && s_.tokens[p].is(WordClass::GroupNoun))
                    return {owner};
            }
            if (int country = country_in_phrase(p + 1); country >= 0) return {country};
            // "Conti ransomware hit", "Hamas militants fired": the name of the
            // malware or of the body whose people they are acts.
            if (int named = p > first() ? mention_at(p - 1) : -1; named >= 0) {
                const Mention& n = s_.mentions[static_cast<std::size_t>(named)];
                bool acts_through = s_.tokens[p].is(WordClass::MalwareNoun) ||
                                    ((s_.tokens[p].is(WordClass::GroupNoun) || s_.tokens[p].is(WordClass::StateForce)) &&
                                     n.type != EntityType::Person && n.type != EntityType::Country && n.type != EntityType::Location);
                if (acts_through && n.kind == MentionKind::Name && s_.entity(static_cast<std::size_t>(named)) >= 0) return {named};
            }
            return {};
        }
    }
    for (std::uint32_t k = verb; k > first() && verb - k < kMaxGap;) {
        --k;
        const Token& t = s_.tokens[k];
        if (is_clause_break(k)) break;
        if ((t.lower == "which" || t.lower == "who" || t.lower == "that") && k > first()) {
            // "X, which ...": the antecedent is the subject.
            std::uint32_t j = k;
            if (s_.tokens[j - 1].lower == ",") --j;
            int antecedent = j > first() ? mention_at(j - 1) : -1;
            // "Sofabed, a strain of malware which", "Ana Ruiz, a hacker from Peru who":
            // what an indefinite apposition describes is the name before it.
            if (antecedent < 0 || in_prepositional_phrase(antecedent) ||
                s_.mentions[static_cast<std::size_t>(antecedent)].kind != MentionKind::Name)
                if (int named = name_before_apposition(j); named >= 0) antecedent = named;
            // "the attack on a frigate in the Gulf, which killed": a place is no actor.
            if (antecedent >= 0 && s_.entity(static_cast<std::size_t>(antecedent)) >= 0 &&
                s_.entities[static_cast<std::size_t>(s_.entity(static_cast<std::size_t>(antecedent)))].type == EntityType::Location)
                return {};
            if (antecedent >= 0) return conjuncts_left(antecedent);
            break;  // "said that ...", "declined to say who ...": nothing before counts
        }
        // "the head of its London office, accused by": a person named by a title only.
        if (t.lower == "of" && k >= first() + 2 && mention_at(k - 1) < 0 && s_.tokens[k - 1].is(WordClass::Title) &&
            !s_.tokens[k - 1].capitalized && is_determiner(s_.tokens[k - 2].lower))
            return {};
        int m = mention_at(k);
        if (m < 0) continue;
        const Mention& x = s_.mentions[static_cast<std::size_t>(m)];
        k = x.first;
        // "a URL, which we believe was sent ..., was used": the subject of a
        // relative clause closed before the verb is not the main clause's;
        // its antecedent is. Not "an interview in which he accused".
        bool closed = false;
        for (std::uint32_t j = x.last; j < verb && !closed; ++j) closed = s_.tokens[j].lower == ",";
        if (closed && k > first() + 1 && (s_.tokens[k - 1].lower == "which" || s_.tokens[k - 1].lower == "whom") &&
            !s_.tokens[k - 2].is(WordClass::Preposition)) {
            std::uint32_t j = k - 1;
            if (j > first() && s_.tokens[j - 1].lower == ",") --j;
            int antecedent = j > first() ? mention_at(j - 1) : -1;
            if (antecedent >= 0 && s_.entity(static_cast<std::size_t>(antecedent)) >= 0) return conjuncts_left(antecedent);
            return {};
        }
        bool possessor = x.last < last() && s_.tokens[x.last].kind == TokenKind::Possessive;
        // "the US election": a name used as a modifier of a noun.
        bool modifier = x.kind != MentionKind::Pronoun && x.type != EntityType::Group && x.last < last() && x.last != verb &&
                        is_common_noun(x.last) && x.first > first() && s_.tokens[x.first - 1].lower == "the";
        // "hackers posing as the Cyber Caliphate were": the name a participle's "as" gives is no subject.
        std::uint32_t before = k;
        while (before > first() + 1 && before + 2 > k && (s_.tokens[before - 1].lower == "the" || s_.tokens[before - 1].kind == TokenKind::Quote))
            --before;
        bool guise = before > first() + 1 && s_.tokens[before - 1].lower == "as" && s_.tokens[before - 2].lower.size() > 4 &&
                     s_.tokens[before - 2].lower.ends_with("ing");
        // "quit after Pedro Vega accused her": a name right before the verb,
        // after a word that also opens clauses, is the clause's subject.
        std::uint32_t opener = start_of(m);
        if (opener > first() && s_.tokens[opener - 1].lower == "the") --opener;
        bool clause_subject = x.last == head && opener > first() && x.kind == MentionKind::Name &&
                              word_in(s_.tokens[opener - 1].lower, "after", "before", "since", "until");
        if (possessor || modifier || guise || x.kind == MentionKind::Adjective ||
            (in_prepositional_phrase(m) && !affiliated(m) && !clause_subject))
            continue;
        // An apposition ("Ana Ruiz, the ministry's spokeswoman, told")
        // was skipped above through its possessive; a description that is
        // itself a title apposition is skipped too.
        // Not "In Peru, the firm sued": an opening phrase's name is no apposition's.
        if (x.kind == MentionKind::Description && k > first() + 1 && s_.tokens[k - 1].lower == "the" &&
            s_.tokens[k - 2].lower == "," && mention_at(k - 3) >= 0 && !in_prepositional_phrase(mention_at(k - 3)))
            continue;
        if (s_.entity(static_cast<std::size_t>(m)) < 0) {
            // "the US spy agency" that resolves to nothing: its country acts.
            if (int country = x.kind == MentionKind::Description ? country_in_phrase(x.first) : -1; country >= 0)
                return {country};
            return {};
        }
        std::vector<int> subjects = conjuncts_left(m);
        if (int partner = along_with(m); partner >= 0) subjects.push_back(partner);
        return subjects;
    }
    return {};
}

std::uint32_t ClauseReader::state_noun_end(std::uint32_t k) const {
    for (std::uint32_t j = k; j < last() && j < k + 3 && is_common_noun(j); ++j)
        if (s_.tokens[j].is(WordClass::StateBody) || s_.tokens[j].is(WordClass::StateForce)) return j + 1;
    return k;
}

int ClauseReader::country_in_phrase(std::uint32_t head) const {
    // "the US spy agency", "Chinese state media": a country named in the
    // noun phrase that ends before `head`, across up to three common nouns;
    // not "a US woman", a person of the country, nor "US bondholders".
    if (head > first()) {
        const Token& noun = s_.tokens[head - 1];
        auto d = s_.lex.descriptions.find(noun.lower);
        if (noun.is(WordClass::PersonNoun) || noun.is(WordClass::PrivateParty) ||
            (d != s_.lex.descriptions.end() && d->second == EntityType::Person))
            return -1;
    }
    for (std::uint32_t k = head, steps = 0; k > first() && steps < 4; ++steps) {
        --k;
        int m = mention_at(k);
        if (m >= 0) {
            const Mention& x = s_.mentions[static_cast<std::size_t>(m)];
            bool country = x.type == EntityType::Country && x.kind != MentionKind::Pronoun &&
                           x.kind != MentionKind::Description;
            return country && s_.entity(static_cast<std::size_t>(m)) >= 0 && !in_prepositional_phrase(m) ? m : -1;
        }
        if (!is_common_noun(k)) return -1;
    }
    return -1;
}

std::vector<int> ClauseReader::main_subject() const {
    // The subject of the main verb: the last name before the sentence's
    // first verb, after a leading "Since ..., " clause; a possessor stands
    // for its noun ("Macron's campaign has complained").
    std::uint32_t k = first();
    if (word_in(s_.tokens[k].lower, "since", "because", "although", "though", "while", "when", "after", "before", "if",
                "as", "once", "unless"))
        while (k < last() && s_.tokens[k].lower != ",") ++k;
    const std::uint32_t start = k;
    for (; k < last(); ++k) {
        if (mention_at(k) >= 0 || !(is_verb_like(k) || s_.tokens[k].is(WordClass::SpeechVerb))) continue;
        if (s_.tokens[k].is(WordClass::Preposition)) continue;
        std::vector<int> subjects = subject_before(k);
        if (!subjects.empty()) return subjects;
        break;
    }
    // A main verb no lexicon knows ("complained"): the first name outside a phrase.
    for (std::size_t m = 0; m < s_.mentions.size(); ++m) {
        const Mention& x = s_.mentions[m];
        if (x.first < start || s_.entity(m) < 0 || x.kind == MentionKind::Adjective) continue;
        if (in_prepositional_phrase(static_cast<int>(m))) continue;
        return conjuncts_right(static_cast<int>(m));
    }
    return {};
}

int ClauseReader::along_with(int mention) const {
    // "The US government, along with Israel, was ...": Israel acts too.
    std::uint32_t k = s_.mentions[static_cast<std::size_t>(mention)].last;
    if (k < last() && s_.tokens[k].kind == TokenKind::Word && !s_.tokens[k].capitalized && mention_at(k) < 0 &&
        !is_verb_like(k))
        ++k;
    if (k + 3 >= last() || s_.tokens[k].lower != ",") return -1;
    std::string_view w = s_.tokens[k + 1].lower;
    if ((w != "along" && w != "together") || s_.tokens[k + 2].lower != "with") return -1;
    int partner = mention_at(k + 3);
    return partner >= 0 && s_.entity(static_cast<std::size_t>(partner)) >= 0 ? partner : -1;
}

std::vector<int> ClauseReader::object_after(std::uint32_t word, bool skip_by) const {
    // "struck a sweet shot only for Almunia to save", "killed the ball and
    // N scored", "killed 520 people near Lima": an unnamed object, ended by no
    // phrase that could name its owner or place, is the object.
    if (word + 2 < last() && (s_.tokens[word + 1].lower == "a" || s_.tokens[word + 1].lower == "an" ||
                              s_.tokens[word + 1].lower == "the" || s_.tokens[word + 1].kind == TokenKind::Number)) {
        std::uint32_t j = word + 2;
        while (j < last() && mention_at(j) < 0 && s_.tokens[j].kind == TokenKind::Word && !s_.tokens[j].capitalized &&
               (!is_verb_like(j) || is_speech_noun(j)))
            ++j;
        // "... the ball and N scored": a name after "and" that a verb follows opens a clause.
        int m = j < last() ? mention_at(j) : -1;
        if (m >= 0 && (s_.tokens[j - 1].lower == "and" || s_.tokens[j - 1].lower == "or")) {
            std::uint32_t after = s_.mentions[static_cast<std::size_t>(m)].last;
            const Token* next = after < last() ? &s_.tokens[after] : nullptr;
            if (next && next->kind == TokenKind::Word && !next->capitalized &&
                (next->lower.ends_with("ed") || next->is(WordClass::Auxiliary) || next->is(WordClass::SpeechVerb)))
                return {};
        }
        static const std::set<std::string, std::less<>> owners = {"of", "at", "in", "on", "from", "belonging", "owned",
                                                                   "run", "used", "operated", "with", ","};
        if (j > word + 2 && j < last() && mention_at(j) < 0 && !owners.count(s_.tokens[j].lower)) return {};
    }
    for (std::uint32_t k = word + 1; k < last() && k - word < kMaxGap; ++k) {
        const Token& t = s_.tokens[k];
        // "raided alleged ANC bases": a hedge before a noun is no speech verb.
        bool hedge_adjective = t.is(WordClass::Hedge) && k + 1 < last() && (mention_at(k + 1) >= 0 || is_common_noun(k + 1));
        if (is_clause_break(k) || (t.is(WordClass::SpeechVerb) && !hedge_adjective && !is_speech_noun(k))) break;
        if (t.kind == TokenKind::Quote && k > word + 1) break;
        if (t.lower == "," && speaker_follows(k + 1)) break;
        // "attacked the platform 120 miles east of Bahrain": where, not whom.
        if (k + 1 < last() && s_.tokens[k + 1].lower == "of" && !t.capitalized && is_compass_point(t.lower)) break;
        if (skip_by && t.lower == "by") {
            int m = mention_at(k + 1) >= 0 ? mention_at(k + 1) : mention_at(k + 2);
            if (m >= 0) k = s_.mentions[static_cast<std::size_t>(m)].last - 1;
            continue;
        }
        int m = mention_at(k);
        if (m < 0) continue;
        const Mention& x = s_.mentions[static_cast<std::size_t>(m)];
        // "rejects 'Las Vegas' jibe": a quoted name before a noun is what the noun says.
        // (A single quote after "Vegas" reads as a plural's possessive.)
        bool quoted = x.first > first() && s_.tokens[x.first - 1].kind == TokenKind::Quote && x.last + 1 < last() &&
                      (s_.tokens[x.last].kind == TokenKind::Quote || s_.tokens[x.last].kind == TokenKind::Possessive) &&
                      is_common_noun(x.last + 1);
        // "targets Windows PCs": a name that is no party (a platform) holds the object's slot.
        if (x.unbound && x.kind == MentionKind::Name) return {};
        if (s_.entity(static_cast<std::size_t>(m)) < 0 || quoted) {
            k = x.last - 1;
            continue;
        }
        // "targeted Italian company Hacking Team", "charged a North Korean
        // programmer, Park Jin Hyok,", "the Spanish telecom firm Telefonica":
        // the name the adjective's nouns introduce.
        if (x.kind == MentionKind::Adjective && x.last + 1 < last() && is_common_noun(x.last)) {
            std::uint32_t n = x.last + 1;
            while (n + 1 < last() && n < x.last + 3 && mention_at(n) < 0 && is_common_noun(n)) ++n;  // "Spanish telecom firm"
            if (s_.tokens[n].lower == "," && n + 1 < last()) ++n;
            int named = mention_at(n);
            if (named >= 0 && s_.mentions[static_cast<std::size_t>(named)].kind == MentionKind::Name &&
                s_.entity(static_cast<std::size_t>(named)) >= 0)
                return conjuncts_right(named);
        }
        // "accused the Tory leader", "the Russian president": the person the
        // body's title describes, when the story has named him.
        if (int d = x.last < last() ? mention_at(x.last) : -1; d >= 0 && x.kind != MentionKind::Pronoun) {
            const Mention& title = s_.mentions[static_cast<std::size_t>(d)];
            if (title.kind == MentionKind::Description && title.type == EntityType::Person && !title.indefinite &&
                s_.entity(static_cast<std::size_t>(d)) >= 0)
                return conjuncts_right(d);
        }
        // "names two FSB agents — A and B —": the people of the body, named after them.
        if (x.kind == MentionKind::Name && x.last + 2 < last() && s_.tokens[x.last].is(WordClass::GroupNoun)) {
            std::string_view mark = s_.tokens[x.last + 1].lower;
            int named = mark == "," || mark == "-" ? mention_at(x.last + 2) : -1;
            if (named >= 0 && s_.mentions[static_cast<std::size_t>(named)].kind == MentionKind::Name &&
                s_.entity(static_cast<std::size_t>(named)) >= 0 && !speaker_follows(x.last + 2))
                return conjuncts_right(named);
        }
        return conjuncts_right(m);
    }
    return {};
}

bool ClauseReader::speaker_follows(std::uint32_t i) const {
    if (i + 1 < last() && s_.tokens[i].lower == "the") ++i;  // ", the FBI said"
    int m = mention_at(i);
    if (m < 0) return false;
    std::uint32_t after = s_.mentions[static_cast<std::size_t>(m)].last;
    // ", the ESET researchers said": the body's people speak.
    if (after + 1 < last() && s_.tokens[after].is(WordClass::GroupNoun) && mention_at(after) < 0) ++after;
    return after < last() && s_.tokens[after].is(WordClass::SpeechVerb);
}

bool ClauseReader::has_phrase(std::uint32_t word, std::string_view prep, std::uint32_t within) const {
    for (std::uint32_t k = word + 1; k < last() && k - word < within && !is_clause_break(k); ++k)
        if (s_.tokens[k].lower == prep) return true;
    return false;
}

std::uint32_t ClauseReader::phrase_start(std::uint32_t word, std::initializer_list<std::string_view> preps) const {
    for (std::uint32_t k = word + 1; k < last() && !is_clause_break(k); ++k)
        for (std::string_view p : preps)
            if (s_.tokens[k].lower == p) return k;
    return last();
}

int ClauseReader::by_agent(std::uint32_t word) const {
    bool found = false;
    std::vector<int> agents = by_agents(word, &found);
    return !agents.empty() ? agents.front() : found ? kUnnamed : -1;
}

std::vector<int> ClauseReader::by_agents(std::uint32_t word, bool* found) const {
    // "by Microsoft", "by security companies, the DHS and the FBI", "by the
    // media watchdog, Reporters Without Borders": every named agent of the list.
    std::vector<int> out;
    // Twelve words at most; a name ("the World Anti-Doping Agency (WADA)")
    // counts as one, an auxiliary or adverb ("was almost certainly by") as none.
    auto free_word = [&](std::uint32_t k) { return s_.tokens[k].kind == TokenKind::Word && is_verb_modifier(k); };
    for (std::uint32_t k = word + 1, words = 0; k + 1 < last() && words < 12; ++k, words += !free_word(k - 1)) {
        if (int m = mention_at(k); m >= 0 && s_.tokens[k].lower != "by") {
            k = past_bracketed_name(s_.mentions[static_cast<std::size_t>(m)].last) - 1;
            continue;
        }
        // "denied the claims by X": a speech verb that is also a claim noun,
        // after a determiner or the verb itself, is the noun.
        bool claim_noun = s_.tokens[k].is(WordClass::ClaimNoun) &&
                          (k == word + 1 || is_determiner(s_.tokens[k - 1].lower) ||
                           s_.tokens[k - 1].kind == TokenKind::Possessive);
        bool claimed_by = s_.tokens[k].lower == "claimed" && s_.tokens[k + 1].lower == "by";  // "an attack claimed by X"
        if (is_clause_break(k) || (s_.tokens[k].is(WordClass::SpeechVerb) && !claim_noun && !claimed_by)) break;
        // "an attack group dubbed MuddyWater by Palo Alto": the "by" is the participle's.
        std::string_view w = s_.tokens[k].lower;
        // But "attacks on X, allegedly perpetrated by Y": an agent verb's agent is the noun's.
        // "an attack claimed by LockBit" names its agent too.
        if (k > word + 1 && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && mention_at(k) < 0 &&
            !s_.tokens[k].is(WordClass::AgentVerb) && w != "claimed")
            break;
        // "the attack on a ship and comments by officials": another noun's phrase.
        if (w == "and" && k + 1 < last() && mention_at(k + 1) < 0 && s_.tokens[k + 1].kind == TokenKind::Word &&
            !s_.tokens[k + 1].capitalized && !is_determiner(s_.tokens[k + 1].lower))
            break;
        if (w != "by") continue;
        // "charges filed after hearing submissions by X": the object of
        // another verb right before "by" owns the phrase.
        if (k > word + 2 && is_common_noun(k - 1) && mention_at(k - 1) < 0 && mention_at(k - 2) < 0 &&
            s_.tokens[k - 2].lower.size() > 4 && s_.tokens[k - 2].lower.ends_with("ing") && !s_.tokens[k - 2].is(WordClass::Trigger))
            break;
        if (found) *found = true;
        for (std::uint32_t j = k + 1; j < last() && j < k + 16; ++j) {
            const Token& t = s_.tokens[j];
            if (int m = mention_at(j); m >= 0) {
                const Mention& x = s_.mentions[static_cast<std::size_t>(m)];
                // "by Dutch military intelligence": a country's body is the country; not "by US companies".
                bool state = x.type == EntityType::Country && x.kind != MentionKind::Pronoun && state_noun_end(x.last) != x.last;
                // "by LockBit ransomware", "by Hamas militants": the name acts.
                bool acts_through = x.kind == MentionKind::Name && x.last < last() &&
                                    (s_.tokens[x.last].is(WordClass::MalwareNoun) || s_.tokens[x.last].is(WordClass::GroupNoun));
                // "by UK troops spoke": a name that ends in its force or people is no modifier.
                bool headed = s_.tokens[x.last - 1].is(WordClass::StateForce) || s_.tokens[x.last - 1].is(WordClass::GroupNoun);
                // "by the U.S. firm <Dupont>": the country modifies the firm, which is named next.
                bool modifier = x.last < last() && (is_common_noun(x.last) || s_.tokens[x.last].is(WordClass::BodyClassifier)) &&
                                !state && !acts_through && !headed;
                // "the U.S. Firm <Dupont>": a description set before the name it describes.
                std::uint32_t after = x.last < last() && s_.tokens[x.last].lower == "<" ? x.last + 1 : x.last;
                if (x.kind == MentionKind::Description && after < last() && mention_at(after) >= 0 &&
                    s_.mentions[static_cast<std::size_t>(mention_at(after))].kind == MentionKind::Name)
                    modifier = true;
                if (s_.entity(static_cast<std::size_t>(m)) >= 0 && x.kind != MentionKind::Pronoun && !modifier &&
                    !(x.last < last() && s_.tokens[x.last].kind == TokenKind::Possessive))
                    out.push_back(m);
                j = x.last - 1;
                continue;
            }
            // "hacked by North Korea, the FBI said": the speaker ends the list.
            if (t.lower == "," && speaker_follows(j + 1)) break;
            // "by Mr Putin", "by President N": a title before the name; "by members of X": X's people.
            bool members = t.is(WordClass::GroupNoun) && j + 1 < last() && s_.tokens[j + 1].lower == "of";
            bool list_word = members || t.lower == "," || t.lower == "and" || t.lower == "or" || t.lower == "<" ||
                             t.is(WordClass::Title) || t.is(WordClass::BodyClassifier) ||
                             (t.kind == TokenKind::Word && !t.capitalized && !is_verb_like(j));
            if (!list_word || (t.lower == "," && !out.empty() && j + 1 < last() && mention_at(j + 1) < 0 &&
                               s_.tokens[j + 1].lower != "and" && s_.tokens[j + 1].lower != "the"))
                break;
            if (members) ++j;
        }
        return out;
    }
    return out;
}

int ClauseReader::prepositional_object(std::uint32_t word, std::initializer_list<std::string_view> preps) const {
    for (std::uint32_t k = word + 1; k + 1 < last() && k - word < 20; ++k) {
        if (is_clause_break(k) || s_.tokens[k].is(WordClass::SpeechVerb)) break;
        // "the hack of Sony that was also blamed on North Korea": a relative
        // clause is another phrase (one set off by commas closes again);
        // so is "complaint that European governments subsidise Airbus at the GATT".
        std::string_view w = s_.tokens[k].lower;
        if ((w == "that" || ((w == "which" || w == "who") && s_.tokens[k + 1].is(WordClass::Auxiliary))) &&
            s_.tokens[k - 1].lower != ",")
            break;
        bool match = false;
        for (std::string_view p : preps) match |= s_.tokens[k].lower == p;
        if (!match) continue;
        for (std::uint32_t j = k + 1; j < last() && j < k + 6; ++j) {
            int m = mention_at(j);
            if (m >= 0 && s_.entity(static_cast<std::size_t>(m)) >= 0) {
                // "against Balco boss Victor Conte": the name after a modifying name.
                const Mention& x = s_.mentions[static_cast<std::size_t>(m)];
                for (std::uint32_t n = x.last; n < last() && n < x.last + 3 && x.kind == MentionKind::Name; ++n)
                    if (int next = mention_at(n); next >= 0 && s_.entity(static_cast<std::size_t>(next)) >= 0 &&
                                                  s_.mentions[static_cast<std::size_t>(next)].kind == MentionKind::Name) {
                        bool joined = true;
                        for (std::uint32_t g = x.last; g < n; ++g) joined &= is_common_noun(g) || s_.tokens[g].is(WordClass::Title);
                        if (joined) return next;
                        break;
                    }
                return m;
            }
            if (s_.tokens[j].lower == "in" || s_.tokens[j].lower == "near") return place_after(j);
            if (s_.tokens[j].is(WordClass::Preposition) || s_.tokens[j].lower == ",") break;
        }
        return -1;
    }
    return -1;
}

int ClauseReader::modifier_before(std::uint32_t noun) const {
    // "Israeli airstrikes", "Russia's cyber offensive", "the US charges",
    // "Microsoft's recent allegations": up to two modifiers between.
    bool determiner = false;
    for (std::uint32_t k = noun, steps = 0; k > first() && steps < 3; ++steps) {
        --k;
        const Token& t = s_.tokens[k];
        if (t.kind == TokenKind::Possessive) continue;
        int m = mention_at(k);
        if (m >= 0) return s_.entity(static_cast<std::size_t>(m)) >= 0 ? m : -1;
        // "KCNA called the charges": a determiner opens the noun phrase.
        if (determiner) return -1;
        // "Japanese newspaper accusations": the newspaper's, not the country's.
        if (t.is(WordClass::MediaWord)) return -1;
        determiner = t.lower == "the" || t.lower == "a" || t.lower == "an" || t.lower == "these" || t.lower == "those";
        if (t.kind != TokenKind::Word || t.capitalized || is_verb_like(k)) return -1;
    }
    return -1;
}

bool ClauseReader::affiliated(int mention) const {
    // "hackers linked to Beijing", "groups backed by Iran": the party behind a group.
    std::uint32_t k = s_.mentions[static_cast<std::size_t>(mention)].first;
    if (k > first() && s_.tokens[k - 1].lower == "the") --k;
    if (k < first() + 2 || !s_.tokens[k - 1].is(WordClass::Preposition)) return false;
    // "a spokesperson for the government of Qatar denied": the body the
    // unnamed spokesperson speaks for.
    for (std::uint32_t j = k - 1, steps = 0; j > first() && steps < 6; ++steps) {
        --j;
        if (s_.tokens[j].is(WordClass::SpokespersonTitle) &&
            (s_.tokens[j + 1].lower == "for" || s_.tokens[j + 1].lower == "of"))
            return true;
        if (mention_at(j) >= 0 && s_.mentions[static_cast<std::size_t>(mention_at(j))].kind == MentionKind::Name) break;
    }
    // "a Linux variant of KillDisk was used": the malware itself acts.
    if (names_variant_source(s_.tokens, s_.sentence, s_.mentions[static_cast<std::size_t>(mention)].first)) return true;
    // "a report by The Intercept claimed": the author of a claim speaks.
    if (s_.tokens[k - 1].lower == "by" && s_.tokens[k - 2].is(WordClass::ClaimNoun)) return true;
    // "researchers at Mandiant tied", "the rebels of the FPLC carried out": the body whose people act.
    if ((s_.tokens[k - 1].lower == "at" || s_.tokens[k - 1].lower == "from") && s_.tokens[k - 2].is(WordClass::GroupNoun))
        return true;
    if (s_.tokens[k - 1].lower == "of" && s_.tokens[k - 2].is(WordClass::GroupNoun) && s_.tokens[k - 2].is(WordClass::AttackContext))
        return true;
    // "the computer networks of Acme Corp were breached": the owner stands for its
    // facility; "attacked the city of Tacna": the place names itself.
    // Not "an explosion in the China city of Harbin": the facility phrase is itself no phrase's object.
    if (s_.tokens[k - 1].lower == "of" && (s_.tokens[k - 2].is(WordClass::FacilityNoun) || s_.tokens[k - 2].is(WordClass::PlaceNoun))) {
        std::uint32_t j = k - 2;
        while (j > first() && k - j < 6 && (is_common_noun(j - 1) || is_determiner(s_.tokens[j - 1].lower) || mention_at(j - 1) >= 0)) --j;
        return j == first() || !s_.tokens[j - 1].is(WordClass::Preposition);
    }
    return s_.tokens[k - 2].is(WordClass::Affiliation) > 0;
}

int ClauseReader::place_after(std::uint32_t prep) const {
    // "a market in northern Yemen": the country of an unnamed target, across one modifier.
    for (std::uint32_t j = prep + 1; j < last() && j < prep + 3; ++j) {
        int m = mention_at(j);
        if (m < 0) continue;
        int e = s_.entity(static_cast<std::size_t>(m));
        if (e < 0) return -1;
        EntityType type = s_.entities[static_cast<std::size_t>(e)].type;
        return type == EntityType::Country ? m : -1;
    }
    return -1;
}

bool ClauseReader::is_common_noun(std::uint32_t i) const {
    // A lower-case content word: no function word, verb, adverb or determiner.
    const Token& t = s_.tokens[i];
    auto function_word = [](std::string_view w) {
        return word_in(w, "and", "or", "but", "that", "which", "who", "whose", "the", "a", "an", "this", "these", "those",
                       "its", "their", "his", "her", "not", "as", "than", "then");
    };
    auto ends = [&](std::string_view suffix) {
        return t.lower.size() > suffix.size() + 2 && t.lower.compare(t.lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return t.kind == TokenKind::Word && !t.capitalized && !function_word(t.lower) && !is_verb_like(i) &&
           !is_verb_modifier(i) && !t.is(WordClass::SpeechVerb) && !ends("ing") && !ends("ed");
}

bool ClauseReader::opens_participle_phrase(std::uint32_t i) const {
    // "backed by", "based in", "armed with", "believed to be": a past
    // participle and its preposition or infinitive.
    const Token& t = s_.tokens[i];
    return i + 1 < last() && t.kind == TokenKind::Word && !t.capitalized && mention_at(i) < 0 && t.lower.size() > 4 &&
           t.lower.ends_with("ed") && (s_.tokens[i + 1].is(WordClass::Preposition) || s_.tokens[i + 1].lower == "to");
}

bool ClauseReader::is_speech_noun(std::uint32_t i) const {
    return s_.tokens[i].is(WordClass::SpeechVerb) && !s_.tokens[i].is(WordClass::ClaimNoun) && i > first() &&
           is_determiner(s_.tokens[i - 1].lower);
}

bool ClauseReader::is_verb_like(std::uint32_t i) const {
    const Token& t = s_.tokens[i];
    return t.is(WordClass::Preposition) || t.is(WordClass::Auxiliary) || t.is(WordClass::Trigger) || t.is(WordClass::SpeechVerb) ||
           t.is(WordClass::AgentVerb);
}

bool ClauseReader::negated(std::uint32_t verb) const {
    // "has not interfered", "never directly attacked", "does not intend to
    // interfere", "did not admit or deny", "declined to confirm or deny"; not
    // "will not tolerate attacks": another verb between.
    for (std::uint32_t k = verb, steps = 0; k > first() && steps < 5; ++steps) {
        --k;
        const Token& t = s_.tokens[k];
        if (t.is(WordClass::Negation)) return true;
        // "without admitting or denying the allegations": neither is done.
        if (t.lower == "declined" || t.lower == "declines" || t.lower == "refused" || t.lower == "refuses" || t.lower == "without")
            return true;
        if (t.lower == "or" && k > first() + 1 && s_.tokens[k - 1].kind == TokenKind::Word && mention_at(k - 1) < 0) {
            --k;  // the verb coordinated before "or"
            continue;
        }
        bool intend = t.lower == "intend" || t.lower == "plan" || t.lower == "want" || t.lower == "seek";
        if (t.kind != TokenKind::Word || mention_at(k) >= 0 || !(is_verb_modifier(k) || t.lower == "to" || intend))
            return false;
    }
    return false;
}

bool ClauseReader::hedged(std::uint32_t verb) const {
    for (std::uint32_t k = verb, steps = 0; k > first() && steps < 5; ++steps) {
        --k;
        if (s_.tokens[k].is(WordClass::Hedge)) return true;
        if (s_.tokens[k].kind != TokenKind::Word) return false;
    }
    return false;
}

bool ClauseReader::passive(std::uint32_t verb) const {
    std::string_view w = s_.tokens[verb].lower;
    auto ends = [&](std::string_view suffix) { return w.size() > 3 && w.compare(w.size() - 2, 2, suffix) == 0; };
    bool participle = ends("ed") || ends("en") || w == "struck" || w == "hit" || w == "shot" || w == "sunk";
    if (!participle) return false;
    // "X, accused by Y of ...", "Danes targeted by malware"
    if (verb + 1 < last() && s_.tokens[verb + 1].lower == "by") return true;
    for (std::uint32_t k = verb, steps = 0; k > first() && steps < 3; ++steps) {
        --k;
        std::string_view t = s_.tokens[k].lower;
        if (t == "was" || t == "were" || t == "been" || t == "being" || t == "is" || t == "are" || t == "be" ||
            t == "got" || t == "get" || t == "stands" || t == "stood")
            return true;
        if (s_.tokens[k].kind != TokenKind::Word || mention_at(k) >= 0) return false;
    }
    // "X, accused by Y of ..."
    return verb + 1 < last() && s_.tokens[verb + 1].lower == "by";
}

}  // namespace newsgraph
