// Writes an output file atomically: into a temporary file beside it, flushed,
// synced to the disk and checked, then renamed into place. A failed write
// (full disk, no permission, an exception from the writer) leaves no file
// behind, and a crash leaves the old file or the new one. A file replaced
// keeps its mode; a new one gets 0666 less the umask, as from open(2).
//
//   write_atomically("out/graph.json", [&](std::ostream& out) { write_json(graph, out); });
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph {

// Throws std::runtime_error naming the path on any failure.
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// Writes a folder of files atomically: into a temporary folder beside it,
// renamed into place (replacing an older folder of that name) only when every
// file was written. Modes as from mkdir(2) and open(2) under the umask; a
// file named *.sh is executable.
using FolderFile = std::pair<std::string, std::function<void(std::ostream&)>>;  // name in the folder, writer
void write_folder_atomically(const std::string& path, const std::vector<FolderFile>& files);

// Removes the temporary files of a write in progress; async-signal-safe, for
// a SIGINT/SIGTERM handler, so that an interrupted run leaves nothing behind.
void remove_partial_output() noexcept;

}  // namespace newsgraph
