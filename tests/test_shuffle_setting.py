"""`shuffle: false` in the teacher's settings: every student sees the same order, so a class
can talk about "who chose b?"; by default each student has an order of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit import _settings, load_quiz
from medialit._quiz_view import QuizView

SAMPLE = Path(__file__).parent / "data" / "sample.yaml"
STUDENTS = [f"student-{n}" for n in range(12)]


@pytest.fixture(autouse=True)
def no_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No settings file unless a test writes one (and none from the environment)."""
    monkeypatch.delenv("MEDIALIT_SETTINGS", raising=False)
    monkeypatch.chdir(tmp_path)


def orders(student: str) -> dict[str, list[str]]:
    """What a student sees, per question: the bank's keys in the order shown, or the statements."""
    quiz = load_quiz(SAMPLE, student)
    seen = {}
    for q in quiz.questions:
        if q.shown_choices:
            seen[q.id] = [key for _, key, _ in q.shown_choices]
        elif q.item.statement_ids(q):
            seen[q.id] = q.shown_statement_ids
    return seen


def write_settings(folder: Path, text: str) -> None:
    (folder / "medialit-settings.yaml").write_text(text, encoding="utf-8")


def test_by_default_students_see_orders_of_their_own() -> None:
    """Without the setting, do twelve students see more than one order of options?"""
    assert _settings.Settings().shuffle()
    seen = [orders(s) for s in STUDENTS]
    assert any(o != seen[0] for o in seen[1:])


@pytest.mark.parametrize("value", ["false", "no", "off"])
def test_shuffle_false_shows_every_student_the_same_order(tmp_path: Path, value: str) -> None:
    """With `shuffle: false`, do all twelve students see one and the same order, in every
    lettered and every sorted question, and the same letters for the same option?"""
    write_settings(tmp_path, f"shuffle: {value}\n")
    assert not _settings.Settings().shuffle() and _settings.problem() == ""
    seen = [orders(s) for s in STUDENTS]
    assert seen[0] and all(o == seen[0] for o in seen[1:])
    assert any(len(keys) > 1 for keys in seen[0].values())
    first, last = (load_quiz(SAMPLE, s).question("source-of-s03") for s in STUDENTS[::11])
    assert first.shown_choices == last.shown_choices


def test_an_order_question_is_still_never_shown_solved(tmp_path: Path) -> None:
    """With one order for the class, is an order question still not shown in its right order?"""
    write_settings(tmp_path, "shuffle: false\n")
    q = load_quiz(SAMPLE, "ada").question("order-events")
    assert [key for _, key, _ in q.shown_choices] != sorted(key for _, key, _ in q.shown_choices)


def test_shuffle_true_and_other_settings_keep_orders_of_their_own(tmp_path: Path) -> None:
    """Does `shuffle: true` beside another setting keep each student's own order?"""
    write_settings(tmp_path, "shuffle: true\nassessment: off\n")
    assert _settings.Settings().shuffle() and _settings.problem() == ""
    seen = [orders(s) for s in STUDENTS]
    assert any(o != seen[0] for o in seen[1:])


def test_the_widgets_show_the_class_order_and_answers_score_by_it(tmp_path: Path) -> None:
    """Do two students' widgets list the options in one order, and is the same shown letter
    the same option (and scored alike) for both?"""
    write_settings(tmp_path, "shuffle: false\n")
    views = [QuizView(load_quiz(SAMPLE, s)) for s in ("ada", "grace")]
    radios = [v.views["source-of-s03"].radio.options for v in views]
    assert radios[0] == radios[1]
    results = [v.quiz.question("source-of-s03").check("b") for v in views]
    assert results[0].correct == results[1].correct
    assert results[0].response == results[1].response
