"""Friendly checks for the exercises: one module per lesson declares them with `make_check`.

Each check takes the student's answer, computes the expected answer from the course data (never
a hard-coded figure) and prints one deterministic message: passed, not attempted yet, or the
first thing wrong with a hint. How answers are compared is `medialit.checks._engine`;
what a check says is `medialit.checks._findings`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from medialit.checks._engine import chart, frame, items, number, series, text
from medialit.checks._findings import CheckResult, Expect, evaluate

__all__ = [
    "CheckResult",
    "Expect",
    "chart",
    "context",
    "frame",
    "items",
    "make_check",
    "number",
    "sentences",
    "series",
    "statements",
    "text",
]


# The course data, loaded when a check first runs (so importing a check module stays cheap).
def statements() -> Any:
    """The statements table, as `medialit.load_statements()` gives it to students."""
    from medialit import load_statements

    return load_statements()


def context() -> Any:
    """The lateral-reading table, as `medialit.load_context()` gives it to students."""
    from medialit import load_context

    return load_context()


def sentences() -> Any:
    """The article's sentences table, as `medialit.load_article().sentences` gives it."""
    from medialit import load_article

    return load_article().sentences


def make_check(
    number: int,
    reference: Callable[[], Any],
    expect: Expect,
    *,
    task: str,
    praise: str = "Well done!",
) -> Callable[[Any], CheckResult]:
    """A check function `exN(answer)` that prints its result and returns it."""
    label = f"Exercise {number}"

    def check(answer: Any) -> CheckResult:
        result = evaluate(label, f"ex{number}", answer, reference, expect, praise)
        print(result.message)
        return result

    check.__name__ = check.__qualname__ = f"ex{number}"
    check.__doc__ = f"Check exercise {number}: {task}"
    check.reference = reference  # type: ignore[attr-defined]
    check.expect = expect  # type: ignore[attr-defined]
    return check
