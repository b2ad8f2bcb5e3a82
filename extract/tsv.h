// The one reader for lexicon files: UTF-8 TSV, `#` comments, blank lines
// skipped, errors as `file:line: message`. Parsing takes a string so that it
// is tested without disk; `load_tsv` adds the I/O.
//
//   auto rows = parse_tsv(text, "titles.tsv", 2, 3);  // 2 or 3 columns per row
//   for (const TsvRow& r : rows) use(r.fields[0], r.line);
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

struct TsvRow {
    std::vector<std::string> fields;
    int line = 0;
};

// A lexicon, option or input problem, with the place it was found.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Rows of `text`, each with between `min_fields` and `max_fields` fields;
// fields are trimmed of surrounding spaces. Throws InputError naming
// `file:line:` and the offending text.
std::vector<TsvRow> parse_tsv(std::string_view text, const std::string& file, std::size_t min_fields,
                              std::size_t max_fields);

// Reads a whole file; throws InputError when it can't be read.
std::string read_file(const std::string& path);

std::vector<TsvRow> load_tsv(const std::string& path, std::size_t min_fields, std::size_t max_fields);

// Splits on `sep`, trimming spaces and dropping empty parts.
std::vector<std::string> split_list(std::string_view text, char sep);
// The same parts, as views into `text`.
std::vector<std::string_view> split_views(std::string_view text, char sep);
// The same, appended to `out`: one buffer for many texts.
void append_split_views(std::string_view text, char sep, std::vector<std::string_view>& out);

}  // namespace newsgraph
