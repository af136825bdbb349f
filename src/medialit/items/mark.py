"""Mark the words: a hedge, a booster, a cue or a source in one statement."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from medialit.items.base import (
    Asked,
    BankCheck,
    ItemType,
    Result,
    Unreadable,
    key_tokens,
    register,
    statements_in,
    tokenize,
    verdict_for,
)

if TYPE_CHECKING:
    from medialit._course import Statement

# A mark item whose target is one of these takes its key from statements.csv (the column's
# phrases that occur in the text), so the words are typed once; a bank key beside it is an
# override and says why in `key_reason`.
DATA_TARGETS = {"hedge": "hedges", "booster": "boosters", "cue": "cue", "source": "source"}


def data_key(table: Mapping[str, Statement], sid: str, target: str) -> list[str]:
    """The phrases statements.csv gives for a mark target in a statement or sentence."""
    column = DATA_TARGETS.get(target)
    if column is None:
        return []
    text = table[sid].text
    rows = [table[sid]] if table[sid].kind else statements_in(table, sid)
    phrases: list[str] = []
    for row in rows:
        for phrase in (p.strip() for p in str(getattr(row, column)).split(";")):
            at = text.lower().find(phrase.lower()) if phrase else -1
            if at >= 0 and text[at : at + len(phrase)] not in phrases:
                phrases.append(text[at : at + len(phrase)])
    return phrases


@register
class Mark(ItemType):
    name = "mark"
    released = (frozenset({"target", "sentence"}), {})
    label = "mark the words"
    required = frozenset({"target", "feedback"})
    optional = frozenset({"sentence", "key", "key_reason"})
    how = "a list of word numbers"
    example = "[3, 4]"
    quotes_statement = False  # its words are the controls

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        if ("statement" in raw) == ("sentence" in raw):
            raise check.fail("a mark question needs one of statement or sentence")
        sid = check.known(raw.get("statement") or raw.get("sentence"), "sentence")
        target = check.text("target", raw["target"])
        check.text("feedback", raw["feedback"])
        if "key" not in raw:
            if target not in DATA_TARGETS:
                raise check.fail(
                    f"target {target!r} needs a key (statements.csv keys only "
                    f"{', '.join(DATA_TARGETS)})"
                )
            if not data_key(check.table, sid, target):
                raise check.fail(
                    f"statements.csv gives no {target} in the text of {sid}: add a key"
                )
            if "key_reason" in raw:
                raise check.fail("key_reason explains a key; this item has none")
            return
        if target in DATA_TARGETS and "key_reason" not in raw:
            raise check.fail(
                f"statements.csv already keys the {target} of {sid}; drop the key, or say in "
                "key_reason why this item keys other words"
            )
        if "key_reason" in raw:
            check.text("key_reason", raw["key_reason"])
        phrases = raw["key"]
        if not isinstance(phrases, list) or not phrases:
            raise check.fail("key must be a list of one or more phrases")
        for phrase in phrases:
            if (
                not isinstance(phrase, str)
                or not phrase.strip()
                or phrase not in check.table[sid].text
            ):
                raise check.fail(f"key phrase {phrase!r} is not in the text of {sid}")

    def key_phrases(self, question: Asked) -> list[str]:
        """The phrases the item keys: the bank's own, else statements.csv's."""
        if "key" in question.spec:
            return list(question.spec["key"])
        sid = question.statement.id if question.statement else ""
        return data_key(question.statements, sid, str(question.spec["target"]))

    def tokens(self, question: Asked) -> list[str]:
        """The words a student can mark."""
        return tokenize(question.statement.text) if question.statement else []

    def read(self, question: Asked, response: Any) -> Any:
        n = len(self.tokens(question))
        if isinstance(response, (str, bytes)) or response is None:
            raise Unreadable(f"Answer with a list of word numbers from 0 to {n - 1}, e.g. [3, 4].")
        if not isinstance(response, (list, tuple, set)) or not response:
            raise Unreadable("Mark at least one word first.")
        if not all(isinstance(i, int) and not isinstance(i, bool) for i in response):
            raise Unreadable(f"Use word numbers (0 to {n - 1}), e.g. [3, 4].")
        bad = sorted(i for i in response if not 0 <= i < n)
        if bad:
            raise Unreadable(f"There is no word number {bad[0]}: the words run from 0 to {n - 1}.")
        return sorted(set(response))

    def score(self, question: Asked, stored: Any) -> Result:
        tokens = self.tokens(question)
        picks = set(stored)
        phrases = self.key_phrases(question)
        key = key_tokens(question.statement.text, phrases) if question.statement else set()
        hits = len(picks & key)
        precision = hits / len(picks)
        recall = hits / len(key)
        score = 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)
        missed = [tokens[i] for i in sorted(key - picks)]
        extra = [tokens[i] for i in sorted(picks - key)]
        lines = []
        if missed:
            lines.append("You missed: " + " ".join(missed) + ".")
        if extra:
            lines.append("Not part of it: " + " ".join(extra) + ".")
        lines.append("The key: " + "; ".join(f'"{p}"' for p in phrases) + ".")
        lines.append(question.spec["feedback"].strip())
        return Result(
            valid=True,
            correct=picks == key,
            score=round(score, 4),
            feedback="\n".join(lines),
            verdict=verdict_for(score),
        )

    def key(self, question: Asked) -> list[str]:
        text = question.statement.text if question.statement else ""
        phrases = "; ".join(f'"{p}"' for p in self.key_phrases(question))
        return [
            f'In "{text}", the {question.spec["target"]}: {phrases}.',
            question.spec["feedback"].strip(),
        ]

    def lines(self, question: Asked) -> list[str]:
        words = " ".join(f"{i}:{t}" for i, t in enumerate(self.tokens(question)))
        sid = question.statement.id if question.statement else ""
        text = question.statement.text if question.statement else ""
        return [f"  {sid}: {text}", "  Words: " + words]
