#include "relations_jsonl.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <vector>

#include "graph_figures.h"
#include "tsv.h"

namespace newsgraph {

std::string relation_line(const Document& doc, const DocumentAnalysis& a, const Relation& r, bool explain) {
    const auto& ents = a.resolution.entities;
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    auto str = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
    const Entity& s = ents[static_cast<std::size_t>(r.subject)];
    const Entity& o = ents[static_cast<std::size_t>(r.object)];
    auto end = [&](const char* role, const Entity& e) {
        w.Key((std::string(role) + "_aliases").c_str());
        w.StartArray();
        for (const std::string& alias : e.aliases) str(alias);
        w.EndArray();
        w.Key((std::string(role) + "_mentions").c_str());
        w.Int(e.mentions);
    };
    w.StartObject();
    w.Key("doc"); str(doc.id);
    w.Key("sentence"); w.Uint(r.sentence);
    w.Key("subject"); str(s.name);
    w.Key("subject_type"); str(to_string(s.type));
    w.Key("relation"); str(r.relation);
    w.Key("object"); str(o.name);
    w.Key("object_type"); str(to_string(o.type));
    w.Key("polarity"); w.String(r.negative ? "negative" : "positive");
    w.Key("hedged"); w.Bool(r.hedged);
    w.Key("attributed_to");
    if (r.attributed_to >= 0) str(ents[static_cast<std::size_t>(r.attributed_to)].name);
    else w.Null();
    w.Key("confidence"); w.Double(r.confidence);
    w.Key("evidence"); str(r.evidence.of(doc.text));
    w.Key("span"); w.StartArray(); w.Uint(r.evidence.begin); w.Uint(r.evidence.end); w.EndArray();
    if (!a.date.empty()) { w.Key("date"); str(a.date); }
    end("subject", s);
    end("object", o);
    if (explain) {
        w.Key("rule"); str(r.rule);
        w.Key("trigger"); str(r.trigger.of(doc.text));
    }
    w.EndObject();
    return buf.GetString();
}

namespace {

// One end of a relation line, read whole before anything is added, so that
// a line with a bad field adds nothing.
struct LineEnd {
    std::string name;
    EntityType type = EntityType::Unknown;
    std::vector<std::string> aliases;
    std::uint64_t mentions = 0;
};

// Adds one relation line to `graph` (unless `skip` is true of its
// document); returns what is wrong with it, empty when nothing is.
std::string add_relation_line(std::string_view raw, KnowledgeGraph& graph,
                              const std::function<bool(const std::string& doc)>& skip) {
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(raw.data(), raw.size());
    if (d.HasParseError() || !d.IsObject()) return "not a JSON object";
    auto str = [&](const char* key) -> std::string {
        auto it = d.FindMember(key);
        return it != d.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength())
                                                          : "";
    };
    EdgeRecord r;
    r.subject = str("subject");
    r.object = str("object");
    r.relation = str("relation");
    r.evidence.doc = str("doc");
    if (r.subject.empty() || r.object.empty() || r.relation.empty() || r.evidence.doc.empty())
        return "a relation needs subject, relation, object and the doc it was found in";
    r.subject_type = parse_entity_type(str("subject_type")).value_or(EntityType::Unknown);
    r.object_type = parse_entity_type(str("object_type")).value_or(EntityType::Unknown);
    r.negative = str("polarity") == "negative";
    if (skip && skip(r.evidence.doc)) return "";
    r.evidence.text = str("evidence");
    r.evidence.date = str("date");
    r.evidence.attributed_to = str("attributed_to");
    if (auto it = d.FindMember("sentence"); it != d.MemberEnd() && it->value.IsUint()) r.evidence.sentence = it->value.GetUint();
    if (auto it = d.FindMember("span"); it != d.MemberEnd() && it->value.IsArray() && it->value.Size() == 2 &&
                                        it->value[0].IsUint() && it->value[1].IsUint()) {
        r.evidence.begin = it->value[0].GetUint();
        r.evidence.end = it->value[1].GetUint();
    }
    if (auto it = d.FindMember("hedged"); it != d.MemberEnd() && it->value.IsBool()) r.evidence.hedged = it->value.GetBool();
    if (auto it = d.FindMember("confidence"); it != d.MemberEnd()) {
        auto c = it->value.IsNumber() ? as_confidence(it->value.GetDouble()) : std::nullopt;
        if (!c) return std::string("\"confidence\" is not ") + kConfidenceRule;
        r.evidence.confidence = *c;
    }
    LineEnd ends[2] = {{r.subject, r.subject_type, {}, 0}, {r.object, r.object_type, {}, 0}};
    const char* roles[2] = {"subject", "object"};
    for (int i = 0; i < 2; ++i) {
        const std::string role = roles[i];
        if (auto it = d.FindMember((role + "_aliases").c_str()); it != d.MemberEnd() && it->value.IsArray())
            for (const auto& alias : it->value.GetArray())
                if (alias.IsString()) ends[i].aliases.emplace_back(alias.GetString(), alias.GetStringLength());
        const std::string key = role + "_mentions";
        if (auto it = d.FindMember(key.c_str()); it != d.MemberEnd()) {
            auto n = it->value.IsNumber() ? as_count(it->value.GetDouble()) : std::nullopt;
            if (!n) return "\"" + key + "\" is not " + kCountRule;
            ends[i].mentions = *n;
        }
    }
    graph.add(r);
    for (const LineEnd& end : ends) {
        // An entity's aliases and mentions in a document are on each of its
        // lines there: the graph counts them once.
        Vertex v = graph.add_entity(end.name, end.type);
        for (const std::string& alias : end.aliases) graph.add_alias(v, alias);
        graph.add_mentions(v, r.evidence.doc, end.mentions);
    }
    return "";
}

}  // namespace

void read_relation_lines(std::string_view text, const std::string& file, KnowledgeGraph& graph,
                         const ProblemSink& on_problem, const std::function<bool(const std::string& doc)>& skip) {
    int line = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        ++line;
        std::size_t stop = text.find('\n', start);
        if (stop == std::string_view::npos) stop = text.size();
        std::string_view raw = text.substr(start, stop - start);
        start = stop + 1;
        if (raw.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        std::string problem;
        try {
            problem = add_relation_line(raw, graph, skip);
        } catch (const CountOverflow& e) {
            // The graph holds part of the line: no going on from there.
            throw InputError(file + ":" + std::to_string(line) + ": " + e.what());
        }
        if (!problem.empty()) on_problem(InputProblem{file, line, problem + ", skipped"});
    }
}

}  // namespace newsgraph
