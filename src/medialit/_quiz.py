"""Quizzes as data: load and validate question banks, shuffle per student, score answers.

This is the model. It never imports ipywidgets (the views) nor the answer file (`_store.py`):
a quiz scores in plain Python, under nbval and in a terminal. What each item type means lives
in `items/`. Saving an answer, and deciding what a student may see of it, is the session's
job (`_session.py`): a quiz loaded for a student (`medialit.load_quiz`) holds its session,
and `answer` goes through it; a quiz loaded here alone only scores.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Protocol

from medialit._course import MAX_BANK_BYTES, SLUG, Course, Statement, load_course, parse_yaml
from medialit._withheld import ITEM_WITHHELD, NoSuchQuestion
from medialit.items import (
    ITEM_TYPES,
    SAVED,
    BankCheck,
    ItemType,
    Result,
    Unreadable,
    by_letter,
    invalid,
    letters,
)

DEFAULT_SEED = "student"  # the shuffle of a quiz loaded for no one in particular
CLASS_SEED = "class"  # the one order every student sees when the teacher turns shuffling off
CHOICE_PREFIX = "t:"  # a lettered choice as an answer file from a released bank names it
RELEASED_SAVED = (
    "Your answer is saved. This is a test: your teacher scores it and shows you the key and "
    "the explanations after grading."
)
_COMMON_REQUIRED = frozenset({"id", "type", "prompt"})
_COMMON_OPTIONAL = frozenset({"statement"})


class Answered(Protocol):
    """What the session returns for one answer; the quiz needs only its result."""

    @property
    def result(self) -> Result: ...


class Answerer(Protocol):
    """Who takes a student's answers (`_session.Session` is one): one call scores, saves and
    decides what the student may see."""

    def answer(self, question: Question, response: Any, /) -> Answered: ...

    def shown(self, question: Question, result: Result, /) -> Result:
        """What a student may see of a result that is not saved (a check)."""


@lru_cache(maxsize=4096)
def shuffled_order(
    seed: str, question_id: str, keys: tuple[str, ...], never_solved: bool
) -> tuple[str, ...]:
    """The keys in the order a student with this seed sees a question's (stable per student
    and question); `never_solved`: never in the keys' own order. Worked out once per seed,
    question and keys: scoring a sort or how-sure answer needs its statements' order, and a
    class's grading scores thousands of them with one seed."""
    # hashlib, not hash(): hash() of a str changes between interpreter runs.
    digest = hashlib.sha256(f"{seed}\x00{question_id}".encode()).hexdigest()
    order = list(keys)
    random.Random(int(digest[:16], 16)).shuffle(order)  # noqa: S311 - not for security
    if never_solved and tuple(order) == keys:
        order = order[1:] + order[:1]  # shown in the right order would give it away
    return tuple(order)


@dataclass
class Question:
    """One question of a bank; `answer(response)` scores it (and saves it, in a session)."""

    id: str
    type: str
    prompt: str
    spec: dict[str, Any]
    quiz_slug: str
    seed: str
    course: Course
    statement: Statement | None = None
    quiz: Quiz | None = field(default=None, repr=False, compare=False)

    @property
    def item(self) -> ItemType:
        """The item type: what this question's type means."""
        return ITEM_TYPES[self.type]

    @property
    def scored(self) -> bool:
        """Does this question count towards points?"""
        return self.item.scored

    # ---- the order a student sees ------------------------------------------------
    def shuffled(self, keys: list[str]) -> list[str]:
        """The keys in this student's order (stable per student and question)."""
        return list(shuffled_order(self.seed, self.id, tuple(keys), self.item.never_shown_solved))

    @cached_property
    def shown_choices(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(shown letter, stored key, choice) for lettered types, in the order shown."""
        name = self.item.lettered
        if not name:
            return []
        choices = by_letter(self.spec[name])
        order = self.shuffled(list(choices))
        return [
            (shown, key, choices[key])
            for shown, key in zip(letters(len(order)), order, strict=True)
        ]

    @property
    def shown_letters(self) -> list[str]:
        """The letters a student sees, a, b, c… in order."""
        return [shown for shown, _, _ in self.shown_choices]

    def stored_key(self, shown: str) -> str | None:
        """The bank's key of a shown letter (None if there is no such letter)."""
        return next((key for s, key, _ in self.shown_choices if s == shown), None)

    def shown_letter(self, key: str) -> str:
        """The letter a student sees for a bank key."""
        return next(s for s, k, _ in self.shown_choices if k == key)

    @property
    def shown_statement_ids(self) -> list[str]:
        """The statements to sort or rate, in this student's order."""
        return self.shuffled(self.item.statement_ids(self))

    def choice(self, key: str) -> dict[str, Any]:
        """A lettered choice (option, event) by its bank key."""
        return by_letter(self.spec[self.item.lettered])[key]

    def text_of(self, statement_id: str) -> str:
        """The exact text of a statement."""
        return self.course.statement_table[statement_id].text

    @property
    def article_text(self) -> str:
        """The whole text of the course's article (what the analyzer reads)."""
        return self.course.article.text

    @property
    def statements(self) -> Mapping[str, Statement]:
        """The course's statements and sentences by id."""
        return self.course.statement_table

    def outlet(self, name: str) -> dict[str, str] | None:
        """The course's profile of a news outlet (sources.csv), or None."""
        return self.course.source(name)

    # ---- scoring ------------------------------------------------------------------
    def check(self, response: Any) -> Result:
        """Score a response as a student gives it, without saving; never raises. In a
        student's quiz the session decides what may be shown (assessment mode holds back)."""
        result = self.evaluate(response)
        session = self.quiz.session if self.quiz else None
        return session.shown(self, result) if session is not None else result

    def evaluate(self, response: Any) -> Result:
        """Score a response as a student gives it (the session's way in); never raises."""
        try:
            stored = self.item.read(self, response)
        except Unreadable as problem:
            return invalid(str(problem))
        except Exception:  # a student must never see a traceback
            return invalid("That answer could not be read. " + self.item.how_to(self))
        return self._score(stored)

    def rescore(self, stored: Any) -> Result:
        """Score a response in the form an answer file keeps it (the gradebook's way in)."""
        try:
            stored = self.item.read_stored(self, self.from_file(stored))
        except Unreadable as problem:
            return invalid(str(problem))
        except Exception:
            return invalid("the saved answer could not be read")
        return self._score(stored)

    @property
    def released(self) -> bool:
        """Is this question from a released bank (a test's students' copy: no key)?"""
        return self.quiz is not None and self.quiz.released

    def _score(self, stored: Any) -> Result:
        if self.released:  # no key here: the answer is read and saved, the teacher scores it
            return Result(
                valid=True, correct=None, score=None, feedback=RELEASED_SAVED, verdict=SAVED,
                response=stored,
            )  # fmt: skip
        result = self.item.score(self, stored)
        result.response = stored
        return result

    # ---- lettered choices in a released bank's answer file ----------------------------
    def _tokens(self) -> dict[str, str]:
        """{stored key: token} of the lettered choices; a token names a choice by a
        fingerprint of its text, the same in the released bank and the full one."""
        name = self.item.lettered
        if not name:
            return {}
        return {key: choice_token(item["text"]) for key, item in by_letter(self.spec[name]).items()}

    def to_file(self, stored: Any) -> Any:
        """A stored response as the answer file keeps it: from a released bank, lettered
        choices as tokens (its letters are not the full bank's); otherwise unchanged."""
        tokens = self._tokens()
        if not self.released or not tokens:
            return stored
        if isinstance(stored, str):
            return tokens.get(stored, stored)
        if isinstance(stored, list):
            return [tokens.get(k, k) if isinstance(k, str) else k for k in stored]
        return stored

    def from_file(self, stored: Any) -> Any:
        """A response from an answer file with any tokens turned back into this bank's keys."""
        keys = {token: key for key, token in self._tokens().items()}
        if not keys:
            return stored
        if isinstance(stored, str) and stored.startswith(CHOICE_PREFIX):
            return keys.get(stored, stored)
        if isinstance(stored, list):
            return [keys.get(k, k) if isinstance(k, str) else k for k in stored]
        return stored

    def answer(self, response: Any, save: bool = True) -> Result:
        """Score a response and, for a student's quiz, save it (through the session);
        `save=False` only checks it (what is shown still follows the teacher's mode)."""
        session = self.quiz.session if self.quiz else None
        if session is None or not save:
            return self.check(response)
        return session.answer(self, response).result

    # ---- plain text -----------------------------------------------------------------
    def __repr__(self) -> str:
        return self.text()

    def __str__(self) -> str:
        return self.text()

    def text(self, number: int | None = None) -> str:
        """The question as plain text: prompt, statement, choices and how to answer."""
        # Statements are shown verbatim after their id, with no quotation marks of ours: a
        # piece of a split quote (S09a) carries only one of the article's own marks.
        head = f"{number}. " if number is not None else ""
        lines = [f"{head}[{self.id}] {self.item.label}", self.prompt.strip()]
        if self.statement and self.item.quotes_statement:
            lines.append(f"  {self.statement.id}: {self.statement.text}")
        lines += self.item.lines(self)
        lines.append(self.item.how_to(self))
        return "\n".join(lines)


@dataclass
class Quiz:
    """A question bank loaded for one student: `.questions`, `.answer(id, response)`."""

    slug: str
    title: str
    questions: list[Question]
    source: str
    student: str = DEFAULT_SEED
    session: Answerer | None = field(default=None, repr=False, compare=False)
    released: bool = False  # a students' copy for a test: answers are saved, never scored
    # A released bank's questions left out of the test copy (they need the analyzer).
    withheld: tuple[str, ...] = ()

    def question(self, question_id: str) -> Question:
        """One question by id."""
        for q in self.questions:
            if q.id == question_id:
                return q
        if question_id in self.withheld:
            raise NoSuchQuestion(ITEM_WITHHELD)
        ids = ", ".join(q.id for q in self.questions)
        raise NoSuchQuestion(
            f'This quiz has no question "{question_id}". Its questions are: {ids}.'
        )

    def __getitem__(self, question_id: str) -> Question:
        return self.question(question_id)

    @property
    def scored_questions(self) -> list[Question]:
        """The questions that count towards points."""
        return [q for q in self.questions if q.scored]

    def answer(self, question_id: str, response: Any, save: bool = True) -> Result:
        """Answer one question by id; a friendly message for an unknown id, never a raise."""
        ids = [q.id for q in self.questions]
        if question_id in self.withheld:
            return invalid(ITEM_WITHHELD)
        if question_id not in ids:
            return invalid(
                f'This quiz has no question "{question_id}". Its questions are: {", ".join(ids)}.'
            )
        return self.question(question_id).answer(response, save=save)

    def text(self) -> str:
        """The whole quiz as plain text."""
        count = len(self.questions)
        parts = [f"Quiz {self.slug}: {self.title} ({count} question{'s' * (count != 1)})"]
        parts += [q.text(i) for i, q in enumerate(self.questions, 1)]
        return "\n\n".join(parts)

    def __repr__(self) -> str:
        return self.text()

    def __str__(self) -> str:
        return self.text()


def choice_token(text: str) -> str:
    """A lettered choice named by its text, as a released bank's answer file keeps it."""
    return CHOICE_PREFIX + hashlib.sha256(str(text).strip().encode()).hexdigest()[:12]


# --------------------------------------------------------------------------- validation
def _validate_released(source: str, raw: Any, index: int) -> None:
    """A question of a released bank: its id, type and prompt, and nothing a key is made of."""
    where = f"{source}, question '#{index + 1}'"
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise ValueError(f"{where}: each question must be a mapping with an id")
    where = f"{source}, question {raw['id']!r}"
    item = ITEM_TYPES.get(raw.get("type"))  # type: ignore[arg-type]
    kept = item.released if item is not None else None
    if kept is None:
        raise ValueError(f"{where}: unknown type {raw.get('type')!r}")
    if not isinstance(raw.get("prompt"), str):
        raise ValueError(f"{where}: the prompt must be text")
    extra = sorted(set(raw) - kept[0] - _COMMON_REQUIRED - _COMMON_OPTIONAL)
    if extra:
        raise ValueError(f"{where}: a released bank carries no {', '.join(extra)}")
    for name, fields in kept[1].items():
        items = raw.get(name)
        if not isinstance(items, list) or not all(
            isinstance(i, dict) and set(i) <= fields for i in items
        ):
            raise ValueError(f"{where}: each of {name} may hold only {', '.join(sorted(fields))}")


def _validate_question(source: str, raw: Any, index: int, course: Course) -> None:
    if not isinstance(raw, dict):
        raise ValueError(
            f"{source}, question '#{index + 1}': each question must be a mapping of keys"
        )
    qid = raw.get("id")
    if not isinstance(qid, str) or not SLUG.match(qid):
        shown = str(qid) if qid else f"#{index + 1}"
        raise ValueError(
            f"{source}, question {shown!r}: the id must be lowercase kebab-case text, "
            "e.g. 'source-of-s03'"
        )
    check = BankCheck(source, qid, course.statement_table, course.source)
    item = ITEM_TYPES.get(raw.get("type"))  # type: ignore[arg-type]
    if item is None:
        raise check.fail(f"unknown type {raw.get('type')!r}; use one of {', '.join(ITEM_TYPES)}")
    required = item.required | _COMMON_REQUIRED
    missing = sorted(required - set(raw))
    if missing:
        raise check.fail(f"missing key(s): {', '.join(missing)}")
    allowed = required | item.optional | _COMMON_OPTIONAL
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise check.fail(
            f"unknown key(s) {', '.join(unknown)} for type {item.name} "
            f"(allowed: {', '.join(sorted(allowed))})"
        )
    check.text("prompt", raw["prompt"])
    if "statement" in raw:
        check.known(raw["statement"], "statement")
    item.validate(check, raw)


def validate_bank(source: str, expected_slug: str, data: Any, course: Course | None = None) -> None:
    """Raise ValueError naming the file and question id for anything wrong in a bank."""
    course = course or load_course()
    if not isinstance(data, dict):
        raise ValueError(f"{source}: a question bank is a mapping with slug, title, questions")
    missing = sorted({"slug", "title", "questions"} - set(data))
    if missing:
        raise ValueError(f"{source}: missing key(s): {', '.join(missing)}")
    released = data.get("released") is True
    keys = {"slug", "title", "questions", "released"} | ({"withheld"} if released else set())
    unknown = sorted(set(data) - keys)
    if unknown:
        raise ValueError(f"{source}: unknown key(s): {', '.join(unknown)}")
    withheld = data.get("withheld", [])
    if not isinstance(withheld, list) or not all(isinstance(i, str) for i in withheld):
        raise ValueError(f"{source}: withheld must be a list of question ids")
    if data["slug"] != expected_slug:
        raise ValueError(
            f"{source}: slug {data['slug']!r} must equal the file name {expected_slug!r}"
        )
    if not isinstance(data["title"], str) or not data["title"].strip():
        raise ValueError(f"{source}: title must be non-empty text")
    questions = data["questions"]
    if not isinstance(questions, list) or not (questions or withheld):
        raise ValueError(f"{source}: questions must be a non-empty list")
    seen: set[str] = set()
    for i, raw in enumerate(questions):
        if data.get("released") is True:
            _validate_released(source, raw, i)
        else:
            _validate_question(source, raw, i, course)
        if raw["id"] in seen or raw["id"] in withheld:
            raise ValueError(f"{source}, question {raw['id']!r}: duplicate question id")
        seen.add(raw["id"])


def _bank(slug_or_path: str | Path, course: Course) -> tuple[str, dict[str, Any]]:
    """(source name, validated bank data) for a slug of the course or a file path."""
    text_arg = str(slug_or_path)
    is_path = (
        isinstance(slug_or_path, Path)
        or "/" in text_arg
        or "\\" in text_arg
        or text_arg.endswith((".yaml", ".yml"))
    )
    if not is_path and text_arg in course._banks:
        return course._banks[text_arg]
    if is_path:
        path = Path(slug_or_path)
        if not path.is_file():
            raise ValueError(f"{path}: no such question bank file")
        if path.stat().st_size > MAX_BANK_BYTES:
            raise ValueError(f"{path}: larger than {MAX_BANK_BYTES} bytes; not a question bank")
        source, expected, text = str(path), path.stem, path.read_text(encoding="utf-8")
    else:
        source, text = course.bank_text(text_arg)
        expected = text_arg
    data = parse_yaml(source, text)
    validate_bank(source, expected, data, course)
    if not is_path:
        course._banks[text_arg] = (source, data)  # a course's banks are read once
    return source, data


def read_quiz(
    slug_or_path: str | Path,
    student: str | None = None,
    *,
    course: Course | None = None,
    session: Answerer | None = None,
    shuffle: bool = True,
) -> Quiz:
    """Read and validate a question bank by slug (`"first-read"`) or by file path.

    `student` seeds the order a student sees (with `shuffle=False`, every student sees the
    same order). Without a `session` the quiz only scores (the gradebook's and the answer
    key's way); `medialit.load_quiz` gives it the student's.
    """
    course = course or load_course()
    source, data = _bank(slug_or_path, course)
    seed = student or DEFAULT_SEED
    order = seed if shuffle else CLASS_SEED
    quiz = Quiz(
        slug=data["slug"],
        title=data["title"].strip(),
        questions=[],
        source=source,
        student=seed,
        session=session,
        released=data.get("released") is True,
        withheld=tuple(data.get("withheld", ())),
    )
    table = course.statement_table
    for raw in data["questions"]:
        sid = raw.get("statement") or raw.get("sentence")
        spec = {k: v for k, v in raw.items() if k not in ("id", "type", "prompt")}
        quiz.questions.append(
            Question(
                id=raw["id"],
                type=raw["type"],
                prompt=raw["prompt"].strip(),
                spec=spec,
                quiz_slug=quiz.slug,
                seed=order,
                course=course,
                statement=table[sid] if sid else None,
                quiz=quiz,
            )
        )
    return quiz
