// Colours and shapes by entity type and relation, shared by every writer so
// that a graph looks the same in Gephi, Graphviz and the browser.
#pragma once

#include <string>
#include <string_view>

#include "entity.h"

namespace newsgraph {

struct Rgb {
    int r, g, b;
};

Rgb type_color(EntityType type);
std::string hex(Rgb color);                          // "#rrggbb"
std::string_view type_shape(EntityType type);       // Graphviz node shape
std::string_view relation_color(std::string_view relation);  // "#rrggbb"

}  // namespace newsgraph
