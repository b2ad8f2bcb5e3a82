// Escaping shared by the writers: control characters never reach XML, DOT
// or JSON output unescaped.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace newsgraph {

// XML text or attribute value: &<>"' escaped, characters XML 1.0 forbids
// (C0 controls but tab, line feed, carriage return) removed.
std::string escape_xml(std::string_view s);

// "a; b; c": a set written as one field.
std::string join(const std::set<std::string>& items, std::string_view separator = "; ");

// A DOT double-quoted string: quotes and backslashes escaped, line breaks as
// "\n", other control characters removed.
std::string escape_dot(std::string_view s);

}  // namespace newsgraph
