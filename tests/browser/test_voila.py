"""`make app LESSON=03` serves a lesson as a web app: no code, quizzes that answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from labdriver import (
    REPO,
    SCREENSHOTS,
    VIEWPORT,
    Server,
    copy_lessons,
    make_app_command,
    start_voila,
)
from playwright.sync_api import expect
from quizdriver import answer, check, expect_feedback, question, saved_answers, shown_questions

LESSON = "03"


@pytest.fixture(scope="module")
def voila(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The README's `make app LESSON=03` command, run on a temporary copy of the lessons."""
    base = tmp_path_factory.mktemp("voila")
    server = start_voila(base, copy_lessons(base), make_app_command(LESSON))
    yield server
    server.stop()


def test_make_app_serves_the_lesson_without_code(voila: Server, browser: Any):
    """Does the app show every quiz of lesson 03, no code and no error, and answer a quiz?"""
    notebook = next((REPO / "notebooks").glob(f"{LESSON}-*.ipynb"))
    shown = shown_questions(notebook)
    assert shown, f"{notebook.name} shows no quiz"
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(voila.url)
        quizzes = page.locator(".medialit-quiz")
        # Voila runs the whole notebook before it shows the page; the quizzes then draw.
        expect(quizzes).to_have_count(len(shown), timeout=90_000)
        for s in shown:
            expect(page.locator(f".medialit-q-{s.qid}")).to_be_visible()

        text = page.locator("body").inner_text()
        assert "show_quiz(" not in text and "import medialit" not in text
        assert page.locator(".jp-InputArea-editor, .cm-editor").count() == 0
        stderr = page.locator('[data-mime-type="application/vnd.jupyter.stderr"]')
        assert stderr.all_inner_texts() == []
        # The widget manager's own failure message is the bare text of an output node.
        failed = page.evaluate(
            """() => Array.from(document.querySelectorAll('.jp-OutputArea-output'))
                 .filter(n => n.children.length === 0
                              && /^(Error displaying widget|Loading widget)/.test(n.textContent))
                 .map(n => n.textContent)"""
        )
        assert failed == []

        first = shown[0]
        q = question(first.slug, first.qid)
        box = page.locator(f".medialit-q-{first.qid}")
        response = answer(box, q)
        expect_feedback(check(box), q, response)
        entry = saved_answers(voila.medialit_home)[(first.slug, first.qid)]
        assert entry["response"] == q.check(response).response

        SCREENSHOTS.mkdir(exist_ok=True)
        shot = Path(SCREENSHOTS / f"voila-{notebook.stem}.png")
        # Voila's page scrolls inside a container: make the window as tall as the content.
        height = page.evaluate(
            "() => Math.max(...Array.from(document.querySelectorAll('body, body *'))"
            ".map(node => node.scrollHeight))"
        )
        page.set_viewport_size({**VIEWPORT, "height": min(height + 100, 30_000)})
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 0
        assert errors == []
    finally:
        context.close()


def test_focus_ring_stands_out_in_the_app(voila: Server, browser: Any):
    """In the app too, is the focus ring of a button, a drop-down and a radio button at least
    3:1 against the page behind it (WCAG 1.4.11)?"""
    from test_a11y import CONTROL_KINDS, assert_rings_visible, focus_rings

    notebook = next((REPO / "notebooks").glob(f"{LESSON}-*.ipynb"))
    by_type = {s.type: s for s in reversed(shown_questions(notebook))}
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        page.goto(voila.url)
        expect(page.locator(".medialit-quiz").first).to_be_visible(timeout=90_000)
        rings = {}
        for kind, item_type in [("button", "sort"), ("drop-down", "sort"), ("radio", "single")]:
            box = page.locator(f".medialit-q-{by_type[item_type].qid}")
            expect(box).to_be_visible()
            rings |= focus_rings(page, box, {kind: CONTROL_KINDS[kind]})
        assert_rings_visible(rings)
    finally:
        context.close()
