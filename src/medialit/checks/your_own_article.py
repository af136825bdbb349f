"""Checks for exercise 09, your own article: a practice article's key beside the analyzer.

The exercise works on the practice article `berlin-court-wikimedia` (Wikinews, CC BY 2.5),
which ships with the package like the course's own article. Expected answers are computed
from its key and from `medialit.analyze`, never typed in.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from medialit.checks import items, make_check, number, series

PRACTICE_SLUG = "berlin-court-wikimedia"


def practice_course() -> Any:
    """The practice course the exercise uses, as `medialit.load_course` gives it."""
    from pathlib import Path

    from medialit import load_course

    return load_course(Path(str(files("medialit") / "data" / "practice" / PRACTICE_SLUG)))


def _key() -> Any:
    from medialit import load_statements

    return load_statements(practice_course())


def _machine() -> Any:
    from medialit import analyze

    return analyze(practice_course().article.text)


def _not_author() -> Any:
    key = _key()
    return sorted(key[key["source_type"] != "author"]["id"].tolist())


def _machine_kinds() -> Any:
    return _machine()["kind"].value_counts()


def _differ() -> Any:
    both = _key().merge(_machine(), on="id", suffixes=("_key", "_machine"))
    return sorted(both[both["kind_key"] != both["kind_machine"]]["id"].tolist())


def _accepted_share() -> Any:
    import pandas as pd

    from medialit._analyze import compare

    course = practice_course()
    table = pd.DataFrame(compare(course.article.text, _key().to_dict("records")))
    return table["agree"].mean()


ex1 = make_check(
    1,
    _not_author,
    items(
        hint="Keep the rows whose `source_type` is not `author`, take the column `id`, and "
        "make it a sorted list.",
        ordered=True,
    ),
    task="the ids of the statements the author does not vouch for, sorted",
    praise="Most statements here come from someone else: the court or one side of the case.",
)
ex2 = make_check(
    2,
    _machine_kinds,
    series(values_hint="Run `analyze` on the article's text, then count its column `kind`."),
    task="how many statements of each kind the analyzer finds",
    praise="Now you know what the machine proposes; next, where it differs from the key.",
)
ex3 = make_check(
    3,
    _differ,
    items(
        hint="Merge the key and the analyzer's table on `id` (`suffixes=('_key', '_machine')`), "
        "keep the rows where the two kinds differ, and give the ids as a sorted list.",
        ordered=True,
    ),
    task="the ids where the analyzer's kind is not the key's first choice, sorted",
    praise="Where the kinds differ, is the machine wrong, or choosing another defensible kind?",
)
ex4 = make_check(
    4,
    _accepted_share,
    number(
        hint="`compare` gives one row per statement with a True/False column `agree`; its "
        "`.mean()` is the share.",
        share=True,
    ),
    task="the share of statements where the key accepts the analyzer's kind",
    praise="Where readers split, the key accepts more than one kind, and so does the score.",
)
