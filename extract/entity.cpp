#include "entity.h"

#include <array>

namespace newsgraph {

namespace {
constexpr std::array<std::string_view, 7> kNames = {"Unknown", "Country", "Organization", "Person",
                                                     "Group",   "Malware", "Location"};
}

std::string_view to_string(EntityType type) { return kNames[static_cast<std::size_t>(type)]; }

std::optional<EntityType> parse_entity_type(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<EntityType>(i);
    return std::nullopt;
}

}  // namespace newsgraph
