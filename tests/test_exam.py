"""Exam mode: `medialit release` writes a students' copy with no key; answers in it are saved
and never scored; the gradebook scores them against the full banks; `medialit feedback`
gives each student their answers, the key and the explanations after grading."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import medialit
from medialit import _store
from medialit._course import load_course
from medialit._quiz import read_quiz
from medialit._release import FEEDBACK_FILE, release, write_feedback
from medialit._session import Session, hand_in_answers
from medialit.cli import main
from medialit.items import ITEM_TYPES

# Every bank key that makes up a key, a verdict or an explanation, as YAML writes it.
KEY_FIELDS = re.compile(
    r"^\s*-?\s*(correct|feedback|accept|model_answer|rubric|key|key_reason|answer|why|path|"
    r"first|outcome|role|pages|queries|contains|example|date):",
    re.MULTILINE,
)
LESSON = "start-here"


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The students' copy of medialit's own course."""
    out = tmp_path_factory.mktemp("exam") / "students-course"
    done = release(None, out)
    assert done.banks >= len(load_course().bank_slugs()) and done.questions > 50
    return out


def test_every_item_type_says_what_a_released_bank_keeps() -> None:
    """Does every registered item type say what a released bank keeps (none forgotten)?"""
    forgotten = [name for name, item in ITEM_TYPES.items() if item.released is None]
    assert not forgotten


def test_no_key_material_anywhere_in_the_released_banks(released: Path) -> None:
    """Does no released bank (the course's, and the practice articles' inside it) carry a
    correct flag, feedback, accepted answers, a key, a model answer, a rubric, an outcome, an
    event's date or a search result's role; and do the full banks carry them (the control)?"""
    banks = sorted(released.rglob("quizzes/*.yaml"))
    assert len(banks) >= len(load_course().bank_slugs())
    for bank in banks:
        text = bank.read_text(encoding="utf-8")
        # A search result's date is what the results page shows, not a key (an order item's
        # events keep their text alone: checked below).
        found = [m.group(1) for m in KEY_FIELDS.finditer(text) if m.group(1) != "date"]
        assert found == [], (bank, found)
        assert "released: true" in text
    full = "".join(
        p.read_text(encoding="utf-8") for p in (load_course().folder / "quizzes").glob("*.yaml")
    )
    assert {"correct", "feedback", "model_answer", "key"} <= {
        m.group(1) for m in KEY_FIELDS.finditer(full)
    }


def test_an_order_item_s_events_are_not_listed_in_time_order(released: Path) -> None:
    """Do the released events of every order item come in an order other than the key's
    (which is the full bank's order) for at least most items?"""
    course, copy = load_course(), load_course(released)
    orders = same = 0
    for slug in course.bank_slugs():
        full = {q.id: q for q in read_quiz(slug, course=course).questions if q.type == "order"}
        for q in read_quiz(slug, course=copy).questions:
            if q.id in full:
                orders += 1
                texts = [e["text"] for e in q.spec["events"]]
                same += texts == [e["text"] for e in full[q.id].spec["events"]]
                assert all(set(e) == {"text"} for e in q.spec["events"])
    assert orders and same < orders


def answers_in(copy: Path, student: str) -> Session:
    return Session(student, load_course(copy))


def right_shown(full_question: Any, student_question: Any) -> Any:
    """A right answer, in the letters the student sees in the released copy (by text)."""
    spec = full_question.spec["options"]
    right = next(o["text"] for o in spec if o["correct"])
    return next(s for s, _, c in student_question.shown_choices if c["text"] == right)


def test_answering_in_a_released_copy_saves_and_gives_no_verdict(released: Path) -> None:
    """In a released copy, is an answer saved with no verdict, no score and no explanation
    (the result, its plain text, check, answer(save=False), progress and the answer file)?"""
    session = answers_in(released, "Ada")
    quiz = session.quiz(LESSON)
    full = read_quiz(LESSON, "Ada")
    q = next(q for q in quiz.questions if q.type == "single")
    shown = right_shown(full[q.id], q)
    for result in (q.answer(shown), q.check(shown), q.answer(shown, save=False)):
        assert result.valid and result.correct is None and result.score is None
        assert result.verdict == "✎ Saved" and "Right" not in result.text()
        assert "teacher scores it" in result.feedback
    option_feedback = [o["feedback"].strip() for o in full[q.id].spec["options"]]
    assert not any(f in quiz.text() for f in option_feedback)
    data = _store.load_answers("Ada")[0]
    assert len(data["answers"]) == 1  # check and save=False saved nothing
    entry = data["answers"][0]
    assert not {"correct", "score", "brier"} & set(entry)
    assert str(entry["response"]).startswith("t:")  # the choice by its text, not a letter
    lesson = medialit.progress("Ada", course=load_course(released)).lessons[0]
    assert (lesson.answered, lesson.withheld, lesson.points) == (1, True, 0.0)
    assert "score shown later" in lesson.line()
    assert session.lesson(quiz).held_back


def test_the_gradebook_scores_released_answers_against_the_full_banks(
    released: Path, tmp_path: Path
) -> None:
    """Do answers saved in a released copy, handed in, score right in the teacher's gradebook
    with the full banks, as the same answers do when given in the full course?"""
    handins = tmp_path / "handin"
    scores = {}
    for student, course in (("Ada", load_course(released)), ("Bo", load_course())):
        quiz = Session(student, course).quiz(LESSON)
        full = read_quiz(LESSON, student)
        for q in quiz.questions:
            if q.type in ("single", "order"):
                if q.type == "single":
                    q.answer(right_shown(full[q.id], q))
                else:  # the events in time order: the full bank's order, by text
                    texts = [e["text"] for e in full[q.id].spec["events"]]
                    by_text = {c["text"]: s for s, _, c in q.shown_choices}
                    q.answer([by_text[t] for t in texts])
        hand_in_answers(handins / student, student)
    book = medialit.gradebook(handins, course=load_course())
    for student in ("Ada", "Bo"):
        row = book.students.set_index("student").loc[student]
        scores[student] = row[f"{LESSON} %"]
    assert scores["Ada"] == scores["Bo"] and scores["Ada"] > 0, scores
    # The students' copy cannot grade: there is no key in it.
    assert read_quiz(LESSON, course=load_course(released)).released


def test_feedback_gives_each_student_their_answers_and_the_key(
    released: Path, tmp_path: Path
) -> None:
    """Does `medialit feedback` write each student (one folder per login) a page with their
    answer, the verdict, the explanation and the key, replace a link planted where the page
    goes instead of writing through it, and skip a linked-in file?"""
    handins, out = tmp_path / "handin", tmp_path / "feedback"
    quiz = Session("ada", load_course(released)).quiz(LESSON)
    q = next(q for q in quiz.questions if q.type == "single")
    full = read_quiz(LESSON, "ada")[q.id]
    q.answer(right_shown(full, q))
    hand_in_answers(handins / "ada", "ada")
    (out / "ada").mkdir(parents=True)
    victim = tmp_path / "teacher-file.txt"
    victim.write_text("keep me", encoding="utf-8")
    (out / "ada" / FEEDBACK_FILE).symlink_to(victim)
    (handins / "bo").mkdir()
    (handins / "bo" / "zz-linked.json").symlink_to(next((handins / "ada").glob("*.json")))
    code = main(["feedback", str(handins), "--out", str(out)])
    assert code == 0
    page = (out / "ada" / FEEDBACK_FILE).read_text(encoding="utf-8")
    right = next(o for o in full.spec["options"] if o["correct"])
    assert f"Your answer: {right['text']}" in page.replace("&#x27;", "'")
    assert "✓ Right" in page and "The key:" in page
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (out / "ada" / FEEDBACK_FILE).is_symlink()
    assert not (out / "bo").exists()  # a link is not a hand-in
    run = write_feedback(handins, load_course(), None)
    assert [p.parent.name for p in run.written] == ["ada"]


def test_medialit_key_refuses_a_released_copy_with_a_clear_message(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `medialit key --course COPY` refuse, saying the copy has no key and where the
    full course is, with no traceback and no file; and does the full course give a key?"""
    out = tmp_path / "key.html"
    assert main(["key", "--course", str(released), "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert "has no answer key" in said and "Traceback" not in said and not out.exists()
    assert main(["handouts", "--course", str(released), "--out", str(tmp_path / "h")]) == 1
    assert "has no answer key" in capsys.readouterr().err
    assert main(["key", "--out", str(out)]) == 0 and out.stat().st_size > 10_000


def test_release_refuses_a_folder_in_use_and_a_released_copy(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `medialit release` refuse to write into a folder that holds files, and to
    release a copy that is already released, in plain words?"""
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "x.txt").write_text("x", encoding="utf-8")
    assert main(["release", "--out", str(tmp_path / "busy")]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert main(["release", "--course", str(released), "--out", str(tmp_path / "again")]) == 1
    assert "already a released copy" in capsys.readouterr().err
    assert main(["release", "--out", str(tmp_path / "new")]) == 0
    assert "no correct answers" in capsys.readouterr().out
    assert json.loads(json.dumps(sorted(p.name for p in (tmp_path / "new").iterdir())))


def test_the_gradebook_refuses_a_released_copy(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `medialit gradebook --course COPY` refuse in plain words (it has no key to grade
    with) and write nothing, rather than grade every answer as unscored?"""
    (tmp_path / "in").mkdir()
    out = tmp_path / "grades"
    code = main(["gradebook", str(tmp_path / "in"), "--course", str(released), "--out", str(out)])
    said = capsys.readouterr().err
    assert code == 1 and "no key to grade with" in said and "--course" in said
    assert not out.exists()


def test_the_widgets_of_a_released_quiz_say_saved_and_that_the_teacher_scores(
    released: Path,
) -> None:
    """In a released copy, does a click in the quiz's widgets save the answer and show
    "saved", with no points and no verdict, also after the last question?"""
    from medialit._quiz_view import QuizView

    course = load_course(released)
    view = QuizView(medialit.load_quiz(LESSON, "Ada", course=course))
    question = next(v for v in view.views.values() if v.question.type == "single")
    question.radio.value = question.question.shown_letters[0]
    question.button.click()
    shown = question.feedback.value
    assert "✎ Saved" in shown and "Right" not in shown and "Not quite" not in shown
    assert "This is a test" in view.score.value and "Score so far" not in view.score.value
    assert _store.load_answers("Ada")[0]["answers"][0]["question"] == question.question.id
