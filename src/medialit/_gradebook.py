"""The instructor's gradebook: many answer files in, grades and item analysis out.

Three steps, each a function: `read_files` (answer files → one checked file per student, and
the problems), `grade` (every saved response re-scored with the course's own banks and item
types — a score written in a file counts for nothing), and `analyse` (the tables). The report
(CSV, HTML) is `_report.py`.

Answer files (docs/answer-file.md) are read as data only, by the store's one validator and
size cap: never pickle, never eval. A bad file never stops the run: it goes into `problems`
with its name and the reason, and every good file is still graded.

Course versions: a file from a newer major or minor version, or with another `format` or
`format_version`, is not graded (its questions may not exist here yet). A file from an older
version is graded against the current banks with a note in `problems`: answers to questions
that no longer exist are left out and named, everything else counts. A newer patch version is
graded silently (patch releases do not change questions).
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit import _store
from medialit._course import Course, load_course
from medialit._quiz import Question, Result, load_quiz
from medialit._session import first, latest

if TYPE_CHECKING:  # pandas is imported only when a table is built
    import pandas as pd

STUDENT_COLUMNS = ["student", "file", "course_version", "exported_at"]
STUDENT_TAIL = ["total", "points", "max_points", "answered", "questions", "completion"]
ITEM_COLUMNS = [
    "quiz",
    "question",
    "type",
    "n_answered",
    "share_answered",
    "share_correct",
    "mean_score",
    "wrong_options",
    "mean_brier",
    "lean",
]
WRONG_COLUMNS = ["quiz", "question", "option", "text", "count", "share"]
PROBLEM_COLUMNS = ["file", "reason", "graded"]
DUPLICATE_COLUMNS = ["student", "kept", "kept_exported_at", "dropped", "dropped_exported_at"]

Catalogue = Mapping[tuple[str, str], Question]


@dataclass
class Gradebook:
    """The graded class: tables of students, items, wrong options, problems and duplicates."""

    students: pd.DataFrame
    items: pd.DataFrame
    wrong_options: pd.DataFrame
    problems: pd.DataFrame
    duplicates: pd.DataFrame
    quizzes: list[str]

    def __repr__(self) -> str:
        return (
            f"Gradebook({len(self.students)} students, {len(self.items)} questions, "
            f"{len(self.problems)} problems, {len(self.duplicates)} duplicates)"
        )


def catalogue(course: Course | None = None) -> dict[tuple[str, str], Question]:
    """Every question of a course's banks, by (quiz, question id)."""
    course = course or load_course()
    slugs = course.bank_slugs()
    if not slugs:
        raise ValueError(f"{course.folder}: the course has no question banks")
    # A fixed seed: the gradebook must not read or create the teacher's own answer file.
    return {
        (slug, question.id): question
        for slug in slugs
        for question in load_quiz(slug, "gradebook", course=course).questions
    }


# ---------------------------------------------------------------------------------------------
# 1. Reading


class _Bad(Exception):
    """A file that cannot be graded; the message is the reason shown to the teacher."""


_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?")


def _version(text: Any) -> tuple[int, int, int] | None:
    match = _VERSION.match(text) if isinstance(text, str) else None
    if not match:
        return None
    return int(match[1]), int(match[2]), int(match[3] or 0)


def _timestamp(text: Any) -> float | None:
    """Seconds since the epoch for an ISO time; naive times are taken as UTC."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _student_key(name: str) -> str:
    """Two files belong to the same student when their names match ignoring case and spacing."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _load(path: Path, max_bytes: int) -> dict[str, Any]:
    """Read one answer file with the store's validator, or raise _Bad with the reason."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _Bad(
                f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB cap; "
                "not an answer file a student exported"
            )
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as err:
        raise _Bad(f"cannot read the file ({err.strerror or err})") from None
    if len(raw) > max_bytes:
        raise _Bad(f"file is over the {max_bytes / 2**20:g} MB cap")
    try:
        return _store.parse(raw)
    except _store.AnswerFileError as bad:
        raise _Bad(str(bad)) from None


@dataclass
class AnswerFile:
    """One student's checked answer file: who, when, and every answer in time order."""

    path: str
    student: str
    course_version: str
    exported_at: str
    moment: float
    answers: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)


def _check(path: str, data: dict[str, Any], current: tuple[int, int, int]) -> AnswerFile:
    """Check the header of one valid file; raise _Bad when it cannot be graded here."""
    if data.get("format_version") != _store.FORMAT_VERSION:
        raise _Bad(
            f"format_version {data.get('format_version')!r}; this gradebook reads "
            f"{_store.FORMAT_VERSION} (update medialit?)"
        )
    course = data.get("course_version")
    version = _version(course)
    if version is None:
        raise _Bad(f"course_version {course!r} is not a version number")
    notes = []
    if version[:2] > current[:2]:
        raise _Bad(
            f"made with a newer course version ({course}) than this one "
            f"({'.'.join(map(str, current))}); update medialit to grade it"
        )
    if version[:2] < current[:2]:
        notes.append(f"older course version {course}: graded against the current questions")
    student = data.get("student")
    if not isinstance(student, str) or not student.strip():
        raise _Bad("no student name in the file")
    exported_at = data.get("exported_at")
    moment = _timestamp(exported_at)
    if exported_at is not None and moment is None:
        raise _Bad(f"exported_at {exported_at!r} is not a date and time")
    return AnswerFile(
        path=path,
        student=student.strip(),
        course_version=str(course),
        exported_at=exported_at if isinstance(exported_at, str) else "",
        moment=moment if moment is not None else -math.inf,
        answers=data["answers"],
        notes=notes,
    )


Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def _expand(paths: Paths) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files named, plus the .json files inside folders named (recursively), in a stable order."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for item in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.json") if p.is_file())
        elif path.exists():
            found = [path]
        else:
            missing.append((str(path), "no such file or folder"))
            continue
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                files.append(p)
    return files, missing


@dataclass
class Reading:
    """What `read_files` found: one file per student, problems and dropped duplicates."""

    files: list[AnswerFile]
    problems: list[tuple[str, str, bool]]
    duplicates: list[tuple[str, str, str, str, str]]


def read_files(
    paths: Paths,
    current: tuple[int, int, int],
    max_bytes: int = _store.MAX_FILE_BYTES,
) -> Reading:
    """Read and check every file; keep the latest export per student."""
    files, missing = _expand(paths)
    problems: list[tuple[str, str, bool]] = [(f, r, False) for f, r in missing]
    good: list[AnswerFile] = []
    for path in files:
        try:
            good.append(_check(str(path), _load(path, max_bytes), current))
        except _Bad as bad:
            problems.append((str(path), str(bad), False))

    by_student: dict[str, list[AnswerFile]] = defaultdict(list)
    for record in good:
        by_student[_student_key(record.student)].append(record)
    duplicates = []
    kept: list[AnswerFile] = []
    for group in by_student.values():
        group.sort(key=lambda r: (r.moment, r.path))
        winner = group[-1]
        kept.append(winner)
        for loser in group[:-1]:
            duplicates.append(
                (winner.student, winner.path, winner.exported_at, loser.path, loser.exported_at)
            )
            problems.append(
                (
                    loser.path,
                    f"same student as {winner.path} ({winner.student!r}), exported earlier "
                    f"({loser.exported_at or 'no date'}); the later file is graded",
                    False,
                )
            )
    kept.sort(key=lambda r: (_student_key(r.student), r.path))
    return Reading(kept, problems, duplicates)


# ---------------------------------------------------------------------------------------------
# 2. Grading


class Grader:
    """Re-scores saved responses with the course's questions; a response met twice (30
    students giving the same answer) is scored once."""

    def __init__(self, questions: Catalogue) -> None:
        self.questions = questions
        self._seen: dict[tuple[str, str, str], Result] = {}

    def grade(self, key: tuple[str, str], answer: dict[str, Any]) -> Result | str:
        """The result of one saved answer, or why it cannot count."""
        question = self.questions.get(key)
        if question is None:
            return "unknown"
        if answer.get("type") not in (None, question.type):
            return "changed"
        try:
            memo = (*key, json.dumps(answer.get("response"), sort_keys=True))
        except (TypeError, ValueError):
            return "unusable"
        result = self._seen.get(memo)
        if result is None:
            result = self._seen[memo] = question.rescore(answer.get("response"))
        return result if result.valid else "unusable"


_LEFT_OUT = {
    "unknown": "answer(s) to questions that no longer exist",
    "changed": "answer(s) to questions whose type has changed",
    "unusable": "answer(s) in a form that cannot be scored",
}


def grade(
    record: AnswerFile, grader: Grader, attempt: str = "latest"
) -> tuple[dict[tuple[str, str], Result], list[str]]:
    """Every counted answer of one file re-scored, and notes on what was left out."""
    chosen = (first if attempt == "first" else latest)(record.answers)
    results: dict[tuple[str, str], Result] = {}
    left_out: dict[str, list[str]] = defaultdict(list)
    for key, answer in chosen.items():
        graded = grader.grade(key, answer)
        if isinstance(graded, str):
            left_out[graded].append("/".join(key))
        else:
            results[key] = graded
    notes = list(record.notes)
    for reason, what in _LEFT_OUT.items():
        if left_out[reason]:
            notes.append(
                f"{len(left_out[reason])} {what}, left out: " + ", ".join(sorted(left_out[reason]))
            )
    return results, notes


# ---------------------------------------------------------------------------------------------
# 3. The tables


def gradebook(
    paths: Paths,
    *,
    course: Course | None = None,
    max_bytes: int = _store.MAX_FILE_BYTES,
    course_version: str | None = None,
) -> Gradebook:
    """Grade answer files (a file, a folder, or many): students, item analysis and problems."""
    import pandas as pd

    import medialit

    questions = catalogue(course)
    quizzes = list(dict.fromkeys(quiz for quiz, _ in questions))
    current = _version(course_version or medialit.__version__)
    if current is None:
        raise ValueError(f"course version {course_version!r} is not a version number")

    reading = read_files(paths, current, max_bytes)
    problem_rows = list(reading.problems)
    grader = Grader(questions)

    scored_per_quiz = Counter(q for (q, _), question in questions.items() if question.scored)
    scored_total = sum(scored_per_quiz.values())
    per_item: dict[tuple[str, str], list[Result]] = {key: [] for key in questions}
    student_rows = []
    for record in reading.files:
        results, notes = grade(record, grader)
        points: defaultdict[str, float] = defaultdict(float)
        for key, result in results.items():
            per_item[key].append(result)
            if result.score is not None:
                points[key[0]] += result.score
        if notes:
            problem_rows.append((record.path, "; ".join(notes), True))
        row: dict[str, Any] = {
            "student": record.student,
            "file": record.path,
            "course_version": record.course_version,
            "exported_at": record.exported_at,
        }
        for quiz in quizzes:
            n = scored_per_quiz[quiz]
            row[quiz] = points[quiz] / n if n else math.nan
        total_points = sum(points.values())
        row.update(
            {
                "total": total_points / scored_total if scored_total else math.nan,
                "points": total_points,
                "max_points": scored_total,
                "answered": len(results),
                "questions": len(questions),
                "completion": len(results) / len(questions) if questions else math.nan,
            }
        )
        student_rows.append(row)

    # Item analysis: one row per question in the catalogue, answered or not.
    n_students = len(reading.files)
    item_rows, wrong_rows = [], []
    for (quiz, qid), question in questions.items():
        graded = per_item[(quiz, qid)]
        n = len(graded)
        scores = [g.score for g in graded if g.score is not None]
        corrects = [g.correct for g in graded if g.correct is not None]
        briers = [g.brier for g in graded if g.brier is not None]
        leans = [g.lean for g in graded if g.lean is not None]
        wrong = Counter(k for g in graded for k in g.wrong_choices)
        ranked = sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))
        for choice, count in ranked:
            text = str(question.choice(choice)["text"]).strip()
            wrong_rows.append((quiz, qid, choice, text, count, count / n))
        item_rows.append(
            (
                quiz,
                qid,
                question.type,
                n,
                n / n_students if n_students else math.nan,
                sum(corrects) / len(corrects) if corrects else math.nan,
                sum(scores) / len(scores) if scores else math.nan,
                "; ".join(f"{k}: {c}" for k, c in ranked),
                sum(briers) / len(briers) if briers else math.nan,
                sum(leans) / len(leans) if leans else math.nan,
            )
        )

    students = pd.DataFrame(student_rows, columns=[*STUDENT_COLUMNS, *quizzes, *STUDENT_TAIL])
    students = students.astype({c: "float64" for c in [*quizzes, "total", "points", "completion"]})
    items = pd.DataFrame(item_rows, columns=ITEM_COLUMNS)
    items = items.astype(
        {
            c: "float64"
            for c in ["share_answered", "share_correct", "mean_score", "mean_brier", "lean"]
        }
    )
    wrong_options = pd.DataFrame(wrong_rows, columns=WRONG_COLUMNS)
    wrong_options = wrong_options.sort_values(
        ["count", "quiz", "question", "option"],
        ascending=[False, True, True, True],
        ignore_index=True,
    )
    problem_table = pd.DataFrame(problem_rows, columns=PROBLEM_COLUMNS).sort_values(
        ["file"], ignore_index=True, kind="stable"
    )
    duplicates = pd.DataFrame(reading.duplicates, columns=DUPLICATE_COLUMNS)
    return Gradebook(students, items, wrong_options, problem_table, duplicates, quizzes)
