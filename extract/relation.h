// A relation found in one sentence, between two entities of a document.
#pragma once

#include <cstdint>
#include <string>

#include "document.h"

namespace newsgraph {

struct Relation {
    std::uint32_t sentence = 0;   // index in the document's sentences
    // An accuser the document names elsewhere, for an accusation with none in
    // its sentence; Pipeline::complete_document fills it in. "X was accused":
    // the document's first accuser; "X was indicted", "the lawsuit alleges":
    // its first body or state that charged or sued; "prosecutors charged X":
    // its first accuser that speaks for a state.
    static constexpr int kDocumentAccuser = -2;
    static constexpr int kDocumentProsecutor = -3;
    static constexpr int kDocumentState = -4;
    // As an object: "a grand jury indicted three traders": the subject charged
    // people it does not name, which makes it the document's accuser for the
    // charges that name them; complete_document drops the relation itself.
    static constexpr int kUnnamedParty = -5;
    // As an object: "The allegations were made by X": whom the document says
    // denies them; complete_document fills it in or drops the relation.
    static constexpr int kDocumentDenier = -6;

    int subject = -1;             // entity index in the document's Resolution, or a kDocument... accuser
    std::string relation;         // "accuses", "denies", "attacked", "spokesperson-of", ...
    int object = -1;
    bool negative = false;        // polarity
    bool hedged = false;
    int attributed_to = -1;       // entity that claims it, or -1 when the narrator asserts it
    double confidence = 0.0;
    Span evidence;                // the sentence
    std::string rule;             // which rule fired, for --explain
    Span trigger;                 // the words that fired it

    bool operator==(const Relation&) const = default;
};

}  // namespace newsgraph
