#include "lexicon.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <utility>

#include "tokens.h"
#include "tsv.h"
#include "utf8.h"

namespace newsgraph {

namespace {

// Folds a phrase into the key the mention finder looks up: its tokens'
// folded forms joined by single spaces, so "U.S." and "Iran's" are keyed as
// the tokenizer will see them in text.
class PhraseKeys {
public:
    explicit PhraseKeys(const WordSet& abbreviations) : tokenizer_(abbreviations) {}

    std::string key(std::string_view phrase, std::size_t* token_count = nullptr) const {
        FoldedText folded(phrase);
        std::vector<Token> tokens;
        tokenizer_.tokenize(phrase, Span{0, static_cast<std::uint32_t>(phrase.size())}, folded, tokens);
        std::string out;
        for (const Token& t : tokens) {
            if (!out.empty()) out += ' ';
            out += t.lower;
        }
        if (token_count) *token_count = tokens.size();
        return out;
    }

private:
    Tokenizer tokenizer_;
};

std::string at(const TsvRow& row, std::size_t i) { return i < row.fields.size() && row.fields[i] != "-" ? row.fields[i] : ""; }

using File = LexiconSources::File;

[[noreturn]] void fail(const File& file, const TsvRow& row, const std::string& message) {
    throw InputError(file.name + ":" + std::to_string(row.line) + ": " + message);
}

EntityType entity_type(const File& file, const TsvRow& row, const std::string& name) {
    if (auto t = parse_entity_type(name)) return *t;
    fail(file, row, "unknown entity type '" + name + "'");
}

// Category name of words.tsv -> the word class its entries get.
const std::map<std::string, WordClass, std::less<>>& word_class_names() {
    static const std::map<std::string, WordClass, std::less<>> names = {
        {"group_noun", WordClass::GroupNoun},
        {"state_force", WordClass::StateForce},
        {"media_word", WordClass::MediaWord},
        {"state_body", WordClass::StateBody},
        {"malware_noun", WordClass::MalwareNoun},
        {"naming_cue", WordClass::NamingCue},
        {"speech_verb", WordClass::SpeechVerb},
        {"hedge", WordClass::Hedge},
        {"negation", WordClass::Negation},
        {"non_name", WordClass::NonName},
        {"preposition", WordClass::Preposition},
        {"auxiliary", WordClass::Auxiliary},
        {"agent_verb", WordClass::AgentVerb},
        {"org_head", WordClass::OrgHead},
        {"legal_form", WordClass::LegalForm},
        {"wrongdoer_noun", WordClass::WrongdoerNoun},
        {"facility_noun", WordClass::FacilityNoun},
        {"adverb", WordClass::Adverb},
        {"affiliation", WordClass::Affiliation},
        {"collective_head", WordClass::CollectiveHead},
        {"stance_verb", WordClass::StanceVerb},
        {"figurative_attack", WordClass::FigurativeAttack},
        {"irrealis", WordClass::Irrealis},
        {"attack_context", WordClass::AttackContext},
        {"attack_object_noun", WordClass::AttackObjectNoun},
        {"claim_noun", WordClass::ClaimNoun},
        {"act_noun", WordClass::ActNoun},
        {"proceeding", WordClass::Proceeding},
        {"legal_authority", WordClass::LegalAuthority},
        {"legal_charge", WordClass::LegalCharge},
        {"prosecuting_body", WordClass::ProsecutingBody},
        {"body_classifier", WordClass::BodyClassifier},
        {"literal_agent_verb", WordClass::LiteralAgentVerb},
        {"victim_verb", WordClass::VictimVerb},
        {"defendant_verb", WordClass::DefendantVerb},
        {"intention_verb", WordClass::IntentionVerb},
        {"flag_word", WordClass::FlagWord},
        {"speaks_for", WordClass::SpeaksFor},
        {"person_noun", WordClass::PersonNoun},
        {"private_party", WordClass::PrivateParty},
        {"place_noun", WordClass::PlaceNoun},
        {"platform", WordClass::Platform},
        {"norm_noun", WordClass::NormNoun},
    };
    return names;
}

std::vector<TsvRow> rows_of(const File& f, std::size_t min_fields, std::size_t max_fields) {
    return parse_tsv(f.text, f.name, min_fields, max_fields);
}

void load_words(Lexicon& lex, const File& file) {
    const auto& classes = word_class_names();
    for (const TsvRow& row : rows_of(file, 2, 3)) {
        const std::string& category = row.fields[0];
        std::vector<std::string> entries = split_list(row.fields[1], '|');
        std::string value = at(row, 2);
        if (auto c = classes.find(category); c != classes.end()) {
            for (const std::string& e : entries) {
                WordClasses& word = lex.word_classes[fold_case(e)];
                word.add(c->second);
                if (c->second == WordClass::LegalForm) word.add(WordClass::OrgHead);
            }
        } else if (category == "abbreviation") {
            for (const std::string& e : entries) lex.abbreviations.insert(fold_case(e));
        } else if (category == "non_name_prefix") {
            for (const std::string& e : entries) {
                std::string prefix = fold_case(e);
                if (prefix.empty()) continue;
                if (lex.non_name_prefix_starts.find(prefix[0]) == std::string::npos) lex.non_name_prefix_starts += prefix[0];
                lex.non_name_prefixes.insert(std::move(prefix));
            }
        } else if (category == "sentence_opener") {
            for (const std::string& e : entries) lex.sentence_openers.insert(fold_case(e));
        } else if (category == "pronoun" || category == "description") {
            EntityType type = entity_type(file, row, value);
            auto& target = category == "pronoun" ? lex.pronouns : lex.descriptions;
            for (const std::string& e : entries) target[fold_case(e)] = type;
        } else if (category == "boilerplate_prefix") {
            for (const std::string& e : entries) lex.cleanup.line_prefixes.push_back(fold_case(e));
        } else if (category == "boilerplate_contains") {
            for (const std::string& e : entries) lex.cleanup.line_contains.push_back(fold_case(e));
        } else if (category == "credit_marker") {
            for (const std::string& e : entries) lex.cleanup.credit_markers.push_back(fold_case(e));
        } else if (category == "date_marker") {
            for (const std::string& e : entries) lex.cleanup.date_markers.push_back(fold_case(e));
        } else if (category == "month") {
            int month = std::atoi(value.c_str());
            if (month < 1 || month > 12) fail(file, row, "month number must be 1 to 12, found '" + value + "'");
            for (const std::string& e : entries) lex.cleanup.months[fold_case(e)] = month;
        } else {
            fail(file, row, "unknown category '" + category + "'");
        }
    }
}

void add_name(Lexicon& lex, const PhraseKeys& keys, std::string_view phrase, NameEntry entry) {
    std::size_t count = 0;
    std::string key = keys.key(phrase, &count);
    if (key.empty()) return;
    lex.longest_name = std::max(lex.longest_name, count);
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
        lex.word_classes[key.substr(0, space)].add(WordClass::NameStem);
    lex.word_classes[key.substr(0, key.find(' '))].add(WordClass::NameFirstWord);
    // The first entry wins, so a country's own name outranks a later alias.
    lex.names.emplace(std::move(key), std::move(entry));
}

void load_countries(Lexicon& lex, const PhraseKeys& keys, const File& iso_3166, const File& file) {
    // iso-codes gives every country's code and names; countries.tsv adds the
    // short name where iso-codes has only the formal one, and the forms
    // news text uses (adjectives, demonyms, capitals, aliases).
    rapidjson::Document iso;
    // Its names become keys and outputs as they are: like the TSV files, it must be valid UTF-8.
    iso.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(iso_3166.text.c_str(), iso_3166.text.size());
    if (iso.HasParseError())
        throw InputError(iso_3166.name + ": invalid JSON at byte " + std::to_string(iso.GetErrorOffset()) + ": " +
                         rapidjson::GetParseError_En(iso.GetParseError()));
    if (!iso.IsObject() || !iso.HasMember("3166-1") || !iso["3166-1"].IsArray())
        throw InputError(iso_3166.name + ": not an iso-codes 3166-1 list");
    std::map<std::string, int> index;
    std::vector<std::vector<std::string>> official(iso["3166-1"].Size());
    for (const auto& c : iso["3166-1"].GetArray()) {
        auto str = [&](const char* key) -> std::string {
            return c.HasMember(key) && c[key].IsString() ? c[key].GetString() : "";
        };
        Country country{str("alpha_3"), str("common_name").empty() ? str("name") : str("common_name"), ""};
        if (country.code.empty()) continue;
        index[country.code] = static_cast<int>(lex.countries.size());
        auto& names = official[lex.countries.size()];
        for (const char* key : {"name", "official_name"})
            if (std::string n = str(key); !n.empty() && n.find(',') == std::string::npos) names.push_back(n);
        lex.countries.push_back(std::move(country));
    }
    std::vector<TsvRow> rows = rows_of(file, 2, 6);
    for (const TsvRow& row : rows) {
        auto it = index.find(row.fields[0]);
        if (it == index.end()) {
            // A former country ("SUN", the Soviet Union, of ISO 3166-3), which
            // 1980s news names as an actor: the row gives its name.
            if (at(row, 1).empty())
                fail(file, row, "unknown ISO 3166-1 alpha-3 code '" + row.fields[0] + "' (a former country needs its name)");
            it = index.emplace(row.fields[0], static_cast<int>(lex.countries.size())).first;
            lex.countries.push_back(Country{row.fields[0], at(row, 1), ""});
            official.emplace_back();
        }
        Country& c = lex.countries[static_cast<std::size_t>(it->second)];
        if (std::string canonical = at(row, 1); !canonical.empty()) c.name = canonical;
        std::vector<std::string> adjectives = split_list(at(row, 2), '|');
        if (!adjectives.empty()) c.adjective = adjectives.front();
    }
    // Names first, then the forms that qualify or stand for a country.
    for (std::size_t i = 0; i < lex.countries.size(); ++i) {
        const Country& c = lex.countries[i];
        NameEntry e{EntityType::Country, NameRole::Name, c.name, static_cast<int>(i)};
        add_name(lex, keys, c.name, e);
        for (const std::string& n : official[i]) add_name(lex, keys, n, e);
    }
    for (const TsvRow& row : rows) {
        int i = index[row.fields[0]];
        const Country& c = lex.countries[static_cast<std::size_t>(i)];
        for (const std::string& alias : split_list(at(row, 5), '|'))
            add_name(lex, keys, alias, NameEntry{EntityType::Country, NameRole::Name, c.name, i});
        for (const std::string& adj : split_list(at(row, 2), '|'))
            add_name(lex, keys, adj, NameEntry{EntityType::Country, NameRole::Adjective, c.name, i});
        for (const std::string& dem : split_list(at(row, 3), '|'))
            add_name(lex, keys, dem, NameEntry{EntityType::Group, NameRole::Demonym, dem, i});
        for (const std::string& cap : split_list(at(row, 4), '|'))
            add_name(lex, keys, cap, NameEntry{EntityType::Country, NameRole::Capital, c.name, i});
    }
}

// organizations.tsv and places.tsv: name, type, aliases, country, side.
void load_named(Lexicon& lex, const PhraseKeys& keys, const File& file, const std::map<std::string, int>& codes) {
    for (const TsvRow& row : rows_of(file, 2, 5)) {
        NameEntry e{entity_type(file, row, row.fields[1]), NameRole::Name, row.fields[0], -1};
        if (std::string code = at(row, 3); !code.empty()) {
            auto it = codes.find(code);
            if (it == codes.end()) fail(file, row, "unknown ISO 3166-1 alpha-3 code '" + code + "'");
            e.country = it->second;
        }
        if (std::string side = at(row, 4); side == "own" || side == "armed") {
            e.own_side = true;
            e.armed = side == "armed";
        } else if (!side.empty() && side != "state") {
            fail(file, row, "unknown side '" + side + "' (state, own or armed)");
        }
        add_name(lex, keys, e.canonical, e);
        for (const std::string& alias : split_list(at(row, 2), '|')) add_name(lex, keys, alias, e);
    }
}

void load_org_names(Lexicon& lex, const PhraseKeys& keys, const File& file) {
    for (const TsvRow& row : rows_of(file, 2, 2)) {
        // The canonical form is a variant of itself: "the foreign ministry" in lower case.
        std::vector<std::string> forms = split_list(row.fields[1], '|');
        forms.push_back(row.fields[0]);
        for (const std::string& form : forms) {
            std::string key = keys.key(form);
            lex.word_classes[key.substr(0, key.find(' '))].add(WordClass::BodyFirstWord);
            lex.org_synonyms[key] = row.fields[0];
        }
    }
}

void load_titles(Lexicon& lex, const PhraseKeys& keys, const File& file) {
    for (const TsvRow& row : rows_of(file, 2, 2)) {
        TitleRole role;
        if (row.fields[1] == "spokesperson") role = TitleRole::Spokesperson;
        else if (row.fields[1] == "official") role = TitleRole::Official;
        else fail(file, row, "unknown title role '" + row.fields[1] + "' (spokesperson or official)");
        for (const std::string& t : split_list(row.fields[0], '|')) {
            std::size_t count = 0;
            std::string key = keys.key(t, &count);
            lex.word_classes[key.substr(0, key.find(' '))].add(WordClass::TitleFirstWord);
            lex.titles[key] = role;
            lex.longest_title = std::max(lex.longest_title, count);
        }
    }
}

void load_relations(Lexicon& lex, const PhraseKeys& keys, const File& file) {
    static const std::map<std::string, Trigger::Kind> kinds = {{"verb", Trigger::Kind::Verb},
                                                               {"noun", Trigger::Kind::Noun},
                                                               {"negated_act", Trigger::Kind::NegatedAct},
                                                               {"denial_word", Trigger::Kind::DenialWord},
                                                               {"asserted_act", Trigger::Kind::AssertedAct},
                                                               {"attribution", Trigger::Kind::Attribution},
                                                               {"misdeed", Trigger::Kind::Misdeed},
                                                               {"labelling", Trigger::Kind::Labelling},
                                                               {"verb_at", Trigger::Kind::VerbAt},
                                                               {"naming", Trigger::Kind::Naming},
                                                               {"disavowal", Trigger::Kind::Disavowal},
                                                               {"accused_role", Trigger::Kind::AccusedRole},
                                                               {"reproach", Trigger::Kind::Reproach}};
    for (const TsvRow& row : rows_of(file, 4, 4)) {
        Trigger t;
        t.relation = row.fields[0];
        auto kind = kinds.find(row.fields[1]);
        if (kind == kinds.end()) fail(file, row, "unknown trigger kind '" + row.fields[1] + "'");
        t.kind = kind->second;
        char* end = nullptr;
        t.confidence = std::strtod(row.fields[3].c_str(), &end);
        if (end == row.fields[3].c_str() || *end || t.confidence <= 0 || t.confidence > 1)
            fail(file, row, "confidence must be a number in (0, 1], found '" + row.fields[3] + "'");
        for (const std::string& form : split_list(row.fields[2], '|')) {
            std::size_t count = 0;
            std::string key = keys.key(form, &count);
            if (count < 1) fail(file, row, "an empty trigger form");
            std::vector<std::string> words = split_list(key, ' ');
            Trigger form_trigger = t;
            form_trigger.particle.assign(words.begin() + 1, words.end());
            lex.triggers[words.front()].push_back(std::move(form_trigger));
        }
    }
}

// The keys of the keyed lists get word classes too, so that a token tests a
// bit before any map is searched.
void classify_keys(Lexicon& lex) {
    for (const auto& [key, role] : lex.titles) {
        lex.word_classes[key].add(WordClass::Title);
        if (role == TitleRole::Spokesperson) lex.word_classes[key].add(WordClass::SpokespersonTitle);
    }
    for (const auto& entry : lex.pronouns) lex.word_classes[entry.first].add(WordClass::Pronoun);
    for (const auto& entry : lex.descriptions) lex.word_classes[entry.first].add(WordClass::Description);
    for (const auto& entry : lex.triggers) lex.word_classes[entry.first].add(WordClass::Trigger);
    // A naming verb accuses only after a charging authority ("the indictment
    // names X"): the authority is the cue, not the common "named".
    auto cue_trigger = [&](const std::string& word) {
        auto it = lex.triggers.find(word);
        return it != lex.triggers.end() &&
               std::any_of(it->second.begin(), it->second.end(), [](const Trigger& t) { return t.kind != Trigger::Kind::Naming; });
    };
    for (const auto& [word, classes] : lex.word_classes)
        if (cue_trigger(word) || classes.has(WordClass::WrongdoerNoun) || classes.has(WordClass::SpokespersonTitle) ||
            classes.has(WordClass::LegalAuthority) || classes.has(WordClass::SpeaksFor))
            lex.relation_cues.insert(word);
}

}  // namespace

const Trigger* Lexicon::find_trigger(std::string_view folded, Trigger::Kind kind) const {
    auto it = triggers.find(folded);
    if (it == triggers.end()) return nullptr;
    for (const Trigger& t : it->second)
        if (t.kind == kind) return &t;
    return nullptr;
}

LexiconSources read_lexicon_sources(const LexiconPaths& paths) {
    const std::string dir = paths.folder + "/";
    auto read = [&](const std::string& path) { return LexiconSources::File{path, read_file(path)}; };
    LexiconSources s;
    s.words = read(dir + "words.tsv");
    s.countries = read(dir + "countries.tsv");
    s.organizations = read(dir + "organizations.tsv");
    s.places = read(dir + "places.tsv");
    s.org_names = read(dir + "org_names.tsv");
    s.titles = read(dir + "titles.tsv");
    s.relations = read(dir + "relations.tsv");
    s.iso_3166 = read(paths.iso_3166);
    return s;
}

Lexicon load_lexicon(const LexiconPaths& paths) { return build_lexicon(read_lexicon_sources(paths)); }

Lexicon build_lexicon(const LexiconSources& sources) {
    Lexicon lex;
    load_words(lex, sources.words);
    PhraseKeys keys(lex.abbreviations);
    load_countries(lex, keys, sources.iso_3166, sources.countries);
    std::map<std::string, int> codes;
    for (std::size_t i = 0; i < lex.countries.size(); ++i) codes[lex.countries[i].code] = static_cast<int>(i);
    load_named(lex, keys, sources.organizations, codes);
    load_named(lex, keys, sources.places, codes);
    load_org_names(lex, keys, sources.org_names);
    load_titles(lex, keys, sources.titles);
    load_relations(lex, keys, sources.relations);
    classify_keys(lex);
    // Built while loading, then frozen into the tables every lookup uses.
    lex.class_table = FrozenWordMap<WordClasses>(std::exchange(lex.word_classes, {}));
    lex.name_table = FrozenWordMap<NameEntry>(std::exchange(lex.names, {}));
    return lex;
}

}  // namespace newsgraph
