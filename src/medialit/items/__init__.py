"""Item types: one module per type behind one registry (`ITEM_TYPES`).

Adding a type is one module here (a class registered with `@register`, imported below) plus
its control in `_quiz_view.py`. The base (`base.py`) holds what every type shares: `Result`,
the registry, bank checks, and `Asked`, what a type needs from a question.
"""

from __future__ import annotations

# isort: off
# Importing a type's module registers it, in the order the registry lists the types.
from medialit.items import single, multiple, sort, mark, order  # noqa: F401
from medialit.items import confidence, reflection, search, catch  # noqa: F401

# isort: on
from medialit.items.base import (
    ITEM_TYPES,
    LEVELS,
    MAX_TEXT_CHARS,
    MIN_WORDS,
    PARTLY,
    RIGHT,
    SAVED,
    WRONG,
    Asked,
    BankCheck,
    BankError,
    ItemType,
    Result,
    Unreadable,
    by_letter,
    invalid,
    key_tokens,
    letters,
    register,
    tokenize,
    verdict_for,
)

__all__ = [
    "ITEM_TYPES",
    "LEVELS",
    "MAX_TEXT_CHARS",
    "MIN_WORDS",
    "PARTLY",
    "RIGHT",
    "SAVED",
    "WRONG",
    "Asked",
    "BankCheck",
    "BankError",
    "ItemType",
    "Result",
    "Unreadable",
    "by_letter",
    "invalid",
    "key_tokens",
    "letters",
    "register",
    "tokenize",
    "verdict_for",
]
