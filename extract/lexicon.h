// Every word list the extractors use, loaded once from the lexicon folder
// (UTF-8 TSV files described in lexicon/README.md) and the iso-codes country
// list. Immutable after loading; share one instance between threads.
//
//   Lexicon lex = load_lexicon(LexiconPaths{"lexicon", "/usr/share/iso-codes/json/iso_3166-1.json"});
//   const NameEntry* e = lex.find_name("iran");
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cleanup.h"
#include "entity.h"
#include "words.h"

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
    bool own_side = false;  // of the country but not its state: a party, a movement, an armed group
    bool armed = false;     // an armed group: what it attacks is attacked by force, not in words
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
        Attribution,  // "S linked the attack to O", "was attributed to O by S": S blames O
        Misdeed,      // "X was behind the theft", said by a speaker: the speaker accuses X
        Labelling,    // "S described the attacks as a Russian operation": S blames O
        VerbAt,       // "S fired on O", "opened fire on O", "set fire to O"
        Naming,       // "the indictment names O": a charging document or authority accuses O
        Disavowal,    // "S had nothing to do with the attack on O": S denies
        AccusedRole,  // "the defendants, A and B,", "among the accused were O": charged by the document's prosecutor
        Reproach,     // "S criticised O for lying": a verb only with the act it blames named
    } kind = Kind::Verb;
    double confidence = 0.8;
    // "broke into", "nothing to do with": a form written with the words that
    // must follow its first fires only before them, so "broke into the
    // networks" attacks and "broke the record" does not.
    std::vector<std::string> particle;
};

struct Lexicon {
    std::vector<Country> countries;
    // Folded token sequences joined by single spaces ("united states", "u.s."),
    // while loading; then frozen into name_table.
    WordMap<NameEntry> names;
    FrozenWordMap<NameEntry> name_table;
    std::size_t longest_name = 1;  // in tokens
    WordMap<std::string> org_synonyms;  // "ministry of foreign affairs" -> "Foreign Ministry"
    WordMap<TitleRole> titles;           // "spokesman", "press secretary"
    std::size_t longest_title = 1;
    WordMap<EntityType> pronouns;        // "he" -> Person
    WordMap<EntityType> descriptions;    // "ministry" -> Organization
    WordMap<WordClasses> word_classes;   // while loading: folded word or phrase -> the lists that hold it
    FrozenWordMap<WordClasses> class_table;  // the same, frozen for lookups once loaded
    WordSet non_name_prefixes;           // "cve-": identifiers that are no names
    std::string non_name_prefix_starts;  // their first bytes: most words need no prefix test
    WordSet sentence_openers;            // "the", "he": may follow a sentence-final abbreviation
    WordSet abbreviations;               // "corp.", "gen."
    WordMap<std::vector<Trigger>> triggers;  // folded form -> triggers
    WordSet relation_cues;                   // where the default extractors fire: triggers, wrongdoer nouns, spokesperson titles, charging authorities
    CleanupRules cleanup;

    const NameEntry* find_name(std::string_view folded) const { return name_table.find(folded); }
    WordClasses classes_of(std::string_view folded) const {
        const WordClasses* classes = class_table.find(folded);
        return classes ? *classes : WordClasses{};
    }
    bool is(std::string_view folded, WordClass c) const { return classes_of(folded).has(c); }
    const Trigger* find_trigger(std::string_view folded, Trigger::Kind kind) const;
    const Country* country(int index) const { return index >= 0 ? &countries[static_cast<std::size_t>(index)] : nullptr; }
};

struct LexiconPaths {
    std::string folder;     // holds the *.tsv files
    std::string iso_3166;   // iso-codes iso_3166-1.json
};

// The text of every lexicon file with the name its errors give: what
// load_lexicon reads from disk, and what a test or a fuzzer builds in memory.
struct LexiconSources {
    struct File {
        std::string name;  // "lexicon/words.tsv"
        std::string text;
    };
    File words, countries, organizations, places, org_names, titles, relations, iso_3166;
};

// Throws InputError naming the file that cannot be read.
LexiconSources read_lexicon_sources(const LexiconPaths& paths);

// Throws InputError naming `file:line:` for any malformed entry.
Lexicon build_lexicon(const LexiconSources& sources);

// build_lexicon(read_lexicon_sources(paths)).
Lexicon load_lexicon(const LexiconPaths& paths);

}  // namespace newsgraph
