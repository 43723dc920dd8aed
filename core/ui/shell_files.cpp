// core/ui/shell_files.cpp - the Export and Import dialogs a plugin opens
// with request_export / request_import (SDK 1.2). The host, not the
// plugin, chooses the file: ImGui has no native file dialog, so the path is
// typed (prefilled with a sensible name in ~/Documents/partnership-workbench)
// and, for imports, the folder's matching files are listed to click.
#include "ui/form_checks.h"
#include "ui/shell_widgets.h"
#include "ui/workbench.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cstdlib>
#include <string>
#include <system_error>

namespace fs = std::filesystem;

namespace wb::core {

namespace {

// Where exports go and imports are looked for first.
fs::path documents_folder() {
    const char* home = std::getenv("HOME");
    if (!home || !*home) return default_data_dir() / "exports";
    return fs::path(home) / "Documents" / "partnership-workbench";
}

// "~/x" typed by hand means the home folder.
fs::path expand_home(const std::string& typed) {
    const char* home = std::getenv("HOME");
    if (home && *home && typed.rfind("~/", 0) == 0) return fs::path(home) / typed.substr(2);
    return typed;
}

// Keeps a file name to letters, digits, '-' and '_' (a case code may not).
std::string file_safe(const std::string& s) {
    std::string out;
    for (char c : s) out += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '-';
    return out;
}

// The export's formats, in order, as single flags.
std::vector<wb_format> formats_in(uint32_t bits) {
    std::vector<wb_format> out;
    for (wb_format f : {WB_FORMAT_PDF, WB_FORMAT_SVG, WB_FORMAT_PNG, WB_FORMAT_MARKDOWN, WB_FORMAT_JSON})
        if (bits & f) out.push_back(f);
    return out;
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// A message followed by what to do next, as one sentence each.
std::string then(const std::string& message, const char* next) {
    const bool stop = !message.empty() && (message.back() == '.' || message.back() == '!' || message.back() == '?');
    return message + (stop ? " " : ". ") + next;
}

void dialog_size(float width) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(width, vp->WorkSize.x - 40), 0), ImGuiCond_Always);
}

constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize;

} // namespace

void Workbench::open_file_dialog(const FileRequest& r) {
    if (r.is_import) {
        const auto imports = plugins_->imports_of(r.plugin_id);
        auto it = std::find_if(imports.begin(), imports.end(), [&](const ImportInfo& i) { return i.id == r.id; });
        if (it == imports.end()) return;
        import_dialog_ = {};
        import_dialog_.open_request = true;
        import_dialog_.info = *it;
        import_dialog_.path = (documents_folder() / "").string();
        return;
    }
    const auto exports = plugins_->exports_of(r.plugin_id);
    auto it = std::find_if(exports.begin(), exports.end(), [&](const ExportInfo& e) { return e.id == r.id; });
    if (it == exports.end()) return;
    auto& d = export_dialog_;
    d = {};
    d.open_request = true;
    d.info = *it;
    d.case_id = r.case_id;
    d.item_id = r.item_id;
    if (const auto c = store_ ? store_->find_case(r.case_id) : std::nullopt) d.case_code = c->code;
    d.format = formats_in(it->formats).front();
    // e.g. ~/Documents/partnership-workbench/DEMO-01-map-2026-12-02.pdf
    std::string name = d.case_code.empty() ? "" : file_safe(d.case_code) + "-";
    name += it->id + "-" + today_iso() + format_extension(d.format);
    d.path = (documents_folder() / name).string();
}

void Workbench::draw_export_dialog() {
    const wb_palette& p = context_.palette;
    auto& d = export_dialog_;
    const std::string title = "Export " + d.info.title + ui::kExportDialog;
    dialog_size(640 * scale_);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, kFlags)) return;

    if (!d.case_code.empty()) ui::muted_text_wrapped(p, ("From case " + d.case_code).c_str());
    ImGui::Spacing();
    ui::field_label(p, "Format");
    for (wb_format f : formats_in(d.info.formats)) {
        if (ImGui::RadioButton(format_name(f), d.format == f) && d.format != f) {
            // The file name follows the format it was given for.
            if (ends_with(d.path, format_extension(d.format)))
                d.path = d.path.substr(0, d.path.size() - std::string(format_extension(d.format)).size()) +
                         format_extension(f);
            d.format = f;
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();
    if (d.info.paged && is_drawn(d.format)) {
        ui::field_label(p, "Page size (portrait)");
        if (ImGui::RadioButton("A4", !d.a3)) d.a3 = false;
        ImGui::SameLine();
        if (ImGui::RadioButton("A3", d.a3)) d.a3 = true;
        if (d.format != WB_FORMAT_PDF) ui::muted_text_wrapped(p, "SVG and PNG hold the first page only.");
    }
    if (d.info.can_blank) ImGui::Checkbox("Empty form, to fill in by hand", &d.blank);
    ImGui::Spacing();
    ui::field_label(p, "Save as");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputText("##path", &d.path)) d.done.clear();
    std::error_code ec;
    if (d.done.empty() && fs::is_regular_file(expand_home(trimmed(d.path)), ec))
        ui::muted_text_wrapped(p, "A file with this name exists: exporting replaces it.");
    if (!d.error.empty()) ui::coloured_text_wrapped(p.error, d.error.c_str());
    if (!d.done.empty()) ui::coloured_text_wrapped(p.success, d.done.c_str());
    report_.file_dialog_error = d.error;
    report_.file_dialog_done = d.done;
    ImGui::Spacing();

    if (ui::primary_button("Export", p)) {
        d.error.clear();
        d.done.clear();
        const fs::path out = expand_home(trimmed(d.path));
        if (out.empty() || ends_with(out.string(), "/")) {
            d.error = std::string("Type a file name, for example ") + d.info.id + format_extension(d.format) + ".";
        } else if (out.has_parent_path() && !fs::create_directories(out.parent_path(), ec) && ec) {
            d.error = "The folder " + out.parent_path().string() + " could not be created (" + ec.message() +
                      "). Choose another folder.";
        } else {
            ExportOptions o;
            o.format = d.format;
            o.case_id = d.case_id;
            o.item_id = d.item_id;
            o.page = d.a3 ? PageSize::A3 : PageSize::A4;
            o.blank = d.blank;
            if (Status s = plugins_->run_export(d.info.plugin_id, d.info.id, o, out); !s) {
                d.error = then(s.message(), "Nothing was written: change what it names and press Export again.");
            } else {
                d.done = "Saved to " + out.string();
                notice_ = "Exported " + d.info.title + " to " + out.string();
            }
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(d.done.empty() ? "Cancel" : "Close") || ui::escape_pressed()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void Workbench::draw_import_dialog() {
    const wb_palette& p = context_.palette;
    auto& d = import_dialog_;
    const std::string title = "Import " + d.info.title + ui::kImportDialog;
    dialog_size(640 * scale_);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, kFlags)) return;

    const std::string hint = "Choose a " + d.info.extension + " file of at most " +
                             human_size(static_cast<uint64_t>(d.info.max_bytes)) + ".";
    ui::muted_text_wrapped(p, hint.c_str());
    ImGui::Spacing();
    ui::field_label(p, "File");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputText("##path", &d.path)) d.error.clear();

    // The folder being typed into, listed again only when it changes.
    std::error_code ec;
    const fs::path typed = expand_home(trimmed(d.path));
    const fs::path folder = fs::is_directory(typed, ec) ? typed : typed.parent_path();
    if (folder.string() != d.listed_folder) {
        d.listed_folder = folder.string();
        d.files.clear();
        for (const auto& entry : fs::directory_iterator(folder, ec)) {
            if (entry.is_regular_file(ec) && entry.path().extension() == d.info.extension)
                d.files.push_back(entry.path().filename().string());
            if (d.files.size() >= 200) break;
        }
        std::sort(d.files.begin(), d.files.end());
    }
    bool submit = false;
    if (!d.files.empty()) {
        ImGui::BeginChild("files", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 6), true);
        for (const auto& name : d.files) {
            const std::string full = (folder / name).string();
            if (ImGui::Selectable(name.c_str(), typed == folder / name, ImGuiSelectableFlags_AllowDoubleClick)) {
                d.path = full;
                d.error.clear();
                if (ImGui::IsMouseDoubleClicked(0)) submit = true;
            }
        }
        ImGui::EndChild();
    } else {
        ui::muted_text_wrapped(p, ("No " + d.info.extension + " files in this folder.").c_str());
    }
    if (!d.error.empty()) ui::coloured_text_wrapped(p.error, d.error.c_str());
    report_.file_dialog_error = d.error;
    ImGui::Spacing();

    submit |= ui::primary_button("Import", p);
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel") || ui::escape_pressed();
    if (submit) {
        if (Status s = plugins_->run_import(d.info.plugin_id, d.info.id, typed); !s) {
            d.error = then(s.message(), "Nothing was imported: fix the file, or choose another.");
        } else {
            notice_ = "Imported " + typed.filename().string() + " into " + d.info.title;
            ImGui::CloseCurrentPopup();
        }
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace wb::core
