#include "progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace newsgraph {

Progress::Progress(bool wanted) : enabled_(wanted && ::isatty(STDERR_FILENO)) {}

void Progress::add(std::size_t bytes, std::size_t relations) {
    ++documents_;
    bytes_ += bytes;
    relations_ += relations;
    if (!enabled_) return;
    Clock::time_point now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    draw();
}

void Progress::draw() {
    double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    double rate = seconds > 0 ? static_cast<double>(bytes_) / 1e6 / seconds : 0.0;
    std::fputs(fmt::format("\rnewsgraph: {} documents, {} relations, {:.1f} MB/s\x1b[K", documents_, relations_, rate).c_str(),
               stderr);
    std::fflush(stderr);
    drawn_ = true;
}

void Progress::finish() {
    if (!drawn_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace newsgraph
