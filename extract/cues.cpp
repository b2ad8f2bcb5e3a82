#include "cues.h"

#include <algorithm>
#include <array>

#include "utf8.h"

namespace newsgraph {

namespace {

constexpr bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// What each byte is to the scan, looked up rather than computed: the scan
// reads every byte of every document.
enum ByteKind : std::uint8_t { kSeparator, kAlnum, kNonAscii };
constexpr std::array<ByteKind, 256> kByteKinds = [] {
    std::array<ByteKind, 256> kinds{};
    for (int b = 0; b < 256; ++b)
        kinds[static_cast<std::size_t>(b)] = b >= 0x80 ? kNonAscii : is_ascii_alnum(static_cast<unsigned char>(b)) ? kAlnum : kSeparator;
    return kinds;
}();

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
    parts_ = WordClassTable(parts);
    for (const auto& entry : parts) {
        auto first = static_cast<unsigned char>(entry.first[0]);
        std::size_t slot = first >= 'a' ? first - 'a' : 26 + (first - '0');
        lengths_by_first_[slot] |= length_bit(entry.first.size());
    }
}

std::uint32_t CueScanner::lengths_after(unsigned char c) const {
    c = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return lengths_by_first_[c >= 'a' ? c - 'a' : 26 + (c - '0')];
}

bool CueScanner::is_cue_part(std::string_view folded_run) const {
    return folded_run.size() <= longest_ && parts_.find(folded_run).has(WordClass::Trigger);
}

bool CueScanner::may_hold_relation(std::string_view text) const {
    if (every_text_) return true;
    char lower[64];
    auto kind = [&](std::size_t i) { return kByteKinds[static_cast<unsigned char>(text[i])]; };
    for (std::size_t i = 0; i < text.size();) {
        if (kind(i) == kSeparator) {
            ++i;
            continue;
        }
        // A run of ASCII letters and digits and non-ASCII characters, which
        // case folding may turn into ASCII ("ſ" -> "s") or split ("’").
        std::size_t start = i;
        bool ascii = true;
        for (ByteKind k; i < text.size() && (k = kind(i)) != kSeparator; ++i) ascii &= k == kAlnum;
        std::string_view run = text.substr(start, i - start);
        if (ascii) {
            if (run.size() > longest_ || run.size() > sizeof lower ||
                !(lengths_after(static_cast<unsigned char>(run[0])) & length_bit(run.size())))
                continue;
            for (std::size_t k = 0; k < run.size(); ++k)
                lower[k] = static_cast<char>(run[k] >= 'A' && run[k] <= 'Z' ? run[k] | 0x20 : run[k]);
            if (is_cue_part(std::string_view(lower, run.size()))) return true;
        } else {
            bool found = false;
            for_each_ascii_run(fold_case(run), [&](std::string_view part) { return found = is_cue_part(part); });
            if (found) return true;
        }
    }
    return false;
}

}  // namespace newsgraph
