"""Multiple choice: tick every option that fits; partial credit."""

from __future__ import annotations

from typing import Any

from medialit.items.base import (
    Asked,
    BankCheck,
    Lettered,
    Result,
    Unreadable,
    register,
    validate_options,
    verdict_for,
)


@register
class Multiple(Lettered):
    name = "multiple"
    label = "multiple choice"
    required = frozenset({"options"})
    lettered = "options"
    how = "a list of the letters of every answer that fits"
    example = '["a", "c"]'

    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        validate_options(check, raw["options"], exactly_one=False)

    def read(self, question: Asked, response: Any) -> Any:
        shown = ", ".join(question.shown_letters)
        if isinstance(response, str):
            raise Unreadable(f'Answer with a list of letters, e.g. ["a", "c"] (from {shown}).')
        if response is None or not isinstance(response, (list, tuple, set)) or not response:
            raise Unreadable(f"Tick at least one answer first (from {shown}).")
        if not all(isinstance(r, str) for r in response):
            raise Unreadable(f'Answer with letters as text, e.g. ["a", "c"] (from {shown}).')
        return sorted({self._to_stored(question, r) for r in response})

    def read_stored(self, question: Asked, stored: Any) -> Any:
        choices = self._choices(question)
        if not isinstance(stored, list) or not stored or not all(s in choices for s in stored):
            raise Unreadable("not a list of the question's options")
        return sorted(set(stored))

    def score(self, question: Asked, stored: Any) -> Result:
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
            valid=True,
            correct=correct,
            score=round(score, 4),
            feedback="\n".join(d for _, d in details),
            verdict=verdict_for(1.0 if correct else score),
            details=details,
            wrong_choices=tuple(sorted(picks - right)),
        )

    def to_shown(self, question: Asked, stored: Any) -> Any:
        return [question.shown_letter(k) for k in stored]
