"""Item types: one class per type owns everything the type means.

Each type says which keys its bank entry takes and checks them, reads a student's response
(a friendly message for anything it cannot read), scores it, writes its plain-text form and
says how to answer by function call. The quiz model, the widgets and the gradebook ask the
registry (`ITEM_TYPES`); nothing else branches on a type's name. Adding a type is one class
here (registered with `@register`) plus its control in `_widgets.py`.

Responses come in two forms. The *shown* form is what a student types or clicks: for lettered
types (single, multiple, order) the letters a, b, c… in the order this student sees the
choices, so a letter says nothing about where the author put the right answer. The *stored*
form is what the answer file keeps and the gradebook re-scores: the same choices by their
place in the bank (a = first in the file). Other types use one form (statement ids, word
numbers, text).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from medialit._data import KINDS, STATUSES

if TYPE_CHECKING:
    from medialit._course import Statement
    from medialit._quiz import Question

RIGHT = "✓ Right"
WRONG = "✗ Not quite"
PARTLY = "◐ Partly right"
SAVED = "✎ Saved"
MAX_TEXT_CHARS = 10_000  # a reflection longer than this is pasted by accident
MIN_WORDS = 15  # a reflection shorter than this is saved but not yet counted as answered
# The Civic Online Reasoning rubric levels (TEACHING.md section 1), best first.
LEVELS = ("proficient", "emergent", "basic")
# A how-sure answer counts as right when every level is within this of the outcome.
CONFIDENCE_TOLERANCE = 0.25
# The Brier score of always saying 50 % about things that are true or false: the baseline a
# how-sure answer is measured against (score 0 = no better than "no idea", 1 = perfect).
BASELINE_BRIER = 0.25
_TOKEN = re.compile(r"\S+")


def letters(count: int) -> list[str]:
    """The letters a, b, c… of `count` lettered choices (options, events)."""
    return [chr(ord("a") + i) for i in range(count)]


def tokenize(text: str) -> list[str]:
    """The words of a text as a student sees them: split on white space, numbered from 0."""
    return _TOKEN.findall(text)


def key_tokens(text: str, phrases: list[str]) -> set[int]:
    """Indices of the tokens any occurrence of any phrase touches."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    marked: set[int] = set()
    for phrase in phrases:
        start = text.find(phrase)
        while start != -1:
            end = start + len(phrase)
            marked.update(i for i, (a, b) in enumerate(spans) if a < end and b > start)
            start = text.find(phrase, start + 1)
    return marked


# --------------------------------------------------------------------------- results
@dataclass
class Result:
    """What `.answer()` returns: whether the response counts, its score and the feedback."""

    valid: bool
    correct: bool | None
    score: float | None
    feedback: str
    verdict: str = ""
    brier: float | None = None
    lean: float | None = None
    response: Any = None  # the stored form, as the answer file keeps it
    saved: bool = False
    notice: str = ""
    details: list[tuple[str, str]] = field(default_factory=list)
    wrong_choices: tuple[str, ...] = ()  # stored keys of wrong options picked (item analysis)
    # What the student did, for the item analysis: {"opened an independent source first": True}
    habits: dict[str, bool] = field(default_factory=dict)
    counted: bool = True  # False: saved, but too thin to count as answered (a short reflection)

    def __repr__(self) -> str:
        return self.text()

    def text(self) -> str:
        """The feedback as plain text, with the verdict and score first."""
        lines = []
        if self.valid and self.verdict:
            head = self.verdict
            if self.score is not None:
                head += f" (score {self.score:.2f})"
            lines.append(head)
        lines.append(self.feedback)
        if self.notice:
            lines.append(self.notice)
        return "\n".join(line for line in lines if line)


def invalid(message: str) -> Result:
    """A response that cannot be scored: a friendly message, nothing saved."""
    return Result(valid=False, correct=None, score=None, feedback=message)


def verdict_for(score: float) -> str:
    """Right, partly right or not quite, by score."""
    if score >= 1:
        return RIGHT
    return PARTLY if score > 0 else WRONG


class Unreadable(Exception):
    """A response that cannot be read; the message tells the student what to do."""


class BankError(ValueError):
    """A mistake in a bank, for its author."""


@dataclass
class BankCheck:
    """What a type's validation needs: where it is (for messages) and the statements."""

    source: str
    qid: str
    table: Mapping[str, Statement]
    outlets: Callable[[str], dict[str, str] | None] = lambda outlet: None  # the course's profiles

    def fail(self, message: str) -> BankError:
        return BankError(f"{self.source}, question {self.qid!r}: {message}")

    def text(self, where: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where} must be non-empty text")
        return value

    def known(self, sid: Any, where: str) -> str:
        if not isinstance(sid, str) or sid not in self.table:
            raise self.fail(f"{where}: unknown statement id {sid!r}")
        return sid

    def lettered(self, noun: str, items: Any, own_key: str) -> list[tuple[str, dict[str, Any]]]:
        """(where, item) for options or events, each with exactly text, `own_key`, feedback."""
        checked = []
        for letter, item in zip(letters(len(items)), items, strict=True):
            where = f"{noun} {letter}"
            if not isinstance(item, dict) or set(item) != {"text", own_key, "feedback"}:
                raise self.fail(f"{where} needs exactly the keys text, {own_key}, feedback")
            self.text(f"{where} text", item["text"])
            self.text(f"{where} feedback", item["feedback"])
            checked.append((where, item))
        return checked


# --------------------------------------------------------------------------- the types
class ItemType:
    """The base of every item type; subclasses set the class attributes and override."""

    name: ClassVar[str]
    label: ClassVar[str]  # how a student hears the type named: "sort the statements"
    required: ClassVar[frozenset[str]] = frozenset()
    optional: ClassVar[frozenset[str]] = frozenset()
    scored: ClassVar[bool] = True  # does it count towards points?
    never_shown_solved: ClassVar[bool] = False  # shuffle again if shown in the keyed order
    quotes_statement: ClassVar[bool] = True  # show the statement under the prompt
    lettered: ClassVar[str] = ""  # the bank key of lettered choices: options or events
    how: ClassVar[str] = ""  # the shape of an answer, for the how-to line
    example: ClassVar[str] = ""  # an answer of that shape, as Python

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        """Raise BankError (via `check.fail`) for anything wrong in this type's keys."""

    def statement_ids(self, question: Question) -> list[str]:
        """The statements a student sorts or rates, in file order (empty for most types)."""
        return []

    def read(self, question: Question, response: Any) -> Any:
        """The stored form of a shown-form response; raise Unreadable with what to do."""
        raise NotImplementedError

    def read_stored(self, question: Question, stored: Any) -> Any:
        """Check a stored response (from an answer file) and return it in stored form."""
        return self.read(question, stored)

    def score(self, question: Question, stored: Any) -> Result:
        """Score a response in stored form."""
        raise NotImplementedError

    def lines(self, question: Question) -> list[str]:
        """The body of the plain-text form (below the prompt)."""
        return []

    def key(self, question: Question) -> list[str]:
        """The answer key in plain lines, for the teacher's printed key."""
        return []

    def how_to(self, question: Question) -> str:
        """The exact call that answers, for frontends without widgets."""
        call = (
            f'import medialit; medialit.load_quiz("{question.quiz_slug}")'
            f'.answer("{question.id}", {self.example})'
        )
        return f"Answer with {self.how}: {call}"

    def to_shown(self, question: Question, stored: Any) -> Any:
        """A stored response in the form a student gives (to put it back into controls)."""
        return stored


ITEM_TYPES: dict[str, ItemType] = {}


def register(cls: type[ItemType]) -> type[ItemType]:
    """Add an item type to the registry under its name."""
    ITEM_TYPES[cls.name] = cls()
    return cls


class _Lettered(ItemType):
    """Types whose choices carry letters: shown letters in, stored letters kept."""

    def _choices(self, question: Question) -> dict[str, dict[str, Any]]:
        items = question.spec[self.lettered]
        return dict(zip(letters(len(items)), items, strict=True))

    def _to_stored(self, question: Question, shown: str) -> str:
        key = question.stored_key(shown.strip().lower())
        if key is None:
            raise Unreadable(
                f'There is no choice "{shown.strip()}". '
                f"Use the letters {', '.join(question.shown_letters)}."
            )
        return key

    def lines(self, question: Question) -> list[str]:
        return [f"  {letter}) {item['text']}" for letter, _, item in question.shown_choices]

    def key(self, question: Question) -> list[str]:
        return [
            f"{'✓ right' if item.get('correct') else '✗ wrong'}: {item['text']} — "
            f"{item['feedback'].strip()}"
            for item in question.spec[self.lettered]
        ]


@register
class Single(_Lettered):
    name = "single"
    label = "single choice"
    required = frozenset({"options"})
    lettered = "options"
    how = "the letter of one answer"
    example = '"b"'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        _validate_options(check, raw["options"], exactly_one=True)

    def read(self, question: Question, response: Any) -> Any:
        shown = ", ".join(question.shown_letters)
        if response is None or (isinstance(response, str) and not response.strip()):
            raise Unreadable(f"Pick one answer first: one of the letters {shown}.")
        if not isinstance(response, str):
            raise Unreadable(f'Answer with one letter as text, e.g. "a" (one of {shown}).')
        return self._to_stored(question, response)

    def read_stored(self, question: Question, stored: Any) -> Any:
        if not isinstance(stored, str) or stored not in self._choices(question):
            raise Unreadable("not one of the question's options")
        return stored

    def score(self, question: Question, stored: Any) -> Result:
        option = self._choices(question)[stored]
        right = bool(option["correct"])
        return Result(
            True,
            right,
            1.0 if right else 0.0,
            option["feedback"].strip(),
            RIGHT if right else WRONG,
            details=[(stored, option["feedback"].strip())],
            wrong_choices=() if right else (stored,),
        )

    def to_shown(self, question: Question, stored: Any) -> Any:
        return question.shown_letter(stored)


@register
class Multiple(_Lettered):
    name = "multiple"
    label = "multiple choice"
    required = frozenset({"options"})
    lettered = "options"
    how = "a list of the letters of every answer that fits"
    example = '["a", "c"]'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        _validate_options(check, raw["options"], exactly_one=False)

    def read(self, question: Question, response: Any) -> Any:
        shown = ", ".join(question.shown_letters)
        if isinstance(response, str):
            raise Unreadable(f'Answer with a list of letters, e.g. ["a", "c"] (from {shown}).')
        if response is None or not isinstance(response, (list, tuple, set)) or not response:
            raise Unreadable(f"Tick at least one answer first (from {shown}).")
        if not all(isinstance(r, str) for r in response):
            raise Unreadable(f'Answer with letters as text, e.g. ["a", "c"] (from {shown}).')
        return sorted({self._to_stored(question, r) for r in response})

    def read_stored(self, question: Question, stored: Any) -> Any:
        choices = self._choices(question)
        if not isinstance(stored, list) or not stored or not all(s in choices for s in stored):
            raise Unreadable("not a list of the question's options")
        return sorted(set(stored))

    def score(self, question: Question, stored: Any) -> Result:
        options = self._choices(question)
        picks = set(stored)
        right = {k for k, o in options.items() if o["correct"]}
        score = max(0.0, (len(picks & right) - len(picks - right)) / len(right))
        details = []
        for key, opt in options.items():
            picked = key in picks
            if picked or key in right:
                mark = "✓" if picked == (key in right) else "✗"
                how = "you ticked it" if picked else "you left it out"
                # The option's text, not its letter: the widget shows no letters.
                details.append((key, f'{mark} "{opt["text"]}": {how}. {opt["feedback"].strip()}'))
        correct = picks == right
        return Result(
            True,
            correct,
            round(score, 4),
            "\n".join(d for _, d in details),
            verdict_for(1.0 if correct else score),
            details=details,
            wrong_choices=tuple(sorted(picks - right)),
        )

    def to_shown(self, question: Question, stored: Any) -> Any:
        return [question.shown_letter(k) for k in stored]


def _validate_options(check: BankCheck, options: Any, *, exactly_one: bool) -> None:
    if not isinstance(options, list) or not 2 <= len(options) <= 26:
        raise check.fail("options must be a list of 2 to 26 options")
    for where, opt in check.lettered("option", options, "correct"):
        if not isinstance(opt["correct"], bool):
            raise check.fail(f"{where}: correct must be true or false")
    n_right = sum(o["correct"] for o in options)
    if exactly_one and n_right != 1:
        raise check.fail(
            f"a single-choice question needs exactly one correct option, not {n_right}"
        )
    if not exactly_one and n_right < 1:
        raise check.fail("a multiple-choice question needs at least one correct option")


@register
class Sort(ItemType):
    name = "sort"
    label = "sort the statements"
    required = frozenset({"statements"})
    optional = frozenset({"categories", "key", "key_reason", "feedback"})
    how = "a dict of statement id to category"
    example = '{"S02": "fact", ...}'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        ids = raw["statements"]
        if not isinstance(ids, list) or len(ids) < 2:
            raise check.fail("statements must be a list of at least 2 statement ids")
        for sid in ids:
            check.known(sid, "statements")
        if len(set(ids)) != len(ids):
            raise check.fail("a statement is listed twice")
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
                parts = sorted(k for k, s in check.table.items() if s.kind and s.sentence == sid)
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

    def statement_ids(self, question: Question) -> list[str]:
        return list(question.spec["statements"])

    def categories(self, question: Question) -> list[str]:
        """The categories to sort into, in the bank's order (default: the five kinds)."""
        return list(question.spec.get("categories") or KINDS)

    def accepted(self, question: Question) -> dict[str, tuple[str, ...]]:
        """Per statement, the categories that score: a bank's own key, else the statement's
        kind and the other kinds careful readers defend (statements.csv `also_acceptable`)."""
        key = question.spec.get("key") or {}
        table = question.course.statement_table
        return {
            s: (str(key[s]),) if s in key else table[s].accepted
            for s in question.spec["statements"]
        }

    def read(self, question: Question, response: Any) -> Any:
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

    def score(self, question: Question, stored: Any) -> Result:
        key = self.accepted(question)
        overrides = question.spec.get("feedback") or {}
        table = question.course.statement_table
        details = []
        for sid in question.shuffled(self.statement_ids(question)):
            ok = stored[sid] in key[sid]
            why = (overrides.get(sid) or table[sid].explanation or "").strip()
            keyed, *others = key[sid]
            if ok and stored[sid] != keyed:
                verdict = f"{stored[sid]} is defensible too (the key says {keyed})."
            elif others:
                verdict = f"the key says {keyed}; {' or '.join(others)} is defensible too."
            else:
                verdict = f"it is {keyed}."
            head = (
                f'{"✓" if ok else "✗"} {sid} "{table[sid].text}": you said {stored[sid]}; {verdict}'
            )
            details.append((sid, f"{head} {why}".strip()))
        score = sum(stored[s] in key[s] for s in key) / len(key)
        return Result(
            True,
            score == 1,
            round(score, 4),
            "\n".join(d for _, d in details),
            verdict_for(score),
            details=details,
        )

    def key(self, question: Question) -> list[str]:
        accepted = self.accepted(question)
        table = question.course.statement_table
        lines = []
        for sid, kinds in accepted.items():
            keyed, *others = kinds
            also = f" (also accepted: {', '.join(others)})" if others else ""
            lines.append(f"{sid}: {table[sid].text} → {keyed}{also}. {table[sid].explanation}")
        return lines

    def lines(self, question: Question) -> list[str]:
        rows = [f"  {s}: {question.text_of(s)}" for s in question.shown_statement_ids]
        return [*rows, "  Categories: " + ", ".join(self.categories(question))]


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
    rows = (
        [table[sid]]
        if table[sid].kind
        else [s for s in table.values() if s.kind and s.sentence == sid]
    )
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

    def key_phrases(self, question: Question) -> list[str]:
        """The phrases the item keys: the bank's own, else statements.csv's."""
        if "key" in question.spec:
            return list(question.spec["key"])
        sid = question.statement.id if question.statement else ""
        return data_key(question.course.statement_table, sid, str(question.spec["target"]))

    def tokens(self, question: Question) -> list[str]:
        """The words a student can mark."""
        return tokenize(question.statement.text) if question.statement else []

    def read(self, question: Question, response: Any) -> Any:
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

    def score(self, question: Question, stored: Any) -> Result:
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
        return Result(True, picks == key, round(score, 4), "\n".join(lines), verdict_for(score))

    def key(self, question: Question) -> list[str]:
        text = question.statement.text if question.statement else ""
        phrases = "; ".join(f'"{p}"' for p in self.key_phrases(question))
        return [
            f'In "{text}", the {question.spec["target"]}: {phrases}.',
            question.spec["feedback"].strip(),
        ]

    def lines(self, question: Question) -> list[str]:
        words = " ".join(f"{i}:{t}" for i, t in enumerate(self.tokens(question)))
        sid = question.statement.id if question.statement else ""
        text = question.statement.text if question.statement else ""
        return [f"  {sid}: {text}", "  Words: " + words]


@register
class Order(_Lettered):
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

    def read(self, question: Question, response: Any) -> Any:
        shown = question.shown_letters
        hint = f"Put all {len(shown)} letters ({', '.join(shown)}) in order, earliest first."
        if response is None or isinstance(response, str) or not isinstance(response, (list, tuple)):
            raise Unreadable(hint)
        if not all(isinstance(r, str) for r in response):
            raise Unreadable(hint)
        if sorted(r.strip().lower() for r in response) != sorted(shown):
            raise Unreadable(hint + " Use each letter once.")
        return [self._to_stored(question, r) for r in response]

    def read_stored(self, question: Question, stored: Any) -> Any:
        keys = list(self._choices(question))
        if not isinstance(stored, list) or sorted(stored) != keys:
            raise Unreadable("not an order of the question's events")
        return list(stored)

    def score(self, question: Question, stored: Any) -> Result:
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
            True,
            stored == keys,
            round(score, 4),
            "\n".join(["The right order:", *(d for _, d in details)]),
            verdict_for(score),
            details=details,
        )

    def key(self, question: Question) -> list[str]:
        return [
            f"{n}. {ev['text']} ({ev['date']}). {ev['feedback'].strip()}"
            for n, ev in enumerate(question.spec["events"], 1)
        ]

    def to_shown(self, question: Question, stored: Any) -> Any:
        return [question.shown_letter(k) for k in stored]


@register
class Confidence(ItemType):
    name = "confidence"
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

    def statement_ids(self, question: Question) -> list[str]:
        return [item["statement"] for item in question.spec["items"]]

    def read(self, question: Question, response: Any) -> Any:
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

    def score(self, question: Question, stored: Any) -> Result:
        items = {item["statement"]: item for item in question.spec["items"]}
        outcomes = {s: float(item["outcome"]) for s, item in items.items()}
        gaps = {s: stored[s] - outcomes[s] for s in items}
        brier = sum(g * g for g in gaps.values()) / len(items)
        details = []
        for sid in question.shown_statement_ids:
            p, o, gap = stored[sid], outcomes[sid], gaps[sid]
            if abs(gap) <= CONFIDENCE_TOLERANCE:
                how = "✓ Well judged"
            elif gap > 0:
                how = f"✗ Too high (you were more sure than the text allows that {sid} is so)"
            else:
                how = f"✗ Too low (the text allows more confidence that {sid} is so)"
            details.append(
                (
                    sid,
                    f"{how}: you said {round(p * 100)} %, a careful reader would say "
                    f"{round(o * 100)} %. {items[sid]['feedback'].strip()}",
                )
            )
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
            True,
            correct,
            round(score, 4),
            text,
            verdict,
            brier=round(brier, 4),
            lean=round(sum(gaps.values()) / len(gaps), 4),
            details=details,
        )

    def key(self, question: Question) -> list[str]:
        return [
            f'{item["statement"]} "{question.text_of(item["statement"])}": a careful reader '
            f"says {round(float(item['outcome']) * 100)} %. {item['feedback'].strip()}"
            for item in question.spec["items"]
        ]

    def lines(self, question: Question) -> list[str]:
        return [f"  {s}: {question.text_of(s)}" for s in question.shown_statement_ids]


@register
class Reflection(ItemType):
    name = "reflection"
    label = "reflection"
    required = frozenset({"model_answer"})
    optional = frozenset({"rubric", "min_words"})
    scored = False  # read by the teacher, who may give it a rubric level (the gradebook)
    how = "your own words"
    example = '"I think ..."'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        check.text("model_answer", raw["model_answer"])
        words = raw.get("min_words", MIN_WORDS)
        if not isinstance(words, int) or isinstance(words, bool) or not 1 <= words <= 200:
            raise check.fail("min_words must be a whole number from 1 to 200")
        if "rubric" in raw:
            rubric = raw["rubric"]
            if not isinstance(rubric, dict) or set(rubric) != set(LEVELS):
                raise check.fail(f"rubric needs exactly the levels {', '.join(LEVELS)}")
            for level in LEVELS:
                entry = rubric[level]
                if not isinstance(entry, dict) or set(entry) != {"contains", "example"}:
                    raise check.fail(f"rubric {level} needs exactly the keys contains, example")
                check.text(f"rubric {level} contains", entry["contains"])
                check.text(f"rubric {level} example", entry["example"])

    def key(self, question: Question) -> list[str]:
        lines = [f"Model answer: {question.spec['model_answer'].strip()}"]
        for level, entry in (question.spec.get("rubric") or {}).items():
            lines.append(
                f"{level.capitalize()}: {entry['contains'].strip()} "
                f'For example: "{entry["example"].strip()}"'
            )
        return lines

    def min_words(self, question: Question) -> int:
        """How many words a reflection needs before it counts as answered."""
        return int(question.spec.get("min_words", MIN_WORDS))

    def read(self, question: Question, response: Any) -> Any:
        if response is None or (isinstance(response, str) and not response.strip()):
            raise Unreadable("Write a few words first, then check.")
        if not isinstance(response, str):
            raise Unreadable("Answer in words, as text in quotes.")
        if len(response) > MAX_TEXT_CHARS:
            raise Unreadable(f"That is longer than {MAX_TEXT_CHARS} characters. Keep it short.")
        return response.strip()

    def score(self, question: Question, stored: Any) -> Result:
        words, needed = len(stored.split()), self.min_words(question)
        if words < needed:
            return Result(
                True,
                None,
                None,
                f"Saved. Say a little more, so it counts as answered: at least {needed} words "
                f"(you wrote {words}). Give your reason, and point to the sentence it comes from.",
                SAVED,
                counted=False,
            )
        lines = [
            "Your answer is saved. Compare it with a model answer:",
            question.spec["model_answer"].strip(),
        ]
        rubric = question.spec.get("rubric")
        if rubric:
            lines.append("How your teacher reads answers (Civic Online Reasoning levels):")
            for level in LEVELS:
                entry = rubric[level]
                lines.append(
                    f"{level.capitalize()}: {entry['contains'].strip()} "
                    f'For example: "{entry["example"].strip()}"'
                )
        return Result(True, None, None, "\n".join(lines), SAVED)


# What a result is, for the question it answers: a fact checker weighs them differently.
ROLES = {
    "independent": "an independent source: no stake in the answer",
    "against-interest": "a source speaking against its own side's interest",
    "interested": "an interested party: a side's own statement",
    "anonymous": "unnamed officials or sources",
    "republisher": "a copy of someone else's report",
}
_RESULT_KEYS = {"title", "outlet", "date", "snippet", "reported", "role"}


@register
class Search(ItemType):
    """An offline search: open results (each with a card on who is behind the outlet), then
    answer with a status and a reason. Scored on what fact checkers do."""

    name = "search"
    label = "search and judge"
    required = frozenset({"results", "answer", "first", "path", "why"})
    optional = frozenset({"accept"})
    how = "a dict: the results you opened (letters, in order), a status and your reason"
    example = '{"opened": ["b", "a"], "status": "disputed", "reason": "..."}'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        results = raw["results"]
        if not isinstance(results, list) or not 2 <= len(results) <= 12:
            raise check.fail("results must be a list of 2 to 12 results")
        for letter, result in zip(letters(len(results)), results, strict=True):
            where = f"result {letter}"
            if not isinstance(result, dict) or set(result) != _RESULT_KEYS:
                raise check.fail(
                    f"{where} needs exactly the keys {', '.join(sorted(_RESULT_KEYS))}"
                )
            for key in sorted(_RESULT_KEYS - {"role"}):
                check.text(f"{where} {key}", str(result[key]) if result[key] is not None else "")
            if result["role"] not in ROLES:
                raise check.fail(f"{where}: role must be one of {', '.join(ROLES)}")
            if check.outlets(str(result["outlet"])) is None:
                raise check.fail(f"{where}: no profile of {result['outlet']!r} in sources.csv")
        keys = letters(len(results))
        first = raw["first"]
        if not isinstance(first, list) or not first or not set(first) <= set(keys):
            raise check.fail(
                f"first must list the results a careful reader opens first ({', '.join(keys)})"
            )
        for status in [raw["answer"], *(raw.get("accept") or [])]:
            if status not in STATUSES:
                raise check.fail(f"{status!r} is not a status ({', '.join(STATUSES)})")
        check.text("path", raw["path"])
        check.text("why", raw["why"])

    def results(self, question: Question) -> dict[str, dict[str, Any]]:
        """The results by letter, in the order of the results page (never shuffled: the
        order is what a search engine shows, and skipping past the top is the skill)."""
        items = question.spec["results"]
        return dict(zip(letters(len(items)), items, strict=True))

    def card(self, question: Question, key: str) -> str:
        """What opening a result shows: who is behind the outlet, and what it reported."""
        result = self.results(question)[key]
        profile = question.course.source(str(result["outlet"])) or {}
        return "\n".join(
            [
                f"{result['outlet']}: {profile.get('kind', 'unverified here')}",
                f"Owner or funder: {profile.get('owner_funding', 'unverified here')}",
                f"Based in: {profile.get('based_in', 'unverified here')}",
                f"Stated mission or documented stance: {profile.get('stance', 'unverified here')}",
                f"It reported ({result['date']}): {str(result['reported']).strip()}",
            ]
        )

    def read(self, question: Question, response: Any) -> Any:
        keys = list(self.results(question))
        shape = 'Answer with {"opened": [...], "status": "...", "reason": "..."}.'
        if not isinstance(response, Mapping):
            raise Unreadable(shape)
        opened = response.get("opened") or []
        if not isinstance(opened, (list, tuple)) or not all(isinstance(k, str) for k in opened):
            raise Unreadable('List the results you opened by their letters, e.g. ["b", "a"].')
        opened = [k.strip().lower() for k in opened]
        unknown = [k for k in opened if k not in keys]
        if unknown:
            raise Unreadable(
                f'There is no result "{unknown[0]}". The results are {", ".join(keys)}.'
            )
        if not opened:
            raise Unreadable("Open at least one result before you answer: that is the point.")
        status = response.get("status")
        if not isinstance(status, str) or status.strip().lower() not in STATUSES:
            raise Unreadable(f"Choose a status: one of {', '.join(STATUSES)}.")
        reason = response.get("reason")
        if not isinstance(reason, str) or len(reason.split()) < 3:
            raise Unreadable("Give your reason in a few words (at least three).")
        if len(reason) > MAX_TEXT_CHARS:
            raise Unreadable(f"That reason is longer than {MAX_TEXT_CHARS} characters.")
        return {"opened": opened, "status": status.strip().lower(), "reason": reason.strip()}

    def score(self, question: Question, stored: Any) -> Result:
        spec, results = question.spec, self.results(question)
        accepted = [spec["answer"], *(spec.get("accept") or [])]
        opened = stored["opened"]
        strong = [k for k in opened if results[k]["role"] in ("independent", "against-interest")]
        right = stored["status"] in accepted
        first_ok = opened[0] in spec["first"]
        checked = bool(strong)
        score = 0.5 * right + 0.25 * checked + 0.25 * first_ok
        lines = [
            ("✓" if right else "✗")
            + f" Your answer: {stored['status']}. "
            + (
                f"The key says {spec['answer']}."
                if stored["status"] == spec["answer"]
                else f"{stored['status']} is defensible too (the key says {spec['answer']})."
                if right
                else f"The key says {spec['answer']}."
            )
            + f" {spec['why'].strip()}",
            ("✓" if checked else "✗")
            + (
                " You opened a source with no stake in the answer (or one speaking against its "
                "own side) before answering."
                if checked
                else " You answered without opening a source that has no stake in the answer."
            ),
            ("✓" if first_ok else "✗")
            + f' You opened "{results[opened[0]]["title"]}" first: '
            + f"{ROLES[results[opened[0]]['role']]}."
            + (
                ""
                if first_ok
                else " A careful reader starts elsewhere; the top result is not "
                "always the best one."
            ),
            "How a fact checker would go: " + spec["path"].strip(),
        ]
        return Result(
            True,
            right and checked and first_ok,
            round(score, 4),
            "\n".join(lines),
            verdict_for(score),
            habits={
                "opened the top result first": opened[0] == "a",
                "opened a careful first result first": first_ok,
                "opened an independent source before answering": checked,
            },
        )

    def lines(self, question: Question) -> list[str]:
        rows = []
        for key, result in self.results(question).items():
            rows.append(f"  {key}) {result['title']} · {result['outlet']} · {result['date']}")
            rows.append(f"     {result['snippet']}")
        rows.append("  Statuses: " + ", ".join(STATUSES))
        rows.append("  In the widget you open results one by one; here is what each one shows:")
        for key in self.results(question):
            rows += [f"  [{key}] " + line for line in self.card(question, key).splitlines()]
        return rows

    def key(self, question: Question) -> list[str]:
        spec = question.spec
        also = f" (also accepted: {', '.join(spec['accept'])})" if spec.get("accept") else ""
        first = ", ".join(f"{k}) {self.results(question)[k]['title']}" for k in spec["first"])
        return [
            f"Status: {spec['answer']}{also}. {spec['why'].strip()}",
            f"Open first: {first}.",
            f"Path: {spec['path'].strip()}",
        ]
