"""A student who cannot use a mouse can answer every kind of question with the keyboard."""

from __future__ import annotations

import pytest
from labdriver import OVERRIDES, REPO, Lab
from playwright.sync_api import expect
from quizdriver import (
    expect_feedback,
    keyboard_answer,
    question,
    saved_answers,
    shown_questions,
)

# JupyterLab's notebook shortcuts in command mode (ArrowUp/ArrowDown move to the next cell,
# letters such as X or "D D" cut and delete cells) listen on every focused element in the
# notebook that is not a text field, quiz radio buttons and drop-downs included: arrows in a
# quiz jump to another cell. The course's overrides.json can give those shortcuts a selector
# that leaves output areas alone; until it does, these tests must fail (strict xfail).
SHORTCUTS_FIXED = (
    OVERRIDES.exists()
    and "@jupyterlab/shortcuts-extension:shortcuts" in OVERRIDES.read_text(encoding="utf-8")
)
ARROWS_TAKEN = pytest.mark.xfail(
    not SHORTCUTS_FIXED,
    strict=True,
    reason="JupyterLab's command-mode arrow-key shortcuts take the arrows from radio buttons "
    "and drop-downs in quiz outputs; etc/overrides.json lacks the shortcut fix",
)


@ARROWS_TAKEN
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


OTHER_TYPES = [
    "mark",
    "confidence",
    pytest.param("sort", marks=ARROWS_TAKEN),
    pytest.param("order", marks=ARROWS_TAKEN),
]


@pytest.mark.parametrize("item_type", OTHER_TYPES)
def test_other_controls_by_keyboard(lab: Lab, item_type: str):
    """Do word buttons, drop-downs and sliders answer with Tab, arrows, Space and Enter too?"""
    lessons = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    s = next(s for nb in lessons for s in shown_questions(nb) if s.type == item_type)
    path = f"notebooks/{s.lesson}"
    notebook = lab.open(path)
    assert lab.run_all(path)
    lab.wait_widgets_rendered(path)
    q = question(s.slug, s.qid)
    box = notebook.locator(f".medialit-q-{s.qid}")
    response = keyboard_answer(box, q, lab.settle)
    expect_feedback(box.locator(".medialit-feedback"), q, response)
    expect(box.locator(".medialit-feedback")).not_to_contain_text("could not be read")
