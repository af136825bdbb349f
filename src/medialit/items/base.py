"""The base of every item type: results, the registry, what a type needs from a question.

Each type says which keys its bank entry takes and checks them, reads a student's response
(a friendly message for anything it cannot read), scores it, writes its plain-text form and
says how to answer by function call. The quiz model, the widgets and the gradebook ask the
registry (`ITEM_TYPES`); nothing else branches on a type's name.

A type sees a question only through `Asked`, a narrow protocol: the quiz's `Question` is one,
and this package never imports the quiz, not even for type checking.

Responses come in two forms. The *shown* form is what a student types or clicks: for lettered
types (single, multiple, order) the letters a, b, c… in the order this student sees the
choices, so a letter says nothing about where the author put the right answer. The *stored*
form is what the answer file keeps and the gradebook re-scores: the same choices by their
place in the bank (a = first in the file). Other types use one form (statement ids, word
numbers, text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

if TYPE_CHECKING:
    from medialit._course import Statement

T = TypeVar("T")

RIGHT = "✓ Right"
WRONG = "✗ Not quite"
PARTLY = "◐ Partly right"
SAVED = "✎ Saved"
MAX_TEXT_CHARS = 10_000  # a reflection longer than this is pasted by accident
MIN_WORDS = 15  # a reflection shorter than this is saved but not yet counted as answered
# The Civic Online Reasoning rubric levels (Stanford History Education Group), best first.
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


def by_letter(items: Sequence[T]) -> dict[str, T]:
    """Lettered choices by their bank key: {"a": first, "b": second, …}."""
    return dict(zip(letters(len(items)), items, strict=True))


def statements_in(table: Mapping[str, Statement], sentence_id: str) -> list[Statement]:
    """The labelled statements that lie in one sentence of the article, in reading order."""
    return [s for s in table.values() if s.kind and s.sentence == sentence_id]


class Asked(Protocol):
    """What an item type needs from a question (the quiz's `Question` is one)."""

    @property
    def id(self) -> str: ...
    @property
    def quiz_slug(self) -> str: ...
    @property
    def spec(self) -> dict[str, Any]: ...
    @property
    def statement(self) -> Statement | None: ...
    @property
    def statements(self) -> Mapping[str, Statement]:
        """The course's statements and sentences by id."""

    @property
    def shown_choices(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(shown letter, stored key, choice) in the order this student sees them."""

    @property
    def shown_letters(self) -> list[str]: ...
    @property
    def shown_statement_ids(self) -> list[str]: ...
    def shuffled(self, keys: list[str]) -> list[str]: ...
    def stored_key(self, shown: str) -> str | None: ...
    def shown_letter(self, key: str) -> str: ...
    def text_of(self, statement_id: str) -> str: ...
    @property
    def article_text(self) -> str:
        """The whole text of the course's article (what the analyzer reads)."""

    def outlet(self, name: str) -> dict[str, str] | None:
        """The course's profile of a news outlet (sources.csv), or None."""


# --------------------------------------------------------------------------- results
@dataclass(kw_only=True)
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
    # What the student did, for the item analysis: {"looked up who is behind an outlet": True}
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

    def statement_list(self, ids: Any) -> list[str]:
        """A question's `statements`: a list of at least 2 known statement ids, none twice."""
        if not isinstance(ids, list) or len(ids) < 2:
            raise self.fail("statements must be a list of at least 2 statement ids")
        for sid in ids:
            self.known(sid, "statements")
        if len(set(ids)) != len(ids):
            raise self.fail("a statement is listed twice")
        return ids

    def lettered(self, noun: str, items: Any, own_key: str) -> list[tuple[str, dict[str, Any]]]:
        """(where, item) for options or events, each with exactly text, `own_key`, feedback."""
        checked = []
        for letter, item in by_letter(items).items():
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
    own_words: ClassVar[bool] = False  # answered in the student's own words (an exit ticket)
    never_shown_solved: ClassVar[bool] = False  # shuffle again if shown in the keyed order
    quotes_statement: ClassVar[bool] = True  # show the statement under the prompt
    lettered: ClassVar[str] = ""  # the bank key of lettered choices: options or events
    how: ClassVar[str] = ""  # the shape of an answer, for the how-to line
    # What a released bank (`medialit release`, the students' copy for a test) keeps of a
    # question of this type: the question's keys, and for lists of choices the keys of each
    # choice — what a student needs to see and answer, never a correct flag, key or feedback.
    # Every type must say (tests/test_exam.py): an empty default would hide a forgotten one.
    released: ClassVar[tuple[frozenset[str], dict[str, frozenset[str]]] | None] = None
    # Shows the analyzer's labels: a released bank leaves it out (the analyzer is not in a
    # students' copy for a test, see `_release.COPIED`).
    needs_analyzer: ClassVar[bool] = False
    example: ClassVar[str] = ""  # an answer of that shape, as Python

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        """Raise BankError (via `check.fail`) for anything wrong in this type's keys."""

    def statement_ids(self, question: Asked) -> list[str]:
        """The statements a student sorts or rates, in file order (empty for most types)."""
        return []

    def read(self, question: Asked, response: Any) -> Any:
        """The stored form of a shown-form response; raise Unreadable with what to do."""
        raise NotImplementedError

    def read_stored(self, question: Asked, stored: Any) -> Any:
        """Check a stored response (from an answer file) and return it in stored form."""
        return self.read(question, stored)

    def score(self, question: Asked, stored: Any) -> Result:
        """Score a response in stored form."""
        raise NotImplementedError

    def lines(self, question: Asked) -> list[str]:
        """The body of the plain-text form (below the prompt)."""
        return []

    def key(self, question: Asked) -> list[str]:
        """The answer key in plain lines, for the teacher's printed key."""
        return []

    def how_to(self, question: Asked) -> str:
        """The exact call that answers, for frontends without widgets."""
        call = (
            f'import medialit; medialit.load_quiz("{question.quiz_slug}")'
            f'.answer("{question.id}", {self.example})'
        )
        return f"Answer with {self.how}: {call}"

    def to_shown(self, question: Asked, stored: Any) -> Any:
        """A stored response in the form a student gives (to put it back into controls)."""
        return stored


ITEM_TYPES: dict[str, ItemType] = {}


def register(cls: type[ItemType]) -> type[ItemType]:
    """Add an item type to the registry under its name."""
    ITEM_TYPES[cls.name] = cls()
    return cls


class Lettered(ItemType):
    """Types whose choices carry letters: shown letters in, stored letters kept."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.lettered and "released" not in cls.__dict__:
            # A released bank keeps each choice's text only (no correct flag, no feedback).
            cls.released = (frozenset({cls.lettered}), {cls.lettered: frozenset({"text"})})

    def _choices(self, question: Asked) -> dict[str, dict[str, Any]]:
        items = question.spec[self.lettered]
        return by_letter(items)

    def _to_stored(self, question: Asked, shown: str) -> str:
        key = question.stored_key(shown.strip().lower())
        if key is None:
            raise Unreadable(
                f'There is no choice "{shown.strip()}". '
                f"Use the letters {', '.join(question.shown_letters)}."
            )
        return key

    def lines(self, question: Asked) -> list[str]:
        return [f"  {letter}) {item['text']}" for letter, _, item in question.shown_choices]

    def key(self, question: Asked) -> list[str]:
        return [
            f"{'✓ right' if item.get('correct') else '✗ wrong'}: {item['text']} — "
            f"{item['feedback'].strip()}"
            for item in question.spec[self.lettered]
        ]


def validate_options(check: BankCheck, options: Any, *, exactly_one: bool) -> None:
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
