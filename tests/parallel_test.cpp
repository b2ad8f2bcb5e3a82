// The ordered parallel map of the command: results reach the sink in input
// order on the pushing thread, whatever the thread count, and each result is
// freed by the worker that made it.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "parallel.h"

namespace {

// A result that counts where it is destroyed while it still holds its value.
struct Result {
    static inline std::atomic<int> freed_on_sink_thread{0};
    static inline std::thread::id sink_thread;
    int value = -1;
    explicit Result(int v) : value(v) {}
    Result(Result&& other) noexcept : value(other.value) { other.value = -1; }
    Result& operator=(Result&& other) noexcept {
        value = other.value;
        other.value = -1;
        return *this;
    }
    ~Result() {
        if (value >= 0 && std::this_thread::get_id() == sink_thread) ++freed_on_sink_thread;
    }
};

std::vector<int> run(unsigned threads, int items) {
    std::vector<int> seen;
    Result::sink_thread = std::this_thread::get_id();
    {
        newsgraph::OrderedParallelMap<int, Result> map(
            threads, [](int&& x) { return Result(x * 2); }, [&](Result&& r) { seen.push_back(r.value); });
        for (int i = 0; i < items; ++i) map.push(int(i));
        map.finish();
    }
    return seen;
}

}  // namespace

TEST_CASE("parallel map: input order on any thread count") {
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
        std::vector<int> seen = run(threads, 5000);
        REQUIRE(seen.size() == 5000);
        for (int i = 0; i < 5000; ++i) REQUIRE(seen[static_cast<std::size_t>(i)] == 2 * i);
    }
    CHECK(run(2, 0).empty());
    CHECK(run(2, 1) == std::vector<int>{0});
}

TEST_CASE("parallel map: workers free their own results") {
    Result::freed_on_sink_thread = 0;
    run(2, 3000);
    // Only what is left when the map is destroyed may be freed by the sink's thread.
    CHECK(Result::freed_on_sink_thread < 3000 / 4);
}
