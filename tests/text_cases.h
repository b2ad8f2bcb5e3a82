// Table tests of one text stage: each row is an input text and the dump the stage must give for it.
#pragma once

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>

struct TextCase {
    std::string text, dump;
};

template <std::size_t N, typename DumpOf>
void check_dumps(const TextCase (&cases)[N], DumpOf dump_of) {
    for (const TextCase& c : cases) {
        CAPTURE(c.text);
        CHECK(dump_of(c.text) == c.dump);
    }
}
