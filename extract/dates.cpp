#include "dates.h"

#include <chrono>

namespace newsgraph {

namespace {

// The number of `count` ASCII digits from `at`, or -1.
int digits(std::string_view s, std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

}  // namespace

bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    if (year < 1 || month < 0 || day < 0) return false;  // xsd:date has no year 0000
    return std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                       std::chrono::day(static_cast<unsigned>(day)))
        .ok();
}

std::optional<std::string> iso_day(std::string_view s) {
    if (s.size() < 10 || !is_iso_date(s.substr(0, 10))) return std::nullopt;
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
    return std::string(s.substr(0, 10));
}

}  // namespace newsgraph
