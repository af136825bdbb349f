"""Which attempt counts: one rule for the session and the gradebook, in time order."""

from __future__ import annotations

from typing import Any

import pytest

from medialit import _attempts


def entry(question: str, time: Any, score: float | None, quiz: str = "q") -> dict[str, Any]:
    return {"quiz": quiz, "question": question, "time": time, "score": score}


# Written out of time order, as a file merged from two (answers given before a name was set)
# may be; two attempts share a second; one has no time at all.
ANSWERS = [
    entry("a", "2026-12-03T10:00:05+00:00", 0.5),
    entry("a", "2026-12-03T10:00:01+00:00", 0.0),
    entry("a", "2026-12-03T10:00:09+00:00", 0.25),
    entry("b", "2026-12-03T10:00:02Z", 1.0),
    entry("b", "2026-12-03T10:00:02+00:00", 1.0),
    entry("c", None, 0.0),
    entry("c", "2026-12-03T09:00:00", 0.75),
]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("first", {"a": 0.0, "b": 0, "c": 0.0}),
        ("best", {"a": 0.5, "b": 0, "c": 0.75}),
        ("latest", {"a": 0.25, "b": 1, "c": 0.75}),
    ],
)
def test_each_rule_picks_by_time_not_by_place_in_the_file(
    rule: _attempts.Rule, expected: dict[str, float]
) -> None:
    """Does each rule choose by the attempts' times (a missing time first), with equal times
    and equal scores keeping the file's order?"""
    counted = _attempts.counted(ANSWERS, rule)
    assert {q: counted[("q", q)]["score"] for q in "ac"} == {q: expected[q] for q in "ac"}
    # b: two attempts in the same second, equally scored: the file's order breaks the tie.
    assert counted[("q", "b")] is ANSWERS[3 + expected["b"]]


def test_order_is_stable_and_an_unknown_rule_is_refused() -> None:
    """Is the time order the same on every run, and is a misspelt rule an error?"""
    assert _attempts.in_time_order(ANSWERS) == _attempts.in_time_order(list(ANSWERS))
    assert [a["question"] for a in _attempts.in_time_order(ANSWERS)][:2] == ["c", "c"]
    with pytest.raises(ValueError, match="no rule 'last'"):
        _attempts.counted(ANSWERS, "last")  # type: ignore[arg-type]


def test_best_uses_the_score_it_is_given() -> None:
    """Does `best` rank by the score the caller gives (the gradebook's re-score), not the file's?"""
    pairs = [(("q", "a"), {"id": 1, "score": 1.0}), (("q", "a"), {"id": 2, "score": 0.0})]
    rescored = {1: 0.0, 2: 1.0}
    best = _attempts.choose(pairs, "best", lambda a: rescored[a["id"]])
    assert best[("q", "a")]["id"] == 2
