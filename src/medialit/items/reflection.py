"""A reflection in the student's own words: saved, never scored; the teacher reads it."""

from __future__ import annotations

from typing import Any

from medialit.items.base import (
    LEVELS,
    MAX_TEXT_CHARS,
    MIN_WORDS,
    SAVED,
    Asked,
    BankCheck,
    ItemType,
    Result,
    Unreadable,
    register,
)


@register
class Reflection(ItemType):
    name = "reflection"
    released = (frozenset({"min_words"}), {})
    label = "reflection"
    required = frozenset({"model_answer"})
    optional = frozenset({"rubric", "min_words"})
    own_words = True
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

    def key(self, question: Asked) -> list[str]:
        model = question.spec["model_answer"].strip()
        return [f"Model answer: {model}", *rubric_lines(question.spec.get("rubric"))]

    def min_words(self, question: Asked) -> int:
        """How many words a reflection needs before it counts as answered."""
        return int(question.spec.get("min_words", MIN_WORDS))

    def read(self, question: Asked, response: Any) -> Any:
        if response is None or (isinstance(response, str) and not response.strip()):
            raise Unreadable("Write a few words first, then check.")
        if not isinstance(response, str):
            raise Unreadable("Answer in words, as text in quotes.")
        if len(response) > MAX_TEXT_CHARS:
            raise Unreadable(f"That is longer than {MAX_TEXT_CHARS} characters. Keep it short.")
        return response.strip()

    def score(self, question: Asked, stored: Any) -> Result:
        words, needed = len(stored.split()), self.min_words(question)
        if words < needed:
            return Result(
                valid=True,
                correct=None,
                score=None,
                feedback=(
                    "Saved. Say a little more, so it counts as answered: at least "
                    f"{needed} words (you wrote {words}). Give your reason, and point to the "
                    "sentence it comes from."
                ),
                verdict=SAVED,
                counted=False,
            )
        lines = [
            "Your answer is saved. Compare it with a model answer:",
            question.spec["model_answer"].strip(),
        ]
        rubric = rubric_lines(question.spec.get("rubric"))
        if rubric:
            lines += ["How your teacher reads answers (Civic Online Reasoning levels):", *rubric]
        return Result(
            valid=True, correct=None, score=None, feedback="\n".join(lines), verdict=SAVED
        )


# What a result is, for the question it answers: a fact checker weighs them differently.


def rubric_lines(rubric: dict[str, dict[str, str]] | None) -> list[str]:
    """A rubric, one line per level, best first: what it contains and an example."""
    if not rubric:
        return []
    return [
        f"{level.capitalize()}: {rubric[level]['contains'].strip()} "
        f'For example: "{rubric[level]["example"].strip()}"'
        for level in LEVELS
    ]
