"""A student's session: an answer is a score plus a save; attempts and progress.

Between the model (`_quiz`, which scores and never saves) and the store (`_store`, the answer
file, which knows nothing of quizzes). `load_quiz` here is the public one: the quiz it returns
saves every valid answer for its student.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit import _settings, _store
from medialit._course import Course, load_course
from medialit._items import SAVED
from medialit._quiz import Question, Quiz, Result
from medialit._quiz import load_quiz as _load_quiz

if TYPE_CHECKING:
    import argparse

Attempts = dict[tuple[str, str], dict[str, Any]]


def record(question: Question, result: Result, student: str | None = None) -> tuple[bool, str]:
    """Save a scored answer; returns (saved, notice). Never raises on a storage problem."""
    entry = {
        "quiz": question.quiz_slug,
        "question": question.id,
        "type": question.type,
        "response": result.response,
        "correct": result.correct,
        "score": result.score,
        "brier": result.brier,
        "time": _store.now(),
    }
    try:
        return True, _store.append_answer(entry, student)
    except _store.StoreError as exc:
        return False, str(exc)
    except OSError as exc:
        return False, (
            f"Your answer could not be saved ({exc.strerror or exc}). "
            "Please show this message to your teacher."
        )


def load_quiz(
    slug_or_path: str | Path, student: str | None = None, *, course: Course | None = None
) -> Quiz:
    """Load a question bank for a student (default: the current one); answers are saved."""
    name = student or _store.current_student()
    quiz = _load_quiz(slug_or_path, name, course=course)

    def recorder(question: Question, result: Result) -> Result:
        result.saved, result.notice = record(question, result, name)
        return shown(quiz, result) if result.saved else result

    quiz.recorder = recorder
    return quiz


# --------------------------------------------------------------------------- assessment
def answered(quiz: Quiz, attempts: Attempts | None = None) -> int:
    """How many of a quiz's questions the student has answered so that it counts."""
    if attempts is None:
        attempts, _ = saved_answers(quiz.student)
    return quiz_progress(quiz, attempts).answered


def withholding(quiz: Quiz, attempts: Attempts | None = None) -> bool:
    """Are explanations held back: the lesson is in assessment mode and not yet all answered?"""
    return _settings.assessment(quiz.slug) and answered(quiz, attempts) < len(quiz.questions)


def withheld(quiz: Quiz, result: Result, attempts: Attempts | None = None) -> Result:
    """The result as assessment mode shows it: saved and acknowledged, nothing more."""
    done = answered(quiz, attempts)
    return Result(
        valid=True,
        correct=None,
        score=None,
        feedback=(
            "Your answer is saved. In this lesson your teacher shows the explanations once you "
            f"have answered every question ({done} of {len(quiz.questions)} answered so far)."
        ),
        verdict=SAVED,
        response=result.response,
        saved=result.saved,
        notice=result.notice,
        counted=result.counted,
    )


def shown(quiz: Quiz, result: Result) -> Result:
    """What a student sees of a saved result: all of it in practice mode, or in assessment
    mode once every question of the lesson is answered; else only that it was saved."""
    if not _settings.assessment(quiz.slug) or not result.counted:
        return result  # a nudge to write more gives nothing away
    attempts, _ = saved_answers(quiz.student)
    if answered(quiz, attempts) < len(quiz.questions):
        return withheld(quiz, result, attempts)
    note = "You have answered every question of this lesson, so the explanations are shown now."
    result.notice = f"{result.notice} {note}".strip()
    return result


# --------------------------------------------------------------------------- attempts
def latest(answers: Iterable[dict[str, Any]]) -> Attempts:
    """The latest attempt per (quiz, question)."""
    out: Attempts = {}
    for entry in answers:
        out[(str(entry.get("quiz")), str(entry.get("question")))] = entry
    return out


def first(answers: Iterable[dict[str, Any]]) -> Attempts:
    """The first attempt per (quiz, question)."""
    out: Attempts = {}
    for entry in answers:
        out.setdefault((str(entry.get("quiz")), str(entry.get("question"))), entry)
    return out


def saved_answers(student: str | None = None) -> tuple[Attempts, str]:
    """(the latest saved attempt per question, a notice) for a student; never raises."""
    try:
        data, notice = _store.load_answers(student)
    except _store.StoreError as exc:
        return {}, str(exc)
    except OSError:
        return {}, ""  # nothing to restore; saving will explain if it fails too
    return latest(data["answers"]), notice


# --------------------------------------------------------------------------- progress
@dataclass
class LessonProgress:
    """How far a student is in one quiz."""

    quiz: str
    answered: int
    total: int
    points: float
    scored_total: int

    def line(self) -> str:
        """One line of the summary."""
        return (
            f"{self.quiz:<22} {self.answered:>2} of {self.total:<2} answered   "
            f"score {self.points:.1f} of {self.scored_total}"
        )


@dataclass
class Progress:
    """A student's progress per quiz; its repr is a small table."""

    student: str
    lessons: list[LessonProgress]
    notice: str = ""

    def __repr__(self) -> str:
        lines = [f"Progress of {self.student}"]
        lines += [lesson.line() for lesson in self.lessons] or ["No quizzes found."]
        if self.notice:
            lines.append(self.notice)
        return "\n".join(lines)


def quiz_progress(quiz: Quiz, attempts: Attempts) -> LessonProgress:
    """Answered, total and points so far for one quiz, from one attempt per question.

    Points come from re-scoring each saved response with the bank as it is now, never from a
    score written in the file.
    """
    answered, points = 0, 0.0
    for question in quiz.questions:
        entry = attempts.get((quiz.slug, question.id))
        if entry is None or entry.get("type") != question.type:
            continue
        result = question.rescore(entry.get("response"))
        if result.valid and result.counted:
            answered += 1
            points += result.score or 0.0
    return LessonProgress(
        quiz.slug, answered, len(quiz.questions), points, len(quiz.scored_questions)
    )


def progress(student: str | None = None, *, course: Course | None = None) -> Progress:
    """Per quiz: how many questions are answered and the score so far."""
    course = course or load_course()
    name = student or _store.current_student()
    try:
        data, notice = _store.load_answers(name)
    except _store.StoreError as exc:
        return Progress(name, [], str(exc))
    attempts = latest(data["answers"])
    lessons = []
    for slug in course.bank_slugs():
        try:
            quiz = _load_quiz(slug, name, course=course)
        except ValueError:
            continue  # a broken bank is the author's problem; its tests say so
        lessons.append(quiz_progress(quiz, attempts))
    return Progress(name, lessons, notice)


@dataclass
class HandIn:
    """What a hand-in did: the file written (None if nothing was), and what to tell the student."""

    path: Path | None
    message: str

    def __repr__(self) -> str:
        return self.message


def _handed_in_at(path: Path) -> str:
    """When a hand-in file was written, for people: '2026-12-03 at 07:38 UTC'."""
    stamp = path.name.rsplit("--", 1)[-1][:16]  # 20261203T073806Z, then "-1" for a second one
    try:
        when = datetime.strptime(stamp, _store.HANDIN_STAMP)
    except ValueError:
        return stamp
    return when.strftime("%Y-%m-%d at %H:%M UTC")


def hand_in(student: str | None = None, folder: str | Path | None = None) -> HandIn:
    """Hand in: copy the student's answers, as a new file, into the teacher's hand-in folder
    (course settings), or beside the notebooks when none is set. Never raises."""
    name = student or _store.current_student()
    target_dir = Path(folder) if folder is not None else _settings.handin_folder()
    shared = target_dir is not None
    target_dir = target_dir if target_dir is not None else Path.cwd()
    try:
        data, _ = _store.load_answers(name)
        path = _store.hand_in(target_dir, name)
    except _store.StoreError as exc:
        return HandIn(None, str(exc))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return HandIn(
            None,
            f"Your answers could not be handed in to {target_dir} ({reason}). Nothing was lost: "
            f"they are still in {_store.answers_path(name)}. Show this message to your teacher.",
        )
    count = len(data["answers"])
    answers = f"{count} answer" if count == 1 else f"{count} answers"
    if shared:
        message = (
            f"Handed in {answers} of {name} on {_handed_in_at(path)}, as the file {path.name} "
            "in your teacher's hand-in folder."
        )
    else:
        message = (
            f"No hand-in folder is set, so your answers ({answers}) were written to {path}. "
            "Give that file to your teacher (for example by e-mail or your school's "
            "platform); your answers also stay in your own answer file."
        )
    return HandIn(path, message)


def cli_handin(args: argparse.Namespace) -> int:
    """`medialit handin [--student NAME] [--to FOLDER]`: hand in, say where."""
    student = getattr(args, "student", None)
    if student is not None:
        student, problem = _store.clean_name(student)
        if student is None:
            print(problem)
            return 2
    result = hand_in(student, getattr(args, "to", None))
    print(result.message)
    return 0 if result.path else 1


def cli_progress(args: argparse.Namespace) -> int:
    """`medialit progress [export FILE]`: print a summary, or write the hand-in file."""
    student = getattr(args, "export_student", None) or getattr(args, "student", None)
    if student is not None:
        student, problem = _store.clean_name(student)
        if student is None:
            print(problem)
            return 2
    if getattr(args, "progress_command", None) == "export":
        try:
            target = _store.export(args.file, student)
        except _store.StoreError as exc:
            print(exc)
            return 1
        except OSError as exc:
            print(f"Could not write {args.file}: {exc.strerror or exc}. Try another folder.")
            return 1
        data = json.loads(target.read_text(encoding="utf-8"))
        print(f"Wrote {len(data['answers'])} answers of {data['student']} to {target}")
        print("Hand in this file.")
        return 0
    report = progress(student)
    print(repr(report))
    print(f"Answers are kept in {_store.answers_path(report.student)}")
    return 1 if report.notice and not report.lessons else 0
