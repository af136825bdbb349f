"""The instructor's gradebook: grades, item analysis, bad files, the command and its report."""

from __future__ import annotations

import importlib.util
import itertools
import json
import math
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import medialit
from medialit import _course, _gradebook, _store
from medialit._course import Course, load_course
from medialit._gradebook import gradebook
from medialit.cli import main

ROOT = Path(__file__).resolve().parents[1]
VERSION = medialit.__version__
SCRIPT = "<script>alert(1)</script>"
START = datetime(2026, 11, 27, 13, 0, tzinfo=timezone.utc)  # the files say 14:00 exported

# A small course of our own (the package's article, two banks written here), so these tests do
# not depend on the real banks' content.
# The questions of these banks, each written once: the banks below are made of them.
PICK = """\
  - id: pick
    type: single
    prompt: Which?
    options:
      - {text: First, correct: false, feedback: No.}
      - {text: Second, correct: true, feedback: Yes.}
      - {text: Third, correct: false, feedback: No.}
"""
MANY = """\
  - id: many
    type: multiple
    prompt: Which ones?
    options:
      - {text: A, correct: true, feedback: Yes.}
      - {text: B, correct: false, feedback: No.}
      - {text: C, correct: true, feedback: Yes.}
      - {text: D, correct: false, feedback: No.}
"""
SURE = """\
  - id: sure
    type: confidence
    prompt: How sure?
    items:
      - {statement: S05, outcome: true, feedback: Yes.}
      - {statement: S09a, outcome: false, feedback: No.}
"""
THINK = """\
  - id: think
    type: reflection
    prompt: Why?
    model_answer: Because.
"""


def bank(slug: str, title: str, *questions: str) -> str:
    """A question bank's YAML made of the questions given."""
    return f"slug: {slug}\ntitle: {title}\nquestions:\n" + "".join(questions)


Q1 = bank("q1", "One", PICK, MANY)
Q2 = bank(
    "q2",
    "Two",
    SURE,
    """\
  - id: order
    type: order
    prompt: Earliest first.
    events:
      - {text: First event, date: "2015", feedback: First.}
      - {text: Second event, date: "2020", feedback: Second.}
      - {text: Third event, date: "2022", feedback: Third.}
  - id: kinds
    type: sort
    prompt: Sort these.
    statements: [S02, S05, S21]
""",
    THINK,
)


def make_course(folder: Path, banks: dict[str, str]) -> Course:
    """A course folder with the package's article and statements and the banks given."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("article.txt", "statements.csv"):
        (folder / name).write_bytes((load_course().folder / name).read_bytes())
    (folder / "quizzes").mkdir()
    for slug, text in banks.items():
        (folder / "quizzes" / f"{slug}.yaml").write_text(text, encoding="utf-8")
    lessons = "".join(f"  - {slug}\n" for slug in banks)
    (folder / "course.yaml").write_text(f"title: Test\nlessons:\n{lessons}", encoding="utf-8")
    return load_course(folder)


@pytest.fixture
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    # Apart from tmp_path, which the tests grade as a hand-in folder.
    return make_course(tmp_path_factory.mktemp("course"), {"q1": Q1, "q2": Q2})


_CLOCK = itertools.count()


def answer(quiz: str, question: str, qtype: str, response: Any, **extra: Any) -> dict:
    """One answer entry as the quiz engine writes it (score and correct may be overridden),
    each a second after the one before, as a student answers."""
    moment = START + timedelta(seconds=next(_CLOCK) % 3000)
    entry = {
        "quiz": quiz, "question": question, "type": qtype, "response": response,
        "correct": None, "score": None, "brier": None, "time": moment.isoformat(),
    }  # fmt: skip
    entry.update(extra)
    return entry


def answer_file(student: str, answers: list[dict], **header: Any) -> dict:
    data = {
        "format": "medialit-answers",
        "format_version": 1,
        "course_version": VERSION,
        "student": student,
        "exported_at": "2026-11-27T14:00:00+00:00",
        "answers": answers,
    }
    data.update(header)
    return data


def write(folder: Path, name: str, data: dict | bytes) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def small_class(folder: Path) -> None:
    """Four students whose figures are worked out by hand in the tests below."""
    folder.mkdir(parents=True, exist_ok=True)
    write(folder, "ada.json", answer_file("Ada", [
        answer("q1", "pick", "single", "a", correct=False, score=0.0),  # first try, replaced
        answer("q1", "pick", "single", "b", correct=True, score=1.0),
        answer("q1", "many", "multiple", ["a", "c"], correct=True, score=1.0),
        answer("q2", "sure", "confidence", {"S05": 0.9, "S09a": 0.2}, score=0.975, brier=0.025),
        # Edited: the engine gives this order 2/3 (two of three pairs right), not 0.5.
        answer("q2", "order", "order", ["b", "a", "c"], correct=False, score=0.5),
        answer("q2", "think", "reflection", "No byline and no named source, so I would look for "
               "a second report from another outlet first."),  # 18 words: counted
    ]))  # fmt: skip
    write(folder, "ben.json", answer_file("Ben", [
        # An edited file: it claims full marks for a wrong answer.
        answer("q1", "pick", "single", "c", correct=True, score=1.0),
        answer("q1", "many", "multiple", ["a", "b"], correct=False, score=0.0),
        answer("q2", "sure", "confidence", {"S05": 0.5, "S09a": 0.9}, score=0.47, brier=0.53),
    ]))  # fmt: skip
    write(folder, "cy.json", answer_file("Cy", [
        answer("q1", "pick", "single", "a", correct=False, score=0.0),
        answer("q1", "many", "multiple", ["a", "b", "c"], correct=False, score=0.5),
        answer("q2", "order", "order", ["a", "b", "c"], correct=True, score=1.0),
        # 7 words: saved, but under the 15 a reflection needs to count as answered.
        answer("q2", "think", "reflection", "The denial comes from the side accused."),
    ]))  # fmt: skip
    write(folder, "dee.json", answer_file(SCRIPT, [
        answer("q1", "pick", "single", "b", correct=True, score=1.0),
        answer("q1", "many", "multiple", ["c"], correct=False, score=0.5),
        # Edited: S02 is a fact, so the engine gives 2/3, whatever the file says.
        answer("q2", "kinds", "sort", {"S02": "claim", "S05": "claim", "S21": "denial"},
               correct=True, score=1.0),
    ]))  # fmt: skip


@pytest.fixture
def klass(tmp_path: Path) -> Path:
    folder = tmp_path / "class"
    small_class(folder)
    return folder


def by_question(book: _gradebook.Gradebook) -> dict[str, dict]:
    return {row["question"]: row for row in book.items.to_dict("records")}


def by_student(book: _gradebook.Gradebook) -> dict[str, dict]:
    return {row["student"]: row for row in book.students.to_dict("records")}


# ----------------------------------------------------------------------------- grading


def test_item_analysis_matches_figures_computed_by_hand(klass: Path, course: Course) -> None:
    """Does the item analysis of a class of four match the figures worked out by hand?"""
    items = by_question(gradebook(klass, course=course))
    # First attempts: pick: Ada a (she tried b later), Ben c, Cy a, Dee b (right).
    assert items["pick"]["n_answered"] == 4
    assert items["pick"]["share_correct"] == pytest.approx(0.25)
    assert items["pick"]["mean_score"] == pytest.approx(0.25)
    assert items["pick"]["mean_latest"] == pytest.approx(0.5)  # Ada's retry
    assert items["pick"]["wrong_options"] == "First: 2; Third: 1"  # texts, not letters
    # many (key a, c): Ada {a,c}=1, Ben {a,b}=(1-1)/2=0, Cy {a,b,c}=(2-1)/2=.5, Dee {c}=.5.
    assert items["many"]["share_correct"] == pytest.approx(0.25)
    assert items["many"]["mean_score"] == pytest.approx(0.5)
    assert items["many"]["wrong_options"] == "B: 2"
    # sure: Ada Brier ((.9-1)^2 + .2^2)/2 = .025, Ben ((.5-1)^2 + .9^2)/2 = .53; the score
    # is the skill against always saying 50 % (Brier .25): 1 - .025/.25 = .9, and 0 for Ben.
    assert items["sure"]["n_answered"] == 2
    assert items["sure"]["mean_brier"] == pytest.approx((0.025 + 0.53) / 2)
    assert items["sure"]["mean_score"] == pytest.approx((0.9 + 0.0) / 2)
    assert items["sure"]["share_correct"] == pytest.approx(0.5)  # Ada within 0.25 of both
    assert items["sure"]["lean"] == pytest.approx(((-0.1 + 0.2) / 2 + (-0.5 + 0.9) / 2) / 2)
    # order is re-scored, not read from the file: Ada 2/3 (her file says .5), Cy 1.
    assert items["order"]["mean_score"] == pytest.approx((2 / 3 + 1) / 2, abs=1e-4)
    assert items["order"]["share_correct"] == pytest.approx(0.5)
    # kinds: Dee's file claims 1.0; two of three statements are right.
    assert items["kinds"]["mean_score"] == pytest.approx(2 / 3, abs=1e-4)
    assert items["kinds"]["share_correct"] == pytest.approx(0.0)
    assert items["think"]["n_answered"] == 2
    assert math.isnan(items["think"]["mean_score"])
    assert items["think"]["share_answered"] == pytest.approx(0.5)


def test_wrong_options_table_counts_every_wrong_pick(klass: Path, course: Course) -> None:
    """Are the wrong options counted per question, most chosen first?"""
    wrong = gradebook(klass, course=course).wrong_options
    rows = list(wrong[["question", "option", "count"]].itertuples(index=False, name=None))
    assert rows == [("many", "b", 2), ("pick", "a", 2), ("pick", "c", 1)]  # first attempts
    assert wrong["share"].tolist() == pytest.approx([0.5, 0.5, 0.25])


def test_student_scores_match_figures_computed_by_hand(klass: Path, course: Course) -> None:
    """Are lesson scores, totals and completion right, with unanswered questions as 0?"""
    book = gradebook(klass, course=course)
    students = by_student(book)
    # One row per student, sorted by name ignoring case ("<" sorts before letters).
    assert list(book.students["student"]) == [SCRIPT, "Ada", "Ben", "Cy"]
    ada = students["Ada"]
    # Per lesson: answered/total, and a percentage of the lesson's points; every item of a
    # lesson is a point, the reflection included (0 until the teacher levels it).
    assert ada["q1 %"] == pytest.approx(50.0)  # first attempts count: her first "pick" was wrong
    assert (ada["q1 answered"], ada["q2 answered"]) == ("2/2", "3/4")
    assert ada["q2 %"] == pytest.approx(100 * (0.9 + 2 / 3) / 4, abs=1e-2)
    assert ada["total"] == pytest.approx((1 + 0.9 + 2 / 3) / 6, abs=1e-4)
    assert ada["total_first"] == ada["total"]
    assert ada["total_latest"] == pytest.approx((2 + 0.9 + 2 / 3) / 6, abs=1e-4)
    assert (ada["answered"], ada["completion"], ada["attempts"]) == (5, pytest.approx(5 / 6), 6)
    ben = students["Ben"]
    assert ben["q1 %"] == pytest.approx(0.0)  # the edited score of 1.0 for "pick" is not believed
    assert ben["total"] == pytest.approx(0.0)
    assert ben["completion"] == pytest.approx(3 / 6)
    assert ben["q2 answered"] == "1/4"  # skipped items are counted as not answered, not wrong
    assert students["Cy"]["q1 %"] == pytest.approx(25.0)
    assert students["Cy"]["answered"] == 3  # her short reflection is saved but not counted
    assert students[SCRIPT]["total"] == pytest.approx((1 + 0.5 + 2 / 3) / 6, abs=1e-4)
    assert students[SCRIPT]["completion"] == pytest.approx(3 / 6)
    assert book.problems.empty and book.duplicates.empty


@pytest.mark.parametrize(("policy", "ada_q1"), [("first", 50), ("best", 100), ("latest", 100)])
def test_the_score_policy_picks_the_attempt(
    klass: Path, course: Course, policy: str, ada_q1: float
) -> None:
    """Does --score first|best|latest pick the attempt that counts, and the item analysis
    stay on first attempts whatever the policy?"""
    book = gradebook(klass, course=course, score=policy)
    assert by_student(book)["Ada"]["q1 %"] == pytest.approx(ada_q1)
    assert by_question(book)["pick"]["mean_score"] == pytest.approx(0.25)


def test_a_best_attempt_is_the_highest_score_not_the_last(tmp_path: Path, course: Course) -> None:
    """Does `best` keep a right first answer that a later wrong one followed?"""
    write(tmp_path, "eve.json", answer_file("Eve", [
        answer("q1", "pick", "single", "b"), answer("q1", "pick", "single", "a"),
    ]))  # fmt: skip
    scores = {p: by_student(gradebook(tmp_path, course=course, score=p))["Eve"]["q1 %"]
              for p in ("first", "best", "latest")}  # fmt: skip
    assert scores == {"first": 50.0, "best": 50.0, "latest": 0.0}


def test_discrimination_is_the_upper_lower_index(klass: Path, course: Course) -> None:
    """Is discrimination the top quarter's mean item score minus the bottom quarter's?"""
    items = by_question(gradebook(klass, course=course))
    # First-attempt totals: Ben 0 (bottom) ... Ada 2.57 (top). many: Ada 1, Ben 0.
    assert items["many"]["discrimination"] == pytest.approx(1.0)
    assert items["pick"]["discrimination"] == pytest.approx(0.0)  # both got pick wrong first
    assert math.isnan(items["kinds"]["discrimination"])  # one answer: no index


def test_edited_scores_and_responses_are_rescored(tmp_path: Path, course: Course) -> None:
    """Is every score in a file ignored, and an edited response scored as what it now says?"""
    write(tmp_path, "eve.json", answer_file("Eve", [
        answer("q1", "pick", "single", "b", correct=False, score=0.0),  # right, file says 0
        answer("q2", "kinds", "sort", {"S02": "fact", "S05": "claim", "S21": "denial"},
               correct=False, score=0.0),  # all right, file says 0
        answer("q2", "order", "order", ["c", "b", "a"], correct=True, score=1.0),  # all wrong
        answer("q2", "sure", "confidence", {"S05": 1, "S09a": 0}, score=0.0, brier=1.0),
    ]))  # fmt: skip
    eve = by_student(gradebook(tmp_path, course=course))["Eve"]
    assert eve["q1 %"] == pytest.approx(100 / 2)
    assert eve["q2 %"] == pytest.approx(100 * (1.0 + 0.0 + 1.0) / 4)


def test_a_single_file_and_a_list_of_files_are_read_too(klass: Path, course: Course) -> None:
    """Does gradebook() take one file, or a list of files, as well as a folder?"""
    assert list(gradebook(klass / "ada.json", course=course).students["student"]) == ["Ada"]
    both = gradebook([klass / "cy.json", str(klass / "ben.json")], course=course)
    assert list(both.students["student"]) == ["Ben", "Cy"]


# ----------------------------------------------------------------------------- bad files


def bad_files(folder: Path) -> dict[str, tuple[str, bool]]:
    """Write one file of every bad kind; return {name: (reason pattern, still graded)}."""
    good = answer_file("Eve", [answer("q1", "pick", "single", "b")])
    text = json.dumps(good, indent=1).encode()
    write(folder, "corrupted.json", text[:40] + bytes([0xFF, 0xFE, 0x00, 0x9C]) + text[44:])
    write(folder, "garbled.json", text.replace(b'"answers"', b'"answers" ;;'))
    write(folder, "truncated.json", text[: len(text) // 2])
    write(folder, "empty.json", b"")
    write(folder, "notebook.json", {"cells": [], "nbformat": 4})
    write(folder, "list.json", b"[1, 2, 3]")
    write(folder, "newer.json", answer_file("Fay", [], course_version="0.99.0"))
    write(folder, "newer-major.json", answer_file("Gus", [], course_version="7.0.0"))
    write(folder, "format2.json", answer_file("Hal", [], format_version=2))
    write(folder, "noversion.json", answer_file("Ida", [], course_version="latest"))
    write(folder, "nostudent.json", answer_file("  ", []))
    write(folder, "badanswer.json", answer_file("Jo", [{"quiz": "q1"}]))
    big = answer_file("Kim", [])
    big["padding"] = "x" * (_store.MAX_FILE_BYTES + 10)
    write(folder, "oversized.json", big)
    write(folder, "removed.json", answer_file("Lou", [
        answer("q1", "pick", "single", "b"),
        answer("q1", "gone-question", "single", "a"),
    ]))  # fmt: skip
    write(folder, "retyped.json", answer_file("Max", [answer("q2", "order", "single", "a")]))
    write(folder, "unscorable.json", answer_file("Ned", [answer("q1", "pick", "single", ["b"])]))
    write(folder, "older.json", answer_file("Oda", [answer("q1", "pick", "single", "b")],
                                            course_version="0.0.3"))  # fmt: skip
    # Ada again: an earlier export, named so that it sorts after ada.json.
    write(folder, "zz-ada-earlier.json", answer_file(" ADA ", [], exported_at="2026-11-26T09:00"))
    return {
        "corrupted.json": (r"not text", False),
        "garbled.json": (r"broken JSON at line \d+, column \d+", False),
        "truncated.json": (r"stops part-way through \(truncated\?\)", False),
        "empty.json": (r"empty", False),
        "notebook.json": (r"not a medialit answer file", False),
        "list.json": (r"not a medialit answer file", False),
        "newer.json": (r"newer course version \(0\.99\.0\)", False),
        "newer-major.json": (r"newer course version \(7\.0\.0\)", False),
        "format2.json": (r"format_version 2", False),
        "noversion.json": (r"'latest' is not a version", False),
        "nostudent.json": (r"no student name", False),
        "badanswer.json": (r"answer 1 is not a complete answer", False),
        "oversized.json": (r"over the 5 MB cap", False),
        "removed.json": (r"no longer exist.*q1/gone-question", True),
        "retyped.json": (r"type has changed.*q2/order", True),
        "unscorable.json": (r"cannot be scored.*q1/pick", True),
        "older.json": (r"older course version 0\.0\.3: graded", True),
        "zz-ada-earlier.json": (r"same student as .*ada\.json .*exported earlier", False),
    }


def test_every_bad_file_is_reported_and_every_good_file_still_graded(
    klass: Path, course: Course
) -> None:
    """Is each bad file named with its reason, while all good files are still graded?"""
    expected = bad_files(klass)
    book = gradebook(klass, course=course)
    reported = {Path(f).name: (r, g) for f, r, g in book.problems.itertuples(index=False)}
    assert set(reported) == set(expected)
    for name, (pattern, graded) in expected.items():
        reason, was_graded = reported[name]
        assert re.search(pattern, reason), f"{name}: {reason}"
        assert was_graded is graded, name
    graded = {"Ada", "Ben", "Cy", SCRIPT, "Lou", "Max", "Ned", "Oda"}
    assert set(book.students["student"]) == graded
    # The good answers in files with notes count; the left-out ones do not.
    students = by_student(book)
    assert students["Lou"]["answered"] == 1 and students["Lou"]["q1 %"] == pytest.approx(50)
    assert students["Max"]["answered"] == 0 and students["Ned"]["answered"] == 0
    assert students["Oda"]["q1 %"] == pytest.approx(50)
    # Ada's figures are those of her later export.
    assert students["Ada"]["answered"] == 5
    assert Path(students["Ada"]["file"]).name == "ada.json"


def test_duplicates_keep_the_latest_export_whatever_the_file_order(
    tmp_path: Path, course: Course
) -> None:
    """Is the later export kept, even when its file name sorts first, and the pair reported?"""
    wrong, right = answer("q1", "pick", "single", "a"), answer("q1", "pick", "single", "b")
    early = answer_file("Ada", [wrong], exported_at="2026-11-27T15:00:00+01:00")
    late = answer_file("ada", [wrong, right], exported_at="2026-11-27T14:30:00+00:00")
    write(tmp_path, "a-late.json", late)
    write(tmp_path, "b-early.json", early)  # 15:00+01:00 is 14:00 UTC, the earlier export
    book = gradebook(tmp_path, course=course)
    assert len(book.students) == 1
    assert book.students.loc[0, "attempts"] == 2  # the later file's two attempts
    dup = book.duplicates.to_dict("records")
    assert len(dup) == 1
    assert Path(dup[0]["kept"]).name == "a-late.json"
    assert Path(dup[0]["dropped"]).name == "b-early.json"
    assert list(book.problems["file"].map(lambda f: Path(f).name)) == ["b-early.json"]


def test_a_newer_patch_version_is_graded_without_a_note(tmp_path: Path, course: Course) -> None:
    """Is a file from a newer patch release graded silently, and a newer minor one refused?"""
    write(tmp_path, "patch.json", answer_file("Pat", [], course_version="0.1.9"))
    write(tmp_path, "minor.json", answer_file("Min", [], course_version="0.2.0"))
    book = gradebook(tmp_path, course=course, course_version="0.1.0")
    assert list(book.students["student"]) == ["Pat"]
    assert [Path(f).name for f in book.problems["file"]] == ["minor.json"]


def test_a_missing_path_is_reported_not_raised(tmp_path: Path, course: Course) -> None:
    """Does a path that does not exist become a problem instead of an error?"""
    book = gradebook([tmp_path / "nowhere"], course=course)
    assert book.students.empty
    assert book.problems.loc[0, "reason"] == "no such file or folder"


# ----------------------------------------------------------------------------- the engine


TINY_BANK = bank(
    "tiny-bank",
    "Tiny",
    PICK,
    MANY,
    SURE,
    THINK,
    """\
  - id: hedge
    type: mark
    prompt: Mark the hedge.
    sentence: S23
    target: hedge
    feedback: Seem to indicate.
""",
)


def test_the_gradebook_agrees_with_the_quiz_engine(tmp_path: Path) -> None:
    """Do files exported by the real quiz engine and store grade to the engine's own scores?"""
    from medialit import load_quiz

    course = make_course(tmp_path / "course", {"tiny-bank": TINY_BANK})
    responses = {
        "Ada": {
            "pick": "b",
            "many": ["a", "b", "c"],
            "sure": {"S05": 0.8, "S09a": 0.4},
            "hedge": [8],
        },
        "Ben": {
            "pick": "c",
            "many": ["b"],
            "sure": {"S05": 0.2, "S09a": 0.9},
            "think": "A guess: " + "they say so " * 5,
        },
    }
    expected = {}
    for student, answers in responses.items():
        quiz = load_quiz("tiny-bank", student=student, course=course)
        results = {}
        for qid, stored in answers.items():
            question = quiz[qid]  # the student types the letters shown to them
            results[qid] = question.answer(question.item.to_shown(question, stored))
        assert all(r.valid and r.saved for r in results.values())
        expected[student] = results
        _store.export(tmp_path / f"{student}.json", student=student)
    book = gradebook([tmp_path / "Ada.json", tmp_path / "Ben.json"], course=course)
    assert book.problems.empty
    items = by_question(book)
    assert items["hedge"]["mean_score"] == pytest.approx(expected["Ada"]["hedge"].score)
    for qid in ("pick", "many", "sure"):
        scores = [expected[s][qid].score for s in responses]
        corrects = [expected[s][qid].correct for s in responses]
        assert items[qid]["mean_score"] == pytest.approx(sum(scores) / 2, abs=1e-4), qid
        assert items[qid]["share_correct"] == pytest.approx(sum(corrects) / 2), qid
    briers = [expected[s]["sure"].brier for s in responses]
    assert items["sure"]["mean_brier"] == pytest.approx(sum(briers) / 2, abs=1e-4)
    assert by_student(book)["Ben"]["answered"] == 4


# ----------------------------------------------------------------------------- the command


@pytest.fixture
def own_catalogue(monkeypatch: pytest.MonkeyPatch, course: Course) -> None:
    """The command grades against the small course (it is the default course here)."""
    monkeypatch.setattr(_course, "_default_course", lambda: course)


@pytest.mark.usefixtures("own_catalogue")
def test_the_command_writes_five_files(klass: Path, tmp_path: Path, capsys: Any) -> None:
    """Does `medialit gradebook` write the CSV files and the report, and say where?"""
    bad_files(klass)
    out = tmp_path / "out"

    assert main(["gradebook", str(klass), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "items.csv", "problems.csv", "reflections.csv", "report.html", "search-answers.csv",
        "students", "students.csv",
    ]  # fmt: skip
    assert len(list((out / "students").glob("student-*.html"))) == 8
    import pandas as pd

    students = pd.read_csv(out / "students.csv")
    assert len(students) == 8 and "completion" in students.columns
    assert len(pd.read_csv(out / "problems.csv")) == 18
    assert list(pd.read_csv(out / "items.csv")["question"]) == [
        "pick", "many", "sure", "order", "kinds", "think",
    ]  # fmt: skip
    printed = capsys.readouterr().out
    assert "Graded 8 students" in printed and str(out.resolve()) in printed


@pytest.mark.usefixtures("own_catalogue")
def test_nothing_readable_exits_non_zero_with_a_message(tmp_path: Path, capsys: Any) -> None:
    """Does the command fail clearly, without a traceback, when no file could be graded?"""
    write(tmp_path, "broken.json", b"{")
    code = main(["gradebook", str(tmp_path), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 1
    assert "no answer file could be graded" in err and "broken.json" in err
    assert "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_broken_banks_give_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """Does a broken question bank stop the command with a message naming the problem?"""

    def broken(course: object = None) -> dict:
        raise ValueError("quizzes/x.yaml, question 'y': no options")

    monkeypatch.setattr(_gradebook, "catalogue", broken)
    code = main(["gradebook", str(tmp_path), "--out", str(tmp_path / "o")])
    assert code == 1
    assert "quizzes/x.yaml, question 'y'" in capsys.readouterr().err


@pytest.mark.usefixtures("own_catalogue")
def test_the_report_escapes_student_strings_and_stands_alone(klass: Path, tmp_path: Path) -> None:
    """Is a student named <script> escaped, and does the report need no server or network?"""
    write(klass, "dup.json", answer_file(SCRIPT, [], exported_at="2026-01-01T00:00:00+00:00"))
    write(klass, "odd.json", answer_file("Zed", [answer(SCRIPT, "<b>x</b>", "single", "a")]))
    out = tmp_path / "out"
    assert main(["gradebook", str(klass), "--out", str(out)]) == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "<b>x</b>" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # students, dup, problem
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    images = re.findall(r'<img alt="[^"]+" src="([^"]{0,30})', page)
    assert len(images) == 3 and all(s.startswith("data:image/svg+xml;base64,") for s in images)
    for heading in ("Score distribution", "Hardest questions", "Most chosen wrong answers",
                    "Problems"):  # fmt: skip
        assert f"<h2>{heading}</h2>" in page


def _charts(page: str) -> dict[str, Any]:
    """The class page's charts by their alternative text, each parsed as XML (SVG)."""
    import base64
    import html
    import xml.etree.ElementTree as ET

    found = re.findall(r'<img alt="([^"]+)" src="data:image/svg\+xml;base64,([^"]+)"', page)
    # Our own output, parsed to check it: S314 is about XML from elsewhere.
    return {html.unescape(alt): ET.fromstring(base64.b64decode(data)) for alt, data in found}  # noqa: S314


def _bar_titles(chart: Any) -> list[str]:
    ns = "{http://www.w3.org/2000/svg}"
    return [bar.find(f"{ns}title").text for bar in chart.iter(f"{ns}rect") if bar.get("class")]


def test_the_charts_show_the_classs_figures(tmp_path: Path) -> None:
    """Do the class page's charts (SVG, no network) show the histogram numpy gives the totals
    in ten bins from 0 to 1, the hardest questions' mean scores and the wrong answers' counts,
    with an option's text in a label escaped?"""
    import numpy as np

    from medialit._report import render_html

    course = make_course(tmp_path / "c", {"q1": Q1, "q2": Q2})
    small_class(tmp_path / "k")
    book = gradebook(tmp_path / "k", course=course)
    charts = _charts(render_html(book))
    assert len(charts) == 3
    counts, _ = np.histogram(book.students["total"].dropna(), bins=[i / 10 for i in range(11)])
    histogram = _bar_titles(charts["Histogram of students' total scores from 0 to 1"])
    assert [int(t.rsplit(": ", 1)[1]) for t in histogram] == counts.tolist()
    hardest = book.items[book.items["mean_score"].notna()].sort_values(
        ["mean_score", "share_correct", "quiz", "question"], kind="stable"
    )
    bars = _bar_titles(charts["The hardest questions by mean score"])
    expected = [f"{q} / {i}: {m:.1f}" for q, i, m in hardest.head(10)[
        ["quiz", "question", "mean_score"]].itertuples(index=False)]  # fmt: skip
    assert bars == expected
    wrong = _bar_titles(charts["The most chosen wrong answers"])
    assert wrong[0].startswith("q1 / ") and wrong[0].endswith(f": {book.wrong_options['count'][0]}")
    # A label holding markup (an option's text) is text in the SVG, not an element.
    from medialit._report import _bars_svg

    svg = _charts(_bars_svg([SCRIPT], [3.0], "x", "students", False, "#000"))["x"]
    assert _bar_titles(svg) == [f"{SCRIPT}: 3"]
    assert not any(e.tag.endswith("script") for e in svg.iter())


# ----------------------------------------------------------------------------- make_class


def _make_class_module() -> Any:
    spec = importlib.util.spec_from_file_location("make_class", ROOT / "benchmarks/make_class.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_class", module)
    spec.loader.exec_module(module)
    return module


def test_a_generated_class_is_graded_with_each_bad_file_reported(tmp_path: Path) -> None:
    """Does the generated class, bad files mixed in, grade as its manifest says it should?"""
    make_class = _make_class_module()
    manifest = make_class.make_class(tmp_path / "a", students=40, seed=3, bad_each=2)
    again = make_class.make_class(tmp_path / "b", students=40, seed=3, bad_each=2)
    assert manifest == again
    for name in manifest:  # deterministic for a seed, byte for byte
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    book = gradebook(tmp_path / "a")
    reported = {Path(f).name: g for f, _, g in book.problems.itertuples(index=False)}
    bad = {name: kind for name, kind in manifest.items() if kind != "good"}
    assert reported.pop("manifest.txt") is False  # listed as skipped, never silently ignored
    assert set(reported) == set(bad)
    assert {kind for kind in bad.values()} == {*make_class.BAD_KINDS, "oversized"}
    for name, kind in bad.items():
        assert reported[name] is (kind in make_class.GRADED_KINDS), name
    graded = sum(kind == "good" or kind in make_class.GRADED_KINDS for kind in manifest.values())
    assert len(book.students) == graded
    assert book.items["n_answered"].gt(0).all()


@pytest.mark.usefixtures("own_catalogue")
def test_csv_files_defuse_spreadsheet_formulas(tmp_path: Path) -> None:
    """Is a student named like a spreadsheet formula written as text in students.csv?"""
    write(tmp_path, "evil.json", answer_file('=HYPERLINK("http://x","y")', []))
    out = tmp_path / "out"
    assert main(["gradebook", str(tmp_path), "--out", str(out)]) == 0
    import pandas as pd

    assert pd.read_csv(out / "students.csv")["student"].tolist() == ['\'=HYPERLINK("http://x","y")']


def test_the_command_grades_against_another_course(
    klass: Path, course: Course, tmp_path: Path, capsys: Any
) -> None:
    """Does `medialit gradebook --course FOLDER` grade with that course's banks, and does a
    folder that is no course give a message, not a traceback?"""

    out = tmp_path / "out"
    assert main(["gradebook", str(klass), "--out", str(out), "--course", str(course.folder)]) == 0
    import pandas as pd

    assert {"q1 %", "q2 %"} <= set(pd.read_csv(out / "students.csv").columns)
    assert main(["gradebook", str(klass), "--course", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert "not a course folder" in err and "Traceback" not in err


def test_other_files_in_the_folder_are_listed_as_skipped(klass: Path, course: Course) -> None:
    """Is a README or a zip in the hand-in folder listed with the reason, never fatal?"""
    (klass / "README.md").write_text("Hand-ins for class 10b.", encoding="utf-8")
    (klass / "late.zip").write_bytes(b"PK\x03\x04")
    book = gradebook(klass, course=course)
    reasons = {Path(f).name: (r, g) for f, r, g in book.problems.itertuples(index=False)}
    assert reasons["README.md"] == (
        "skipped: not an answer file (answer files end in .json; this one has .md)",
        False,
    )
    assert "a zip archive; unpack it" in reasons["late.zip"][0]
    assert len(book.students) == 4


def test_levels_round_trip_through_reflections_csv(
    klass: Path, course: Course, tmp_path: Path, capsys: Any
) -> None:
    """Does the gradebook write reflections.csv, read back the levels a teacher types into it,
    count them in the grades, keep the comments, and report a level that is not a rubric level
    with its row?"""
    import pandas as pd

    out = tmp_path / "out"
    assert main(["gradebook", str(klass), "--out", str(out), "--course", str(course.folder)]) == 0
    sheet = pd.read_csv(out / "reflections.csv", keep_default_na=False)
    assert list(sheet.columns) == ["student", "lesson", "item", "text", "words", "level", "comment"]
    assert sorted(sheet["student"]) == ["Ada", "Cy"] and set(sheet["level"]) == {""}
    assert sheet.set_index("student").loc["Ada", "words"] == 18
    before = by_student(gradebook(klass, course=course))
    sheet.loc[sheet["student"] == "Ada", ["level", "comment"]] = ["Proficient", "Names the gap."]
    sheet.loc[sheet["student"] == "Cy", "level"] = "Excellent"
    sheet.to_csv(out / "reflections.csv", index=False)
    assert main(["gradebook", str(klass), "--out", str(out), "--course", str(course.folder)]) == 0
    after = by_student(gradebook(klass, course=course, levels=out / "reflections.csv"))
    # "think" is one of the six points from the start: levelling it changes no one's maximum,
    # and Ada's Proficient is worth one.
    assert after["Ada"]["max_points"] == 6 == before["Ada"]["max_points"]
    assert after["Cy"]["max_points"] == before["Cy"]["max_points"]
    assert after["Ada"]["points"] == pytest.approx(before["Ada"]["points"] + 1.0, abs=1e-4)
    assert after["Cy"]["points"] == pytest.approx(before["Cy"]["points"], abs=1e-4)
    again = pd.read_csv(out / "reflections.csv", keep_default_na=False).set_index("student")
    assert (again.loc["Ada", "level"], again.loc["Ada", "comment"]) == (
        "Proficient",
        "Names the gap.",
    )
    problems = pd.read_csv(out / "problems.csv")
    row = problems[problems["reason"].str.contains("Excellent")]
    assert (
        len(row) == 1
        and "row 3: level 'Excellent' is not one of Proficient" in row.iloc[0]["reason"]
    )
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<h2>Written answers</h2>" in page and "Names the gap." in page


def test_the_command_takes_a_score_policy(klass: Path, course: Course, tmp_path: Path) -> None:
    """Does --score latest grade the retries, and does the default grade first attempts?"""
    import pandas as pd

    totals = {}
    for policy in ("first", "latest"):
        out = tmp_path / policy
        args = ["gradebook", str(klass), "--out", str(out), "--course", str(course.folder)]
        assert main([*args, "--score", policy] if policy != "first" else args) == 0
        students = pd.read_csv(out / "students.csv").set_index("student")
        totals[policy] = students.loc["Ada", "q1 %"]
    assert totals == {"first": 50.0, "latest": 100.0}


def test_each_students_gain_from_the_pre_to_the_post_check(tmp_path: Path) -> None:
    """Does the gradebook score the course's pre-check (lesson 00) and post-check (lesson 09)
    on first attempts, give each student's gain, and the class's in the report?"""
    from medialit import load_quiz
    from medialit._report import render_html

    course = load_course()

    def answer_check(student: str, items: tuple[str, ...], right: int) -> None:
        for n, item in enumerate(items):
            slug, qid = item.split("/")
            question = load_quiz(slug, student=student)[qid]
            good = n < right
            shown = next(s for s, _, c in question.shown_choices if bool(c["correct"]) == good)
            assert question.answer(shown).saved

    answer_check("Ada", course.pre_check, right=2)
    answer_check("Ada", course.post_check, right=5)
    answer_check("Ben", course.pre_check, right=4)  # Ben has not reached lesson 09
    for name in ("Ada", "Ben"):
        _store.export(tmp_path / f"{name}.json", student=name)
    book = gradebook(tmp_path)
    students = by_student(book)
    assert (students["Ada"]["pre"], students["Ada"]["post"]) == (0.4, 1.0)
    assert students["Ada"]["gain"] == pytest.approx(0.6)
    assert students["Ben"]["pre"] == 0.8 and math.isnan(students["Ben"]["gain"])
    assert "1 students answered both checks" in render_html(book)
    assert "a gain of +0.60" in render_html(book)


def test_a_check_naming_a_missing_question_is_refused(tmp_path: Path) -> None:
    """Does a course.yaml whose pre_check names no question fail, naming it?"""
    folder = tmp_path / "course"
    course = make_course(folder, {"q1": Q1})
    (folder / "course.yaml").write_text(
        "title: Test\nlessons: [q1]\npre_check: [q1/nothing]\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="pre_check names q1/nothing"):
        gradebook(tmp_path / "none", course=load_course(folder))
    assert course.pre_check == ()


# ----------------------------------------------------------------------------- spreadsheets


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(",", "utf-8"), (",", "utf-8-sig"), (";", "utf-8-sig"), (";", "cp1252"), ("\t", "utf-16")],
)
def test_levels_are_read_as_spreadsheets_save_them(
    tmp_path: Path, delimiter: str, encoding: str
) -> None:
    """Are levels read back from a reflections.csv saved with commas or semicolons, in UTF-8
    (with or without a BOM) or cp1252, with a line break inside a cell; and is a row that
    cannot be read reported with its row number?"""
    from medialit._reflections import read_levels

    rows = [
        ["student", "lesson", "item", "text", "words", "level", "comment"],
        ["Zoë Müller", "q2", "think", "Line one\nline two; with é", "5", "Proficient", "Très bien"],
        ["Ben", "q2", "think", "x", "1", "emergent", ""],
        ["Cy", "q2", "think", "x", "1", "Emergent", "", "stray"],
        ["", "q2", "think", "x", "1", "Basic", ""],
        ["Dee", "q2", "think", "x", "1", "Great", ""],
    ]
    import csv as csv_module
    import io

    buffer = io.StringIO()
    csv_module.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "reflections.csv"
    if encoding == "utf-16":  # not a spreadsheet's CSV: reported, not misread
        path.write_bytes(buffer.getvalue().encode("utf-16"))
        levels, problems = read_levels(path)
        assert levels == {} and len(problems) == 1
        return
    path.write_bytes(buffer.getvalue().encode(encoding))
    levels, problems = read_levels(path)
    assert levels == {
        ("zoë müller", "q2", "think"): ("proficient", "Très bien"),
        ("ben", "q2", "think"): ("emergent", ""),
    }
    reasons = sorted(reason for _, reason, _ in problems)
    assert [r.split(":")[0] for r in reasons] == ["row 4", "row 5", "row 6"]
    assert "more cells" in reasons[0] and "without its student" in reasons[1]
    assert "'Great' is not one of" in reasons[2]


# ----------------------------------------------------------------------------- lessons, pages


def test_the_lesson_option_grades_only_those_lessons(
    klass: Path, course: Course, tmp_path: Path, capsys: Any
) -> None:
    """Does `lessons=` (and `--lesson`, by slug or number) grade only the lessons named, out of
    their own points, without calling the other lessons' answers unknown?"""
    book = gradebook(klass, course=course, lessons=["1"])  # lesson 1 is q2
    assert book.quizzes == ["q2"] and set(book.items["quiz"]) == {"q2"}
    ada = by_student(book)["Ada"]
    assert "q1 %" not in ada and ada["max_points"] == 4 and ada["q2 answered"] == "3/4"
    assert ada["total"] == pytest.approx((0.9 + 2 / 3) / 4, abs=1e-4)
    assert book.problems.empty  # q1's answers are passed over, not "no longer exist"
    with pytest.raises(_gradebook.UnknownLesson, match="no lesson 'q9'"):
        gradebook(klass, course=course, lessons=["q9"])
    out = tmp_path / "out"
    args = ["gradebook", str(klass), "--out", str(out), "--course", str(course.folder)]
    assert main([*args, "--lesson", "q1"]) == 0
    import pandas as pd

    columns = list(pd.read_csv(out / "students.csv").columns)
    assert "q1 %" in columns and "q2 %" not in columns
    assert main([*args, "--lesson", "nowhere"]) == 2
    assert "no lesson 'nowhere'" in capsys.readouterr().err


def _page_of(out: Path, student: str) -> str:
    """The page of one student, found through the class page's link to it."""
    import html

    report = (out / "report.html").read_text(encoding="utf-8")
    links = dict(
        (html.unescape(name), href)
        for href, name in re.findall(r'<a href="(students/[^"]+)">([^<]*)</a>', report)
    )
    return (out / links[student]).read_text(encoding="utf-8")


def test_a_page_per_student_shows_each_item_as_they_saw_it(
    klass: Path, course: Course, tmp_path: Path
) -> None:
    """Is there a page per student, linked from the class page, with their own option letters
    and texts (their shuffle), their sort, skipped items as skipped, the key beside, and
    every name and answer escaped?"""
    from medialit._quiz import read_quiz
    from medialit._report import write_report

    write(klass, "eve.json", answer_file("Eve", [
        answer("q2", "think", "reflection", SCRIPT + " because the denial comes from the side "
               "accused and nobody else has checked it yet at all"),
    ]))  # fmt: skip
    out = tmp_path / "out"
    write_report(gradebook(klass, course=course), out)
    ada = _page_of(out, "Ada")
    pick = read_quiz("q1", "Ada", course=course).question("pick")
    letter = pick.shown_letter("a")  # Ada's first try: the bank's "a", First
    assert f"{letter}) First <b>(chosen)</b>" in ada
    # All three options in her order, under her letters.
    order = [f"{shown}) {choice['text']}" for shown, _, choice in pick.shown_choices]
    assert [ada.index(o) for o in order] == sorted(ada.index(o) for o in order)
    assert "✓ right: Second" in ada  # the key beside
    assert "Skipped: not answered" in ada  # she did not sort
    ben = _page_of(out, "Ben")
    assert ben.count("Skipped: not answered") == 3  # order, kinds, think
    dee = _page_of(out, SCRIPT)
    assert "<script>" not in dee and "&lt;script&gt;" in dee
    assert "S02: For weeks" in dee and "claim" in dee  # her sort, statement by statement
    eve = _page_of(out, "Eve")
    assert "<script>" not in eve and "&lt;script&gt;alert(1)&lt;/script&gt; because" in eve
    assert "not levelled yet" in eve


def test_the_class_page_says_what_each_figure_means(klass: Path, tmp_path: Path) -> None:
    """Does the class page explain discrimination, mean Brier and lean in plain words, and name
    wrong answers by their text, not by a letter no student saw?"""
    from medialit._report import render_html

    page = render_html(gradebook(klass, course=make_course(tmp_path / "c", {"q1": Q1, "q2": Q2})))
    for words in ("separates strong from weak (discrimination)", "how far off (mean Brier)",
                  "too trusting (lean)", "never as a wrong\nanswer"):  # fmt: skip
        assert words in page
    assert "First: 2; Third: 1" in page  # the wrong answers of "pick", by text


def test_practice_articles_and_search_reasons_are_graded_by_default(tmp_path: Path) -> None:
    """With the package's course, are the practice articles' items graded as their own lessons
    (not dropped as questions that no longer exist), and are the reasons typed in a search item
    kept with what the student did, in search-answers.csv and on the pages?"""
    from medialit._gradebook import catalogue
    from medialit._report import write_report

    questions = catalogue()
    search = next(key for key, q in questions.items() if q.item.name == "search")
    spec = questions[search].spec
    careful = spec["first"][0]
    reason = "<b>The lab</b> has no stake; the ministry does."
    write(tmp_path, "ada.json", answer_file("Ada", [
        answer("ebola-outbreak", "source-in-s08", "mark", [0]),
        answer(*search, "search", {"queries": [spec["queries"][0]], "opened": [careful],
                                   "scanned": 3, "status": spec["answer"], "reason": reason}),
    ]))  # fmt: skip
    book = gradebook(tmp_path)
    assert book.problems.empty, book.problems.to_dict("records")
    assert {"ebola-outbreak", "world-bank-forecast"} <= set(book.quizzes)
    ebola = medialit.load_course(
        Path(_course.__file__).parent / "data" / "practice" / "ebola-outbreak"
    )
    scored = [q for q in medialit.load_quiz("ebola-outbreak", course=ebola).questions if q.scored]
    assert by_student(book)["Ada"]["ebola-outbreak answered"] == f"1/{len(scored)}"
    row = book.searches.to_dict("records")[0]
    assert (row["student"], row["lesson"], row["item"], row["reason"]) == ("Ada", *search, reason)
    assert row["opened"].startswith(f"{careful}) ")
    assert "opened a source with no stake before answering: yes" in row["habits"]
    assert "scanned the results, then opened a careful page first: yes" in row["habits"]
    out = tmp_path / "out"
    write_report(book, out)
    import pandas as pd

    assert pd.read_csv(out / "search-answers.csv")["reason"].tolist() == [reason]
    page = _page_of(out, "Ada")
    assert "&lt;b&gt;The lab&lt;/b&gt; has no stake" in page and "<b>The lab</b>" not in page
    assert "Search answers" in (out / "report.html").read_text(encoding="utf-8")


def test_grade_files_for_the_schools_platform(klass: Path, course: Course, tmp_path: Path) -> None:
    """Does --export write Canvas's, Moodle's and a plain layout, one column per lesson, each
    lesson's percentage, names defused?"""
    import csv as csv_module

    out = tmp_path / "out"
    args = ["gradebook", str(klass), "--out", str(out), "--course", str(course.folder)]
    assert main([*args, "--export", "canvas", "--export", "moodle", "--export", "csv"]) == 0

    def read(name: str) -> list[list[str]]:
        with open(out / name, encoding="utf-8", newline="") as handle:
            return list(csv_module.reader(handle))

    canvas = read("grades-canvas.csv")
    assert canvas[0] == [
        "Student", "ID", "SIS User ID", "SIS Login ID", "Section", "medialit q1", "medialit q2",
    ]  # fmt: skip
    rows = {row[0]: row for row in canvas[1:]}
    assert rows["Ada"][5:] == ["50.0", "39.2"]
    moodle = read("grades-moodle.csv")
    assert moodle[0] == ["Username", "Email address", "medialit q1", "medialit q2"]
    assert {row[0]: row[2] for row in moodle[1:]}["Ben"] == "0.0"
    plain = read("grades.csv")
    assert plain[0] == ["student", "q1", "q2", "total %"] and len(plain) == 5


def test_a_page_key_holds_the_chosen_wrong_feedback_not_the_others() -> None:
    """Does a student's key show the right option with its explanation and the feedback of
    the wrong option they chose, but not the feedback of a wrong option they did not choose;
    and, when they got it right, the key in one line without feedback?"""
    from types import SimpleNamespace

    from medialit._page_items import _lettered_key

    choices = [
        ("a", "a", {"text": "First", "correct": False, "feedback": "Chosen-wrong why."}),
        ("b", "b", {"text": "Second", "correct": True, "feedback": "Key explained."}),
        ("c", "c", {"text": "Third", "correct": False, "feedback": "Unchosen why."}),
    ]
    question = SimpleNamespace(shown_choices=choices)
    wrong = _lettered_key(question, SimpleNamespace(response="a"))  # type: ignore[arg-type]
    assert "Chosen-wrong why." in wrong and "Key explained." in wrong
    assert "Unchosen why." not in wrong
    right = _lettered_key(question, SimpleNamespace(response="b"))  # type: ignore[arg-type]
    assert "Second" in right and "Key explained." not in right and "why." not in right
