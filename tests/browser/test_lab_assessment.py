"""Assessment mode in a real JupyterLab: a settings file beside the notebook, no notebook edit."""

from __future__ import annotations

import nbformat
from labdriver import Lab
from playwright.sync_api import expect
from quizdriver import answer, check, question

SLUG = "start-here"


def test_explanations_wait_until_the_lesson_is_answered(lab: Lab) -> None:
    """With medialit-settings.yaml saying `assessment: [start-here]`, does each answer show
    only "Saved" until the last one, and then every question its explanation?"""
    for saved in lab.server.medialit_home.glob("answers-*.json"):
        saved.unlink()
    settings = lab.server.root / "medialit-settings.yaml"
    settings.write_text(f"assessment: [{SLUG}]\n", encoding="utf-8")
    notebook_path = lab.server.root / "assess.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.cells = [nbformat.v4.new_code_cell(f'from medialit import show_quiz\nshow_quiz("{SLUG}")')]
    nbformat.write(nb, notebook_path)
    try:
        page = lab.open("assess.ipynb")
        assert lab.run_all("assess.ipynb")
        lab.wait_widgets_rendered("assess.ipynb")
        ids = [b.get_attribute("class") for b in page.locator(".medialit-question").all()]
        qids = [
            next(c[len("medialit-q-") :] for c in cls.split() if c.startswith("medialit-q-"))
            for cls in ids
            if cls
        ]
        assert len(qids) >= 2
        for qid in qids[:-1]:
            box = page.locator(f".medialit-q-{qid}")
            answer(box, question(SLUG, qid), lab.settle)
            feedback = check(box)
            expect(feedback).to_contain_text("✎ Saved")
            expect(feedback).to_contain_text("once you have answered every question")
        score = page.locator(".medialit-score")
        expect(score).to_contain_text(f"Answered so far: {len(qids) - 1} of {len(qids)}")
        last = page.locator(f".medialit-q-{qids[-1]}")
        answer(last, question(SLUG, qids[-1]), lab.settle)
        check(last)
        first = page.locator(f".medialit-q-{qids[0]}").locator(".medialit-feedback")
        expect(first).to_contain_text("✓ Right")  # the driver picks the right option
        expect(score).to_contain_text("Score so far")
        assert lab.problems("assess.ipynb") == []
        assert lab.errors == []
    finally:
        settings.unlink()
        notebook_path.unlink(missing_ok=True)
