#include <libxml/xmlreader.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <climits>
#include <cmath>
#include <map>
#include <memory>

#include "graph_figures.h"
#include "tsv.h"
#include "writers.h"

namespace newsgraph {

namespace {

// A <node> or <edge>: its attributes and its <data> texts by key id.
struct Element {
    std::string id, source, target;
    std::map<std::string, std::string> data;
};

struct GraphmlElements {
    std::map<std::string, std::string> key_names;  // <key id> -> attr.name
    std::vector<Element> nodes, edges;
};

std::string owned(xmlChar* text) {
    std::unique_ptr<xmlChar, decltype(xmlFree)> hold(text, xmlFree);
    return text ? reinterpret_cast<const char*>(text) : "";
}

// The first error libxml2 reports while reading one document, as one line.
struct FirstXmlError {
    int line = 0;
    std::string message;

    void record(int at, std::string text) {
        if (!message.empty()) return;
        while (!text.empty() && text.back() == '\n') text.pop_back();
        std::replace(text.begin(), text.end(), '\n', ' ');  // "... not proper UTF-8\nBytes: 0xFF"
        line = at;
        message = text.empty() ? "malformed" : std::move(text);
    }
};

// libxml2 reports what its reader cannot attribute to the document (a
// failed encoding conversion, an I/O error) to the calling thread's global
// handlers, which print to stderr. While one document is read, this sends
// those reports to its error instead, and restores the handlers after.
class CapturedXmlErrors {
public:
    explicit CapturedXmlErrors(FirstXmlError& error)
        : structured_(xmlStructuredError), structured_context_(xmlStructuredErrorContext),
          generic_(xmlGenericError), generic_context_(xmlGenericErrorContext) {
        xmlSetStructuredErrorFunc(&error, record_structured);
        xmlSetGenericErrorFunc(&error, record_generic);
    }
    ~CapturedXmlErrors() {
        xmlSetStructuredErrorFunc(structured_context_, structured_);
        xmlSetGenericErrorFunc(generic_context_, generic_);
    }
    CapturedXmlErrors(const CapturedXmlErrors&) = delete;
    CapturedXmlErrors& operator=(const CapturedXmlErrors&) = delete;

    static void record_structured(void* error, xmlErrorPtr e) {
        if (e && e->level >= XML_ERR_ERROR) static_cast<FirstXmlError*>(error)->record(e->line, e->message ? e->message : "");
    }
    static void record_generic(void* error, const char* format, ...) {
        char text[512];
        va_list args;
        va_start(args, format);
        std::vsnprintf(text, sizeof text, format, args);
        va_end(args);
        static_cast<FirstXmlError*>(error)->record(0, text);
    }

private:
    xmlStructuredErrorFunc structured_;
    void* structured_context_;
    xmlGenericErrorFunc generic_;
    void* generic_context_;
};

// Streams the document with libxml2's reader, which bounds nesting depth
// and text size, resolves no external entity and reads no network: a
// hostile file gets an error, not a stack overflow or a fetch.
GraphmlElements parse_graphml(std::string_view xml, const std::string& file) {
    if (xml.size() > INT_MAX) throw InputError(file + ": a GraphML file over 2 GB is not read");
    FirstXmlError error;
    CapturedXmlErrors captured(error);
    std::unique_ptr<xmlTextReader, decltype(xmlFreeTextReader)*> reader(
        xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), file.c_str(), nullptr, XML_PARSE_NONET),
        xmlFreeTextReader);
    if (!reader) throw InputError(file + ": cannot read XML");
    xmlTextReaderSetStructuredErrorHandler(reader.get(), CapturedXmlErrors::record_structured, &error);
    auto attribute = [&](const char* name) {
        return owned(xmlTextReaderGetAttribute(reader.get(), reinterpret_cast<const xmlChar*>(name)));
    };
    GraphmlElements out;
    bool root = false, graph = false, in_graph = false;
    Element* open = nullptr;  // the node or edge whose <data> come next
    int status;
    while ((status = xmlTextReaderRead(reader.get())) == 1) {
        if (xmlTextReaderNodeType(reader.get()) != XML_READER_TYPE_ELEMENT) continue;
        const int depth = xmlTextReaderDepth(reader.get());
        const std::string_view name = reinterpret_cast<const char*>(xmlTextReaderConstLocalName(reader.get()));
        if (depth == 0) {
            root = name == "graphml";
        } else if (depth == 1 && root) {
            if (name == "key") out.key_names[attribute("id")] = attribute("attr.name");
            in_graph = name == "graph";
            graph = graph || in_graph;
        } else if (depth == 2 && in_graph && (name == "node" || name == "edge")) {
            auto& list = name == "node" ? out.nodes : out.edges;
            open = &list.emplace_back(Element{attribute("id"), attribute("source"), attribute("target"), {}});
        } else if (depth == 3 && open && name == "data") {
            std::string key = attribute("key");
            open->data[key] = owned(xmlTextReaderReadString(reader.get()));
        } else if (depth < 3) {
            open = nullptr;
        }
    }
    if (status != 0) {
        error.record(0, "malformed");
        // A failed encoding conversion has no line.
        std::string where = error.line > 0 ? file + ":" + std::to_string(error.line) : file;
        throw InputError(where + ": invalid XML: " + error.message);
    }
    if (!root || !graph) throw InputError(file + ": not GraphML: no <graphml><graph> element");
    return out;
}

std::vector<std::string> split_on(const std::string& s, std::string_view sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find(sep, start);
        if (end == std::string::npos) end = s.size();
        if (end > start) out.push_back(s.substr(start, end - start));
        start = end + sep.size();
    }
    return out;
}

KnowledgeGraph graph_of_graphml(std::string_view xml, const std::string& file) {
    GraphmlElements elements = parse_graphml(xml, file);
    // The <data> of an element by its key's attr.name.
    auto data_of = [&](const Element& e) {
        std::map<std::string, std::string> out;
        for (const auto& [key, text] : e.data) {
            auto it = elements.key_names.find(key);
            out[it == elements.key_names.end() ? key : it->second] = text;
        }
        return out;
    };
    // A figure may be left out (it is then 0), not wrong.
    auto figure = [&](const std::string& text, auto check, const char* key, const std::string& of, const char* expected) {
        auto x = check(0.0);
        if (!text.empty()) {
            auto number = parse_number(text);
            x = number ? check(*number) : std::nullopt;
            if (!x) throw InputError(file + ": \"" + key + "\" of " + of + " is not " + expected + ": " + text);
        }
        return *x;
    };
    auto count = [&](const std::string& text, const char* key, const std::string& of) {
        return figure(text, as_count, key, of, kCountRule);
    };
    auto confidence = [&](const std::string& text, const char* key, const std::string& of) {
        return figure(text, as_confidence, key, of, kConfidenceRule);
    };
    KnowledgeGraph kg;
    std::map<std::string, std::pair<std::string, EntityType>> nodes;  // GraphML id -> name, type
    for (const Element& node : elements.nodes) {
        auto d = data_of(node);
        std::string name = d.count("label") ? d["label"] : node.id;
        EntityType type = parse_entity_type(d["type"]).value_or(EntityType::Unknown);
        nodes[node.id] = {name, type};
        Vertex v = kg.add_entity(name, type);
        for (const std::string& alias : split_on(d["aliases"], "; ")) kg.add_alias(v, alias);
        for (std::string& doc : split_on(d["document_ids"], "\n")) kg.graph()[v].documents.insert(std::move(doc));
        kg.graph()[v].mentions = static_cast<long>(count(d["mentions"], "mentions", "the node " + name));
    }
    for (const Element& edge : elements.edges) {
        auto d = data_of(edge);
        auto s = nodes.find(edge.source);
        auto t = nodes.find(edge.target);
        if (s == nodes.end() || t == nodes.end()) throw InputError(file + ": an edge names a node that is not listed");
        const std::string link = "the edge " + s->second.first + " -> " + t->second.first;
        EdgeProps p;
        p.relation = d["relation"];
        p.negative = d["polarity"] == "negative";
        p.support = count(d["weight"], "weight", link);
        p.documents = count(d["documents"], "documents", link);
        p.first_date = d["first_date"];
        p.last_date = d["last_date"];
        p.max_confidence = confidence(d["confidence"], "confidence", link);
        // Exact: a mean of at most 1 times 1000 times at most 2^53 fits a long long.
        p.confidence_sum = static_cast<std::uint64_t>(
            std::llround(confidence(d["mean_confidence"], "mean_confidence", link) * 1000.0 * static_cast<double>(p.support)));
        for (const std::string& a : split_on(d["attributed_to"], "; ")) p.attributed_to.insert(a);
        std::vector<std::string> lines = split_on(d["evidence"], "\n");
        for (std::size_t i = 0; i < lines.size(); ++i) {
            std::size_t colon = lines[i].find(": ");
            Evidence ev;
            ev.doc = colon == std::string::npos ? "" : lines[i].substr(0, colon);
            ev.text = colon == std::string::npos ? lines[i] : lines[i].substr(colon + 2);
            ev.sentence = static_cast<std::uint32_t>(i);  // keeps repeated sentences apart
            p.evidence.push_back(std::move(ev));
        }
        std::sort(p.evidence.begin(), p.evidence.end());
        kg.add_edge(s->second.first, s->second.second, t->second.first, t->second.second, p);
    }
    return kg;
}

}  // namespace

// Reads GraphML as write_graphml writes it: the edge figures come back
// whole, the evidence as "doc: text" lines without spans, so a GraphML graph
// answers queries but the JSON graph is the one to merge.
KnowledgeGraph read_graphml(std::string_view xml, const std::string& file) {
    return read_counted(file, [&] { return graph_of_graphml(xml, file); });
}

}  // namespace newsgraph
