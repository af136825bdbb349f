"""Checks for exercise 08, by the numbers: the statements table in pandas, with charts."""

from __future__ import annotations

from typing import Any

from medialit.checks import chart, frame, items, make_check, series, statements


def _quoted() -> Any:
    table = statements()
    return table[table["source_type"] != "author"]["source"].value_counts()


def _kind_percent() -> Any:
    return (statements()["kind"].value_counts(normalize=True) * 100).round(1)


def _per_paragraph() -> Any:
    table = statements().assign(hedged=lambda t: t["hedges"] != "")
    summary = table.groupby("paragraph").agg(statements=("id", "count"), hedged=("hedged", "sum"))
    return summary.reset_index()


def _two_statements() -> Any:
    counts = statements()["sentence"].value_counts()
    return sorted(counts[counts > 1].index.tolist())


ex1 = make_check(
    1,
    _quoted,
    series(
        ordered=True,
        values_hint="Leave out the author's own statements, then count the column `source`.",
        order_hint="Put the most-quoted source first: `value_counts()` does, or "
        "`.sort_values(ascending=False)`.",
    ),
    task="how many statements each source makes (not the author), most first",
    praise="Notice how the spelling of a name can split one person into two sources.",
)
ex2 = make_check(
    2,
    _kind_percent,
    series(
        values_hint="`value_counts(normalize=True)` gives shares; times 100 gives percent; "
        "`.round(1)` keeps one decimal.",
    ),
    task="the percentage of statements of each kind, rounded to one decimal",
    praise="Percentages make two articles of different lengths comparable.",
)
ex3 = make_check(
    3,
    _per_paragraph,
    frame(
        key="paragraph",
        ordered=True,
        order_by=["paragraph"],
        filter_hint="Group by `paragraph`; count the ids and add up a True/False column "
        "`hedged`; finish with `.reset_index()`.",
        order_hint="Keep the paragraphs in number order: `groupby` does that for you.",
    ),
    task="per paragraph: how many statements and how many hedged (paragraph, statements, hedged)",
    praise="The table shows where in the article the hedging happens.",
)
ex4 = make_check(
    4,
    _quoted,
    chart(ordered=True),
    task="a bar chart of who is quoted, most first, with a title",
    praise="A good chart answers one question at a glance.",
)
ex5 = make_check(
    5,
    _two_statements,
    items(
        hint="The column `sentence` names the sentence each statement lies in; count it "
        "(`value_counts()`) and keep the sentences that occur more than once. Give the list "
        "sorted.",
        ordered=True,
    ),
    task="the ids of the sentences that hold two statements, sorted",
    praise="One sentence, two statements: often a claim plus who said it, or a fact plus a guess.",
)
