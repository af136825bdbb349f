"""The comparison engine of the exercise checks: compare an answer with a reference and name
the first problem. The public side (`make_check`, the course data) is `medialit.checks`; the
result, the findings and the run of a check that never raises are `medialit.checks._findings`.

A lesson module (e.g. `medialit.checks.who_is_speaking`) defines its checks with `make_check`:
each takes the student's answer, computes the expected answer from the course data (never a
hard-coded figure), and prints one deterministic message:

- passed;
- not attempted yet (the answer is still `...`);
- or the first thing wrong, in the order: type, shape, columns (or labels), values, order,
  with a hint that teaches without giving the answer away.

What does not matter is tolerated, and nothing else: row order where the task does not ask for
an order, the index of a table, int versus float, pandas' text and category dtypes versus plain
Python strings, and the name of a Series. A check never raises on an answer: if something
unexpected goes wrong while checking, it says so kindly.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from typing import Any

from medialit.checks._findings import Expect, Finding, _describe, _plain, _show, _type_finding

# Relative tolerance for floats: only to absorb arithmetic noise (0.1 + 0.2), never rounding.
_RTOL = 1e-9


# ---------------------------------------------------------------------------------------------
# Normalising columns so that only what matters is compared


def _is_number_dtype(series: Any) -> bool:
    import pandas as pd

    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def _normal_column(series: Any) -> list[Any]:
    """A column as plain Python values: numbers as float, text and categories as str."""
    import pandas as pd

    if isinstance(series.dtype, pd.CategoricalDtype):
        series = series.astype(object)
    if _is_number_dtype(series):
        return [math.nan if pd.isna(v) else float(v) for v in series]
    return [None if _isna(v) else _plain(v) for v in series]


def _isna(value: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False  # list-like cells are never "missing"


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return math.isclose(a, b, rel_tol=_RTOL, abs_tol=1e-12)
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    return a == b


def _sort_key(value: Any) -> tuple[int, Any]:
    """Sort mixed values without errors: missing first, then numbers, then text."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return (0, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, round(value, 9))
    return (2, str(value))


# ---------------------------------------------------------------------------------------------
# Tables


def frame(
    key: str | Sequence[str] | None = None,
    ordered: bool = False,
    *,
    order_by: Sequence[str] | None = None,
    filter_hint: str = "Check your filter: compare with the exact label, spelled as in the data.",
    order_hint: str = "Sort the table with `.sort_values(...)`; `ascending=False` puts the "
    "biggest first.",
) -> Expect:
    """Expect a DataFrame with the reference's columns and rows (row order only if `ordered`).

    `order_by` names the columns the task sorts by: rows that tie on them may come in any order.
    """
    keys = [key] if isinstance(key, str) else list(key or [])
    sort_columns = list(order_by or [])

    def compare(answer: Any, expected: Any) -> Finding | None:
        import pandas as pd

        if isinstance(answer, pd.Series):
            return Finding(
                "type",
                f"Your answer is {_describe(answer)}, but this task wants a whole table "
                "(a DataFrame).",
                'Double brackets keep a table: `table[["id", "text"]]`. After counting, '
                "`.reset_index()` turns a Series into a table.",
            )
        if not isinstance(answer, pd.DataFrame):
            return _type_finding(
                answer,
                "a table (a DataFrame)",
                "Start from the table you loaded and filter or select from it: the result "
                "of a filter is still a DataFrame.",
            )
        if len(answer) == 0 and len(expected) > 0:
            return Finding(
                "empty",
                "Your table is empty: it has no rows.",
                "A filter that matches nothing gives an empty table. Look at the values the "
                'column really holds, e.g. `table["kind"].unique()`, and compare with one of '
                "them, spelled exactly.",
            )
        if len(answer) != len(expected):
            more = "more" if len(answer) < len(expected) else "fewer"
            example = _row_example(answer, expected, keys)
            return Finding(
                "shape",
                f"Your table has {len(answer)} rows; it should have {more}.{example}",
                filter_hint,
            )
        wanted, given = [str(c) for c in expected.columns], [str(c) for c in answer.columns]
        missing = [c for c in wanted if c not in given]
        if missing:
            return Finding(
                "columns",
                f"Your table is missing the column {missing[0]!r}.",
                'Choose columns with double brackets, e.g. `table[["id", "text"]]`, and '
                "check the spelling of each name against `table.columns`.",
            )
        extra = [c for c in given if c not in wanted]
        if extra:
            return Finding(
                "columns",
                f"Your table has a column this task does not ask for: {extra[0]!r}.",
                'Keep only the columns the task names, e.g. `table[["id", "text"]]`.',
            )
        answer = answer.copy()
        answer.columns = given
        answer = answer[wanted]
        found = _compare_rows(
            answer, expected, wanted, keys, ordered, sort_columns, filter_hint, order_hint
        )
        if found is None and given != wanted:
            return Finding(
                "order",
                "Your table has the right columns, but in a different order.",
                f"List the columns in the order the task gives: {wanted}.",
            )
        return found

    return Expect("frame", compare, "a table (a DataFrame)", ordered)


def _row_example(answer: Any, expected: Any, keys: list[str]) -> str:
    """One row that should not be there, or one that is missing, named by its key."""
    if not keys or not all(k in answer.columns for k in keys):
        return ""
    have = {tuple(_plain(v) for v in row) for row in answer[keys].itertuples(index=False)}
    want = {tuple(_plain(v) for v in row) for row in expected[keys].itertuples(index=False)}
    label = " / ".join(keys)
    # Name a row that should not be there; naming a missing one would give the answer away.
    if extra := sorted(have - want, key=str):
        start = " Also, the" if len(answer) < len(expected) else " For example, the"
        return f"{start} row with {label} {_fmt(extra[0])} should not be in it."
    return ""


def _fmt(key: tuple[Any, ...]) -> str:
    return ", ".join(repr(k) for k in key)


def _rows(table: Any, columns: list[str]) -> list[tuple[Any, ...]]:
    normal = [_normal_column(table[c]) for c in columns]
    return list(zip(*normal, strict=True)) if normal else [() for _ in range(len(table))]


def _rows_equal(a: list[tuple[Any, ...]], b: list[tuple[Any, ...]]) -> bool:
    return len(a) == len(b) and all(
        len(x) == len(y) and all(_same(u, v) for u, v in zip(x, y, strict=True))
        for x, y in zip(a, b, strict=True)
    )


def _compare_rows(
    answer: Any,
    expected: Any,
    columns: list[str],
    keys: list[str],
    ordered: bool,
    order_by: list[str],
    filter_hint: str,
    order_hint: str,
) -> Finding | None:
    import pandas as pd

    for column in columns:
        if _is_number_dtype(expected[column]) and not _is_number_dtype(answer[column]):
            return Finding(
                "values",
                f"The column {column!r} should hold numbers, but yours holds "
                f"{'True/False' if pd.api.types.is_bool_dtype(answer[column]) else 'text'}.",
                "Count, add or divide to get numbers; `.astype(int)` turns True/False into 1/0.",
            )
    have, want = _rows(answer, columns), _rows(expected, columns)
    if _rows_equal(have, want):
        return None
    by = [columns.index(c) for c in order_by] or list(range(len(columns)))
    in_order = _rows_equal(
        [tuple(r[i] for i in by) for r in have], [tuple(r[i] for i in by) for r in want]
    )
    if keys:
        example = _row_example(answer, expected, keys)
        if example:
            return Finding(
                "values",
                f"Your table has the right number of rows, but not the right ones.{example}",
                filter_hint,
            )
    positions = [columns.index(k) for k in keys] or list(range(len(columns)))

    def order(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(_sort_key(row[i]) for i in positions) + tuple(_sort_key(v) for v in row)

    have_sorted, want_sorted = sorted(have, key=order), sorted(want, key=order)
    if _rows_equal(have_sorted, want_sorted):
        if ordered and not in_order:
            return Finding(
                "order", "Your table has the right rows, but not in the right order.", order_hint
            )
        return None
    for i, column in enumerate(columns):
        if not all(_same(h[i], w[i]) for h, w in zip(have_sorted, want_sorted, strict=True)):
            return Finding(
                "values",
                f"Some values in the column {column!r} are not right.",
                "Look at how you made that column: which rows and which operation did you use?"
                if column not in keys
                else filter_hint,
            )
    return Finding("values", "Some values in your table are not right.", filter_hint)


# ---------------------------------------------------------------------------------------------
# Series: labels -> values, e.g. the result of value_counts()


def series(
    ordered: bool = False,
    *,
    by_values: bool = True,
    order_hint: str = "Sort with `.sort_values(ascending=False)`, or keep the order "
    "`value_counts()` gives.",
    values_hint: str = "Check which column you counted or added up, and whether you "
    "filtered the rows first.",
) -> Expect:
    """Expect a Series whose labels (index) and values match the reference; name ignored.

    With `ordered`, the order is checked on the values when `by_values` (ties may come in any
    order, as after sorting counts) and on the labels otherwise (as after `.sort_index()`).
    """

    def compare(answer: Any, expected: Any) -> Finding | None:
        import pandas as pd

        if isinstance(answer, pd.DataFrame):
            return Finding(
                "type",
                f"Your answer is {_describe(answer)}, but this task wants a Series: one column "
                "of values with a label for each.",
                '`table["column"].value_counts()` or `table.groupby("column").size()` '
                "gives a Series. Leave out `.reset_index()`.",
            )
        if not isinstance(answer, pd.Series):
            return _type_finding(
                answer,
                "a Series (values with a label for each)",
                '`table["column"].value_counts()` gives a Series with one label per value.',
            )
        if len(answer) == 0 and len(expected) > 0:
            return Finding(
                "empty",
                "Your Series is empty.",
                "Did a filter before it match no rows? Check the exact spelling of the labels.",
            )
        if len(answer) != len(expected):
            more = "more" if len(answer) < len(expected) else "fewer"
            return Finding(
                "shape",
                f"Your Series has {len(answer)} values; it should have {more}.",
                "Group or count by the column the task names, and filter the rows first if the "
                "task says so.",
            )
        have_labels = [_plain(v) for v in _normal_column(answer.index.to_series())]
        want_labels = [_plain(v) for v in _normal_column(expected.index.to_series())]
        have = dict(zip(have_labels, _normal_column(answer), strict=True))
        want = dict(zip(want_labels, _normal_column(expected), strict=True))
        missing = [w for w in want_labels if not any(_same(w, h) for h in have_labels)]
        if missing:
            zero = want[missing[0]] == 0
            return Finding(
                "columns",
                f"The label {_show(missing[0])} is missing from your Series.",
                "A label that never occurs still counts, as 0: `value_counts()` lists it."
                if zero
                else "The labels come from the column you group or count by: is it the one the "
                "task names?",
            )
        if _is_number_dtype(expected) and not _is_number_dtype(answer):
            return Finding(
                "values", "Your Series should hold numbers, but it does not.", values_hint
            )
        for label in want_labels:
            if not _same(have[label], want[label]):
                return Finding("values", f"The value for {_show(label)} is not right.", values_hint)
        if by_values:
            wrong_order = not all(
                _same(have[h], want[w]) for h, w in zip(have_labels, want_labels, strict=True)
            )
        else:
            wrong_order = have_labels != want_labels
        if ordered and wrong_order:
            return Finding(
                "order", "Your Series has the right values, but not in the right order.", order_hint
            )
        return None

    return Expect("series", compare, "a Series", ordered)


# ---------------------------------------------------------------------------------------------
# Single values


def number(
    *,
    hint: str = "Check which rows you counted, and whether you filtered them first.",
    share: bool = False,
) -> Expect:
    """Expect one number (int or float alike); `share` says it is a fraction between 0 and 1."""

    def compare(answer: Any, expected: Any) -> Finding | None:
        import pandas as pd

        if isinstance(answer, (pd.Series, pd.DataFrame)):
            return _type_finding(
                answer,
                "one number",
                "`len(table)` counts rows; `.sum()` or `.mean()` on a column gives one number.",
            )
        if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
            return _type_finding(
                answer,
                "one number",
                "Compute it with pandas: `len(table)`, "
                "`.sum()` or `.mean()`; don't put it in quotes.",
            )
        value = float(answer)
        if share and value > 1 and math.isclose(value / 100, float(expected), rel_tol=_RTOL):
            return Finding(
                "values",
                "That looks like a percentage; this task wants a share between 0 and 1.",
                "Leave out the `* 100`.",
            )
        if not _same(value, float(expected)):
            direction = "too high" if value > float(expected) else "too low"
            return Finding("values", f"Your number is {direction}.", hint)
        return None

    return Expect("number", compare, "one number")


def text(
    *,
    hint: str = "Read the task again and copy the label exactly as the data spells it.",
    choices: Sequence[str] | None = None,
) -> Expect:
    """Expect one string, exactly (an id like 'S05' or a label like 'claim')."""

    def compare(answer: Any, expected: Any) -> Finding | None:
        if not isinstance(answer, str):
            return _type_finding(
                answer,
                'a piece of text in quotes, like "S05"',
                'Put the answer in quotes: `answer = "..."`.',
            )
        if choices is not None and answer not in choices:
            close = [c for c in choices if c.lower() == answer.strip().lower()]
            if close:
                return Finding(
                    "values",
                    f"{answer!r} is nearly right: check capitals and spaces.",
                    f"Write it exactly as the data does, e.g. {close[0]!r}.",
                )
            return Finding(
                "values",
                f"{answer!r} is not one of the possible answers.",
                f"Choose one of: {', '.join(repr(c) for c in choices)}.",
            )
        if answer != expected:
            return Finding("values", f"{answer!r} is not the answer.", hint)
        return None

    return Expect("text", compare, "a piece of text")


def items(
    ordered: bool = False,
    *,
    hint: str = "Check your filter, then turn the column into a list with `.tolist()`.",
) -> Expect:
    """Expect a list of labels (e.g. statement ids); order only if `ordered`."""

    def compare(answer: Any, expected: Any) -> Finding | None:
        import pandas as pd

        if isinstance(answer, (pd.Series, pd.Index)):
            return _type_finding(answer, "a list", "Add `.tolist()` at the end to make a list.")
        allowed = (list, tuple) if ordered else (list, tuple, set)
        if isinstance(answer, str) or not isinstance(answer, allowed):
            return _type_finding(
                answer,
                'a list, like ["S03", "S05"]',
                "Make a list with square brackets, or with `.tolist()`.",
            )
        have, want = [_plain(v) for v in answer], [_plain(v) for v in expected]
        if not have and want:
            return Finding("empty", "Your list is empty.", hint)
        if len(have) != len(want):
            more = "more" if len(have) < len(want) else "fewer"
            return Finding(
                "shape", f"Your list has {len(have)} items; it should have {more}.", hint
            )
        if extra := [h for h in have if h not in want]:
            return Finding("values", f"{_show(extra[0])} should not be in your list.", hint)
        if sorted(map(str, have)) != sorted(map(str, want)):
            return Finding(
                "values",
                "Some items appear twice in your list.",
                "Each item should appear once: `.unique().tolist()` drops repeats.",
            )
        if ordered and have != want:
            return Finding(
                "order",
                "Your list has the right items, but not in the right order.",
                "Sort the table before you turn the column into a list.",
            )
        return None

    return Expect("items", compare, "a list", ordered)


# ---------------------------------------------------------------------------------------------
# Charts: a bar chart made with pandas' plotting


def chart(*, ordered: bool = False, title: bool = True) -> Expect:
    """Expect a matplotlib Axes with one bar per label of the reference Series, heights equal."""

    def compare(answer: Any, expected: Any) -> Finding | None:
        from matplotlib.axes import Axes
        from matplotlib.figure import Figure
        from matplotlib.patches import Rectangle

        if isinstance(answer, Figure):
            return _type_finding(
                answer,
                "the chart's Axes",
                "Keep what `.plot.bar()` gives back: `ax = counts.plot.bar()`.",
            )
        if not isinstance(answer, Axes):
            return _type_finding(
                answer,
                "a chart (what `.plot.bar()` gives back)",
                "Make a bar chart from a Series of counts: `ax = counts.plot.bar()`.",
            )
        bars = [p for p in answer.patches if isinstance(p, Rectangle)]
        if not bars:
            return Finding(
                "empty", "Your chart has no bars.", "Use `.plot.bar()` or `.plot.barh()`."
            )
        want_labels = [str(v) for v in _normal_column(expected.index.to_series())]
        want_values = [float(v) for v in _normal_column(expected)]
        if len(bars) != len(want_values):
            more = "more" if len(bars) < len(want_values) else "fewer"
            return Finding(
                "shape",
                f"Your chart has {len(bars)} bars; it should have {more}.",
                "Draw one bar per label of the counts the task asks for.",
            )
        x_labels = [t.get_text() for t in answer.get_xticklabels()]
        y_labels = [t.get_text() for t in answer.get_yticklabels()]
        if sorted(x_labels) == sorted(want_labels):
            labels, heights = x_labels, [b.get_height() for b in bars]
        elif sorted(y_labels) == sorted(want_labels):
            # Horizontal bars are read top to bottom, but matplotlib lists them bottom up.
            labels, heights = y_labels[::-1], [b.get_width() for b in bars][::-1]
        else:
            return Finding(
                "columns",
                "The bars of your chart are not labelled with the right labels.",
                "Plot the Series of counts itself, so each bar gets its label from the index.",
            )
        have = dict(zip(labels, heights, strict=False))
        want = dict(zip(want_labels, want_values, strict=True))
        if any(not _same(float(have[label]), want[label]) for label in want_labels):
            return Finding(
                "values",
                "Some bars have the wrong height.",
                "Check what you counted before you plotted it.",
            )
        # Bars that tie may come in any order, as after sorting counts.
        in_order = all(_same(float(h), w) for h, w in zip(heights, want_values, strict=True))
        if ordered and not in_order:
            return Finding(
                "order",
                "Your bars are right, but not in the order asked for.",
                "Sort the counts first, then plot them. Horizontal bars (`.plot.barh`) are "
                "drawn from the bottom up: `.sort_values()` before it puts the biggest on top.",
            )
        if title and not answer.get_title():
            return Finding(
                "values",
                "Your chart has no title.",
                'A chart should say what it shows: add `title="..."` inside `.plot.bar(...)`.',
            )
        return None

    return Expect("chart", compare, "a chart", ordered)
