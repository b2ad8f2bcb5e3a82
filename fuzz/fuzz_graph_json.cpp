// libFuzzer target: the graph readers (node-link JSON and GraphML) reject
// bad input with InputError and never crash; what they accept writes again.
#include <cstdint>
#include <sstream>
#include <string_view>

#include "tsv.h"
#include "writers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    for (bool graphml : {false, true}) {
        try {
            newsgraph::KnowledgeGraph g = graphml ? newsgraph::read_graphml(text, "fuzz.graphml")
                                                  : newsgraph::read_json(text, "fuzz.json");
            std::ostringstream out;
            newsgraph::write_json(g, out);
            newsgraph::write_graphml(g, out);
            newsgraph::write_dot(g, out);
        } catch (const newsgraph::InputError&) {
        }
    }
    return 0;
}
