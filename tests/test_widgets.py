"""Headless tests of the quiz widgets: set values, click "Check answer", read the feedback."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import ipywidgets as widgets
import pytest

from medialit import _store, load_quiz
from medialit._forms import student_form
from medialit._quiz_view import QuizView, feedback_html, show_quiz

SAMPLE = Path(__file__).parent / "data" / "sample.yaml"


@pytest.fixture
def view() -> QuizView:
    return QuizView(load_quiz(SAMPLE))


def shown(view: QuizView, qid: str, stored: str) -> str:
    """The letter a student sees for the bank's key `stored` (the order is shuffled)."""
    return view.views[qid].question.shown_letter(stored)


def classes(widget: widgets.Widget) -> list[str]:
    return list(widget._dom_classes)


def test_structure_the_browser_tests_rely_on(view: QuizView) -> None:
    """Does the quiz carry the classes, button text and feedback widgets the browser tests use?"""
    assert "medialit-quiz" in classes(view.box)
    for qid, qv in view.views.items():
        assert {"medialit-question", f"medialit-q-{qid}"} <= set(classes(qv.box))
        assert qv.button.description == "Check answer"
        assert isinstance(qv.feedback, widgets.HTML) and "medialit-feedback" in classes(qv.feedback)
    assert isinstance(view.box.children[-1], widgets.HTML)
    assert "medialit-score" in classes(view.box.children[-1])


def test_every_control_is_labelled(view: QuizView) -> None:
    """Does every input control carry a description a screen reader can read?"""

    def walk(w: widgets.Widget) -> list[widgets.Widget]:
        return [w, *(c for child in getattr(w, "children", ()) for c in walk(child))]

    inputs = [
        w
        for w in walk(view.box)
        if isinstance(
            w,
            (
                widgets.RadioButtons,
                widgets.Checkbox,
                widgets.Dropdown,
                widgets.ToggleButton,
                widgets.IntSlider,
                widgets.Textarea,
                widgets.Button,
            ),
        )
    ]
    assert len(inputs) > 20
    assert all(w.description.strip() for w in inputs)


def test_single_choice_by_click(view: QuizView, medialit_home: Path) -> None:
    """Does picking an option and clicking Check show "✓ Right" with the option's reason?"""
    qv = view.views["source-of-s03"]
    qv.radio.value = shown(view, "source-of-s03", "b")
    qv.button.click()
    assert "✓ Right" in qv.feedback.value
    assert "names a group, not a person" in qv.feedback.value
    assert "1.0 of 8 points" in view.score.value
    qv.radio.value = shown(view, "source-of-s03", "a")
    qv.button.click()
    assert "✗ Not quite" in qv.feedback.value
    assert "0.0 of 8 points" in view.score.value


def test_multiple_choice_partial_credit(view: QuizView) -> None:
    """Does ticking one of two right boxes give partial credit and say which were missed?"""
    qv = view.views["hedges-in-article"]
    qv.checks[shown(view, "hedges-in-article", "a")].value = True
    qv.button.click()
    assert "◐ Partly right" in qv.feedback.value and "score 0.50" in qv.feedback.value
    assert "you left it out" in qv.feedback.value


def test_sort_by_dropdowns(view: QuizView) -> None:
    """Does sorting with one dropdown per statement score it and explain each statement?"""
    qv = view.views["sort-some"]
    for sid, kind in {"S02": "fact", "S05": "claim", "S21": "denial"}.items():
        qv.dropdowns[sid].value = kind
    qv.button.click()
    assert "✓ Right" in qv.feedback.value
    assert "officially deny" in qv.feedback.value


def test_sort_incomplete_is_friendly(view: QuizView, medialit_home: Path) -> None:
    """Does a half-sorted answer get a friendly message and save nothing?"""
    qv = view.views["sort-some"]
    qv.dropdowns["S02"].value = "fact"
    qv.button.click()
    assert "ⓘ" in qv.feedback.value and "Give every statement a category" in qv.feedback.value
    assert not list(medialit_home.glob("answers-*.json"))


def test_mark_by_toggle_buttons(view: QuizView) -> None:
    """Do toggle buttons, one per word, mark a hedge and score it by overlap?"""
    qv = view.views["mark-hedge-s23"]
    assert [t.description for t in qv.toggles[8:11]] == ["seem", "to", "indicate"]
    for i in (8, 9, 10):
        qv.toggles[i].value = True
    qv.button.click()
    assert "✓ Right" in qv.feedback.value


def test_order_by_dropdowns(view: QuizView) -> None:
    """Does choosing events per position score the order?"""
    qv = view.views["order-events"]
    for drop, key in zip(qv.positions, ["a", "b", "c"], strict=True):
        drop.value = shown(view, "order-events", key)
    qv.button.click()
    assert "✓ Right" in qv.feedback.value and "(2015)" in qv.feedback.value


def test_confidence_by_labelled_levels(view: QuizView) -> None:
    """Do the how-sure drop-downs score calibration and name over-confidence?"""
    qv = view.views["how-sure-s05"]
    qv.levels["S05"].value = 90
    qv.levels["S24"].value = 90
    qv.button.click()
    assert "over-confident" in qv.feedback.value and "Brier" in qv.feedback.value


def test_reflection_escapes_student_text(view: QuizView) -> None:
    """Is a student's text saved as typed and the model answer shown?"""
    qv = view.views["reflect-sources"]
    qv.textarea.value = "<script>alert(1)</script> fear" + " of losing the job they have" * 3
    qv.button.click()
    assert "✎ Saved" in qv.feedback.value and "cost them their job" in qv.feedback.value
    data, _ = _store.load_answers()
    assert data["answers"][-1]["response"] == qv.textarea.value


def test_feedback_html_escapes_everything() -> None:
    """Is every piece of text escaped when it goes into HTML?"""
    from medialit import Result

    out = feedback_html(
        Result(
            valid=True,
            correct=False,
            score=0.0,
            feedback='<img src=x onerror="y"> & more',
            verdict="✗ Not quite",
            notice="<b>n</b>",
        )
    )
    assert "<img" not in out and "&lt;img" in out and "&amp; more" in out
    assert "&lt;b&gt;n&lt;/b&gt;" in out


def test_answers_come_back_after_a_restart() -> None:
    """After a restart, does show_quiz show the last saved answer and its feedback?"""
    first = QuizView(load_quiz(SAMPLE))
    first.views["source-of-s03"].radio.value = shown(first, "source-of-s03", "a")
    first.views["source-of-s03"].button.click()
    first.views["source-of-s03"].radio.value = shown(first, "source-of-s03", "b")
    first.views["source-of-s03"].button.click()
    order = [shown(first, "order-events", key) for key in "cab"]
    for drop, letter in zip(first.views["order-events"].positions, order, strict=True):
        drop.value = letter
    first.views["order-events"].button.click()
    again = QuizView(load_quiz(SAMPLE))  # a new kernel builds a new view from the file
    single = again.views["source-of-s03"]
    assert single.radio.value == shown(again, "source-of-s03", "b")
    assert "Your last saved answer" in single.feedback.value and "✓ Right" in single.feedback.value
    assert [d.value for d in again.views["order-events"].positions] == order
    assert "2 of 10 questions answered" in again.score.value
    assert again.views["reflect-sources"].feedback.value == ""


def test_one_question_view_counts_the_whole_quiz() -> None:
    """Does a one-question view show only that question but the whole quiz's score?"""
    question = load_quiz(SAMPLE)["order-events"]
    question.answer([question.shown_letter(k) for k in "abc"])
    one = QuizView(load_quiz(SAMPLE), "source-of-s03")
    assert list(one.views) == ["source-of-s03"]
    assert "1.0 of 8 points" in one.score.value


def test_plain_text_bundle_has_no_model_id(view: QuizView) -> None:
    """Does a frontend without widgets get the deterministic quiz text, not a model id?"""
    bundle = view.box._repr_mimebundle_()
    assert bundle["text/plain"] == load_quiz(SAMPLE).text()
    assert view.box.model_id not in bundle["text/plain"]
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == view.box.model_id


def test_show_quiz_in_plain_python_prints_the_text(medialit_home: Path) -> None:
    """In plain Python, does show_quiz print the same text twice running, with no ids?"""
    code = f"from medialit import show_quiz; q = show_quiz(r'{SAMPLE}', 'source-of-s03')"
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    assert runs[0].startswith("[source-of-s03] single choice")
    assert not re.search(r"model_id|0x[0-9a-f]{6}|VBox", runs[0])


def test_show_quiz_unknown_question_names_file_and_id() -> None:
    """Does show_quiz with a wrong question id raise a ValueError naming the bank and the id?"""
    with pytest.raises(ValueError, match=r"sample\.yaml, question 'nope'"):
        show_quiz(str(SAMPLE), "nope")


def test_student_form_saves_the_name(medialit_home: Path) -> None:
    """Does the name form save a name and refuse an empty one, without input()?"""
    form = student_form()
    form.name_input.value = ""
    form.save_button.click()
    assert "ⓘ" in form.status.value
    form.name_input.value = "Ada <Lovelace>"
    form.save_button.click()
    assert "✓" in form.status.value and "&lt;Lovelace&gt;" in form.status.value
    settings = json.loads((medialit_home / "settings.json").read_text(encoding="utf-8"))
    assert settings["student"] == "Ada <Lovelace>"
    assert student_form().name_input.value == "Ada <Lovelace>"


def test_confidence_needs_every_level_chosen(view: QuizView, medialit_home: Path) -> None:
    """Does a how-sure question with a level left on "choose" ask for it and save nothing?"""
    qv = view.views["how-sure-s05"]
    assert all(d.value == "" and d.label == "— choose —" for d in qv.levels.values())
    qv.levels["S05"].value = 90
    qv.button.click()
    assert "ⓘ" in qv.feedback.value
    assert not list(medialit_home.glob("answers-*.json"))


def test_dropdowns_start_on_choose_not_blank(view: QuizView) -> None:
    """Do sort and order drop-downs show "— choose —" before a student picks?"""
    for drop in [
        *view.views["sort-some"].dropdowns.values(),
        *view.views["order-events"].positions,
    ]:
        assert drop.label == "— choose —"


def test_shuffled_options_show_no_letters(view: QuizView) -> None:
    """Do option labels leave out the file's letters, which would look shuffled (a, c, b)?"""
    labels = [label for label, _ in view.views["source-of-s03"].radio.options]
    assert not any(re.match(r"^[a-z]\) ", label) for label in labels)
    assert sorted(key for _, key in view.views["source-of-s03"].radio.options) == ["a", "b", "c"]


def test_statements_are_shown_verbatim_without_added_quotation_marks() -> None:
    """Is a statement shown exactly as in the article, with no quotation marks added?"""
    from medialit._controls import quote

    question = load_quiz(SAMPLE).questions[0]
    shown = quote(question, "S09")
    assert "“" not in shown and "”" not in shown
    assert shown.count("&quot;") == question.text_of("S09").count('"')


def test_a_marked_word_shows_a_tick_not_only_a_colour(view: QuizView) -> None:
    """Does a marked word get a tick in its text (which a screen reader reads, unlike an
    icon) as well as a colour, and its state in words in the tooltip; and lose them when
    unmarked?"""
    toggle = view.views["mark-hedge-s23"].toggles[8]
    toggle.value = True
    assert (toggle.description, toggle.button_style, toggle.icon) == ("✓ seem", "info", "")
    assert "(marked;" in toggle.tooltip and "seem" in toggle.tooltip
    toggle.value = False
    assert (toggle.description, toggle.button_style, toggle.icon) == ("seem", "", "")
    assert "(not marked;" in toggle.tooltip


def test_an_error_in_a_click_is_shown_to_the_student(
    view: QuizView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Does an error inside a button's callback reach the student as a plain message in the
    widget (never swallowed, never a traceback)?"""
    from medialit import _session

    def broken(*_args: object) -> None:
        raise RuntimeError("disk <gone>")

    monkeypatch.setattr(_session.Session, "answer", broken)
    qv = view.views["source-of-s03"]
    qv.radio.value = shown(view, "source-of-s03", "b")
    qv.button.click()
    assert "Something went wrong" in qv.feedback.value and "disk &lt;gone&gt;" in qv.feedback.value
    assert "Traceback" not in qv.feedback.value
    monkeypatch.setattr(_store, "save_student", broken)
    form = student_form()
    form.name_input.value = "Ada"
    form.save_button.click()
    assert "Something went wrong" in form.status.value


def test_show_quiz_leaves_the_quiz_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a notebook, is the widget shown once by show_quiz, is the quiz it returns silent in
    its own cell and a fresh widget in a later one, with nothing attached to a loaded Quiz?"""
    from IPython import display as ipython_display

    from medialit import Quiz, _quiz_view

    shown_now: list[object] = []
    monkeypatch.setattr(ipython_display, "display", shown_now.append)
    monkeypatch.setattr(_quiz_view, "_execution_count", lambda: 5)
    quiz = show_quiz(str(SAMPLE), "source-of-s03")
    assert len(shown_now) == 1 and isinstance(quiz, Quiz)
    quiz._ipython_display_()  # type: ignore[attr-defined]
    assert len(shown_now) == 1  # the cell's own last value: shown already
    monkeypatch.setattr(_quiz_view, "_execution_count", lambda: 6)
    quiz._ipython_display_()  # type: ignore[attr-defined]
    assert len(shown_now) == 2 and shown_now[1] is not shown_now[0]
    assert quiz.answer("source-of-s03", "z").valid is False  # still a quiz to answer by call
    assert not hasattr(load_quiz(SAMPLE), "_ipython_display_")
    assert "_ipython_display_" not in vars(Quiz)
