// Stage: tokens of a sentence -> mentions. Finds names from the gazetteers
// (countries, capitals, adjectives, known organisations), capitalised names
// typed by their shape and cues (organisation heads, titles, malware nouns,
// naming cues), nationality groups ("Iranian hackers"), pronouns and
// definite descriptions ("the ministry"). Resolution to entities is the next
// stage's work.
//
//   MentionFinder finder(lexicon);
//   std::vector<Mention> ms = finder.find(doc.text, tokens, sentence, known_names);
#pragma once

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "entity.h"
#include "lexicon.h"
#include "sentences.h"
#include "tokens.h"

namespace newsgraph {

enum class MentionKind : std::uint8_t {
    Name,         // a proper name ("Microsoft", "Ana Maria Ruiz")
    Capital,      // a capital standing for its country ("Tehran")
    Adjective,    // a country adjective used alone ("Israeli airstrikes")
    Pronoun,      // "he", "its"
    Description,  // "the ministry", "the spokesman"
};

// Tokens [first, last) of the document's token vector.
struct Mention {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    Span span;
    MentionKind kind = MentionKind::Name;
    EntityType type = EntityType::Unknown;
    std::string name;        // for names: the normalised name; else the folded word
    int country = -1;        // the country it is, or belongs to (lexicon index)
    bool qualified = false;  // the name carries its country ("Iranian Foreign Ministry")
    int title = -1;          // Spokesperson/Official title before a person, as TitleRole, or -1
    std::string title_word;  // a person's title, before the name or in an apposition, or a description's, folded
    std::uint32_t title_first = 0;  // tokens of that title
    int alias_of = -1;       // "(NSAC)", ", also known as Fancy Goat": index of the name it renames
    bool indefinite = false; // "a Tory spokesman": a description of someone unnamed
    bool appositive = false; // ", a Tory spokesman": an indefinite description set off after a name
    // "most of the malware" (a part of a kind), "the group that hacked X" (a
    // description its own clause defines): refers to no entity named before;
    // "Linux servers", "Mac malware": a platform's name, no party at all.
    bool unbound = false;
    bool after_preposition = false;  // "from New Zealand": a place in a phrase, no topic
    bool after_quote = false;        // `," she said`: the speaker of the quote before it
    bool object_form = false;        // "accused her of": "her" as an object, not the possessive "her party"
    bool own_side = false;   // a gazetteer name of the country's but not its state ("Labour Party")
    bool armed = false;      // a gazetteer name of an armed group ("Hezbollah")
    int count = 0;           // "the three men": a description of that many people named before
    static constexpr int kEveryone = -1;  // "the defendants": of every person of the last list

    bool operator==(const Mention&) const = default;
};

// Folded single words of a document, seen capitalised mid-sentence.
using KnownNames = std::unordered_set<std::string_view, WordHash, std::equal_to<>>;

// The names a document's body gives, by their folded words ("nec corp", and
// "nec" without the legal form): in a headline, where every word is
// capitalised, only these and the gazetteers' name anything.
struct BodyName {
    EntityType type = EntityType::Unknown;
    std::string name;
};
using BodyNames = std::unordered_map<std::string, BodyName>;

// Immutable and thread-safe; holds a reference to the lexicon.
class MentionFinder {
public:
    explicit MentionFinder(const Lexicon& lexicon) : lex_(lexicon) {}

    // `known_names`: folded single words seen capitalised mid-sentence in the
    // document, which makes them names at the start of a sentence too.
    // `headline`: is_headline(sentence); `body_names`, for a headline: the
    // names the body gives.
    std::vector<Mention> find(std::string_view text, const std::vector<Token>& tokens, const Sentence& sentence,
                              const KnownNames& known_names, bool headline, const BodyNames* body_names = nullptr) const;

    // A headline in capitals or in Title Case: capitals say nothing about names there.
    static bool is_headline(const std::vector<Token>& tokens, const Sentence& sentence);

    // The names of the sentences that are no headline (`headlines[s]` false)
    // that may stand in one: only those whose first word a headline holds.
    static BodyNames collect_body_names(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                                        const std::vector<char>& headlines,
                                        const std::vector<std::vector<Mention>>& mentions);

    // The capitalised words of a document that stand mid-sentence.
    KnownNames collect_known_names(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences) const;

private:
    const Lexicon& lex_;
};

// "[Country Peru] [Person Ana Maria Ruiz]": the canonical dump used in tests.
std::string dump_mentions(std::string_view text, const std::vector<Mention>& mentions);

// "a Linux variant of KillDisk": whether the name starting at `name_first`
// (after "variant(s) of", "the" allowed) is malware that acts in its
// variant. Not in the apposition "Dubbed X, a variant of Y, the worm", where
// the worm is X and Y stays in the background.
bool names_variant_source(const std::vector<Token>& tokens, const Sentence& sentence, std::uint32_t name_first);

}  // namespace newsgraph
