// Escaping shared by the writers: control characters never reach XML, DOT,
// JSON or terminal output unescaped.
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

// An RFC 4180 field: quoted when it holds a comma, quote or line break,
// quotes doubled.
std::string csv_field(std::string_view s);

// Text for a terminal: control characters (C0, DEL and C1), which could move
// the cursor or recolour the screen, written as \xNN or \u00NN.
std::string escape_terminal(std::string_view s);

// A DOT double-quoted string: quotes and backslashes escaped, line breaks as
// "\n", other control characters removed.
std::string escape_dot(std::string_view s);

}  // namespace newsgraph
