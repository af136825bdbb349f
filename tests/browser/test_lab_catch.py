"""Catch the machine in a real JupyterLab (issue 21 §3): a student corrects the analyzer's
labels with drop-downs, on the World Bank story (scored against the people's key) and on an
article of their own pasted into a text box (saved, not scored)."""

from __future__ import annotations

from labdriver import Lab
from playwright.sync_api import expect
from quizdriver import OWN_ARTICLE, check, saved_answers

LESSON = "notebooks/09-your-own-article.ipynb"
ERRORS = {"S07": "speculation", "S14": "opinion"}  # tests/test_catch.py


def test_a_widget_correction_is_scored_and_saved(lab: Lab):
    """Do the drop-downs start at the machine's kind, does choosing the key's kind on the
    statements it gets wrong score full marks, and is only the correction saved? Then: does an
    article typed into the box get the machine's labels, and a changed kind get saved?"""
    notebook = lab.open(LESSON)
    assert lab.run_all(LESSON)
    lab.wait_widgets_rendered(LESSON)

    box = notebook.locator(".medialit-q-catch-machine")
    for sid, kind in ERRORS.items():
        select = box.get_by_label(f"{sid} kind", exact=True)
        expect(select.locator("option:checked")).to_have_text("fact")
        select.select_option(label=kind)
        lab.settle()
    feedback = check(box)
    expect(feedback).to_contain_text("✓ Right")
    expect(feedback).to_contain_text(f"you caught {len(ERRORS)}")
    saved = saved_answers(lab.server.medialit_home)
    assert saved[("world-bank-forecast", "catch-machine")]["response"] == ERRORS

    own = notebook.locator(".medialit-q-own-article-machine")
    area = own.get_by_role("textbox")
    area.click()
    area.fill(OWN_ARTICLE)
    lab.settle()
    own.get_by_role("button", name="Show the machine's labels").click()
    lab.settle()
    select = own.get_by_label("S02 kind", exact=True)
    expect(select).to_be_visible()
    select.select_option(label="opinion")
    lab.settle()
    expect(check(own)).to_contain_text("✎ Saved")
    saved = saved_answers(lab.server.medialit_home)
    response = saved[("your-own-article", "own-article-machine")]["response"]
    assert response["text"] == OWN_ARTICLE
    assert [(c["id"], c["yours"]) for c in response["corrections"]] == [("S02", "opinion")]
    assert lab.errors == []
