// demo_notes.cpp - reflection notes for the fictional demo cases. They
// follow the invented families the core's demo sessions describe, one entry
// per session, oldest first: the Rivers family (a mother, her baby and her
// older boy, newly moved to the area), the Harbour family (a father on his
// own with two children, wary of services) and the Meadow family (young
// parents with a baby born early). Invented for the demo; any likeness to a
// real family is accidental.
#include "demo_notes.h"

#include <iterator>
#include <span>

namespace session_notes {
namespace {

struct DemoText {
    const char* happened;
    const char* felt;
    const char* noticed;
    const char* next_step;
};

const DemoText kDemo[] = {
    {"(Fictional demo) First visit. She kept the door half closed for a while before letting me in. "
     "We sat in the kitchen and talked mostly about the baby waking at night. I mentioned the local "
     "playgroups and said I would bring the details.",
     "Nervous on the doorstep, then relieved once we were sitting down. I noticed an urge to fix the "
     "sleep problem straight away and held back.",
     "She watched my face whenever the baby cried, as if waiting to be judged. She relaxed a little "
     "when I asked about the baby's name.",
     "Bring the playgroup details, as promised, and listen before suggesting anything."},
    {"(Fictional demo) I brought the playgroup leaflets. She told me she has felt alone since the move "
     "and I mostly listened. Before I left we picked one small goal together: a short walk with the pram, "
     "twice this week.",
     "Moved by how much she said once she started. A little anxious that the goal might feel like homework.",
     "She was the one who suggested the walk; I only asked what might help. The baby settled on her "
     "shoulder while she talked.",
     "Ask how the walks went without making it a test, and notice what she managed rather than what she "
     "did not."},
    {"(Fictional demo) I had to move the visit at short notice and she was upset when I arrived. I said "
     "plainly that it was my mix-up and that I was sorry. We agreed how I will let her know about any "
     "change from now on.",
     "Embarrassed, and tempted to explain the reasons at length. Steadier once I simply owned it.",
     "Her voice softened after the apology. She checked twice that the new arrangement would really "
     "happen, which tells me how much reliability matters to her.",
     "Keep to the agreed way of telling her about changes, every time, and mention it so she sees it kept."},
    {"(Fictional demo) Covering for a colleague. She had been to the playgroup once and we talked about "
     "what went well there. I raised a worry about the feeding routine, gently, and we sketched a plan "
     "she felt able to try.",
     "Unsure of my footing as a stranger to the family; a little uneasy raising a worry on a first meeting.",
     "She took the worry seriously and asked good questions. She lit up describing another mother she "
     "met at the playgroup.",
     "Hand over to the usual practitioner: the plan, the worry, and the friendship she is starting to build."},
    {"(Fictional demo) She led much of the conversation about the feeding plan and said what she wants "
     "to work on next. Her older boy showed me a drawing and she praised him warmly.",
     "Proud of her, and glad to take a back seat. I caught myself wanting some of the credit, which is "
     "worth talking through in supervision.",
     "She named her own progress before I could. The boy kept looking at her, not at me, while she "
     "praised the drawing.",
     "Ask her what made this week possible, in her words, and write it down with her."},
    {"(Fictional demo) A hard week. She asked a neighbour for help for the first time, which cost her "
     "something. We talked about what she hopes family life will feel like in a few months.",
     "Tired myself, and moved by her honesty. Some worry about how stretched she is.",
     "Asking for help was new for her and she spoke about it almost as a failure. Her hopes for the "
     "family were clear and specific.",
     "Reflect back that asking the neighbour was a strength, and keep her picture of the coming months "
     "at the centre of the next visit."},
};

// The Harbour family: five visits. Bedtime first; school raised too soon
// and pushed back hard; mended by listening; a tantrum met together; his
// own bedtime plan.
const DemoText kHarbour[] = {
    {"(Fictional demo) First visit. He answered the door with the toddler on his hip and told me straight "
     "away that the last worker he had 'wrote things down and disappeared'. I said I would rather hear what "
     "he wants help with. Bedtimes: the toddler screams for an hour most nights.",
     "Wary of saying the wrong thing. Respect for how much he is carrying on his own.",
     "He kept the conversation on the toddler and steered away when his daughter came in from school. "
     "He softened when I asked what a good evening would look like.",
     "Bring the bedtime ideas he asked for, keep to what I said I would do, and let him set the pace."},
    {"(Fictional demo) I asked about his daughter missing school far too early. He pushed back hard: he said "
     "I was there to catch him out, like the others. I stopped, said I had jumped ahead, and we ended the "
     "visit calmly but early.",
     "Shaken, and defensive for a moment. Then worried I had confirmed everything he expected of services.",
     "His anger came fast and went quieter once I stopped pushing. School is clearly a sore place for "
     "him, not something he does not care about.",
     "Ask if I may come back to school mornings on his terms. Take this rupture to supervision."},
    {"(Fictional demo) Went back to last time. I said I had rushed him and asked for his side of the school "
     "mornings. I only listened. Two children, one adult, and a bus that does not wait. Together we listed "
     "what makes mornings fall apart.",
     "Nervous before the visit, then steadier. Relief when he said it helped that I came back to it.",
     "He named the problem more clearly than I could have. He picked the first thing to change himself.",
     "Ask how the first change went, and notice what he managed before what did not work."},
    {"(Fictional demo) Covering for a colleague. A big tantrum started while I was there. He stayed close and "
     "calm; I kept his daughter busy with a game. Afterwards he said it felt different doing it with someone "
     "else in the room.",
     "A little exposed as a stranger in the middle of a hard moment. Moved by how steady he was.",
     "His voice dropped rather than rose as the tantrum went on. His daughter watched him and copied his "
     "calm with her brother.",
     "Hand over: the tantrum handled together, and what he did that helped, in his own words."},
    {"(Fictional demo) He had written his own bedtime plan and tried it for a week: three good nights. We "
     "talked about who he could call when a night goes wrong, and he named his brother. He brought up school "
     "drop-off as the next thing, himself.",
     "Proud of him, and careful not to take the credit. Glad the school conversation came from him.",
     "The plan was in his handwriting on the fridge. He spoke about school without the edge of the second visit.",
     "Look at school drop-off together next time, at his pace, starting with what already works."},
};

// The Meadow family: five visits. Feeling judged about the baby's weight;
// trust grows; they read her cues; the grandmother's help on their terms;
// they phone the clinic themselves.
const DemoText kMeadow[] = {
    {"(Fictional demo) First visit to two young parents and their baby girl, born early and now doing well. "
     "They had tidied the whole flat and apologised for the mess. They worry about her weight and feel "
     "everyone is watching them.",
     "Aware of how young they are and of not wanting to become one more person checking on them.",
     "They answered each other's questions before I could. They relaxed when I asked about her name.",
     "Keep the next visit about what they want to ask, not what I need to check."},
    {"(Fictional demo) When I asked about the weighing they went quiet and looked at each other. I said out "
     "loud that the question seemed to land badly and asked what it was like for them. They said it felt "
     "like a test they might fail.",
     "Uncomfortable in the silence; glad I named it rather than moved on.",
     "Once they had said it, they asked more questions than in the whole first visit.",
     "Let them show me how they read the baby, rather than telling them what to look for."},
    {"(Fictional demo) We watched the baby together and they pointed out her hunger and tired signs before "
     "I did. They want to talk to the grandmother about help that fits them rather than taking over.",
     "Delighted for them, and for her. Curious about the grandmother's side of things.",
     "The baby turns to their voices. They finish each other's sentences about her.",
     "Ask how the talk with the grandmother went, and what they would like her help to look like."},
    {"(Fictional demo) Covering for a colleague. They had talked with the grandmother and agreed two "
     "afternoons a week, on their terms. They seemed lighter. We planned what they would like the next "
     "month to look like.",
     "Easy to be with them; a little unsure how much of the plan to hand over to their usual worker.",
     "They led me through their week without being asked. The grandmother was mentioned warmly.",
     "Hand over the month's plan, and that the grandmother's help is now their arrangement."},
    {"(Fictional demo) They phoned the clinic themselves with a feeding question, for the first time, and "
     "told me about it with some pride. We looked back together at how far they have come since the first visit.",
     "Moved. A reminder that stepping back is part of the work.",
     "They no longer tidy up before I arrive. They talk about the baby's weight without bracing themselves.",
     "Agree with them how often visits are still useful, and who they can call in between."},
};

std::span<const DemoText> family_notes(DemoFamily family) {
    switch (family) {
    case DemoFamily::Harbour: return kHarbour;
    case DemoFamily::Meadow: return kMeadow;
    case DemoFamily::Rivers: break;
    }
    return kDemo;
}

} // namespace

DemoFamily demo_family_from_key(std::string_view key) {
    if (key == "harbour") return DemoFamily::Harbour;
    if (key == "meadow") return DemoFamily::Meadow;
    return DemoFamily::Rivers;
}

std::size_t demo_note_count(DemoFamily family) { return family_notes(family).size(); }

NoteFields demo_note(std::size_t i, DemoFamily family) {
    const std::span<const DemoText> notes = family_notes(family);
    const DemoText& d = notes[i % notes.size()];
    NoteFields f;
    f.text[Happened] = d.happened;
    f.text[Felt] = d.felt;
    f.text[Noticed] = d.noticed;
    f.text[NextStep] = d.next_step;
    return f;
}

} // namespace session_notes
