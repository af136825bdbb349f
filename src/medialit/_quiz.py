"""Quizzes as data: load and validate question banks, shuffle per student, score answers.

This is the model. It never imports ipywidgets (the view lives in `_widgets.py`), so a quiz
works in plain Python, under nbval and in a terminal: print it, answer by function call.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from medialit._data import KINDS, load_statements

TYPES = ("single", "multiple", "sort", "mark", "order", "confidence", "reflection")
TYPE_NAMES = {
    "single": "single choice",
    "multiple": "multiple choice",
    "sort": "sort the statements",
    "mark": "mark the words",
    "order": "put in order",
    "confidence": "how sure?",
    "reflection": "reflection",
}
MAX_BANK_BYTES = 1_000_000  # a bank is a few kB; anything bigger is a mistake, not a quiz
# A how-sure answer counts as right when every level is within this of the outcome (0 or 1):
# 75 % or more for what is so, 25 % or less for what is not. The gradebook uses it too.
CONFIDENCE_TOLERANCE = 0.25
MAX_TEXT_CHARS = 10_000  # a reflection longer than this is pasted by accident
RIGHT = "✓ Right"
WRONG = "✗ Not quite"
PARTLY = "◐ Partly right"
SAVED = "✎ Saved"

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOKEN = re.compile(r"\S+")

# Keys each type allows: (required, optional). Unknown keys are refused so a typo such as
# `feedbak:` fails loudly instead of silently losing the author's text.
_COMMON_REQUIRED = {"id", "type", "prompt"}
_COMMON_OPTIONAL = {"statement"}
_TYPE_KEYS: dict[str, tuple[set[str], set[str]]] = {
    "single": ({"options"}, set()),
    "multiple": ({"options"}, set()),
    "sort": ({"statements"}, {"categories", "key", "feedback"}),
    "mark": ({"target", "feedback"}, {"sentence", "key", "key_reason"}),
    "order": ({"events"}, set()),
    "confidence": ({"items"}, set()),
    "reflection": ({"model_answer"}, set()),
}


# --------------------------------------------------------------------------- statements
@dataclass(frozen=True)
class Statement:
    """One statement: its id, exact text, kind and explanation (kind may be unknown)."""

    id: str
    text: str
    kind: str | None = None
    explanation: str = ""
    sentence: str = ""
    also_acceptable: tuple[str, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()  # source, cue, hedges, boosters as written

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every kind that scores: the keyed one first, then the defensible others."""
        return (self.kind, *self.also_acceptable) if self.kind else ()


@lru_cache(maxsize=1)
def _statement_table() -> dict[str, Statement]:
    """All statements by id: from statements.csv, plus every sentence of the article."""
    table: dict[str, Statement] = {}
    for row in load_statements().to_dict("records"):
        table[str(row["id"])] = Statement(
            id=str(row["id"]),
            text=str(row["text"]),
            kind=str(row["kind"]),
            explanation=str(row["explanation"]),
            sentence=str(row["sentence"]),
            also_acceptable=tuple(k for k in str(row["also_acceptable"]).split("; ") if k),
            columns=tuple((c, str(row[c])) for c in ("source", "cue", "hedges", "boosters")),
        )
    # Plain sentence ids always resolve, so a bank may quote a sentence that statements.csv
    # splits in two (S09 when the table holds S09a and S09b).
    from medialit._article import load_article

    for sid, _, text in load_article()._sentence_rows:
        table.setdefault(sid, Statement(id=sid, text=text, sentence=sid))
    return table


def statements() -> dict[str, Statement]:
    """All statements by id (a fresh dict each call)."""
    return dict(_statement_table())


def tokenize(text: str) -> list[str]:
    """The words of a text as a student sees them: split on white space, numbered from 0."""
    return _TOKEN.findall(text)


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
    rows = [table[sid]] if table[sid].kind else [s for s in table.values() if s.sentence == sid]
    phrases: list[str] = []
    for row in rows:
        value = dict(row.columns).get(column, "")
        for phrase in (p.strip() for p in value.split(";")):
            at = text.lower().find(phrase.lower()) if phrase else -1
            if at >= 0 and text[at : at + len(phrase)] not in phrases:
                phrases.append(text[at : at + len(phrase)])
    return phrases


def _key_tokens(text: str, phrases: list[str]) -> set[int]:
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
    response: Any = None
    saved: bool = False
    notice: str = ""
    details: list[tuple[str, str]] = field(default_factory=list)

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


def _verdict(score: float) -> str:
    if score >= 1:
        return RIGHT
    return PARTLY if score > 0 else WRONG


# --------------------------------------------------------------------------- questions
@dataclass
class Question:
    """One question of a bank; `answer(response)` scores it and saves the answer."""

    id: str
    type: str
    prompt: str
    spec: dict[str, Any]
    quiz_slug: str
    seed: str
    statement: Statement | None = None
    _quiz: Quiz | None = field(default=None, repr=False, compare=False)

    # ---- the order a student sees ------------------------------------------------
    def _shuffled(self, keys: list[str]) -> list[str]:
        # hashlib, not hash(): hash() of a str changes between interpreter runs.
        digest = hashlib.sha256(f"{self.seed}\x00{self.id}".encode()).hexdigest()
        order = list(keys)
        random.Random(int(digest[:16], 16)).shuffle(order)  # noqa: S311 - not for security
        if self.type == "order" and order == keys:
            order = order[1:] + order[:1]  # shown in the right order would give it away
        return order

    @property
    def options(self) -> list[tuple[str, dict[str, Any]]]:
        """(key, option) pairs in the order this student sees them (single, multiple)."""
        opts = {chr(97 + i): o for i, o in enumerate(self.spec.get("options", []))}
        return [(k, opts[k]) for k in self._shuffled(list(opts))]

    @property
    def events(self) -> list[tuple[str, dict[str, Any]]]:
        """(key, event) pairs, shuffled; the file order is the right order (order)."""
        evs = {chr(97 + i): e for i, e in enumerate(self.spec.get("events", []))}
        return [(k, evs[k]) for k in self._shuffled(list(evs))]

    @property
    def statement_ids(self) -> list[str]:
        """The statements to sort (sort) or rate (confidence), shuffled."""
        if self.type == "sort":
            ids = list(self.spec["statements"])
        elif self.type == "confidence":
            ids = [item["statement"] for item in self.spec["items"]]
        else:
            return []
        return self._shuffled(ids)

    @property
    def categories(self) -> list[str]:
        """The categories to sort into (sort)."""
        return list(self.spec.get("categories") or KINDS)

    @property
    def mark_key(self) -> list[str]:
        """The phrases a mark item keys: the bank's own, else statements.csv's (mark)."""
        if "key" in self.spec:
            return list(self.spec["key"])
        sid = self.statement.id if self.statement else ""
        return data_key(_statement_table(), sid, str(self.spec.get("target")))

    @property
    def tokens(self) -> list[str]:
        """The words a student can mark (mark)."""
        return tokenize(self.statement.text) if self.statement else []

    def text_of(self, statement_id: str) -> str:
        """The exact text of a statement."""
        return _statement_table()[statement_id].text

    # ---- scoring ------------------------------------------------------------------
    def check(self, response: Any) -> Result:
        """Score a response without saving it; never raises on a student's input."""
        try:
            result = _CHECKERS[self.type](self, response)
        except Exception:  # a student must never see a traceback
            result = invalid(
                "That answer could not be read. " + _HOW_TO[self.type].format(q=self.id)
            )
        if result.valid:
            result.response = _normalised(self.type, response)
        return result

    def answer(self, response: Any, *, save: bool = True) -> Result:
        """Score a response and, if it counts, save it to the student's answer file."""
        result = self.check(response)
        if result.valid and save:
            from medialit import _store

            saved, notice = _store.record_result(self, result, student=self.student)
            result.saved = saved
            result.notice = notice
        return result

    @property
    def student(self) -> str | None:
        """The student this question is shown to (None: the current one)."""
        return self._quiz.student if self._quiz else None

    # ---- plain text -----------------------------------------------------------------
    def __repr__(self) -> str:
        return self.text()

    def __str__(self) -> str:
        return self.text()

    def text(self, number: int | None = None) -> str:
        """The question as plain text: prompt, statement, options and how to answer."""
        # Statements are shown verbatim after their id, with no quotation marks of ours: a
        # piece of a split quote (S09a) carries only one of the article's own marks.
        head = f"{number}. " if number is not None else ""
        lines = [f"{head}[{self.id}] {TYPE_NAMES[self.type]}", self.prompt.strip()]
        if self.statement and self.type != "mark":
            lines.append(f"  {self.statement.id}: {self.statement.text}")
        if self.type in ("single", "multiple"):
            lines += [f"  {k}) {o['text']}" for k, o in self.options]
        elif self.type == "sort":
            lines += [f"  {s}: {self.text_of(s)}" for s in self.statement_ids]
            lines.append("  Categories: " + ", ".join(self.categories))
        elif self.type == "mark":
            lines.append(f"  {self.statement.id}: {self.statement.text}")  # type: ignore[union-attr]
            lines.append("  Words: " + " ".join(f"{i}:{t}" for i, t in enumerate(self.tokens)))
        elif self.type == "order":
            lines += [f"  {k}) {e['text']}" for k, e in self.events]
        elif self.type == "confidence":
            lines += [f"  {s}: {self.text_of(s)}" for s in self.statement_ids]
        lines.append(_HOW_TO[self.type].format(q=self.id))
        return "\n".join(lines)


_HOW_TO = {
    "single": 'Answer with one letter: quiz.answer("{q}", "b") or question.answer("b").',
    "multiple": 'Answer with a list of letters: quiz.answer("{q}", ["a", "c"]) or '
    'question.answer(["a", "c"]).',
    "sort": 'Answer with a dict of statement id to category: quiz.answer("{q}", '
    '{{"S02": "fact", ...}}) or question.answer({{...}}).',
    "mark": 'Answer with a list of word numbers: quiz.answer("{q}", [3, 4]) or '
    "question.answer([3, 4]).",
    "order": 'Answer with the letters, earliest first: quiz.answer("{q}", ["c", "a", "b"]) '
    'or question.answer(["c", "a", "b"]).',
    "confidence": "Answer with a dict of statement id to how sure, from 0 to 1 (0.7 = 70 %): "
    'quiz.answer("{q}", {{"S05": 0.7, ...}}) or question.answer({{...}}).',
    "reflection": 'Answer in your own words: quiz.answer("{q}", "I think ...") or '
    'question.answer("I think ...").',
}


def _normalised(qtype: str, response: Any) -> Any:
    """The JSON form of a valid response, as the answer file stores it."""
    if qtype == "single":
        return response.strip().lower()
    if qtype in ("multiple", "order"):
        keys = [r.strip().lower() for r in response]
        return sorted(set(keys)) if qtype == "multiple" else keys
    if qtype == "mark":
        return sorted({int(i) for i in response})
    if qtype == "sort":
        return {str(k): str(v).strip().lower() for k, v in response.items()}
    if qtype == "confidence":
        return {str(k): float(v) for k, v in response.items()}
    return str(response).strip()


def _option_keys(question: Question) -> dict[str, dict[str, Any]]:
    return {chr(97 + i): o for i, o in enumerate(question.spec["options"])}


def _check_single(q: Question, response: Any) -> Result:
    opts = _option_keys(q)
    keys = ", ".join(sorted(opts))
    if response is None or (isinstance(response, str) and not response.strip()):
        return invalid(f"Pick one answer first: one of the letters {keys}.")
    if not isinstance(response, str):
        return invalid(f'Answer with one letter as text, e.g. "a" (one of {keys}).')
    key = response.strip().lower()
    if key not in opts:
        return invalid(f'There is no option "{response.strip()}". Pick one of {keys}.')
    correct = bool(opts[key]["correct"])
    verdict = RIGHT if correct else WRONG
    return Result(
        True,
        correct,
        1.0 if correct else 0.0,
        opts[key]["feedback"].strip(),
        verdict,
        details=[(key, opts[key]["feedback"].strip())],
    )


def _check_multiple(q: Question, response: Any) -> Result:
    opts = _option_keys(q)
    keys = ", ".join(sorted(opts))
    if isinstance(response, str):
        return invalid(f'Answer with a list of letters, e.g. ["a", "c"] (from {keys}).')
    if response is None or not isinstance(response, (list, tuple, set)) or not response:
        return invalid(f"Tick at least one answer first (from {keys}).")
    if not all(isinstance(r, str) for r in response):
        return invalid(f'Answer with letters as text, e.g. ["a", "c"] (from {keys}).')
    picks = {r.strip().lower() for r in response}
    unknown = sorted(picks - set(opts))
    if unknown:
        return invalid(f'There is no option "{unknown[0]}". Pick from {keys}.')
    right = {k for k, o in opts.items() if o["correct"]}
    score = max(0.0, (len(picks & right) - len(picks - right)) / len(right))
    details = []
    for key, opt in opts.items():
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
        _verdict(1.0 if correct else score),
        details=details,
    )


def _sort_key(q: Question) -> dict[str, tuple[str, ...]]:
    """Per statement, the categories that score: a bank's own key, else the statement's
    kind and the other kinds careful readers defend (statements.csv, `also_acceptable`)."""
    key = q.spec.get("key") or {}
    table = _statement_table()
    return {s: (str(key[s]),) if s in key else table[s].accepted for s in q.spec["statements"]}


def _check_sort(q: Question, response: Any) -> Result:
    cats = q.categories
    if response is None or not isinstance(response, Mapping) or not response:
        return invalid(f"Sort the statements first: give each one a category ({', '.join(cats)}).")
    answer = {}
    for sid, cat in response.items():
        if sid not in q.spec["statements"]:
            return invalid(f'"{sid}" is not one of the statements in this question.')
        if not isinstance(cat, str) or cat.strip().lower() not in cats:
            return invalid(f'"{cat}" is not a category here. Use one of: {", ".join(cats)}.')
        answer[sid] = cat.strip().lower()
    missing = [s for s in q.spec["statements"] if s not in answer]
    if missing:
        return invalid(
            f"Give every statement a category: {', '.join(missing)} "
            f"{'has' if len(missing) == 1 else 'have'} none yet."
        )
    key = _sort_key(q)
    overrides = q.spec.get("feedback") or {}
    table = _statement_table()
    details = []
    for sid in q.statement_ids:
        ok = answer[sid] in key[sid]
        why = (overrides.get(sid) or table[sid].explanation or "").strip()
        keyed, *others = key[sid]
        if ok and answer[sid] != keyed:
            verdict = f"{answer[sid]} is defensible too (the key says {keyed})."
        elif others:
            verdict = f"the key says {keyed}; {' or '.join(others)} is defensible too."
        else:
            verdict = f"it is {keyed}."
        head = f'{"✓" if ok else "✗"} {sid} "{table[sid].text}": you said {answer[sid]}; {verdict}'
        details.append((sid, f"{head} {why}".strip()))
    score = sum(answer[s] in key[s] for s in key) / len(key)
    return Result(
        True,
        score == 1,
        round(score, 4),
        "\n".join(d for _, d in details),
        _verdict(score),
        details=details,
    )


def _check_mark(q: Question, response: Any) -> Result:
    n = len(q.tokens)
    if isinstance(response, (str, bytes)) or response is None:
        return invalid(f"Answer with a list of word numbers from 0 to {n - 1}, e.g. [3, 4].")
    if not isinstance(response, (list, tuple, set)) or not response:
        return invalid("Mark at least one word first.")
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in response):
        return invalid(f"Use word numbers (0 to {n - 1}), e.g. [3, 4].")
    bad = sorted(i for i in response if not 0 <= i < n)
    if bad:
        return invalid(f"There is no word number {bad[0]}: the words run from 0 to {n - 1}.")
    picks = set(response)
    key = _key_tokens(q.statement.text, q.mark_key)  # type: ignore[union-attr]
    hits = len(picks & key)
    precision = hits / len(picks)
    recall = hits / len(key)
    score = 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)
    missed = [q.tokens[i] for i in sorted(key - picks)]
    extra = [q.tokens[i] for i in sorted(picks - key)]
    lines = []
    if missed:
        lines.append("You missed: " + " ".join(missed) + ".")
    if extra:
        lines.append("Not part of it: " + " ".join(extra) + ".")
    lines.append("The key: " + "; ".join(f'"{p}"' for p in q.mark_key) + ".")
    lines.append(q.spec["feedback"].strip())
    return Result(True, picks == key, round(score, 4), "\n".join(lines), _verdict(score))


def _check_order(q: Question, response: Any) -> Result:
    keys = [chr(97 + i) for i in range(len(q.spec["events"]))]
    hint = f"Put all {len(keys)} letters ({', '.join(keys)}) in order, earliest first."
    if response is None or isinstance(response, str) or not isinstance(response, (list, tuple)):
        return invalid(hint)
    if not all(isinstance(r, str) for r in response):
        return invalid(hint)
    picks = [r.strip().lower() for r in response]
    if sorted(picks) != keys:
        return invalid(hint + " Use each letter once.")
    pos = {k: i for i, k in enumerate(picks)}
    pairs = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :]]
    score = sum(pos[a] < pos[b] for a, b in pairs) / len(pairs)
    details = []
    for i, (key, ev) in enumerate(zip(keys, q.spec["events"], strict=True)):
        mark = "✓" if picks[i] == key else "✗"
        details.append(
            (key, f"{mark} {i + 1}. {ev['text']} ({ev['date']}). {ev['feedback'].strip()}")
        )
    head = "The right order:"
    return Result(
        True,
        picks == keys,
        round(score, 4),
        "\n".join([head, *(d for _, d in details)]),
        _verdict(score),
        details=details,
    )


def _check_confidence(q: Question, response: Any) -> Result:
    items = {item["statement"]: item for item in q.spec["items"]}
    hint = 'Give each statement a number from 0 to 1, e.g. {"S05": 0.7} (0.7 means 70 % sure).'
    if response is None or not isinstance(response, Mapping) or not response:
        return invalid(hint)
    probs: dict[str, float] = {}
    for sid, p in response.items():
        if sid not in items:
            return invalid(f'"{sid}" is not one of the statements in this question.')
        if isinstance(p, bool) or not isinstance(p, (int, float)) or math.isnan(p):
            return invalid(f"For {sid}, give a number from 0 to 1. " + hint)
        if not 0 <= p <= 1:
            return invalid(f"For {sid}, {p} is outside 0 to 1. Write 70 % as 0.7.")
        probs[sid] = float(p)
    missing = [s for s in items if s not in probs]
    if missing:
        return invalid(
            f"Say how sure you are for every statement: {', '.join(missing)} "
            f"{'has' if len(missing) == 1 else 'have'} no number yet."
        )
    outcomes = {s: float(item["outcome"]) for s, item in items.items()}
    brier = sum((probs[s] - outcomes[s]) ** 2 for s in items) / len(items)
    details = []
    for sid in q.statement_ids:
        p, o = probs[sid], outcomes[sid]
        gap = p - o
        if abs(gap) <= CONFIDENCE_TOLERANCE:
            how = "✓ Well judged"
        elif gap > 0:
            how = "✗ Too sure"
        else:
            how = "✗ Not sure enough"
        details.append(
            (
                sid,
                f"{how}: {sid}: you said {round(p * 100)} %, a careful reader would say "
                f"{round(o * 100)} %. {items[sid]['feedback'].strip()}",
            )
        )
    # Over- or under-confident overall: did the numbers sit further from the key on the
    # "too sure" side or on the "not sure enough" side?
    over = sum(
        max(0.0, abs(probs[s] - 0.5) - abs(outcomes[s] - 0.5))
        for s in items
        if (probs[s] - 0.5) * (outcomes[s] - 0.5) >= 0
    )
    wrong_way = sum(
        abs(probs[s] - 0.5) for s in items if (probs[s] - 0.5) * (outcomes[s] - 0.5) < 0
    )
    under = sum(
        max(0.0, abs(outcomes[s] - 0.5) - abs(probs[s] - 0.5))
        for s in items
        if (probs[s] - 0.5) * (outcomes[s] - 0.5) >= 0
    )
    if over + wrong_way > under + 0.1:
        overall = "Overall you were over-confident: you sounded surer than the text allows."
    elif under > over + wrong_way + 0.1:
        overall = "Overall you were under-confident: the text allowed you to be surer."
    else:
        overall = "Overall your confidence fits the text well."
    score = 1 - brier
    correct = all(abs(probs[s] - outcomes[s]) <= CONFIDENCE_TOLERANCE for s in items)
    text = "\n".join(
        [
            overall,
            *(d for _, d in details),
            f"Brier score {brier:.2f} (0 is perfect, 0.25 is always saying 50 %).",
        ]
    )
    verdict = RIGHT if correct else (PARTLY if score >= 0.75 else WRONG)
    return Result(
        True, correct, round(score, 4), text, verdict, brier=round(brier, 4), details=details
    )


def _check_reflection(q: Question, response: Any) -> Result:
    if response is None or (isinstance(response, str) and not response.strip()):
        return invalid("Write a few words first, then check.")
    if not isinstance(response, str):
        return invalid("Answer in words, as text in quotes.")
    if len(response) > MAX_TEXT_CHARS:
        return invalid(f"That is longer than {MAX_TEXT_CHARS} characters. Keep it short.")
    return Result(
        True,
        None,
        None,
        "Your answer is saved. Compare it with a model answer:\n" + q.spec["model_answer"].strip(),
        SAVED,
    )


_CHECKERS: dict[str, Callable[[Question, Any], Result]] = {
    "single": _check_single,
    "multiple": _check_multiple,
    "sort": _check_sort,
    "mark": _check_mark,
    "order": _check_order,
    "confidence": _check_confidence,
    "reflection": _check_reflection,
}


# --------------------------------------------------------------------------- quizzes
@dataclass
class Quiz:
    """A question bank loaded for one student: `.questions`, `.answer(id, response)`."""

    slug: str
    title: str
    questions: list[Question]
    source: str
    student: str | None = None

    def question(self, question_id: str) -> Question:
        """One question by id."""
        for q in self.questions:
            if q.id == question_id:
                return q
        ids = ", ".join(q.id for q in self.questions)
        raise KeyError(f"quiz {self.slug!r} has no question {question_id!r} (it has: {ids})")

    def __getitem__(self, question_id: str) -> Question:
        return self.question(question_id)

    def answer(self, question_id: str, response: Any) -> Result:
        """Answer one question by id; a friendly message for an unknown id, never a raise."""
        ids = [q.id for q in self.questions]
        if question_id not in ids:
            return invalid(
                f'This quiz has no question "{question_id}". Its questions are: {", ".join(ids)}.'
            )
        return self.question(question_id).answer(response)

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


def _fail(source: str, qid: str | None, message: str) -> ValueError:
    where = f"{source}, question {qid!r}" if qid else source
    return ValueError(f"{where}: {message}")


def _read_bank(slug_or_path: str | Path) -> tuple[str, str, str]:
    """(source name, expected slug, YAML text) for a slug or a file path."""
    text_arg = str(slug_or_path)
    if (
        isinstance(slug_or_path, Path)
        or "/" in text_arg
        or "\\" in text_arg
        or text_arg.endswith((".yaml", ".yml"))
    ):
        path = Path(slug_or_path)
        if not path.is_file():
            raise ValueError(f"{path}: no such question bank file")
        if path.stat().st_size > MAX_BANK_BYTES:
            raise ValueError(f"{path}: larger than {MAX_BANK_BYTES} bytes; not a question bank")
        return str(path), path.stem, path.read_text(encoding="utf-8")
    if not _ID.match(text_arg):
        raise ValueError(f"{text_arg!r}: a quiz slug is lowercase kebab-case, e.g. 'first-read'")
    res = resources.files("medialit.data").joinpath("quizzes").joinpath(f"{text_arg}.yaml")
    source = f"quizzes/{text_arg}.yaml"
    if not res.is_file():
        folder = resources.files("medialit.data").joinpath("quizzes")
        known = sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))
        raise ValueError(f"{source}: no such quiz (known: {', '.join(known) or 'none'})")
    return source, text_arg, res.read_text(encoding="utf-8")


def _parse_yaml(source: str, text: str) -> Any:
    import yaml

    try:
        # The C SafeLoader where libyaml is built in: ten times faster than the pure one.
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.YAMLError as exc:
        raise ValueError(f"{source}: not valid YAML: {exc}") from None


def _need_text(source: str, qid: str, where: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(source, qid, f"{where} must be non-empty text")
    return value


def _lettered_items(
    source: str, qid: str, noun: str, items: list[Any], own_key: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (where, item) for options or events, each checked to hold text, `own_key` and
    feedback before the caller checks `own_key` (so errors come in file order)."""
    for i, item in enumerate(items):
        where = f"{noun} {chr(97 + i)}"
        if not isinstance(item, dict) or set(item) != {"text", own_key, "feedback"}:
            raise _fail(source, qid, f"{where} needs exactly the keys text, {own_key}, feedback")
        _need_text(source, qid, f"{where} text", item["text"])
        _need_text(source, qid, f"{where} feedback", item["feedback"])
        yield where, item


def _validate_question(source: str, raw: Any, index: int, table: dict[str, Statement]) -> None:
    if not isinstance(raw, dict):
        raise _fail(source, f"#{index + 1}", "each question must be a mapping of keys")
    qid = raw.get("id")
    if not isinstance(qid, str) or not _ID.match(qid):
        raise _fail(
            source,
            str(qid) if qid else f"#{index + 1}",
            "the id must be lowercase kebab-case text, e.g. 'source-of-s03'",
        )
    qtype = raw.get("type")
    if qtype not in TYPES:
        raise _fail(source, qid, f"unknown type {qtype!r}; use one of {', '.join(TYPES)}")
    required, optional = _TYPE_KEYS[qtype]
    required = required | _COMMON_REQUIRED
    missing = sorted(required - set(raw))
    if missing:
        raise _fail(source, qid, f"missing key(s): {', '.join(missing)}")
    unknown = sorted(set(raw) - required - optional - _COMMON_OPTIONAL)
    if unknown:
        allowed = ", ".join(sorted(required | optional | _COMMON_OPTIONAL))
        raise _fail(
            source,
            qid,
            f"unknown key(s) {', '.join(unknown)} for type {qtype} (allowed: {allowed})",
        )
    _need_text(source, qid, "prompt", raw["prompt"])

    def known(sid: Any, where: str) -> str:
        if not isinstance(sid, str) or sid not in table:
            raise _fail(source, qid, f"{where}: unknown statement id {sid!r}")
        return sid

    if "statement" in raw:
        known(raw["statement"], "statement")

    if qtype in ("single", "multiple"):
        opts = raw["options"]
        if not isinstance(opts, list) or len(opts) < 2 or len(opts) > 26:
            raise _fail(source, qid, "options must be a list of 2 to 26 options")
        for where, opt in _lettered_items(source, qid, "option", opts, "correct"):
            if not isinstance(opt["correct"], bool):
                raise _fail(source, qid, f"{where}: correct must be true or false")
        n_right = sum(o["correct"] for o in opts)
        if qtype == "single" and n_right != 1:
            raise _fail(
                source,
                qid,
                f"a single-choice question needs exactly one correct option, not {n_right}",
            )
        if qtype == "multiple" and n_right < 1:
            raise _fail(source, qid, "a multiple-choice question needs at least one correct option")
    elif qtype == "sort":
        ids = raw["statements"]
        if not isinstance(ids, list) or len(ids) < 2:
            raise _fail(source, qid, "statements must be a list of at least 2 statement ids")
        for sid in ids:
            known(sid, "statements")
        if len(set(ids)) != len(ids):
            raise _fail(source, qid, "a statement is listed twice")
        cats = raw.get("categories") or list(KINDS)
        if (
            not isinstance(cats, list)
            or len(cats) < 2
            or not all(isinstance(c, str) and c == c.strip().lower() and c for c in cats)
        ):
            raise _fail(source, qid, "categories must be a list of 2 or more lowercase words")
        key = raw.get("key") or {}
        if not isinstance(key, dict):
            raise _fail(source, qid, "key must map statement ids to categories")
        for sid, cat in key.items():
            if sid not in ids:
                raise _fail(source, qid, f"key names {sid!r}, which is not in statements")
            if cat not in cats:
                raise _fail(source, qid, f"key for {sid} is {cat!r}, not one of the categories")
        for sid in ids:
            if sid not in key and table[sid].kind is None:
                parts = sorted(k for k, st in table.items() if st.sentence == sid and k != sid)
                hint = f" (statements.csv splits it: {', '.join(parts)})" if parts else ""
                raise _fail(
                    source, qid, f"no key for {sid} and no kind for it in statements.csv{hint}"
                )
            if sid not in key and table[sid].kind not in cats:
                raise _fail(
                    source,
                    qid,
                    f"{sid} is a {table[sid].kind} in statements.csv, "
                    "which is not one of the categories; give a key",
                )
        fb = raw.get("feedback") or {}
        if not isinstance(fb, dict) or any(
            s not in ids or not isinstance(t, str) for s, t in fb.items()
        ):
            raise _fail(source, qid, "feedback must map statement ids in the question to text")
    elif qtype == "mark":
        if ("statement" in raw) == ("sentence" in raw):
            raise _fail(source, qid, "a mark question needs one of statement or sentence")
        sid = known(raw.get("statement") or raw.get("sentence"), "sentence")
        _need_text(source, qid, "target", raw["target"])
        _need_text(source, qid, "feedback", raw["feedback"])
        target = raw["target"]
        if "key" not in raw:
            if target not in DATA_TARGETS:
                raise _fail(
                    source,
                    qid,
                    f"target {target!r} needs a key (statements.csv keys only "
                    f"{', '.join(DATA_TARGETS)})",
                )
            if not data_key(table, sid, target):
                raise _fail(
                    source, qid, f"statements.csv gives no {target} in the text of {sid}: add a key"
                )
            if "key_reason" in raw:
                raise _fail(source, qid, "key_reason explains a key; this item has none")
            return
        if target in DATA_TARGETS and "key_reason" not in raw:
            raise _fail(
                source,
                qid,
                f"statements.csv already keys the {target} of {sid}; drop the key, or say in "
                "key_reason why this item keys other words",
            )
        if "key_reason" in raw:
            _need_text(source, qid, "key_reason", raw["key_reason"])
        phrases = raw["key"]
        if not isinstance(phrases, list) or not phrases:
            raise _fail(source, qid, "key must be a list of one or more phrases")
        for phrase in phrases:
            if not isinstance(phrase, str) or not phrase.strip() or phrase not in table[sid].text:
                raise _fail(source, qid, f"key phrase {phrase!r} is not in the text of {sid}")
    elif qtype == "order":
        events = raw["events"]
        if not isinstance(events, list) or not 3 <= len(events) <= 26:
            raise _fail(source, qid, "order needs a list of 3 to 26 events")
        for where, ev in _lettered_items(source, qid, "event", events, "date"):
            if ev["date"] in (None, ""):
                raise _fail(source, qid, f"{where} needs a date")
        if len({ev["text"] for ev in events}) != len(events):
            raise _fail(source, qid, "two events have the same text")
    elif qtype == "confidence":
        items = raw["items"]
        if not isinstance(items, list) or not items:
            raise _fail(source, qid, "items must be a list of one or more items")
        seen = set()
        for i, item in enumerate(items):
            where = f"item {i + 1}"
            if not isinstance(item, dict) or set(item) != {"statement", "outcome", "feedback"}:
                raise _fail(
                    source, qid, f"{where} needs exactly the keys statement, outcome, feedback"
                )
            sid = known(item["statement"], where)
            if sid in seen:
                raise _fail(source, qid, f"{sid} is rated twice")
            seen.add(sid)
            outcome = item["outcome"]
            if not isinstance(outcome, (bool, int, float)) or not 0 <= outcome <= 1:
                raise _fail(
                    source,
                    qid,
                    f"{where}: outcome must be true, false or a "
                    f"probability from 0 to 1, not {outcome!r}",
                )
            _need_text(source, qid, f"{where} feedback", item["feedback"])
    elif qtype == "reflection":
        _need_text(source, qid, "model_answer", raw["model_answer"])


def validate_bank(source: str, expected_slug: str, data: Any) -> None:
    """Raise ValueError naming the file and question id for anything wrong in a bank."""
    if not isinstance(data, dict):
        raise _fail(source, None, "a question bank is a mapping with slug, title, questions")
    missing = sorted({"slug", "title", "questions"} - set(data))
    if missing:
        raise _fail(source, None, f"missing key(s): {', '.join(missing)}")
    unknown = sorted(set(data) - {"slug", "title", "questions"})
    if unknown:
        raise _fail(source, None, f"unknown key(s): {', '.join(unknown)}")
    if data["slug"] != expected_slug:
        raise _fail(
            source, None, f"slug {data['slug']!r} must equal the file name {expected_slug!r}"
        )
    if not isinstance(data["title"], str) or not data["title"].strip():
        raise _fail(source, None, "title must be non-empty text")
    questions = data["questions"]
    if not isinstance(questions, list) or not questions:
        raise _fail(source, None, "questions must be a non-empty list")
    table = _statement_table()
    seen: set[str] = set()
    for i, raw in enumerate(questions):
        _validate_question(source, raw, i, table)
        if raw["id"] in seen:
            raise _fail(source, raw["id"], "duplicate question id")
        seen.add(raw["id"])


def load_quiz(slug_or_path: str | Path, student: str | None = None) -> Quiz:
    """Load and validate a question bank by slug (`"first-read"`) or by file path."""
    source, expected, text = _read_bank(slug_or_path)
    data = _parse_yaml(source, text)
    validate_bank(source, expected, data)
    if student is None:
        from medialit._store import current_student

        student = current_student()
    table = _statement_table()
    quiz = Quiz(
        slug=data["slug"], title=data["title"].strip(), questions=[], source=source, student=student
    )
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
                seed=student,
                statement=table[sid] if sid else None,
                _quiz=quiz,
            )
        )
    return quiz


# The lessons in course order (notebooks/NN-<slug>.ipynb; tests/test_lessons.py checks they agree).
# Package-side names carry no numbers, so reordering lessons changes only this list.
LESSON_ORDER = (
    "start-here",
    "first-read",
    "who-is-speaking",
    "fact-claim-denial",
    "how-sure",
    "evidence",
    "lateral-reading",
    "by-the-numbers",
)


def bank_slugs() -> list[str]:
    """The slugs of the question banks shipped with the package, in lesson order."""
    folder = resources.files("medialit.data").joinpath("quizzes")
    if not folder.is_dir():
        return []
    rank = {slug: i for i, slug in enumerate(LESSON_ORDER)}
    slugs = [p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml")]
    return sorted(slugs, key=lambda s: (rank.get(s, len(rank)), s))
