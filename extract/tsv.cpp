#include "tsv.h"

#include <fstream>
#include <sstream>

#include "utf8.h"

namespace newsgraph {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::vector<std::string_view> split_views(std::string_view text, char sep) {
    std::vector<std::string_view> out;
    append_split_views(text, sep, out);
    return out;
}

void append_split_views(std::string_view text, char sep, std::vector<std::string_view>& out) {
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(sep, start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view part = trim(text.substr(start, end - start));
        if (!part.empty()) out.push_back(part);
        start = end + 1;
    }
}

std::vector<std::string> split_list(std::string_view text, char sep) {
    const std::vector<std::string_view> parts = split_views(text, sep);
    return {parts.begin(), parts.end()};
}

std::vector<TsvRow> parse_tsv(std::string_view text, const std::string& file, std::size_t min_fields,
                              std::size_t max_fields) {
    std::vector<TsvRow> rows;
    if (std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
        int line = 1;
        for (std::size_t i = 0; i < bad; ++i) line += text[i] == '\n';
        throw InputError(file + ":" + std::to_string(line) + ": invalid UTF-8");
    }
    int line = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        ++line;
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view raw = text.substr(start, end - start);
        start = end + 1;
        if (trim(raw).empty() || trim(raw).front() == '#') continue;
        TsvRow row;
        row.line = line;
        std::size_t field_start = 0;
        while (true) {
            std::size_t tab = raw.find('\t', field_start);
            std::string_view field = raw.substr(field_start, tab == std::string_view::npos ? raw.npos : tab - field_start);
            row.fields.emplace_back(trim(field));
            if (tab == std::string_view::npos) break;
            field_start = tab + 1;
        }
        while (row.fields.size() > min_fields && row.fields.back().empty()) row.fields.pop_back();
        if (row.fields.size() < min_fields || row.fields.size() > max_fields || row.fields[0].empty()) {
            std::string expected = min_fields == max_fields
                                       ? std::to_string(min_fields)
                                       : std::to_string(min_fields) + " to " + std::to_string(max_fields);
            throw InputError(file + ":" + std::to_string(line) + ": expected " + expected +
                             " tab-separated fields, found " + std::to_string(row.fields.size()) + ": " +
                             std::string(trim(raw)));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot open file");
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw InputError(path + ": read error");
    return std::move(buf).str();
}

std::vector<TsvRow> load_tsv(const std::string& path, std::size_t min_fields, std::size_t max_fields) {
    return parse_tsv(read_file(path), path, min_fields, max_fields);
}

}  // namespace newsgraph
