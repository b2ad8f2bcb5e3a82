#include "atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace newsgraph {

namespace {
// The temporary file being written, for remove_partial_output(); a fixed
// buffer because a signal handler may read it.
char g_partial[4096];
volatile std::sig_atomic_t g_partial_set = 0;
}  // namespace

void remove_partial_output() noexcept {
    if (g_partial_set) ::unlink(g_partial);
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
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    // Built piecewise: GCC 12 warns falsely (-Wrestrict, bug 105329) on "." + string.
    std::string hidden = ".";
    hidden += target.filename().string();
    hidden += ".tmp-XXXXXX";
    std::string tmpl = (dir / hidden).string();
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw std::runtime_error(path + ": cannot create a file in " + dir.string() + ": " + std::strerror(errno));
    ::close(fd);
    if (tmpl.size() < sizeof g_partial) {
        std::memcpy(g_partial, tmpl.c_str(), tmpl.size() + 1);
        g_partial_set = 1;
    }
    struct Done {
        ~Done() { g_partial_set = 0; }
    } done;
    try {
        {
            std::ofstream out(tmpl, std::ios::binary | std::ios::trunc);
            if (!out) throw std::runtime_error(path + ": cannot open for writing");
            write(out);
            out.flush();
            if (!out) throw std::runtime_error(path + ": write failed (disk full?)");
        }
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

}  // namespace newsgraph
