"""What a screen reader and a keyboard user get from the widgets, checked without a browser:
names in words, announced messages, a visible focus ring, charts and wide tables in words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import ipywidgets as widgets
import matplotlib
import pandas as pd
import pytest

import medialit
from medialit import _view, load_quiz
from medialit._display import chart_summary
from medialit._forms import hand_in_form, student_form
from medialit._quiz_view import QuizView

matplotlib.use("Agg")
import matplotlib.pyplot as plt

SAMPLE = Path(__file__).parent / "data" / "sample.yaml"
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def walk(w: widgets.Widget) -> list[widgets.Widget]:
    return [w, *(c for child in getattr(w, "children", ()) for c in walk(child))]


@pytest.fixture(autouse=True)
def no_figures() -> Iterator[None]:
    """Each test draws on a figure of its own (pandas draws on the current one)."""
    plt.close("all")
    yield
    plt.close("all")


@pytest.fixture
def view() -> QuizView:
    return QuizView(load_quiz(SAMPLE))


def test_no_button_carries_an_icon(view: QuizView) -> None:
    """Do the quiz's and the forms' buttons have no icon (whose glyph a screen reader reads as
    nothing or "private use") and a name of words?"""
    boxes = [view.box, student_form(), hand_in_form()]
    buttons = [w for box in boxes for w in walk(box) if isinstance(w, widgets.Button)]
    toggles = [w for w in walk(view.box) if isinstance(w, widgets.ToggleButton)]
    assert len(buttons) > 5 and toggles
    assert [b.description for b in buttons + toggles if b.icon] == []
    names = [b.description for b in buttons + toggles]
    assert all(n.strip() and not PRIVATE_USE.search(n) for n in names)
    assert {"Check answer", "Save name", "Hand in my answers", "Open the selected result"} <= set(
        names
    )


def test_drop_downs_are_named_by_what_they_choose(view: QuizView) -> None:
    """Is each sort drop-down named "S02 kind" and each how-sure one "S05 how sure"?"""
    sort, sure = view.views["sort-some"], view.views["how-sure-s05"]
    assert [d.description for d in sort.dropdowns.values()] == [
        f"{sid} kind" for sid in sort.question.shown_statement_ids
    ]
    assert [d.description for d in sure.levels.values()] == [
        f"{sid} how sure" for sid in sure.question.shown_statement_ids
    ]


def test_fresh_feedback_is_an_alert_and_restored_feedback_is_quiet(view: QuizView) -> None:
    """Is the feedback of a click an alert (announced when it appears), while feedback shown
    again when the lesson reopens is a status (not read out question after question)?"""
    qv = view.views["source-of-s03"]
    qv.radio.value = qv.question.shown_letters[0]
    qv.button.click()
    assert qv.feedback.value.startswith('<div role="alert">')
    again = QuizView(load_quiz(SAMPLE)).views["source-of-s03"]
    assert again.feedback.value.startswith('<div role="status">')
    assert "Your last saved answer" in again.feedback.value


def test_form_messages_are_alerts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Are the name form's and the hand-in's messages alerts?"""
    monkeypatch.delenv("MEDIALIT_HANDIN", raising=False)
    monkeypatch.delenv("MEDIALIT_SETTINGS", raising=False)
    monkeypatch.chdir(tmp_path)  # a hand-in with no folder set goes here, never the repository
    form = student_form()
    form.name_input.value = "Ada"
    form.save_button.click()
    assert form.status.value.startswith('<div role="alert">')
    hand_in = hand_in_form()
    hand_in.button.click()
    assert hand_in.status.value.startswith('<div role="alert">')


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        x = c / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_focus_style_is_scoped_and_at_least_three_to_one(view: QuizView) -> None:
    """Does every view carry the focus style, scoped to the course's widgets, with a ring of
    at least 3:1 on JupyterLab's light (white) and dark (#111111) pages?"""
    for box in (view.box, student_form(), hand_in_form()):
        styles = [w for w in walk(box) if "medialit-style" in w._dom_classes]
        assert len(styles) == 1 and styles[0].layout.display == "none"
        assert styles[0].value == f"<style>{_view.focus_css()}</style>"
    css = _view.focus_css()
    selectors = re.findall(r"([^,{}]+):focus-visible", css)
    assert selectors and all(any(root in s for root in _view.ROOTS) for s in selectors)
    assert _contrast(_view.FOCUS_LIGHT, "#ffffff") >= 3
    assert _contrast(_view.FOCUS_DARK, "#111111") >= 3
    assert "3px solid" in css


def test_a_chart_in_words_reads_the_bars() -> None:
    """Does the summary of a bar chart give its title, the unit and every bar's value, for
    one series and for stacked series?"""
    ax = pd.Series({"author": 15, "anonymous": 6}).plot.barh(title="Who speaks?")
    ax.set_xlabel("statements")
    assert chart_summary(ax) == (
        "Chart in words: Who speaks? Bars (statements): author 15; anonymous 6."
    )
    plt.close("all")
    table = pd.DataFrame({"fact": [3, 0], "claim": [1, 2]}, index=["author", "vague"])
    ax = table.plot.bar(stacked=True, title="Kinds")
    ax.set_ylabel("statements")
    assert chart_summary(ax) == (
        "Chart in words: Kinds. Bars (statements): author: fact 3, claim 1 (total 4); "
        "vague: claim 2 (total 2)."
    )
    plt.close("all")
    side = pd.DataFrame({"then": [3, float("nan")], "later": [1, 2]}, index=["x", "y"])
    ax = side.plot.barh(title="Side by side")
    assert chart_summary(ax) == (
        "Chart in words: Side by side. Bars: x: then 3, later 1; y: later 2."
    )
    plt.close("all")
    ax = pd.Series({"a": 0.25}).plot.barh(title="Share")
    assert chart_summary(ax) == "Chart in words: Share. Bars: a 0.25."
    plt.close("all")
    _, empty = plt.subplots()
    with pytest.raises(ValueError, match="bar charts"):
        chart_summary(empty)
    plt.close("all")


def test_show_chart_returns_the_words_for_under_the_chart() -> None:
    """Outside a notebook, does show_chart give the summary as text and as a paragraph?"""
    ax = pd.Series({"x": 2}).plot.barh(title="T <b>")
    summary = medialit.show_chart(ax)
    assert repr(summary) == "Chart in words: T <b>. Bars: x 2."
    assert summary._repr_html_() == (
        '<p class="medialit-chart-summary">Chart in words: T &lt;b&gt;. Bars: x 2.</p>'
    )
    plt.close("all")


def test_a_wide_table_scrolls_in_a_named_focusable_region() -> None:
    """Is a wide table put in a region a keyboard can focus and scroll, named for a screen
    reader, with the table's own HTML and text inside?"""
    table = pd.DataFrame({"id": ["S01"], "text": ["A <long> sentence"]})
    shown = medialit.scroll_table(table, 'Rows "one"')
    page = shown._repr_html_()
    assert page.startswith('<div class="medialit-scroll" role="region" tabindex="0" ')
    assert 'aria-label="Rows &quot;one&quot;"' in page and "overflow-x: auto" in page
    assert "&lt;long&gt;" in page and "<table" in page
    assert repr(shown) == repr(table)
    with pytest.raises(ValueError, match="label"):
        medialit.scroll_table(table, " ")
