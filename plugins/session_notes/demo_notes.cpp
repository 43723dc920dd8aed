// demo_notes.cpp - reflection notes for the fictional demo case. They follow
// the invented family the core's demo sessions describe (a mother, her baby
// and her older boy, newly moved to the area), one entry per session, oldest
// first. Invented for the demo; any likeness to a real family is accidental.
#include "demo_notes.h"

#include <iterator>

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

} // namespace

std::size_t demo_note_count() { return std::size(kDemo); }

NoteFields demo_note(std::size_t i) {
    const DemoText& d = kDemo[i % std::size(kDemo)];
    NoteFields f;
    f.text[Happened] = d.happened;
    f.text[Felt] = d.felt;
    f.text[Noticed] = d.noticed;
    f.text[NextStep] = d.next_step;
    return f;
}

} // namespace session_notes
