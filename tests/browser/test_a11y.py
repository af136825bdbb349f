"""The quizzes pass an axe-core scan: no critical or serious accessibility violations."""

from __future__ import annotations

import re
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from labdriver import REPO, Lab
from playwright.sync_api import Locator, expect
from quizdriver import (
    Shown,
    expect_feedback,
    keyboard_answer,
    question,
    shown_questions,
    start,
    tab_to,
)

LESSONS = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
BLOCKING = {"critical", "serious"}


def _scan(lab: Lab, lesson: str) -> list[dict[str, Any]]:
    """Run the lesson, then axe-core on its quiz widgets; the critical and serious findings."""
    path = f"notebooks/{lesson}"
    notebook = lab.open(path)
    assert lab.run_all(path)
    lab.wait_widgets_rendered(path)
    assert notebook.locator(".medialit-quiz").count() > 0
    results = Axe().run(
        lab.page, context={"include": [[".medialit-quiz"], [".medialit-student-form"]]}
    )
    return [v for v in results.response["violations"] if v["impact"] in BLOCKING]


def _report(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        where = "; ".join(" ".join(node["target"]) for node in v["nodes"][:2])
        lines.append(f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']}: {where}")
    return "\n".join(lines)


@pytest.mark.parametrize("lesson", [p.name for p in LESSONS])
def test_quiz_widgets_have_no_serious_accessibility_violations(lab: Lab, lesson: str):
    """Does axe-core find nothing critical or serious in the quizzes?"""
    blocking = _scan(lab, lesson)
    assert blocking == [], _report(blocking)


CONFIDENCE = next((s for p in LESSONS for s in shown_questions(p) if s.type == "confidence"), None)
SORT = next((s for p in LESSONS for s in shown_questions(p) if s.type == "sort"), None)
# Private-use code points: where icon fonts put their glyphs. A screen reader reads them as
# nothing, or as "private use character".
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def _open(lab: Lab, lesson: str) -> Locator:
    path = f"notebooks/{lesson}"
    notebook = lab.open(path)
    assert lab.run_all(path)
    lab.wait_widgets_rendered(path)
    return notebook


@pytest.mark.parametrize(("item", "suffix"), [(CONFIDENCE, " how sure"), (SORT, " kind")])
def test_drop_downs_are_named_by_what_they_choose(lab: Lab, item: Shown | None, suffix: str):
    """Does a screen reader hear "S05 how sure" or "S02 kind" for each drop-down, not "S02:"?"""
    assert item, "no lesson shows this kind of question"
    box = _open(lab, item.lesson).locator(f".medialit-q-{item.qid}")
    q = question(item.slug, item.qid)
    assert q.shown_statement_ids
    # The accessible name is what a screen reader announces; every drop-down has one.
    names = [
        select.evaluate("el => el.labels.length ? el.labels[0].textContent.trim() : ''")
        for select in box.get_by_role("combobox").all()
    ]
    assert names == [f"{sid}{suffix}" for sid in q.shown_statement_ids]
    for sid in q.shown_statement_ids:
        expect(box.get_by_role("combobox", name=f"{sid}{suffix}", exact=True)).to_have_count(1)


def _button_names(root: Locator) -> list[str]:
    """The accessible names of the buttons under `root`, from Chromium's accessibility tree."""
    snapshot = root.aria_snapshot()
    return [m.group(1) for m in re.finditer(r'- button "((?:[^"\\]|\\.)*)"', snapshot)]


@pytest.mark.parametrize("lesson", ["00-start-here.ipynb", "07-lateral-reading.ipynb"])
def test_button_names_read_as_words(lab: Lab, lesson: str):
    """Do the buttons (Check answer, Save name, Hand in, Search, Open) have names of words
    alone, with no icon glyph in them?"""
    notebook = _open(lab, lesson)
    names: list[str] = []
    for root in (".medialit-quiz", ".medialit-student-form", ".medialit-hand-in"):
        for node in notebook.locator(root).all():
            names += _button_names(node)
    assert "Check answer" in names and "Hand in my answers" in names
    assert [n for n in names if PRIVATE_USE.search(n)] == []
    expect(notebook.get_by_role("button", name="Hand in my answers", exact=True)).to_have_count(1)
    if lesson.startswith("00"):
        expect(notebook.get_by_role("button", name="Save name", exact=True)).to_have_count(1)
    else:
        assert "Search" in names and "Open the selected result" in names
        expect(
            notebook.get_by_role("button", name="Open the selected result", exact=True)
        ).not_to_have_count(0)


MARK = next(s for p in LESSONS for s in shown_questions(p) if s.type == "mark")


def test_mark_words_by_keyboard_with_their_state_in_the_accessibility_tree(lab: Lab):
    """Marking words with Tab and Space only: does the accessibility tree name each marked
    word "✓ word" and leave the others plain, and is the feedback an alert, which a screen
    reader announces when it appears?"""
    box = _open(lab, MARK.lesson).locator(f".medialit-q-{MARK.qid}")
    q = question(MARK.slug, MARK.qid)
    tokens = q.item.tokens(q)  # type: ignore[attr-defined]
    words = box.locator(".widget-toggle-button")
    assert words.count() == len(tokens)
    before = _button_names(box)[: len(tokens)]  # maybe an answer saved by an earlier test
    assert [name.removeprefix("✓ ") for name in before] == tokens
    response = keyboard_answer(box, q, lab.settle)  # marks words 0 and 2, presses Enter
    assert response == [0, 2]
    after = _button_names(box)[: len(tokens)]
    assert after == [f"✓ {t}" if i in response else t for i, t in enumerate(tokens)]
    for i in response:
        expect(box.get_by_role("button", name=f"✓ {tokens[i]}", exact=True)).to_have_count(1)
        expect(words.nth(i)).to_have_attribute("title", re.compile(r"\(marked;"))
    expect(words.nth(1)).to_have_attribute("title", re.compile(r"\(not marked;"))
    feedback = box.locator(".medialit-feedback")
    expect_feedback(feedback, q, response)
    expect(feedback.get_by_role("alert")).to_have_count(1)
    expect(feedback.get_by_role("alert")).to_contain_text(q.check(response).verdict)


def _rgb(css: str) -> tuple[float, float, float, float]:
    """(r, g, b, alpha) of a computed CSS colour, "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)"."""
    parts = [float(x) for x in re.findall(r"[\d.]+", css)]
    return (*parts[:3], parts[3] if len(parts) > 3 else 1.0)  # type: ignore[return-value]


def contrast(one: str, other: str) -> float:
    """The WCAG contrast ratio of two opaque colours."""

    def luminance(css: str) -> float:
        def channel(c: float) -> float:
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b, _ = _rgb(css)
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# The focused element's ring and the page behind it: the first ancestor with a background.
_RING = r"""el => {
  const style = getComputedStyle(el);
  let node = el.parentElement, background = 'rgb(255, 255, 255)';
  while (node) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\([^)]*, 0\)$/.test(bg)) { background = bg; break; }
    node = node.parentElement;
  }
  return {color: style.outlineColor, style: style.outlineStyle,
          width: parseFloat(style.outlineWidth), background,
          focused: document.activeElement === el};
}"""


def focus_rings(page: Any, box: Locator, kinds: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Tab (keyboard only) to each kind of control in `box`; its focus ring, as computed."""
    rings = {}
    for name, want in kinds.items():
        start(box)
        tab_to(box, want)
        rings[name] = page.evaluate(f"() => ({_RING})(document.activeElement)")
    return rings


def assert_rings_visible(rings: dict[str, dict[str, Any]]) -> None:
    for name, ring in rings.items():
        assert ring["focused"] and ring["style"] != "none" and ring["width"] >= 2, (name, ring)
        ratio = contrast(ring["color"], ring["background"])
        assert ratio >= 3, (
            f"{name}: focus ring {ring['color']} on {ring['background']}: {ratio:.2f}:1"
        )


CONTROL_KINDS = {
    "button": lambda f: f["tag"] == "button" and "Check answer" in f["text"],
    "drop-down": lambda f: f["tag"] == "select",
    "word toggle": lambda f: f["tag"] == "button" and "Check answer" not in f["text"],
    "radio": lambda f: f["type"] == "radio",
}


def test_focus_ring_stands_out_from_the_page(lab: Lab):
    """Is the focus ring of a button, a drop-down, a word toggle and a radio button at least
    3:1 against the page behind it (WCAG 1.4.11), in JupyterLab?"""
    lesson = "02-who-is-speaking.ipynb"
    notebook = _open(lab, lesson)
    shown = shown_questions(REPO / "notebooks" / lesson)
    by_type = {s.type: s for s in reversed(shown)}
    rings = {}
    for kind, item_type in [
        ("button", "sort"),
        ("drop-down", "sort"),
        ("word toggle", "mark"),
        ("radio", "single"),
    ]:
        box = notebook.locator(f".medialit-q-{by_type[item_type].qid}")
        rings |= focus_rings(lab.page, box, {kind: CONTROL_KINDS[kind]})
    assert_rings_visible(rings)


def test_charts_in_words_and_wide_tables_to_scroll_by_keyboard(lab: Lab):
    """In lesson 08, does every chart have its words under it, and is each wide table in a
    named region that Tab reaches (so the arrow keys scroll it)?"""
    lesson = "08-by-the-numbers.ipynb"
    notebook = _open(lab, lesson)
    source = (REPO / "notebooks" / lesson).read_text(encoding="utf-8")
    charts = source.count("show_chart(ax)")
    assert charts >= 4
    summaries = notebook.locator(".medialit-chart-summary")
    expect(summaries).to_have_count(charts)
    for text in summaries.all_inner_texts():
        assert text.startswith("Chart in words: ") and re.search(r"\d", text)
    # Each summary comes after its chart's image, in the same cell.
    after = summaries.evaluate_all(
        """nodes => nodes.map(n => {
             const cell = n.closest('.jp-Cell');
             const img = cell.querySelector('img');
             return !!img && !!(img.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING);
           })"""
    )
    assert after == [True] * charts
    regions = notebook.locator(".medialit-scroll")
    assert regions.count() == source.count("scroll_table(") >= 2
    for region in regions.all():
        assert region.get_attribute("role") == "region"
        assert region.get_attribute("tabindex") == "0"
        name = region.get_attribute("aria-label") or ""
        expect(notebook.get_by_role("region", name=name, exact=True)).to_have_count(1)
        region.focus()
        assert region.evaluate("node => document.activeElement === node")
