// An ordered parallel map: items pushed in order are processed on `threads`
// threads (which may consume them) and their results handed to the sink in
// the same order, on the pushing thread. At most a bounded window is in
// flight, so memory stays flat however long the input; 64 items a thread keep
// the threads busy past a long document at the head of the queue (8 left a
// quarter of the second core idle). The pushing thread is one of the
// `threads`: when the window is full it works on the oldest untaken item
// rather than sleep, so `threads` threads share as many cores and wake each
// other only when the queue runs dry (a third thread on two cores cost 6% of
// the time in reschedule interrupts and futex wake-ups). Spawned workers take
// items a few at a time, wake the pushing thread only for the oldest item,
// and free the results they made, after the sink: glibc's malloc locks an
// arena when another thread frees into it, and those locks were most of the
// 13,000 futex calls for 22,000 documents. With one thread nothing is spawned.
//
//   OrderedParallelMap<Doc, Result> map(4, analyze, write);
//   for (...) map.push(doc);
//   map.finish();
#pragma once

#include <algorithm>
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
        if (threads > 1) {
            spent_.resize(threads - 1);
            for (unsigned i = 0; i + 1 < threads; ++i) workers_.emplace_back([this, i] { loop(i); });
        }
    }
    ~OrderedParallelMap() { finish(); }

    void push(In&& item) {
        if (workers_.empty()) {
            sink_(work_(std::move(item)));
            return;
        }
        std::unique_lock lock(mutex_);
        jobs_.push_back(Job{std::move(item), std::nullopt, 0});
        ready_.notify_one();
        if (jobs_.size() > window_) drain(lock, window_ / 2);
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
        unsigned worker;  // who made `out`, and frees it; kPusher for the pushing thread
    };
    static constexpr unsigned kPusher = ~0u;

    // Hands finished results to the sink in order until at most `keep` jobs
    // remain, working on untaken items while the oldest is not done.
    void drain(std::unique_lock<std::mutex>& lock, std::size_t keep) {
        while (jobs_.size() > keep) {
            if (!jobs_.front().out && untaken_ < jobs_.size()) {
                Job& job = jobs_[untaken_++];
                job.worker = kPusher;
                lock.unlock();
                std::optional<Out> out = work(job.in);
                lock.lock();
                job.out = std::move(out);
                continue;
            }
            done_.wait(lock, [&] { return jobs_.front().out.has_value(); });
            Job job = std::move(jobs_.front());
            jobs_.pop_front();
            --untaken_;
            lock.unlock();
            sink_(std::move(*job.out));
            lock.lock();
            if (job.worker != kPusher) spent_[job.worker].push_back(std::move(*job.out));
        }
    }

    void loop(unsigned worker) {
        std::unique_lock lock(mutex_);
        std::vector<Out> spent;
        while (true) {
            ready_.wait(lock, [&] { return untaken_ < jobs_.size() || stopping_; });
            if (untaken_ == jobs_.size()) return;
            // A few items at once: one lock a batch, not one an item.
            std::size_t n = std::min<std::size_t>(kBatch, (jobs_.size() - untaken_ + 1) / 2);
            Job* batch[kBatch];
            for (std::size_t i = 0; i < n; ++i) {
                batch[i] = &jobs_[untaken_++];
                batch[i]->worker = worker;
            }
            spent.swap(spent_[worker]);
            lock.unlock();
            spent.clear();
            std::optional<Out> outs[kBatch];
            for (std::size_t i = 0; i < n; ++i) outs[i] = work(batch[i]->in);
            lock.lock();
            for (std::size_t i = 0; i < n; ++i) batch[i]->out = std::move(outs[i]);
            if (batch[0] == &jobs_.front()) done_.notify_one();  // only the oldest result is waited for
        }
    }

    // An exception from `work` ends the program on every thread alike: on the
    // pushing thread it would leave a job that is never done, and the
    // destructor would wait for it forever.
    Out work(In& in) noexcept { return work_(std::move(in)); }

    static constexpr std::size_t kBatch = 8;
    std::function<Out(In&&)> work_;
    std::function<void(Out&&)> sink_;
    std::size_t window_;
    std::mutex mutex_;
    std::condition_variable ready_, done_;
    std::deque<Job> jobs_;  // std::deque keeps references valid on push_back and pop_front
    std::size_t untaken_ = 0;  // jobs_[untaken_] is the oldest job no worker has taken
    std::vector<std::vector<Out>> spent_;  // per worker: results the sink is done with
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace newsgraph
