"""Checks for exercise 03, fact, claim, denial: the five kinds of statement."""

from __future__ import annotations

from typing import Any

from medialit.checks import frame, items, make_check, number, series, statements


def _kinds() -> Any:
    return statements()["kind"].value_counts()


def _author_facts() -> Any:
    table = statements()
    chosen = table[(table["source_type"] == "author") & (table["kind"] == "fact")]
    return chosen[["id", "text"]]


def _denials() -> Any:
    table = statements()
    return table[table["kind"] == "denial"]["id"].tolist()


def _share_fact() -> Any:
    return (statements()["kind"] == "fact").mean()


ex1 = make_check(
    1,
    _kinds,
    series(values_hint="Count the column `kind` with `.value_counts()`."),
    task="how many statements there are of each kind",
    praise="A kind with 0 statements is worth noticing too.",
)
ex2 = make_check(
    2,
    _author_facts,
    frame(
        key="id",
        filter_hint="Two conditions, both true: combine them with `&`, each in its own brackets.",
    ),
    task="statements in the author's own voice presented as fact: columns id and text",
    praise="Presented as fact is not the same as verified: that is lesson 07's job.",
)
ex3 = make_check(
    3,
    _denials,
    items(hint="Filter on `kind`, take the `id` column, then `.tolist()`."),
    task="the ids of the denials, as a list",
    praise="A denial is itself a statement: that someone denied it is a fact.",
)
ex4 = make_check(
    4,
    _share_fact,
    number(share=True, hint='Compare the column `kind` with "fact", then take `.mean()`.'),
    task="the share of statements presented as fact",
    praise="True counts as 1 and False as 0, so the mean of a comparison is a share.",
)
