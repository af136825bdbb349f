"""The teacher's annotation widget in a real JupyterLab: correct a label, save, see it kept."""

from __future__ import annotations

import csv

import nbformat
from labdriver import Lab
from playwright.sync_api import expect

ARTICLE = """Town council approves new bridge

The town council approved a new footbridge over the river on Monday.

"The bridge will probably open next spring," the mayor, Ana Ruiz, said.

Residents say the old crossing is unsafe. The council denied that the project was over budget."""


def test_a_teacher_corrects_a_label_and_saves_it(lab: Lab) -> None:
    """Does medialit.annotate show the draft labels, take a changed kind by a click, and
    write it to statements.csv when Save is pressed?"""
    root = lab.server.root
    (root / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import medialit\n"
            "from medialit._newlesson import new_lesson\n"
            'new_lesson("bridge.txt", "bridge", "bridge")\n'
            'medialit.annotate("bridge")'
        )
    ]
    nbformat.write(nb, root / "annotate.ipynb")
    try:
        page = lab.open("annotate.ipynb")
        assert lab.run_all("annotate.ipynb")
        lab.wait_widgets_rendered("annotate.ipynb")
        form = page.locator(".medialit-annotate")
        expect(form).to_contain_text("Draft:")
        kind = form.get_by_label("kind").first
        kind.select_option(label="opinion")
        lab.settle()
        form.get_by_role("button", name="Save the labels").click()
        expect(form.locator(".medialit-feedback")).to_contain_text("Saved")
        text = (root / "bridge" / "statements.csv").read_text(encoding="utf-8")
        first = next(csv.DictReader(text.splitlines()))
        assert first["kind"] == "opinion" and first["explanation"].startswith("Checked by")
        assert lab.problems("annotate.ipynb") == []
        assert lab.errors == []
    finally:
        (root / "annotate.ipynb").unlink(missing_ok=True)
