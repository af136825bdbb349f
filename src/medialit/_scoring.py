"""Re-scoring a student's saved answers with the course's own questions, and their points.

A score written in a file counts for nothing: every response is scored again by its item
type. Which attempt of a question counts is `_attempts.choose`, shared with the session.
"""

from __future__ import annotations

import json
import json.encoder
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from typing import Any

from medialit import _attempts
from medialit._handins import AnswerFile
from medialit._quiz import CLASS_SEED, Question, Result

Catalogue = Mapping[tuple[str, str], Question]
Key = tuple[str, str]

SCORE_POLICIES = _attempts.RULES
# A reflection of a few thousand words fits; a response longer than this is not a student's.
MAX_RESPONSE_CHARS = 20_000
# Responses met again and again (30 students, one right answer) are scored once; the memory
# of them is capped, and long or unusable responses are never kept in it.
MAX_REMEMBERED = 200_000
_REMEMBER_CHARS = 400
# An answer given with the options in the class's one order (the teacher's `shuffle: false`)
# says so in the answer file ("order": "class"): the student pages show that order.
CLASS_ORDER = CLASS_SEED
# How many left-out questions a note names before it says "and N more".
NAMED_IN_A_NOTE = 10


def _json_encoder() -> Callable[[Any], str]:
    """`json.dumps(value, sort_keys=True)`, with the encoder made once: a class's hundred
    thousand responses each need their text (what a response met twice is known by), and
    `json.dumps` builds a new encoder for every call. Answer files are parsed JSON, never
    circular, so the circular check is left to the recursion limit (a RecursionError)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return partial(json.dumps, sort_keys=True)
    encode = make(
        None, None, json.encoder.encode_basestring_ascii, None, ": ", ", ", True, False, True
    )

    def text(value: Any) -> str:
        if isinstance(value, str):  # json.dumps's own shortcut for a lone string
            return json.encoder.encode_basestring_ascii(value)
        return "".join(encode(value, 0))

    return text


_json_text = _json_encoder()


class Grader:
    """Re-scores saved responses with the course's questions; a response met twice (30
    students giving the same answer) is scored once."""

    def __init__(
        self,
        questions: Catalogue,
        other_lessons: frozenset[str] = frozenset(),
        passed_over: frozenset[Key] = frozenset(),
    ) -> None:
        self.questions = questions
        # Lessons of the course left out of this run (`--lesson`), and questions a test copy
        # left out (`--test`): their answers are passed over without a note, they are not
        # questions that no longer exist.
        self.other_lessons = other_lessons
        self.passed_over = passed_over
        # Per question: the question, its type, and the results of the responses met so far,
        # by the response (text) or by its JSON text (anything else): one look-up an answer.
        self._per_question: dict[Key, tuple[Question, str, dict[str, Result], dict[str, Result]]]
        self._per_question = {
            key: (question, question.type, {}, {}) for key, question in questions.items()
        }
        self._remembered = 0

    def grade(self, key: Key, answer: Mapping[str, Any]) -> Result | str:
        """The result of one saved answer, or why it cannot count."""
        known = self._per_question.get(key)
        if known is None:
            left_out = key[0] in self.other_lessons or key in self.passed_over
            return "not graded now" if left_out else "unknown"
        question, kind, texts, other = known
        saved_type = answer.get("type")
        if saved_type is not None and saved_type != kind:
            return "changed"
        response = answer.get("response")
        if type(response) is str:
            if len(response) > MAX_RESPONSE_CHARS:
                return "too long"
            text, seen = response, texts
        else:
            try:
                text = _json_text(response)
            except (TypeError, ValueError, RecursionError):
                return "unusable"
            if len(text) > MAX_RESPONSE_CHARS:
                return "too long"
            seen = other
        result = seen.get(text)
        if result is None:
            try:
                result = question.rescore(response)
            except Exception:  # an item type that trips over a strange response
                return "unusable"
            if result.valid and len(text) <= _REMEMBER_CHARS and self._remembered < MAX_REMEMBERED:
                seen[text] = result
                self._remembered += 1
        return result if result.valid else "unusable"


_LEFT_OUT = {
    "unknown": "answer(s) to questions that no longer exist",
    "changed": "answer(s) to questions whose type has changed",
    "unusable": "answer(s) in a form that cannot be scored",
    "too long": f"answer(s) longer than {MAX_RESPONSE_CHARS:,} characters",
}


def _score(result: Result) -> float | None:
    return result.score


def _score_marked(attempt: tuple[Result, bool]) -> float | None:
    return attempt[0].score


@dataclass
class Graded:
    """One student's re-scored answers: per question, the first, best and latest attempt."""

    first: dict[Key, Result]
    best: dict[Key, Result]
    latest: dict[Key, Result]
    attempts: Counter[Key]
    notes: list[str]
    # Per policy, the questions whose counted attempt was answered in the class's one order
    # (the teacher's `shuffle: false`), not in the student's own.
    class_order: dict[str, frozenset[Key]] = field(default_factory=dict)

    def by(self, policy: str) -> dict[Key, Result]:
        """The attempts that count under a policy: first, best or latest."""
        return {"first": self.first, "best": self.best, "latest": self.latest}[policy]

    def in_class_order(self, policy: str) -> frozenset[Key]:
        """The questions whose counted attempt (under a policy) the student answered with
        the options in the class's one order."""
        return self.class_order.get(policy, frozenset())


def grade(record: AnswerFile, grader: Grader) -> Graded:
    """Every answer of one file re-scored, in time order; attempts that cannot count are
    noted (in the Graded's notes, apart from the file's own), not used."""
    scored: list[tuple[Key, Result]] = []
    shown_in_class_order: set[int] = set()  # the places in `scored` of such attempts
    left_out: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    unnamed: set[str] = set()
    grade_one = grader.grade
    for answer in record.answers:  # in time order
        key = (answer["quiz"], answer["question"])
        graded = grade_one(key, answer)
        if isinstance(graded, str):
            if graded == "not graded now":
                continue
            counts[graded] += 1
            name = "/".join(key)[:80]
            if len(left_out[graded]) < NAMED_IN_A_NOTE:  # named, not copied whole
                left_out[graded].add(name)
            elif name not in left_out[graded]:
                unnamed.add(graded)
            continue
        if answer.get("order") == CLASS_ORDER:
            shown_in_class_order.add(len(scored))
        scored.append((key, graded))
    # Which attempt counts is decided in one place, for the session and the gradebook alike.
    class_order: dict[str, frozenset[Key]] = {}
    if not shown_in_class_order:
        first, best, latest = (_attempts.choose(scored, rule, _score) for rule in _attempts.RULES)
    else:  # the same choice, each attempt carrying the order it was answered in
        marked = [(k, (r, i in shown_in_class_order)) for i, (k, r) in enumerate(scored)]
        chosen = {rule: _attempts.choose(marked, rule, _score_marked) for rule in _attempts.RULES}
        first, best, latest = ({k: r for k, (r, _) in chosen[rule].items()} for rule in chosen)
        class_order = {
            rule: frozenset(k for k, (_, in_class) in counted.items() if in_class)
            for rule, counted in chosen.items()
        }
    notes = []
    for reason, what in _LEFT_OUT.items():
        if counts[reason]:
            names = ", ".join(sorted(left_out[reason]))
            more = " and others" if reason in unnamed else ""
            notes.append(f"{counts[reason]} {what}, left out: {names}{more}")
    attempts = Counter(map(itemgetter(0), scored))
    return Graded(first, best, latest, attempts, notes, class_order)


def points(
    results: Mapping[Key, Result], level_of: Callable[[Key], float | None]
) -> defaultdict[str, float]:
    """Points per quiz: each result's score, or for a levelled written item the weight of the
    teacher's level (`level_of` gives it, or None for items not levelled)."""
    per_quiz: defaultdict[str, float] = defaultdict(float)
    for key, result in results.items():
        if result.score is not None:
            per_quiz[key[0]] += result.score
        else:
            per_quiz[key[0]] += level_of(key) or 0.0
    return per_quiz


def check_score(results: Mapping[Key, Result], keys: list[Any]) -> float:
    """The mean first-attempt score over a pre or post check's items (unanswered count 0);
    NaN when the check is empty or none of it was answered."""
    if not keys or not any(key in results for key in keys):
        return math.nan
    return sum((results[k].score or 0.0) if k in results else 0.0 for k in keys) / len(keys)
