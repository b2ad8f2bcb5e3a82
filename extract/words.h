// Word lookup: hash containers keyed by folded words, looked up by
// string_view so that a lookup never builds a temporary std::string; and the
// word classes of the lexicon, which every token carries as a bit set so that
// the extractors test bits instead of hashing the same word again and again.
//
//   WordSet verbs{"said", "told"};
//   bool speech = verbs.count(std::string_view("said")) > 0;
//   if (token.is(WordClass::SpeechVerb)) ...
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsgraph {

// A word of at most eight bytes as one number, different for different
// words of one length: their bytes, read without a call to memcpy of a
// variable length (most words are that short).
inline std::uint64_t load_short(const char* p, std::size_t n) noexcept {
    if (n >= 4) {
        std::uint32_t low, high;
        std::memcpy(&low, p, 4);
        std::memcpy(&high, p + n - 4, 4);
        return low | std::uint64_t{high} << (8 * (n - 4));
    }
    if (n == 0) return 0;
    auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    return byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
}

// load_short of a word's first eight bytes.
inline std::uint64_t word_head(std::string_view word) noexcept {
    return load_short(word.data(), std::min<std::size_t>(word.size(), 8));
}

constexpr std::uint64_t kWordHashSeed = 0x9E3779B97F4A7C15ull;

// The last step of word_hash, given load_short of the last one to eight bytes.
inline std::uint64_t finish_word_hash(std::uint64_t h, std::uint64_t last) noexcept {
    h = (h ^ last) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

// A hash for short words: eight bytes at a time, multiply and fold. Words
// are short and hashed once per token, so this beats the byte-wise
// general-purpose hash of std::hash (perf: 7% of extraction).
inline std::uint64_t word_hash(std::string_view word) noexcept {
    std::uint64_t h = kWordHashSeed ^ word.size();
    std::size_t i = 0;
    for (; i + 8 < word.size(); i += 8) {
        std::uint64_t k;
        std::memcpy(&k, word.data() + i, 8);
        h = (h ^ k) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    return finish_word_hash(h, load_short(word.data() + i, word.size() - i));
}

// `word` is `literal`, compared inline: the library's operator== calls an
// out-of-line compare whenever the lengths match, and the tests that every
// short word of every sentence meets pay for that call.
template <std::size_t N>
bool word_is(std::string_view word, const char (&literal)[N]) {
    return word.size() == N - 1 && std::memcmp(word.data(), literal, N - 1) == 0;
}

// `word` is one of `literals`, each compared inline (see word_is).
template <std::size_t... N>
bool word_in(std::string_view word, const char (&... literals)[N]) {
    return (word_is(word, literals) || ...);
}

struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const noexcept { return word_hash(word); }
};

using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

template <typename Value>
using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;

// The word lists of words.tsv (lexicon/README.md describes each), the keys of
// the other lists, and the first words of names and titles, which start the
// multi-word matches.
enum class WordClass : std::uint8_t {
    GroupNoun,         // "hackers", "officials"
    StateForce,        // "warships", "troops": "Iraqi warplanes" act as Iraq
    MediaWord,         // "news", "radio": a newsroom relays, it does not accuse
    StateBody,         // "ministry", "agency": "<body> of Iran" is Iran's
    MalwareNoun,       // "worm", "virus"
    NamingCue,         // "known as", "called", "dubbed"
    SpeechVerb,        // "said", "told"
    Hedge,             // "allegedly", "may"
    Negation,          // "not", "never"
    NonName,           // capitalised words that are no names: "Friday"
    Preposition,       // "of", "in", "against"
    Auxiliary,         // "was", "has", "is"
    AgentVerb,         // "launched", "carried": their subject did the noun's act
    OrgHead,           // "ministry", "corp"
    LegalForm,         // "corp", "gmbh": a company's legal form, also an OrgHead
    WrongdoerNoun,     // "hackers", "aggressor": "X is a <noun>" accuses X
    FacilityNoun,      // "servers", "facilities": "attacked its servers" hits the owner
    Adverb,            // "also", "then": stand between a subject and its verb
    Affiliation,       // "linked", "backed": "hackers linked to X" act for X
    CollectiveHead,    // "movement", "militia": "the Houthi movement" is an organisation
    StanceVerb,        // "tolerate", "allow": "will not tolerate attacks" denies nothing
    FigurativeAttack,  // "attacked", "hit": also criticism between people
    Irrealis,          // "risk", "threat": what follows has not happened
    AttackContext,     // "missile", "hackers": make them literal
    AttackObjectNoun,  // "targets": makes them literal, but not itself as the verb
    ClaimNoun,         // "report", "claims": what a denial word can call false
    ActNoun,           // "activity", "campaign": "linked the <noun> to X" blames X
    PersonNoun,        // "citizens", "nationals": people named by no role
    PrivateParty,      // "bondholders", "companies": "U.S. bondholders" are not the United States
    PlaceNoun,         // "city", "town": "the city of X" names a place
    Platform,          // "Linux", "Windows": a name of one is no party to a relation
    NormNoun,          // "rules", "treaty": "does not breach GATT rules" wrongs no GATT
    Proceeding,        // "lawsuit", "appeal": what a court dismisses
    LegalAuthority,    // "prosecutors", "the indictment": charges for the document's accuser
    LegalCharge,       // "charged", "sued": a charge at law, by a prosecutor or a plaintiff
    ProsecutingBody,   // "justice", "prosecutors": a state body of that name charges for the state
    BodyClassifier,    // "firm", "unit": "security firm FireEye" names an organisation
    LiteralAgentVerb,  // "carried out", "conducted": the act they take is no figure of speech
    VictimVerb,        // "repelled", "damaged": their subject was the target of the attack they take
    DefendantVerb,     // "faces", "settled": their subject is accused by the charges they take
    IntentionVerb,     // "expects", "vowed": their subject is the subject of the infinitive after them
    FlagWord,          // "flagged", "owned": "an American-flagged ship" is the United States'
    SpeaksFor,         // "speaks", "spoke": "N, who speaks for O" is O's spokesperson
    NameFirstWord,     // the first token of a gazetteer name
    NameStem,          // a name's first tokens but not all ("united" of "united states"): a longer match may go on
    BodyFirstWord,     // the first token of a body of org_names.tsv ("foreign" of "foreign ministry")
    TitleFirstWord,    // the first token of a title
    Title,             // a title of titles.tsv
    SpokespersonTitle, // a title of role spokesperson: "spokesman", "press secretary"
    Pronoun,           // a pronoun of words.tsv
    Description,       // a description of words.tsv ("the ministry")
    Trigger,           // a trigger of relations.tsv
    Count
};

struct WordClasses {
    std::uint64_t bits = 0;

    constexpr WordClasses() = default;
    constexpr WordClasses(std::initializer_list<WordClass> classes) {
        for (WordClass c : classes) add(c);
    }

    constexpr bool has(WordClass c) const { return (bits >> static_cast<unsigned>(c)) & 1u; }
    constexpr bool has_any(WordClasses set) const { return (bits & set.bits) != 0; }
    constexpr void add(WordClass c) { bits |= std::uint64_t{1} << static_cast<unsigned>(c); }
    bool operator==(const WordClasses&) const = default;
};
static_assert(static_cast<unsigned>(WordClass::Count) <= 64, "WordClasses holds 64 classes");

// A word map frozen once loaded, for the lookups made for every token (its
// classes) and every name candidate: an open-addressing table whose slots
// hold the first eight bytes of their keys and the rest in one buffer, so
// that a lookup of a short word touches one slot and no string, instead of a
// node-based map's buckets, nodes and keys, and finds its value there.
// Empty words are not held.
template <typename Value>
class FrozenWordMap {
public:
    FrozenWordMap() = default;
    template <typename Map>
    explicit FrozenWordMap(const Map& words) {
        std::size_t size = 16;
        while (size < words.size() * 2) size *= 2;
        slots_.assign(size, Slot{});
        mask_ = size - 1;
        for (const auto& [word, value] : words) {
            if (word.empty()) continue;
            std::uint64_t h = word_hash(word);
            std::size_t i = h & mask_;
            while (slots_[i].length) i = (i + 1) & mask_;
            slots_[i] = Slot{h, word_head(word), static_cast<std::uint32_t>(keys_.size()),
                             static_cast<std::uint32_t>(word.size()), value};
            keys_ += word;
            if (word.size() == 1) one_byte_[static_cast<unsigned char>(word[0])] = static_cast<std::int32_t>(i);
        }
    }

    // The value of `word`, or nullptr.
    const Value* find(std::string_view word) const {
        // Punctuation, "a", "I": a fifth of a text's tokens, read from a table.
        if (word.size() == 1) {
            const std::int32_t slot = one_byte_[static_cast<unsigned char>(word[0])];
            return slot < 0 ? nullptr : &slots_[static_cast<std::size_t>(slot)].value;
        }
        if (slots_.empty() || word.empty()) return nullptr;
        const std::uint64_t head = word_head(word);
        const std::uint64_t h = word.size() <= 8 ? finish_word_hash(kWordHashSeed ^ word.size(), head) : word_hash(word);
        for (std::size_t i = h & mask_; slots_[i].length; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.hash == h && s.head == head && s.length == word.size() &&
                (word.size() <= 8 || std::memcmp(keys_.data() + s.offset + 8, word.data() + 8, word.size() - 8) == 0))
                return &s.value;
        }
        return nullptr;
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint64_t head = 0;                // word_head of the key
        std::uint32_t offset = 0, length = 0;  // length 0: empty
        Value value{};
    };
    std::vector<Slot> slots_;
    std::string keys_;
    std::size_t mask_ = 0;
    std::array<std::int32_t, 256> one_byte_ = filled(-1);  // the slot of each one-byte key, or -1

    static constexpr std::array<std::int32_t, 256> filled(std::int32_t v) {
        std::array<std::int32_t, 256> a{};
        a.fill(v);
        return a;
    }
};

}  // namespace newsgraph
