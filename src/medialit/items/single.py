"""Single choice: one lettered option is right."""

from __future__ import annotations

from typing import Any

from medialit.items.base import (
    RIGHT,
    WRONG,
    Asked,
    BankCheck,
    Lettered,
    Result,
    Unreadable,
    register,
    validate_options,
)


@register
class Single(Lettered):
    name = "single"
    label = "single choice"
    required = frozenset({"options"})
    lettered = "options"
    how = "the letter of one answer"
    example = '"b"'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        validate_options(check, raw["options"], exactly_one=True)

    def read(self, question: Asked, response: Any) -> Any:
        shown = ", ".join(question.shown_letters)
        if response is None or (isinstance(response, str) and not response.strip()):
            raise Unreadable(f"Pick one answer first: one of the letters {shown}.")
        if not isinstance(response, str):
            raise Unreadable(f'Answer with one letter as text, e.g. "a" (one of {shown}).')
        return self._to_stored(question, response)

    def read_stored(self, question: Asked, stored: Any) -> Any:
        if not isinstance(stored, str) or stored not in self._choices(question):
            raise Unreadable("not one of the question's options")
        return stored

    def score(self, question: Asked, stored: Any) -> Result:
        option = self._choices(question)[stored]
        right = bool(option["correct"])
        return Result(
            valid=True,
            correct=right,
            score=1.0 if right else 0.0,
            feedback=option["feedback"].strip(),
            verdict=RIGHT if right else WRONG,
            details=[(stored, option["feedback"].strip())],
            wrong_choices=() if right else (stored,),
        )

    def to_shown(self, question: Asked, stored: Any) -> Any:
        return question.shown_letter(stored)
