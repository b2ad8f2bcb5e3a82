// Writes an output file atomically: into a temporary file beside it, flushed
// and checked, then renamed into place. A failed write (full disk, no
// permission, an exception from the writer) leaves no file behind.
//
//   write_atomically("out/graph.json", [&](std::ostream& out) { write_json(graph, out); });
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace newsgraph {

// Throws std::runtime_error naming the path on any failure.
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// Removes the temporary file of a write in progress; async-signal-safe, for
// a SIGINT/SIGTERM handler, so that an interrupted run leaves nothing behind.
void remove_partial_output() noexcept;

}  // namespace newsgraph
