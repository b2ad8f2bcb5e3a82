#include "cues.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "utf8.h"

namespace newsgraph {

namespace {

constexpr bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// Which of 64 bytes are letters, digits or non-ASCII (bit i for byte i),
// and which of them are non-ASCII. The scan reads every byte of every
// document: classified 16 at a time, it walks from run to run rather than
// from byte to byte.
struct RunBits {
    std::uint64_t run = 0, non_ascii = 0;
};

RunBits classify64(const char* p) {
    RunBits bits;
#if defined(__SSE2__)
    for (int k = 0; k < 4; ++k) {
        __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        // Signed compares: bytes from 0x80 up are negative and match no range.
        __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));
        __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
        auto high = static_cast<std::uint64_t>(_mm_movemask_epi8(x));
        auto alnum = static_cast<std::uint64_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
        bits.run |= (alnum | high) << (16 * k);
        bits.non_ascii |= high << (16 * k);
    }
#else
    for (int i = 0; i < 64; ++i) {
        auto c = static_cast<unsigned char>(p[i]);
        bits.run |= std::uint64_t{c >= 0x80 || is_ascii_alnum(c)} << i;
        bits.non_ascii |= std::uint64_t{c >= 0x80} << i;
    }
#endif
    return bits;
}

// Bits from..63 of a word.
constexpr std::uint64_t from_bit(unsigned from) { return ~std::uint64_t{0} << from; }

std::uint32_t length_bit(std::size_t length) { return std::uint32_t{1} << std::min<std::size_t>(length, 31); }

// Calls `use` on every maximal run of ASCII letters and digits of `s`.
template <typename Use>
void for_each_ascii_run(std::string_view s, Use&& use) {
    for (std::size_t i = 0; i < s.size();) {
        if (!is_ascii_alnum(static_cast<unsigned char>(s[i]))) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < s.size() && is_ascii_alnum(static_cast<unsigned char>(s[i]))) ++i;
        if (use(s.substr(start, i - start))) return;
    }
}

}  // namespace

CueScanner::CueScanner(const WordSet& cue_words) {
    WordMap<WordClasses> parts;
    for (const std::string& word : cue_words) {
        std::string_view longest;
        for_each_ascii_run(word, [&](std::string_view run) {
            if (run.size() > longest.size()) longest = run;
            return false;
        });
        every_text_ = every_text_ || longest.empty();
        if (longest.empty()) continue;
        parts[std::string(longest)].add(WordClass::Trigger);
        longest_ = std::max(longest_, longest.size());
    }
    parts_ = FrozenWordMap<WordClasses>(parts);
    for (const auto& entry : parts)
        lengths_by_ends_[end_slot(entry.first.front())][end_slot(entry.first.back())] |= length_bit(entry.first.size());
}

std::size_t CueScanner::end_slot(char c) {
    // A table: two of these are read for every run of every text.
    static constexpr std::array<std::uint8_t, 256> kSlots = [] {
        std::array<std::uint8_t, 256> slots{};
        for (int b = 0; b < 26; ++b) slots['a' + b] = slots['A' + b] = static_cast<std::uint8_t>(b);
        for (int b = 0; b < 10; ++b) slots['0' + b] = static_cast<std::uint8_t>(26 + b);
        return slots;
    }();
    return kSlots[static_cast<unsigned char>(c)];
}

bool CueScanner::is_cue_part(std::string_view folded_run) const {
    if (folded_run.size() > longest_) return false;
    const WordClasses* classes = parts_.find(folded_run);
    return classes && classes->has(WordClass::Trigger);
}

bool CueScanner::may_hold_relation(std::string_view text) const {
    if (every_text_) return true;
    char lower[64];
    // A run of ASCII letters and digits and non-ASCII characters, which
    // case folding may turn into ASCII ("ſ" -> "s") or split ("’").
    auto holds_cue = [&](std::string_view run, bool ascii) {
        if (!ascii) {
            bool found = false;
            for_each_ascii_run(fold_case(run), [&](std::string_view part) { return found = is_cue_part(part); });
            return found;
        }
        if (run.size() > longest_ || run.size() > sizeof lower ||
            !(lengths_by_ends_[end_slot(run.front())][end_slot(run.back())] & length_bit(run.size())))
            return false;
        // Setting bit 5 lowers an ASCII letter and keeps a digit.
        for (std::size_t i = 0; i < run.size(); ++i) lower[i] = static_cast<char>(run[i] | 0x20);
        return is_cue_part(std::string_view(lower, run.size()));
    };
    bool open = false, ascii = true;  // a run that started in an earlier chunk
    std::size_t run_start = 0;
    for (std::size_t base = 0; base < text.size(); base += 64) {
        char tail[64];
        const char* chunk = text.data() + base;
        if (text.size() - base < 64) {
            // The last chunk, padded with separators.
            std::memset(tail, ' ', sizeof tail);
            std::memcpy(tail, chunk, text.size() - base);
            chunk = tail;
        }
        RunBits bits = classify64(chunk);
        for (unsigned at = 0;;) {
            if (!open) {
                std::uint64_t starts = bits.run & from_bit(at);
                if (!starts) break;
                at = static_cast<unsigned>(std::countr_zero(starts));
                open = true;
                ascii = true;
                run_start = base + at;
            }
            std::uint64_t ends = ~bits.run & from_bit(at);
            if (!ends) {
                ascii &= !(bits.non_ascii & from_bit(at));
                break;
            }
            auto end = static_cast<unsigned>(std::countr_zero(ends));
            ascii &= !(bits.non_ascii & from_bit(at) & ~from_bit(end));
            open = false;
            if (holds_cue(text.substr(run_start, base + end - run_start), ascii)) return true;
            at = end;
        }
    }
    // A run to the very end of a text whose length is a multiple of 64.
    return open && holds_cue(text.substr(run_start), ascii);
}

}  // namespace newsgraph
