"""The gradebook's tables: one row per student, and the item analysis (one row per question,
with the wrong options chosen), from students' re-scored answers."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from medialit._handins import AnswerFile
from medialit._quiz import Question, Result
from medialit._scoring import Graded, Key, check_score, points

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
STUDENT_FLOATS = ["total", "total_first", "total_latest", "points", "completion", "pre", "post"]
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


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.nan


def discrimination(scores: list[float], totals: list[float], share: float = 0.27) -> float:
    """The upper-lower index: the item's mean score among the top 27 % of students (by total)
    minus its mean among the bottom 27 %; NaN with fewer than 4 students."""
    n = len(scores)
    if n < 4:
        return math.nan
    k = max(1, round(n * share))
    ranked = [s for _, s in sorted(zip(totals, scores, strict=True), key=lambda pair: pair[0])]
    return _mean(ranked[-k:]) - _mean(ranked[:k])


def _habits(results: list[Result]) -> str:
    """What students did, as shares: "opened the top result first: 62 %; ..."."""
    names = list(dict.fromkeys(name for r in results for name in r.habits))
    shares = []
    for name in names:
        seen = [r.habits[name] for r in results if name in r.habits]
        shares.append(f"{name}: {round(100 * sum(seen) / len(seen))} %")
    return "; ".join(shares)


@dataclass
class Scale:
    """What the points are out of: every item of the lessons graded, one point each (a written
    item earns the weight of the level the teacher gives it, 0 until levelled), per lesson and
    in all, and the pre and post checks' items. Fixed by the course: levelling one answer
    never changes anyone's maximum."""

    quizzes: list[str]
    per_quiz: Counter[str]
    questions: int
    checks: dict[str, list[Any]]

    @property
    def total(self) -> int:
        """Points in all: one per item that counts."""
        return sum(self.per_quiz.values())

    def share(self, total: float) -> float:
        """Points as a share of the points there are."""
        return total / self.total if self.total else math.nan


def lesson_answered(quiz: str) -> str:
    """The students.csv column of a lesson's answered/total."""
    return f"{quiz} answered"


def lesson_percent(quiz: str) -> str:
    """The students.csv column of a lesson's percentage of its points."""
    return f"{quiz} %"


LevelOf = Callable[[str], Callable[[Key], float | None]]


def student_row(
    record: AnswerFile,
    graded: Graded,
    score: str,
    scale: Scale,
    level_of: LevelOf,
    first_points: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """One student's row: points per quiz and in all, completion, attempts, pre/post check.
    `first_points`: the points of the first attempts, if worked out already."""
    levelled = level_of(record.student)
    counted = graded.by(score)
    if first_points is None:
        first_points = points(graded.first, levelled)
    per_quiz = first_points if counted is graded.first else points(counted, levelled)
    latest_points = per_quiz if counted is graded.latest else points(graded.latest, levelled)
    answered = sum(r.counted for r in counted.values())
    row: dict[str, Any] = {
        "student": record.student,
        "file": record.path,
        "course_version": record.course_version,
        "exported_at": record.exported_at,
    }
    answered_in: Counter[str] = Counter(key[0] for key, r in counted.items() if r.counted)
    for quiz in scale.quizzes:
        n = scale.per_quiz[quiz]
        # "4/6": items answered of the lesson's items; a skipped item is not a wrong one.
        row[lesson_answered(quiz)] = f"{answered_in[quiz]}/{n}"
        row[lesson_percent(quiz)] = 100 * per_quiz[quiz] / n if n else math.nan
    total_points = sum(per_quiz.values())
    row.update(
        {
            "total": scale.share(total_points),
            "total_first": scale.share(sum(first_points.values())),
            "total_latest": scale.share(sum(latest_points.values())),
            "points": total_points,
            "max_points": scale.total,
            "answered": answered,
            "questions": scale.questions,
            "completion": answered / scale.questions if scale.questions else math.nan,
            "attempts": sum(graded.attempts.values()),
            # The pre and post checks use first attempts: what the student knew then.
            **{name: check_score(graded.first, keys) for name, keys in scale.checks.items()},
        }
    )
    row["gain"] = row.get("post", math.nan) - row.get("pre", math.nan)
    return row


def item_analysis(
    questions: Mapping[Key, Question],
    graded: list[Graded],
    first_totals: list[float],
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Per question, on first attempts (what students knew before the feedback told them):
    the item row, and a row per wrong option chosen."""
    n_students = len(graded)
    # One pass over the students, not one per question: a class is 100 x 1,000 answers.
    all_firsts: dict[Key, list[tuple[Result, float]]] = defaultdict(list)
    all_lasts: dict[Key, list[Result]] = defaultdict(list)
    for g, total in zip(graded, first_totals, strict=True):
        for key, result in g.first.items():
            all_firsts[key].append((result, total))
        for key, result in g.latest.items():
            all_lasts[key].append(result)
    item_rows, wrong_rows = [], []
    for key, question in questions.items():
        quiz, qid = key
        firsts = all_firsts.get(key, [])
        lasts = all_lasts.get(key, [])
        n = len(firsts)
        results = [r for r, _ in firsts]
        scores = [r.score for r in results if r.score is not None]
        wrong = Counter(k for r in results for k in r.wrong_choices)
        ranked = sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))
        named = []  # by the option's text: each student saw its own letters
        for choice, count in ranked:
            text = " ".join(str(question.choice(choice)["text"]).split())
            wrong_rows.append((quiz, qid, choice, text, count, count / n))
            named.append(f"{text}: {count}")
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
                "; ".join(named),
                _mean([r.brier for r in results if r.brier is not None]),
                _mean([r.lean for r in results if r.lean is not None]),
                _habits(results),
            )
        )
    return item_rows, wrong_rows
