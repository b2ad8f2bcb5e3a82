#include "resolve.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <span>

#include "tsv.h"
#include "utf8.h"

namespace newsgraph {

namespace {

bool is_honorific(std::string_view title) {
    return word_in(title, "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");
}

// True when every word of `part` appears in `whole` in order, and the last
// words agree: "Maria Ruiz" and "Ruiz" are parts of "Ana Maria Ruiz".
bool is_name_part(std::span<const std::string_view> part, std::span<const std::string_view> whole) {
    if (part.empty() || part.size() >= whole.size() || part.back() != whole.back()) return false;
    std::size_t j = 0;
    for (std::string_view w : whole)
        if (j < part.size() && part[j] == w) ++j;
    return j == part.size();
}

bool is_specific(EntityType t) { return t != EntityType::Unknown; }

// "IAAF", "NATO": letters only, none of them lower case.
bool is_all_caps(std::string_view name) {
    return name.size() >= 2 && std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Bodies whose names say what they are ("Foreign Ministry", "World Bank"),
// unlike parties or companies: "the bank" is only a body named a bank.
bool is_institution_word(std::string_view w) {
    return word_in(w, "ministry", "department", "agency", "office", "bank", "court", "council", "committee", "bureau",
                   "university", "institute");
}

// "the company" and "the firm" are never a federation, a ministry or a party.
bool is_public_body_word(std::string_view w) {
    return is_institution_word(w) || word_in(w, "association", "federation", "union", "league", "commission", "authority",
                                             "administration", "parliament", "party", "foundation", "government", "army",
                                             "navy", "police");
}

// "the company", "the group": a word for any body, which may name one not
// typed yet and first refers to its sentence's subject.
bool is_generic_body_word(std::string_view w) {
    return word_in(w, "group", "company", "firm", "organization", "organisation");
}

class DocumentResolver {
public:
    DocumentResolver(const Lexicon& lex, const ResolveOptions& options, std::string_view text,
                     const std::vector<std::vector<Mention>>& mentions)
        : lex_(lex), options_(options), text_(text), mentions_(mentions) {
        result_.entity_of.resize(mentions.size());
        result_.members_of.resize(mentions.size());
        for (std::size_t s = 0; s < mentions.size(); ++s) {
            result_.entity_of[s].assign(mentions[s].size(), -1);
            mention_count_ += mentions[s].size();
        }
        result_.entities.reserve(mention_count_);
    }

    Resolution run() {
        resolve_names();
        merge_short_names();
        merge_people_into_wrongdoers();
        resolve_references();
        count_mentions();
        return std::move(result_);
    }

private:
    int entity(const std::string& key, const std::string& name, EntityType type, int country) {
        // One key per name: a name typed once (Malware by "the X worm") is
        // that type at every mention.
        auto [it, added] = by_key_.try_emplace(key, static_cast<int>(result_.entities.size()));
        if (added) result_.entities.push_back(Entity{name, type, country, {name}, 0});
        Entity& e = result_.entities[static_cast<std::size_t>(it->second)];
        if (!is_specific(e.type) && is_specific(type)) e.type = type;
        if (e.country < 0) e.country = country;
        return it->second;
    }

    int country_entity(int country) {
        const Country& c = lex_.countries[static_cast<std::size_t>(country)];
        key_ = "country:";
        key_ += c.code;
        return entity(key_, c.name, EntityType::Country, country);
    }

    // The country a document is about at a point: the last country named
    // before it, else the first named after it.
    int country_at(std::size_t sentence, std::size_t mention) const {
        int before = -1, after = -1;
        for (std::size_t s = 0; s < mentions_.size(); ++s)
            for (std::size_t m = 0; m < mentions_[s].size(); ++m) {
                const Mention& x = mentions_[s][m];
                if (x.country < 0 || x.kind == MentionKind::Pronoun || x.kind == MentionKind::Description) continue;
                bool earlier = s < sentence || (s == sentence && m < mention);
                if (earlier) before = x.country;
                else if (after < 0 && !(s == sentence && m == mention) && !x.after_preposition) after = x.country;
            }
        return before >= 0 ? before : after;
    }

    // "APT 28" and "APT28", "Al Qaeda" and "Al-Qaeda", "Acme Corp." and
    // "Acme Corp": one name, spaced or stopped two ways.
    // In key_, which keeps its buffer from name to name.
    const std::string& name_key(std::string_view name) {
        auto spacing = [](char c) { return c == ' ' || c == '-' || c == '.'; };
        key_ = "name:";
        if (ascii_prefix(name) < name.size()) {
            key_ += fold_case(name);
            std::erase_if(key_, spacing);
            return key_;
        }
        // Nearly every name is ASCII: folded in the same pass.
        const std::size_t start = key_.size();
        key_.resize(start + name.size());
        char* out = key_.data() + start;
        for (char c : name)
            if (!spacing(c)) *out++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        key_.resize(static_cast<std::size_t>(out - key_.data()));
        return key_;
    }

    // Adds a surface form to an entity's aliases; the form is built only when new.
    void add_alias(int id, std::string_view surface) {
        auto& aliases = result_.entities[static_cast<std::size_t>(id)].aliases;
        if (ascii_prefix(surface) == surface.size()) {
            if (aliases.find(surface) == aliases.end()) aliases.emplace(surface);
        } else {
            aliases.insert(ascii_punctuation(surface));
        }
    }

    void resolve_names() {
        for (std::size_t s = 0; s < mentions_.size(); ++s)
            for (std::size_t m = 0; m < mentions_[s].size(); ++m) {
                const Mention& x = mentions_[s][m];
                int& id = result_.entity_of[s][m];
                if (x.kind == MentionKind::Pronoun || x.kind == MentionKind::Description || x.unbound) continue;
                if (x.alias_of >= 0) {
                    id = result_.entity_of[s][static_cast<std::size_t>(x.alias_of)];
                    if (id >= 0) {
                        by_key_.try_emplace(name_key(x.name), id);
                        result_.entities[static_cast<std::size_t>(id)].aliases.insert(x.name);
                    }
                    continue;
                }
                if (x.type == EntityType::Country && x.country >= 0) {
                    if (x.kind == MentionKind::Capital && !options_.capitals_as_countries) {
                        id = entity("name:" + fold_case(x.span.of(text_)), std::string(x.span.of(text_)),
                                    EntityType::Location, x.country);
                    } else {
                        id = country_entity(x.country);
                    }
                    add_alias(id, x.span.of(text_));
                    continue;
                }
                int country = x.country;
                std::string qualified_name;
                // "the Foreign Ministry", "Government spokesman N", "the
                // Embassy" belong to the country the document is about there.
                if (x.type == EntityType::Organization && !x.qualified && country < 0) {
                    std::string folded = fold_case(x.name);
                    if (folded.find("ministry") != std::string::npos || folded == "government" ||
                        lex_.org_synonyms.count(folded)) {
                        country = country_at(s, m);
                        if (country >= 0)
                            qualified_name = lex_.countries[static_cast<std::size_t>(country)].qualifier() + " " + x.name;
                    }
                }
                const std::string& name = qualified_name.empty() ? x.name : qualified_name;
                id = entity(name_key(name), name, x.type, country);
                add_alias(id, x.span.of(text_));
                result_.entities[static_cast<std::size_t>(id)].own_side |= x.own_side;
                result_.entities[static_cast<std::size_t>(id)].armed |= x.armed;
            }
    }

    // "IAAF" beside "International Association of Athletics Federations":
    // an acronym made of a name's initials (with or without its small words).
    // ("DLJ" beside "Donaldson Lufkin and Jenrette Inc": a legal form is no initial.)
    bool is_acronym_of(std::string_view acronym, std::span<const std::string_view> words) const {
        if (words.size() < 2) return false;
        std::string all, capital;
        for (std::string_view w : words) {
            if (w.empty()) continue;
            all += w[0];
            if (!word_in(w, "of", "and", "the", "for", "&") && !lex_.is(w, WordClass::LegalForm))
                capital += w[0];
        }
        return acronym == all || acronym == capital;
    }

    // "Ruiz" after "Ana Maria Ruiz", "Acme" beside "Acme Lab", "Acme Tool
    // Co" or "Acme Tire and Rubber Co", "IAAF" beside its full name: a shorter name joins the entity it
    // is part of, and takes its type.
    void merge_short_names() {
        const std::size_t n = result_.entities.size();
        std::vector<int> target(n, -1);
        // Every name folded and split once, into two buffers for all names
        // (not a string and a vector a name): the pair loop below is quadratic.
        std::string folded;
        std::vector<std::size_t> folded_end(n);
        for (std::size_t i = 0; i < n; ++i) {
            folded += fold_case(result_.entities[i].name);
            folded_end[i] = folded.size();
        }
        std::vector<std::string_view> words;
        words.reserve(3 * n);
        std::vector<std::size_t> words_end(n);
        for (std::size_t i = 0, start = 0; i < n; start = folded_end[i++]) {
            append_split_views(std::string_view(folded).substr(start, folded_end[i] - start), ' ', words);
            words_end[i] = words.size();
        }
        std::vector<std::span<const std::string_view>> w(n);  // the words of each name
        std::vector<char> org_tail(n), acronym(n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t first = i ? words_end[i - 1] : 0;
            w[i] = std::span<const std::string_view>(words).subspan(first, words_end[i] - first);
            // "Reynolds and Reynolds", "Marsh & McLennan" end in no head word, but name a firm as surely.
            org_tail[i] = !w[i].empty() && (lex_.is(w[i].back(), WordClass::OrgHead) ||
                                            std::find(w[i].begin(), w[i].end(), "and") != w[i].end() ||
                                            std::find(w[i].begin(), w[i].end(), "&") != w[i].end());
            acronym[i] = w[i].size() == 1 && w[i][0].size() >= 2 && is_all_caps(result_.entities[i].name);
        }
        for (std::size_t i = 0; i < n; ++i) {
            const Entity& e = result_.entities[i];
            if (e.type == EntityType::Country || e.type == EntityType::Group) continue;
            int best = -1;
            bool best_expands = false;
            for (std::size_t j = 0; j < n; ++j) {
                const Entity& f = result_.entities[j];
                if (i == j || f.type == EntityType::Country || f.type == EntityType::Group) continue;
                if (is_specific(e.type) && is_specific(f.type) && e.type != f.type) continue;
                bool part = false;
                bool person_like = f.type == EntityType::Person || (f.type == EntityType::Unknown && w[j].size() >= 2);
                if (person_like && e.type != EntityType::Organization) part = is_name_part(w[i], w[j]);
                // "Baker" beside "Baker International corp": a company's first words.
                if (f.type == EntityType::Organization && w[i].size() < w[j].size() && org_tail[j]) {
                    std::size_t dropped = w[j].size() - w[i].size();
                    bool company = lex_.is(w[j].back(), WordClass::LegalForm);
                    // "Advanced" beside "Advanced Voice Technologies": a first word alone, before two more.
                    part = std::equal(w[i].begin(), w[i].end(), w[j].begin()) &&
                           (dropped == 1 || (w[i].size() == 1 && dropped == 2) || (company && (dropped == 2 || w[i].size() == 1)));
                }
                // Two letters ("FA") only for a body's name ("Football Association").
                const bool expands = acronym[i] && f.type != EntityType::Person && (w[i][0].size() >= 3 || org_tail[j]) &&
                                     is_acronym_of(w[i][0], w[j]);
                if (!(part || expands) || (best_expands && !expands)) continue;
                // What an acronym spells out ("IBM" is International Business
                // Machines Corp, not IBM Nederland NV); else the longest name;
                // of two as long ("Ian Blair ... Tony Blair ... Mr Blair"), the
                // one introduced last before it, else the first after it
                // (entities are numbered in the order they are first named).
                // A company's, though, is the shortest that goes on from it:
                // "IBM Nederland" is IBM Nederland NV, not IBM Nederland Financieringen BV.
                const std::size_t best_size = best < 0 ? 0 : w[static_cast<std::size_t>(best)].size();
                const bool longer = f.type == EntityType::Organization ? w[j].size() < best_size : w[j].size() > best_size;
                if (best < 0 || (expands && !best_expands) || longer || (w[j].size() == best_size && j < i)) {
                    best = static_cast<int>(j);
                    best_expands = expands;
                }
            }
            if (best < 0) best = full_name_of_first_name(i, w);
            target[i] = best;
        }
        for (std::size_t i = 0; i < n; ++i) {
            int t = target[i];
            while (t >= 0 && target[static_cast<std::size_t>(t)] >= 0) t = target[static_cast<std::size_t>(t)];
            if (t >= 0) merge(i, t);
        }
        compact();
    }

    // "Anil" after "Anil Kapoor": a person's first name alone names him
    // when no other name of the document starts or ends with it, and it
    // names nothing the gazetteers know. The full name it starts, else -1.
    // Not "Mr Howard" after "Howard Flight": an honorific takes a surname.
    int full_name_of_first_name(std::size_t i, std::span<const std::span<const std::string_view>> w) const {
        EntityType type = result_.entities[i].type;
        if (w[i].size() != 1 || (type != EntityType::Person && type != EntityType::Unknown) ||
            is_all_caps(result_.entities[i].name) || lex_.find_name(w[i][0]))
            return -1;
        int found = -1;
        for (std::size_t j = 0; j < w.size(); ++j) {
            if (j == i || w[j].size() < 2) continue;
            if (w[j].back() == w[i][0] || (w[j].front() == w[i][0] && found >= 0)) return -1;
            if (w[j].front() == w[i][0]) found = static_cast<int>(j);
        }
        if (found < 0 || result_.entities[static_cast<std::size_t>(found)].type != EntityType::Person) return -1;
        for (std::size_t s = 0; s < mentions_.size(); ++s)
            for (std::size_t m = 0; m < mentions_[s].size(); ++m)
                if (result_.entity_of[s][m] == static_cast<int>(i) && is_honorific(mentions_[s][m].title_word)) return -1;
        return found;
    }

    // "Seven Iranian citizens were charged ... the Iranian hackers": where a
    // document names one group of a country's wrongdoers, that country's
    // people named by no role are those wrongdoers.
    void merge_people_into_wrongdoers() {
        const std::size_t n = result_.entities.size();
        // The head word's classes of every group, once: the pair loop below is quadratic.
        std::vector<WordClasses> head(n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::string& name = result_.entities[i].name;
            if (result_.entities[i].type == EntityType::Group)
                head[i] = lex_.classes_of(fold_case(std::string_view(name).substr(name.rfind(' ') + 1)));
        }
        // "Iranians" alone: the country's people, named by no role either.
        auto bare = [&](std::size_t i) {
            return result_.entities[i].type == EntityType::Group && result_.entities[i].name.find(' ') == std::string::npos;
        };
        bool merged = false;
        for (std::size_t i = 0; i < n; ++i) {
            const Entity& people = result_.entities[i];
            if (people.type != EntityType::Group || people.country < 0 || !(head[i].has(WordClass::PersonNoun) || bare(i)))
                continue;
            int wrongdoers = -1, found = 0, plain = -1, plain_found = 0;
            for (std::size_t j = 0; j < n; ++j) {
                const Entity& g = result_.entities[j];
                if (g.type != EntityType::Group || g.country != people.country || j == i) continue;
                if (head[j].has(WordClass::WrongdoerNoun)) {
                    wrongdoers = static_cast<int>(j);
                    ++found;
                } else if (bare(j) && !bare(i)) {
                    plain = static_cast<int>(j);
                    ++plain_found;
                }
            }
            // "Iranians led the attack ... two Iranian citizens": with no
            // wrongdoers named, the people with a role noun are the bare demonym's.
            int into = found == 1 ? wrongdoers : found == 0 && plain_found == 1 ? plain : -1;
            if (into >= 0) {
                merge(i, into);
                merged = true;
            }
        }
        if (merged) compact();
    }

    // Entity `from` is entity `to` under another name; `from` is left to compact().
    void merge(std::size_t from_index, int to) {
        Entity& into = result_.entities[static_cast<std::size_t>(to)];
        const Entity& from = result_.entities[from_index];
        into.aliases.insert(from.aliases.begin(), from.aliases.end());
        // "Peter Hain ... Mr Hain": the title typed the short name for both.
        if (!is_specific(into.type)) into.type = from.type;
        into.own_side |= from.own_side;
        into.armed |= from.armed;
        if (into.country < 0) into.country = from.country;
        for (auto& ids : result_.entity_of)
            for (int& id : ids)
                if (id == static_cast<int>(from_index)) id = to;
    }

    // Drops entities no mention refers to, keeping first-seen order.
    void compact() {
        std::vector<int> used(result_.entities.size(), 0);
        for (const auto& ids : result_.entity_of)
            for (int id : ids)
                if (id >= 0) used[static_cast<std::size_t>(id)] = 1;
        std::vector<int> remap(result_.entities.size(), -1);
        std::vector<Entity> kept;
        for (std::size_t i = 0; i < result_.entities.size(); ++i)
            if (used[i]) {
                remap[i] = static_cast<int>(kept.size());
                kept.push_back(std::move(result_.entities[i]));
            }
        result_.entities.swap(kept);
        for (auto& ids : result_.entity_of)
            for (int& id : ids)
                if (id >= 0) id = remap[static_cast<std::size_t>(id)];
        by_key_.clear();
    }

    bool possessor_in_phrase(const Mention& m) const {
        std::string_view after = text_.substr(m.span.end);
        return m.after_preposition && (after.starts_with("'s") || after.starts_with("\u2019s"));
    }

    bool capitalised(const Mention& m) const {
        std::size_t at = m.span.begin;
        return !m.span.empty() && is_upper(next_code_point(text_, at));
    }

    bool fits(int id, const Mention& ref) const {
        const Entity& e = result_.entities[static_cast<std::size_t>(id)];
        if (auto g = gender_.find(id); g != gender_.end() && gender_of(ref) != 0 && g->second != gender_of(ref)) return false;
        switch (ref.type) {
            case EntityType::Person:
                // "the spokesman" is someone introduced as one, not any person;
                // "a Conservative spokeswoman" one of that party.
                if (is_spokesperson_word(ref)) {
                    if (!spokespersons_.count(id)) return false;
                    auto b = spokesperson_body_.find(id);
                    return ref_body_ < 0 || (b != spokesperson_body_.end() && b->second == ref_body_);
                }
                // "the prime minister": someone introduced as one, when the story names one.
                if (ref.kind == MentionKind::Description && title_words_.count(ref.title_word)) {
                    auto [first, last] = title_words_.equal_range(ref.title_word);
                    return std::any_of(first, last, [&](const auto& t) { return t.second == id; });
                }
                return e.type == EntityType::Person;
            case EntityType::Country: return e.type == EntityType::Country;
            case EntityType::Malware: return e.type == EntityType::Malware;
            case EntityType::Group:  // they / them / their
                return e.type == EntityType::Group || e.type == EntityType::Country || e.type == EntityType::Organization;
            case EntityType::Organization:
                if (ref.kind == MentionKind::Pronoun)  // it / its
                    return e.type == EntityType::Organization || e.type == EntityType::Country ||
                           e.type == EntityType::Malware;
                if (is_generic_body_word(ref.name)) {
                    // Nor a body the gazetteer knows as a state's or as none's ("NATO").
                    if (word_in(ref.name, "company", "firm") &&
                        (std::ranges::any_of(split_list(fold_case(e.name), ' '), is_public_body_word) ||
                         (!e.own_side && lex_.find_name(fold_case(e.name)))))
                        return false;
                    return e.type == EntityType::Organization ||
                           (e.type == EntityType::Unknown && e.name.find(' ') != std::string::npos);
                }
                // "the ministry", "the bank": a body that says what it is in its
                // name; so does "the Post", "the Foundation": a capitalised head
                // word standing alone is the end of the name it stands for.
                if (is_institution_word(ref.name) || (ref.kind == MentionKind::Description && capitalised(ref)))
                    return e.type == EntityType::Organization && fold_case(e.name).find(ref.name) != std::string::npos;
                return e.type == EntityType::Organization;
            default: return false;
        }
    }

    // The body named right before a title or description in sentence s
    // ("Kremlin spokesman", "Iran's spokesman", "Labour campaign spokesman").
    int body_before(std::size_t s, std::uint32_t at) const {
        for (std::size_t m = mentions_[s].size(); m-- > 0;) {
            const Mention& b = mentions_[s][m];
            if (b.last > at || at - b.last > 3 || b.kind == MentionKind::Pronoun) continue;
            int id = result_.entity_of[s][m];
            if (id < 0) return -1;
            EntityType type = result_.entities[static_cast<std::size_t>(id)].type;
            // "a U.S. Trade official": a one-word portfolio right after the body.
            if (type == EntityType::Unknown && b.last - b.first == 1 && m > 0 && mentions_[s][m - 1].last == b.first) {
                at = b.first;
                continue;
            }
            return type == EntityType::Organization || type == EntityType::Country ? id : -1;
        }
        return -1;
    }

    // The person named right after "<description>, " or right before ", (<body>)
    // <description>"; -1 when none.
    int beside_by_comma(std::size_t s, std::size_t m) const {
        const auto& ms = mentions_[s];
        auto person = [&](std::size_t k) {
            int id = result_.entity_of[s][k];
            return ms[k].kind == MentionKind::Name && id >= 0 && person_like(result_.entities[static_cast<std::size_t>(id)])
                       ? id
                       : -1;
        };
        auto comma_between = [&](const Mention& a, const Mention& b) {
            std::string_view gap = text_.substr(a.span.end, b.span.begin - a.span.end);
            return gap.find_first_not_of(" ,") == std::string_view::npos && gap.find(',') != std::string_view::npos;
        };
        if (m + 1 < ms.size() && comma_between(ms[m], ms[m + 1])) return person(m + 1);
        // Back across the body named before the description ("Liberal Democrat").
        std::size_t k = m;
        if (k > 0 && ms[k - 1].last == ms[m].first) --k;
        if (k > 0 && comma_between(ms[k - 1], ms[k])) return person(k - 1);
        return -1;
    }

    // "Warren Lavorel, a U.S. trade official,": the person the apposition
    // sets off acts for its body, unless a title said otherwise.
    void affiliate_apposed_person(std::size_t s, std::size_t description, int body) {
        const auto& ms = mentions_[s];
        // The nearest name before the description that ", a" or ", an" follows,
        // with only the body and its portfolio ("U.S. Trade") between.
        for (std::size_t j = description; j-- > 0;) {
            const Mention& named = ms[j];
            if (ms[description].first - named.last > 6) return;
            std::string_view after = text_.substr(named.span.end, 5);
            if (!after.starts_with(", a ") && !after.starts_with(", an ")) continue;
            int id = result_.entity_of[s][j];
            if (id < 0 || id == body || named.kind != MentionKind::Name) return;
            Entity& person = result_.entities[static_cast<std::size_t>(id)];
            if (person.type == EntityType::Person && person.affiliation < 0) person.affiliation = body;
            return;
        }
    }

    // "WorldCom chief N", "Iran's Foreign Minister N": the body named right
    // before a person's title (not an honorific: "Peru accused Mr N").
    int titling_body(std::size_t s, const Mention& person) const {
        if (is_honorific(person.title_word)) return -1;
        for (std::size_t m = 0; m < mentions_[s].size(); ++m) {
            const Mention& b = mentions_[s][m];
            if (b.last != person.title_first && b.last + 1 != person.title_first) continue;
            if (b.kind == MentionKind::Pronoun || b.kind == MentionKind::Description) return -1;
            int id = result_.entity_of[s][m];
            if (id < 0) return -1;
            EntityType type = result_.entities[static_cast<std::size_t>(id)].type;
            return type == EntityType::Person || type == EntityType::Group ? -1 : id;
        }
        return -1;
    }

    // "Bellamy accused him", "Bellamy had accused him": between two mentions,
    // a verb and at most two words before it, all lower case; not "sacked
    // N after accusing him", where a word that links clauses stands between.
    bool one_verb_between(const Mention& before, const Mention& after) const {
        if (before.span.end >= after.span.begin) return false;
        std::string_view gap = text_.substr(before.span.end, after.span.begin - before.span.end);
        int words = 0;
        for (std::size_t i = 0; i < gap.size();) {
            if (gap[i] == ' ') {
                ++i;
                continue;
            }
            if (!std::islower(static_cast<unsigned char>(gap[i]))) return false;
            const std::size_t start = i;
            while (i < gap.size() && std::isalpha(static_cast<unsigned char>(gap[i]))) ++i;
            if (i < gap.size() && gap[i] != ' ') return false;
            if (lex_.is(gap.substr(start, i - start), WordClass::Preposition) ||
                word_in(gap.substr(start, i - start), "and", "or", "but", "then", "while", "when", "as"))
                return false;
            ++words;
        }
        return words >= 1 && words <= 3;
    }

    bool is_spokesperson_word(const Mention& ref) const {
        if (ref.kind != MentionKind::Description) return false;
        return lex_.is(ref.name, WordClass::SpokespersonTitle);
    }

    // Pronouns and descriptions take the nearest fitting entity before them
    // in the document; a person description with none ("The spokesman said",
    // opening an article) takes the next full name of a person within three
    // sentences.
    void resolve_references() {
        for (std::size_t s = 0; s < mentions_.size(); ++s)
            for (std::size_t m = 0; m < mentions_[s].size(); ++m)
                if (mentions_[s][m].title >= 0 && result_.entity_of[s][m] >= 0) {
                    int id = result_.entity_of[s][m];
                    title_words_.emplace(mentions_[s][m].title_word, id);
                    if (char g = gender_of(mentions_[s][m])) gender_.try_emplace(id, g);
                    Entity& person = result_.entities[static_cast<std::size_t>(id)];
                    if (person.affiliation < 0) person.affiliation = titling_body(s, mentions_[s][m]);
                    if (mentions_[s][m].title != static_cast<int>(TitleRole::Spokesperson)) {
                        officials_.insert(id);
                        continue;
                    }
                    spokespersons_.insert(id);
                    if (int body = body_before(s, mentions_[s][m].title_first); body >= 0) spokesperson_body_[id] = body;
                }
        std::vector<std::pair<std::size_t, std::size_t>> order;
        order.reserve(mention_count_);
        for (std::size_t s = 0; s < mentions_.size(); ++s)
            for (std::size_t m = 0; m < mentions_[s].size(); ++m) order.emplace_back(s, m);
        for (std::size_t k = 0; k < order.size(); ++k) {
            auto [s, m] = order[k];
            const Mention& x = mentions_[s][m];
            if (x.kind != MentionKind::Pronoun && x.kind != MentionKind::Description) continue;
            if (x.unbound) continue;
            if (x.count != 0) {
                std::vector<std::vector<int>>& sentence_members = result_.members_of[s];
                if (sentence_members.empty()) sentence_members.resize(mentions_[s].size());
                std::vector<int>& members = sentence_members[m];
                members = counted_parties(s, x);
                result_.entity_of[s][m] = members.empty() ? -1 : members.front();
                continue;
            }
            int found = -1;
            // "The Tory finance spokesman, Brian Monteith, said", "Richard
            // Allan, Liberal Democrat spokesman on IT": a name set off by a
            // comma right beside the description is the one it describes.
            if (x.kind == MentionKind::Description && x.type == EntityType::Person && !x.indefinite) {
                found = beside_by_comma(s, m);
                if (found >= 0) {
                    result_.entity_of[s][m] = found;
                    continue;
                }
            }
            ref_body_ = is_spokesperson_word(x) ? body_before(s, x.first) : -1;
            // "A Labour spokesman later said": someone unnamed, not the Labour
            // spokesman named before; the party speaks. Not "N, a Labour
            // spokesman,": an apposition describes N.
            // With no body known for it ("a Bally spokesperson"), nobody.
            if (x.kind == MentionKind::Description && x.indefinite && !x.appositive &&
                (ref_body_ >= 0 || is_spokesperson_word(x))) {
                result_.entity_of[s][m] = ref_body_;
                continue;
            }
            // "an Iranian official", "a Kremlin official": someone new, who acts for the body.
            if (x.kind == MentionKind::Description && x.indefinite && !is_spokesperson_word(x) &&
                lex_.is(x.name, WordClass::Title)) {
                int body = body_before(s, x.first);
                result_.entity_of[s][m] = body;
                if (body >= 0) affiliate_apposed_person(s, m, body);
                continue;
            }
            // A pronoun, or "the company", refers to its sentence's subject
            // before anything nearer ("The U.S. accused Iran of attacking its
            // banks", "Norsk Hydro has applied ..., company spokesman X said").
            bool body = x.kind == MentionKind::Description && is_generic_body_word(x.name);
            // "Blair accused him of lying": "him" is never the subject of its
            // own sentence (that would be "himself"). Not so for "them",
            // which often stands for unnamed people, and the sentence
            // subject's side is the safer guess than a distant group.
            // Nor is "He accused the Tory leader" about himself: a person's
            // description after the subject names someone else.
            bool object_pronoun = (x.kind == MentionKind::Pronoun && (word_in(x.name, "him") || x.object_form)) ||
                                  (x.kind == MentionKind::Description && x.type == EntityType::Person && !x.indefinite);
            int own_subject = m > 0 ? result_.entity_of[s][0] : -1;
            // "Souness quit after Bellamy accused him": an object pronoun is
            // not the subject of its own clause, a name one verb before it;
            // else ("wrote to Mr McConnell, accusing him") the sentence's.
            int clause_subject = own_subject;
            if (m > 0 && mentions_[s][m - 1].kind == MentionKind::Name && one_verb_between(mentions_[s][m - 1], x))
                clause_subject = result_.entity_of[s][m - 1];
            if ((x.kind == MentionKind::Pronoun || body) && m > 0 && !object_pronoun) {
                // "Petro-Canada estimates ..., company spokesman N said": a
                // name of no known type opening the sentence may be the company.
                bool untyped = body && own_subject >= 0 &&
                               result_.entities[static_cast<std::size_t>(own_subject)].type == EntityType::Unknown;
                // "Henry explained why he paused": a person's name of no known type may be "he".
                bool personal = word_in(x.name, "he", "she", "his", "her");
                bool person = own_subject >= 0 && personal && person_like(result_.entities[static_cast<std::size_t>(own_subject)]);
                // "It has vowed to use all means at its disposal": "it" opening the sentence stands for its subject too.
                const Mention& opener = mentions_[s][0];
                bool named = opener.kind == MentionKind::Name || (opener.kind == MentionKind::Pronoun && word_in(opener.name, "it"));
                bool thing = own_subject >= 0 && word_in(x.name, "it", "its") && untyped_thing(own_subject);
                // But "Paug said Fernandez had not withdrawn his stake": the reported clause's subject is nearer.
                bool nearer = personal && own_subject >= 0 && reported_subject_between(s, m, own_subject);
                if (own_subject >= 0 && named && !nearer && (fits(own_subject, x) || untyped || person || thing)) found = own_subject;
            }
            // "Bossert said in the Journal that President Trump had ... . He
            // wrote": a "he", "she" or "it" opening its sentence continues the
            // subject of an earlier sentence rather than the nearest name; so
            // does "the company" anywhere ("Acme said it sold its offices to
            // Globex. N, company spokesman, said").
            bool continues = (m == 0 || x.after_quote) && word_in(x.name, "he", "she", "it", "they", "his", "her");
            if (found < 0 && (continues || body))
                for (std::size_t s2 = s; found < 0 && s2-- > 0 && s - s2 <= 3;) {
                    // The subject: its first mention past a country's adjective ("The Iranian spokesman").
                    std::size_t first = 0;
                    while (first < mentions_[s2].size() && mentions_[s2][first].kind == MentionKind::Adjective) ++first;
                    if (first == mentions_[s2].size()) continue;
                    // `"...," Bakes told a meeting. He denied`: a quote's speaker is its sentence's subject.
                    // (The last mention after a quote: the first may open the quote.)
                    for (std::size_t q = first; q < mentions_[s2].size(); ++q)
                        if (mentions_[s2][q].after_quote) first = q;
                    const Mention& subject = mentions_[s2][first];
                    int id = result_.entity_of[s2][first];
                    // "we" is a quote's speaker, known only later: look further back.
                    bool first_person = subject.kind == MentionKind::Pronoun && word_in(subject.name, "we", "our");
                    if (id < 0 || first_person) continue;
                    // "The Iranian spokesman said ... He said": the unnamed person speaks for the body he stands for;
                    // "Yukos said ... It sued": a name of no known type that is no person's is an "it".
                    bool thing = word_in(x.name, "it") && (subject.kind == MentionKind::Name || word_in(subject.name, "it")) && untyped_thing(id);
                    // "Paula Paug also said ... She alleged": a person's name of no known type.
                    bool person = x.kind == MentionKind::Pronoun && gender_of(x) != 0 && subject.kind == MentionKind::Name && person_like(result_.entities[static_cast<std::size_t>(id)]) &&
                                  (!gender_.count(id) || gender_.at(id) == gender_of(x));
                    // "the company" continues a named organisation ("Arrojo, Kahn and the
                    // company" are no subject of it); "the group" also a name of no known
                    // type that is no person's ("a group named Kadyrovtsy ... This group").
                    bool organisation = result_.entities[static_cast<std::size_t>(id)].type == EntityType::Organization;
                    bool fitting = body ? subject.kind == MentionKind::Name &&
                                              ((organisation && fits(id, x)) || (word_in(x.name, "group") && untyped_thing(id)))
                                        : fits(id, x) || thing || person ||
                                              (subject.kind == MentionKind::Description && subject.type == EntityType::Person);
                    if (fitting) found = id;
                    break;
                }
            for (std::size_t j = k; found < 0 && j-- > 0;) {
                auto [s2, m2] = order[j];
                int id = result_.entity_of[s2][m2];
                if (object_pronoun && id == (x.kind == MentionKind::Pronoun ? clause_subject : own_subject) &&
                    (s2 == s || x.kind == MentionKind::Description))
                    continue;
                // "Fox said the comments were at odds with Blair's prediction.
                // But Clarke accused him": a possessor inside a phrase is seldom "him".
                if (x.kind == MentionKind::Pronoun && word_in(x.name, "him") && possessor_in_phrase(mentions_[s2][m2])) continue;
                if (id >= 0 && fits(id, x) &&
                    (s2 < s || mentions_[s2][m2].last <= x.first)) {
                    found = id;
                    break;
                }
            }
            if (found < 0 && x.kind == MentionKind::Description && x.type == EntityType::Person && !x.indefinite)
                for (std::size_t j = k + 1; j < order.size() && found < 0 && order[j].first <= s + 3; ++j) {
                    if (order[j].first == s) continue;  // "The spokeswoman said X's show ...": X is not her
                    auto [s2, m2] = order[j];
                    const Mention& y = mentions_[s2][m2];
                    int id = result_.entity_of[s2][m2];
                    // Not someone introduced with a title of their own ("President N",
                    // "Spokesman N" of another body, "N, head of its bond department"):
                    // that introduces someone new.
                    if (id >= 0 && y.kind == MentionKind::Name && y.last - y.first >= 2 && y.title_word.empty() && !officials_.count(id) &&
                        result_.entities[static_cast<std::size_t>(id)].type == EntityType::Person)
                        found = id;
                }
            // "an Apple spokesperson said" with no named spokesperson: the body speaks.
            if (found < 0 && ref_body_ >= 0) found = ref_body_;
            result_.entity_of[s][m] = found;
            if (found >= 0 && gender_of(x) != 0) gender_[found] = gender_of(x);
        }
    }

    // The folded word before text position `pos`, past titles ("said Mr N"); "" at the start.
    std::string word_before(std::size_t pos) const {
        while (pos > 0) {
            std::size_t end = text_.find_last_not_of(" \n", pos - 1);
            if (end == std::string_view::npos) return "";
            std::size_t begin = text_.find_last_of(" \n", end);
            begin = begin == std::string_view::npos ? 0 : begin + 1;
            std::string word = fold_case(text_.substr(begin, end + 1 - begin));
            if (!lex_.is(word, WordClass::Title)) return word;
            pos = begin;
        }
        return "";
    }

    // "Paug said Fernandez had not withdrawn his stake": a person opening
    // a reported clause ("said X", "that X") before mention m, with no "but"
    // or ";" after it, is nearer to m than the sentence's subject is.
    bool reported_subject_between(std::size_t s, std::size_t m, int own_subject) const {
        const auto& ms = mentions_[s];
        for (std::size_t k = 1; k < m; ++k) {
            int id = result_.entity_of[s][k];
            if (ms[k].kind != MentionKind::Name || id < 0 || id == own_subject ||
                !person_like(result_.entities[static_cast<std::size_t>(id)]))
                continue;
            std::string word = word_before(ms[k].span.begin);
            if (word != "said" && word != "says" && word != "that") continue;
            std::string_view gap = text_.substr(ms[k].span.end, ms[m].span.begin - ms[k].span.end);
            if (gap.starts_with("'s") || gap.starts_with("\u2019s") || gap.find(" but ") != std::string_view::npos ||
                gap.find(';') != std::string_view::npos)
                continue;
            return true;
        }
        return false;
    }

    // 'm' for "he", "the spokesman", "Mr N", 'f' for "she", "the
    // spokeswoman", "Ms N", else 0. Once a mention of one took an entity,
    // one of the other does not ("Mr McLetchie ... he ... she said";
    // "spokesman N ... the show's spokeswoman said").
    static char gender_of(const Mention& x) {
        if (x.kind == MentionKind::Adjective || x.kind == MentionKind::Capital) return 0;
        std::string_view w = x.kind == MentionKind::Name ? std::string_view(x.title_word) : std::string_view(x.name);
        if (word_in(w, "he", "him", "his", "himself", "spokesman", "mr", "mr.")) return 'm';
        if (word_in(w, "she", "her", "hers", "herself", "spokeswoman", "mrs", "mrs.", "ms", "ms.")) return 'f';
        return 0;
    }

    // "the three men": the latest list of exactly that many people ("Ana
    // Ruiz, Mr Pedro Gomez and Luis Vega") within ten sentences before;
    // "the defendants": the latest list of two or more. "the two
    // companies", "the firms": the same of companies, in the sentence or
    // the one before (where a list of companies is seldom far).
    std::vector<int> counted_parties(std::size_t s, const Mention& ref) const {
        const bool companies = ref.type == EntityType::Organization;
        for (std::size_t s2 = s + 1; s2-- > 0 && s - s2 <= (companies ? 1 : 10);) {
            std::vector<int> best;
            std::vector<int> run;
            std::uint32_t run_end = 0;
            for (std::size_t m = 0; m < mentions_[s2].size(); ++m) {
                const Mention& y = mentions_[s2][m];
                if (s2 == s && y.first >= ref.first) break;
                int id = result_.entity_of[s2][m];
                bool party = y.kind == MentionKind::Name && id >= 0 &&
                             (companies ? result_.entities[static_cast<std::size_t>(id)].type == EntityType::Organization ||
                                              untyped_thing(id)
                                        : person_like(result_.entities[static_cast<std::size_t>(id)]));
                if (!party) {
                    run.clear();
                    continue;
                }
                if (!run.empty() && !list_gap(text_.substr(run_end, y.span.begin - run_end))) run.clear();
                if (std::find(run.begin(), run.end(), id) == run.end()) run.push_back(id);
                run_end = y.span.end;
                if (ref.count == Mention::kEveryone ? run.size() >= 2 : run.size() == static_cast<std::size_t>(ref.count))
                    best = run;
            }
            if (!best.empty()) return best;
        }
        return {};
    }

    // A name of no known type that is no person's: a company or body an "it" may stand for.
    bool untyped_thing(int id) const {
        const Entity& e = result_.entities[static_cast<std::size_t>(id)];
        return e.type == EntityType::Unknown && !person_like(e);
    }

    // A person, or a name of two to four words of no organisation.
    bool person_like(const Entity& e) const {
        if (e.type == EntityType::Person) return true;
        if (e.type != EntityType::Unknown) return false;
        const std::string folded = fold_case(e.name);
        const std::vector<std::string_view> words = split_views(folded, ' ');
        if (words.size() < 2 || words.size() > 4) return false;
        // "Computer Fraud and Abuse Act": a law is no person either.
        return words.back() != "act" &&
               std::ranges::none_of(words, [&](std::string_view w) { return lex_.is(w, WordClass::OrgHead); });
    }

    // What may stand between the names of a list: ",", "and", titles ("Mr"),
    // ages ("Ana Ruiz, 34, and Luis Vega").
    bool list_gap(std::string_view gap) const {
        bool joined = false;
        std::string words = fold_case(gap);
        std::replace(words.begin(), words.end(), ',', ' ');
        for (const std::string& w : split_list(words, ' ')) {
            if (w.empty()) continue;
            if (w == "and") joined = true;
            else if (!lex_.is(w, WordClass::Title) && w.find_first_not_of("0123456789") != std::string::npos) return false;
        }
        return joined || gap.find(',') != std::string_view::npos;
    }

    void count_mentions() {
        for (const auto& ids : result_.entity_of)
            for (int id : ids)
                if (id >= 0) ++result_.entities[static_cast<std::size_t>(id)].mentions;
    }

    const Lexicon& lex_;
    const ResolveOptions& options_;
    std::string_view text_;
    const std::vector<std::vector<Mention>>& mentions_;
    std::size_t mention_count_ = 0;  // in all sentences
    WordMap<int> by_key_;
    std::string key_;  // the key being looked up
    std::set<int> spokespersons_;  // entities named with a spokesperson title
    std::set<int> officials_;      // ... with another title
    std::multimap<std::string, int> title_words_;  // "prime minister" -> whoever was introduced as one
    std::map<int, int> spokesperson_body_;  // spokesperson -> the body named with the title
    int ref_body_ = -1;            // the body of the description being resolved
    std::map<int, char> gender_;   // entity -> the gender of the pronouns that took it
    Resolution result_;
};

}  // namespace

Resolution Resolver::resolve(std::string_view text, const std::vector<std::vector<Mention>>& mentions) const {
    return DocumentResolver(lex_, options_, text, mentions).run();
}

std::string dump_resolution(std::string_view text, const std::vector<std::vector<Mention>>& mentions,
                            const Resolution& resolution) {
    std::string out;
    for (std::size_t s = 0; s < mentions.size(); ++s)
        for (std::size_t m = 0; m < mentions[s].size(); ++m) {
            int id = resolution.entity_of[s][m];
            out += std::to_string(s) + " " + std::string(mentions[s][m].span.of(text)) + " -> ";
            if (id < 0) {
                out += "?\n";
                continue;
            }
            const Entity& e = resolution.entities[static_cast<std::size_t>(id)];
            out += std::string(to_string(e.type)) + " " + e.name + "\n";
        }
    return out;
}

}  // namespace newsgraph
