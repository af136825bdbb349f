"""The quizzes pass an axe-core scan: no critical or serious accessibility violations."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from labdriver import REPO, Lab
from playwright.sync_api import expect
from quizdriver import question, shown_questions

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


def test_how_sure_controls_are_named_for_screen_readers(lab: Lab):
    """Does a screen reader hear "S05: how sure" (and so on) for each how-sure drop-down?"""
    assert CONFIDENCE, "no lesson shows a confidence question"
    path = f"notebooks/{CONFIDENCE.lesson}"
    notebook = lab.open(path)
    assert lab.run_all(path)
    lab.wait_widgets_rendered(path)
    box = notebook.locator(f".medialit-q-{CONFIDENCE.qid}")
    q = question(CONFIDENCE.slug, CONFIDENCE.qid)
    assert q.shown_statement_ids
    # The accessible name is what a screen reader announces; every drop-down has one.
    names = [
        select.evaluate("el => el.labels.length ? el.labels[0].textContent.trim() : ''")
        for select in box.get_by_role("combobox").all()
    ]
    assert names == [f"{sid}: how sure" for sid in q.shown_statement_ids]
    for sid in q.shown_statement_ids:
        expect(box.get_by_role("combobox", name=f"{sid}: how sure", exact=True)).to_have_count(1)
