#include "input.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "dates.h"
#include "utf8.h"

namespace newsgraph {

namespace fs = std::filesystem;

namespace {

// Bytes a JSON line parsed in place needs past its end (parse_jsonl_document).
constexpr std::size_t kJsonPadding = 16;

// Thrown by a ReadBlock that cannot go on; the message says why.
struct ReadFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Fills `buffer` with the next bytes of a file and returns how many, 0 at its
// end; throws ReadFailure.
using ReadBlock = std::function<std::size_t(char* buffer, std::size_t size)>;

ReadBlock stream_blocks(std::istream& in) {
    return [&in](char* buffer, std::size_t size) {
        in.read(buffer, static_cast<std::streamsize>(size));
        if (in.bad()) throw ReadFailure("read error");
        return static_cast<std::size_t>(in.gcount());
    };
}

// The data of a gzip file: every member of it, as gunzip reads them. A file
// that is not gzip is read as it is (zlib's transparent mode).
class GzipFile {
public:
    explicit GzipFile(const std::string& path) : path_(path), file_(gzopen(path.c_str(), "rb")) {
        if (file_) gzbuffer(file_, 1 << 16);
    }
    GzipFile(const GzipFile&) = delete;
    GzipFile& operator=(const GzipFile&) = delete;
    ~GzipFile() {
        if (file_) gzclose(file_);
    }

    bool is_open() const { return file_ != nullptr; }

    std::size_t read(char* buffer, std::size_t size) {
        int n = gzread(file_, buffer, static_cast<unsigned>(size));
        if (n > 0) return static_cast<std::size_t>(n);
        // A file cut off inside a member ends like a whole one, but for the
        // error it leaves.
        int code = Z_OK;
        std::string_view why = gzerror(file_, &code);
        if (code == Z_OK) return 0;
        if (code == Z_BUF_ERROR) throw ReadFailure("gzip data cut off (unexpected end of file)");
        if (code == Z_ERRNO) throw ReadFailure("read error");
        if (why.starts_with(path_ + ": ")) why.remove_prefix(path_.size() + 2);  // zlib names the file
        throw ReadFailure("bad gzip data (" + std::string(why) + ")");
    }

private:
    std::string path_;
    gzFile file_;
};

// "a.jsonl" for "a.jsonl.gz": the file that a compressed one holds.
fs::path uncompressed_name(const std::string& path) {
    fs::path name(path);
    return name.extension() == ".gz" ? name.replace_extension() : name;
}

// NUL bytes or mostly control characters in the first block: not text.
bool looks_binary(std::string_view head) {
    std::size_t control = 0;
    for (char ch : head) {
        auto c = static_cast<unsigned char>(ch);
        if (c == 0) return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    }
    return !head.empty() && control * 10 > head.size();
}

int line_of(std::string_view text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Repairs invalid UTF-8 in place and reports where the first bad byte was.
void repair(Document& doc, const std::string& file, int base_line, const ProblemSink& on_problem, bool line_is_doc) {
    std::size_t bad = find_invalid_utf8(doc.text);
    if (bad == std::string_view::npos) {
        if (doc.text.find('\0') != std::string::npos) repair_utf8(doc.text);
        return;
    }
    int line = line_is_doc ? base_line : line_of(doc.text, bad);
    std::size_t count = repair_utf8(doc.text);
    on_problem(InputProblem{file, line, "invalid UTF-8 (" + std::to_string(count) + " byte sequence" +
                                            (count == 1 ? "" : "s") + " replaced with U+FFFD)",
                            false});
}

void read_text(const ReadBlock& read, const std::string& file, const std::string& id, const InputOptions& options,
               const RawDocumentSink& on_document, const ProblemSink& on_problem) {
    RawDocument doc{file, 1, id, "", false};
    char buf[1 << 16];
    try {
        while (std::size_t n = read(buf, sizeof buf)) {
            doc.bytes.append(buf, n);
            if (doc.bytes.size() > options.max_document_bytes) {
                on_problem(InputProblem{file, 0, "document larger than " + std::to_string(options.max_document_bytes) +
                                                     " bytes, skipped"});
                return;
            }
        }
    } catch (const ReadFailure& e) {
        on_problem(InputProblem{file, 0, std::string(e.what()) + ", skipped"});
        return;
    }
    if (doc.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
        on_problem(InputProblem{file, 0, doc.bytes.empty() ? "empty file, skipped" : "no text, skipped"});
        return;
    }
    if (looks_binary(std::string_view(doc.bytes).substr(0, 8192))) {
        on_problem(InputProblem{file, 0, "binary file, skipped"});
        return;
    }
    on_document(std::move(doc));
}

// `stem` names the documents that have no id: "<stem>-<line>".
void read_jsonl(const ReadBlock& read, const std::string& file, const std::string& stem, const InputOptions& options,
                const RawDocumentSink& on_document, const ProblemSink& on_problem) {
    std::string line;
    int number = 0;
    bool any = false;
    // Lines are read in blocks so that one huge line is skipped without
    // ever being held whole.
    char buf[1 << 16];
    bool too_long = false;
    auto finish_line = [&]() {
        ++number;
        if (too_long) {
            on_problem(InputProblem{file, number, "line longer than " + std::to_string(options.max_document_bytes) +
                                                      " bytes, skipped"});
        } else if (line.find_first_not_of(" \t\r") != std::string::npos) {
            any = true;
            // A copy with room for the padding parse_jsonl_document adds, so
            // that nothing is copied again; `line` keeps its buffer for the next.
            std::string bytes;
            bytes.reserve(line.size() + kJsonPadding);
            bytes.append(line);
            on_document(RawDocument{file, number, stem + "-" + std::to_string(number), std::move(bytes), true});
        }
        line.clear();
        too_long = false;
    };
    try {
        while (std::size_t n = read(buf, sizeof buf)) {
            std::string_view block(buf, n);
            while (!block.empty()) {
                std::size_t nl = block.find('\n');
                std::string_view part = block.substr(0, nl);
                if (!too_long) {
                    if (line.size() + part.size() > options.max_document_bytes) {
                        too_long = true;
                        line.clear();
                        line.shrink_to_fit();
                    } else {
                        line.append(part);
                    }
                }
                if (nl == std::string_view::npos) break;
                finish_line();
                block.remove_prefix(nl + 1);
            }
        }
    } catch (const ReadFailure& e) {
        // The lines before it stay read; the line it cut off is lost.
        on_problem(InputProblem{file, number + 1, std::string(e.what()) + ", rest of the file skipped"});
        return;
    }
    if (!line.empty() || too_long) finish_line();
    if (!any && !too_long && number == 0) on_problem(InputProblem{file, 0, "empty file, skipped"});
}

void read_path(const std::string& path, const InputOptions& options, const RawDocumentSink& on_document,
               const ProblemSink& on_problem) {
    const std::string id = document_id(path);
    auto read_with = [&](const ReadBlock& read) {
        if (uncompressed_name(path).extension() == ".jsonl")
            read_jsonl(read, path, id, options, on_document, on_problem);
        else
            read_text(read, path, id, options, on_document, on_problem);
    };
    if (fs::path(path).extension() == ".gz") {
        GzipFile gzip(path);
        if (!gzip.is_open()) on_problem(InputProblem{path, 0, "cannot open file"});
        else read_with([&gzip](char* buffer, std::size_t size) { return gzip.read(buffer, size); });
        return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) on_problem(InputProblem{path, 0, "cannot open file"});
    else read_with(stream_blocks(in));
}

}  // namespace

std::string InputProblem::what() const {
    return line > 0 ? file + ":" + std::to_string(line) + ": " + message : file + ": " + message;
}

std::string document_id(const std::string& path) { return uncompressed_name(path).stem().string(); }

std::string parse_jsonl_document(std::string json, const std::string& fallback_id, Document& out) {
    rapidjson::Document d;
    // In place: no copy of every string; the std::string's own terminating
    // NUL ends the input, as a NUL byte inside it did before. RapidJSON's
    // SIMD scan reads the aligned 16 bytes around that NUL: they must be ours.
    json.reserve(json.size() + kJsonPadding);
    d.ParseInsitu<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(json.data());
    if (d.HasParseError())
        return std::string("invalid JSON at column ") + std::to_string(d.GetErrorOffset() + 1) + ": " +
               rapidjson::GetParseError_En(d.GetParseError());
    if (!d.IsObject()) return "expected a JSON object";
    auto text = d.FindMember("text");
    if (text == d.MemberEnd() || !text->value.IsString()) return "missing string field \"text\"";
    out.text.assign(text->value.GetString(), text->value.GetStringLength());
    auto str = [&](const char* key) -> std::string {
        auto it = d.FindMember(key);
        if (it == d.MemberEnd()) return "";
        if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
        if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
        return "";
    };
    out.id = str("id");
    if (out.id.empty()) out.id = fallback_id;
    out.date = str("date");
    out.source = str("source");
    out.url = str("url");
    return "";
}

std::optional<Document> decode_document(RawDocument&& raw, const ProblemSink& on_problem) {
    Document doc;
    if (raw.jsonl) {
        std::string error = parse_jsonl_document(std::move(raw.bytes), raw.id, doc);
        if (!error.empty()) {
            on_problem(InputProblem{raw.file, raw.line, error + ", skipped"});
            return std::nullopt;
        }
        if (!doc.date.empty()) {
            // A date the graph could not order or a GEXF reader take is left
            // out: the document's text may still give one.
            std::optional<std::string> day = iso_day(doc.date);
            if (!day) {
                std::string shown = doc.date.size() > 40 ? doc.date.substr(0, 40) + "..." : doc.date;
                on_problem(InputProblem{raw.file, raw.line,
                                        "\"date\" is not YYYY-MM-DD (with a time or not): " + shown + ", left out",
                                        false});
            }
            doc.date = day.value_or("");
        }
    } else {
        doc.id = std::move(raw.id);
        doc.text = std::move(raw.bytes);
    }
    repair(doc, raw.file, raw.line, on_problem, raw.jsonl);
    return doc;
}

void read_documents(const std::vector<std::string>& paths, const InputOptions& options, const DocumentSink& on_document,
                    const ProblemSink& on_problem) {
    read_raw_documents(
        paths, options,
        [&](RawDocument&& raw) {
            if (auto doc = decode_document(std::move(raw), on_problem)) on_document(std::move(*doc));
        },
        on_problem);
}

void read_raw_documents(const std::vector<std::string>& paths, const InputOptions& options,
                        const RawDocumentSink& on_document, const ProblemSink& on_problem) {
    for (const std::string& path : paths) {
        if (path == "-") {
            read_text(stream_blocks(std::cin), "<stdin>", "stdin", options, on_document, on_problem);
            continue;
        }
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<std::string> files;
            for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                std::string name = it->path().filename().string();
                if (!name.empty() && name[0] == '.') {
                    if (it->is_directory(ec)) it.disable_recursion_pending();
                    continue;
                }
                if (it->is_regular_file(ec)) files.push_back(it->path().string());
            }
            if (ec) on_problem(InputProblem{path, 0, "cannot list folder: " + ec.message()});
            std::sort(files.begin(), files.end());
            for (const std::string& f : files) read_path(f, options, on_document, on_problem);
            continue;
        }
        if (!fs::exists(path, ec)) {
            on_problem(InputProblem{path, 0, "no such file or folder"});
            continue;
        }
        read_path(path, options, on_document, on_problem);
    }
}

}  // namespace newsgraph
