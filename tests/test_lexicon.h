// The project's lexicon, loaded once for all tests, and its files' texts
// for tests that load a changed copy.
#pragma once

#include "lexicon.h"

inline newsgraph::LexiconSources test_lexicon_sources() {
    return newsgraph::read_lexicon_sources(newsgraph::LexiconPaths{NEWSGRAPH_LEXICON_DIR, NEWSGRAPH_ISO_3166});
}

inline const newsgraph::Lexicon& test_lexicon() {
    static const newsgraph::Lexicon lex = newsgraph::build_lexicon(test_lexicon_sources());
    return lex;
}
