"""Checks for exercise 04, how sure: hedges and boosters."""

from __future__ import annotations

from typing import Any

from medialit.checks import frame, make_check, number, series, statements


def _hedged() -> Any:
    table = statements()
    return table[table["hedges"] != ""][["id", "hedges", "text"]]


def _n_boosted() -> Any:
    return int((statements()["boosters"] != "").sum())


def _hedge_counts() -> Any:
    table = statements()
    words = table.loc[table["hedges"] != "", "hedges"].str.split("; ").explode()
    return words.value_counts()


def _hedged_share() -> Any:
    table = statements()
    return table.assign(hedged=table["hedges"] != "").groupby("source_type")["hedged"].mean()


ex1 = make_check(
    1,
    _hedged,
    frame(key="id", filter_hint='A statement without hedges has an empty text `""`.'),
    task="the statements with at least one hedge: columns id, hedges, text",
    praise="Each hedge lowers how sure the statement sounds.",
)
ex2 = make_check(
    2,
    _n_boosted,
    number(hint='Compare `boosters` with `""`, then `.sum()` counts the True values.'),
    task="how many statements hold a booster",
    praise="Boosters sound sure. Who is the one sounding sure here?",
)
ex3 = make_check(
    3,
    _hedge_counts,
    series(
        values_hint='One cell can hold several hedges, separated by "; ". Split them with '
        '`.str.split("; ")`, put one per row with `.explode()`, then count.',
    ),
    task="how often each hedge word or phrase is used",
    praise="You turned a column of lists into a count of words: a real data-science move.",
)
ex4 = make_check(
    4,
    _hedged_share,
    series(
        values_hint="Make a True/False column `hedged`, group by `source_type`, and take the "
        "mean of `hedged`.",
    ),
    task="for each type of source, the share of its statements that are hedged",
    praise="Compare the types: who hedges most?",
)
