// libFuzzer target: the graph readers (node-link JSON, GraphML, and the
// relation lines of `build --from-relations`) reject bad input with
// InputError, or report a bad relation line and read on, and never crash;
// what they accept writes again. Relation lines
// read a second time into their graph change nothing: a sentence and a
// document's mentions count once. GraphML that newsgraph wrote reads back
// to the same file (from the second writing on: the first may still join
// names that differed only by characters XML cannot hold).
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

#include "relations_jsonl.h"
#include "tsv.h"
#include "writers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto ignore = [](const newsgraph::InputProblem&) {};
    for (int reader = 0; reader < 3; ++reader) {
        try {
            newsgraph::KnowledgeGraph g;
            if (reader == 0) g = newsgraph::read_json(text, "fuzz.json");
            if (reader == 1) g = newsgraph::read_graphml(text, "fuzz.graphml");
            if (reader == 2) newsgraph::read_relation_lines(text, "fuzz.jsonl", g, ignore);
            std::ostringstream out;
            newsgraph::write_json(g, out);
            if (reader == 2) {
                newsgraph::read_relation_lines(text, "fuzz.jsonl", g, ignore);
                std::ostringstream again;
                newsgraph::write_json(g, again);
                if (again.str() != out.str()) std::abort();
            }
            std::ostringstream graphml;
            newsgraph::write_graphml(g, graphml);
            if (reader == 1) {
                auto rewritten = [](const std::string& xml) {
                    std::ostringstream again;
                    newsgraph::write_graphml(newsgraph::read_graphml(xml, "fuzz.graphml"), again);
                    return again.str();
                };
                const std::string second = rewritten(graphml.str());
                if (rewritten(second) != second) std::abort();
            }
            newsgraph::write_dot(g, out);
        } catch (const newsgraph::InputError&) {
        }
    }
    return 0;
}
