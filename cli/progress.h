// A progress line on stderr for long runs: documents, relations and the rate,
// redrawn in place at most four times a second, and only when stderr is a
// terminal (a log file gets no progress lines).
//
//   Progress progress(!quiet);
//   progress.add(doc.text.size(), relations);   // after each document
//   progress.finish();                          // clears the line
#pragma once

#include <chrono>
#include <cstddef>

namespace newsgraph {

class Progress {
public:
    explicit Progress(bool wanted);
    ~Progress() { finish(); }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void add(std::size_t bytes, std::size_t relations);
    void finish();

private:
    void draw();

    using Clock = std::chrono::steady_clock;
    bool enabled_;
    bool drawn_ = false;
    Clock::time_point start_ = Clock::now(), last_ = start_;
    std::size_t documents_ = 0, bytes_ = 0, relations_ = 0;
};

}  // namespace newsgraph
