#include "build.h"

#include <set>

namespace newsgraph {

void add_document(KnowledgeGraph& graph, const Document& doc, const DocumentAnalysis& a) {
    const auto& entities = a.resolution.entities;
    std::set<int> linked;
    for (const Relation& r : a.relations) {
        const Entity& s = entities[static_cast<std::size_t>(r.subject)];
        const Entity& o = entities[static_cast<std::size_t>(r.object)];
        Evidence ev{doc.id,
                    r.sentence,
                    r.evidence.begin,
                    r.evidence.end,
                    std::string(r.evidence.of(doc.text)),
                    a.date,
                    r.attributed_to >= 0 ? entities[static_cast<std::size_t>(r.attributed_to)].name : "",
                    r.hedged,
                    r.confidence};
        graph.add(EdgeRecord{s.name, s.type, r.relation, o.name, o.type, r.negative, std::move(ev)});
        linked.insert(r.subject);
        linked.insert(r.object);
    }
    for (int id : linked) {
        const Entity& e = entities[static_cast<std::size_t>(id)];
        Vertex v = graph.add_entity(e.name, e.type);
        for (const std::string& alias : e.aliases) graph.add_alias(v, alias);
        graph.add_mentions(v, doc.id, e.mentions);
    }
}

}  // namespace newsgraph
