#include "atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace newsgraph {

namespace {

// The temporary files and folder being written, for remove_partial_output():
// fixed buffers, because a signal handler may read them.
struct PartialPath {
    char path[4096];
    bool folder;
};
PartialPath g_partial[8];
volatile std::sig_atomic_t g_partial_count = 0;

// Registers a temporary path until the guard goes out of scope.
class PartialGuard {
public:
    PartialGuard(const std::string& path, bool folder) {
        if (path.size() >= sizeof g_partial[0].path || g_partial_count >= 8) return;
        PartialPath& p = g_partial[g_partial_count];
        std::memcpy(p.path, path.c_str(), path.size() + 1);
        p.folder = folder;
        g_partial_count = g_partial_count + 1;
        registered_ = true;
    }
    ~PartialGuard() {
        if (registered_) g_partial_count = g_partial_count - 1;
    }
    PartialGuard(const PartialGuard&) = delete;
    PartialGuard& operator=(const PartialGuard&) = delete;

private:
    bool registered_ = false;
};

std::string temporary_name(const std::filesystem::path& target) {
    // Built piecewise: GCC 12 warns falsely (-Wrestrict, bug 105329) on "." + string.
    std::string hidden = ".";
    hidden += target.filename().string();
    hidden += ".tmp-XXXXXX";
    return ((target.has_parent_path() ? target.parent_path() : std::filesystem::path(".")) / hidden).string();
}

void write_file(const std::string& path, const std::string& shown, const std::function<void(std::ostream&)>& write) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(shown + ": cannot open for writing");
    write(out);
    out.flush();
    if (!out) throw std::runtime_error(shown + ": write failed (disk full?)");
}

}  // namespace

void remove_partial_output() noexcept {
    // Files first, then their folder: in reverse order of registration.
    for (std::sig_atomic_t i = g_partial_count; i-- > 0;) {
        if (g_partial[i].folder) ::rmdir(g_partial[i].path);
        else ::unlink(g_partial[i].path);
    }
}

void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    namespace fs = std::filesystem;
    fs::path target(path);
    // A device such as /dev/stdout or /dev/full is written in place: it can't be renamed over.
    std::error_code ec;
    if (fs::exists(target, ec) && !fs::is_regular_file(target, ec)) {
        std::ofstream out(path, std::ios::binary);
        if (!out) throw std::runtime_error(path + ": cannot open for writing: " + std::strerror(errno));
        write(out);
        out.flush();
        if (!out) throw std::runtime_error(path + ": write failed: " + std::strerror(errno));
        return;
    }
    std::string tmpl = temporary_name(target);
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        throw std::runtime_error(path + ": cannot create a file beside it: " + std::strerror(errno));
    ::close(fd);
    PartialGuard guard(tmpl, false);
    try {
        write_file(tmpl, path, write);
        ::chmod(tmpl.c_str(), 0644);
        fs::rename(tmpl, target);
    } catch (const fs::filesystem_error& e) {
        fs::remove(tmpl, ec);
        throw std::runtime_error(path + ": " + e.code().message());
    } catch (...) {
        fs::remove(tmpl, ec);
        throw;
    }
}

void write_folder_atomically(const std::string& path, const std::vector<FolderFile>& files) {
    namespace fs = std::filesystem;
    fs::path target(path);
    std::error_code ec;
    if (fs::exists(target, ec) && !fs::is_directory(target, ec))
        throw std::runtime_error(path + ": exists and is no folder");
    std::string tmpl = temporary_name(target);
    if (!::mkdtemp(tmpl.data()))
        throw std::runtime_error(path + ": cannot create a folder beside it: " + std::strerror(errno));
    PartialGuard folder_guard(tmpl, true);
    std::vector<std::unique_ptr<PartialGuard>> file_guards;
    std::string old;
    try {
        for (const auto& [name, write] : files) {
            std::string file = (fs::path(tmpl) / name).string();
            file_guards.push_back(std::make_unique<PartialGuard>(file, false));
            write_file(file, path + "/" + name, write);
            ::chmod(file.c_str(), name.ends_with(".sh") ? 0755 : 0644);
        }
        ::chmod(tmpl.c_str(), 0755);
        if (fs::exists(target, ec)) {
            // The old folder steps aside first: a folder can't be renamed over a full one.
            old = temporary_name(target);
            if (!::mkdtemp(old.data())) throw std::runtime_error(path + ": cannot replace the folder");
            fs::rename(target, fs::path(old) / "old");
        }
        fs::rename(tmpl, target);
        file_guards.clear();
        if (!old.empty()) fs::remove_all(old, ec);
    } catch (const fs::filesystem_error& e) {
        fs::remove_all(tmpl, ec);
        throw std::runtime_error(path + ": " + e.code().message());
    } catch (...) {
        fs::remove_all(tmpl, ec);
        throw;
    }
}

}  // namespace newsgraph
