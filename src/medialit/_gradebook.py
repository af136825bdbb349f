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

from medialit import _attempts, _store
from medialit._course import Course, load_course
from medialit._quiz import Question, Result, read_quiz

if TYPE_CHECKING:  # pandas is imported only when a table is built
    import pandas as pd

STUDENT_COLUMNS = ["student", "file", "course_version", "exported_at"]
STUDENT_TAIL = [
    "total",
    "total_first",
    "total_latest",
    "points",
    "max_points",
    "answered",
    "questions",
    "completion",
    "attempts",
    "pre",
    "post",
    "gain",
]
# Item analysis is on first attempts; mean_latest shows what the feedback changed.
ITEM_COLUMNS = [
    "quiz",
    "question",
    "type",
    "n_answered",
    "share_answered",
    "share_correct",
    "mean_score",
    "mean_latest",
    "discrimination",
    "wrong_options",
    "mean_brier",
    "lean",
    "habits",
]
WRONG_COLUMNS = ["quiz", "question", "option", "text", "count", "share"]
REFLECTION_COLUMNS = ["student", "lesson", "item", "text", "words", "level", "comment"]
# What a rubric level is worth, as a share of the item's point (settable: `weights=`).
LEVEL_WEIGHTS = {"proficient": 1.0, "emergent": 0.5, "basic": 0.0}
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
    score: str = "first"
    reflections: pd.DataFrame | None = None
    questions: Catalogue = field(default_factory=dict, repr=False)

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
        for question in read_quiz(slug, "gradebook", course=course).questions
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


def _skipped(path: Path) -> str:
    """Why a file in a hand-in folder is not read as an answer file."""
    if path.suffix.lower() == ".zip":
        return "skipped: a zip archive; unpack it into the folder and grade again"
    if path.name == "reflections.csv":
        return "skipped: the teacher's reflections file (give it with --levels)"
    ending = path.suffix or "no ending"
    return f"skipped: not an answer file (answer files end in .json; this one has {ending})"


def _expand(paths: Paths) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files named, plus the .json files inside folders named (recursively), in a stable
    order; every other file in a folder is listed with the reason it is skipped."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for item in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        path = Path(item)
        if path.is_dir():
            everything = sorted(p for p in path.rglob("*") if p.is_file())
            found = [p for p in everything if p.suffix.lower() == ".json"]
            missing += [(str(p), _skipped(p)) for p in everything if p.suffix.lower() != ".json"]
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


SCORE_POLICIES = _attempts.RULES


@dataclass
class Graded:
    """One student's re-scored answers: per question, the first, best and latest attempt."""

    first: dict[tuple[str, str], Result]
    best: dict[tuple[str, str], Result]
    latest: dict[tuple[str, str], Result]
    attempts: Counter[tuple[str, str]]
    notes: list[str]

    def by(self, policy: str) -> dict[tuple[str, str], Result]:
        """The attempts that count under a policy: first, best or latest."""
        return {"first": self.first, "best": self.best, "latest": self.latest}[policy]


def _score(result: Result) -> float | None:
    return result.score


def grade(record: AnswerFile, grader: Grader) -> Graded:
    """Every answer of one file re-scored; attempts that cannot count are noted, not used."""
    scored: list[tuple[tuple[str, str], Result]] = []
    attempts: Counter[tuple[str, str]] = Counter()
    left_out: dict[str, set[str]] = defaultdict(set)
    for answer in _attempts.in_time_order(record.answers):
        key = (answer["quiz"], answer["question"])
        graded = grader.grade(key, answer)
        if isinstance(graded, str):
            left_out[graded].add("/".join(key))
            continue
        attempts[key] += 1
        scored.append((key, graded))
    first, best, latest = (_attempts.choose(scored, rule, _score) for rule in _attempts.RULES)
    notes = list(record.notes)
    for reason, what in _LEFT_OUT.items():
        if left_out[reason]:
            notes.append(
                f"{len(left_out[reason])} {what}, left out: " + ", ".join(sorted(left_out[reason]))
            )
    return Graded(first, best, latest, attempts, notes)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.nan


def _check_score(results: Mapping[tuple[str, str], Result], keys: list[Any]) -> float:
    """The mean first-attempt score over a pre or post check's items (unanswered count 0);
    NaN when the check is empty or none of it was answered."""
    if not keys or not any(key in results for key in keys):
        return math.nan
    return sum((results[k].score or 0.0) if k in results else 0.0 for k in keys) / len(keys)


def _habits(results: list[Result]) -> str:
    """What students did, as shares: "opened the top result first: 62 %; ..."."""
    names = list(dict.fromkeys(name for r in results for name in r.habits))
    shares = []
    for name in names:
        seen = [r.habits[name] for r in results if name in r.habits]
        shares.append(f"{name}: {round(100 * sum(seen) / len(seen))} %")
    return "; ".join(shares)


def discrimination(scores: list[float], totals: list[float], share: float = 0.27) -> float:
    """The upper-lower index: the item's mean score among the top 27 % of students (by total)
    minus its mean among the bottom 27 %; NaN with fewer than 4 students."""
    n = len(scores)
    if n < 4:
        return math.nan
    k = max(1, round(n * share))
    ranked = [s for _, s in sorted(zip(totals, scores, strict=True), key=lambda pair: pair[0])]
    return _mean(ranked[-k:]) - _mean(ranked[:k])


Levels = dict[tuple[str, str, str], tuple[str, str]]


def _undefused(value: str) -> str:
    """A CSV cell as written before the report defused it for spreadsheets."""
    return value[1:] if value[:2] in {"'" + c for c in "=+-@\t\r"} else value


def read_levels(
    path: str | os.PathLike[str], weights: Mapping[str, float] = LEVEL_WEIGHTS
) -> tuple[Levels, list[tuple[str, str, bool]]]:
    """The teacher's levels from a reflections.csv: {(student, lesson, item): (level,
    comment)}, and a problem row for every level that is not a rubric level."""
    import csv

    levels: Levels = {}
    problems: list[tuple[str, str, bool]] = []
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        return {}, [(str(path), f"the levels could not be read ({err})", False)]
    reader = csv.DictReader(text.splitlines())
    if not {"student", "lesson", "item", "level"} <= set(reader.fieldnames or ()):
        return {}, [
            (str(path), "not a reflections file (needs student, lesson, item, level)", False)
        ]
    for line, row in enumerate(reader, start=2):
        level = (row.get("level") or "").strip().lower()
        if not level:
            continue
        if level not in weights:
            known = ", ".join(w.capitalize() for w in weights)
            problems.append(
                (
                    str(path),
                    f"row {line}: level {row['level']!r} is not one of {known}; left out",
                    True,
                )
            )
            continue
        key = (
            _student_key(_undefused(row["student"] or "")),
            row["lesson"] or "",
            row["item"] or "",
        )
        levels[key] = (level, _undefused(row.get("comment") or ""))
    return levels, problems


# ---------------------------------------------------------------------------------------------
# 3. The tables


def gradebook(
    paths: Paths,
    *,
    course: Course | None = None,
    score: str = "first",
    levels: str | os.PathLike[str] | None = None,
    weights: Mapping[str, float] = LEVEL_WEIGHTS,
    max_bytes: int = _store.MAX_FILE_BYTES,
    course_version: str | None = None,
) -> Gradebook:
    """Grade answer files (a file, a folder, or many): students, item analysis and problems.

    `score` says which attempt of each question counts in the grades: `first` (the default:
    what the student knew before any feedback), `best` or `latest`. The item analysis always
    uses first attempts.

    `levels` is a reflections.csv the teacher has filled in (Proficient, Emergent, Basic):
    a reflection item counts in the grades, worth one point times its level's weight, once
    any answer to it has a level.
    """
    import pandas as pd

    import medialit

    if score not in SCORE_POLICIES:
        raise ValueError(f"score must be one of {', '.join(SCORE_POLICIES)}, not {score!r}")
    course = course or load_course()
    questions = catalogue(course)
    quizzes = list(dict.fromkeys(quiz for quiz, _ in questions))
    checks = {}
    for name, items in (("pre", course.pre_check), ("post", course.post_check)):
        keys = [tuple(item.split("/", 1)) for item in items]
        missing = [item for item, key in zip(items, keys, strict=True) if key not in questions]
        if missing:
            raise ValueError(f"course.yaml: {name}_check names {missing[0]}, not a question")
        checks[name] = keys
    current = _version(course_version or medialit.__version__)
    if current is None:
        raise ValueError(f"course version {course_version!r} is not a version number")

    reading = read_files(paths, current, max_bytes)
    problem_rows = list(reading.problems)
    grader = Grader(questions)
    leveled: Levels = {}
    if levels is not None:
        leveled, level_problems = read_levels(levels, weights)
        problem_rows += level_problems
    # Reflection items the teacher has started to level count in the grades, one point each.
    graded_reflections = {(quiz, item) for _, quiz, item in leveled if (quiz, item) in questions}

    def counts(key: tuple[str, str]) -> bool:
        return questions[key].scored or key in graded_reflections

    scored_per_quiz = Counter(quiz for key in questions if counts(key) for quiz in key[:1])
    scored_total = sum(scored_per_quiz.values())

    def points(
        results: dict[tuple[str, str], Result], student: str = ""
    ) -> defaultdict[str, float]:
        per_quiz: defaultdict[str, float] = defaultdict(float)
        for (quiz, qid), result in results.items():
            if result.score is not None:
                per_quiz[quiz] += result.score
            elif (quiz, qid) in graded_reflections:
                level = leveled.get((_student_key(student), quiz, qid))
                per_quiz[quiz] += weights[level[0]] if level else 0.0
        return per_quiz

    def share(total: float) -> float:
        return total / scored_total if scored_total else math.nan

    graded_files = [(record, grade(record, grader)) for record in reading.files]
    student_rows, reflection_rows = [], []
    for record, graded in graded_files:
        if graded.notes:
            problem_rows.append((record.path, "; ".join(graded.notes), True))
        counted = graded.by(score)
        per_quiz = points(counted, record.student)
        for (quiz, qid), result in counted.items():
            # Written work: the items that carry no score of their own, answered in words.
            if not questions[(quiz, qid)].scored and isinstance(result.response, str):
                level, comment = leveled.get((_student_key(record.student), quiz, qid), ("", ""))
                text = str(result.response)
                reflection_rows.append(
                    (
                        record.student,
                        quiz,
                        qid,
                        text,
                        len(text.split()),
                        level.capitalize(),
                        comment,
                    )
                )
        answered = sum(r.counted for r in counted.values())
        row: dict[str, Any] = {
            "student": record.student,
            "file": record.path,
            "course_version": record.course_version,
            "exported_at": record.exported_at,
        }
        for quiz in quizzes:
            n = scored_per_quiz[quiz]
            row[quiz] = per_quiz[quiz] / n if n else math.nan
        total_points = sum(per_quiz.values())
        row.update(
            {
                "total": share(total_points),
                "total_first": share(sum(points(graded.first, record.student).values())),
                "total_latest": share(sum(points(graded.latest, record.student).values())),
                "points": total_points,
                "max_points": scored_total,
                "answered": answered,
                "questions": len(questions),
                "completion": answered / len(questions) if questions else math.nan,
                "attempts": sum(graded.attempts.values()),
                # The pre and post checks use first attempts: what the student knew then.
                **{name: _check_score(graded.first, keys) for name, keys in checks.items()},
            }
        )
        row["gain"] = row.get("post", math.nan) - row.get("pre", math.nan)
        student_rows.append(row)

    # Item analysis, on first attempts: what students knew before the feedback told them.
    n_students = len(graded_files)
    first_totals = [sum(points(g.first, r.student).values()) for r, g in graded_files]
    item_rows, wrong_rows = [], []
    for key, question in questions.items():
        quiz, qid = key
        firsts = [
            (g.first[key], total)
            for (_, g), total in zip(graded_files, first_totals, strict=True)
            if key in g.first
        ]
        lasts = [g.latest[key] for _, g in graded_files if key in g.latest]
        n = len(firsts)
        results = [r for r, _ in firsts]
        scores = [r.score for r in results if r.score is not None]
        wrong = Counter(k for r in results for k in r.wrong_choices)
        ranked = sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))
        for choice, count in ranked:
            text = str(question.choice(choice)["text"]).strip()
            wrong_rows.append((quiz, qid, choice, text, count, count / n))
        scored_pairs = [(r.score, t) for r, t in firsts if r.score is not None]
        item_rows.append(
            (
                quiz,
                qid,
                question.type,
                n,
                n / n_students if n_students else math.nan,
                _mean([float(r.correct) for r in results if r.correct is not None]),
                _mean(scores),
                _mean([r.score for r in lasts if r.score is not None]),
                discrimination([s for s, _ in scored_pairs], [t for _, t in scored_pairs]),
                "; ".join(f"{k}: {c}" for k, c in ranked),
                _mean([r.brier for r in results if r.brier is not None]),
                _mean([r.lean for r in results if r.lean is not None]),
                _habits(results),
            )
        )

    students = pd.DataFrame(student_rows, columns=[*STUDENT_COLUMNS, *quizzes, *STUDENT_TAIL])
    float_columns = [
        *quizzes,
        "total",
        "total_first",
        "total_latest",
        "points",
        "completion",
        "pre",
        "post",
        "gain",
    ]
    students = students.astype({c: "float64" for c in float_columns})
    items = pd.DataFrame(item_rows, columns=ITEM_COLUMNS)
    items = items.astype(
        {c: "float64" for c in ITEM_COLUMNS[4:] if c not in ("wrong_options", "habits")}
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
    reflections = pd.DataFrame(reflection_rows, columns=REFLECTION_COLUMNS)
    return Gradebook(
        students,
        items,
        wrong_options,
        problem_table,
        duplicates,
        quizzes,
        score,
        reflections,
        questions,
    )
