// af_demo.cpp - invented recordings for the three demo families (demo
// only). Each tells a story the diagram makes visible:
//   rivers:  a long, patient start finding out how the feeding is going,
//            hands-on help at a feed, planning at the end; later, a short
//            visit that is mostly her own planning (she asked a neighbour).
//   harbour: the visit where school attendance was raised too soon (fast
//            switching, then a long stretch of listening); the visit with
//            the tantrum handled together (a long joint-action run).
//   meadow:  the parents learning to read the baby's cues (new meaning and
//            joint action), and a last visit they mostly plan themselves.
#include "af_demo.h"

namespace activity_flow {
namespace {

// One switch: at `at_s` seconds into active time, to activity `code`
// (L, M, J, P).
struct Step {
    int at_s;
    char code;
};

struct DemoNote {
    int at_s;
    const char* text;
};

struct Script {
    int session; // 1-based: the case's Nth session by date
    const char* title;
    int slice_s;
    int length_s;
    std::vector<Step> steps;
    std::vector<DemoNote> notes;
};

Activity from_code(char c) {
    switch (c) {
    case 'M': return Activity::Meaning;
    case 'J': return Activity::JointAction;
    case 'P': return Activity::Planning;
    default: return Activity::Locating;
    }
}

std::vector<Script> rivers() {
    return {
        {2, "Visit 2: feeding worries (demo)", 30, 32 * 60,
         {{0, 'L'}, {510, 'M'}, {600, 'L'}, {690, 'M'}, {840, 'L'}, {900, 'M'}, {1020, 'J'}, {1290, 'M'},
          {1350, 'J'}, {1500, 'M'}, {1590, 'P'}, {1740, 'M'}, {1800, 'P'}},
         {{120, "Fictional demo: she says the baby cries after every feed"},
          {1030, "Fictional demo: we tried a new hold at the feed together"},
          {1600, "Fictional demo: she wants to try the playgroup on Tuesday"}}},
        {6, "Visit 6: asking for help nearby (demo)", 30, 26 * 60,
         {{0, 'L'}, {180, 'M'}, {330, 'P'}, {600, 'L'}, {660, 'J'}, {840, 'P'}, {990, 'M'}, {1080, 'P'}},
         {{200, "Fictional demo: she asked the neighbour to mind the boy, first time ever"},
          {1100, "Fictional demo: her own plan for the clinic visit"}}},
    };
}

std::vector<Script> harbour() {
    return {
        {2, "Visit 2: school raised too soon (demo)", 30, 28 * 60,
         {{0, 'L'}, {240, 'P'}, {300, 'L'}, {330, 'P'}, {370, 'M'}, {400, 'P'}, {430, 'L'}, {455, 'P'},
          {490, 'M'}, {520, 'L'}, {1140, 'J'}, {1200, 'L'}, {1260, 'M'}, {1500, 'P'}},
         {{250, "Fictional demo: I brought up the school letter before he was ready"},
          {460, "Fictional demo: he said nobody listens to his side"},
          {1270, "Fictional demo: he linked the mornings to the separation"}}},
        {4, "Visit 4: the tantrum, together (demo)", 30, 40 * 60,
         {{0, 'L'}, {420, 'M'}, {600, 'J'}, {690, 'L'}, {720, 'J'}, {1260, 'M'}, {1500, 'J'}, {1590, 'M'},
          {1860, 'P'}, {2160, 'M'}, {2220, 'P'}},
         {{605, "Fictional demo: the toddler's tantrum started at the shoes"},
          {1270, "Fictional demo: he noticed the tantrum came when she was tired"},
          {1870, "Fictional demo: bedtime half an hour earlier, his idea"}}},
    };
}

std::vector<Script> meadow() {
    return {
        {2, "Visit 2: reading her cues (demo)", 30, 35 * 60,
         {{0, 'L'}, {600, 'M'}, {780, 'L'}, {840, 'M'}, {1080, 'J'}, {1230, 'M'}, {1290, 'J'}, {1560, 'M'},
          {1800, 'P'}, {1950, 'M'}, {2010, 'P'}},
         {{100, "Fictional demo: they feel the weigh-ins are about judging them"},
          {1090, "Fictional demo: they spotted her hungry cues before the crying"},
          {1810, "Fictional demo: gran helps with the night feed, on their terms"}}},
        {5, "Visit 5: their own plan (demo)", 30, 22 * 60,
         {{0, 'L'}, {150, 'P'}, {540, 'M'}, {660, 'J'}, {780, 'P'}, {1080, 'L'}, {1140, 'P'}},
         {{160, "Fictional demo: they had phoned the clinic themselves"}}},
    };
}

} // namespace

std::vector<DemoRecording> demo_recordings(std::string_view family, const std::vector<SessionRef>& sessions,
                                           const std::string& today) {
    const std::vector<Script> scripts = family == "harbour" ? harbour() : family == "meadow" ? meadow() : rivers();
    std::vector<DemoRecording> out;
    for (const Script& s : scripts) {
        DemoRecording d;
        d.rec.title = s.title;
        d.rec.slice_s = s.slice_s;
        d.rec.active_ms = static_cast<int64_t>(s.length_s) * 1000;
        d.rec.finished = true;
        d.rec.created = today;
        if (s.session >= 1 && static_cast<std::size_t>(s.session) <= sessions.size()) {
            const SessionRef& ref = sessions[static_cast<std::size_t>(s.session - 1)];
            d.rec.session_id = ref.id;
            d.rec.created = ref.date; // recorded on the day of the visit
        }
        for (const Step& st : s.steps)
            d.stretches.push_back(Stretch{0, static_cast<int64_t>(st.at_s) * 1000, from_code(st.code)});
        for (const DemoNote& n : s.notes) d.notes.push_back(Note{0, static_cast<int64_t>(n.at_s) * 1000, n.text});
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace activity_flow
