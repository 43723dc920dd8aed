/*
 * workbench/abi.h - the binary boundary between the Partnership Workbench
 * host and its plugins.
 *
 * This header is plain C on purpose. A plugin compiled against SDK 1.0 must
 * keep loading in every 1.x host, whatever compiler or standard library either
 * side was built with, so nothing here is a C++ type, nothing throws, and
 * every struct that crosses the boundary starts with its own size:
 *
 *   - A host reading a plugin's struct looks at struct_size and ignores (or
 *     defaults) fields past the end of an older, smaller struct.
 *   - A plugin reading a host table checks WB_HAS_FIELD before calling a
 *     function added in a later minor version.
 *
 * Rules for changing this file (the "append only" rule):
 *   - Minor version: fields may only be appended at the end of a struct,
 *     and enum values only added. Bump WB_ABI_MINOR.
 *   - Anything else (removing, reordering, changing a signature) is a new
 *     major version, and every plugin must be rebuilt.
 *
 * History: 1.0 the first release; 1.1 appended actions (wb_field,
 * wb_action_request, wb_action and three functions at the end of
 * wb_host_api) so plugins can ask each other for things through the host;
 * 1.2 appended export and import (files go through the host: PDF, SVG, PNG
 * from the same canvas drawing code, text formats, and importing a file)
 * and four canvas functions (text_width, text_styled, new_page, output);
 * 1.3 appended presentation (a query for presentation mode, a way to mark
 * text as identifying so the host can mask it, a panel "story" the
 * facilitator steps through, and the demo family a demo case belongs to).
 *
 * Most authors never use this file directly: workbench/plugin.hpp is a thin
 * header-only C++ layer on top of it.
 */
#ifndef WORKBENCH_ABI_H
#define WORKBENCH_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WB_ABI_MAJOR 1
#define WB_ABI_MINOR 3

/* The one exported symbol every plugin provides (through WB_PLUGIN or
 * BOOST_DLL_ALIAS). Its type is wb_entry_fn. */
#define WB_ENTRY_SYMBOL "wb_plugin_entry"

/* True when a size-prefixed struct `s` (pointer) is large enough to hold
 * `field`: use it before touching a field added in a later minor version. */
#define WB_HAS_FIELD(s, type, field) \
    ((s)->struct_size >= offsetof(type, field) + sizeof(((type*)0)->field))

/* ---- Status codes ------------------------------------------------------ */

typedef int32_t wb_status;
enum {
    WB_OK = 0,
    WB_ERROR = 1,        /* generic failure; see last_error() */
    WB_DENIED = 2,       /* the host refused: outside the plugin's namespace */
    WB_READONLY = 3,     /* the store is open read-only */
    WB_NOT_FOUND = 4,
    WB_INVALID = 5,      /* a bad argument (null, wrong index, bad state) */
    WB_CONFLICT = 6,     /* data changed underneath (e.g. undo not possible) */
    WB_ROW = 100,        /* step(): a row is ready */
    WB_DONE = 101        /* step(): the statement has finished */
};

/* ---- Opaque handles ---------------------------------------------------- */

typedef struct wb_host wb_host;         /* the host, as seen by one plugin   */
typedef struct wb_stmt wb_stmt;         /* a prepared statement in the store */
typedef struct wb_canvas wb_canvas;     /* a 2D drawing surface              */
typedef struct wb_instance wb_instance; /* the plugin's own state            */

/* ---- Events the host sends to plugins ----------------------------------- */

typedef enum wb_event_type {
    WB_EVENT_CASE_SELECTED = 1,    /* case_id is the new case (0: none)      */
    WB_EVENT_SESSION_SELECTED = 2, /* session_id is the new session (0: none)*/
    WB_EVENT_DATA_CHANGED = 3,     /* something in the store changed         */
    WB_EVENT_UNDO_APPLIED = 4,     /* an undo step was applied: reload       */
    WB_EVENT_REDO_APPLIED = 5,     /* a redo step was applied: reload        */
    WB_EVENT_STORE_OPENED = 6,     /* a different store file is now open     */
    /* A fictional demo case (case_id) was just created: a plugin may add
     * its own fictional demo data to it, inside its own edit. */
    WB_EVENT_DEMO_CASE_CREATED = 7,
    /* Since 1.3: presentation mode was switched on or off (ask
     * presentation()). Panels that keep a story state may reset it. */
    WB_EVENT_PRESENTATION_CHANGED = 8
} wb_event_type;

typedef struct wb_event {
    uint32_t struct_size;
    int32_t type; /* wb_event_type */
    int64_t case_id;
    int64_t session_id;
    /* Since 1.3 (check WB_HAS_FIELD): for DEMO_CASE_CREATED, the key of the
     * fictional family the host just created ("rivers", "harbour",
     * "meadow", ...), or NULL. A plugin that does not know the key adds its
     * default demo data. */
    const char* demo_family;
} wb_event;

/* ---- Store migrations a plugin declares --------------------------------- */

/* A plugin's tables must be named "<plugin id>__<name>" and must have a
 * PRIMARY KEY (undo/redo records row changes by key). The host runs every
 * migration whose version is above the one recorded for the plugin, in
 * order, each in its own transaction; a failing one is rolled back and the
 * plugin is not loaded. */
typedef struct wb_migration {
    uint32_t struct_size;
    int32_t version; /* 1, 2, 3 ... strictly increasing */
    const char* sql; /* one or more statements */
} wb_migration;

/* ---- Palette ------------------------------------------------------------ */

/* Colours are 0xAABBGGRR (the same packing as ImGui's IM_COL32). */
#define WB_CATEGORICAL_COUNT 8

typedef struct wb_palette {
    uint32_t struct_size;
    int32_t dark; /* 1 when the dark theme is active */
    uint32_t background;
    uint32_t surface;
    uint32_t text;
    uint32_t text_muted;
    uint32_t accent;
    uint32_t warning;
    uint32_t error;
    uint32_t success;
    /* A colour-blind-safe categorical set (Okabe-Ito), ordered so that the
     * first colours stay distinguishable for the common deficiencies. */
    uint32_t categorical[WB_CATEGORICAL_COUNT];
} wb_palette;

/* ---- Canvas: simple 2D drawing that can later be sent to a vector backend */

typedef struct wb_canvas_api {
    uint32_t struct_size;
    /* Start drawing into a region of the current panel of size w x h (in
     * UI pixels; 0 means "all remaining space"). Returns NULL on failure.
     * Always pair with end(). */
    wb_canvas* (*begin)(wb_host* host, float w, float h);
    void (*end)(wb_canvas* c);
    /* Affine transform from canvas units to region pixels:
     *   x' = a*x + c*y + e ; y' = b*x + d*y + f   (SVG/cairo order). */
    void (*set_transform)(wb_canvas* c, double a, double b, double cc,
                          double d, double e, double f);
    void (*line)(wb_canvas* c, float x0, float y0, float x1, float y1,
                 uint32_t color, float thickness);
    void (*polyline)(wb_canvas* c, const float* xy, int32_t count,
                     uint32_t color, float thickness, int32_t closed);
    void (*polygon_filled)(wb_canvas* c, const float* xy, int32_t count,
                           uint32_t color);
    void (*circle)(wb_canvas* c, float x, float y, float r, uint32_t color,
                   float thickness);
    void (*circle_filled)(wb_canvas* c, float x, float y, float r,
                          uint32_t color);
    /* Arc of radius r around (x, y) from angle a0 to a1 (radians). */
    void (*arc)(wb_canvas* c, float x, float y, float r, float a0, float a1,
                uint32_t color, float thickness);
    void (*rect_filled)(wb_canvas* c, float x0, float y0, float x1, float y1,
                        uint32_t color, float rounding);
    /* Text with its top-left at (x, y); size is in canvas units (0 = the
     * UI font size). */
    void (*text)(wb_canvas* c, float x, float y, const char* utf8,
                 uint32_t color, float size);
    /* Canvas size in canvas units after the current transform is undone;
     * useful for fitting content. */
    void (*size)(wb_canvas* c, float* w, float* h);

    /* ---- Since 1.2. Check WB_HAS_FIELD(api, wb_canvas_api, output). ---- */

    /* Width of `utf8` in canvas units at `size` (0 = the UI font size) and
     * `style`, so text can be wrapped and aligned the same on every output. */
    float (*text_width)(wb_canvas* c, const char* utf8, float size,
                        int32_t style);
    /* text() with a style: WB_TEXT_* flags. */
    void (*text_styled)(wb_canvas* c, float x, float y, const char* utf8,
                        uint32_t color, float size, int32_t style);
    /* Paged outputs (PDF): finish this page and start the next one of the
     * same size. Does nothing on screen and for pictures. */
    void (*new_page)(wb_canvas* c);
    /* What this canvas draws to: 0 on screen, else the WB_FORMAT_* being
     * written (e.g. leave out hover highlights in a file). */
    int32_t (*output)(wb_canvas* c);
} wb_canvas_api;

/* Text styles for text_styled / text_width (since 1.2). */
enum {
    WB_TEXT_REGULAR = 0,
    WB_TEXT_BOLD = 1,
    WB_TEXT_ITALIC = 2
};

/* ---- Export and import: files go through the host (since 1.2) -----------
 *
 * Plugins never touch the filesystem. To let the user save something, a
 * plugin registers an export while it is created: what it can write and a
 * function that draws it (PDF, SVG, PNG: the same canvas calls as on
 * screen, in points, 1/72 inch) or writes it as text (Markdown, JSON).
 * request_export() then opens the host's export dialog, where the user
 * picks the format, page size and file; the host calls the plugin back in
 * a later frame and writes the file. `workbench export` on the command line
 * runs the same functions without a window.
 *
 * Importing works the other way round: the plugin registers an import
 * (which file type, and a function that receives the bytes);
 * request_import() opens the host's file dialog and, once the user picks a
 * file, the host reads it (size-limited) and hands the bytes over. */

typedef enum wb_format {
    WB_FORMAT_PDF = 1,
    WB_FORMAT_SVG = 2,
    WB_FORMAT_PNG = 4,
    WB_FORMAT_MARKDOWN = 8,
    WB_FORMAT_JSON = 16
} wb_format;

/* One export being written. */
typedef struct wb_export_job {
    uint32_t struct_size;
    int32_t format;    /* one wb_format */
    int64_t case_id;   /* the case being exported (0: none) */
    int64_t item_id;   /* what request_export named (e.g. a worksheet) */
    float width;       /* page (paged) or picture size, in points */
    float height;
    int32_t blank;     /* 1: an empty form to fill by hand */
    const char* stamp; /* e.g. "DEMO-01 · 2026-12-02": case code and date
                        * for a header; never a family's name */
    /* The colours to draw a file with: the light theme's on white paper,
     * whatever the screen shows (a dark page wastes ink). */
    const wb_palette* palette;
} wb_export_job;

/* Where text formats go: call as often as needed. */
typedef void (*wb_text_sink)(void* ctx, const char* utf8, int32_t bytes);

typedef struct wb_export {
    uint32_t struct_size;
    const char* id;     /* unique within the plugin, e.g. "map" */
    const char* title;  /* for people, e.g. "Partnership spiral" */
    uint32_t formats;   /* the wb_format bits this export can write */
    /* 1: a document of pages (offered at A4 and A3 portrait; call new_page
     * between pages); 0: one picture of width x height points. */
    int32_t paged;
    int32_t can_blank;  /* 1: offers "empty form" (job->blank) */
    float width;        /* pictures: the natural size in points */
    float height;
    /* PDF, SVG, PNG. May be NULL when `formats` has none of them. Draw
     * only through `canvas`: never call Dear ImGui here (`workbench
     * export` runs without a window or an ImGui context), and load what
     * you draw for job->case_id rather than reusing a panel's state. */
    wb_status (*draw)(wb_instance* self, void* user, wb_canvas* canvas,
                      const wb_export_job* job, char* err, uint32_t err_size);
    /* Markdown, JSON. May be NULL when `formats` has none of them. */
    wb_status (*write_text)(wb_instance* self, void* user,
                            const wb_export_job* job, wb_text_sink write,
                            void* ctx, char* err, uint32_t err_size);
    void* user;         /* passed back unchanged */
} wb_export;

typedef struct wb_import {
    uint32_t struct_size;
    const char* id;        /* unique within the plugin, e.g. "template" */
    const char* title;     /* for people, e.g. "Worksheet template" */
    const char* extension; /* e.g. ".json" */
    int64_t max_bytes;     /* larger files are refused before reading */
    /* The chosen file's bytes (not NUL-terminated). Return WB_OK, or an
     * error with a message (naming the problem and where it is) that the
     * host shows in its dialog. Store what you accept in your own edit. */
    wb_status (*receive)(wb_instance* self, void* user, const char* bytes,
                         int64_t size, char* err, uint32_t err_size);
    void* user;
} wb_import;

/* ---- Actions: one plugin asks another for something, through the host --
 * (since 1.1)
 *
 * Plugins never call each other directly. A plugin that can do something
 * for others registers a named action while it is created; any plugin may
 * then ask the host whether that action is available and request it. The
 * host runs the provider's handler as the provider (its own tables, its own
 * edit: one undo step the user can take back), and returns the provider's
 * answer to the requester. If the provider is missing, disabled or too old,
 * the requester is told so and simply does not offer the feature.
 *
 * Names are "<provider plugin id>.<verb>", e.g. "spiral_mapper.add_step".
 * Each action has a version: the set of fields it understands. A provider
 * that understands version N also understands every request of version
 * 1..N; adding an optional field is a new version, changing the meaning of
 * one is a new action name. Fields are UTF-8 key/value pairs, so neither
 * side needs the other's types. */

/* One request field. Fixed forever: an array of these crosses the ABI. */
typedef struct wb_field {
    const char* key;
    const char* value; /* UTF-8; never NULL */
} wb_field;

typedef struct wb_action_request {
    uint32_t struct_size;
    const char* action;   /* the action's name */
    int32_t version;      /* the field set the requester speaks (>= 1) */
    int64_t case_id;      /* the case it concerns (0: none) */
    int64_t session_id;   /* the session it concerns (0: none) */
    const wb_field* fields;
    int32_t field_count;
    /* Filled in by the host for the provider: the id of the plugin asking. */
    const char* requester;
} wb_action_request;

typedef struct wb_action {
    uint32_t struct_size;
    const char* name;  /* "<your plugin id>.<verb>" */
    int32_t version;   /* the newest request version the handler understands */
    const char* title; /* for people, e.g. "Add a step to the spiral" */
    /* Do it. Writes go inside the provider's own begin_edit/commit_edit.
     * Set *out_id to what was created (or 0). Return WB_OK, or an error
     * status with a message in err for the requester to show; an error
     * here does not disable the provider. */
    wb_status (*run)(wb_instance* self, void* user,
                     const wb_action_request* request, int64_t* out_id,
                     char* err, uint32_t err_size);
    void* user; /* passed back to run unchanged */
} wb_action;

/* ---- Host services ------------------------------------------------------ */

typedef enum wb_log_level {
    WB_LOG_DEBUG = 0,
    WB_LOG_INFO = 1,
    WB_LOG_WARNING = 2,
    WB_LOG_ERROR = 3
} wb_log_level;

typedef enum wb_column_type {
    WB_TYPE_INTEGER = 1,
    WB_TYPE_FLOAT = 2,
    WB_TYPE_TEXT = 3,
    WB_TYPE_BLOB = 4,
    WB_TYPE_NULL = 5
} wb_column_type;

/* Since 1.3: where a panel's story stands, for presentation mode. */
typedef struct wb_story_state {
    uint32_t struct_size;
    int32_t step;      /* 0 .. count-1 */
    int32_t count;     /* 0: this panel has no story for the current case */
    char caption[128]; /* one short line for the audience (UTF-8) */
} wb_story_state;

/* A panel a plugin contributes to the main area. */
typedef struct wb_panel {
    uint32_t struct_size;
    const char* id;    /* unique within the plugin, e.g. "notes" */
    const char* title; /* shown on the tab, e.g. "Session notes" */
    /* Draw the panel's content with ImGui (the host has already begun the
     * window/tab). Return WB_OK, or an error with a message in err: the
     * host then disables the plugin for this run and shows the message. */
    wb_status (*draw)(wb_instance* self, void* user, char* err,
                      uint32_t err_size);
    void* user; /* passed back to draw unchanged */
    /* Since 1.3, may be NULL: the panel's story of the current case, which
     * a facilitator walks through with Page Down / Page Up while
     * presenting. Move by `delta` (+1, -1, or 0 to only report), clamp to
     * the story, and fill `state`. Called only while presenting, only for
     * the panel in front, outside draw. */
    wb_status (*story)(wb_instance* self, void* user, int32_t delta,
                       wb_story_state* state);
} wb_panel;

typedef struct wb_host_api {
    uint32_t struct_size;
    uint16_t abi_major;
    uint16_t abi_minor;
    const char* host_version;

    /* Context: the case and session the user is looking at (0 = none). */
    int64_t (*current_case)(wb_host* h);
    int64_t (*current_session)(wb_host* h);

    /* Register a panel (only during create). The struct is copied; the
     * strings must stay valid while the plugin is loaded. */
    wb_status (*register_panel)(wb_host* h, const wb_panel* panel);

    /* Store: a thin prepared-statement API over the shared case store.
     * A plugin may read the core tables "cases" and "sessions" and read
     * and write only its own "<id>__*" tables; anything else is refused
     * with WB_DENIED. Writes must happen inside begin_edit/commit_edit. */
    wb_status (*prepare)(wb_host* h, const char* sql, wb_stmt** out);
    wb_status (*bind_int64)(wb_stmt* s, int32_t index, int64_t v);
    wb_status (*bind_double)(wb_stmt* s, int32_t index, double v);
    wb_status (*bind_text)(wb_stmt* s, int32_t index, const char* utf8,
                           int32_t bytes /* -1: up to NUL */);
    wb_status (*bind_null)(wb_stmt* s, int32_t index);
    wb_status (*step)(wb_stmt* s); /* WB_ROW, WB_DONE or an error */
    wb_status (*reset)(wb_stmt* s);
    int32_t (*column_count)(wb_stmt* s);
    int32_t (*column_type)(wb_stmt* s, int32_t col);
    int64_t (*column_int64)(wb_stmt* s, int32_t col);
    double (*column_double)(wb_stmt* s, int32_t col);
    /* Valid until the next step/reset/finalize of the statement. */
    const char* (*column_text)(wb_stmt* s, int32_t col);
    void (*finalize)(wb_stmt* s);
    int64_t (*last_insert_rowid)(wb_host* h);
    /* The last error message for this plugin (never NULL). */
    const char* (*last_error)(wb_host* h);

    /* Edits: everything between begin_edit and commit_edit is one undo
     * step, committed to disk at once. cancel_edit rolls it back. */
    wb_status (*begin_edit)(wb_host* h, const char* label);
    wb_status (*commit_edit)(wb_host* h);
    void (*cancel_edit)(wb_host* h);
    int32_t (*read_only)(wb_host* h);

    /* Settings, per plugin. get returns the stored value or `fallback`;
     * the returned pointer is valid until the next settings call. */
    const char* (*setting_get)(wb_host* h, const char* key,
                               const char* fallback);
    wb_status (*setting_set)(wb_host* h, const char* key, const char* value);

    /* Logging. Never pass case content (names, notes) to the log. */
    void (*log)(wb_host* h, int32_t level, const char* message);

    /* Look and feel. */
    float (*ui_scale)(wb_host* h);
    const wb_palette* (*palette)(wb_host* h);
    const wb_canvas_api* canvas;

    /* Ask the host to show a session (and its case), e.g. from a search
     * result. The host switches after the current frame and sends
     * CASE_SELECTED / SESSION_SELECTED events. */
    wb_status (*select_session)(wb_host* h, int64_t session_id);

    /* ---- Since 1.1: actions (see above). Check WB_HAS_FIELD(api,
     * wb_host_api, request_action) before use. ---- */

    /* Offer an action to other plugins (only during create). The struct is
     * copied; the strings must stay valid while the plugin is loaded. */
    wb_status (*register_action)(wb_host* h, const wb_action* action);
    /* The version of the named action a running plugin provides, or 0 when
     * none does (not installed, disabled, failed). */
    int32_t (*action_version)(wb_host* h, const char* name);
    /* Ask for an action. Refused with WB_NOT_FOUND when nobody provides it,
     * WB_INVALID when the provider is older than request->version or when
     * called from inside an action, and WB_CONFLICT while the requester has
     * an edit open (commit your own edit first: each is its own undo step).
     * WB_ERROR when the provider could not do it; its message, ready to
     * show, is then in last_error(). */
    wb_status (*request_action)(wb_host* h, const wb_action_request* request,
                                int64_t* out_id);

    /* ---- Since 1.2: export and import (see above). Check WB_HAS_FIELD(api,
     * wb_host_api, request_import) before use. ---- */

    /* Register an export or an import (only during create). Copied; the
     * strings must stay valid while the plugin is loaded. */
    wb_status (*register_export)(wb_host* h, const wb_export* e);
    wb_status (*register_import)(wb_host* h, const wb_import* i);
    /* Open the host's export dialog for this plugin's export `export_id`,
     * of `item_id` in the current case. Returns at once; the file is
     * written after the user confirms. */
    wb_status (*request_export)(wb_host* h, const char* export_id,
                                int64_t item_id);
    /* Open the host's file dialog for this plugin's import `import_id`. */
    wb_status (*request_import)(wb_host* h, const char* import_id);

    /* ---- Since 1.3: presentation. Check WB_HAS_FIELD(api, wb_host_api,
     * identifying) before use. ---- */

    /* WB_PRESENTING when presentation mode is on; WB_MASK_IDENTIFYING when,
     * in addition, the current case is not a demo case, so anything that
     * could identify a family must not be shown. */
    int32_t (*presentation)(wb_host* h);
    /* Pass every text that could identify a family (free text a user
     * typed: notes, descriptions, names) through this before drawing it,
     * on screen or on the canvas. Returns `text` itself, or a fixed mask
     * string while identifying text must be hidden. Never NULL. */
    const char* (*identifying)(wb_host* h, const char* text);
} wb_host_api;

/* Bits of presentation(). */
#define WB_PRESENTING 1
#define WB_MASK_IDENTIFYING 2

/* ---- The plugin descriptor ---------------------------------------------- */

typedef struct wb_plugin_descriptor {
    uint32_t struct_size;
    uint16_t abi_major;    /* WB_ABI_MAJOR the plugin was built with */
    uint16_t abi_minor;    /* WB_ABI_MINOR the plugin was built with */
    int32_t imgui_version; /* IMGUI_VERSION_NUM the plugin was built with */
    const char* id;        /* [a-z0-9_]+, unique: the table namespace */
    const char* name;      /* display name */
    const char* version;   /* the plugin's own version, e.g. "1.2.0" */
    const char* description;

    const wb_migration* migrations;
    int32_t migration_count;

    /* Create the plugin's state. Return NULL and write a message to err on
     * failure. `host` stays valid until destroy. */
    wb_instance* (*create)(const wb_host_api* api, wb_host* host, char* err,
                           uint32_t err_size);
    void (*destroy)(wb_instance* self);
    /* May be NULL. Errors are reported like panel draw errors. */
    wb_status (*on_event)(wb_instance* self, const wb_event* event, char* err,
                          uint32_t err_size);
} wb_plugin_descriptor;

/* The exported entry point. */
typedef const wb_plugin_descriptor* (*wb_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* WORKBENCH_ABI_H */
