// rr_demo.cpp - an invented family's ruptures and repairs (demo only). The
// story: a hope for help with forms that went unmet and was mended at once;
// a visit moved at short notice that she was angry about, owned and mended
// over the next month; a worry about feeding from a covering colleague
// that she turned down; her partner keeping out of the way; a recent
// complaint that the visits are too slow, still being repaired; and a
// missed call from the helper, not yet raised.
#include "rr_demo.h"

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

const std::vector<DemoRow>& rows() {
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

struct DemoAlliance {
    int days_ago;
    int ratings[kAllianceItems];
};

// A dip around the moved visit and a recovery after it was mended.
const DemoAlliance kAlliance[] = {
    {160, {7, 6, 7, 7}}, {131, {6, 5, 6, 6}}, {103, {5, 6, 5, 5}},
    {74, {7, 7, 7, 7}},  {45, {8, 8, 8, 8}},  {16, {7, 5, 6, 6}},
};

const SessionRef* session_on(const std::vector<SessionRef>& sessions, const std::string& date) {
    for (const SessionRef& s : sessions)
        if (s.date == date) return &s;
    return nullptr;
}

} // namespace

DemoData demo_data(int64_t case_id, const std::vector<SessionRef>& sessions, const std::string& today) {
    DemoData out;
    for (const DemoRow& row : rows()) {
        DemoRupture d;
        Rupture& r = d.rupture;
        r.case_id = case_id;
        r.date = days_before(today, row.days_ago);
        if (const SessionRef* s = session_on(sessions, r.date)) r.session_id = s->id;
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
            a.date = days_before(today, dr.days_ago);
            a.led_by = dr.led_by;
            a.strategy = dr.strategy;
            a.note = dr.note;
            d.repairs.push_back(std::move(a));
        }
        out.ruptures.push_back(std::move(d));
    }
    for (const DemoAlliance& da : kAlliance) {
        const SessionRef* s = session_on(sessions, days_before(today, da.days_ago));
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
