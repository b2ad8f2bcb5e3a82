// Every word list the extractors use, loaded once from the lexicon folder
// (UTF-8 TSV files described in lexicon/README.md) and the iso-codes country
// list. Immutable after loading; share one instance between threads.
//
//   Lexicon lex = load_lexicon(LexiconPaths{"lexicon", "/usr/share/iso-codes/json/iso_3166-1.json"});
//   const NameEntry* e = lex.find_name("iran");
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cleanup.h"
#include "entity.h"

namespace newsgraph {

struct Country {
    std::string code;       // ISO 3166-1 alpha-3
    std::string name;       // common short English name: the canonical name
    std::string adjective;  // "Iranian"; empty when none is known
};

// What a gazetteer phrase denotes.
enum class NameRole : std::uint8_t {
    Name,       // the entity itself ("Iran", "Microsoft")
    Capital,    // a capital standing for its country's government ("Tehran")
    Adjective,  // a country's adjective ("Iranian"): qualifies what follows
    Demonym,    // a nationality plural ("Palestinians"): a Group
};

struct NameEntry {
    EntityType type = EntityType::Unknown;
    NameRole role = NameRole::Name;
    std::string canonical;  // canonical entity name
    int country = -1;       // index into Lexicon::countries, or -1
};

enum class TitleRole : std::uint8_t { Spokesperson, Official };

// A trigger of a relation, from relations.tsv.
struct Trigger {
    std::string relation;  // "accuses", "denies", "attacked", or a new one
    enum class Kind : std::uint8_t {
        Verb,         // S verb O; passive: O was verb-ed by S
        Noun,         // "accusations by S against O", "S's attack on O", "Israeli airstrikes on O"
        NegatedAct,   // "S has never meddled in O": a denial when negated
        DenialWord,   // "called the accusations groundless": the speaker denies
        AssertedAct,  // a wrongful act a speaker says another did ("the U.S. has interfered")
    } kind = Kind::Verb;
    double confidence = 0.8;
};

struct Lexicon {
    std::vector<Country> countries;
    // Folded token sequences joined by single spaces ("united states", "u.s.").
    std::unordered_map<std::string, NameEntry> names;
    std::size_t longest_name = 1;  // in tokens

    std::set<std::string> org_heads;                   // "ministry", "corp"
    std::map<std::string, std::string> org_synonyms;  // "ministry of foreign affairs" -> "Foreign Ministry"
    std::map<std::string, TitleRole> titles;           // "spokesman", "press secretary"
    std::size_t longest_title = 1;
    std::map<std::string, EntityType> pronouns;       // "he" -> Person
    std::map<std::string, EntityType> descriptions;   // "ministry" -> Organization
    std::set<std::string> state_bodies;                // "ministry", "agency": "<body> of Iran" is Iran's
    std::set<std::string> media_words;                 // "news", "radio", "reuters": a newsroom relays, it does not accuse
    std::set<std::string> state_forces;                // "warships", "troops": "Iraqi warplanes" act as Iraq
    std::set<std::string> group_nouns;                 // "hackers", "officials"
    std::set<std::string> malware_nouns;               // "worm", "virus"
    std::set<std::string> naming_cues;                 // "known as", "called", "dubbed"
    std::set<std::string> speech_verbs;                // "said", "told"
    std::set<std::string> hedges;                      // "allegedly", "may"
    std::set<std::string> negations;                   // "not", "never"
    std::set<std::string> non_name_prefixes;           // "cve-": identifiers that are no names
    std::set<std::string> non_names;                   // capitalised words that are no names: "Friday"
    std::set<std::string> sentence_openers;            // "the", "he": may follow a sentence-final abbreviation
    std::set<std::string> abbreviations;               // "corp.", "gen."
    std::set<std::string> prepositions;                // "of", "in", "against"
    std::set<std::string> auxiliaries;                 // "was", "has", "is"
    std::set<std::string> agent_verbs;                 // "launched", "carried": their subject did the noun's act
    std::set<std::string> irrealis;                    // "risk", "threat": what follows has not happened
    std::set<std::string> figurative_attacks;          // "attacked", "hit": also criticism between people
    std::set<std::string> attack_contexts;             // "missile", "hackers": make them literal
    std::set<std::string> stance_verbs;                // "tolerate", "allow": "will not tolerate attacks" denies nothing
    std::set<std::string> collective_heads;            // "movement", "militia": "the Houthi movement" is an organisation
    std::set<std::string> affiliations;                // "linked", "backed": "hackers linked to X" act for X
    std::set<std::string> adverbs;                     // "also", "then": stand between a subject and its verb
    std::set<std::string> claim_nouns;                 // "report", "claims": what a denial word can call false
    std::set<std::string> facility_nouns;              // "servers", "facilities": "attacked its servers" hits the owner
    std::set<std::string> wrongdoer_nouns;             // "hackers", "aggressor": "X is a <noun>" accuses X
    std::map<std::string, std::vector<Trigger>> triggers;  // folded form -> triggers
    CleanupRules cleanup;

    const NameEntry* find_name(std::string_view folded) const;
    const Trigger* find_trigger(std::string_view folded, Trigger::Kind kind) const;
    const Country* country(int index) const { return index >= 0 ? &countries[static_cast<std::size_t>(index)] : nullptr; }
};

struct LexiconPaths {
    std::string folder;     // holds the *.tsv files
    std::string iso_3166;   // iso-codes iso_3166-1.json
};

// Throws InputError naming `file:line:` for any malformed entry.
Lexicon load_lexicon(const LexiconPaths& paths);

}  // namespace newsgraph
