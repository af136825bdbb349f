"""How sure: a probability per statement, scored by calibration (Brier skill)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from medialit.items.base import (
    BASELINE_BRIER,
    CONFIDENCE_TOLERANCE,
    PARTLY,
    RIGHT,
    WRONG,
    Asked,
    BankCheck,
    ItemType,
    Result,
    Unreadable,
    register,
)


@lru_cache(maxsize=8192)
def _line(sid: str, p: float, o: float, feedback: str) -> str:
    """The feedback on one statement: how sure the student was against the key. Students
    give the same few figures (70 %, 90 %), so each line is written once."""
    gap = p - o
    if abs(gap) <= CONFIDENCE_TOLERANCE:
        how = "✓ Well judged"
    elif gap > 0:
        how = f"✗ Too high (you were more sure than the text allows that {sid} is so)"
    else:
        how = f"✗ Too low (the text allows more confidence that {sid} is so)"
    return (
        f"{how}: you said {round(p * 100)} %, a careful reader would say {round(o * 100)} %. "
        f"{feedback.strip()}"
    )


@register
class Confidence(ItemType):
    name = "confidence"
    released = (frozenset({"items"}), {"items": frozenset({"statement"})})
    label = "how sure?"
    required = frozenset({"items"})
    how = "a dict of statement id to how sure you are, from 0 to 1 (0.7 = 70 %)"
    example = '{"S05": 0.7, ...}'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        items = raw["items"]
        if not isinstance(items, list) or not items:
            raise check.fail("items must be a list of one or more items")
        seen = set()
        for i, item in enumerate(items):
            where = f"item {i + 1}"
            if not isinstance(item, dict) or set(item) != {"statement", "outcome", "feedback"}:
                raise check.fail(f"{where} needs exactly the keys statement, outcome, feedback")
            sid = check.known(item["statement"], where)
            if sid in seen:
                raise check.fail(f"{sid} is rated twice")
            seen.add(sid)
            outcome = item["outcome"]
            if not isinstance(outcome, (bool, int, float)) or not 0 <= outcome <= 1:
                raise check.fail(
                    f"{where}: outcome must be true, false or a "
                    f"probability from 0 to 1, not {outcome!r}"
                )
            check.text(f"{where} feedback", item["feedback"])

    def statement_ids(self, question: Asked) -> list[str]:
        return [item["statement"] for item in question.spec["items"]]

    def read(self, question: Asked, response: Any) -> Any:
        ids = self.statement_ids(question)
        hint = 'Give each statement a number from 0 to 1, e.g. {"S05": 0.7} (0.7 means 70 % sure).'
        if response is None or not isinstance(response, Mapping) or not response:
            raise Unreadable(hint)
        probs: dict[str, float] = {}
        for sid, p in response.items():
            if sid not in ids:
                raise Unreadable(f'"{sid}" is not one of the statements in this question.')
            if isinstance(p, bool) or not isinstance(p, (int, float)) or math.isnan(p):
                raise Unreadable(f"For {sid}, give a number from 0 to 1. " + hint)
            if not 0 <= p <= 1:
                raise Unreadable(f"For {sid}, {p} is outside 0 to 1. Write 70 % as 0.7.")
            probs[str(sid)] = float(p)
        missing = [s for s in ids if s not in probs]
        if missing:
            raise Unreadable(
                f"Say how sure you are for every statement: {', '.join(missing)} "
                f"{'has' if len(missing) == 1 else 'have'} no number yet."
            )
        return probs

    def score(self, question: Asked, stored: Any) -> Result:
        items = {item["statement"]: item for item in question.spec["items"]}
        outcomes = {s: float(item["outcome"]) for s, item in items.items()}
        gaps = {s: stored[s] - outcomes[s] for s in items}
        brier = sum(g * g for g in gaps.values()) / len(items)
        details = [
            (sid, _line(sid, stored[sid], outcomes[sid], items[sid]["feedback"]))
            for sid in question.shown_statement_ids
        ]
        # Sure means far from 50 %. An answer outside the tolerance was too sure when it sat
        # further from 50 % than the key or on the other side of it, else not sure enough.
        too_sure = too_unsure = 0.0
        for s in items:
            if abs(gaps[s]) <= CONFIDENCE_TOLERANCE:
                continue
            p, o = stored[s] - 0.5, outcomes[s] - 0.5
            if p * o < 0 or abs(p) > abs(o):
                too_sure += abs(gaps[s])
            else:
                too_unsure += abs(gaps[s])
        if too_sure == too_unsure == 0:
            overall = "Overall your confidence fits the text well."
        elif too_sure >= too_unsure:
            overall = "Overall you were over-confident: you sounded surer than the text allows."
        else:
            overall = "Overall you were under-confident: the text allowed you to be surer."
        # Skill against "no idea": always saying 50 % scores 0, a perfect answer 1.
        score = max(0.0, 1.0 - brier / BASELINE_BRIER)
        correct = all(abs(g) <= CONFIDENCE_TOLERANCE for g in gaps.values())
        text = "\n".join(
            [
                overall,
                *(d for _, d in details),
                f"Your score {score:.2f}: 1 is perfect; 0 is no better than saying 50 % "
                '("no idea") every time. (Brier score '
                f"{brier:.2f}: the mean squared gap between your numbers and the key.)",
            ]
        )
        verdict = RIGHT if correct else (PARTLY if score > 0 else WRONG)
        return Result(
            valid=True,
            correct=correct,
            score=round(score, 4),
            feedback=text,
            verdict=verdict,
            brier=round(brier, 4),
            lean=round(sum(gaps.values()) / len(gaps), 4),
            details=details,
        )

    def key(self, question: Asked) -> list[str]:
        return [
            f'{item["statement"]} "{question.text_of(item["statement"])}": a careful reader '
            f"says {round(float(item['outcome']) * 100)} %. {item['feedback'].strip()}"
            for item in question.spec["items"]
        ]

    def lines(self, question: Asked) -> list[str]:
        return [f"  {s}: {question.text_of(s)}" for s in question.shown_statement_ids]
