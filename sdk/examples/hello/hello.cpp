// sdk/examples/hello/hello.cpp - the smallest useful workbench plugin: one
// table (created by a migration), one panel, one undoable edit, one event,
// one setting and a canvas drawing. Read it next to sdk/README.md.
#include <workbench/plugin.hpp>

#include <string>

class Hello : public wb::Plugin {
public:
    explicit Hello(wb::Host host) : Plugin(host) {
        // Panels can only be added here, in the constructor.
        add_panel("hello", "Hello", [this] { draw(); });
        greeting_ = host.setting("greeting", "Hello");
        reload();
    }

    // Tables are named "<id>__<name>" and need a primary key (undo records
    // rows by key). Never edit a shipped migration: add a new version.
    static std::span<const wb_migration> migrations() {
        static const wb_migration list[] = {
            wb::migration(1, "CREATE TABLE hello__visits("
                             " id INTEGER PRIMARY KEY,"
                             " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE)"),
        };
        return list;
    }

    // Undo, redo and other plugins' edits change the store under us.
    void on_event(const wb_event& e) override {
        if (e.type == WB_EVENT_DATA_CHANGED || e.type == WB_EVENT_UNDO_APPLIED ||
            e.type == WB_EVENT_REDO_APPLIED || e.type == WB_EVENT_SESSION_SELECTED ||
            e.type == WB_EVENT_STORE_OPENED)
            reload();
    }

private:
    void reload() {
        visits_ = 0;
        int64_t session = host().current_session();
        if (session == 0) return;
        auto q = host().prepare("SELECT COUNT(*) FROM hello__visits WHERE session_id = ?");
        q.bind(1, session);
        if (q.step()) visits_ = q.integer(0);
    }

    void draw() {
        int64_t session = host().current_session();
        if (session == 0) {
            ImGui::TextUnformatted("Pick a session in the sidebar.");
            return;
        }
        ImGui::Text("%s! This session has been greeted %d time(s).", greeting_.c_str(), visits_);
        ImGui::BeginDisabled(host().read_only());
        if (ImGui::Button("Greet this session")) {
            // One edit = one undo step, committed at once. If anything
            // throws before commit(), the edit is rolled back.
            wb::Edit edit(host(), "Greet session");
            host().prepare("INSERT INTO hello__visits(session_id) VALUES (?)").bind(1, session).run();
            edit.commit();
            // The host now sends DATA_CHANGED, and on_event reloads.
        }
        ImGui::EndDisabled();

        // A little drawing: one dot per greeting, in the shared palette.
        const float scale = host().ui_scale();
        wb::Canvas canvas(host(), 0, 40 * scale);
        if (!canvas) return;
        canvas.transform(scale, 0, 0, scale, 0, 0); // canvas units = unscaled pixels
        const wb_palette& pal = host().palette();
        for (int i = 0; i < visits_ && i < 20; ++i)
            canvas.disc(20.0f + 24.0f * static_cast<float>(i), 20.0f, 8.0f,
                        pal.categorical[i % WB_CATEGORICAL_COUNT]);
    }

    std::string greeting_;
    int visits_ = 0;
};

WB_PLUGIN(Hello, "hello", "Hello", "1.0.0", "A minimal example plugin: greets sessions.")
