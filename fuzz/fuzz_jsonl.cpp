// libFuzzer target: one JSONL line into a document; errors are messages.
#include <cstdint>
#include <string_view>

#include "input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    newsgraph::Document doc;
    newsgraph::parse_jsonl_document(std::string(reinterpret_cast<const char*>(data), size), "fuzz-1", doc);
    return 0;
}
