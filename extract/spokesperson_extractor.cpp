#include "spokesperson_extractor.h"

#include "clause.h"

namespace newsgraph {

namespace {

constexpr double kTitleConfidence = 0.95;
constexpr double kAppositionConfidence = 0.9;
constexpr double kDescriptionConfidence = 0.75;

// Whatever has a spokesperson is an organisation or a country; a name not
// typed yet ("T-Mobile") becomes an organisation through this relation.
bool is_speaker_body(const Entity& e) {
    return e.type == EntityType::Organization || e.type == EntityType::Country || e.type == EntityType::Unknown;
}

class SentenceRun {
public:
    SentenceRun(const SentenceView& s, std::vector<Relation>& out) : s_(s), c_(s), out_(out) {}

    void run() {
        named_after_body();
        for (std::size_t m = 0; m < s_.mentions.size(); ++m) {
            const Mention& x = s_.mentions[m];
            int person = s_.entity(m);
            if (person < 0) continue;
            // "The Tory finance spokesman, Brian Monteith MSP,": a description
            // resolved to a name no title typed yet still names a person.
            EntityType type = s_.entities[static_cast<std::size_t>(person)].type;
            bool described = x.kind == MentionKind::Description && type == EntityType::Unknown;
            if (type != EntityType::Person && !described) continue;
            if (x.kind == MentionKind::Name && x.title == static_cast<int>(TitleRole::Spokesperson)) {
                if (int org = body_before(x.title_first); org >= 0) emit(person, org, x, kTitleConfidence, "title");
                else if (int after = body_after(x); after >= 0) emit(person, after, x, kTitleConfidence, "title-of");
                else if (int speaker = opening_title_body(x); speaker >= 0)
                    emit(person, speaker, x, kDescriptionConfidence, "title-after-body");
            } else if (x.kind == MentionKind::Name) {
                apposition(m, person);
            } else if (x.kind == MentionKind::Description && s_.tokens[x.first].is(WordClass::SpokespersonTitle)) {
                if (int org = body_before(x.first); org >= 0) emit(person, org, x, kDescriptionConfidence, "description");
            }
        }
    }

private:
    // "The IAAF said it was surprised. Spokesman N said:", "Ladbrokes said it
    // would go on. \"We felt no need,\" spokesman N said.": a title opening the
    // sentence, or its speaker's words after a quote, is that of the body
    // that spoke in the sentence before; -1 if none did. A name of no known
    // type counts as a body when it is one word ("Uefa"): a person's has two.
    int opening_title_body(const Mention& person) const {
        std::uint32_t k = person.title_first;
        if (k > s_.sentence.first && (s_.tokens[k - 1].lower == "but" || s_.tokens[k - 1].lower == "and")) --k;
        bool after_quote = k > s_.sentence.first && s_.tokens[k - 1].kind == TokenKind::Quote;
        if ((k != s_.sentence.first && !after_quote) || s_.previous_speaker < 0) return -1;
        const Entity& body = s_.entities[static_cast<std::size_t>(s_.previous_speaker)];
        bool typed = body.type != EntityType::Unknown || body.name.find(' ') == std::string::npos;
        return is_speaker_body(body) && typed ? s_.previous_speaker : -1;
    }

    // "Spokesman N of the Acme Association said": the body named right after
    // a titled name by "of" or "for"; -1 if none.
    int body_after(const Mention& person) const {
        std::uint32_t k = person.last;
        if (k + 1 >= s_.sentence.last || !word_in(s_.tokens[k].lower, "of", "for")) return -1;
        if (s_.tokens[++k].lower == "the") ++k;
        // Not "spokesman N of Ghana": a country after a name is where he is from.
        int m = c_.mention_at(k);
        if (m < 0 || s_.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Name) return -1;
        int e = s_.entity(static_cast<std::size_t>(m));
        return e >= 0 && s_.entities[static_cast<std::size_t>(e)].type == EntityType::Organization ? e : -1;
    }

    // The organisation or country right before a title: "Kremlin spokesman",
    // "Hezbollah's spokesman", "the ministry's spokesman", "Israeli spokesman".
    int body_before(std::uint32_t title) const {
        std::uint32_t k = title;
        // "Labour campaign spokesman", "Iran's top war spokesman": up to two
        // lower-case words between the body and its title.
        for (int skipped = 0; skipped < 2 && k > s_.sentence.first + 1; ++skipped) {
            const Token& t = s_.tokens[k - 1];
            if (t.kind != TokenKind::Word || t.capitalized || c_.mention_at(k - 1) >= 0 || c_.is_verb_like(k - 1) ||
                t.lower == "a" || t.lower == "an" || t.lower == "the")
                break;
            --k;
        }
        if (k > s_.sentence.first && s_.tokens[k - 1].kind == TokenKind::Possessive) --k;
        int m = k > s_.sentence.first ? c_.mention_at(k - 1) : -1;
        if (m < 0) return -1;
        // "Lib Dem Treasury spokesman", "Labour's Treasury spokesman": the
        // portfolio stands between the party and the title.
        std::uint32_t portfolio = s_.mentions[static_cast<std::size_t>(m)].first;
        if (portfolio > s_.sentence.first + 1 && s_.tokens[portfolio - 1].kind == TokenKind::Possessive) --portfolio;
        int party = portfolio > s_.sentence.first ? c_.mention_at(portfolio - 1) : -1;
        if (party >= 0 && s_.entity(static_cast<std::size_t>(m)) >= 0 &&
            s_.entities[static_cast<std::size_t>(s_.entity(static_cast<std::size_t>(m)))].type == EntityType::Unknown)
            m = party;
        // "Plaid Cymru's local government spokesman": "government" is the
        // portfolio; the party named before it speaks.
        if (s_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Description) {
            std::uint32_t j = s_.mentions[static_cast<std::size_t>(m)].first;
            for (int skipped = 0; skipped < 2 && j > s_.sentence.first && c_.mention_at(j - 1) < 0 &&
                                  s_.tokens[j - 1].kind == TokenKind::Word && !s_.tokens[j - 1].capitalized;
                 ++skipped)
                --j;
            if (j > s_.sentence.first && s_.tokens[j - 1].kind == TokenKind::Possessive) --j;
            int owner = j > s_.sentence.first ? c_.mention_at(j - 1) : -1;
            if (owner >= 0 && s_.mentions[static_cast<std::size_t>(owner)].kind == MentionKind::Name) m = owner;
        }
        // "Home Affairs spokesman N" with no party before it: a portfolio, no body.
        const Mention& body = s_.mentions[static_cast<std::size_t>(m)];
        if (body.kind == MentionKind::Name && body.type == EntityType::Unknown && s_.tokens[body.last - 1].lower == "affairs")
            return -1;
        int e = s_.entity(static_cast<std::size_t>(m));
        // "Margaret Thatcher's former press secretary": a name of no known
        // type and of two words or more, as a possessor, is likelier a person's.
        if (e >= 0 && s_.entities[static_cast<std::size_t>(e)].type == EntityType::Unknown && body.kind == MentionKind::Name &&
            body.last - body.first >= 2 && body.last < s_.sentence.last && s_.tokens[body.last].kind == TokenKind::Possessive)
            return -1;
        return e >= 0 && is_speaker_body(s_.entities[static_cast<std::size_t>(e)]) ? e : -1;
    }

    // "A spokeswoman for the Pennsylvania Democrats, Stacey Witalec, said":
    // the name after an indefinite title and its organisation.
    void named_after_body() {
        for (std::uint32_t i = s_.sentence.first + 1; i + 3 < s_.sentence.last; ++i) {
            std::string_view det = s_.tokens[i - 1].lower;
            if (!s_.tokens[i].is(WordClass::SpokespersonTitle) || (det != "a" && det != "an" && det != "the")) continue;
            std::string_view prep = s_.tokens[i + 1].lower;
            if (prep != "for" && prep != "of") continue;
            std::uint32_t k = i + 2;
            if (s_.tokens[k].lower == "the") ++k;
            int body = c_.mention_at(k);
            if (body < 0) continue;
            std::uint32_t after = s_.mentions[static_cast<std::size_t>(body)].last;
            if (after + 1 >= s_.sentence.last || s_.tokens[after].lower != ",") continue;
            // "..., Lt. Col. David Cohen,": a title may open the name.
            int name = c_.mention_at(after + 1);
            for (std::size_t m = 0; name < 0 && m < s_.mentions.size(); ++m)
                if (s_.mentions[m].first > after + 1 && c_.start_of(static_cast<int>(m)) == after + 1) name = static_cast<int>(m);
            if (name < 0) continue;
            const Mention& n = s_.mentions[static_cast<std::size_t>(name)];
            int org = s_.entity(static_cast<std::size_t>(body)), person = s_.entity(static_cast<std::size_t>(name));
            if (org < 0 || person < 0 || n.kind != MentionKind::Name || n.last - n.first < 2 ||
                !is_speaker_body(s_.entities[static_cast<std::size_t>(org)]))
                continue;
            emit(person, org, n, kAppositionConfidence, "title-for-name");
        }
    }

    bool ends_phrase(std::uint32_t k) const {
        if (k >= s_.sentence.last) return true;
        std::string_view w = s_.tokens[k].lower;
        // "the Chinese embassy in Washington,": where the body sits ends it too.
        if (w == "in" && k + 1 < s_.sentence.last) {
            int place = c_.mention_at(k + 1);
            if (place >= 0) return ends_phrase(s_.mentions[static_cast<std::size_t>(place)].last);
        }
        return w == "," || w == "." || w == "and" || w == ")" || s_.tokens[k].is(WordClass::SpeechVerb) ||
               s_.tokens[k].kind == TokenKind::Quote;
    }

    // "N, the ministry's spokesman", "N, a spokeswoman for O", "N, spokesman
    // of O", "N, official representative of O", "N, who speaks for O".
    void apposition(std::size_t m, int person) {
        std::uint32_t k = s_.mentions[m].last;
        if (k >= s_.sentence.last || s_.tokens[k].lower != ",") return;
        if (k + 4 < s_.sentence.last && s_.tokens[k + 1].lower == "who" &&
            s_.tokens[k + 2].is(WordClass::SpeaksFor) && s_.tokens[k + 3].lower == "for") {
            int body = c_.mention_at(s_.tokens[k + 4].lower == "the" ? k + 5 : k + 4);
            int org = body >= 0 ? s_.entity(static_cast<std::size_t>(body)) : -1;
            if (org >= 0 && is_speaker_body(s_.entities[static_cast<std::size_t>(org)]))
                emit(person, org, s_.mentions[m], kAppositionConfidence, "speaks-for");
            return;
        }
        // "N, the Liberal Democrats' foreign affairs spokesman,": a body of two words and a portfolio of two.
        for (std::uint32_t j = k + 1; j < s_.sentence.last && j < k + 9; ++j) {
            if (s_.tokens[j].lower == ",") return;
            // "official representative": a title of two words.
            bool title = s_.tokens[j].is(WordClass::SpokespersonTitle);
            if (!title && j + 1 < s_.sentence.last && s_.tokens[j].is(WordClass::TitleFirstWord) &&
                s_.lex.is(std::string(s_.tokens[j].lower) + " " + std::string(s_.tokens[j + 1].lower), WordClass::SpokespersonTitle)) {
                title = true;
                ++j;
            }
            if (!title) continue;
            // "... by Prime Minister N, a Treasury spokesman said": the speaker
            // clause, no apposition; but `"...," N, a T-Mobile spokesperson
            // said` opens the speaker clause with N.
            std::uint32_t name_first = s_.mentions[m].first;
            bool opens_clause = name_first == s_.sentence.first ||
                                s_.tokens[name_first - 1].kind == TokenKind::Quote;
            if (!opens_clause && j + 1 < s_.sentence.last &&
                (s_.tokens[j + 1].is(WordClass::SpeechVerb) || s_.tokens[j + 1].is(WordClass::Auxiliary)))
                return;
            // "... Chairman N, a spokesman for the bank said": the same, after
            // the body; not "..., N, spokesman for the union said", a title bare of its article.
            bool article = is_determiner(s_.tokens[j - 1].lower);
            for (std::uint32_t v = j + 1; !opens_clause && article && v < s_.sentence.last && v < j + 7 && s_.tokens[v].lower != ",";
                 ++v)
                if (s_.tokens[v].is(WordClass::SpeechVerb)) return;
            int org = body_before(j);
            if (org < 0) {
                if (j + 1 < s_.sentence.last && (s_.tokens[j + 1].lower == "for" || s_.tokens[j + 1].lower == "of")) {
                    int direct = c_.mention_at(j + 2) >= 0 ? c_.mention_at(j + 2) : c_.mention_at(j + 3);
                    // "a spokesman for the campaign group Liberty": the name after the noun that says what it is.
                    for (std::uint32_t c = j + 3; direct < 0 && c < j + 5 && c + 1 < s_.sentence.last && c_.is_common_noun(c); ++c)
                        if (s_.tokens[c].is(WordClass::BodyClassifier)) direct = c_.mention_at(c + 1);
                    // "a spokesman for Missouri Representative X's campaign": the
                    // organisation is a whole phrase of its own; "the Bush-Cheney
                    // campaign", "the Acme press office": a name before its head nouns.
                    if (direct >= 0) {
                        const std::uint32_t name_end = s_.mentions[static_cast<std::size_t>(direct)].last;
                        std::uint32_t after = name_end;
                        while (after < s_.sentence.last && after < name_end + 3 && c_.mention_at(after) < 0 &&
                               c_.is_common_noun(after) && !s_.tokens[after].is(WordClass::Title))
                            ++after;
                        // "the United Steelworkers of America local 480": a union's branch by its number.
                        if (after > name_end && after < s_.sentence.last && s_.tokens[after].kind == TokenKind::Number) ++after;
                        if (!ends_phrase(after)) direct = -1;
                    }
                    if (direct >= 0) {
                        int e = s_.entity(static_cast<std::size_t>(direct));
                        if (e >= 0 && is_speaker_body(s_.entities[static_cast<std::size_t>(e)])) org = e;
                    }
                }
            }
            if (org >= 0) emit(person, org, s_.mentions[m], kAppositionConfidence, "apposition");
            return;
        }
    }

    void emit(int person, int org, const Mention& at, double confidence, const char* rule) {
        Relation r;
        r.sentence = s_.index;
        r.subject = person;
        r.relation = "spokesperson-of";
        r.object = org;
        r.confidence = confidence;
        r.evidence = s_.sentence.span;
        r.trigger = at.span;
        r.rule = rule;
        out_.push_back(std::move(r));
    }

    const SentenceView& s_;
    ClauseReader c_;
    std::vector<Relation>& out_;
};

}  // namespace

void SpokespersonExtractor::extract(const SentenceView& sentence, std::vector<Relation>& out) const {
    // Every rule above reads a title, or "who speaks for": a sentence with
    // neither needs no reading of its clauses.
    if (!sentence.any_token({WordClass::Title, WordClass::TitleFirstWord, WordClass::SpokespersonTitle, WordClass::SpeaksFor}))
        return;
    SentenceRun(sentence, out).run();
}

}  // namespace newsgraph
