"""Tables laid out for reading in a notebook."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from pandas.io.formats.style import Styler


def show_table(table: pd.DataFrame) -> Styler:
    """A table laid out for reading: text on the left, one header row, dates on one line."""
    if table.index.name:  # a named index, such as the ids, becomes an ordinary column
        table = table.reset_index()
    dates = table.select_dtypes("datetime").columns
    styled = table.style.hide(axis="index").format("{:%d %b %Y}", subset=dates, na_rep="")
    styled = styled.set_properties(subset=dates, **{"white-space": "nowrap"})
    return styled.set_table_styles([{"selector": "th, td", "props": "text-align: left"}])
