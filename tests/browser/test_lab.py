"""Every lesson opens, runs and draws its quizzes in a real JupyterLab in Chromium."""

from __future__ import annotations

import re
from typing import Any

import nbformat
import pytest
from labdriver import REPO, SCREENSHOTS, Lab
from quizdriver import (
    ITEM_TYPES,
    answer,
    check,
    expect_feedback,
    expect_restored,
    plan_one_of_each_type,
    question,
    saved_answers,
)

LESSONS = sorted(p.name for p in (REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def _missing_quizzes(lab: Lab, path: str) -> list[int]:
    """Indices of the quiz cells (one-line calls such as `show_quiz("slug", "id")`, or a
    lesson's own helper around it, `practice("id")`) that show no `.medialit-quiz`."""
    return lab.page.evaluate(
        """(path) => {
          const app = window.jupyterapp;
          const w = Array.from(app.shell.widgets('main')).find(x => x.context?.path === path);
          const missing = [];
          w.content.widgets.forEach((cell, index) => {
            if (cell.model.type !== 'code') { return; }
            const src = cell.model.sharedModel.getSource().trim();
            if (!/^[A-Za-z_]+\\("[^\\n]*\\)$/.test(src)) { return; }
            if (src.startsWith('hand_in_form') || src.startsWith('print')) { return; }
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
    # A fresh student, so the screenshot shows what a student first sees, not the answers
    # the keyboard tests saved earlier in this session (the server is shared).
    for saved in lab.server.medialit_home.glob("answers-*.json"):
        saved.unlink()
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


PLAN = plan_one_of_each_type([REPO / "notebooks" / name for name in LESSONS])
PLAN_LESSONS = sorted({shown.lesson for shown in PLAN.values()})


def test_every_item_type_is_shown_in_some_lesson():
    """Does some lesson show a question of every item type (so each one is clicked below)?"""
    assert sorted(PLAN) == sorted(ITEM_TYPES)


@pytest.mark.parametrize("lesson", PLAN_LESSONS)
def test_answers_show_feedback_and_survive_reload_and_restart(lab: Lab, lesson: str):
    """Do clicked answers show the right feedback, get saved, and come back after a restart?"""
    path = f"notebooks/{lesson}"
    todo = [shown for shown in PLAN.values() if shown.lesson == lesson]
    notebook = lab.open(path)
    assert lab.run_all(path)
    lab.wait_widgets_rendered(path)
    given: dict[str, Any] = {}
    for shown in todo:
        q = question(shown.slug, shown.qid)
        box = notebook.locator(f".medialit-q-{shown.qid}")
        given[shown.qid] = answer(box, q, lab.settle)
        expect_feedback(check(box), q, given[shown.qid])

    saved = saved_answers(lab.server.medialit_home)
    for shown in todo:
        entry = saved[(shown.slug, shown.qid)]
        assert entry["response"] == question(shown.slug, shown.qid).check(given[shown.qid]).response

    lab.reload()
    notebook = lab.open(path)
    assert lab.restart_and_run_all(path)
    lab.wait_widgets_rendered(path)
    for shown in todo:
        box = notebook.locator(f".medialit-q-{shown.qid}")
        expect_restored(box, question(shown.slug, shown.qid), given[shown.qid])
    assert lab.problems(path) == []
    assert lab.errors == []


def test_broken_outputs_are_caught(lab: Lab):
    """Would the checks above see stderr, an error and a widget that failed to draw?"""
    broken = nbformat.v4.new_notebook()
    broken.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    widget_view = {
        "application/vnd.jupyter.widget-view+json": {
            "version_major": 2,
            "version_minor": 0,
            "model_id": "0" * 32,  # no such model: what a version mismatch looks like
        },
        "text/plain": "a widget",
    }
    broken.cells = [
        nbformat.v4.new_code_cell("import sys\nprint('a warning', file=sys.stderr)"),
        nbformat.v4.new_code_cell(
            f"from IPython.display import display\ndisplay({widget_view!r}, raw=True)"
        ),
        nbformat.v4.new_code_cell("1 / 0"),
    ]
    nbformat.write(broken, lab.server.root / "broken.ipynb")
    lab.open("broken.ipynb")
    assert not lab.run_all("broken.ipynb")
    lab.wait_widgets_rendered("broken.ipynb")
    found = "\n".join(lab.problems("broken.ipynb"))
    assert "ZeroDivisionError: division by zero" in found
    assert "stderr: a warning" in found
    # The manager says "Loading widget..." until its restore finishes, then "Error displaying
    # widget: model not found"; either is a quiz a student cannot use.
    assert re.search(r"widget failed: (Error displaying widget|Loading widget)", found)
