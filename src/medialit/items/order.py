"""Put events in time order; credit for every pair in the right order."""

from __future__ import annotations

from typing import Any

from medialit.items.base import (
    Asked,
    BankCheck,
    Lettered,
    Result,
    Unreadable,
    register,
    verdict_for,
)


@register
class Order(Lettered):
    name = "order"
    label = "put in order"
    required = frozenset({"events"})
    lettered = "events"
    never_shown_solved = True
    how = "all the letters, earliest first"
    example = '["c", "a", "b"]'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        events = raw["events"]
        if not isinstance(events, list) or not 3 <= len(events) <= 26:
            raise check.fail("order needs a list of 3 to 26 events")
        for where, ev in check.lettered("event", events, "date"):
            if ev["date"] in (None, ""):
                raise check.fail(f"{where} needs a date")
        if len({ev["text"] for ev in events}) != len(events):
            raise check.fail("two events have the same text")

    def read(self, question: Asked, response: Any) -> Any:
        shown = question.shown_letters
        hint = f"Put all {len(shown)} letters ({', '.join(shown)}) in order, earliest first."
        if response is None or isinstance(response, str) or not isinstance(response, (list, tuple)):
            raise Unreadable(hint)
        if not all(isinstance(r, str) for r in response):
            raise Unreadable(hint)
        if sorted(r.strip().lower() for r in response) != sorted(shown):
            raise Unreadable(hint + " Use each letter once.")
        return [self._to_stored(question, r) for r in response]

    def read_stored(self, question: Asked, stored: Any) -> Any:
        keys = list(self._choices(question))
        if not isinstance(stored, list) or sorted(stored) != keys:
            raise Unreadable("not an order of the question's events")
        return list(stored)

    def score(self, question: Asked, stored: Any) -> Result:
        events = self._choices(question)
        keys = list(events)
        pos = {k: i for i, k in enumerate(stored)}
        pairs = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :]]
        score = sum(pos[a] < pos[b] for a, b in pairs) / len(pairs)
        details = []
        for i, key in enumerate(keys):
            ev = events[key]
            mark = "✓" if stored[i] == key else "✗"
            details.append(
                (key, f"{mark} {i + 1}. {ev['text']} ({ev['date']}). {ev['feedback'].strip()}")
            )
        return Result(
            valid=True,
            correct=stored == keys,
            score=round(score, 4),
            feedback="\n".join(["The right order:", *(d for _, d in details)]),
            verdict=verdict_for(score),
            details=details,
        )

    def key(self, question: Asked) -> list[str]:
        return [
            f"{n}. {ev['text']} ({ev['date']}). {ev['feedback'].strip()}"
            for n, ev in enumerate(question.spec["events"], 1)
        ]

    def to_shown(self, question: Asked, stored: Any) -> Any:
        return [question.shown_letter(k) for k in stored]
