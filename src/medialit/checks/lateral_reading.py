"""Checks for exercise 07, lateral reading: what other sources said, then and later."""

from __future__ import annotations

from typing import Any

from medialit.checks import context, frame, items, make_check, series, statements


def _at_publication() -> Any:
    return context()["status_at_publication"].value_counts()


def _checked() -> Any:
    merged = statements().merge(context(), left_on="id", right_on="statement_id")
    return merged[["id", "kind", "status_at_publication", "status_later"]]


def _changed() -> Any:
    table = context()
    chosen = table[table["status_at_publication"] != table["status_later"]]
    return chosen[["statement_id", "status_at_publication", "status_later"]]


def _fact_not_corroborated() -> Any:
    merged = _checked()
    chosen = merged[
        (merged["kind"] == "fact") & (merged["status_at_publication"] != "corroborated")
    ]
    return chosen["id"].tolist()


ex1 = make_check(
    1,
    _at_publication,
    series(values_hint="Count the column `status_at_publication` of `context`."),
    task="how many checked statements had each status when the article came out",
    praise="Statuses with 0 are part of the picture too.",
)
ex2 = make_check(
    2,
    _checked,
    frame(
        key="id",
        filter_hint="Merge `statements` with `context`: the ids are in `id` and "
        "`statement_id`, so use `left_on` and `right_on`.",
    ),
    task="the checked statements with their kind and both statuses: id, kind, "
    "status_at_publication, status_later",
    praise="A merge puts what the text says next to what other sources say.",
)
ex3 = make_check(
    3,
    _changed,
    frame(
        key="statement_id",
        filter_hint="Compare the two status columns row by row with `!=`.",
    ),
    task="the statements whose status changed later: statement_id and both statuses",
    praise="Look at what changed. Most rows moved from unnamed sources to a government's "
    "word (official_claim), which is still not an independent check. The first sentence's "
    "missiles (S02) went from unverified to contradicted.",
)
ex4 = make_check(
    4,
    _fact_not_corroborated,
    items(
        hint='Use your merged table: kind is "fact" and the status at publication is '
        'not "corroborated".'
    ),
    task="ids of statements presented as fact but not corroborated at publication",
    praise="Presented as fact, but other sources did not back it up at the time.",
)
