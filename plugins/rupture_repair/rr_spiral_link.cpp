// rr_spiral_link.cpp - the "repair after rupture" step requested from the
// spiral mapper through the host (see rr_spiral_link.h).
#include "rr_spiral_link.h"

namespace rupture_repair {

namespace {

// At most `max` bytes of `text`, cut at a UTF-8 character boundary and at
// the end of the first line, with an ellipsis when shortened.
std::string first_line(const std::string& text, std::size_t max) {
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() <= max && line.size() == text.size()) return line;
    bool shortened = line.size() < text.size();
    if (line.size() > max) {
        std::size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        line.resize(cut);
        shortened = true;
    }
    if (shortened) line += "\xE2\x80\xA6";
    return line;
}

} // namespace

wb::ActionFields spiral_step_fields(const Rupture& r, const RepairAction& closing) {
    // e.g. "Repair after rupture: Own my part in it. The rupture: <its
    // first line>". The strategy label is ours; the rest is the user's.
    std::string description = "Repair after rupture: ";
    description += strategy_label(closing.strategy);
    const std::string what = first_line(trimmed(r.description), 160);
    if (!what.empty()) description.append(". The rupture: ").append(what);
    return {
        {"date", closing.date},
        {"kind", "repair"},
        {"description", description},
    };
}

bool SpiralLink::available() const { return host_.action_version(kSpiralAddStep) >= kSpiralAddStepVersion; }

std::string SpiralLink::add_repair_step(const Rupture& r, const RepairAction& closing) {
    try {
        host_.request_action(kSpiralAddStep, kSpiralAddStepVersion, r.case_id, 0, spiral_step_fields(r, closing));
        return {};
    } catch (const wb::Error& e) {
        return e.what();
    }
}

} // namespace rupture_repair
