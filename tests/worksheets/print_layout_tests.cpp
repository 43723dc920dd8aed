// print_layout_tests.cpp - the paginated layout of a worksheet, without any
// canvas: a fake measuring function (every character 0.5 em wide). Page
// count grows with content, A3 holds more than A4, nothing crosses the
// bottom margin, every page has its header (stamp, title) and footer, page
// breaks keep a heading or a label with what follows, and an empty form
// has room to write.
#include "ws_builtin.h"
#include "ws_print_layout.h"
#include "ws_template_json.h"

#include <doctest/doctest.h>

#include <string>

using namespace worksheets;

namespace {

const MeasureFn kMeasure = [](std::string_view s, float size, int) {
    float n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) n += 1;
    return n * size * 0.5f;
};

Template builtin(std::string_view id) {
    for (const BuiltinTemplate& b : builtin_templates())
        if (b.id == id) return *parse_template(b.json).value;
    FAIL("no built-in " << id);
    return {};
}

// A template with `n` long text questions, each answered with `words` words.
std::pair<Template, Answers> long_sheet(int n, int words) {
    Template t;
    t.id = "long";
    t.title = "Long";
    t.purpose = "Many questions.";
    t.sections.push_back(Section{"s1", "All of them", "", {}});
    Answers a;
    a.template_id = "long";
    a.template_version = 1;
    for (int i = 0; i < n; ++i) {
        Field f;
        f.id = "q" + std::to_string(i);
        f.type = FieldType::Text;
        f.label = "Question number " + std::to_string(i);
        t.sections[0].fields.push_back(f);
        std::string text;
        for (int w = 0; w < words; ++w) text += "word" + std::to_string(w) + " ";
        REQUIRE(a.set(f, text));
    }
    return {t, a};
}

PrintOptions a4() {
    PrintOptions o;
    o.stamp = "FAM-001 \xC2\xB7 2024-06-01";
    o.title = "Spring review";
    return o;
}

PrintOptions a3() {
    PrintOptions o = a4();
    o.page_w = 842;
    o.page_h = 1191;
    return o;
}

bool has_text(const PrintPage& p, const std::string& s) {
    for (const PrintItem& it : p.items)
        if (it.kind == PrintItem::Kind::Text && it.text == s) return true;
    return false;
}

} // namespace

TEST_CASE("the page count grows with content, and A3 fits more than A4") {
    const auto [small_t, small_a] = long_sheet(3, 20);
    const auto [big_t, big_a] = long_sheet(40, 60);
    const PrintLayout small = layout_print(small_t, small_a, a4(), kMeasure);
    const PrintLayout big = layout_print(big_t, big_a, a4(), kMeasure);
    CHECK(small.pages.size() == 1);
    CHECK(big.pages.size() > 4);
    const PrintLayout big_a3 = layout_print(big_t, big_a, a3(), kMeasure);
    CHECK(big_a3.pages.size() < big.pages.size());
}

TEST_CASE("no item crosses the margins; header and footer on every page") {
    const auto [t, a] = long_sheet(30, 80);
    for (const PrintOptions& o : {a4(), a3()}) {
        const PrintLayout l = layout_print(t, a, o, kMeasure);
        REQUIRE(l.pages.size() > 1);
        const std::string total = std::to_string(l.pages.size());
        for (std::size_t p = 0; p < l.pages.size(); ++p) {
            const PrintPage& page = l.pages[p];
            CHECK(has_text(page, o.stamp));
            CHECK(has_text(page, o.title));
            CHECK(has_text(page, "page " + std::to_string(p + 1) + " of " + total));
            for (const PrintItem& it : page.items) {
                INFO("page " << p << " item '" << it.text << "' at y " << it.y << " h " << it.h);
                CHECK(it.y + it.h <= o.page_h - o.margin + 0.01f);
                CHECK(it.y >= o.margin - 0.01f);
                CHECK(it.x >= o.margin - 0.01f);
                CHECK(it.x + it.w <= o.page_w - o.margin + 0.01f);
                // Content stays between the header and the footer.
                const bool chrome = it.text == o.stamp || it.text == o.title || it.text.rfind("page ", 0) == 0 ||
                                    (it.kind == PrintItem::Kind::Rule && it.y < l.content_top);
                if (!chrome) CHECK(it.y + it.h <= l.content_bottom + 0.01f);
            }
        }
    }
}

TEST_CASE("a question's label is never the last thing on a page") {
    const auto [t, a] = long_sheet(30, 45);
    const PrintLayout l = layout_print(t, a, a4(), kMeasure);
    REQUIRE(l.pages.size() > 2);
    for (const PrintPage& page : l.pages) {
        // The lowest content item of each page is never a label (labels are bold).
        const PrintItem* lowest = nullptr;
        for (const PrintItem& it : page.items)
            if (it.y < l.content_bottom && it.y > l.content_top && (!lowest || it.y > lowest->y)) lowest = &it;
        REQUIRE(lowest);
        CHECK(lowest->text.rfind("Question number", 0) != 0);
    }
}

TEST_CASE("a blank form has room to write, scale boxes and tick boxes; the chosen ones filled when answered") {
    const Template t = builtin("ingredients_practitioner");
    PrintOptions o = a4();
    o.blank = true;
    Answers a;
    a.template_id = t.id;
    a.template_version = t.version;
    REQUIRE(a.set(*t.find_field("help_fit"), 7));
    REQUIRE(a.set(*t.find_field("focus"), std::string("The last three visits")));
    REQUIRE(a.set(*t.find_field("weakest"), 1)); // a single choice
    auto count = [](const PrintLayout& l, PrintItem::Kind k) {
        int n = 0;
        for (const PrintPage& p : l.pages)
            for (const PrintItem& it : p.items) n += it.kind == k ? 1 : 0;
        return n;
    };
    const PrintLayout blank = layout_print(t, a, o, kMeasure);
    CHECK(count(blank, PrintItem::Kind::Rule) > 20);      // lines to write on
    CHECK(count(blank, PrintItem::Kind::Box) >= 11 * 4);  // four scales, and tick boxes
    CHECK(count(blank, PrintItem::Kind::FilledBox) == 0); // the answers are left out
    // A single choice prints round marks (one only), never squares.
    int choice_options = 0;
    for (const Section& s : t.sections)
        for (const Field& f : s.fields)
            if (f.type == FieldType::Choice) choice_options += static_cast<int>(f.options.size());
    REQUIRE(t.find_field("weakest")->type == FieldType::Choice);
    CHECK(count(blank, PrintItem::Kind::Ring) == choice_options);
    CHECK(count(blank, PrintItem::Kind::FilledRing) == 0);
    CHECK(count(blank, PrintItem::Kind::Figure) == 1);
    bool answer_shown = false;
    for (const PrintPage& p : blank.pages) answer_shown = answer_shown || has_text(p, "The last three visits");
    CHECK_FALSE(answer_shown);

    o.blank = false;
    const PrintLayout filled = layout_print(t, a, o, kMeasure);
    CHECK(count(filled, PrintItem::Kind::FilledBox) == 1); // the 7 of help_fit
    CHECK(count(filled, PrintItem::Kind::FilledRing) == 1); // the chosen weakest ingredient
    CHECK(count(filled, PrintItem::Kind::Ring) == choice_options - 1);
    answer_shown = false;
    for (const PrintPage& p : filled.pages) answer_shown = answer_shown || has_text(p, "The last three visits");
    CHECK(answer_shown);
    CHECK(count(filled, PrintItem::Kind::Rule) < count(blank, PrintItem::Kind::Rule));
}

TEST_CASE("wrapping keeps words whole, breaks a word too long for a line, keeps line breaks") {
    const auto lines = wrap_text("one two three four", 10 * 5.0f * 0.5f * 2, 10, 0, kMeasure); // 10 chars
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "one two");
    CHECK(lines[1] == "three four");
    const auto broken = wrap_text("abcdefghijklmnopqrstuvwxyz", 50, 10, 0, kMeasure);
    CHECK(broken.size() == 3);
    for (const std::string& l : broken) CHECK(kMeasure(l, 10, 0) <= 50);
    CHECK(wrap_text("a\n\nb", 100, 10, 0, kMeasure).size() == 3);
}
