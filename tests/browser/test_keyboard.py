"""A student who cannot use a mouse can answer every kind of question with the keyboard."""

from __future__ import annotations

import pytest
from labdriver import REPO, Lab
from playwright.sync_api import expect
from quizdriver import (
    expect_feedback,
    keyboard_answer,
    question,
    saved_answers,
    shown_questions,
)

# Which cell JupyterLab holds active, which cell holds the question, and how many cells there
# are: JupyterLab's command-mode shortcuts (arrows move between cells, X cuts, D D deletes)
# must not fire from inside a quiz (etc/overrides.json rebinds them).
_CELLS = """box => {
  const app = window.jupyterapp;
  const w = app.shell.currentWidget;
  const cells = w.content.widgets;
  return {
    active: w.content.activeCellIndex,
    quiz: cells.findIndex(cell => cell.node.contains(box)),
    count: cells.length,
  };
}"""


def test_whole_start_here_quiz_by_keyboard(lab: Lab):
    """Can a student answer every question of lesson 00 with Tab, arrows, Space and Enter?"""
    lesson = "00-start-here.ipynb"
    path = f"notebooks/{lesson}"
    shown = shown_questions(REPO / "notebooks" / lesson)
    assert shown, "lesson 00 shows no quiz"
    notebook = lab.open(path)
    assert lab.run_all(path)
    lab.wait_widgets_rendered(path)
    given = {}
    for s in shown:
        q = question(s.slug, s.qid)
        box = notebook.locator(f".medialit-q-{s.qid}")
        given[s.qid] = keyboard_answer(box, q, lab.settle)
        expect_feedback(box.locator(".medialit-feedback"), q, given[s.qid])
    saved = saved_answers(lab.server.medialit_home)
    for s in shown:
        assert (
            saved[(s.slug, s.qid)]["response"]
            == question(s.slug, s.qid).check(given[s.qid]).response
        )


OTHER_TYPES = ["mark", "confidence", "sort", "order", "search"]


@pytest.mark.parametrize("item_type", OTHER_TYPES)
def test_other_controls_by_keyboard(lab: Lab, item_type: str):
    """Do word buttons and drop-downs answer with Tab, arrows, Space and Enter too?"""
    lessons = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    s = next(s for nb in lessons for s in shown_questions(nb) if s.type == item_type)
    path = f"notebooks/{s.lesson}"
    notebook = lab.open(path)
    assert lab.run_all(path)
    lab.wait_widgets_rendered(path)
    q = question(s.slug, s.qid)
    box = notebook.locator(f".medialit-q-{s.qid}")
    before = box.evaluate(_CELLS)
    response = keyboard_answer(box, q, lab.settle)
    expect_feedback(box.locator(".medialit-feedback"), q, response)
    expect(box.locator(".medialit-feedback")).not_to_contain_text("could not be read")
    # Keys that are notebook shortcuts in command mode, pressed on the focused Check button.
    for key in ("ArrowUp", "ArrowDown", "x", "d", "d"):
        lab.page.keyboard.press(key)
    lab.settle()
    after = box.evaluate(_CELLS)
    assert after == {**before, "active": after["quiz"]}, (before, after)
    assert after["quiz"] == before["quiz"] >= 0
