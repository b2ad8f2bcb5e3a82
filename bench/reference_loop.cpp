// The reference for newsgraph's throughput (issue: fast, lean and
// unbreakable): read a file, split on white space, lowercase every token and
// look it up in a hash set. Ratios to this loop are the figures to quote,
// since absolute times on shared machines drift.
//
//   reference_loop FILE   ->  prints bytes, seconds, MB/s and a checksum
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_set>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: reference_loop FILE\n";
        return 2;
    }
    const std::unordered_set<std::string> words = {"said", "denied", "accused", "attack", "the", "iran", "spokesman",
                                                   "government", "minister", "hackers"};
    auto start = std::chrono::steady_clock::now();
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "reference_loop: cannot open " << argv[1] << "\n";
        return 2;
    }
    std::string buffer(1 << 20, '\0'), token;
    std::size_t bytes = 0, hits = 0;
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        std::size_t n = static_cast<std::size_t>(in.gcount());
        bytes += n;
        for (std::size_t i = 0; i < n; ++i) {
            char c = buffer[i];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                if (!token.empty()) hits += words.count(token);
                token.clear();
            } else {
                token += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
        }
    }
    if (!token.empty()) hits += words.count(token);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%zu bytes %.3f s %.1f MB/s hits %zu\n", bytes, seconds, static_cast<double>(bytes) / seconds / 1e6, hits);
    return 0;
}
