// Dates as newsgraph keeps them: YYYY-MM-DD, compared as text (which orders
// them by time) and written as xsd:date into GEXF, so a date that is not in
// that shape, or not on the calendar, is never kept.
//
//   is_iso_date("2020-02-29") -> true;  is_iso_date("2021-02-29"), is_iso_date("5 March 2020") -> false
//   iso_day("2020-09-11T23:42:00Z") -> "2020-09-11"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

bool is_iso_date(std::string_view s);

// The day of an ISO 8601 date or date and time ("2020-09-11", "2020-09-11T23:42:00Z",
// "2020-09-11 23:42"); nothing for anything else.
std::optional<std::string> iso_day(std::string_view s);

}  // namespace newsgraph
