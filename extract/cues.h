// Which texts can hold a relation at all. Every default extractor fires at a
// cue word: a trigger of relations.tsv, a wrongdoer noun, a spokesperson
// title, a charging authority or a speaks_for verb ("N, who speaks for O").
// A text without one yields no relation, so the pipeline skips its
// stages after a scan that costs about as much as reading the text: much news
// holds no cue (38% of the bytes of a 22k-document news corpus).
//
//   CueScanner cues(lexicon.relation_cues);
//   if (!cues.may_hold_relation(doc.text)) return;  // nothing to extract
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "words.h"

namespace newsgraph {

// Built once from the folded cue words; immutable and thread-safe afterwards.
class CueScanner {
public:
    explicit CueScanner(const WordSet& cue_words);

    // False only when no token of `text` can be a cue word. A token's folded
    // form holds every letter-and-digit run of its text, so the scan looks
    // for one run of each cue (its longest, the rarest) among the text's runs.
    bool may_hold_relation(std::string_view text) const;

private:
    bool is_cue_part(std::string_view folded_run) const;
    // A letter's or digit's row: a-z, then 0-9, either case.
    static std::size_t end_slot(char letter_or_digit);

    FrozenWordMap<WordClasses> parts_;  // the longest letter-and-digit run of every cue word, as Trigger
    // Which lengths the parts that start and end with these letters have, as
    // bits: most runs of a text are ruled out before any hashing.
    std::array<std::array<std::uint32_t, 36>, 36> lengths_by_ends_{};
    std::size_t longest_ = 0;  // the longest of them, in bytes
    bool every_text_ = false;  // a cue without such a run cannot be looked for
};

}  // namespace newsgraph
