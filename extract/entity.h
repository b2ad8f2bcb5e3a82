// Entity types, shared by mentions, relations, the graph and every export.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace newsgraph {

enum class EntityType : std::uint8_t { Unknown, Country, Organization, Person, Group, Malware, Location };

std::string_view to_string(EntityType type);
std::optional<EntityType> parse_entity_type(std::string_view name);

}  // namespace newsgraph
