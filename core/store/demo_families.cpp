// core/store/demo_families.cpp - the words of the demo library: three
// invented families, their sessions and the practitioner's short notes.
// Every note starts "Fictional demo." so nobody mistakes it for a record.
#include "store/demo_families.h"

namespace wb::core {

namespace {

// A mother new to the town, a baby with feeding worries and a small boy.
const DemoSession kRivers[] = {
    {160, "Practitioner A",
     "Fictional demo. First home visit to the (invented) Rivers family. The mother was wary at the door; "
     "we talked about the baby's sleep and I offered to bring details of local playgroups next time."},
    {131, "Practitioner A",
     "Fictional demo. Brought the playgroup details as promised. She said she has felt alone since the move; "
     "I mostly listened. We chose one small goal together: a short walk with the pram twice this week."},
    {103, "Practitioner A",
     "Fictional demo. I had to move the visit at short notice and she was upset about it. I owned the "
     "mix-up, and we agreed how I will tell her about any change from now on."},
    {74, "Practitioner B",
     "Fictional demo. Covering for a colleague. She had been to the playgroup once and we looked at what went "
     "well. I raised a worry about the feeding routine and we sketched a plan she felt able to try."},
    {45, "Practitioner A",
     "Fictional demo. She led part of the talk about the feeding plan and named what she wants to work on "
     "next. The older child showed me a drawing and she praised him warmly."},
    {16, "Practitioner A",
     "Fictional demo. A hard week: she asked a neighbour for help for the first time. We talked about what "
     "she hopes family life will look like in a few months."},
};

// A father bringing up two children alone, wary of services.
const DemoSession kHarbour[] = {
    {120, "Practitioner C",
     "Fictional demo. First visit to the (invented) Harbour family. The father was polite but guarded and "
     "said services let him down before. The toddler's bedtimes are a nightly battle; he wants that first."},
    {92, "Practitioner C",
     "Fictional demo. I brought up his daughter missing school before he was ready, and he pushed back "
     "hard: he felt judged. I stopped, said so, and we ended calmly but the visit was cut short."},
    {63, "Practitioner C",
     "Fictional demo. Went back to last time. I asked for his side of the school mornings and listened. "
     "He said it helped that I came back to it. Together we named what makes mornings fall apart."},
    {35, "Practitioner D",
     "Fictional demo. A big tantrum started while I was there. We handled it together: he stayed close and "
     "calm, I kept the older child busy. Afterwards he said it felt different doing it with someone."},
    {9, "Practitioner C",
     "Fictional demo. He had written his own bedtime plan and tried it for a week. Three good nights. "
     "We talked about who he could call when it goes wrong, and about school drop-off next."},
};

// Young parents with a baby born early and a very involved grandmother.
const DemoSession kMeadow[] = {
    {100, "Practitioner E",
     "Fictional demo. First visit to the (invented) Meadow family: two young parents and their baby girl, "
     "born early and now doing well. They worry about her weight and feel watched by everyone."},
    {75, "Practitioner E",
     "Fictional demo. When I asked about the weighing they went quiet and looked at each other. I noticed "
     "it out loud and asked what that question was like for them. They said it felt like a test."},
    {50, "Practitioner E",
     "Fictional demo. We watched the baby together and they pointed out her hunger and tired cues "
     "before I did. They want to talk to the grandmother about help that fits them."},
    {28, "Practitioner F",
     "Fictional demo. They had talked with the grandmother and agreed two afternoons a week. They seemed "
     "lighter. We planned what they would like the next month to look like."},
    {7, "Practitioner E",
     "Fictional demo. They phoned the clinic themselves with a question about feeding, for the first time. "
     "They told me about it with some pride. We looked back at how far they have come."},
};

const DemoFamily kFamilies[] = {
    {"rivers", "DEMO-01", "Rivers family (fictional)",
     "A mother new to the town, feeling alone, with a baby and a four-year-old. Six sessions; one visit "
     "moved at short notice strains the relationship and is repaired.",
     kRivers},
    {"harbour", "DEMO-02", "Harbour family (fictional)",
     "A father bringing up a toddler and a seven-year-old alone, wary of services. Five sessions; a hard "
     "push-back over school, repaired by listening, then a tantrum handled together.",
     kHarbour},
    {"meadow", "DEMO-03", "Meadow family (fictional)",
     "Young parents with a baby born early and a grandmother who helps a lot. Five sessions; trust grows "
     "until they phone the clinic on their own.",
     kMeadow},
};

} // namespace

std::span<const DemoFamily> demo_families() { return kFamilies; }

const DemoFamily* find_demo_family(std::string_view key) {
    for (const DemoFamily& f : kFamilies)
        if (key == f.key) return &f;
    return nullptr;
}

} // namespace wb::core
