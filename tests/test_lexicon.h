// The project's lexicon, loaded once for all tests.
#pragma once

#include "lexicon.h"

inline const newsgraph::Lexicon& test_lexicon() {
    static const newsgraph::Lexicon lex =
        newsgraph::load_lexicon(newsgraph::LexiconPaths{NEWSGRAPH_LEXICON_DIR, NEWSGRAPH_ISO_3166});
    return lex;
}
