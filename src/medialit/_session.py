"""A student's session: one call per answer scores it, saves it and decides what is shown.

Between the model (`_quiz`, which scores and never saves) and the store (`_store`, the answer
file, which knows nothing of quizzes). `load_quiz` here is the only one of that name: the quiz
it returns belongs to a `Session`, and each answer takes one way through it:

    view or call -> Session.answer -> score (the quiz) -> save (the store, one read and one
    write of the answer file) -> what may be shown (practice or assessment mode) -> Answer

The teacher's settings are read once per session (again only when the file changes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from medialit import _attempts, _settings, _store
from medialit._course import Course, load_course
from medialit._quiz import CLASS_SEED, Question, Quiz, Result, read_quiz
from medialit.items import SAVED

Attempts = dict[_attempts.Key, dict[str, Any]]
EXPLANATIONS_SHOWN_NOW = (
    "You have answered every question of this lesson, so the explanations are shown now."
)


# --------------------------------------------------------------------------- progress
@dataclass
class LessonProgress:
    """How far a student is in one quiz."""

    quiz: str
    answered: int
    total: int
    points: float
    scored_total: int
    withheld: bool = False  # assessment mode before the lesson is complete, or a test: no score

    @property
    def complete(self) -> bool:
        """Is every question answered so that it counts?"""
        return self.answered >= self.total

    def line(self) -> str:
        """One line of the summary."""
        score = (
            "score shown later"
            if self.withheld
            else f"score {self.points:.1f} of {self.scored_total}"
        )
        return f"{self.quiz:<22} {self.answered:>2} of {self.total:<2} answered   {score}"


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


def saved_results(quiz: Quiz, attempts: Attempts) -> dict[str, Result]:
    """The counting attempt of each question, re-scored with the bank as it is now (never a
    score written in the file); an answer the bank no longer takes is left out."""
    results = {}
    for question in quiz.questions:
        entry = attempts.get((quiz.slug, question.id))
        if entry is None or entry.get("type") != question.type:
            continue
        result = question.rescore(entry.get("response"))
        if result.valid:
            results[question.id] = result
    return results


def quiz_progress(quiz: Quiz, attempts: Attempts, assessing: bool = False) -> LessonProgress:
    """Answered, total and points so far for one quiz, from one attempt per question; in
    assessment mode before the lesson is complete, and in a test, the points are withheld."""
    progress = _progress(quiz, saved_results(quiz, attempts))
    if quiz.released or (assessing and not progress.complete):
        progress.points, progress.withheld = 0.0, True
    return progress


def _progress(quiz: Quiz, results: dict[str, Result]) -> LessonProgress:
    counted = [r for r in results.values() if r.counted]
    return LessonProgress(
        quiz.slug,
        len(counted),
        len(quiz.questions),
        sum(r.score or 0.0 for r in counted),
        len(quiz.scored_questions),
    )


# --------------------------------------------------------------------------- what is shown
def held_back(result: Result, progress: LessonProgress, checked: bool = False) -> Result:
    """A result as assessment mode shows it while the lesson is not complete: saved (or
    not) and acknowledged, nothing more. `checked`: a check that saves nothing."""
    saved = "Your answer is saved. " if result.saved else ""
    if checked:
        saved = "Your answer can be read (it was not saved: use answer to save it). "
    return Result(
        valid=True,
        correct=None,
        score=None,
        feedback=(
            f"{saved}In this lesson your teacher shows the explanations once you have "
            f"answered every question ({progress.answered} of {progress.total} answered so far)."
        ),
        verdict=SAVED,
        response=result.response,
        saved=result.saved,
        notice=result.notice,
        counted=result.counted,
    )


@dataclass(frozen=True, kw_only=True)
class Lesson:
    """What a student may see of one quiz now, from one reading of the answer file."""

    results: dict[str, Result]  # per answered question, as the student may see it
    progress: LessonProgress
    held_back: bool  # assessment mode, lesson not complete: explanations and points wait
    notice: str = ""


@dataclass(frozen=True, kw_only=True)
class Answer:
    """Everything one answer did, for the view to render (it decides nothing itself)."""

    result: Result  # as the student may see it: all of it, or only that it was saved
    lesson: Lesson | None = None  # the lesson after this answer (None: nothing was saved)
    released: bool = False  # this answer completed the lesson: show every explanation now


@dataclass
class Session:
    """One student answering one course: who, which course, the teacher's settings."""

    student: str = field(default_factory=_store.current_student)
    course: Course = field(default_factory=load_course)
    settings: _settings.Settings = field(default_factory=_settings.Settings, repr=False)

    def quiz(self, slug_or_path: str | Path) -> Quiz:
        """A question bank of this course, loaded for this student; answers are saved."""
        return read_quiz(
            slug_or_path,
            self.student,
            course=self.course,
            session=self,
            shuffle=self.settings.shuffle(),
        )

    def withholding(self, quiz: Quiz) -> bool:
        """Does this quiz keep verdicts back (assessment mode, or a test's released bank)?"""
        return quiz.released or self.settings.assessment(quiz.slug)

    def shown(self, question: Question, result: Result) -> Result:
        """What a student may see of a check (`q.check`, `answer(..., save=False)`): in
        assessment mode, before the lesson is complete, only that the answer can be read."""
        quiz = question.quiz
        if not result.valid or quiz is None or quiz.released:
            return result  # a released bank scores nothing: the result says only "read"
        if not self.settings.assessment(quiz.slug):
            return result
        lesson = self.lesson(quiz)
        return held_back(result, lesson.progress, checked=True) if lesson.held_back else result

    def answer(self, question: Question, response: Any) -> Answer:
        """Score a response, save it and decide what may be shown; never raises."""
        result = question.evaluate(response)
        quiz = question.quiz
        if not result.valid or quiz is None:
            return Answer(result=result)
        assessing = self.withholding(quiz)
        data, result.notice = self._save(question, result, assessing)
        result.saved = data is not None
        if quiz.released:  # a test: saved (or not) is all there is to say
            lesson = None if data is None else self.lesson(quiz, _attempts.counted(data["answers"]))
            return Answer(result=result, lesson=lesson)
        if data is None:  # nothing saved: in assessment mode still nothing given away
            return Answer(result=held_back(result, _progress(quiz, {})) if assessing else result)
        lesson = self.lesson(quiz, _attempts.counted(data["answers"]), result.notice)
        if not assessing or not result.counted:  # a nudge to write more gives nothing away
            return Answer(result=result, lesson=lesson)
        if lesson.held_back:
            return Answer(result=held_back(result, lesson.progress), lesson=lesson)
        before = _attempts.counted(data["answers"][:-1])  # the file before this answer
        released = not quiz_progress(quiz, before).complete
        if released:
            result.notice = f"{result.notice} {EXPLANATIONS_SHOWN_NOW}".strip()
        return Answer(result=result, lesson=lesson, released=released)

    def _save(
        self, question: Question, result: Result, withholding: bool = False
    ) -> tuple[dict[str, Any] | None, str]:
        """(the answer file as written, a notice), or (None, why nothing was saved). While
        verdicts are withheld the file keeps no verdict either (the gradebook re-scores)."""
        entry: dict[str, Any] = {
            "quiz": question.quiz_slug,
            "question": question.id,
            "type": question.type,
            "response": question.to_file(result.response),
        }
        if question.seed == CLASS_SEED:  # `shuffle: false`: the gradebook shows this order
            entry["order"] = CLASS_SEED
        if not withholding:
            entry.update(correct=result.correct, score=result.score, brier=result.brier)
        entry["time"] = _store.now()
        try:
            return _store.append_answer(entry, self.student)
        except _store.StoreError as exc:
            return None, str(exc)
        except OSError as exc:
            return None, (
                f"Your answer could not be saved ({exc.strerror or exc}). "
                "Please show this message to your teacher."
            )

    def saved_answers(self) -> tuple[Attempts, str]:
        """(the attempt that counts per question, a notice); one read, never raises."""
        try:
            data, notice = _store.load_answers(self.student)
        except _store.StoreError as exc:
            return {}, str(exc)
        except OSError:
            return {}, ""  # nothing to restore; saving will explain if it fails too
        return _attempts.counted(data["answers"]), notice

    def lesson(self, quiz: Quiz, attempts: Attempts | None = None, notice: str = "") -> Lesson:
        """What the student may see of a quiz now (reads the answer file if not given it)."""
        if attempts is None:
            attempts, notice = self.saved_answers()
        results = saved_results(quiz, attempts)
        progress = _progress(quiz, results)
        holding = quiz.released or (self.settings.assessment(quiz.slug) and not progress.complete)
        if holding and not quiz.released:  # a released bank's results say only "saved"
            results = {qid: held_back(r, progress) for qid, r in results.items()}
        if holding:
            progress.points, progress.withheld = 0.0, True
        return Lesson(results=results, progress=progress, held_back=holding, notice=notice)


def load_quiz(
    slug_or_path: str | Path, student: str | None = None, *, course: Course | None = None
) -> Quiz:
    """Load a question bank for a student (default: the current one); answers are saved."""
    return Session(student or _store.current_student(), course or load_course()).quiz(slug_or_path)


def progress(student: str | None = None, *, course: Course | None = None) -> Progress:
    """Per quiz: how many questions are answered and the score so far."""
    session = Session(student or _store.current_student(), course or load_course())
    try:
        data, notice = _store.load_answers(session.student)
    except _store.StoreError as exc:
        return Progress(session.student, [], str(exc))
    attempts = _attempts.counted(data["answers"])
    lessons = []
    for slug in session.course.bank_slugs():
        try:
            quiz = read_quiz(slug, session.student, course=session.course)
        except ValueError:
            continue  # a broken bank is the author's problem; its tests say so
        lessons.append(quiz_progress(quiz, attempts, session.settings.assessment(slug)))
    return Progress(session.student, lessons, notice)


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


def hand_in_answers(folder: str | Path | None = None, student: str | None = None) -> HandIn:
    """Hand in: copy the student's answers, as a new file, into the teacher's hand-in folder
    (course settings), or beside the notebooks when none is set. Never raises."""
    name = student or _store.current_student()
    target_dir = Path(folder) if folder is not None else _settings.hand_in_folder()
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
