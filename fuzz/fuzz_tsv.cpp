// libFuzzer target: the lexicon reader rejects bad rows with file:line
// errors and never crashes.
#include <cstdint>
#include <string_view>

#include "tsv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        newsgraph::parse_tsv(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.tsv", 2, 4);
    } catch (const newsgraph::InputError&) {
    }
    return 0;
}
