// core/store/store_integrity.cpp - the background integrity check of large
// stores.
//
// Why in the background: PRAGMA quick_check reads the whole file, which for
// a store of a few hundred megabytes takes longer than the rest of start-up
// together. Small stores are still checked before open() returns. A large
// one is checked on a second, read-only connection on its own thread while
// the first frames are drawn; every write waits for the verdict first, so a
// store that fails is never written to, only looked at for a moment.
#include "store/store_impl.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace wb::core {

namespace {
// The check is the least urgent work at start-up: on a machine with few
// cores it should not take CPU from the first frames (or from the display
// server drawing them). Linux applies a nice value per thread; where it
// cannot be set, the check simply runs at normal priority.
void lower_this_threads_priority() {
#ifdef __linux__
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    (void)setpriority(PRIO_PROCESS, tid, 10);
#endif
}
} // namespace

void Store::Impl::start_background_check(Store& store) {
    Impl* impl = store.impl_.get();
    const std::filesystem::path path = store.path_;
    impl->integrity = Integrity::Checking;
    impl->background_check = std::async(std::launch::async, [impl, path]() -> std::vector<std::string> {
        lower_this_threads_priority();
        const std::string uri = sql::file_uri(path, "mode=ro");
        sqlite3* db = nullptr;
        std::vector<std::string> lines;
        if (sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(db, 5000);
            {
                std::lock_guard lock(impl->check_mutex);
                impl->check_db = db;
            }
            lines = integrity_lines(db, "PRAGMA quick_check(20)");
            std::lock_guard lock(impl->check_mutex);
            impl->check_db = nullptr;
        } else {
            lines = {std::string("could not open the file to check it: ") + (db ? sqlite3_errmsg(db) : "out of memory")};
        }
        sqlite3_close_v2(db);
        return lines;
    });
}

void Store::Impl::interrupt_check() {
    std::lock_guard lock(check_mutex);
    if (check_db) sqlite3_interrupt(check_db);
}

void Store::Impl::collect_check(Store& store, bool wait) {
    Impl& impl = *store.impl_;
    const std::filesystem::path& path = store.path_;
    if (!impl.background_check.valid()) return;
    if (!wait && impl.background_check.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    const auto lines = impl.background_check.get();
    if (integrity_ok(lines)) {
        impl.integrity = Store::Integrity::Ok;
    } else {
        impl.integrity = Store::Integrity::Failed;
        impl.integrity_failure = integrity_refusal(path, lines);
    }
}

Status Store::Impl::require_integrity(Store& store) {
    collect_check(store, true);
    if (store.impl_->integrity == Integrity::Failed) return Status::fail(store.impl_->integrity_failure);
    return Status::ok();
}

Store::Integrity Store::integrity() {
    Impl::collect_check(*this, false);
    return impl_->integrity;
}

Status Store::wait_for_integrity() { return Impl::require_integrity(*this); }

const std::string& Store::integrity_failure() const { return impl_->integrity_failure; }

} // namespace wb::core
