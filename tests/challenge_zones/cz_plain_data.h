// cz_plain_data.h - challenges and placements as plain data, ids already
// given (no store), for the tests of the prompt rules and the map's scene.
#pragma once

#include "cz_types.h"

#include <cstdint>

namespace cz_test {

// An active challenge of case 1, created 2024-01-01, with `why` as what
// matters to the parent.
inline challenge_zones::Challenge make(int64_t id, challenge_zones::Aspect aspect = challenge_zones::Aspect::Actions,
                                       challenge_zones::Status status = challenge_zones::Status::Active,
                                       const char* why = "She cares") {
    challenge_zones::Challenge c;
    c.id = id;
    c.case_id = 1;
    c.aspect = aspect;
    c.description = "A challenge";
    c.why_it_matters = why;
    c.status = status;
    c.created = "2024-01-01";
    return c;
}

// Placement `id` of challenge `challenge` in `zone` on `date`.
inline challenge_zones::Placement at(int64_t id, int64_t challenge, const char* date, challenge_zones::Zone zone) {
    challenge_zones::Placement p;
    p.id = id;
    p.challenge_id = challenge;
    p.date = date;
    p.zone = zone;
    return p;
}

} // namespace cz_test
