// An ordered parallel map: items pushed in order are processed on `threads`
// workers (which may consume them) and their results handed to the sink in
// the same order, on the pushing thread. At most a bounded window is in
// flight, so memory stays flat however long the input; 64 items a worker keep
// the workers busy past a long document at the head of the queue (8 left a
// quarter of the second core idle). With one thread nothing is spawned.
//
//   OrderedParallelMap<Doc, Result> map(4, analyze, write);
//   for (...) map.push(doc);
//   map.finish();
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace newsgraph {

template <class In, class Out>
class OrderedParallelMap {
public:
    OrderedParallelMap(unsigned threads, std::function<Out(In&&)> work, std::function<void(Out&&)> sink)
        : work_(std::move(work)), sink_(std::move(sink)), window_(threads * 64) {
        if (threads > 1)
            for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { loop(); });
    }
    ~OrderedParallelMap() { finish(); }

    void push(In&& item) {
        if (workers_.empty()) {
            sink_(work_(std::move(item)));
            return;
        }
        std::unique_lock lock(mutex_);
        jobs_.push_back(Job{std::move(item), std::nullopt, false});
        ready_.notify_one();
        drain(lock, window_);
    }

    void finish() {
        if (workers_.empty()) return;
        {
            std::unique_lock lock(mutex_);
            drain(lock, 0);
            stopping_ = true;
        }
        ready_.notify_all();
        for (auto& t : workers_) t.join();
        workers_.clear();
    }

private:
    struct Job {
        In in;
        std::optional<Out> out;
        bool taken;
    };

    // Hands finished results to the sink in order until at most `keep` jobs remain.
    void drain(std::unique_lock<std::mutex>& lock, std::size_t keep) {
        while (jobs_.size() > keep) {
            done_.wait(lock, [&] { return jobs_.front().out.has_value(); });
            Job job = std::move(jobs_.front());
            jobs_.pop_front();
            lock.unlock();
            sink_(std::move(*job.out));
            lock.lock();
        }
    }

    void loop() {
        std::unique_lock lock(mutex_);
        while (true) {
            Job* job = nullptr;
            ready_.wait(lock, [&] {
                for (Job& j : jobs_)
                    if (!j.taken) {
                        job = &j;
                        return true;
                    }
                return stopping_;
            });
            if (!job) return;
            job->taken = true;
            lock.unlock();
            Out out = work_(std::move(job->in));
            lock.lock();
            job->out = std::move(out);
            done_.notify_all();
        }
    }

    std::function<Out(In&&)> work_;
    std::function<void(Out&&)> sink_;
    std::size_t window_;
    std::mutex mutex_;
    std::condition_variable ready_, done_;
    std::deque<Job> jobs_;  // std::deque keeps references valid on push_back and pop_front
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace newsgraph
