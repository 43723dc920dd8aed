// tests/store/store_crash_test.cpp - crash safety: a child process makes a
// burst of edits and is killed with SIGKILL in the middle; every edit it
// reported committed must survive, and the file must be intact.
#include "store_test_util.h"

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace wb::core;
using namespace wb::test;

TEST_CASE("edits reported committed survive SIGKILL mid-burst") {
    TempDir dir;
    auto p = dir / "crash.db";
    int64_t case_id = 0;
    {
        auto s = Store::open(p, OpenMode::CreateIfMissing);
        REQUIRE(s.is_ok());
        case_id = s.value()->create_case("CRASH-1", "Crash test").value();
    } // closed before fork: the child uses its own connection

    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        auto s = Store::open(p, OpenMode::MustExist);
        if (!s.is_ok()) ::_exit(2);
        for (int i = 0; i < 100000; ++i) {
            auto id = s.value()->add_session(case_id, "2024-06-01", "Practitioner A", std::string(200, 'n'));
            if (!id.is_ok()) ::_exit(3);
            const int64_t v = id.value(); // reported only after commit_edit returned
            if (::write(fds[1], &v, sizeof v) != static_cast<ssize_t>(sizeof v)) ::_exit(4);
        }
        ::_exit(0);
    }
    ::close(fds[1]);

    std::vector<int64_t> reported;
    int64_t v = 0;
    while (reported.size() < 200 && ::read(fds[0], &v, sizeof v) == static_cast<ssize_t>(sizeof v)) reported.push_back(v);
    ::kill(pid, SIGKILL);
    // Ids written between our last read and the kill count too.
    while (::read(fds[0], &v, sizeof v) == static_cast<ssize_t>(sizeof v)) reported.push_back(v);
    ::close(fds[0]);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFSIGNALED(status)); // killed mid-burst, not finished or failed
    CHECK(WTERMSIG(status) == SIGKILL);
    REQUIRE(reported.size() >= 200);

    auto s = Store::open(p, OpenMode::MustExist);
    INFO(s.message());
    REQUIRE(s.is_ok());
    CHECK(query(s.value()->db(), "PRAGMA integrity_check") == "ok");
    size_t missing = 0;
    for (int64_t id : reported)
        if (!s.value()->find_session(id)) ++missing;
    CHECK(missing == 0);
    CHECK(s.value()->sessions(case_id).size() >= reported.size());
}
