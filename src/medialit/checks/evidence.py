"""Checks for exercise 05, evidence: what stands behind each statement."""

from __future__ import annotations

from typing import Any

from medialit.checks import chart, frame, make_check, number, series, statements

UNNAMED = ["anonymous", "vague"]


def _evidence_counts() -> Any:
    return statements()["evidence"].value_counts()


def _weak() -> Any:
    table = statements()
    chosen = table[(table["evidence"] == "testimony") & table["source_type"].isin(UNNAMED)]
    return chosen[["id", "source", "text"]]


def _share_none() -> Any:
    table = statements()
    return (table.loc[table["checkable"], "evidence"] == "none").mean()


ex1 = make_check(
    1,
    _evidence_counts,
    series(values_hint="Count the column `evidence` with `.value_counts()`."),
    task="how many statements offer each kind of evidence",
    praise="Testimony means someone says so: it is the weakest kind on its own.",
)
ex2 = make_check(
    2,
    _weak,
    frame(
        key="id",
        filter_hint='Two conditions: evidence is "testimony", and the source type is one of '
        '["anonymous", "vague"] (use `.isin`).',
    ),
    task="statements resting on testimony from unnamed sources: columns id, source, text",
    praise="These are the statements a reader cannot trace back to anyone.",
)
ex3 = make_check(
    3,
    _share_none,
    number(
        share=True,
        hint='Keep the rows where `checkable` is True, then compare `evidence` with "none" '
        "and take the mean.",
    ),
    task="of the checkable statements, the share that offer no evidence",
    praise="Checkable but unsupported: a reader has to check it elsewhere.",
)
ex4 = make_check(
    4,
    _evidence_counts,
    chart(),
    task="a bar chart of the evidence counts, with a title",
    praise="A chart with a title says what it shows.",
)
