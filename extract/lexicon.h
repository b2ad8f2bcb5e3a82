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
#include <unordered_set>
#include <vector>

#include "cleanup.h"
#include "entity.h"

namespace newsgraph {

struct Country {
    std::string code;       // ISO 3166-1 alpha-3
    std::string name;       // common short English name: the canonical name
    std::string adjective;  // "Iranian"; empty when none is known

    // What qualifies a body or group of the country: "Iranian", else the name.
    const std::string& qualifier() const { return adjective.empty() ? name : adjective; }
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

// Word lists are looked up once or more per token: hash sets.
using WordSet = std::unordered_set<std::string>;

struct Lexicon {
    std::vector<Country> countries;
    // Folded token sequences joined by single spaces ("united states", "u.s.").
    std::unordered_map<std::string, NameEntry> names;
    std::size_t longest_name = 1;  // in tokens
    WordSet name_first_words;      // the first token of every name: others start none

    WordSet org_heads;                   // "ministry", "corp"
    std::map<std::string, std::string> org_synonyms;  // "ministry of foreign affairs" -> "Foreign Ministry"
    std::map<std::string, TitleRole> titles;           // "spokesman", "press secretary"
    std::size_t longest_title = 1;
    WordSet title_first_words;
    std::map<std::string, EntityType> pronouns;       // "he" -> Person
    std::map<std::string, EntityType> descriptions;   // "ministry" -> Organization
    WordSet state_bodies;                // "ministry", "agency": "<body> of Iran" is Iran's
    WordSet media_words;                 // "news", "radio", "reuters": a newsroom relays, it does not accuse
    WordSet state_forces;                // "warships", "troops": "Iraqi warplanes" act as Iraq
    WordSet group_nouns;                 // "hackers", "officials"
    WordSet malware_nouns;               // "worm", "virus"
    WordSet naming_cues;                 // "known as", "called", "dubbed"
    WordSet speech_verbs;                // "said", "told"
    WordSet hedges;                      // "allegedly", "may"
    WordSet negations;                   // "not", "never"
    WordSet non_name_prefixes;           // "cve-": identifiers that are no names
    WordSet non_names;                   // capitalised words that are no names: "Friday"
    WordSet sentence_openers;            // "the", "he": may follow a sentence-final abbreviation
    WordSet abbreviations;               // "corp.", "gen."
    WordSet prepositions;                // "of", "in", "against"
    WordSet auxiliaries;                 // "was", "has", "is"
    WordSet agent_verbs;                 // "launched", "carried": their subject did the noun's act
    WordSet irrealis;                    // "risk", "threat": what follows has not happened
    WordSet figurative_attacks;          // "attacked", "hit": also criticism between people
    WordSet attack_contexts;             // "missile", "hackers": make them literal
    WordSet stance_verbs;                // "tolerate", "allow": "will not tolerate attacks" denies nothing
    WordSet collective_heads;            // "movement", "militia": "the Houthi movement" is an organisation
    WordSet affiliations;                // "linked", "backed": "hackers linked to X" act for X
    WordSet adverbs;                     // "also", "then": stand between a subject and its verb
    WordSet claim_nouns;                 // "report", "claims": what a denial word can call false
    WordSet facility_nouns;              // "servers", "facilities": "attacked its servers" hits the owner
    WordSet wrongdoer_nouns;             // "hackers", "aggressor": "X is a <noun>" accuses X
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
