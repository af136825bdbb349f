"""Checks for exercise 06, who is behind it: the outlets' cards as a table, owners and a status."""

from __future__ import annotations

from typing import Any

from medialit.checks import context, frame, items, make_check, text

# The outlets whose pages report the August drones (lesson 07's search on S10), by the short
# name the exercise gives them (the name before a bracket).
AUGUST = ["Newsmax", "Iran Watch", "AP", "Al Arabiya"]


def sources() -> Any:
    """The outlets' cards, as `medialit.load_sources()` gives them, with the short name the
    exercise adds in its first cell."""
    from medialit import load_sources

    table = load_sources()
    table["name"] = table["outlet"].str.split(" (", regex=False).str[0]
    return table


def _unknown_owner() -> Any:
    table = sources()
    return table[table["owner_funding"] == "unverified here"]["name"].tolist()


def _state_media() -> Any:
    table = sources()
    return table[table["kind"].str.startswith("State")][["name", "kind", "based_in"]]


def _august_owners() -> Any:
    table = sources()
    return table[table["name"].isin(AUGUST)][["name", "kind", "owner_funding"]]


def _status_s10() -> Any:
    return str(context().set_index("statement_id").loc["S10", "status_later"])


ex1 = make_check(
    1,
    _unknown_owner,
    items(hint='Filter the rows whose `owner_funding` is exactly "unverified here".'),
    task="the short names of the outlets whose owner no source names",
    praise="An unknown owner is a finding: trace what these sites carry to a source you can check.",
)
ex2 = make_check(
    2,
    _state_media,
    frame(
        key="name",
        filter_hint='Keep the rows whose `kind` starts with "State": use '
        '`.str.startswith("State")`.',
    ),
    task="the state media among the outlets: name, kind, based_in",
    praise="State media of several governments, found with one test for all of them.",
)
ex3 = make_check(
    3,
    _august_owners,
    frame(
        key="name",
        filter_hint="Keep the rows whose `name` is in the list `august`: use `.isin(august)`.",
    ),
    task="who is behind the outlets that report the August drones: name, kind, owner_funding",
    praise="Now read the reports behind them: every report of August leads back to US "
    "officials, and Iran admitted only deliveries before the war.",
)
ex4 = make_check(
    4,
    _status_s10,
    text(hint='Look up the row "S10" of `context` and the column `status_later`.'),
    task="the later status of S10, the August drones",
    praise="One government's word against another's: disputed.",
)
