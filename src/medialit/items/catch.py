"""Catch the machine: the analyzer's labels are shown, the student corrects them.

Two types share this module. `catch` shows the analyzer's kind for statements of the course's
own article (a practice article keyed by people) and scores the student's corrections against
that key: every statement the machine got wrong, and every statement the student changed,
counts. `catch-own` takes the student's own article: it is analysed, the student corrects the
labels, and the corrections are saved without a score (no key exists to score them against).

The machine's labels are worked out again whenever a response is scored (`compare`, cached per
article), never read from the answer file: a file can say what a student chose, not what the
machine proposed.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from medialit._analyze import analyze_records, compare
from medialit._data import KINDS
from medialit.items.base import (
    SAVED,
    Asked,
    BankCheck,
    ItemType,
    Result,
    Unreadable,
    register,
    verdict_for,
)

# A pasted article longer than this is not one news story (about 3,000 words).
MAX_ARTICLE_CHARS = 20_000
CORRECTION_KEYS = frozenset({"id", "text", "machine", "yours"})


@lru_cache(maxsize=16)
def _machine_on_key(
    text: str, rows: tuple[tuple[str, str, str, str], ...]
) -> dict[str, tuple[str, str]]:
    """{statement id: (the analyzer's kind, its reason)} for the keyed rows of an article."""
    key = [{"id": i, "text": t, "kind": k, "also_acceptable": a} for i, t, k, a in rows]
    return {str(r["id"]): (str(r["predicted_kind"]), str(r["why"])) for r in compare(text, key)}


def machine_labels(question: Asked) -> dict[str, tuple[str, str]]:
    """The analyzer's (kind, reason) for every keyed statement of the question's article."""
    rows = tuple(
        (s.id, s.text, str(s.kind), "; ".join(s.also_acceptable))
        for s in question.statements.values()
        if s.kind is not None  # "" in a students' copy: the label withheld, the row still there
    )
    return _machine_on_key(question.article_text, rows)


@lru_cache(maxsize=8)
def _analysed(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """(id, text, kind, why) of each statement the analyzer finds in a text."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a pasted page that looks odd is still analysed
        records = analyze_records(text)
    return tuple((str(r["id"]), str(r["text"]), str(r["kind"]), str(r["why"])) for r in records)


def analysed(text: str) -> list[dict[str, str]]:
    """The analyzer's statements of a student's own article: id, text, kind, why.

    Raises Unreadable (a message for the student) for a text it cannot take.
    """
    if not isinstance(text, str) or not text.strip():
        raise Unreadable("Paste an article into the box first: headline, then the text.")
    if len(text) > MAX_ARTICLE_CHARS:
        raise Unreadable(
            f"That text is longer than {MAX_ARTICLE_CHARS:,} characters, more than one news "
            "story. Paste one article."
        )
    try:
        rows = _analysed(text)
    except (TypeError, ValueError) as problem:
        raise Unreadable(str(problem)) from None
    return [{"id": i, "text": t, "kind": k, "why": w} for i, t, k, w in rows]


def _kind(value: Any) -> str:
    if not isinstance(value, str) or value.strip().lower() not in KINDS:
        raise Unreadable(f'"{value}" is not a kind. Use one of: {", ".join(KINDS)}.')
    return value.strip().lower()


@register
class Catch(ItemType):
    name = "catch"
    released = (frozenset({"statements"}), dict[str, frozenset[str]]())  # labels: the analyzer's
    needs_analyzer = True
    label = "catch the machine"
    required = frozenset({"statements"})
    quotes_statement = False
    how = "a dict of statement id to your kind, for the statements where the machine is wrong"
    example = '{"S07": "speculation"}'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        for sid in check.statement_list(raw["statements"]):
            if not check.table[sid].kind:
                raise check.fail(f"{sid} has no kind in statements.csv: nothing to score against")

    def rows(self, question: Asked) -> list[tuple[str, str, str, str]]:
        """(id, text, the machine's kind, its reason) of each statement shown, in the bank's
        order (the article's reading order)."""
        machine = machine_labels(question)
        return [(sid, question.text_of(sid), *machine[sid]) for sid in question.spec["statements"]]

    def read(self, question: Asked, response: Any) -> Any:
        if response is None or not isinstance(response, Mapping):
            raise Unreadable(
                "Give your corrections as statement id and kind, e.g. "
                f"{self.example}; give {{}} if the machine is right everywhere."
            )
        machine = machine_labels(question)
        ids = question.spec["statements"]
        corrections = {}
        for sid, kind in response.items():
            if sid not in ids:
                raise Unreadable(f'"{sid}" is not one of the statements in this question.')
            kind = _kind(kind)
            if kind != machine[sid][0]:  # a row left at the machine's kind is no correction
                corrections[str(sid)] = kind
        return corrections

    def score(self, question: Asked, stored: Any) -> Result:
        table = question.statements
        rows = self.rows(question)
        errors = {sid for sid, _, machine, _ in rows if machine not in table[sid].accepted}
        details = []
        right = 0
        for sid, text, machine, why in rows:
            if sid not in errors and sid not in stored:
                continue  # the machine was right and the student agreed: nothing to score
            accepted = table[sid].accepted
            yours = stored.get(sid, machine)
            ok = yours in accepted
            right += ok
            keyed = " or ".join(accepted)
            if sid in errors:
                did = f"you changed it to {yours}" if sid in stored else "you kept it"
                head = f"the machine said {machine} ({why}); {did}; the key says {keyed}."
            else:
                head = (
                    f"the machine's {machine} was right (the key accepts {keyed}); "
                    f"you said {yours}."
                )
            mark = "✓" if ok else "✗"
            details.append((sid, f'{mark} {sid} "{text}": {head} {table[sid].explanation}'))
        caught = sum(1 for sid in errors if stored.get(sid) in table[sid].accepted)
        spoiled = sum(
            1 for sid in stored if sid not in errors and stored[sid] not in table[sid].accepted
        )
        score = right / len(details) if details else 1.0
        summary = (
            f"The machine was wrong on {len(errors)} of these {len(rows)} statements; "
            f"you caught {caught}."
        )
        if spoiled:
            summary += f" You changed {spoiled} that the machine had right."
        return Result(
            valid=True,
            correct=score == 1,
            score=round(score, 4),
            feedback="\n".join([summary, *(d for _, d in details)]),
            verdict=verdict_for(score),
            details=details,
        )

    def lines(self, question: Asked) -> list[str]:
        rows = [
            f"  {sid}: {text} — the machine says {kind} ({why})"
            for sid, text, kind, why in self.rows(question)
        ]
        return [*rows, "  Kinds: " + ", ".join(KINDS)]

    def key(self, question: Asked) -> list[str]:
        table = question.statements
        lines = []
        for sid, text, machine, _ in self.rows(question):
            accepted = table[sid].accepted
            verdict = "right" if machine in accepted else "WRONG"
            lines.append(
                f"{sid}: {text} → the machine says {machine} ({verdict}); the key accepts "
                f"{', '.join(accepted)}. {table[sid].explanation}"
            )
        return lines


@register
class CatchOwn(ItemType):
    name = "catch-own"
    released = (frozenset[str](), dict[str, frozenset[str]]())  # the student's own article
    needs_analyzer = True
    label = "catch the machine on your own article"
    scored = False  # no key exists for a student's own article: the corrections are recorded
    quotes_statement = False
    how = 'a dict with your article\'s "text" and your "corrections" (statement id to kind)'
    example = '{"text": "Headline\\n\\nFirst paragraph ...", "corrections": {"S03": "opinion"}}'

    def proposals(self, text: str) -> tuple[list[dict[str, str]], str]:
        """The analyzer's statements of a text (id, text, kind, why), or a message for the
        student saying why there are none."""
        try:
            return analysed(text), ""
        except Unreadable as problem:
            return [], str(problem)

    def read(self, question: Asked, response: Any) -> Any:
        if not isinstance(response, Mapping) or "text" not in response:
            raise Unreadable(
                "Paste your article into the box, then press Show the machine's labels "
                "(again, if you changed the text since)."
            )
        rows = {r["id"]: r for r in analysed(response["text"])}
        given = response.get("corrections") or {}
        if not isinstance(given, Mapping):
            raise Unreadable(
                'Give your corrections as statement id and kind, e.g. {"S03": "opinion"}.'
            )
        corrections = []
        for sid, kind in given.items():
            if sid not in rows:
                raise Unreadable(
                    f'There is no statement "{sid}" in your article: use the ids shown.'
                )
            kind = _kind(kind)
            if kind != rows[sid]["kind"]:
                row = rows[sid]
                corrections.append(
                    {"id": str(sid), "text": row["text"], "machine": row["kind"], "yours": kind}
                )
        return {"text": response["text"], "corrections": corrections}

    def read_stored(self, question: Asked, stored: Any) -> Any:
        # The gradebook reads many files: check the shape, do not analyse every article again.
        if not isinstance(stored, Mapping) or set(stored) != {"text", "corrections"}:
            raise Unreadable("not an article with corrections")
        text, corrections = stored["text"], stored["corrections"]
        if not isinstance(text, str) or len(text) > MAX_ARTICLE_CHARS:
            raise Unreadable("the article is not text, or too long")
        if not isinstance(corrections, list):
            raise Unreadable("the corrections are not a list")
        for row in corrections:
            if not isinstance(row, Mapping) or set(row) != CORRECTION_KEYS:
                raise Unreadable("a correction is not id, text, machine, yours")
            if not all(isinstance(row[k], str) for k in CORRECTION_KEYS):
                raise Unreadable("a correction is not text")
            if row["machine"] not in KINDS or row["yours"] not in KINDS:
                raise Unreadable("a correction names no kind")
        return {"text": text, "corrections": [dict(r) for r in corrections]}

    def to_shown(self, question: Asked, stored: Any) -> Any:
        return {
            "text": stored["text"],
            "corrections": {r["id"]: r["yours"] for r in stored["corrections"]},
        }

    def score(self, question: Asked, stored: Any) -> Result:
        rows = stored["corrections"]
        if rows:
            lines = [f"Saved: your {len(rows)} correction{'s' * (len(rows) != 1)}."]
            lines += [
                f'{r["id"]} "{r["text"]}": the machine said {r["machine"]}; you say {r["yours"]}.'
                for r in rows
            ]
            lines.append("Your article has no key: your teacher reads your corrections.")
        else:
            lines = [
                "Saved: you changed none of the machine's labels. Did you check every row with "
                "the three rules (a judgement? who speaks? how sure?)"
            ]
        return Result(
            valid=True, correct=None, score=None, feedback="\n".join(lines), verdict=SAVED
        )

    def lines(self, question: Asked) -> list[str]:
        return [
            "  Paste your article, show the machine's labels, and change the kind of every "
            "statement you label differently."
        ]

    def key(self, question: Asked) -> list[str]:
        return ["No key: the student's own article. The corrections are recorded for the teacher."]
