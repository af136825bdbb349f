"""The course in a browser tab (JupyterLite, Pyodide): the quiz path without pandas, the
answer folder that survives a reload, and the hand-in as a download.

The Emscripten branches run here with `sys.platform` set to "emscripten"; the real browser
runs them in tests/browser/test_lab_lite.py.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import medialit
from medialit import _browser, _store

# The whole quiz path of lesson 00 (load, show, answer, save, progress, hand in), in a fresh
# interpreter where `import pandas` fails: Pyodide loads pandas only when a cell's own code
# imports it, so nothing on this path may need it.
QUIZ_PATH_WITHOUT_PANDAS = textwrap.dedent(
    """
    import sys
    sys.modules["pandas"] = None  # `import pandas` now raises ImportError
    import medialit
    from medialit import hand_in_form, load_article, show_quiz
    from medialit._quiz_view import QuizView

    print(load_article().headline)
    medialit.student_form()
    medialit.set_student("Ada Lovelace")
    view = QuizView(medialit.load_quiz("start-here"))
    show_quiz("start-here", "run-a-cell")
    qv = view.views["run-a-cell"]
    qv.radio.value = qv.question.shown_letter("a")
    qv.button.click()
    assert "✓ Right" in qv.feedback.value, qv.feedback.value
    medialit.progress()
    form = hand_in_form()
    form.button.click()
    assert "✓" in form.status.value, form.status.value
    assert "pandas" not in {m.split(".")[0] for m in sys.modules if sys.modules[m]}
    print("QUIZ PATH OK")
    """
)


def test_the_quiz_path_works_without_pandas(tmp_path: Path) -> None:
    """Does lesson 00's quiz path (load, show, answer, save, progress, hand in) run where
    pandas cannot be imported, and save the answer and the hand-in file?"""
    home = tmp_path / "home"
    env = {**os.environ, "MEDIALIT_HOME": str(home)}
    env.pop("MEDIALIT_HANDIN", None)
    env.pop("MEDIALIT_SETTINGS", None)
    run = subprocess.run(
        [sys.executable, "-c", QUIZ_PATH_WITHOUT_PANDAS],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "QUIZ PATH OK" in run.stdout
    (answers,) = home.glob("answers-ada-lovelace-*.json")
    saved = json.loads(answers.read_text(encoding="utf-8"))
    assert [a["question"] for a in saved["answers"]] == ["run-a-cell"]
    assert len(list(tmp_path.glob("Ada-Lovelace-*.json"))) == 1  # the hand-in


def test_tables_still_need_pandas_and_match_the_quiz_path() -> None:
    """Are the statements the quiz path reads without pandas the same as the table's rows?"""
    course = medialit.load_course()
    table = medialit.load_statements()
    statements = course.statement_table
    for row in table.to_dict("records"):
        statement = statements[row["id"]]
        assert statement.text == row["text"] and statement.kind == row["kind"]
        assert statement.hedges == row["hedges"] and statement.boosters == row["boosters"]
        assert "; ".join(statement.also_acceptable) == row["also_acceptable"]
    for row in medialit.load_sources().to_dict("records"):
        assert course.source(row["outlet"]) == {k: str(v) for k, v in row.items()}


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend to be Pyodide in a browser tab."""
    monkeypatch.setattr(sys, "platform", "emscripten")


def test_in_a_browser_answers_go_to_the_persistent_visible_folder(
    browser: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a browser, with no MEDIALIT_HOME, do answers go to /drive/medialit-answers (the
    folder JupyterLite keeps across reloads and shows in its file browser)?"""
    monkeypatch.delenv("MEDIALIT_HOME")
    assert _store.in_browser()
    assert _store.medialit_home() == Path("/drive/medialit-answers")
    assert _store.answers_path("Ada").parent == Path("/drive/medialit-answers")


def test_a_teacher_setting_still_wins_in_a_browser(browser: None, medialit_home: Path) -> None:
    """Does MEDIALIT_HOME still choose the folder in a browser?"""
    assert _store.medialit_home() == medialit_home


def test_outside_a_browser_answers_stay_in_the_home_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without MEDIALIT_HOME, outside a browser, is the folder still ~/.medialit?"""
    monkeypatch.delenv("MEDIALIT_HOME")
    assert not _store.in_browser()
    assert _store.medialit_home() == Path.home() / ".medialit"


def test_in_a_browser_the_hand_in_button_offers_a_download(
    browser: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a browser, does Hand in my answers offer the hand-in file as a download (a link
    holding the file itself) and say what to do with it?"""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MEDIALIT_HANDIN", raising=False)
    monkeypatch.delenv("MEDIALIT_SETTINGS", raising=False)
    _store.save_student("Zoë <b>")
    question = medialit.load_quiz("start-here")["run-a-cell"]
    assert question.answer(question.shown_letter("a")).saved
    form = medialit.hand_in_form()
    form.button.click()
    status = form.status.value
    (handed_in,) = tmp_path.glob("Zo*.json")
    link = re.search(r'<a download="([^"]+)" href="data:application/json;base64,([^"]+)"', status)
    assert link, status
    assert link.group(1) == handed_in.name
    data = json.loads(base64.b64decode(link.group(2)))
    assert data == json.loads(handed_in.read_text(encoding="utf-8"))
    assert data["student"] == "Zoë <b>" and len(data["answers"]) == 1
    assert _store.parse(base64.b64decode(link.group(2)))  # a valid answer file
    assert "give it to your teacher" in status and "only in this browser" in status
    assert '<b>"' not in status and "Zoë <b>" not in status  # the name is escaped


def test_outside_a_browser_there_is_no_download_link(tmp_path: Path) -> None:
    """Outside a browser the file is on disk already: no link, no data: address."""
    path = tmp_path / "x.json"
    path.write_text("{}", encoding="utf-8")
    assert _browser.download_link(path) == ""
    assert _browser.download_link(None) == ""
