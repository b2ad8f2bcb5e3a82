#include "atomic_file.h"

#include <fcntl.h>
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

// The umask, read once while the program starts and one thread runs: it can
// only be read by setting it.
const mode_t g_umask = [] {
    mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}();

// The mode open(2) or mkdir(2) would give a new file or folder; mkstemp and
// mkdtemp give 0600 and 0700 whatever the umask.
mode_t fresh_mode(mode_t requested) { return requested & ~g_umask; }

// An existing file keeps its mode when it is replaced, as editors do.
mode_t replacing_mode(const std::filesystem::path& target) {
    struct stat st {};
    if (::stat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode)) return st.st_mode & 07777;
    return fresh_mode(0666);
}

// Forces a file's data to the disk. Before the rename, so that a crash
// leaves the old file or the new one and never an empty one (ext4 and XFS
// may commit the rename first); and an NFS server or a filesystem with
// delayed allocation reports a full disk only here.
void sync_file(const std::string& path, const std::string& shown) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        throw std::runtime_error(shown + ": write failed: " + std::strerror(error));
    }
    ::close(fd);
}

// Makes a rename in `folder` durable. Best effort: the data is complete
// already, and some filesystems refuse to sync a folder.
void sync_folder(const std::filesystem::path& folder) noexcept {
    int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

void write_file(const std::string& path, const std::string& shown, const std::function<void(std::ostream&)>& write) {
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error(shown + ": cannot open for writing");
        write(out);
        out.close();
        if (!out) throw std::runtime_error(shown + ": write failed (disk full?)");
    }
    sync_file(path, shown);
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
        const mode_t mode = replacing_mode(target);
        write_file(tmpl, path, write);
        ::chmod(tmpl.c_str(), mode);
        fs::rename(tmpl, target);
        sync_folder(target.parent_path());
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
            ::chmod(file.c_str(), fresh_mode(name.ends_with(".sh") ? 0777 : 0666));
        }
        sync_folder(tmpl);
        ::chmod(tmpl.c_str(), fresh_mode(0777));
        if (fs::exists(target, ec)) {
            // The old folder steps aside first: a folder can't be renamed over a full one.
            old = temporary_name(target);
            if (!::mkdtemp(old.data())) throw std::runtime_error(path + ": cannot replace the folder");
            fs::rename(target, fs::path(old) / "old");
        }
        fs::rename(tmpl, target);
        sync_folder(target.parent_path());
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
