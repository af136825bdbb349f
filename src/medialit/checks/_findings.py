"""What a check says: its result, the first thing wrong with an answer, a value described in
words a student knows, and the run of one check that never raises (`evaluate`).

How an answer is compared with the reference is `medialit.checks._engine`: each of its
`Expect`s returns a `Finding` (or None), which `evaluate` turns into the student's message.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

PASSED = "passed"
NOT_ATTEMPTED = "not_attempted"
WRONG = "wrong"


@dataclass(frozen=True)
class CheckResult:
    """What a check found; its repr is the message a student reads."""

    exercise: str
    status: str  # passed | not_attempted | wrong
    reason: str  # passed | not_attempted | none | type | empty | shape | columns | values | order
    message: str

    def __bool__(self) -> bool:
        return self.status == PASSED

    def __repr__(self) -> str:
        return self.message

    def _ipython_display_(self) -> None:
        # The check has already printed the message; showing it again as Out[] would repeat it.
        return None


@dataclass(frozen=True)
class Finding:
    """The first thing wrong with an answer."""

    reason: str
    problem: str
    hint: str


@dataclass(frozen=True)
class Expect:
    """What kind of answer a check wants, and how to compare it with the reference."""

    kind: str  # frame | series | number | text | items | chart
    compare: Callable[[Any, Any], Finding | None] = field(repr=False)
    what: str = ""  # how to name the wanted answer to a student: "a table (DataFrame)"
    ordered: bool = False  # does the task ask for an order?


# ---------------------------------------------------------------------------------------------
# Describing values to a student


def _describe(value: Any) -> str:
    """A short, friendly name for what a student gave."""
    import pandas as pd

    if value is None:
        return "None"
    if isinstance(value, bool):
        return f"True/False ({value})"
    if isinstance(value, pd.DataFrame):
        return f"a table (DataFrame) with {len(value)} rows"
    if isinstance(value, pd.Series):
        return f"a Series (one column) with {len(value)} values"
    if isinstance(value, str):
        return "a piece of text (a string)"
    if isinstance(value, numbers.Integral):
        return "a whole number"
    if isinstance(value, numbers.Real):
        return "a number"
    if isinstance(value, (list, tuple, set)):
        return f"a {type(value).__name__} of {len(value)} items"
    if callable(value):
        return "a function (did you forget the brackets () to call it?)"
    return f"a {type(value).__name__}"


def _show(label: Any) -> str:
    return repr(_plain(label))


def _plain(value: Any) -> Any:
    """numpy and pandas scalars as plain Python values, so messages read the same everywhere."""
    item = getattr(value, "item", None)
    if item is not None and not isinstance(value, (str, bytes)):
        try:
            return item()
        except (TypeError, ValueError):
            return value
    return value


_NONE_FINDING = Finding(
    "none",
    "Your answer is None: there is nothing in it.",
    "Some methods change a table in place and give back None. Assign the result of an "
    "expression instead, like `answer = table[...]`, and make sure your cell ends without error.",
)


def _type_finding(answer: Any, wanted: str, hint: str) -> Finding:
    return Finding(
        "type", f"Your answer is {_describe(answer)}, but this task wants {wanted}.", hint
    )


# ---------------------------------------------------------------------------------------------
# Building and running checks


def _passed_message(label: str, praise: str) -> str:
    return f"✅ {label}: passed. {praise}".rstrip()


def evaluate(
    label: str,
    exercise: str,
    answer: Any,
    reference: Callable[[], Any],
    expect: Expect,
    praise: str = "Well done!",
) -> CheckResult:
    """Compare an answer with the reference and return the CheckResult, never raising."""
    if answer is Ellipsis:
        return CheckResult(
            exercise,
            NOT_ATTEMPTED,
            NOT_ATTEMPTED,
            f"⏳ {label}: not attempted yet. Replace the `...` with your code, run that cell, "
            "then run this check again.",
        )
    try:
        found = _NONE_FINDING if answer is None else expect.compare(answer, reference())
    except Exception as error:  # a check must never show a student a traceback
        return CheckResult(
            exercise,
            WRONG,
            "error",
            f"🤔 {label}: I could not check this answer ({type(error).__name__}). "
            f"Is it {expect.what or 'the kind of answer the task asks for'}? If it looks right, "
            "ask your teacher.",
        )
    if found is None:
        return CheckResult(exercise, PASSED, PASSED, _passed_message(label, praise))
    return CheckResult(
        exercise,
        WRONG,
        found.reason,
        f"❌ {label}: not yet. {found.problem}\n💡 Hint: {found.hint}",
    )
