"""Catch the machine (issue 21 §3): the analyzer's kinds in drop-downs, corrected by the student.

`catch` is scored against a people's key (the World Bank story in lesson 08); `catch-own` takes
the student's own article in a text box and records the corrections without a score. The
widgets are driven headlessly here: set a value, click, read the feedback and the answer file.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

import medialit
from medialit._quiz_view import QuizView
from medialit.items import ITEM_TYPES
from medialit.items.catch import MAX_ARTICLE_CHARS, machine_labels

WORLD_BANK = files("medialit") / "data" / "practice" / "world-bank-forecast"
ERRORS = {"S07": "speculation", "S14": "opinion"}  # tests/test_practice.py (S11 before round 6)
OWN = """Council slams mayor over bridge

The city council on Monday voted to close the old bridge. Residents say the crossing is unsafe.

The mayor will probably open a new bridge in spring, officials said. It is a disgrace."""


@pytest.fixture
def world_bank() -> medialit.Quiz:
    course = medialit.load_course(WORLD_BANK)
    return medialit.load_quiz("world-bank-forecast", student="Ada", course=course)


def answers(home: Path) -> list[dict]:
    files_ = sorted(home.glob("answers-*.json"))
    assert len(files_) == 1
    return json.loads(files_[0].read_text(encoding="utf-8"))["answers"]


def test_the_world_bank_item_shows_where_the_machine_is_wrong(world_bank: medialit.Quiz) -> None:
    """Does the item show the analyzer's kind for each statement, and is the machine wrong on
    exactly the statements tests/test_practice.py pins (S07, S14) among those shown?"""
    question = world_bank["catch-machine"]
    machine = machine_labels(question)
    shown = question.spec["statements"]
    wrong = {s for s in shown if machine[s][0] not in question.statements[s].accepted}
    assert wrong == set(ERRORS)
    assert len(shown) - len(wrong) >= 3, "rows the machine gets right, to test restraint"
    text = question.text()
    assert all(f"{sid}: " in text for sid in shown)
    assert "the machine says fact" in text


def test_scoring_counts_the_errors_and_every_change(world_bank: medialit.Quiz) -> None:
    """Does keeping every label score 0, catching every error score 1, and changing a row the
    machine had right cost a point (and changing it to another accepted kind cost nothing)?"""
    question = world_bank["catch-machine"]
    assert question.check({}).score == 0
    assert question.check(ERRORS).score == 1
    spoiled = question.check({**ERRORS, "S06": "opinion"})
    assert spoiled.score == pytest.approx(2 / 3, abs=1e-3)  # 2 caught of 2 errors + 1 changed
    assert "You changed 1 that the machine had right" in spoiled.feedback
    partly = question.check({"S07": "speculation"})
    assert partly.score == pytest.approx(1 / 2, abs=1e-3) and "you caught 1" in partly.feedback
    # a row left at the machine's kind is no correction: the stored form drops it
    assert question.check({**ERRORS, "S06": "fact"}).response == ERRORS


def test_bad_responses_get_friendly_messages(world_bank: medialit.Quiz) -> None:
    """Does an unknown statement, a made-up kind or no answer give a message, never a raise?"""
    question = world_bank["catch-machine"]
    assert "not one of the statements" in question.check({"S01": "fact"}).feedback
    assert "is not a kind" in question.check({"S07": "rumour"}).feedback
    assert not question.check(None).valid
    assert not question.check("S07").valid


def test_a_widget_correction_is_scored_and_saved(world_bank: medialit.Quiz, medialit_home: Path):
    """Do the drop-downs start at the machine's kind, and does changing those it has wrong and
    clicking score against the people's key and save only the corrections?"""
    view = QuizView(world_bank).views["catch-machine"]
    assert view.dropdowns["S07"].value == "fact"
    assert all(d.description.strip() for d in view.dropdowns.values())
    for sid, kind in ERRORS.items():
        view.dropdowns[sid].value = kind
    view.button.click()
    assert "✓ Right" in view.feedback.value
    assert f"you caught {len(ERRORS)}" in view.feedback.value
    saved = answers(medialit_home)[-1]
    assert saved["question"] == "catch-machine" and saved["response"] == ERRORS
    # the gradebook re-scores it with the analyzer, not with anything the file says
    again = world_bank["catch-machine"].rescore(saved["response"])
    assert again.score == 1


def test_own_article_in_a_text_box(medialit_home: Path) -> None:
    """Does the student's own article go into a text box, the button show the machine's labels
    as drop-downs, and a changed kind get saved without a score?"""
    quiz = medialit.load_quiz("your-own-article", student="Ada")
    view = QuizView(quiz).views["own-article-machine"]
    view.button.click()  # nothing pasted yet: a message, nothing saved
    assert "Paste your article" in view.feedback.value
    assert not list(medialit_home.glob("answers-*.json"))
    view.article.value = OWN
    view.show_labels.click()
    assert "The machine found" in view.message.value
    assert len(view.dropdowns) >= 4
    last = list(view.dropdowns)[-1]
    before = view.machine[last]
    changed = "opinion" if before != "opinion" else "fact"
    view.dropdowns[last].value = changed
    view.button.click()
    assert "✎ Saved" in view.feedback.value and "score" not in view.feedback.value
    saved = answers(medialit_home)[-1]["response"]
    assert saved["text"] == OWN
    [row] = saved["corrections"]
    assert (row["id"], row["machine"], row["yours"]) == (last, before, changed)
    assert row["text"] in OWN
    assert ITEM_TYPES["catch-own"].scored is False


def test_own_article_changed_after_the_labels_asks_to_show_them_again(
    medialit_home: Path,
) -> None:
    """If the student edits the box after showing the labels, is the answer refused with a
    plain message until the labels are shown for the new text?"""
    quiz = medialit.load_quiz("your-own-article", student="Ada")
    view = QuizView(quiz).views["own-article-machine"]
    view.article.value = OWN
    view.show_labels.click()
    view.article.value = OWN + "\n\nA new paragraph was added."
    view.button.click()
    assert "again, if you changed the text" in view.feedback.value
    view.show_labels.click()
    view.button.click()
    assert "✎ Saved" in view.feedback.value


def test_own_article_limits_and_restore(medialit_home: Path) -> None:
    """Is an empty or over-long text refused with a message, and does a saved answer come back
    into the box and the drop-downs after a restart?"""
    quiz = medialit.load_quiz("your-own-article", student="Ada")
    question = quiz["own-article-machine"]
    assert "Paste an article" in question.check({"text": "  ", "corrections": {}}).feedback
    long = question.check({"text": "word " * (MAX_ARTICLE_CHARS // 4), "corrections": {}})
    assert "longer than" in long.feedback
    assert "no statement" in question.check({"text": OWN, "corrections": {"S99": "fact"}}).feedback
    first = medialit.analyze(OWN).iloc[0]
    other = "opinion" if first["kind"] != "opinion" else "fact"
    assert quiz.answer("own-article-machine", {"text": OWN, "corrections": {first["id"]: other}})
    view = QuizView(medialit.load_quiz("your-own-article", student="Ada")).views[
        "own-article-machine"
    ]
    assert view.article.value == OWN
    assert view.dropdowns[first["id"]].value == other


def test_a_stored_own_article_is_checked_without_the_analyzer() -> None:
    """Does the gradebook's way in (rescore) accept a well-formed stored answer and refuse a
    malformed one, with no traceback?"""
    question = medialit.load_quiz("your-own-article")["own-article-machine"]
    good = {
        "text": OWN,
        "corrections": [{"id": "S02", "text": "x", "machine": "fact", "yours": "claim"}],
    }
    assert question.rescore(good).valid
    for bad in (
        {"text": OWN},
        {"text": OWN, "corrections": [{"id": "S02", "machine": "fact", "yours": "claim"}]},
        {"text": OWN, "corrections": [{"id": "S02", "text": "x", "machine": "x", "yours": "y"}]},
        {"text": 3, "corrections": []},
        "S02",
    ):
        assert not question.rescore(bad).valid, bad
