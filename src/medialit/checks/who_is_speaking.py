"""Checks for exercise 02, who is speaking: sources and the words that introduce them."""

from __future__ import annotations

from typing import Any

from medialit.checks import frame, make_check, number, series, statements

UNNAMED = ["anonymous", "vague"]


def _anonymous() -> Any:
    table = statements()
    return table[table["source_type"] == "anonymous"][["id", "source", "text"]]


def _by_type() -> Any:
    return statements()["source_type"].value_counts()


def _share_unnamed() -> Any:
    table = statements()
    others = table[table["source_type"] != "author"]
    return others["source_type"].isin(UNNAMED).mean()


def _cues() -> Any:
    table = statements()
    return table[table["cue"] != ""]["cue"].value_counts()


ex1 = make_check(
    1,
    _anonymous,
    frame(key="id", filter_hint='Filter on `source_type`; the label is "anonymous".'),
    task="the statements from anonymous sources: columns id, source, text",
    praise='Anonymous sources are described ("a source in New York") but not named.',
)
ex2 = make_check(
    2,
    _by_type,
    series(values_hint="Count the column `source_type` with `.value_counts()`."),
    task="how many statements each type of source has",
    praise="Now you can see how much of the article is the author's own voice.",
)
ex3 = make_check(
    3,
    _share_unnamed,
    number(
        share=True,
        hint="First drop the author's own statements; then take the share whose `source_type` "
        'is "anonymous" or "vague". `.isin([...]).mean()` gives a share.',
    ),
    task="of the statements someone else makes, the share with no named source",
    praise="A share is a number between 0 and 1: multiply by 100 for a percentage.",
)
ex4 = make_check(
    4,
    _cues,
    series(values_hint='Keep only rows whose `cue` is not empty (`!= ""`), then count.'),
    task="how often each cue is used, leaving out statements without a cue",
    praise='"According to" is neutral: it reports without saying whether it is true.',
)
