// Stage: paths -> documents, streamed. Reads `.txt` (any non-`.jsonl`) files
// as one document each, `.jsonl` files as one document a line, either of
// them gzip-compressed (`.txt.gz`, `.jsonl.gz`), folders in sorted path
// order, and "-" as standard input (id "stdin"). Problems are reported as
// `file:line: message` and never stop the run.
//
//   read_documents({"news/", "extra.jsonl"}, options,
//                  [](Document&& d) { use(d); },
//                  [](const InputProblem& p) { std::cerr << p.what() << '\n'; });
//
// Reading is two steps, so that the second can run on worker threads:
// read_raw_documents splits the input into documents' bytes, and
// decode_document parses a JSONL line and repairs invalid UTF-8.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace newsgraph {

struct InputProblem {
    std::string file;
    int line = 0;  // 0 when the problem concerns the whole file
    std::string message;
    bool skipped = true;  // false: reported, but the document was still read (repaired UTF-8)

    std::string what() const;  // "file:line: message"
};

struct InputOptions {
    std::size_t max_document_bytes = 16u << 20;  // larger documents are skipped with an error
};

using DocumentSink = std::function<void(Document&&)>;
using ProblemSink = std::function<void(const InputProblem&)>;

// One document's bytes as read: a whole text file or one JSONL line.
struct RawDocument {
    std::string file;
    int line = 0;        // the JSONL line; 1 for a text file
    std::string id;      // the text file's id, or the id of a JSONL line that has none
    std::string bytes;
    bool jsonl = false;
};
using RawDocumentSink = std::function<void(RawDocument&&)>;

void read_raw_documents(const std::vector<std::string>& paths, const InputOptions& options,
                        const RawDocumentSink& on_document, const ProblemSink& on_problem);

// Parses a JSONL line and repairs invalid UTF-8 (reported, not skipped);
// returns nothing when the document must be skipped, after reporting why. A
// date that is not an ISO 8601 day (a time may follow) is reported and left
// out.
std::optional<Document> decode_document(RawDocument&& raw, const ProblemSink& on_problem);

void read_documents(const std::vector<std::string>& paths, const InputOptions& options, const DocumentSink& on_document,
                    const ProblemSink& on_problem);

// One JSONL line -> a document; returns an error message, empty on success.
// The line is parsed in place (its strings are unescaped in its own bytes).
// The date is as given; decode_document keeps its day or leaves it out.
std::string parse_jsonl_document(std::string json, const std::string& fallback_id, Document& out);

// The id of a text file: its name without folder and extension ("a" for
// "news/a.txt" and "news/a.txt.gz").
std::string document_id(const std::string& path);

}  // namespace newsgraph
