// The ordered parallel map of the command: results reach the sink in input
// order on the pushing thread, whatever the thread count, and each result is
// freed by the thread that made it.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "parallel.h"

namespace {

// A result that counts, when it is destroyed while it still holds its
// value, whether the thread that made it destroys it.
struct Result {
    static inline std::atomic<int> made_by_pusher{0}, made_by_workers{0}, freed_by_another{0};
    static inline std::thread::id pusher;
    int value = -1;
    std::thread::id maker = std::this_thread::get_id();
    explicit Result(int v) : value(v) { ++(maker == pusher ? made_by_pusher : made_by_workers); }
    Result(Result&& other) noexcept : value(other.value), maker(other.maker) { other.value = -1; }
    Result& operator=(Result&& other) noexcept {
        value = other.value;
        maker = other.maker;
        other.value = -1;
        return *this;
    }
    ~Result() {
        if (value >= 0 && std::this_thread::get_id() != maker) ++freed_by_another;
    }
};

std::vector<int> run(unsigned threads, int items, std::chrono::microseconds work = {}) {
    std::vector<int> seen;
    Result::pusher = std::this_thread::get_id();
    {
        newsgraph::OrderedParallelMap<int, Result> map(
            threads,
            [&](int&& x) {
                std::this_thread::sleep_for(work);
                return Result(x * 2);
            }, [&](Result&& r) { seen.push_back(r.value); });
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

TEST_CASE("parallel map: the pushing thread works, and each thread frees its own results") {
    Result::made_by_pusher = Result::made_by_workers = Result::freed_by_another = 0;
    // Items that take a while, so that the spawned worker is surely awake.
    run(2, 3000, std::chrono::microseconds(50));
    CHECK(Result::made_by_pusher + Result::made_by_workers == 3000);
    CHECK(Result::made_by_pusher > 0);
    CHECK(Result::made_by_workers > 0);
    // Only what is left when the map is destroyed may be freed by another thread.
    CHECK(Result::freed_by_another < 3000 / 4);
}
