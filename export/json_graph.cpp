#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>

#include "graph_figures.h"
#include "tsv.h"
#include "writers.h"

namespace newsgraph {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void string(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void string_list(JsonWriter& w, const std::set<std::string>& items) {
    w.StartArray();
    for (const std::string& s : items) string(w, s);
    w.EndArray();
}

}  // namespace

void write_json(const KnowledgeGraph& kg, std::ostream& os) {
    const Graph& g = kg.graph();
    rapidjson::OStreamWrapper stream(os);
    JsonWriter w(stream);
    w.StartObject();
    w.Key("directed");
    w.Bool(true);
    w.Key("multigraph");
    w.Bool(true);
    w.Key("graph");
    w.StartObject();
    w.Key("generator");
    w.String("newsgraph");
    w.EndObject();
    w.Key("nodes");
    w.StartArray();
    for (Vertex v : kg.sorted_vertices()) {
        const VertexProps& p = g[v];
        w.StartObject();
        w.Key("id");
        string(w, p.name);
        w.Key("type");
        string(w, to_string(p.type));
        w.Key("aliases");
        string_list(w, p.aliases);
        w.Key("mentions");
        w.Int64(p.mentions);
        w.Key("documents");
        string_list(w, p.documents);
        w.EndObject();
    }
    w.EndArray();
    w.Key("links");
    w.StartArray();
    std::map<std::pair<Vertex, Vertex>, int> keys;  // networkx multigraph edge keys
    for (Edge e : kg.sorted_edges()) {
        const EdgeProps& p = g[e];
        w.StartObject();
        w.Key("source");
        string(w, g[boost::source(e, g)].name);
        w.Key("target");
        string(w, g[boost::target(e, g)].name);
        w.Key("key");
        w.Int(keys[{boost::source(e, g), boost::target(e, g)}]++);
        w.Key("relation");
        string(w, p.relation);
        w.Key("polarity");
        w.String(p.negative ? "negative" : "positive");
        w.Key("weight");
        w.Uint64(p.weight());
        w.Key("documents");
        w.Uint64(p.documents);
        w.Key("first_date");
        string(w, p.first_date);
        w.Key("last_date");
        string(w, p.last_date);
        w.Key("max_confidence");
        w.Double(p.max_confidence);
        w.Key("mean_confidence");
        w.Double(p.mean_confidence());
        w.Key("attributed_to");
        string_list(w, p.attributed_to);
        w.Key("evidence");
        w.StartArray();
        for (const Evidence& ev : p.evidence) {
            w.StartObject();
            w.Key("doc");
            string(w, ev.doc);
            w.Key("sentence");
            w.Uint(ev.sentence);
            w.Key("span");
            w.StartArray();
            w.Uint(ev.begin);
            w.Uint(ev.end);
            w.EndArray();
            w.Key("text");
            string(w, ev.text);
            w.Key("date");
            string(w, ev.date);
            w.Key("attributed_to");
            if (ev.attributed_to.empty()) w.Null();
            else string(w, ev.attributed_to);
            w.Key("hedged");
            w.Bool(ev.hedged);
            w.Key("confidence");
            w.Double(ev.confidence);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    os << '\n';
}

namespace {

KnowledgeGraph graph_of_json(std::string_view json, const std::string& file) {
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
    if (d.HasParseError())
        throw InputError(file + ": invalid JSON at byte " + std::to_string(d.GetErrorOffset()) + ": " +
                         rapidjson::GetParseError_En(d.GetParseError()));
    auto fail = [&](const std::string& what) -> void { throw InputError(file + ": not a newsgraph graph: " + what); };
    if (!d.IsObject() || !d.HasMember("nodes") || !d["nodes"].IsArray() || !d.HasMember("links") || !d["links"].IsArray())
        fail("expected an object with \"nodes\" and \"links\" arrays");
    auto str = [&](const rapidjson::Value& v, const char* key) -> std::string {
        auto it = v.FindMember(key);
        if (it == v.MemberEnd() || !it->value.IsString()) fail(std::string("missing string \"") + key + "\"");
        return std::string(it->value.GetString(), it->value.GetStringLength());
    };
    auto opt_str = [&](const rapidjson::Value& v, const char* key) -> std::string {
        auto it = v.FindMember(key);
        return it != v.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength()) : "";
    };
    // A figure may be left out (it is then 0), not wrong.
    auto figure = [&](const rapidjson::Value& v, const char* key, auto check, const std::string& of, const char* expected) {
        auto x = check(0.0);
        if (auto it = v.FindMember(key); it != v.MemberEnd()) {
            x = it->value.IsNumber() ? check(it->value.GetDouble()) : std::nullopt;
            if (!x) fail("\"" + std::string(key) + "\" of " + of + " is not " + expected);
        }
        return *x;
    };
    auto count = [&](const rapidjson::Value& v, const char* key, const std::string& of) {
        return figure(v, key, as_count, of, kCountRule);
    };
    auto confidence = [&](const rapidjson::Value& v, const char* key, const std::string& of) {
        return figure(v, key, as_confidence, of, kConfidenceRule);
    };
    KnowledgeGraph kg;
    std::map<std::string, EntityType> types;
    for (const auto& n : d["nodes"].GetArray()) {
        if (!n.IsObject()) fail("a node is not an object");
        std::string name = str(n, "id");
        EntityType type = parse_entity_type(opt_str(n, "type")).value_or(EntityType::Unknown);
        types[name] = type;
        Vertex v = kg.add_entity(name, type);
        if (auto a = n.FindMember("aliases"); a != n.MemberEnd() && a->value.IsArray())
            for (const auto& s : a->value.GetArray())
                if (s.IsString()) kg.add_alias(v, s.GetString());
        kg.add_mentions(v, "", count(n, "mentions", "the node " + name));
        if (auto docs = n.FindMember("documents"); docs != n.MemberEnd() && docs->value.IsArray())
            for (const auto& s : docs->value.GetArray())
                if (s.IsString()) kg.graph()[v].documents.insert(s.GetString());
    }
    for (const auto& l : d["links"].GetArray()) {
        if (!l.IsObject()) fail("a link is not an object");
        std::string source = str(l, "source"), target = str(l, "target");
        if (!types.count(source) || !types.count(target)) fail("a link names a node that is not listed");
        const std::string link = "the link " + source + " -> " + target;
        EdgeProps p;
        p.relation = str(l, "relation");
        p.negative = opt_str(l, "polarity") == "negative";
        p.support = count(l, "weight", link);
        p.documents = count(l, "documents", link);
        p.first_date = opt_str(l, "first_date");
        p.last_date = opt_str(l, "last_date");
        p.max_confidence = confidence(l, "max_confidence", link);
        // Exact: a mean of at most 1 times 1000 times at most 2^53 fits a long long.
        p.confidence_sum = static_cast<std::uint64_t>(std::llround(confidence(l, "mean_confidence", link) * 1000.0 * static_cast<double>(p.support)));
        if (auto a = l.FindMember("attributed_to"); a != l.MemberEnd() && a->value.IsArray())
            for (const auto& s : a->value.GetArray())
                if (s.IsString()) p.attributed_to.insert(s.GetString());
        auto ev = l.FindMember("evidence");
        if (ev == l.MemberEnd() || !ev->value.IsArray()) fail("a link has no \"evidence\" array");
        for (const auto& e : ev->value.GetArray()) {
            if (!e.IsObject()) fail("an evidence entry is not an object");
            Evidence x;
            x.doc = str(e, "doc");
            if (auto s = e.FindMember("sentence"); s != e.MemberEnd() && s->value.IsUint()) x.sentence = s->value.GetUint();
            if (auto s = e.FindMember("span"); s != e.MemberEnd() && s->value.IsArray() && s->value.Size() == 2 &&
                                               s->value[0].IsUint() && s->value[1].IsUint()) {
                x.begin = s->value[0].GetUint();
                x.end = s->value[1].GetUint();
            }
            x.text = opt_str(e, "text");
            x.date = opt_str(e, "date");
            x.attributed_to = opt_str(e, "attributed_to");
            if (auto h = e.FindMember("hedged"); h != e.MemberEnd() && h->value.IsBool()) x.hedged = h->value.GetBool();
            x.confidence = confidence(e, "confidence", "evidence of " + link);
            p.evidence.push_back(std::move(x));
        }
        std::sort(p.evidence.begin(), p.evidence.end());
        kg.add_edge(source, types[source], target, types[target], p);
    }
    return kg;
}

}  // namespace

KnowledgeGraph read_json(std::string_view json, const std::string& file) {
    return read_counted(file, [&] { return graph_of_json(json, file); });
}

KnowledgeGraph load_graph(const std::string& path) {
    std::string text = read_file(path);
    auto ends = [&](std::string_view ext) {
        return path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
    };
    if (ends(".json")) return read_json(text, path);
    if (ends(".graphml")) return read_graphml(text, path);
    throw InputError(path + ": a graph is read from the .json or .graphml that `newsgraph build` writes");
}

}  // namespace newsgraph
