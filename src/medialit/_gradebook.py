"""The instructor's gradebook: many answer files in, grades and item analysis out.

Answer files (docs/answer-file.md) are read as data only: the size is checked before reading,
then `json.loads`; never pickle, never eval. A bad file never stops the run: it goes into
`problems` with its name and the reason, and every good file is still graded.

Scores for `single` and `multiple` questions (and `confidence` ones, when the catalogue knows
the outcomes) are recomputed from the response and the bank's key, so an edited `score` in a
file counts for nothing; other types keep the score the quiz engine wrote.

Course versions: a file from a newer major or minor version, or with another `format` or
`format_version`, is not graded (its questions may not exist here yet). A file from an older
version is graded against the current banks with a note in `problems`: answers to questions
that no longer exist are left out and named, everything else counts. A newer patch version is
graded silently (patch releases do not change questions).
"""

from __future__ import annotations

import html
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

if TYPE_CHECKING:  # pandas is imported only when a table is built
    import argparse

    import pandas as pd

    from medialit._quiz import Question as QuizQuestion

from medialit._quiz import CONFIDENCE_TOLERANCE
from medialit._store import FORMAT, FORMAT_VERSION

MAX_BYTES = 5_000_000  # the largest real export is a few hundred kB; anything near 5 MB is not one

SCORED_TYPES = ("single", "multiple", "sort", "mark", "order", "confidence")

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


@dataclass(frozen=True)
class Question:
    """What the gradebook needs to know about one question of a bank."""

    type: str
    options: tuple[str, ...] = ()
    correct: frozenset[str] = frozenset()
    option_text: Mapping[str, str] = field(default_factory=dict)
    outcomes: Mapping[str, bool] | None = None  # confidence: statement id -> true or false


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


# ---------------------------------------------------------------------------------------------
# The catalogue of questions


def _option_keys(n: int) -> tuple[str, ...]:
    return tuple(chr(ord("a") + i) for i in range(n))


def as_question(spec: Question | Mapping[str, Any]) -> Question:
    """Turn a catalogue entry given as a mapping into a Question."""
    if isinstance(spec, Question):
        return spec
    qtype = str(spec["type"])
    options = spec.get("options") or ()
    if isinstance(options, Mapping):  # {key: text}
        option_text = {str(k): str(v) for k, v in options.items()}
        keys = tuple(option_text)
    else:
        keys = tuple(str(k) for k in options)
        option_text = dict(spec.get("option_text") or {})
    outcomes = spec.get("outcomes")
    return Question(
        type=qtype,
        options=keys,
        correct=frozenset(str(k) for k in spec.get("correct") or ()),
        option_text=option_text,
        outcomes={str(k): bool(v) for k, v in outcomes.items()} if outcomes else None,
    )


def _short(text: str, width: int = 40) -> str:
    """An option's text cut to fit a chart label."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else f"{text[: width - 1].rstrip()}…"


def _question_from_engine(question: QuizQuestion) -> Question:
    """Adapt one question from `load_quiz` (a validated bank, so every key is there)."""
    # `spec` keeps the file order (keys a, b, c...); the question's `options` are shuffled.
    options = question.spec.get("options") or []
    keys = _option_keys(len(options))
    correct = frozenset(k for opt, k in zip(options, keys, strict=True) if opt["correct"])
    text = {k: str(opt["text"]).strip() for opt, k in zip(options, keys, strict=True)}
    outcomes = None
    if question.type == "confidence":
        pairs = {str(item["statement"]): item["outcome"] for item in question.spec["items"]}
        if all(isinstance(v, bool) for v in pairs.values()):
            outcomes = pairs
    return Question(question.type, keys, correct, text, outcomes)


def default_catalogue() -> dict[tuple[str, str], Question]:
    """Build the catalogue from every bank installed in medialit/data/quizzes."""
    from medialit._quiz import bank_slugs, load_quiz

    slugs = bank_slugs()
    if not slugs:
        raise ValueError("no question banks are installed in medialit/data/quizzes")
    catalogue: dict[tuple[str, str], Question] = {}
    for slug in slugs:
        # A fixed student name: the gradebook must not read or create the teacher's own store.
        quiz = load_quiz(slug, student="gradebook")
        for question in quiz.questions:
            catalogue[(slug, question.id)] = _question_from_engine(question)
    return catalogue


# ---------------------------------------------------------------------------------------------
# Reading files


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
    """Read one file as JSON data, or raise _Bad with a reason a teacher understands."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _Bad(
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB cap; "
                "not an answer file a student exported"
            )
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as err:
        raise _Bad(f"cannot read the file ({err.strerror or err})") from None
    if len(raw) > max_bytes:
        raise _Bad(f"file is over the {max_bytes / 1e6:g} MB cap")
    if not raw.strip():
        raise _Bad("file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Bad("not text (corrupted, or not an answer file)") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        # Every answer file ends with its closing brace; one that does not was cut off.
        if not text.rstrip().endswith(("}", "]")):
            raise _Bad("the file stops part-way through (truncated?)") from None
        raise _Bad(f"broken JSON at {where} (file corrupted?)") from None
    except RecursionError:
        raise _Bad("JSON nested too deeply (not an answer file)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _Bad(f'not a medialit answer file (no "format": "{FORMAT}")')
    return data


@dataclass
class _File:
    path: str
    student: str
    course_version: str
    exported_at: str
    moment: float
    latest: dict[tuple[str, str], dict[str, Any]]
    notes: list[str]


def _check(path: str, data: dict[str, Any], current: tuple[int, int, int]) -> _File:
    """Check the header and answers of one parsed file; raise _Bad when it cannot be graded."""
    if data.get("format_version") != FORMAT_VERSION:
        raise _Bad(
            f"format_version {data.get('format_version')!r}; this gradebook reads "
            f"{FORMAT_VERSION} (update medialit?)"
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
    answers = data.get("answers")
    if not isinstance(answers, list):
        raise _Bad("no list of answers in the file")
    exported_at = data.get("exported_at")
    moment = _timestamp(exported_at)
    if exported_at is not None and moment is None:
        raise _Bad(f"exported_at {exported_at!r} is not a date and time")
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for number, answer in enumerate(answers, 1):
        if not (
            isinstance(answer, dict)
            and isinstance(answer.get("quiz"), str)
            and isinstance(answer.get("question"), str)
            and "response" in answer
        ):
            raise _Bad(f"answer {number} is not a complete answer (quiz, question, response)")
        # Attempts are kept in time order, so the last one per question is the one that counts.
        latest[(answer["quiz"], answer["question"])] = answer
    return _File(
        path=path,
        student=student.strip(),
        course_version=course,
        exported_at=exported_at if isinstance(exported_at, str) else "",
        moment=moment if moment is not None else -math.inf,
        latest=latest,
        notes=notes,
    )


def _expand(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[tuple[str, str]]]:
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


# ---------------------------------------------------------------------------------------------
# Scoring


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _result(
    score: float | None,
    correct: bool | None,
    wrong: tuple[str, ...] = (),
    brier: float | None = None,
    lean: float | None = None,
) -> dict[str, Any]:
    return {"score": score, "correct": correct, "wrong": wrong, "brier": brier, "lean": lean}


def _grade(question: Question, answer: dict[str, Any]) -> dict[str, Any] | None:
    """Score one answer: score, correct, wrong keys picked, brier, lean; None if unusable."""
    response = answer.get("response")
    qtype = question.type
    if qtype == "reflection":
        ok = isinstance(response, str) and response.strip() != ""
        return _result(None, None) if ok else None
    if qtype == "single":
        if not isinstance(response, str):
            return None
        right = response in question.correct
        wrong = () if right or response not in question.options else (response,)
        return _result(float(right), right, wrong)
    if qtype == "multiple":
        if not isinstance(response, list) or not all(isinstance(k, str) for k in response):
            return None
        picks = set(response)
        hits = len(picks & question.correct)
        wrong = tuple(sorted(k for k in picks - question.correct if k in question.options))
        misses = len(picks - question.correct)
        score = max(0.0, (hits - misses) / len(question.correct)) if question.correct else 0.0
        return _result(score, picks == question.correct, wrong)
    if qtype == "confidence" and question.outcomes and isinstance(response, dict):
        probs = [_number(response.get(sid)) for sid in question.outcomes]
        if all(p is not None and 0.0 <= p <= 1.0 for p in probs):
            truth = [float(o) for o in question.outcomes.values()]
            diffs = [p - o for p, o in zip(probs, truth, strict=True)]  # type: ignore[operator]
            brier = sum(d * d for d in diffs) / len(diffs)
            # The quiz engine's rule: right when every number is within 0.25 of the key.
            correct = all(abs(d) <= CONFIDENCE_TOLERANCE for d in diffs)
            return _result(1.0 - brier, correct, brier=brier, lean=sum(diffs) / len(diffs))
    # Sort, mark and order (and confidence without a key): the score the quiz engine wrote.
    score = _number(answer.get("score"))
    if score is None or not 0.0 <= score <= 1.0:
        return None
    correct = answer.get("correct")
    if not isinstance(correct, bool):
        correct = score >= 1.0
    return _result(score, correct, brier=_number(answer.get("brier")))


# ---------------------------------------------------------------------------------------------
# The gradebook


def gradebook(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    catalogue: Mapping[tuple[str, str], Question | Mapping[str, Any]] | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    course_version: str | None = None,
) -> Gradebook:
    """Grade answer files (a file, a folder, or many): students, item analysis and problems."""
    import pandas as pd

    import medialit

    if catalogue is None:
        catalogue = default_catalogue()
    questions = {key: as_question(spec) for key, spec in catalogue.items()}
    quizzes = list(dict.fromkeys(quiz for quiz, _ in questions))
    current = _version(course_version or medialit.__version__)
    if current is None:
        raise ValueError(f"course version {course_version!r} is not a version number")

    files, problems = _expand(paths)
    problem_rows: list[tuple[str, str, bool]] = [(f, r, False) for f, r in problems]

    # 1. Read and check every file; keep plain Python objects (no per-file pandas work).
    good: list[_File] = []
    for path in files:
        try:
            good.append(_check(str(path), _load(path, max_bytes), current))
        except _Bad as bad:
            problem_rows.append((str(path), str(bad), False))

    # 2. One file per student: the latest export counts; ties go to the later file name.
    by_student: dict[str, list[_File]] = defaultdict(list)
    for record in good:
        by_student[_student_key(record.student)].append(record)
    duplicate_rows = []
    kept: list[_File] = []
    for group in by_student.values():
        group.sort(key=lambda r: (r.moment, r.path))
        winner = group[-1]
        kept.append(winner)
        for loser in group[:-1]:
            duplicate_rows.append(
                (winner.student, winner.path, winner.exported_at, loser.path, loser.exported_at)
            )
            problem_rows.append(
                (
                    loser.path,
                    f"same student as {winner.path} ({winner.student!r}), exported earlier "
                    f"({loser.exported_at or 'no date'}); the later file is graded",
                    False,
                )
            )
    kept.sort(key=lambda r: (_student_key(r.student), r.path))

    # 3. Grade the kept files, collecting plain rows for the students and items tables.
    scored_per_quiz = Counter(q for (q, _), spec in questions.items() if spec.type in SCORED_TYPES)
    scored_total = sum(scored_per_quiz.values())
    per_item: dict[tuple[str, str], list[dict[str, Any]]] = {key: [] for key in questions}
    student_rows = []
    for record in kept:
        points: Counter[str] = Counter()
        answered = 0
        unknown, changed, unusable = [], [], []
        for key, answer in record.latest.items():
            question = questions.get(key)
            if question is None:
                unknown.append("/".join(key))
                continue
            if answer.get("type") not in (None, question.type):
                changed.append("/".join(key))
                continue
            graded = _grade(question, answer)
            if graded is None:
                unusable.append("/".join(key))
                continue
            answered += 1
            per_item[key].append(graded)
            if graded["score"] is not None:
                points[key[0]] += graded["score"]
        notes = list(record.notes)
        if unknown:
            notes.append(
                f"{len(unknown)} answer(s) to questions that no longer exist, left out: "
                + ", ".join(sorted(unknown))
            )
        if changed:
            notes.append(
                f"{len(changed)} answer(s) to questions whose type has changed, left out: "
                + ", ".join(sorted(changed))
            )
        if unusable:
            notes.append(
                f"{len(unusable)} answer(s) in a form that cannot be scored, left out: "
                + ", ".join(sorted(unusable))
            )
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
                "answered": answered,
                "questions": len(questions),
                "completion": answered / len(questions) if questions else math.nan,
            }
        )
        student_rows.append(row)

    # 4. Item analysis: one row per question in the catalogue, answered or not.
    n_students = len(kept)
    item_rows, wrong_rows = [], []
    for (quiz, qid), question in questions.items():
        graded = per_item[(quiz, qid)]
        n = len(graded)
        scores = [g["score"] for g in graded if g["score"] is not None]
        corrects = [g["correct"] for g in graded if g["correct"] is not None]
        briers = [g["brier"] for g in graded if g["brier"] is not None]
        leans = [g["lean"] for g in graded if g["lean"] is not None]
        wrong = Counter(k for g in graded for k in g["wrong"])
        ranked = sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))
        for key, count in ranked:
            text = question.option_text.get(key, "")
            wrong_rows.append((quiz, qid, key, text, count, count / n))
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
    duplicates = pd.DataFrame(duplicate_rows, columns=DUPLICATE_COLUMNS)
    return Gradebook(students, items, wrong_options, problem_table, duplicates, quizzes)


# ---------------------------------------------------------------------------------------------
# The report


def _chart(draw: Any, alt: str, size: tuple[float, float] = (7.0, 3.2)) -> str:
    """Draw with matplotlib (Agg, no pyplot, so no global backend change) into an inline PNG."""
    import base64
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    draw(figure.add_subplot())
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:.2f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return html.escape(str(value))


def _table(frame: pd.DataFrame, caption: str, limit: int | None = None) -> str:
    """An HTML table in which every value, header and caption is escaped."""
    if frame.empty:
        return f"<p>{html.escape(caption)}: none.</p>"
    shown = frame if limit is None else frame.head(limit)
    head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in shown.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>"
        for row in shown.itertuples(index=False, name=None)
    )
    more = ""
    if limit is not None and len(frame) > limit:
        more = f"<p>First {limit} of {len(frame)} rows; the CSV files have them all.</p>"
    return (
        f'<div class="wide"><table><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{more}"
    )


_CSS = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{font-weight:bold;text-align:left;padding:.25rem 0}
img{max-width:100%;height:auto}
.wide{overflow-x:auto}
"""


def render_html(book: Gradebook) -> str:
    """The report as one self-contained HTML page; every student-provided string is escaped."""
    students, items, wrong = book.students, book.items, book.wrong_options
    scored = items[items["type"] != "reflection"]
    hardest = scored[scored["n_answered"] > 0].sort_values(
        # Mean score ranks every scored type alike, partial credit included.
        ["mean_score", "share_correct", "quiz", "question"],
        kind="stable",
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>medialit gradebook</title><style>{_CSS}</style></head><body>",
        "<h1>medialit gradebook</h1>",
        f"<p>{len(students)} students graded; {len(book.problems)} problems "
        f"({int((~book.problems['graded'].astype(bool)).sum()) if len(book.problems) else 0} files "
        f"not graded); {len(book.duplicates)} duplicate files dropped.</p>",
    ]
    if len(students):
        parts.append(
            f"<p>Mean total score {students['total'].mean():.2f}; "
            f"median completion {students['completion'].median():.2f}.</p>"
        )

    parts.append("<h2>Score distribution</h2>")
    if len(students):
        totals = students["total"].dropna().to_numpy()

        def histogram(ax: Any) -> None:
            ax.hist(totals, bins=[i / 10 for i in range(11)], color="#3b6ea5", edgecolor="white")
            ax.set_xlabel("total score (share of points)")
            ax.set_ylabel("students")

        parts.append(_chart(histogram, "Histogram of students' total scores from 0 to 1"))

    parts.append("<h2>Hardest questions</h2>")
    if len(hardest):
        top = hardest.head(10)
        labels = [f"{q} / {i}" for q, i in zip(top["quiz"], top["question"], strict=True)]
        values = top["mean_score"].fillna(0).to_numpy()

        def bars(ax: Any) -> None:
            ax.barh(labels[::-1], values[::-1], color="#a53b3b")
            ax.set_xlim(0, 1)
            ax.set_xlabel("mean score of the students who answered (0 to 1)")

        parts.append(
            _chart(bars, "The hardest questions by mean score", (7.0, 0.5 + 0.3 * len(top)))
        )
    parts.append(
        _table(
            hardest[
                [
                    "quiz",
                    "question",
                    "type",
                    "n_answered",
                    "share_correct",
                    "mean_score",
                    "wrong_options",
                    "mean_brier",
                    "lean",
                ]
            ],
            "Questions, hardest first. mean_brier: 0 is perfect, 0.25 is always saying 50 %. "
            "lean above 0: the class was surer than the key that statements are true.",
            20,
        )
    )

    parts.append("<h2>Most chosen wrong answers</h2>")
    if len(wrong):
        top = wrong.head(10)
        # The option's words, not only its letter: students never see letters in the widgets.
        labels = [
            f"{q} / {i}: {o} · {_short(t)}"
            for q, i, o, t in zip(
                top["quiz"], top["question"], top["option"], top["text"], strict=True
            )
        ]
        counts = top["count"].to_numpy()

        def wrong_bars(ax: Any) -> None:
            ax.barh(labels[::-1], counts[::-1], color="#7a5ba5")
            ax.set_xlabel("students who chose it")

        parts.append(
            _chart(wrong_bars, "The most chosen wrong answers", (7.0, 0.5 + 0.3 * len(top)))
        )
    parts.append(_table(wrong, "Wrong options chosen", 20))

    parts.append("<h2>Problems</h2>")
    parts.append(_table(book.problems, "Files with problems (graded = the file still counted)"))
    parts.append(_table(book.duplicates, "The same student twice: the later export is kept"))

    parts.append("<h2>Students</h2>")
    parts.append(_table(students, "Scores are shares of points, 0 to 1; unanswered counts as 0"))
    parts.append("</body></html>")
    return "\n".join(parts)


def _csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Defuse text a spreadsheet would run as a formula (a student named "=HYPERLINK(...)")."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype.kind in "biufc":
            continue
        safe[column] = safe[column].map(
            lambda v: (
                "'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
            )
        )
    return safe


def write_report(book: Gradebook, out: str | os.PathLike[str]) -> dict[str, Path]:
    """Write students.csv, items.csv, problems.csv and report.html into `out`."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = {
        "students": folder / "students.csv",
        "items": folder / "items.csv",
        "problems": folder / "problems.csv",
        "report": folder / "report.html",
    }
    _csv_safe(book.students).to_csv(written["students"], index=False, float_format="%.4f")
    _csv_safe(book.items).to_csv(written["items"], index=False, float_format="%.4f")
    _csv_safe(book.problems).to_csv(written["problems"], index=False)
    written["report"].write_text(render_html(book), encoding="utf-8")
    return written


def cli_gradebook(args: argparse.Namespace) -> int:
    """`medialit gradebook PATH... --out DIR`: grade, write CSV and HTML, print a summary."""
    import sys

    try:
        book = gradebook(args.paths)
    except ValueError as err:
        print(f"medialit gradebook: cannot load the question banks: {err}", file=sys.stderr)
        return 1
    if book.students.empty:
        print("medialit gradebook: no answer file could be graded.", file=sys.stderr)
        for file, reason in (
            book.problems[["file", "reason"]].head(10).itertuples(index=False, name=None)
        ):
            print(f"  {file}: {reason}", file=sys.stderr)
        if book.problems.empty:
            print("  (no .json files found in the paths given)", file=sys.stderr)
        return 1
    written = write_report(book, args.out)
    skipped = int((~book.problems["graded"].astype(bool)).sum())
    n = len(book.students)
    noted = len(book.problems) - skipped
    print(
        f"Graded {n} student{'s' * (n != 1)} (mean total {book.students['total'].mean():.2f}); "
        f"{skipped} file{'s' * (skipped != 1)} not graded, {noted} graded with a note."
    )
    for file, reason in (
        book.problems[["file", "reason"]].head(5).itertuples(index=False, name=None)
    ):
        print(f"  {file}: {reason}")
    if len(book.problems) > 5:
        print(f"  ... and {len(book.problems) - 5} more in problems.csv")
    print(f"Wrote {', '.join(p.name for p in written.values())} to {Path(args.out).resolve()}")
    print(f"Open {written['report'].resolve()} in a browser.")
    return 0
