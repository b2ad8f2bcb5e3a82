// Per-edge figures the writers share: first and last date, documents.
#pragma once

#include <set>
#include <string>

#include "knowledge_graph.h"

namespace newsgraph {

struct EdgeSummary {
    std::string first_date, last_date;
    std::set<std::string> documents;
    std::set<std::string> attributed_to;
    double max_confidence = 0.0, mean_confidence = 0.0;
};

inline EdgeSummary summarize(const EdgeProps& e) {
    EdgeSummary s;
    double sum = 0.0;
    for (const Evidence& ev : e.evidence) {
        if (!ev.date.empty() && (s.first_date.empty() || ev.date < s.first_date)) s.first_date = ev.date;
        if (ev.date > s.last_date) s.last_date = ev.date;
        s.documents.insert(ev.doc);
        if (!ev.attributed_to.empty()) s.attributed_to.insert(ev.attributed_to);
        s.max_confidence = std::max(s.max_confidence, ev.confidence);
        sum += ev.confidence;
    }
    if (!e.evidence.empty()) s.mean_confidence = sum / static_cast<double>(e.evidence.size());
    return s;
}

}  // namespace newsgraph
