#include "palette.h"

#include <cstdio>

namespace newsgraph {

std::string hex(Rgb c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

Rgb type_color(EntityType type) {
    switch (type) {
        case EntityType::Country: return {31, 119, 180};
        case EntityType::Organization: return {255, 127, 14};
        case EntityType::Person: return {44, 160, 44};
        case EntityType::Group: return {148, 103, 189};
        case EntityType::Malware: return {214, 39, 40};
        case EntityType::Location: return {140, 86, 75};
        case EntityType::Unknown: break;
    }
    return {127, 127, 127};
}

std::string_view type_shape(EntityType type) {
    switch (type) {
        case EntityType::Country: return "doubleoctagon";
        case EntityType::Organization: return "box";
        case EntityType::Person: return "ellipse";
        case EntityType::Group: return "hexagon";
        case EntityType::Malware: return "diamond";
        case EntityType::Location: return "house";
        case EntityType::Unknown: break;
    }
    return "plaintext";
}

std::string_view relation_color(std::string_view relation) {
    if (relation == "accuses") return "#d62728";
    if (relation == "denies") return "#1f77b4";
    if (relation == "attacked") return "#000000";
    if (relation == "spokesperson-of") return "#2ca02c";
    return "#7f7f7f";
}

}  // namespace newsgraph
