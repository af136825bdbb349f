"""Which attempt counts: the first, the best or the latest answer to each question.

One place for the choice, used by the session (a student sees their latest answer) and the
gradebook (a teacher picks the rule; the item analysis uses first attempts). Attempts are
ordered by their `time` field, not by their place in a file: a file merged from two (answers
given before a name was set) or written by hand may hold them out of order. Equal or missing
times keep the file's order, so the choice is the same on every run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from typing import Any, Literal, TypeVar

Rule = Literal["first", "best", "latest"]
RULES: tuple[Rule, ...] = ("first", "best", "latest")
Key = tuple[str, str]  # (quiz slug, question id)
Answer = dict[str, Any]  # one entry of an answer file
T = TypeVar("T")


def moment(answer: Answer) -> float:
    """When an attempt was made, as seconds since the epoch; a missing or unreadable time
    comes first (naive times are UTC, as the answer file writes them)."""
    text = answer.get("time")
    if not isinstance(text, str):
        return float("-inf")
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return float("-inf")
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def key_of(answer: Answer) -> Key:
    """The question an attempt answers: (quiz slug, question id)."""
    return str(answer.get("quiz")), str(answer.get("question"))


def in_time_order(answers: Iterable[Answer]) -> list[Answer]:
    """The attempts ordered by their `time`; equal times keep their order (a stable sort)."""
    return sorted(answers, key=moment)


def choose(
    attempts: Sequence[tuple[Key, T]],
    rule: Rule = "latest",
    score: Callable[[T], float | None] = lambda _: None,
) -> dict[Key, T]:
    """The attempt that counts per question, from (question, attempt) pairs in time order.

    `first`: what the student knew before any feedback; `latest`: their last word; `best`:
    the highest `score` (a missing score counts 0; on a tie the earlier attempt stays).
    """
    if rule not in RULES:
        raise ValueError(f"no rule {rule!r} for which attempt counts (use one of {RULES})")
    counted: dict[Key, T] = {}
    for key, attempt in attempts:
        if key not in counted or _better(rule, score(attempt), score(counted[key])):
            counted[key] = attempt
    return counted


def _better(rule: Rule, new: float | None, kept: float | None) -> bool:
    """Does a later attempt replace the one kept so far?"""
    if rule == "first":
        return False
    return rule == "latest" or (new or 0.0) > (kept or 0.0)


def counted(answers: Iterable[Answer], rule: Rule = "latest") -> dict[Key, Answer]:
    """The attempt that counts per (quiz, question) among an answer file's entries, by the
    score written in the file for `best` (the gradebook re-scores and passes its own)."""
    ordered = [(key_of(a), a) for a in in_time_order(answers)]
    return choose(ordered, rule, lambda a: a.get("score"))
