#include "mentions.h"

#include <algorithm>

#include "utf8.h"

namespace newsgraph {

namespace {

bool is_word(const Token& t) { return t.kind == TokenKind::Word; }

// The lower-case particles inside names: "Ludwig van Beethoven", "Juan de la Cruz", "Osama bin Laden".
bool is_name_particle(std::string_view w) {
    if (w.size() < 2 || w.size() > 3) return false;
    return word_in(w, "van", "von", "der", "den", "de", "del", "la", "le", "da", "di", "du", "dos", "los", "las", "al",
                   "bin", "ibn");
}

// The classes of a word that can start a mention of Context::run.
constexpr WordClasses kStartClasses{WordClass::TitleFirstWord, WordClass::NameFirstWord, WordClass::Pronoun,
                                    WordClass::BodyFirstWord, WordClass::Description};

// Upper-cases the first letter of each word: "foreign ministry" -> "Foreign Ministry".
std::string title_case(std::string_view folded) {
    std::string out;
    bool start = true;
    for (char c : folded) {
        out += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
        start = c == ' ';
    }
    return out;
}

std::string join_lower(const std::vector<Token>& tokens, std::uint32_t a, std::uint32_t b) {
    std::string key;
    for (std::uint32_t i = a; i < b; ++i) {
        if (i > a) key += ' ';
        key += tokens[i].lower;
    }
    return key;
}

// The surface of tokens [a, b) with typographic punctuation made ASCII and
// runs of spaces folded: the printable form of a name.
std::string surface(std::string_view text, const std::vector<Token>& tokens, std::uint32_t a, std::uint32_t b) {
    std::string out;
    if (a < b) out.reserve(tokens[b - 1].span.end - tokens[a].span.begin);
    for (std::uint32_t i = a; i < b; ++i) {
        if (i > a && tokens[i].span.begin > tokens[i - 1].span.end) out += ' ';
        append_ascii_punctuation(out, tokens[i].span.of(text));
    }
    return out;
}

struct Context {
    std::string_view text;
    const std::vector<Token>& tokens;
    const Sentence& sentence;
    const Lexicon& lex;
    const KnownNames& known_names;
    const BodyNames* body_names = nullptr;
    bool headline = false;  // capitals say nothing: only the gazetteers' and the body's names count
    std::vector<Mention> out;
    mutable std::vector<std::uint32_t> run_ends;  // per token of the sentence: where its run ends, 0 until known
    mutable std::vector<std::int8_t> name_words;  // per token of the sentence: is_name_word, -1 until known

    const Token* at(std::uint32_t i) const { return i >= sentence.first && i < sentence.last ? &tokens[i] : nullptr; }
    std::string_view str(std::uint32_t i) const { return i < sentence.last ? std::string_view(tokens[i].lower) : ""; }

    // Longest gazetteer phrase at i: its length in tokens, 0 when none.
    std::uint32_t match_name(std::uint32_t i, const NameEntry** entry) const {
        if (i >= sentence.last || !tokens[i].is(WordClass::NameFirstWord)) return 0;
        std::uint32_t longest = 0;
        std::string key;
        for (std::uint32_t n = 1; n <= lex.longest_name && i + n <= sentence.last; ++n) {
            if (n > 1) key += ' ';
            key += tokens[i + n - 1].lower;
            if (const NameEntry* e = lex.find_name(key)) {
                *entry = e;
                longest = n;
            }
            if (!lex.is(key, WordClass::NameStem)) break;  // no longer name starts so
        }
        if (!longest) return 0;
        // A name is written with a capital: "us" is a pronoun, "US" a country.
        bool capital = false;
        for (std::uint32_t k = i; k < i + longest; ++k) capital |= tokens[k].capitalized;
        if (!capital) return 0;
        const Token& t = tokens[i];
        if (t.lower == "us" && !t.all_caps) return 0;
        return longest;
    }

    std::uint32_t match_title(std::uint32_t i, TitleRole* role) const {
        if (i >= sentence.last || !tokens[i].is(WordClass::TitleFirstWord)) return 0;
        std::uint32_t longest = 0;
        std::string key;
        for (std::uint32_t n = 1; n <= lex.longest_title && i + n <= sentence.last; ++n) {
            if (n > 1) key += ' ';
            key += tokens[i + n - 1].lower;
            if (WordClasses classes = lex.classes_of(key); classes.has(WordClass::Title)) {
                *role = classes.has(WordClass::SpokespersonTitle) ? TitleRole::Spokesperson : TitleRole::Official;
                longest = n;
            }
        }
        return longest;
    }

    // Capitalised as a name: Reuters writes "U.S. Warships shelled", with
    // the common word after an abbreviation capitalised.
    bool capitalized(std::uint32_t i) const {
        const Token& t = tokens[i];
        if (!t.capitalized) return false;
        if (i > sentence.first && !t.all_caps) {
            std::string_view prev = tokens[i - 1].span.of(text);
            bool after_abbreviation = prev.size() > 1 && prev.back() == '.';
            if (after_abbreviation && (t.is(WordClass::Trigger) || t.is(WordClass::GroupNoun) || t.is(WordClass::StateForce) ||
                                       t.is(WordClass::Description) || t.is(WordClass::SpeechVerb) ||
                                       t.is(WordClass::Auxiliary) || t.is(WordClass::NonName)))
                return false;
        }
        return true;
    }

    bool sentence_initial(std::uint32_t i) const {
        std::uint32_t k = sentence.first;
        while (k < i && (tokens[k].kind == TokenKind::Quote || tokens[k].kind == TokenKind::Punct)) ++k;
        return k == i;
    }

    // A capitalised word that may be part of a name. The rules that extend a
    // run ask again about the words they look past: each is worked out once.
    bool is_name_word(std::uint32_t i) const {
        if (i < sentence.first || i >= sentence.last) return false;
        if (name_words.empty()) name_words.assign(sentence.last - sentence.first, -1);
        std::int8_t& known = name_words[i - sentence.first];
        if (known < 0) known = find_name_word(i);
        return known;
    }

    bool find_name_word(std::uint32_t i) const {
        const Token* t = at(i);
        if (!t || !is_word(*t) || !capitalized(i)) return false;
        // "Friday", "March"; but "the Sunday Times": a day opening a newspaper's name.
        if (t->is(WordClass::NonName))
            return i + 1 < sentence.last && capitalized(i + 1) && tokens[i + 1].is(WordClass::MediaWord);
        // "PCs", "ATMs": the plural of an abbreviation is a common noun.
        if (std::string_view w = t->span.of(text); w.size() >= 3 && w.back() == 's' &&
                                                   std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; }))
            return false;
        if (lex.non_name_prefix_starts.find(t->lower[0]) != std::string::npos)
            for (const std::string& prefix : lex.non_name_prefixes)
                if (t->lower.rfind(prefix, 0) == 0) return false;  // "CVE-2016-7201": an identifier, no actor
        // "American-flagged", "Saudi-led": a compound adjective, no name.
        if (std::size_t dash = t->lower.rfind('-'); dash != std::string::npos && dash + 1 < t->lower.size()) {
            std::string_view rest = text.substr(t->span.begin, t->span.size());
            std::size_t raw_dash = rest.rfind('-');
            if (raw_dash != std::string_view::npos && raw_dash + 1 < rest.size() && rest[raw_dash + 1] >= 'a' &&
                rest[raw_dash + 1] <= 'z')
                return false;
        }
        TitleRole role;
        if (std::uint32_t n = match_title(i, &role)) {
            // "Foreign Minister Ana Ruiz": a title before a name ends the run;
            // "Supermarkets General executives": with no name after it, the
            // title word belongs to the name before it.
            // Not "the Tory Leader", "the Russian President": a known name's title.
            bool inside = i > sentence.first && tokens[i - 1].kind == TokenKind::Word && tokens[i - 1].capitalized &&
                          !tokens[i - 1].is(WordClass::NonName) && !match_title(i - 1, &role) &&
                          !(tokens[i - 1].is(WordClass::NameFirstWord) && lex.find_name(tokens[i - 1].lower));
            const Token* after = at(i + n);
            // "General Motors", "General Dynamics Corp": a title word opening
            // a company's name is part of it; not "Deputy State Department
            // spokeswoman", a title before a state body.
            if (n == 1 && !inside && after && is_word(*after) && after->capitalized && is_name_word(i + 1)) {
                std::uint32_t end = run_end(i + 1);
                bool state_body = false;
                for (std::uint32_t k = i + 1; k < end; ++k) state_body |= tokens[k].is(WordClass::StateBody) > 0;
                if (!state_body && has_org_head(i + 1, end)) return true;
            }
            return inside && n == 1 && !(after && is_word(*after) && after->capitalized);
        }
        return true;
    }

    // "Minister of State for Security Ben Wallace", "Minister of Foreign
    // Affairs Ana Ruiz": the portfolio after a title is part of it, and the
    // name is the last two words of a capitalised run of three or more.
    // Returns where the name starts; j when no portfolio follows, or when it
    // is a known name ("President of Peru Ana Ruiz" keeps Peru a mention).
    std::uint32_t past_portfolio(std::uint32_t j) const {
        while (str(j) == "of" || str(j) == "for") {
            std::uint32_t k = j + 1;
            if (str(k) == "the") ++k;
            const NameEntry* e = nullptr;
            if (!is_name_word(k) || match_name(k, &e)) return j;
            std::uint32_t end = k;
            while (is_name_word(end)) ++end;
            if (str(end) == "of" || str(end) == "for") {
                j = end;
                continue;
            }
            // "Minister for Foreign Affairs Rene van der Linden": a particle
            // after the run, or a capitalised one inside it ("Rene Van Der
            // Linden"), has one given name before it.
            if (is_name_particle(str(end))) return end - k >= 2 ? end - 1 : j;
            for (std::uint32_t p = k + 2; p + 1 < end; ++p)
                if (is_name_particle(str(p))) return p - 1;
            // "president of Advanced Voice": two words are the body, not a name.
            return end - k >= 3 ? end - 2 : j;
        }
        return j;
    }

    // The longest title that ends at token i ("prime minister" for
    // "the prime minister"), folded; empty when none.
    std::string title_ending_at(std::uint32_t i) const {
        TitleRole role;
        for (std::uint32_t start = i >= sentence.first + 3 ? i - 3 : sentence.first; start <= i; ++start)
            if (match_title(start, &role) == i + 1 - start) return join_lower(tokens, start, i + 1);
        return "";
    }

    static int number_word(std::string_view w) {
        static constexpr std::string_view words[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        for (int n = 0; n < 9; ++n)
            if (w == words[n]) return n + 2;
        return 0;
    }

    // "the three men", "the two defendants", "both men", "the pair": people
    // counted, named before; "the two companies", "the firms": companies.
    // Sets `end` past the phrase and `type` to the parties', and returns how
    // many (Mention::kEveryone for "the defendants", "the firms"), 0 when
    // there is no such phrase.
    int counted_parties(std::uint32_t i, std::uint32_t* end, EntityType* type) const {
        *type = EntityType::Person;
        // Asked at every "the": its tests compare inline.
        const std::string_view next = str(i + 1);
        const bool the = word_is(str(i), "the"), both = !the && word_is(str(i), "both");
        if (!the && !both) return 0;
        *end = i + 2;
        if (the && word_in(next, "pair", "duo")) return 2;
        if (the && word_is(next, "trio")) return 3;
        // "the Greek pair": a nationality between.
        if (const NameEntry* e = nullptr; the && capitalized(i + 1))
            if (std::uint32_t n = match_name(i + 1, &e); n && e->role == NameRole::Adjective) {
                std::string_view noun = str(i + 1 + n);
                if (word_in(noun, "pair", "duo", "trio")) {
                    *end = i + 2 + n;
                    return word_is(noun, "trio") ? 3 : 2;
                }
            }
        // "the defendants", "the suspects": everyone of the list named before.
        if (the && word_in(next, "defendants", "suspects")) return Mention::kEveryone;
        int count = both ? 2 : number_word(next);
        std::uint32_t noun = both || !count ? i + 1 : i + 2;
        if (noun >= sentence.last || tokens[noun].capitalized) return 0;
        std::string_view w = tokens[noun].lower;
        if (w.size() < 3 || (w.back() != 's' && w != "men" && w != "women")) return 0;
        // "men", "companies", "firms": the singular, in a buffer only where a letter changes.
        std::string changed = w == "men" ? "man" : w == "women" ? "woman" : "";
        if (changed.empty() && w.ends_with("ies")) changed = std::string(w.substr(0, w.size() - 3)) + "y";
        auto d = lex.descriptions.find(changed.empty() ? w.substr(0, w.size() - 1) : std::string_view(changed));
        if (d == lex.descriptions.end() || (d->second != EntityType::Person && d->second != EntityType::Organization)) return 0;
        // People are counted ("the two men"); companies may be too, or be all of a list ("the firms").
        if (!count && d->second == EntityType::Person) return 0;
        *type = d->second;
        *end = noun + 1;
        return count ? count : Mention::kEveryone;
    }

    // End of the capitalised run that starts at i ("Atomic Energy Organization of Iran").
    // Each start is worked out once: the rules that look past a word
    // ("and", "'s", "News") ask for the run after it, and in a long run of
    // capitalised words those requests would nest without end.
    std::uint32_t run_end(std::uint32_t i) const {
        if (i >= sentence.last) return i;
        if (run_ends.empty()) run_ends.assign(sentence.last - sentence.first, 0);
        std::uint32_t& known = run_ends[i - sentence.first];
        if (known == 0) known = find_run_end(i);
        return known;
    }

    bool joins_name_words(std::uint32_t k) const {
        return k + 1 < sentence.last && word_in(str(k), ".", "/") && tokens[k].span.begin == tokens[k - 1].span.end &&
               tokens[k + 1].span.begin == tokens[k].span.end && is_name_word(k + 1);
    }

    std::uint32_t find_run_end(std::uint32_t i) const {
        std::uint32_t end = i;
        while (end < sentence.last) {
            if (is_name_word(end)) {
                ++end;
                continue;
            }
            // "Trojan.Android/Spy.Banker.HU": a stop or slash touching name words on both sides joins them.
            if (end > i && joins_name_words(end)) {
                end += 2;
                continue;
            }
            // "Unit 42", "APT 28": a short number inside a name.
            if (end > i && tokens[end].kind == TokenKind::Number && tokens[end].lower.size() <= 4 &&
                tokens[end].lower.find_first_not_of("0123456789") == std::string::npos) {
                ++end;
                continue;
            }
            // "European People's Party", "Kurdistan Workers' Party": a possessive inside a body's name;
            // not "Bally Manufacturing Corp's Scientific Games Inc", a company's owner.
            if (end > i && tokens[end].kind == TokenKind::Possessive && is_name_word(end + 1) &&
                !tokens[end - 1].is(WordClass::OrgHead)) {
                std::uint32_t rest = run_end(end + 1);
                if (has_org_head(end + 1, rest)) {
                    end = rest;
                    continue;
                }
            }
            // "Christine May", "Brian March": a month's name after a first name is a surname.
            if (end > i && capitalized(end) && !tokens[end].all_caps && lex.cleanup.months.count(tokens[end].lower) &&
                !tokens[end - 1].all_caps && (end + 1 >= sentence.last || tokens[end + 1].kind != TokenKind::Number)) {
                ++end;
                continue;
            }
            // "Baker International corp said": an abbreviated legal form ends a name, in any case.
            if (end > i && !capitalized(end) && tokens[end].is(WordClass::LegalForm) && tokens[end].lower.size() <= 5)
                return end + 1;
            std::string_view w = str(end);
            // "Korean Central News Agency": a capitalised common word inside a body's name.
            if (end > i && capitalized(end) && is_word(tokens[end]) && tokens[end].is(WordClass::NonName) && is_name_word(end + 1) &&
                has_org_head(end + 1, run_end(end + 1))) {
                ++end;
                continue;
            }
            // "Securities and Exchange Commission": "and" inside an organisation's name;
            // not "FMC and Goldman Sachs and Co" nor "Boyd Jefferies and Jefferies Group Inc", two names.
            // Not "Martin T. Sosnoff and MTS Acquisition Corp": a middle initial
            // makes a person's name, unless only a legal form follows ("Frank B. Hall and Co Inc").
            // Nor "Altria Group, RJ Reynolds Tobacco and Liggett Group": after a list's
            // comma, "and" links its last names, unless a word and a legal form
            // close the name ("Goodyear Tire and Rubber Co").
            if (word_is(w, "and") && end > i && is_name_word(end + 1) && !has_org_word(i, end) &&
                (!has_initial(i, end) || tokens[end + 1].is(WordClass::LegalForm))) {
                std::uint32_t rest = run_end(end + 1);
                bool in_list = i > sentence.first + 1 && str(i - 1) == "," && capitalized(i - 2) &&
                               !(rest == end + 3 && tokens[end + 2].is(WordClass::LegalForm));
                bool another_and = std::any_of(tokens.begin() + end + 1, tokens.begin() + rest,
                                               [](const Token& t) { return t.lower == "and"; });
                bool repeated = end - i >= 2 && tokens[end - 1].lower == tokens[end + 1].lower;  // a person and his firm
                // "Reynolds and Reynolds", "Johnson and Johnson": one word twice is one company.
                bool twice = end - i == 1 && rest == end + 2 && tokens[i].lower == tokens[end + 1].lower;
                if ((has_org_head(end + 1, rest) && !another_and && !repeated && !in_list) || twice) {
                    end = rest;
                    continue;
                }
            }
            // "..., Liggett Group and Brown and Williamson": after a list's
            // last "and", "A and B" of two single words is one name.
            if (word_is(w, "and") && end == i + 1 && i >= sentence.first + 3 && str(i - 1) == "and" && is_name_word(end + 1) &&
                !is_name_word(end + 2) && capitalized(i - 2) && !lex.find_name(tokens[i].lower) &&
                !lex.find_name(tokens[end + 1].lower)) {
                end += 2;
                continue;
            }
            bool connector = word_in(w, "&", "of", "for", "und", "without") || is_name_particle(w);
            // "Medical Foundation for the Care of Victims of Torture", "Ministry
            // of the Interior": after a body's head word, "the" goes on with its name.
            if (word_in(w, "of", "for") && end > i && str(end + 1) == "the" && !capitalized(end + 1) && is_name_word(end + 2) &&
                has_org_word(i, end) && !country_name_at(end + 2)) {
                end += 2;
                continue;
            }
            if (connector && end > i && is_name_word(end + 1)) {
                // "United Steelworkers of America": a plural before "of" and a
                // country names a body as surely as a head word does.
                bool body_of_country = w == "of" && end - i >= 2 && tokens[end - 1].lower.ends_with('s') &&
                                       !tokens[end - 1].all_caps && country_name_at(end + 1);
                if ((w == "of" || w == "for") && !has_org_word(i, end) && !body_of_country) break;
                ++end;
                continue;
            }
            // "Rene van der Linden", "Juan de la Cruz": particles in a row.
            if (end > i && is_name_particle(w) && is_name_particle(str(end + 1)) && is_name_word(end + 2)) {
                end += 2;
                continue;
            }
            break;
        }
        return end;
    }

    // A country's own name (not its adjective nor capital) starts at i.
    bool country_name_at(std::uint32_t i) const {
        const NameEntry* e = nullptr;
        return match_name(i, &e) && e->type == EntityType::Country && e->role == NameRole::Name;
    }

    bool has_initial(std::uint32_t a, std::uint32_t b) const {
        for (std::uint32_t k = a; k < b; ++k)
            if (tokens[k].lower.size() == 2 && tokens[k].lower[1] == '.' && capitalized(k)) return true;
        return false;
    }

    bool has_org_word(std::uint32_t a, std::uint32_t b) const {
        for (std::uint32_t k = a; k < b; ++k)
            if (tokens[k].is(WordClass::OrgHead)) return true;
        return false;
    }

    bool has_org_head(std::uint32_t a, std::uint32_t b) const {
        for (std::uint32_t k = a; k < b; ++k)
            if (tokens[k].is(WordClass::OrgHead) && (k + 1 == b || tokens[k + 1].lower == "of" || tokens[k + 1].lower == "for"))
                return true;
        return false;
    }

    Mention make(std::uint32_t a, std::uint32_t b, MentionKind kind, EntityType type, std::string name) const {
        Mention m;
        m.first = a;
        m.last = b;
        m.span = Span{tokens[a].span.begin, tokens[b - 1].span.end};
        m.kind = kind;
        m.type = type;
        m.name = std::move(name);
        m.after_preposition = a > sentence.first && tokens[a - 1].is(WordClass::Preposition) > 0;
        m.after_quote = a > sentence.first && tokens[a - 1].kind == TokenKind::Quote;
        m.unbound = kind == MentionKind::Name && tokens[a].is(WordClass::Platform);
        return m;
    }

    // An organisation name: strips a leading or trailing country ("Iranian",
    // "of Iran") into `country`, maps variant names to the canonical form and
    // puts the country's adjective in front.
    Mention make_organization(std::uint32_t a, std::uint32_t b, int country) const {
        std::uint32_t core_a = a, core_b = b;
        const NameEntry* e = nullptr;
        // "Iranian Foreign Ministry": the adjective is the country's; a name
        // that starts with the country's name ("United States Anti-Doping
        // Agency") keeps it, with the country noted.
        if (std::uint32_t n = match_name(a, &e);
            n && n < b - a && e->country >= 0 && e->type == EntityType::Country && e->role != NameRole::Capital) {
            country = e->country;
            if (e->role == NameRole::Adjective) core_a = a + n;
        }
        // "Ministry of Foreign Affairs of Peru", "Atomic Energy Organization of
        // Iran": a state body carries its country; "Bank of America" keeps its name.
        bool state_body = false;
        for (std::uint32_t k = core_a; b >= 2 && k < b - 2; ++k) state_body |= tokens[k].is(WordClass::StateBody) > 0;
        if (b - core_a > 2 && tokens[b - 2].lower == "of" && state_body)
            if (match_name(b - 1, &e) == 1 && e->country >= 0 && e->type == EntityType::Country) {
                country = e->country;
                core_b = b - 2;
            }
        std::string core = surface(text, tokens, core_a, core_b);
        if (auto syn = lex.org_synonyms.find(join_lower(tokens, core_a, core_b)); syn != lex.org_synonyms.end())
            core = syn->second;
        else if (!tokens[core_a].capitalized)
            core = title_case(join_lower(tokens, core_a, core_b));
        Mention m = make(a, b, MentionKind::Name, EntityType::Organization, core);
        m.country = country;
        if (country >= 0 && (core_a != a || core_b != b || core != surface(text, tokens, core_a, core_b))) {
            const Country& c = lex.countries[static_cast<std::size_t>(country)];
            // "U.S. Defense Department" -> "US Defense Department", but
            // "American Motors" keeps the adjective it was named with.
            std::string adjective = c.qualifier();
            if (core_a != a) {
                std::string written = surface(text, tokens, a, core_a);
                auto bare = [](std::string w) { return std::erase(w, '.'), w; };
                if (bare(written) != bare(adjective)) adjective = written;
            }
            m.name = adjective + " " + core;
            m.qualified = true;
        }
        return m;
    }

    // What a country name or adjective at [a, b) qualifies: a group
    // ("Iranian hackers"), an organisation ("Iranian Foreign Ministry"), or
    // nothing. Returns the end of the mention it made, 0 when none.
    std::uint32_t qualify(std::uint32_t a, std::uint32_t b, const NameEntry& e) {
        // "Chinese state-backed hackers", "Russian government-linked groups":
        // an affiliation compound between the country and the group.
        bool sponsored = b + 1 < sentence.last && !capitalized(b) && affiliation_compound(tokens[b].lower);
        if (sponsored) ++b;
        // "a Russian state-sponsored group", "an Iranian hacking group": the country's hackers.
        std::uint32_t head = b;
        bool hacking = head < sentence.last && (tokens[head].lower == "hacking" || tokens[head].lower == "cyber" ||
                                                tokens[head].lower == "cyber-espionage");
        if (hacking) ++head;
        if ((sponsored || hacking) && head < sentence.last && !capitalized(head) && tokens[head].is(WordClass::CollectiveHead)) {
            const Country& c = lex.countries[static_cast<std::size_t>(e.country)];
            Mention m = make(a, head + 1, MentionKind::Name, EntityType::Group, c.qualifier() + " hackers");
            m.country = e.country;
            out.push_back(std::move(m));
            return head + 1;
        }
        // "Russian state hackers", "Iranian military hackers": the group, of the country.
        if (b + 1 < sentence.last && !capitalized(b) && (tokens[b].lower == "state" || tokens[b].is(WordClass::StateForce)) &&
            !capitalized(b + 1) && tokens[b + 1].is(WordClass::WrongdoerNoun) && tokens[b + 1].is(WordClass::GroupNoun))
            ++b;
        // "Iranian naval forces", "U.S. Naval forces" (capitalised after the
        // abbreviation), "US special forces": one word before the force.
        if (b + 1 < sentence.last && tokens[b + 1].is(WordClass::StateForce) && !capitalized(b + 1) &&
            (plain_lower_word(b) ||
             (is_word(tokens[b]) && !tokens[b].all_caps && tokens[b - 1].lower.ends_with('.') && !lex.find_name(tokens[b].lower))))
            ++b;
        // "the U.S. government", "Iraqi warplanes", "British troops": the state acts.
        if (b < sentence.last && tokens[b].is(WordClass::StateForce) && !capitalized(b)) {
            const Country& c = lex.countries[static_cast<std::size_t>(e.country)];
            Mention m = make(a, b + 1, MentionKind::Name, EntityType::Country, c.name);
            m.country = e.country;
            out.push_back(std::move(m));
            return b + 1;
        }
        if (b < sentence.last && tokens[b].is(WordClass::GroupNoun) && !capitalized(b)) {
            const Country& c = lex.countries[static_cast<std::size_t>(e.country)];
            Mention m = make(a, b + 1, MentionKind::Name, EntityType::Group,
                             c.qualifier() + " " + std::string(tokens[b].lower));
            m.country = e.country;
            out.push_back(std::move(m));
            return b + 1;
        }
        if (!headline && is_name_word(b)) {
            std::uint32_t end = run_end(b);
            if (has_org_head(b, end)) {
                out.push_back(make_organization(a, end, e.country));
                return end;
            }
        }
        // "the Chilean Justice Department": another country's body of the same name is this country's.
        if (const NameEntry* body = nullptr; !headline && capitalized(b) && match_name(b, &body)) {
            std::uint32_t end = b + match_name(b, &body);
            if (body->type == EntityType::Organization && body->country >= 0 && body->country != e.country &&
                has_org_head(b, end)) {
                out.push_back(make_organization(a, end, e.country));
                return end;
            }
        }
        // "the Iranian foreign ministry", "a Russian defence ministry spokesman".
        if (std::uint32_t end = lower_case_body(b, true)) {
            out.push_back(make_organization(a, end, e.country));
            return end;
        }
        return 0;
    }

    // A body of org_names.tsv written in lower case ("foreign ministry";
    // after a country's adjective also one word: "the Chinese embassy")
    // starting at `i`: its end, or 0.
    std::uint32_t lower_case_body(std::uint32_t i, bool after_country = false) const {
        if (!tokens[i].is(WordClass::BodyFirstWord)) return 0;
        for (std::uint32_t k = i; k < sentence.last && k < i + 4 && (plain_lower_word(k) || (k == i && i == sentence.first)); ++k)
            if ((k > i || after_country) && lex.org_synonyms.count(join_lower(tokens, i, k + 1))) return k + 1;
        return 0;
    }

    // "the state supply body, Gossnab,": the description word at i opens a
    // phrase of lower-case words that the name after its comma renames.
    bool renamed_phrase(std::uint32_t i) const {
        std::uint32_t end = i + 1;
        while (end < sentence.last && end < i + 4 && plain_lower_word(end) && !tokens[end].is(WordClass::Title)) ++end;
        return end > i + 1 && end + 1 < sentence.last && str(end) == "," && is_name_word(end + 1);
    }

    // A lower-case content word: no verb, preposition, pronoun or function word.
    bool plain_lower_word(std::uint32_t k) const {
        const Token& t = tokens[k];
        if (!is_word(t) || capitalized(k)) return false;
        for (WordClass c : {WordClass::Preposition, WordClass::Auxiliary, WordClass::Trigger, WordClass::SpeechVerb,
                            WordClass::AgentVerb, WordClass::Pronoun, WordClass::Negation, WordClass::Hedge})
            if (t.is(c)) return false;
        return t.lower != "the" && t.lower != "a" && t.lower != "an" && t.lower != "and" && t.lower != "or";
    }

    // "state-backed", "Kremlin-sponsored", "Saudi-led".
    bool affiliation_compound(std::string_view w) const {
        std::size_t dash = w.rfind('-');
        if (dash == std::string_view::npos || dash == 0) return false;
        std::string_view affiliation = w.substr(dash + 1);
        return lex.is(affiliation, WordClass::Affiliation) || affiliation == "led";
    }

    // "Kremlin-backed hackers", "Russian-backed separatists", "Saudi-led
    // forces": a known name joined to an affiliation word, before a group
    // or a force, is the sponsor that acts through them. Returns the end, or 0.
    std::uint32_t sponsored_group(std::uint32_t i) {
        std::string_view w = tokens[i].lower;
        if (i + 1 >= sentence.last || capitalized(i + 1) || !affiliation_compound(w)) return 0;
        if (!tokens[i + 1].is(WordClass::GroupNoun) && !tokens[i + 1].is(WordClass::StateForce)) return 0;
        const NameEntry* e = lex.find_name(std::string_view(w).substr(0, w.rfind('-')));
        if (!e || (e->type != EntityType::Country && e->type != EntityType::Organization)) return 0;
        Mention m = e->type == EntityType::Country && e->country >= 0
                        ? make(i, i + 2, MentionKind::Name, EntityType::Country,
                               lex.countries[static_cast<std::size_t>(e->country)].name)
                        : make(i, i + 2, MentionKind::Name, e->type, e->canonical);
        m.country = e->country;
        m.own_side = e->own_side;
        m.armed = e->armed;
        out.push_back(std::move(m));
        return i + 2;
    }

    // "an American-flagged ship", "a Kuwaiti-owned tanker": the country
    // whose flag or owners a hyphenated word names, as its adjective would.
    // Returns the end of the mention it adds, or 0.
    std::uint32_t flag_state(std::uint32_t i) {
        std::string_view w = tokens[i].lower;
        // Asked at every token: the words of flag_word are participles, so a cheap test first.
        if (w.size() < 8 || !w.ends_with("ed")) return 0;
        std::size_t dash = w.rfind('-');
        if (dash == std::string_view::npos || dash == 0 || !lex.is(w.substr(dash + 1), WordClass::FlagWord)) return 0;
        const NameEntry* e = lex.find_name(w.substr(0, dash));
        if (!e || e->type != EntityType::Country || e->country < 0) return 0;
        Mention m = make(i, i + 1, MentionKind::Adjective, EntityType::Country, lex.countries[static_cast<std::size_t>(e->country)].name);
        m.country = e->country;
        out.push_back(std::move(m));
        return i + 1;
    }

    bool malware_cue(std::uint32_t a, std::uint32_t b) const {
        // Not "ESET as Trojan.Android/Spy": the noun opens another name.
        for (std::uint32_t k = b; k < b + 2 && k < sentence.last; ++k)
            if (tokens[k].is(WordClass::MalwareNoun) && !joins_name_words(k + 1)) return true;
        // "known as (the) X", "called X"
        std::uint32_t k = a;
        if (k > sentence.first && tokens[k - 1].lower == "the") --k;
        for (std::uint32_t n = 1; n <= 2 && k >= sentence.first + n; ++n)
            if (lex.is(join_lower(tokens, k - n, k), WordClass::NamingCue)) {
                for (std::uint32_t j = sentence.first; j < k; ++j)
                    if (tokens[j].is(WordClass::MalwareNoun)) return true;
                // "Dubbed X, a variant of Y, the ransomware ...": or just after.
                for (std::uint32_t j = b; j < b + 10 && j < sentence.last; ++j)
                    if (tokens[j].is(WordClass::MalwareNoun)) return true;
            }
        if (names_variant_source(tokens, sentence, a)) return true;
        // "X, a variant of Petya": a variant or a strain is malware's.
        return b + 3 < sentence.last && str(b) == "," && str(b + 1) == "a" &&
               (str(b + 2) == "variant" || str(b + 2) == "strain") && str(b + 3) == "of";
    }

    // "N, who", "N, a spokeswoman for O", "N, vice-chairman of O": a name set
    // off by a person's apposition. Sets `title` to the apposition's title
    // when it is an official's, not a spokesperson's.
    bool apposition_of_person(std::uint32_t a, std::uint32_t b, std::string& title) const {
        if (str(b) != ",") return false;
        if (a > sentence.first && tokens[a - 1].is(WordClass::Preposition)) return false;
        std::uint32_t k = b + 1;
        if (str(k) == "who") return true;
        TitleRole role;
        // "N, official representative of O", "N, vice-chairman of O": a title bare of its article.
        if (std::uint32_t n = match_title(k, &role); n && (role == TitleRole::Spokesperson || word_in(str(k + n), "of", "at"))) {
            if (role == TitleRole::Official) title = join_lower(tokens, k, k + n);
            return true;
        }
        // "N, the Liberal Democrats' foreign affairs spokesman,", "N, Labour's Treasury spokesman,".
        bool possessor = false;
        for (std::uint32_t j = k; j < k + 4 && j < sentence.last && !possessor; ++j) possessor = tokens[j].kind == TokenKind::Possessive;
        if (str(k) != "a" && str(k) != "an" && str(k) != "the" && !possessor) return false;
        for (std::uint32_t j = k + 1; j < k + 8 && j < sentence.last; ++j) {
            if (std::uint32_t n = match_title(j, &role)) {
                if (role == TitleRole::Official) title = join_lower(tokens, j, j + n);
                return true;
            }
            if (str(j) == ",") break;
        }
        return false;
    }

    // "X Y said", "said X Y", "X Y, in turn, said", "quoted X Y as saying":
    // a multi-word name that speaks is a person's.
    bool speaks(std::uint32_t a, std::uint32_t b) const {
        // "..., said X Y": the verb stands behind a comma or a closing quote
        // ("confident X Y was" is no inversion).
        if (a > sentence.first + 1 && (tokens[a - 1].is(WordClass::SpeechVerb) || tokens[a - 1].lower == "quoted") &&
            (tokens[a - 2].lower == "," || tokens[a - 2].kind == TokenKind::Quote))
            return true;
        std::uint32_t k = b;
        if (str(k) == ",") {
            while (k + 1 < sentence.last && k < b + 5 && str(k + 1) != ",") ++k;
            if (str(k + 1) != ",") return false;
            k += 2;
        }
        return k < sentence.last && (tokens[k].is(WordClass::SpeechVerb) || (str(k) == "as" && str(k + 1) == "saying"));
    }

    // "a Los Angeles grand jury", "Miami Beach police": a place's grand jury
    // or police is a body of its own, which charges and has spokesmen (the
    // place is none of that). Returns the end of the mention it adds, or 0.
    // A country's police is the country's, as its army is: not "Israeli police".
    std::uint32_t local_body(std::uint32_t a, std::uint32_t b, int country, bool country_itself) {
        std::uint32_t end = b;
        if (b + 2 <= sentence.last && str(b) == "grand" && str(b + 1) == "jury")
            end = b + 2;
        else if (b < sentence.last && str(b) == "police" && !country_itself)
            end = b + 1;
        if (end == b || tokens[b].capitalized) return 0;
        Mention m = make(a, end, MentionKind::Name, EntityType::Organization, surface(text, tokens, a, end));
        m.country = country;
        out.push_back(std::move(m));
        return end;
    }

    void classify_run(std::uint32_t a, std::uint32_t b) {
        // "the Foundation", "the Association": a lone head word refers back
        // to an organisation named before, it is no name of its own.
        // Its type is the description's where there is one: "the Government" is the country.
        if (b == a + 1 && tokens[a].is(WordClass::OrgHead) && a > sentence.first && str(a - 1) == "the") {
            auto d = lex.descriptions.find(tokens[a].lower);
            EntityType type = d != lex.descriptions.end() ? d->second : EntityType::Organization;
            out.push_back(make(a, b, MentionKind::Description, type, std::string(tokens[a].lower)));
            return;
        }
        if (has_org_head(a, b)) {
            out.push_back(make_organization(a, b, -1));
            return;
        }
        // "the Houthi movement", "the Wagner group", "the Conti ransomware
        // gang": a lower-case head after a short name, across a word of
        // attack, makes it an organisation's.
        std::uint32_t head = b;
        if (head + 1 < sentence.last && !tokens[head].capitalized && tokens[head].is(WordClass::AttackContext)) ++head;
        if (head < sentence.last && b - a <= 3 && !tokens[head].capitalized && is_word(tokens[head]) &&
            tokens[head].is(WordClass::CollectiveHead) && a > sentence.first && str(a - 1) == "the") {
            out.push_back(make(a, head + 1, MentionKind::Name, EntityType::Organization, surface(text, tokens, a, b)));
            return;
        }
        if (local_body(a, b, -1, false)) return;
        EntityType type = EntityType::Unknown;
        std::string title;
        // "the Red Cross, a spokeswoman for Abbott said": a name after "the" is no person's.
        bool definite = a > sentence.first && str(a - 1) == "the";
        // "Trojan.Android/Spy.Banker.HU", "Ransom.Win32.X": a vendor's detection name.
        bool detection = tokens[a].is(WordClass::MalwareNoun) && b - a > 2 && word_in(str(a + 1), ".", "/");
        if (malware_cue(a, b) || detection) type = EntityType::Malware;
        // "Reynolds and Reynolds", "Marsh & McLennan": a name with "and" in it is a firm's.
        else if (std::any_of(tokens.begin() + a, tokens.begin() + b, [](const Token& t) { return t.lower == "and" || t.lower == "&"; }))
            type = EntityType::Organization;
        // "the city of Atlanta", "the town of Midland": a place.
        else if (a >= sentence.first + 2 && str(a - 1) == "of" && tokens[a - 2].is(WordClass::PlaceNoun) && !capitalized(a - 2))
            type = EntityType::Location;
        // "the United Steelworkers of America said": "of" joins a body's name, not a person's.
        // Not "Radio 4": a person's name holds no number.
        else if (b - a >= 2 && b - a <= 4 && !definite &&
                 std::none_of(tokens.begin() + a, tokens.begin() + b,
                              [](const Token& t) { return t.lower == "of" || t.kind == TokenKind::Number; }) &&
                 (apposition_of_person(a, b, title) || speaks(a, b)))
            type = EntityType::Person;
        else if (b - a == 1 && tokens[a].all_caps && tokens[a].lower.size() >= 2) type = EntityType::Organization;
        // "its unit Gazpromneft", "cybersecurity firm FireEye": the noun says what it is.
        else if (a > sentence.first && !capitalized(a - 1) && tokens[a - 1].is(WordClass::BodyClassifier))
            type = EntityType::Organization;
        Mention m = make(a, b, MentionKind::Name, type, surface(text, tokens, a, b));
        m.title_word = std::move(title);
        out.push_back(std::move(m));
    }

    // "NEC SUES SEIKO EPSON": the longest run of words at i that the body
    // names; its length, 0 when none.
    std::uint32_t body_name(std::uint32_t i) {
        // The gazetteers' names ("NORWAY", "KREMLIN") are found as elsewhere, with all they know.
        if (const NameEntry* known = nullptr; !body_names || match_name(i, &known)) return 0;
        std::string key;
        std::uint32_t longest = 0;
        const BodyName* found = nullptr;
        for (std::uint32_t n = 1; n <= 6 && i + n <= sentence.last && is_word(tokens[i + n - 1]); ++n) {
            if (n > 1) key += ' ';
            key += tokens[i + n - 1].lower;
            if (auto it = body_names->find(key); it != body_names->end()) {
                longest = n;
                found = &it->second;
            }
        }
        if (found) out.push_back(make(i, i + longest, MentionKind::Name, found->type, found->name));
        return longest;
    }

    void run() {
        std::uint32_t i = sentence.first;
        while (i < sentence.last) {
            const Token& t = tokens[i];
            if (!is_word(t)) {
                // "(NSAC)" right after a name: an acronym of it.
                if (word_is(t.span.of(text), "(") && i + 2 < sentence.last && word_is(tokens[i + 2].span.of(text), ")") &&
                    tokens[i + 1].all_caps && !out.empty() && out.back().last == i &&
                    out.back().kind == MentionKind::Name) {
                    Mention m = make(i + 1, i + 2, MentionKind::Name, out.back().type, surface(text, tokens, i + 1, i + 2));
                    m.alias_of = static_cast<int>(out.size() - 1);
                    out.push_back(std::move(m));
                    i += 3;
                    continue;
                }
                // "(see Cybercriminals Go Cryptocurrency Crazy: 9 Factors)": another
                // article's title, whose words name no party of this one.
                if (word_is(t.span.of(text), "(") && i + 1 < sentence.last && tokens[i + 1].lower == "see") {
                    std::uint32_t close = i + 2;
                    while (close < sentence.last && !word_is(tokens[close].span.of(text), ")")) ++close;
                    if (close < sentence.last) {
                        i = close + 1;
                        continue;
                    }
                }
                ++i;
                continue;
            }
            if (headline)
                if (std::uint32_t n = body_name(i)) {
                    i += n;
                    continue;
                }
            // Most words are lower case and start nothing below: no title, name,
            // pronoun, body or description, no "the"/"both" of a count, no
            // "Kremlin-backed" compound (those are tested below in this order).
            if (!t.capitalized && !t.classes.has_any(kStartClasses) && !word_in(t.lower, "the", "both") &&
                std::find(t.lower.begin(), t.lower.end(), '-') == t.lower.end()) {
                ++i;
                continue;
            }
            // "MOSCOW — ...", "LONDON (Reuters) -": a dateline says where the
            // story was filed; the place does nothing in it.
            if (i == sentence.first && t.all_caps) {
                std::uint32_t end = i;
                while (end < sentence.last && is_word(tokens[end]) && tokens[end].all_caps) ++end;
                std::string_view next = end < sentence.last ? tokens[end].span.of(text) : "";
                if (next == "\u2014" || next == "\u2013" || next == "-" || next == "--" || next == "(") {
                    i = end;
                    continue;
                }
            }
            // A title before a name makes a person: "Kremlin spokesman Ivan Petrov".
            TitleRole role;
            const NameEntry* name_here = nullptr;
            // "General Agreement on Tariffs and Trade": a known name beats the title it starts with.
            if (std::uint32_t n = match_title(i, &role); n && !headline && match_name(i, &name_here) <= n) {
                std::uint32_t name_at = role == TitleRole::Official ? past_portfolio(i + n) : i + n;
                // "spokesman Rear Adm. N": a rank between the title and the name.
                TitleRole rank;
                if (std::uint32_t r = role == TitleRole::Spokesperson ? match_title(name_at, &rank) : 0;
                    r && rank == TitleRole::Official)
                    name_at += r;
                if (is_name_word(name_at)) {
                    std::uint32_t end = run_end(name_at);
                    const NameEntry* e = nullptr;
                    if (!has_org_head(name_at, end) && !match_name(name_at, &e)) {
                        Mention m = make(name_at, end, MentionKind::Name, EntityType::Person,
                                         surface(text, tokens, name_at, end));
                        m.title = static_cast<int>(role);
                        m.title_word = join_lower(tokens, i, i + n);
                        m.title_first = i;
                        // "Russian President N", "Iran's Foreign Minister N": the country of the title.
                        for (auto it = out.rbegin(); it != out.rend(); ++it) {
                            bool adjacent = it->last == i || (it->last + 1 == i && tokens[it->last].kind == TokenKind::Possessive);
                            if (adjacent && it->country >= 0 &&
                                (it->type == EntityType::Country || it->type == EntityType::Organization)) {
                                m.country = it->country;
                                m.own_side = it->own_side;  // "Tory leader N" is the party's, not the state's
                            }
                            break;
                        }
                        out.push_back(std::move(m));
                        i = end;
                        continue;
                    }
                }
            }
            if (std::uint32_t end = sponsored_group(i)) {
                i = end;
                continue;
            }
            if (std::uint32_t end = flag_state(i)) {
                i = end;
                continue;
            }
            const NameEntry* entry = nullptr;
            std::uint32_t n = match_name(i, &entry);
            // "Israel G. Grossman", "Jordan B. Smith": a known name before a middle initial is a first name.
            if (n && i + n + 1 < sentence.last && has_initial(i + n, i + n + 1) && capitalized(i + n + 1) && is_name_word(i + n + 1))
                n = 0;
            std::uint32_t run = headline || !is_name_word(i) ? i : run_end(i);
            if (run > i + n && has_org_head(i, run) && entry && entry->role != NameRole::Adjective &&
                (entry->type != EntityType::Country || entry->role == NameRole::Capital)) {
                out.push_back(make_organization(i, run, -1));
                i = run;
                continue;
            }
            if (n) {
                std::uint32_t end = i + n;
                if (entry->type == EntityType::Country || entry->type == EntityType::Location)
                    if (std::uint32_t body = local_body(i, end, entry->country,
                                                        entry->type == EntityType::Country && entry->role != NameRole::Capital)) {
                        i = body;
                        continue;
                    }
                if (entry->type == EntityType::Country && entry->country >= 0 &&
                    (entry->role == NameRole::Adjective || entry->role == NameRole::Name)) {
                    if (std::uint32_t q = qualify(i, end, *entry)) {
                        i = q;
                        continue;
                    }
                }
                MentionKind kind = entry->role == NameRole::Capital     ? MentionKind::Capital
                                   : entry->role == NameRole::Adjective ? MentionKind::Adjective
                                                                        : MentionKind::Name;
                // "a U.S.-flagged ship": the flag's country, as "American-flagged" is.
                if (entry->type == EntityType::Country && end + 1 < sentence.last && str(end) == "-" &&
                    tokens[end + 1].is(WordClass::FlagWord) && tokens[end].span.begin == tokens[end - 1].span.end &&
                    tokens[end + 1].span.begin == tokens[end].span.end) {
                    kind = MentionKind::Adjective;
                    end += 2;
                }
                // "the Fancy Bear group": the known group's head word is part of it.
                std::uint32_t head = end;
                if (kind == MentionKind::Name && entry->type == EntityType::Organization && i > sentence.first &&
                    str(i - 1) == "the") {
                    if (head + 1 < sentence.last && !capitalized(head) && tokens[head].is(WordClass::AttackContext)) ++head;
                    head = head < sentence.last && !capitalized(head) && tokens[head].is(WordClass::CollectiveHead) ? head + 1 : end;
                }
                Mention m = make(i, head, kind, entry->type, entry->canonical);
                end = head;
                m.country = entry->country;
                m.own_side = entry->own_side;
                m.armed = entry->armed;
                out.push_back(std::move(m));
                i = end;
                continue;
            }
            std::uint32_t end = 0;
            EntityType counted_type;
            if (int count = counted_parties(i, &end, &counted_type)) {
                Mention m = make(i, end, MentionKind::Description, counted_type, std::string(tokens[end - 1].lower));
                m.count = count;
                out.push_back(std::move(m));
                i = end;
                continue;
            }
            // "US" and, outside a headline in capitals, "IT" are no pronouns.
            if (t.is(WordClass::Pronoun) && !(t.all_caps && (t.lower == "us" || (t.lower == "it" && !headline)))) {
                Mention m = make(i, i + 1, MentionKind::Pronoun, lex.pronouns.find(t.lower)->second, std::string(t.lower));
                // "accused her of lying", "told her,": a preposition or a stop after "her" makes it an object.
                m.object_form = t.lower == "her" && (i + 1 >= sentence.last || tokens[i + 1].kind != TokenKind::Word ||
                                                     tokens[i + 1].is(WordClass::Preposition) || word_in(str(i + 1), "and", "that"));
                out.push_back(std::move(m));
                ++i;
                continue;
            }
            // "the foreign ministry said", "foreign ministry spokesman N": the
            // body of the country resolution finds for it.
            if (std::uint32_t end = lower_case_body(i);
                end && (i == sentence.first || str(i - 1) == "the" || str(i - 1) == "a" || str(i - 1) == "an" ||
                        match_title(end, &role))) {
                out.push_back(make_organization(i, end, -1));
                i = end;
                continue;
            }
            // "The 64-year-old has denied the charges": an age alone stands for
            // a person named before; "the 64-year-old man" leaves it to "man".
            if (t.lower.ends_with("-year-old") && i > sentence.first && str(i - 1) == "the" &&
                !(i + 1 < sentence.last && tokens[i + 1].is(WordClass::Description))) {
                out.push_back(make(i, i + 1, MentionKind::Description, EntityType::Person, std::string(t.lower)));
                ++i;
                continue;
            }
            // "the Tory Leader", "the President said": a capitalised title with no name is one too;
            // "Bank spokesman N" opening a sentence is the bank's (a title must follow, below;
            // "Government spokesman N" stays a name, which resolution qualifies with its country).
            if (t.is(WordClass::Description) &&
                (i > sentence.first ? !t.capitalized || (!headline && !is_name_word(i))
                                    : !t.all_caps && !t.is(WordClass::Title) &&
                                          lex.descriptions.find(t.lower)->second != EntityType::Country)) {
                // "the ministry", "the Foreign Ministry spokesman", and a
                // description before a title ("ministry spokesman N").
                bool definite = false;
                for (std::uint32_t k = i; k > sentence.first && i - k < 4;) {
                    --k;
                    std::string_view w = str(k);
                    if (w == "the" || w == "this" || w == "that") definite = true;
                    if (definite || !(tokens[k].capitalized || k + 1 == i)) break;
                }
                TitleRole role;
                bool before_title = match_title(i + 1, &role) > 0 && !t.is(WordClass::Title);
                // "an Apple spokesperson said", "a Kremlin official": unnamed, of a
                // named body; not "Commerce chief spokesman N", a longer title.
                bool after_body = !out.empty() && out.back().last == i;
                if (after_body && (t.is(WordClass::SpokespersonTitle) || (t.is(WordClass::Title) && !match_title(i + 1, &role))))
                    definite = true;
                // "Acme's spokesman, N,", "its chief spokesman, N,": across a possessive
                // and a lower-case title word or two, a title the name after it holds
                // (not "N, the ministry's spokesman,", an apposition to the name before).
                if (t.is(WordClass::SpokespersonTitle) && !out.empty() && i + 2 < sentence.last && str(i + 1) == "," &&
                    is_name_word(i + 2)) {
                    std::uint32_t body_end = i;
                    for (int skipped = 0; skipped < 2 && body_end > sentence.first + 1 && !tokens[body_end - 1].capitalized &&
                                          (tokens[body_end - 1].is(WordClass::Title) || word_in(str(body_end - 1), "top", "senior"));
                         ++skipped)
                        --body_end;
                    if (body_end > sentence.first + 1 && tokens[body_end - 1].kind == TokenKind::Possessive) --body_end;
                    definite |= out.back().last == body_end;
                }
                if ((definite || before_title) && !is_name_word(i + 1) && !renamed_phrase(i)) {
                    Mention m = make(i, i + 1, MentionKind::Description, lex.descriptions.find(t.lower)->second, std::string(t.lower));
                    m.title_word = title_ending_at(i);
                    for (std::uint32_t k = i; k > sentence.first && i - k < 5;) {
                        --k;
                        if (str(k) == "a" || str(k) == "an" || str(k) == "one" || str(k) == "another") {
                            m.indefinite = true;
                            // "N, a Labour spokesman,": set off after a name; not "..., a Bally spokesperson said".
                            m.appositive = k > sentence.first && str(k - 1) == "," && !out.empty() &&
                                           out.back().last == k - 1 && out.back().kind == MentionKind::Name;
                        }
                        if (str(k) == "the" || str(k) == "," || m.indefinite) {
                            // Not "one of the company's directors": the company is whole.
                            bool possessed = i + 1 < sentence.last && tokens[i + 1].kind == TokenKind::Possessive;
                            bool partitive = !possessed && str(k) == "the" && k >= sentence.first + 2 && str(k - 1) == "of" &&
                                             word_in(str(k - 2), "most", "some", "many", "much", "all", "none", "any",
                                                     "few", "several", "each", "one", "both", "part");
                            // "the organization that has attacked": a relative clause, whose verb follows
                            // at once; not "told the company that it", whose "that" opens what was told,
                            // nor "the Shamoon malware which attacked", named.
                            bool defined = str(k) == "the" && !after_body && i + 2 < sentence.last &&
                                           word_in(str(i + 1), "that", "which", "who") &&
                                           (tokens[i + 2].is(WordClass::Auxiliary) || tokens[i + 2].is(WordClass::Trigger));
                            m.unbound = partitive || defined;
                            break;
                        }
                    }
                    out.push_back(std::move(m));
                    ++i;
                    continue;
                }
            }
            if (!headline && is_name_word(i)) {
                std::uint32_t end = run_end(i);
                bool initial = sentence_initial(i);
                const NameEntry* next_entry = nullptr;
                // "Seven Iranian hackers": a capitalised sentence opener that
                // is no known name does not start the name after it.
                bool opener = initial && !known_names.count(t.lower) && !t.all_caps &&
                              (end == i + 1 || match_name(i + 1, &next_entry) > 0);
                if (opener && !malware_cue(i, end)) {
                    ++i;
                    continue;
                }
                classify_run(i, end);
                i = std::max(end, out.back().last);  // "the Fancy Bear group" took its head word
                continue;
            }
            ++i;
        }
        merge_possessives();
    }

    // "Fancy Bear, also known as APT28", "Sofacy (aka Tsar Team)": a second
    // name of the same thing.
    void link_aliases() {
        // "go by many names: Fancy Bear, Pawn Storm, Sofacy": a list of aliases.
        for (std::uint32_t c = sentence.first + 1; c + 1 < sentence.last; ++c) {
            if (tokens[c].lower.size() != 1 || tokens[c].lower[0] != ':') continue;
            std::string_view noun = str(c - 1);
            if (noun != "names" && noun != "aliases" && noun != "monikers" && noun != "nicknames") continue;
            int head = -1;
            std::uint32_t previous_end = c + 1;
            for (std::size_t k = 0; k < out.size(); ++k) {
                if (out[k].first <= c || out[k].kind != MentionKind::Name) continue;
                std::uint32_t gap = out[k].first - previous_end;
                previous_end = out[k].last;
                if (head < 0) {
                    if (gap > 0) break;
                    head = static_cast<int>(k);
                    continue;
                }
                std::string_view sep = str(out[k].first - 1);
                if (gap == 0 || gap > 2 || (sep != "," && sep != "and" && sep != "or")) break;
                out[k].alias_of = head;
                if (out[k].type == EntityType::Unknown) out[k].type = out[static_cast<std::size_t>(head)].type;
            }
        }
        for (std::size_t k = 1; k < out.size(); ++k) {
            Mention& b = out[k];
            const Mention& a = out[k - 1];
            if (a.kind != MentionKind::Name || b.kind != MentionKind::Name || b.alias_of >= 0) continue;
            if (a.type != EntityType::Unknown && b.type != EntityType::Unknown && a.type != b.type) continue;
            // "Pittway Corp <PRY>", "NEC Corp <NESI.T>": a wire story's stock ticker after the name.
            if (str(a.last) == "<" && b.first == a.last + 1 && str(b.last) == ">") {
                b.alias_of = static_cast<int>(k - 1);
                b.type = a.type;
                continue;
            }
            std::uint32_t j = a.last;
            while (j < b.first && word_in(str(j), ",", "(", "also", "otherwise")) ++j;
            // A cue of at most two words, and "the", leave no room for more.
            if (b.first - j > 3) continue;
            std::uint32_t cue_end = 0;
            for (std::uint32_t n = 1; n <= 2 && j + n <= b.first; ++n)
                if (std::string cue = join_lower(tokens, j, j + n); lex.is(cue, WordClass::NamingCue) || cue == "aka") cue_end = j + n;
            if (!cue_end) continue;
            j = cue_end;
            if (j < b.first && str(j) == "the") ++j;
            if (j != b.first) continue;
            b.alias_of = static_cast<int>(k - 1);
            if (b.type == EntityType::Unknown) b.type = a.type;
        }
    }

    // "Iran's Foreign Ministry" -> Iranian Foreign Ministry; "China's foreign
    // affair ministry" -> Chinese Foreign Ministry.
    // A country's name before a possessive: "Iran's".
    bool country_possessor(const Mention& m) const {
        return m.type == EntityType::Country && m.country >= 0 && m.kind != MentionKind::Pronoun && m.last < sentence.last &&
               tokens[m.last].kind == TokenKind::Possessive;
    }

    void merge_possessives() {
        // Most sentences have no country's possessive: no copy of their mentions.
        if (std::none_of(out.begin(), out.end(), [&](const Mention& m) { return country_possessor(m); })) {
            repoint_acronyms(out);
            link_aliases();
            return;
        }
        std::vector<Mention> merged;
        for (std::size_t k = 0; k < out.size(); ++k) {
            Mention& m = out[k];
            std::uint32_t p = m.last;
            if (country_possessor(m)) {
                std::uint32_t a = p + 1;
                std::uint32_t b = a;
                while (b < sentence.last && b < a + 4 && is_word(tokens[b]) && !tokens[b].is(WordClass::OrgHead)) ++b;
                // "state news agency": the head is the last of a run of head words.
                while (b + 1 < sentence.last && !tokens[b + 1].capitalized && tokens[b + 1].is(WordClass::OrgHead)) ++b;
                bool head = b < sentence.last && tokens[b].is(WordClass::OrgHead) &&
                            (tokens[b].lower == "ministry" || tokens[b].lower == "department" || tokens[b].capitalized);
                TitleRole role;
                bool titled = b + 1 < sentence.last && match_title(b + 1, &role);
                bool next_is_org = k + 1 < out.size() && out[k + 1].first == a &&
                                   out[k + 1].type == EntityType::Organization && out[k + 1].country < 0;
                // "North Korea's state news agency KCNA": the name belongs to the country.
                if (b + 1 < sentence.last && tokens[b].is(WordClass::OrgHead) && !titled && is_name_word(b + 1)) {
                    for (std::size_t j = k + 1; j < out.size(); ++j)
                        if (out[j].first == b + 1 && out[j].country < 0 &&
                            (out[j].type == EntityType::Organization || out[j].type == EntityType::Unknown)) {
                            out[j].country = m.country;
                            out[j].type = EntityType::Organization;
                        }
                }
                if (next_is_org || (head && (b + 1 == sentence.last || !is_name_word(b + 1) || titled))) {
                    std::uint32_t end = next_is_org ? out[k + 1].last : b + 1;
                    Mention org = make_organization(a, end, m.country);
                    if (!org.qualified) {
                        const Country& c = lex.countries[static_cast<std::size_t>(m.country)];
                        org.name = c.qualifier() + " " + org.name;
                        org.qualified = true;
                    }
                    org.first = m.first;
                    org.span.begin = m.span.begin;
                    merged.push_back(std::move(org));
                    while (k + 1 < out.size() && out[k + 1].first < end) ++k;
                    continue;
                }
            }
            merged.push_back(std::move(m));
        }
        repoint_acronyms(merged);
        out.swap(merged);
        link_aliases();
    }

    // An acronym renames the mention before it, wherever merging moved it.
    static void repoint_acronyms(std::vector<Mention>& mentions) {
        for (std::size_t k = 0; k < mentions.size(); ++k)
            if (mentions[k].alias_of >= 0) mentions[k].alias_of = k > 0 ? static_cast<int>(k - 1) : -1;
    }
};

}  // namespace

bool MentionFinder::is_headline(const std::vector<Token>& tokens, const Sentence& sentence) {
    // Every content word is capitalised: most sentences show a lower-case one early.
    int content = 0;
    bool terminal = false;
    for (std::uint32_t i = sentence.first; i < sentence.last; ++i) {
        const Token& t = tokens[i];
        terminal |= t.kind == TokenKind::Punct && word_in(t.lower, ".", "!", "?");
        if (!is_word(t) || t.lower.size() < 4 || t.is(WordClass::NonName) || t.is(WordClass::Preposition)) continue;
        if (!t.capitalized) return false;
        ++content;
    }
    return content >= 3 && (!terminal || sentence.last - sentence.first < 12);
}

BodyNames MentionFinder::collect_body_names(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                                            const std::vector<char>& headlines,
                                            const std::vector<std::vector<Mention>>& mentions) {
    // A headline has a dozen words: a list beats a hash set.
    std::vector<std::string_view> headline_words;
    for (std::size_t s = 0; s < sentences.size(); ++s)
        if (headlines[s])
            for (std::uint32_t k = sentences[s].first; k < sentences[s].last; ++k)
                if (tokens[k].kind == TokenKind::Word) headline_words.push_back(tokens[k].lower);
    auto in_headline = [&](std::string_view w) {
        return std::find(headline_words.begin(), headline_words.end(), w) != headline_words.end();
    };
    BodyNames names;
    // "NEC" and "NEC Corp" are one name, the longer; "Dome Mines Ltd" and
    // "Dome Petroleum Ltd" make "dome" no name at all.
    std::unordered_set<std::string> ambiguous;
    auto starts = [](std::string_view longer, std::string_view shorter) {
        return longer.size() > shorter.size() && longer.starts_with(shorter) && longer[shorter.size()] == ' ';
    };
    auto add = [&](const std::string& key, const Mention& m) {
        if (ambiguous.count(key)) return;
        auto [it, added] = names.try_emplace(key, BodyName{m.type, m.name});
        if (added || it->second.name == m.name || starts(it->second.name, m.name)) return;
        if (starts(m.name, it->second.name)) {
            it->second = BodyName{m.type, m.name};
        } else {
            names.erase(it);
            ambiguous.insert(key);
        }
    };
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        if (headlines[s]) continue;
        for (const Mention& m : mentions[s]) {
            if (m.kind != MentionKind::Name || m.alias_of >= 0 || !in_headline(tokens[m.first].lower)) continue;
            // One word of no known type beside another name ("U.S. Naval
            // forces", "WannaCry Ransomware") may be a word of a longer name.
            // Nor is a common noun of the lexicons ("Ransomware", "Group").
            const WordClasses& classes = tokens[m.first].classes;
            if (m.last - m.first == 1 && m.type == EntityType::Unknown &&
                (classes.has(WordClass::MalwareNoun) || classes.has(WordClass::OrgHead) || classes.has(WordClass::GroupNoun) ||
                 classes.has(WordClass::Description) ||
                 std::any_of(mentions[s].begin(), mentions[s].end(),
                             [&](const Mention& o) { return o.last == m.first || o.first == m.last; })))
                continue;
            std::string key;
            for (std::uint32_t k = m.first; k < m.last; ++k) {
                // "NEC Corp": "nec" too.
                if (k + 1 == m.last && k > m.first && tokens[k].is(WordClass::LegalForm)) add(key, m);
                if (k > m.first) key += ' ';
                key += tokens[k].lower;
            }
            add(key, m);
        }
    }
    return names;
}

std::vector<Mention> MentionFinder::find(std::string_view text, const std::vector<Token>& tokens, const Sentence& sentence,
                                         const KnownNames& known_names, bool headline, const BodyNames* body_names) const {
    Context ctx{text, tokens, sentence, lex_, known_names, body_names, headline, {}, {}, {}};
    // News sentences name a handful of things: one allocation, no regrowth moving names.
    ctx.out.reserve(8);
    ctx.run();
    return std::move(ctx.out);
}

KnownNames MentionFinder::collect_known_names(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences) const {
    KnownNames known;
    for (const Sentence& s : sentences) {
        // "Bancroft Convertible Fund Inc said ... Bancroft said": a company named
        // in full at a sentence's start makes its first word a name.
        std::uint32_t end = s.first;
        while (end < s.last && tokens[end].kind == TokenKind::Word && tokens[end].capitalized) ++end;
        if (end >= s.first + 2 && tokens[end - 1].is(WordClass::OrgHead) && !tokens[s.first].is(WordClass::NonName))
            known.insert(tokens[s.first].lower);
        for (std::uint32_t i = s.first + 1; i < s.last; ++i) {
            const Token& prev = tokens[i - 1];
            if (tokens[i].kind == TokenKind::Word && tokens[i].capitalized && !tokens[i].all_caps &&
                prev.kind != TokenKind::Quote && !word_is(prev.lower, ":") && !tokens[i].is(WordClass::NonName))
                known.insert(tokens[i].lower);
        }
    }
    return known;
}

bool names_variant_source(const std::vector<Token>& tokens, const Sentence& sentence, std::uint32_t name_first) {
    std::uint32_t f = name_first > sentence.first && tokens[name_first - 1].lower == "the" ? name_first - 1 : name_first;
    if (f < sentence.first + 2 || tokens[f - 1].lower != "of" || !word_in(tokens[f - 2].lower, "variant", "variants"))
        return false;
    std::uint32_t k = f - 2;
    while (k > sentence.first && f - 2 - k < 3 && !word_in(tokens[k].lower, "a", "an", ",")) --k;
    return !(word_in(tokens[k].lower, "a", "an") && k > sentence.first && tokens[k - 1].lower == ",");
}

std::string dump_mentions(std::string_view text, const std::vector<Mention>& mentions) {
    std::string out;
    for (const Mention& m : mentions) {
        if (!out.empty()) out += ' ';
        out += '[';
        switch (m.kind) {
            case MentionKind::Pronoun: out += "Pronoun"; break;
            case MentionKind::Description: out += "Description"; break;
            case MentionKind::Adjective: out += "Adjective"; break;
            case MentionKind::Capital: out += "Capital"; break;
            case MentionKind::Name: out += to_string(m.type); break;
        }
        out += ' ';
        out += m.kind == MentionKind::Name || m.kind == MentionKind::Capital || m.kind == MentionKind::Adjective
                   ? m.name
                   : std::string(m.span.of(text));
        out += ']';
    }
    return out;
}

}  // namespace newsgraph
