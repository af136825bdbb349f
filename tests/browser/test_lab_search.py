"""A typed search in a real JupyterLab in Chromium: by mouse here, by keyboard in
test_keyboard.py (the search case)."""

from __future__ import annotations

from typing import Any

from labdriver import REPO, Lab
from quizdriver import (
    answer,
    check,
    expect_feedback,
    expect_restored,
    question,
    saved_answers,
    shown_questions,
)


def test_a_typed_search_by_mouse_is_scored_saved_and_restored(lab: Lab):
    """Can a student type a search, click down the results, open a page, look the outlet up,
    answer, and find queries, scanning and pages saved and shown again after a restart?"""
    lessons = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    searches = [s for nb in lessons for s in shown_questions(nb) if s.type == "search"]
    assert searches, "no lesson shows a search item"
    lesson = searches[0].lesson
    todo = [s for s in searches if s.lesson == lesson]
    path = f"notebooks/{lesson}"
    notebook = lab.open(path)
    assert lab.run_all(path)
    lab.wait_widgets_rendered(path)
    given: dict[str, Any] = {}
    for s in todo:
        q = question(s.slug, s.qid)
        box = notebook.locator(f".medialit-q-{s.qid}")
        given[s.qid] = answer(box, q, lab.settle)
        expect_feedback(check(box), q, given[s.qid])
    saved = saved_answers(lab.server.medialit_home)
    for s in todo:
        response = saved[(s.slug, s.qid)]["response"]
        assert response == question(s.slug, s.qid).check(given[s.qid]).response
        assert response["scanned"] >= 3 and len(response["queries"]) >= 2

    lab.reload()
    notebook = lab.open(path)
    assert lab.restart_and_run_all(path)
    lab.wait_widgets_rendered(path)
    for s in todo:
        box = notebook.locator(f".medialit-q-{s.qid}")
        expect_restored(box, question(s.slug, s.qid), given[s.qid])
    assert lab.problems(path) == []
    assert lab.errors == []
