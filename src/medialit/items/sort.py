"""Sort the statements into kinds (or a bank's own categories)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from medialit._data import KINDS
from medialit.items.base import (
    Asked,
    BankCheck,
    ItemType,
    Result,
    Unreadable,
    register,
    statements_in,
    verdict_for,
)

_Row = tuple[str, tuple[str, ...], str, str]  # a statement, its key, its text, why
# Per question object (kept with it, so an id is never taken for another's): its key and rows.
_ROWS: dict[int, tuple[Any, dict[str, tuple[str, ...]], list[_Row]]] = {}


@lru_cache(maxsize=8192)
def _line(sid: str, said: str, accepted: tuple[str, ...], text: str, why: str) -> str:
    """The feedback on one statement of a sort: the same few lines (statements times kinds)
    come back in every student's answer, so each is written once."""
    ok = said in accepted
    keyed, *others = accepted
    if ok and said != keyed:
        verdict = f"{said} is defensible too (the key says {keyed})."
    elif others:
        verdict = f"the key says {keyed}; {' or '.join(others)} is defensible too."
    else:
        verdict = f"it is {keyed}."
    head = f'{"✓" if ok else "✗"} {sid} "{text}": you said {said}; {verdict}'
    return f"{head} {why.strip()}".strip()


@register
class Sort(ItemType):
    name = "sort"
    released = (frozenset({"statements", "categories"}), {})
    label = "sort the statements"
    required = frozenset({"statements"})
    optional = frozenset({"categories", "key", "key_reason", "feedback"})
    how = "a dict of statement id to category"
    example = '{"S02": "fact", ...}'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        ids = check.statement_list(raw["statements"])
        cats = raw.get("categories") or list(KINDS)
        if (
            not isinstance(cats, list)
            or len(cats) < 2
            or not all(isinstance(c, str) and c == c.strip().lower() and c for c in cats)
        ):
            raise check.fail("categories must be a list of 2 or more lowercase words")
        key = raw.get("key") or {}
        if not isinstance(key, dict):
            raise check.fail("key must map statement ids to categories")
        for sid, cat in key.items():
            if sid not in ids:
                raise check.fail(f"key names {sid!r}, which is not in statements")
            if cat not in cats:
                raise check.fail(f"key for {sid} is {cat!r}, not one of the categories")
        if key and "categories" not in raw and "key_reason" not in raw:
            raise check.fail(
                "statements.csv already keys the kinds; drop the key, or say in key_reason why "
                "this item keys them otherwise"
            )
        if "key_reason" in raw:
            check.text("key_reason", raw["key_reason"])
        for sid in ids:
            statement = check.table[sid]
            if sid not in key and statement.kind is None:
                parts = sorted(s.id for s in statements_in(check.table, sid))
                hint = f" (statements.csv splits it: {', '.join(parts)})" if parts else ""
                raise check.fail(f"no key for {sid} and no kind for it in statements.csv{hint}")
            if sid not in key and not set(statement.accepted) <= set(cats):
                raise check.fail(
                    f"{sid} is a {statement.kind} in statements.csv, "
                    "which is not one of the categories; give a key"
                )
        fb = raw.get("feedback") or {}
        if not isinstance(fb, dict) or any(
            s not in ids or not isinstance(t, str) for s, t in fb.items()
        ):
            raise check.fail("feedback must map statement ids in the question to text")

    def statement_ids(self, question: Asked) -> list[str]:
        return list(question.spec["statements"])

    def categories(self, question: Asked) -> list[str]:
        """The categories to sort into, in the bank's order (default: the five kinds)."""
        return list(question.spec.get("categories") or KINDS)

    def accepted(self, question: Asked) -> dict[str, tuple[str, ...]]:
        """Per statement, the categories that score: a bank's own key, else the statement's
        kind and the other kinds careful readers defend (statements.csv `also_acceptable`)."""
        key = question.spec.get("key") or {}
        table = question.statements
        return {
            s: (str(key[s]),) if s in key else table[s].accepted
            for s in question.spec["statements"]
        }

    def read(self, question: Asked, response: Any) -> Any:
        cats = self.categories(question)
        ids = question.spec["statements"]
        if response is None or not isinstance(response, Mapping) or not response:
            raise Unreadable(
                f"Sort the statements first: give each one a category ({', '.join(cats)})."
            )
        answer = {}
        for sid, cat in response.items():
            if sid not in ids:
                raise Unreadable(f'"{sid}" is not one of the statements in this question.')
            if not isinstance(cat, str) or cat.strip().lower() not in cats:
                raise Unreadable(f'"{cat}" is not a category here. Use one of: {", ".join(cats)}.')
            answer[str(sid)] = cat.strip().lower()
        missing = [s for s in ids if s not in answer]
        if missing:
            raise Unreadable(
                f"Give every statement a category: {', '.join(missing)} "
                f"{'has' if len(missing) == 1 else 'have'} none yet."
            )
        return answer

    def _rows(self, question: Asked) -> tuple[dict[str, tuple[str, ...]], list[_Row]]:
        """The key, and per statement in the student's order what its feedback line needs:
        the same for every answer to the question (worked out once per question object)."""
        kept = _ROWS.get(id(question))
        if kept is not None and kept[0] is question:
            return kept[1], kept[2]
        key = self.accepted(question)
        overrides = question.spec.get("feedback") or {}
        table = question.statements
        rows = [
            (sid, key[sid], table[sid].text, overrides.get(sid) or table[sid].explanation or "")
            for sid in question.shuffled(self.statement_ids(question))
        ]
        if len(_ROWS) >= 1024:
            _ROWS.clear()
        _ROWS[id(question)] = (question, key, rows)
        return key, rows

    def score(self, question: Asked, stored: Any) -> Result:
        key, rows = self._rows(question)
        details = [
            (sid, _line(sid, stored[sid], accepted, text, why)) for sid, accepted, text, why in rows
        ]
        score = sum(stored[s] in key[s] for s in key) / len(key)
        return Result(
            valid=True,
            correct=score == 1,
            score=round(score, 4),
            feedback="\n".join(d for _, d in details),
            verdict=verdict_for(score),
            details=details,
        )

    def key(self, question: Asked) -> list[str]:
        accepted = self.accepted(question)
        table = question.statements
        lines = []
        for sid, kinds in accepted.items():
            keyed, *others = kinds
            also = f" (also accepted: {', '.join(others)})" if others else ""
            lines.append(f"{sid}: {table[sid].text} → {keyed}{also}. {table[sid].explanation}")
        return lines

    def lines(self, question: Asked) -> list[str]:
        rows = [f"  {s}: {question.text_of(s)}" for s in question.shown_statement_ids]
        return [*rows, "  Categories: " + ", ".join(self.categories(question))]
