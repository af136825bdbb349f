"""The quizzes pass an axe-core scan: no critical or serious accessibility violations."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from labdriver import REPO, Lab
from quizdriver import shown_questions

LESSONS = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
BLOCKING = {"critical", "serious"}
SLIDER_HANDLE = "noUi-handle"  # the knob of an ipywidgets IntSlider


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


def _is_unnamed_slider(violation: dict[str, Any]) -> bool:
    return violation["id"] == "aria-input-field-name" and all(
        SLIDER_HANDLE in " ".join(node["target"]) for node in violation["nodes"]
    )


def _report(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        where = "; ".join(" ".join(node["target"]) for node in v["nodes"][:2])
        lines.append(f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']}: {where}")
    return "\n".join(lines)


@pytest.mark.parametrize("lesson", [p.name for p in LESSONS])
def test_quiz_widgets_have_no_serious_accessibility_violations(lab: Lab, lesson: str):
    """Does axe-core find nothing critical or serious in the quizzes (sliders: see below)?"""
    blocking = [v for v in _scan(lab, lesson) if not _is_unnamed_slider(v)]
    assert blocking == [], _report(blocking)


SLIDER_LESSON = next(
    (p.name for p in LESSONS if any(s.type == "confidence" for s in shown_questions(p))), None
)


@pytest.mark.xfail(
    strict=True,
    reason="ipywidgets' IntSlider knob (role=slider) has no accessible name, so a screen "
    "reader says only 'slider'; the confidence questions need a labelled control",
)
def test_confidence_sliders_are_named_for_screen_readers(lab: Lab):
    """Does a screen reader hear a name for each confidence slider?"""
    assert SLIDER_LESSON, "no lesson shows a confidence question"
    unnamed = [v for v in _scan(lab, SLIDER_LESSON) if _is_unnamed_slider(v)]
    assert unnamed == [], _report(unnamed)
