// libFuzzer target: one JSONL line into a document (JSON, the date, UTF-8
// repair); errors are messages.
#include <cstdint>
#include <string>

#include "input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    newsgraph::RawDocument raw{"fuzz.jsonl", 1, "fuzz-1", std::string(reinterpret_cast<const char*>(data), size), true};
    newsgraph::decode_document(std::move(raw), [](const newsgraph::InputProblem&) {});
    return 0;
}
