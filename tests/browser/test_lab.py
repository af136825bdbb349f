"""Every lesson opens, runs and draws its quizzes in a real JupyterLab in Chromium."""

from __future__ import annotations

from typing import Any

import pytest
from labdriver import REPO, SCREENSHOTS, Lab

LESSONS = sorted(p.name for p in (REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def _missing_quizzes(lab: Lab, path: str) -> list[int]:
    """Indices of the code cells that call show_quiz but show no `.medialit-quiz`."""
    return lab.page.evaluate(
        """(path) => {
          const app = window.jupyterapp;
          const w = Array.from(app.shell.widgets('main')).find(x => x.context?.path === path);
          const missing = [];
          w.content.widgets.forEach((cell, index) => {
            if (cell.model.type !== 'code') { return; }
            if (!cell.model.sharedModel.getSource().includes('show_quiz(')) { return; }
            if (!cell.node.querySelector('.medialit-quiz')) { missing.push(index); }
          });
          return missing;
        }""",
        path,
    )


def test_the_lessons_are_there():
    """Are there lesson notebooks to open (so the tests below cannot pass on nothing)?"""
    assert LESSONS, f"no notebooks/NN-*.ipynb in {REPO}"


def test_lab_opens_with_nothing_over_the_page(lab: Lab):
    """Does JupyterLab open without a news pop-up, a dialog or a toast in the way?"""
    lab.goto()
    assert lab.popups() == []
    assert lab.errors == []


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_runs_and_draws_every_quiz(lab: Lab, lesson: str):
    """Does the lesson run all its cells in JupyterLab with no error and every quiz drawn?"""
    path = f"notebooks/{lesson}"
    notebook = lab.open(path)
    assert lab.popups() == [], "a dialog (e.g. 'Select Kernel') stopped the lesson"
    assert lab.run_all(path), "Run All stopped early: a cell failed"
    lab.wait_widgets_rendered(path)
    cells: list[dict[str, Any]] = lab.code_cells(path)
    assert all(cell["count"] is not None for cell in cells)
    assert lab.problems(path) == []
    quiz_cells = [c for c in cells if "show_quiz(" in c["source"]]
    assert _missing_quizzes(lab, path) == []
    drawn = notebook.locator(".medialit-quiz").count()
    assert drawn >= len(quiz_cells)
    lab.screenshot(notebook, lesson.removesuffix(".ipynb"))
    assert (SCREENSHOTS / f"{lesson.removesuffix('.ipynb')}.png").stat().st_size > 0
    assert lab.errors == []
