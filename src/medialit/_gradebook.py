"""The instructor's gradebook: many answer files in, grades and item analysis out.

`gradebook()` runs the steps, each in its own module:
1. finding files (`_walk`: folders walked safely, everything passed over reported);
2. reading (`_handins.read`: one file at a time into a checked record, answers in time order)
   and re-scoring it at once (`_scoring.grade`: a score written in a file counts for nothing),
   so a class of large files never sits in memory at once;
3. whose each file is and which is graded (`_handins.resolve`);
4. points and student rows, and the item analysis (`_tables`), the written answers with the
   teacher's levels (`_reflections`).
The report (CSV, HTML) is `_report.py`. A bad file never stops the run: whatever goes wrong in
it, it becomes a problem row with its name and the reason, and every good file is graded.
"""

from __future__ import annotations

import functools
import gc
import os
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from medialit import _store
from medialit._course import Course, load_course
from medialit._handins import AnswerFile, Bad, read, resolve, version
from medialit._output import printable
from medialit._quiz import CLASS_SEED, Question, Result, read_quiz
from medialit._reflections import COLUMNS as REFLECTION_COLUMNS
from medialit._reflections import (
    LEVEL_WEIGHTS,
    SEARCH_COLUMNS,
    Levels,
    level_key,
    read_levels,
    search_rows,
)
from medialit._reflections import rows as reflection_rows
from medialit._scoring import SCORE_POLICIES, Graded, Grader, Key, grade, points
from medialit._tables import (
    ITEM_COLUMNS,
    STUDENT_COLUMNS,
    STUDENT_FLOATS,
    STUDENT_TAIL,
    WRONG_COLUMNS,
    Scale,
    item_analysis,
    lesson_answered,
    lesson_percent,
    student_row,
)
from medialit._walk import Paths, Problem, find

if TYPE_CHECKING:  # pandas is imported only when a table is built
    import pandas as pd

__all__ = [
    "LEVEL_WEIGHTS",
    "REFLECTION_COLUMNS",
    "SCORE_POLICIES",
    "Gradebook",
    "catalogue",
    "gradebook",
    "read_levels",
]

PROBLEM_COLUMNS = ["file", "reason", "graded"]
DUPLICATE_COLUMNS = ["student", "kept", "kept_exported_at", "dropped", "dropped_exported_at"]

Catalogue = Mapping[tuple[str, str], Question]


@dataclass
class StudentAnswers:
    """One student's counted answers: who is graded, the name their quizzes were shuffled
    with (the one in their file), and the result of each question answered."""

    student: str
    seed: str
    results: dict[Key, Result]
    # The questions whose counted answer was given in another order than the student's own
    # (the class's one order, when the teacher turned shuffling off): the seed of that order.
    seeds: dict[Key, str] = field(default_factory=dict)

    def seed_of(self, key: Key) -> str:
        """The name a question's order was shuffled with, for the answer that counts."""
        return self.seeds.get(key, self.seed)


@dataclass
class Gradebook:
    """The graded class: tables of students, items, wrong options, problems and duplicates."""

    students: pd.DataFrame
    items: pd.DataFrame
    wrong_options: pd.DataFrame
    problems: pd.DataFrame
    duplicates: pd.DataFrame
    quizzes: list[str]
    score: str = "first"
    reflections: pd.DataFrame | None = None
    questions: Catalogue = field(default_factory=dict, repr=False)
    # The reasons typed in search items, with what the student did (opened, habits).
    searches: pd.DataFrame | None = None
    # Each student's counted answers, for the student pages.
    answers: dict[str, StudentAnswers] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return (
            f"Gradebook({len(self.students)} students, {len(self.items)} questions, "
            f"{len(self.problems)} problems, {len(self.duplicates)} duplicates)"
        )


PRACTICE_FOLDER = "practice"


class UnknownLesson(ValueError):
    """A lesson named for grading that the course does not have."""


def practice_courses(course: Course) -> list[Course]:
    """The practice articles a course ships (`practice/<name>/course.yaml` in its folder), each
    a course of its own whose bank students answer in the last lesson."""
    folder = course.folder / PRACTICE_FOLDER
    if not folder.is_dir():
        return []
    return [load_course(path.parent) for path in sorted(folder.glob("*/course.yaml"))]


def catalogue(course: Course | None = None) -> dict[tuple[str, str], Question]:
    """Every question of a course's banks, then of its practice articles' banks (each its own
    lesson), by (quiz, question id)."""
    course = course or load_course()
    slugs = course.bank_slugs()
    if not slugs:
        raise ValueError(f"{course.folder}: the course has no question banks")
    found: dict[tuple[str, str], Question] = {}
    for source in (course, *practice_courses(course)):
        for slug in source.bank_slugs():
            if source is not course and any(quiz == slug for quiz, _ in found):
                continue  # a practice bank named like a lesson: the lesson's answers win
            # A fixed seed: the gradebook must not read or create the teacher's own answer file.
            for question in read_quiz(slug, "gradebook", course=source).questions:
                found[(slug, question.id)] = question
    return found


def select_lessons(questions: Catalogue, course: Course, names: list[str]) -> list[str]:
    """The lessons named (by slug, number or notebook stem: `evidence`, `05`, `05-evidence`;
    a practice article by its name), in the course's order; ValueError names one not known."""
    from medialit._key import lesson_slug

    known = list(dict.fromkeys(quiz for quiz, _ in questions))
    wanted = set()
    for name in names:
        slug = name if name in known else lesson_slug(course, name)
        if slug not in known:
            raise UnknownLesson(f"no lesson {name!r} with questions (lessons: {', '.join(known)})")
        wanted.add(slug)
    return [quiz for quiz in known if quiz in wanted]


def _scale(course: Course, questions: Catalogue, every: Catalogue) -> Scale:
    """What points are out of: every item of the lessons graded, one point each, written items
    included (worth their level once levelled, 0 before); and the pre and post checks' items
    (`every`: the whole course's questions, so a check is known when its lesson is left out)."""
    checks = {}
    for name, items in (("pre", course.pre_check), ("post", course.post_check)):
        keys = [tuple(item.split("/", 1)) for item in items]
        missing = [item for item, key in zip(items, keys, strict=True) if key not in every]
        if missing:
            raise ValueError(f"course.yaml: {name}_check names {missing[0]}, not a question")
        checks[name] = [key for key in keys if key in questions]
    per_quiz = Counter(key[0] for key in questions)
    quizzes = list(dict.fromkeys(quiz for quiz, _ in questions))
    return Scale(quizzes, per_quiz, len(questions), checks)


def _read_and_grade(
    paths: Paths,
    current: tuple[int, int, int],
    grader: Grader,
    max_bytes: int,
    hub: bool | None,
) -> tuple[list[tuple[AnswerFile, Graded]], list[Problem]]:
    """Every file found, read and re-scored one at a time; a file that fails, whatever the
    failure, is a problem row and the run goes on."""
    walk = find(paths, hub)
    problems = list(walk.problems)
    done = []
    for found in walk.files:
        try:
            record = read(found, current, max_bytes)
            graded = grade(record, grader)
        except Bad as bad:
            problems.append((printable(found.path), str(bad), False))
            continue
        except Exception as err:  # one student's file must never stop the class's grading
            reason = f"could not be read ({type(err).__name__})"
            problems.append((printable(found.path), reason, False))
            continue
        record.release()
        done.append((record, graded))
    return done, problems


def _level_of(
    levels: Levels, weights: Mapping[str, float]
) -> Callable[[str], Callable[[Key], float | None]]:
    """For a student, the weight of the level the teacher gave a written item (0 until
    levelled)."""

    def none(key: Key) -> float | None:
        return 0.0

    def of(student: str) -> Callable[[Key], float | None]:
        if not levels:  # nothing levelled yet: every written item is worth 0
            return none
        who = level_key(student, "", "")[0]  # the name as levels are found again, made once

        def weight(key: Key) -> float | None:
            level = levels.get((who, *key))
            return weights[level[0]] if level else 0.0

        return weight

    return of


P = ParamSpec("P")
T = TypeVar("T")


def collector_paused(function: Callable[P, T]) -> Callable[P, T]:
    """Run with Python's cycle collector paused (and on again after, if it was on). A class's
    answers are hundreds of thousands of small objects that all live until the grading is
    done, and the collector would go over them again and again, finding nothing to free:
    a fifth of the grading's time (and a tenth of the report's). Neither makes cycles to wait
    for."""

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return paused


@collector_paused
def gradebook(
    paths: Paths,
    *,
    course: Course | None = None,
    score: str = "first",
    levels: str | os.PathLike[str] | None = None,
    weights: Mapping[str, float] = LEVEL_WEIGHTS,
    max_bytes: int = _store.MAX_FILE_BYTES,
    course_version: str | None = None,
    hub: bool | None = None,
    lessons: list[str] | None = None,
    test: bool = False,
) -> Gradebook:
    """Grade answer files (a file, a folder, or many): students, item analysis and problems.

    `score` says which attempt of each question counts in the grades: `first` (the default:
    what the student knew before any feedback), `best` or `latest`. The item analysis always
    uses first attempts.

    `levels` is a reflections.csv the teacher has filled in (Proficient, Emergent, Basic):
    a reflection item counts in the grades, worth one point times its level's weight, once
    any answer to it has a level.

    `lessons`: grade only these lessons (slug, number or notebook stem); answers to the
    others are passed over without a note.

    `test`: the answers are a test's, from the students' copy `medialit release` made: the
    questions that copy leaves out (the catch items, which need the analyzer) are not graded
    and not counted in what the points are out of; answers to them are passed over.

    `hub`: whether the folders named are a hub's hand-in roots (one folder per login, the
    login is the student); by default a root is recognised by its folders' owners.
    """
    import pandas as pd

    import medialit

    if score not in SCORE_POLICIES:
        raise ValueError(f"score must be one of {', '.join(SCORE_POLICIES)}, not {score!r}")
    course = course or load_course()
    every = catalogue(course)
    questions: Catalogue = every
    if lessons:
        chosen = set(select_lessons(every, course, lessons))
        questions = {key: q for key, q in every.items() if key[0] in chosen}
    others = frozenset(quiz for quiz, _ in every) - {quiz for quiz, _ in questions}
    passed_over: frozenset[tuple[str, str]] = frozenset()
    if test:  # no student had these questions in the test copy
        passed_over = frozenset(k for k, q in questions.items() if q.item.needs_analyzer)
        questions = {key: q for key, q in questions.items() if key not in passed_over}
    current = version(course_version or medialit.__version__)
    if current is None:
        raise ValueError(f"course version {course_version!r} is not a version number")
    levelled_answers: Levels = {}
    problem_rows: list[Problem] = []
    if levels is not None:
        levelled_answers, level_problems = read_levels(levels, weights)
        problem_rows += level_problems
    scale = _scale(course, questions, every)
    level_of = _level_of(levelled_answers, weights)

    grader = Grader(questions, others, passed_over)
    unscored = {key for key, question in questions.items() if not question.scored}
    done, read_problems = _read_and_grade(paths, current, grader, max_bytes, hub)
    problem_rows += read_problems
    by_record = {id(record): graded for record, graded in done}
    reading = resolve([record for record, _ in done])
    problem_rows += reading.problems
    graded_files = [(record, by_record[id(record)]) for record in reading.files]

    student_rows, written, searched = [], [], []
    first_totals = []
    answers: dict[str, StudentAnswers] = {}
    for record, graded in graded_files:
        notes = record.notes + graded.notes
        if notes:
            problem_rows.append((record.path, "; ".join(notes), True))
        first_points = points(graded.first, level_of(record.student))
        first_totals.append(sum(first_points.values()))
        student_rows.append(student_row(record, graded, score, scale, level_of, first_points))
        counted = graded.by(score)
        # Only the items written in words can be in reflections.csv: the others passed over.
        words = {key: result for key, result in counted.items() if key in unscored}
        written += reflection_rows(record.student, words, questions, levelled_answers)
        searched += search_rows(record.student, counted, questions)
        seeds = dict.fromkeys(graded.in_class_order(score), CLASS_SEED)
        answers[record.student] = StudentAnswers(record.student, record.name, counted, seeds)
    item_rows, wrong_rows = item_analysis(questions, [g for _, g in graded_files], first_totals)

    per_lesson = [
        c for quiz in scale.quizzes for c in (lesson_answered(quiz), lesson_percent(quiz))
    ]
    columns = [*STUDENT_COLUMNS, *per_lesson, *STUDENT_TAIL]
    students = pd.DataFrame(student_rows, columns=columns)
    percents = [lesson_percent(quiz) for quiz in scale.quizzes]
    students = students.astype({c: "float64" for c in [*percents, *STUDENT_FLOATS, "gain"]})
    items = pd.DataFrame(item_rows, columns=ITEM_COLUMNS)
    items = items.astype(
        {c: "float64" for c in ITEM_COLUMNS[4:] if c not in ("wrong_options", "habits")}
    )
    wrong_options = pd.DataFrame(wrong_rows, columns=WRONG_COLUMNS).sort_values(
        ["count", "quiz", "question", "option"],
        ascending=[False, True, True, True],
        ignore_index=True,
    )
    problem_table = pd.DataFrame(problem_rows, columns=PROBLEM_COLUMNS).sort_values(
        ["file"], ignore_index=True, kind="stable"
    )
    return Gradebook(
        students,
        items,
        wrong_options,
        problem_table,
        pd.DataFrame(reading.duplicates, columns=DUPLICATE_COLUMNS),
        scale.quizzes,
        score,
        pd.DataFrame(written, columns=REFLECTION_COLUMNS),
        questions,
        pd.DataFrame(searched, columns=SEARCH_COLUMNS),
        answers,
    )
