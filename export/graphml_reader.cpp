#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "graph_figures.h"
#include "tsv.h"
#include "writers.h"

namespace newsgraph {

namespace {

using boost::property_tree::ptree;

// The <data> children of a node or edge, by their key's attr.name.
std::map<std::string, std::string> data_of(const ptree& element, const std::map<std::string, std::string>& names) {
    std::map<std::string, std::string> out;
    for (const auto& [tag, child] : element) {
        if (tag != "data") continue;
        std::string key = child.get<std::string>("<xmlattr>.key", "");
        auto it = names.find(key);
        out[it == names.end() ? key : it->second] = child.data();
    }
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

}  // namespace

// Reads GraphML as write_graphml writes it: the edge figures come back
// whole, the evidence as "doc: text" lines without spans, so a GraphML graph
// answers queries but the JSON graph is the one to merge.
KnowledgeGraph read_graphml(std::string_view xml, const std::string& file) {
    ptree tree;
    try {
        std::istringstream in{std::string(xml)};
        boost::property_tree::read_xml(in, tree);
    } catch (const boost::property_tree::xml_parser_error& e) {
        throw InputError(file + ":" + std::to_string(e.line()) + ": invalid XML: " + e.message());
    }
    const ptree* root = tree.get_child_optional("graphml").get_ptr();
    const ptree* graph = root ? root->get_child_optional("graph").get_ptr() : nullptr;
    if (!graph) throw InputError(file + ": not GraphML: no <graphml><graph> element");
    std::map<std::string, std::string> names;
    for (const auto& [tag, key] : *root)
        if (tag == "key") names[key.get<std::string>("<xmlattr>.id", "")] =
                key.get<std::string>(ptree::path_type("<xmlattr>/attr.name", '/'), "");  // "attr.name" holds the path separator
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
        return figure(text, as_count, key, of, "a count (a whole number from 0 to 2^53)");
    };
    auto confidence = [&](const std::string& text, const char* key, const std::string& of) {
        return figure(text, as_confidence, key, of, "a confidence from 0 to 1");
    };
    KnowledgeGraph kg;
    std::map<std::string, std::pair<std::string, EntityType>> nodes;  // GraphML id -> name, type
    for (const auto& [tag, node] : *graph) {
        if (tag != "node") continue;
        auto d = data_of(node, names);
        std::string id = node.get<std::string>("<xmlattr>.id", "");
        std::string name = d.count("label") ? d["label"] : id;
        EntityType type = parse_entity_type(d["type"]).value_or(EntityType::Unknown);
        nodes[id] = {name, type};
        Vertex v = kg.add_entity(name, type);
        for (const std::string& alias : split_on(d["aliases"], "; ")) kg.add_alias(v, alias);
        kg.graph()[v].mentions = static_cast<long>(count(d["mentions"], "mentions", "the node " + name));
    }
    for (const auto& [tag, edge] : *graph) {
        if (tag != "edge") continue;
        auto d = data_of(edge, names);
        auto s = nodes.find(edge.get<std::string>("<xmlattr>.source", ""));
        auto t = nodes.find(edge.get<std::string>("<xmlattr>.target", ""));
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

}  // namespace newsgraph
