// Adds what the extraction pipeline found in one document to a graph:
// every relation becomes evidence on its edge, every entity that takes part
// in one becomes a vertex with its aliases and mention count.
#pragma once

#include "document.h"
#include "knowledge_graph.h"
#include "pipeline.h"

namespace newsgraph {

void add_document(KnowledgeGraph& graph, const Document& doc, const DocumentAnalysis& analysis);

}  // namespace newsgraph
