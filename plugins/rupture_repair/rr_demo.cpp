// rr_demo.cpp - invented families' ruptures and repairs (demo only).
//
// Rivers: a hope for help with forms that went unmet and was mended at once;
// a visit moved at short notice that she was angry about, owned and mended
// over the next month; a worry about feeding from a covering colleague
// that she turned down; her partner keeping out of the way; a recent
// complaint that the visits are too slow, still being repaired; and a
// missed call from the helper, not yet raised.
// Harbour: school attendance raised too fast and a father who pushed back
// hard (moving against), mended a session later by hearing his side; a
// visit clashing with the toddler's nap, mended by moving the visits.
// Meadow: young parents going quiet when weight came up (moving away),
// mended by exploring what it stirred; the grandmother answering for them.
#include "rr_demo.h"

#include <optional>

namespace rupture_repair {
namespace {

struct DemoRepair {
    int days_ago;
    Person led_by;
    Strategy strategy;
    const char* note;
};

struct DemoRow {
    int days_ago;
    Origin origin;
    MarkerKind kind;
    int sub_markers;
    Person who;
    int salience;
    int strained;
    const char* description;
    Status status;
    Resolution resolution;
    std::vector<DemoRepair> repairs;
};

constexpr MarkerKind kAway = MarkerKind::Withdrawal;
constexpr MarkerKind kAgainst = MarkerKind::Confrontation;

// The Rivers family.
const std::vector<DemoRow>& rivers_rows() {
    static const std::vector<DemoRow> list = {
        {131, Origin::UnmetExpectations, kAway, 1 | 4, Person::Parent, 2, StrainGoals,
         "Demo: she had hoped I would fill in the housing forms with her; went quiet when I did not",
         Status::Repaired, Resolution::Fully,
         {{131, Person::Helper, Strategy::ChangeTaskOrGoal, "Demo: put the forms on our list for next time"}}},
        {103, Origin::Logistics, kAgainst, 1, Person::Parent, 4, StrainBond,
         "Demo: I moved the visit at short notice; she said I did not care about her time",
         Status::Repaired, Resolution::Fully,
         {{103, Person::Helper, Strategy::OwnPart, "Demo: said it was my mix-up and I was sorry"},
          {74, Person::Helper, Strategy::InviteTalk, "Demo: checked back how the new way of warning her feels"}}},
        {74, Origin::UnmetExpectations, kAgainst, 4, Person::Parent, 3, StrainTasks,
         "Demo: turned down the feeding plan my colleague suggested",
         Status::Repaired, Resolution::Partly,
         {{74, Person::Helper, Strategy::GiveReason, "Demo: explained why the feeding worry came up"},
          {45, Person::Parent, Strategy::LinkPatterns, "Demo: she led the talk and linked it to advice she got before"}}},
        {45, Origin::Other, kAway, 2 | 8, Person::OtherFamily, 2, StrainBond,
         "Demo: her partner stayed in the other room and kept his answers short",
         Status::NotResolved, Resolution::Partly,
         {{16, Person::Helper, Strategy::InviteTalk, "Demo: asked him how the visits look from his side"}}},
        {16, Origin::NotOkay, kAgainst, 2 | 8, Person::Parent, 4, StrainGoals | StrainTasks,
         "Demo: said the visits are not helping fast enough and raised her voice",
         Status::Repairing, Resolution::None,
         {{16, Person::Helper, Strategy::StayOpen, "Demo: listened without defending the plan"}}},
        {9, Origin::Logistics, kAway, 1, Person::Parent, 2, StrainBond,
         "Demo: I missed her call back; she has not answered my messages since",
         Status::Open, Resolution::None, {}},
    };
    return list;
}

// The Harbour family: a father on his own with a toddler and a daughter of
// seven, wary of services after a past referral.
const std::vector<DemoRow>& harbour_rows() {
    static const std::vector<DemoRow> list = {
        {92, Origin::NotOkay, kAgainst, 1 | 2, Person::Parent, 5, StrainGoals | StrainBond,
         "Demo: I raised school attendance too fast; he said I was there to judge him like the last worker",
         Status::Repaired, Resolution::Fully,
         {{92, Person::Helper, Strategy::GiveReason, "Demo: said why school came up; it did not land"},
          {63, Person::Helper, Strategy::OwnPart, "Demo: said I had rushed it and he sets the pace on school"},
          {63, Person::Helper, Strategy::InviteTalk, "Demo: asked about the last referral and listened to his side"}}},
        {35, Origin::Logistics, kAway, 1 | 16, Person::Parent, 2, StrainTasks,
         "Demo: the visit ran into his son's nap; he kept it short and looked at the clock",
         Status::Repaired, Resolution::Fully,
         {{9, Person::Helper, Strategy::ChangeTaskOrGoal, "Demo: moved the visits to mornings, which suits them"}}},
        {9, Origin::Other, kAway, 2, Person::OtherFamily, 1, StrainBond,
         "Demo: his daughter changed the subject whenever school came up",
         Status::Open, Resolution::None, {}},
    };
    return list;
}

// The Meadow family: parents of nineteen, a baby born early, an involved
// grandmother; they feel judged about her weight.
const std::vector<DemoRow>& meadow_rows() {
    static const std::vector<DemoRow> list = {
        {100, Origin::UnmetExpectations, kAway, 1 | 2, Person::Parent, 2, StrainBond | StrainGoals,
         "Demo: both parents went quiet when I brought up her weight",
         Status::Repaired, Resolution::Fully,
         {{75, Person::Helper, Strategy::InviteTalk, "Demo: said I noticed they went quiet and asked what it was like"},
          {75, Person::Parent, Strategy::LinkPatterns,
           "Demo: they linked it to feeling judged on the baby unit; they lead on weight now"}}},
        {50, Origin::Other, kAway, 8, Person::OtherFamily, 2, StrainTasks,
         "Demo: grandmother answered each question I put to the parents",
         Status::Repaired, Resolution::Partly,
         {{50, Person::Helper, Strategy::ClearUpMisunderstanding, "Demo: said the visit is for the parents' questions"},
          {28, Person::Helper, Strategy::StayOpen, "Demo: heard grandmother's worries too, without taking sides"}}},
    };
    return list;
}

struct DemoAlliance {
    int days_ago;
    int ratings[kAllianceItems];
};

// Rivers: a dip around the moved visit and a recovery after it was mended.
const std::vector<DemoAlliance> kRiversAlliance = {
    {160, {7, 6, 7, 7}}, {131, {6, 5, 6, 6}}, {103, {5, 6, 5, 5}},
    {74, {7, 7, 7, 7}},  {45, {8, 8, 8, 8}},  {16, {7, 5, 6, 6}},
};
// Harbour: wary, then well below the flag after the clash, then recovering.
const std::vector<DemoAlliance> kHarbourAlliance = {
    {120, {6, 5, 6, 5}}, {92, {3, 4, 3, 3}}, {63, {6, 6, 5, 6}}, {35, {7, 7, 7, 8}}, {9, {8, 8, 8, 8}},
};
// Meadow: trust low at first, growing steadily.
const std::vector<DemoAlliance> kMeadowAlliance = {
    {100, {5, 4, 5, 5}}, {75, {6, 6, 6, 6}}, {50, {7, 6, 7, 7}}, {28, {7, 7, 8, 7}}, {7, {8, 8, 8, 9}},
};

struct Family {
    const std::vector<DemoRow>& rows;
    const std::vector<DemoAlliance>& alliance;
    std::vector<int> sessions; // the host's demo sessions, days before today
};

Family family_data(DemoFamily f) {
    switch (f) {
    case DemoFamily::Harbour: return {harbour_rows(), kHarbourAlliance, {120, 92, 63, 35, 9}};
    case DemoFamily::Meadow: return {meadow_rows(), kMeadowAlliance, {100, 75, 50, 28, 7}};
    case DemoFamily::Rivers: break;
    }
    return {rivers_rows(), kRiversAlliance, {160, 131, 103, 74, 45, 16}};
}

// A demo day (days before today) as a date, and the session it belongs to:
// a day the family's demo put a session on is the case's session of the
// same rank, when the case has it.
struct DemoDay {
    std::string date;
    const SessionRef* session = nullptr;
};

DemoDay resolve_day(int days_ago, const std::vector<int>& nominal, const std::vector<SessionRef>& sessions,
                    const std::string& today) {
    for (std::size_t k = 0; k < nominal.size(); ++k)
        if (nominal[k] == days_ago && k < sessions.size()) return {sessions[k].date, &sessions[k]};
    DemoDay d{days_before(today, days_ago), nullptr};
    for (const SessionRef& s : sessions)
        if (s.date == d.date) d.session = &s;
    return d;
}

} // namespace

DemoFamily demo_family_from_key(std::string_view key) {
    if (key == "harbour") return DemoFamily::Harbour;
    if (key == "meadow") return DemoFamily::Meadow;
    return DemoFamily::Rivers;
}

DemoData demo_data(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today,
                   DemoFamily family) {
    const Family fam = family_data(family);
    DemoData out;
    for (const DemoRow& row : fam.rows) {
        DemoRupture d;
        Rupture& r = d.rupture;
        r.case_id = case_id;
        const DemoDay day = resolve_day(row.days_ago, fam.sessions, sessions, today);
        r.date = day.date;
        if (day.session) r.session_id = day.session->id;
        r.origin = row.origin;
        r.kind = row.kind;
        r.sub_markers = row.sub_markers;
        r.who = row.who;
        r.salience = row.salience;
        r.strained = row.strained;
        r.description = row.description;
        r.status = row.status;
        r.resolution = row.resolution;
        for (const DemoRepair& dr : row.repairs) {
            RepairAction a;
            a.date = resolve_day(dr.days_ago, fam.sessions, sessions, today).date;
            a.led_by = dr.led_by;
            a.strategy = dr.strategy;
            a.note = dr.note;
            d.repairs.push_back(std::move(a));
        }
        out.ruptures.push_back(std::move(d));
    }
    for (const DemoAlliance& da : fam.alliance) {
        const SessionRef* s = resolve_day(da.days_ago, fam.sessions, sessions, today).session;
        if (!s) continue;
        AllianceCheck c;
        c.case_id = case_id;
        c.session_id = s->id;
        for (int i = 0; i < kAllianceItems; ++i) c.ratings[i] = da.ratings[i];
        c.note = "Demo: fictional check";
        out.alliance.push_back(std::move(c));
    }
    return out;
}

} // namespace rupture_repair
