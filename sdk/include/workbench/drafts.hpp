// workbench/drafts.hpp - unsaved side-form drafts kept per case, in memory.
//
// A supervisor half-way through typing in a plugin's form often clicks
// another case to check something. Nothing typed should be lost by that,
// yet half-typed text must not be saved either: so the form as the user
// left it is kept in memory for its case and put back when they return.
// Drafts never reach the store or the log.
//
// Plain C++ (no ImGui, no host), so a plugin tests its rule without a
// window. A plugin says what its form holds (`Fields`: plain data with
// `==` and `int64_t item_id() const`, 0 for a new item) and, on a case
// switch, calls leave() for the old case and restore() for the new one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace wb {

// A side form as the user left it: what it holds now and what it held when
// it opened (a new item's starting values, or the item as stored).
template <class Fields>
struct UnsavedForm {
    Fields opened;
    Fields now;

    // Anything typed or picked since the form opened.
    bool changed() const { return !(now == opened); }
};

// The unsaved forms left behind when the user switched case, one per case.
//
// - Leaving a case with a form the user changed keeps it for that case
//   (replacing an older one). An untouched form, or none, keeps nothing (a
//   draft not restored yet because its case failed to load stays).
// - Coming back to the case restores it, once (it is taken out: the form on
//   screen holds it from then on), but only for the same case, told by its
//   stamp (a new case that reuses a deleted case's id gets nothing), and
//   only while the item it edits still exists (undone or deleted
//   meanwhile: dropped). A draft of a new item has nothing to lose.
// - drop(): a case's draft goes (its demo case was reset); clear(): all go
//   (another store was opened).
//
// `Fields` is plain data with `==` and `int64_t item_id() const` (0: the
// form adds a new item).
template <class Fields>
class DraftsByCase {
public:
    using Form = UnsavedForm<Fields>;

    void leave(int64_t case_id, std::string_view stamp, const std::optional<Form>& form) {
        if (case_id == 0 || !form || !form->changed()) return;
        by_case_[case_id] = Kept{std::string(stamp), *form};
    }

    // `item_exists(id)`: the item a draft edits is still in the case.
    template <class ItemExists>
    std::optional<Form> restore(int64_t case_id, std::string_view stamp, ItemExists&& item_exists) {
        const auto it = by_case_.find(case_id);
        if (it == by_case_.end()) return std::nullopt;
        Kept kept = std::move(it->second);
        by_case_.erase(it);
        if (kept.stamp != stamp) return std::nullopt;
        const int64_t item = kept.form.now.item_id();
        if (item != 0 && !item_exists(item)) return std::nullopt;
        return std::move(kept.form);
    }

    void drop(int64_t case_id) { by_case_.erase(case_id); }
    void clear() { by_case_.clear(); }
    bool holds(int64_t case_id) const { return by_case_.count(case_id) != 0; }
    std::size_t size() const { return by_case_.size(); }

private:
    struct Kept {
        std::string stamp;
        Form form;
    };
    std::map<int64_t, Kept> by_case_;
};

} // namespace wb
