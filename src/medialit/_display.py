"""Tables and charts laid out for reading in a notebook, by eye and by screen reader."""

from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING

from medialit._withheld import MESSAGE, WITHHELD

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from pandas.io.formats.style import Styler


def show_table(table: pd.DataFrame) -> Styler:
    """A table laid out for reading: text on the left, one header row, dates on one line."""
    if table.index.name:  # a named index, such as the ids, becomes an ordinary column
        table = table.reset_index()
    dates = table.select_dtypes("datetime").columns
    styled = table.style.hide(axis="index").format("{:%d %b %Y}", subset=dates, na_rep="")
    styled = styled.set_properties(subset=dates, **{"white-space": "nowrap"})
    if table.isin([WITHHELD]).to_numpy().any():  # a test copy of the course: no labels
        styled = styled.set_caption(MESSAGE)
    return styled.set_table_styles([{"selector": "th, td", "props": "text-align: left"}])


def _number(value: float) -> str:
    """A bar's value as people write it: 12, 0.25 (never 12.0 or 0.2500000001)."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def chart_summary(ax: Axes) -> str:
    """A bar chart in words, read from the bars themselves (so it always says what the chart
    shows): its title, then per category each bar's value, with the axis's unit.

    Horizontal and vertical bars, one series or several (stacked or side by side)."""
    from matplotlib.container import BarContainer

    containers = [c for c in ax.containers if isinstance(c, BarContainer) and c.patches]
    if not containers:
        raise ValueError("show_chart reads bar charts (ax.bar, ax.barh, DataFrame.plot.bar)")
    horizontal = containers[0].orientation == "horizontal"
    ticks = ax.get_yticklabels() if horizontal else ax.get_xticklabels()
    names = [t.get_text() for t in ticks]
    unit = (ax.get_xlabel() if horizontal else ax.get_ylabel()).strip()
    series = [str(c.get_label()) for c in containers]
    several = len(containers) > 1
    # Stacked: a later series' bars start where the one before ended, not at zero.
    stacked = several and any(
        (p.get_x() if horizontal else p.get_y()) != 0 for c in containers[1:] for p in c.patches
    )
    parts = []
    for i, name in enumerate(names):
        values = [
            float(c.patches[i].get_width() if horizontal else c.patches[i].get_height())
            for c in containers
            if i < len(c.patches)
        ]
        values = [0.0 if math.isnan(v) else v for v in values]  # a missing value draws no bar
        if several:
            shown = ", ".join(
                f"{label} {_number(v)}" for label, v in zip(series, values, strict=False) if v
            )
            total = f" (total {_number(sum(values))})" if stacked else ""
            parts.append(f"{name}: {shown or 'none'}{total}")
        else:
            parts.append(f"{name} {_number(values[0])}")
    title = ax.get_title().strip() or "A bar chart"
    bars = f"Bars ({unit}):" if unit else "Bars:"
    stop = "" if title.endswith((".", "?", "!")) else "."
    return f"Chart in words: {title}{stop} {bars} " + "; ".join(parts) + "."


class ChartSummary:
    """The words under a chart: a paragraph in a notebook, a line in a terminal."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return f'<p class="medialit-chart-summary">{html.escape(self.text)}</p>'


def show_chart(ax: Axes) -> ChartSummary:
    """Show a bar chart with its data in words under it, for a student who cannot see it.

    The figure is shown here (and closed, so the notebook does not show it a second time
    after the cell); the summary, returned, shows under it as the cell's result."""
    summary = ChartSummary(chart_summary(ax))
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with the course
        return summary
    if get_ipython() is not None:
        import matplotlib.pyplot as plt
        from IPython.display import display
        from matplotlib.figure import Figure

        figure = ax.figure if isinstance(ax.figure, Figure) else ax.figure.figure
        display(figure)
        plt.close(figure)
    return summary


class ScrollTable:
    """A wide table in a box that scrolls sideways and takes keyboard focus (Tab, then the
    arrow keys), named for a screen reader."""

    def __init__(self, table: pd.DataFrame | Styler, label: str) -> None:
        self.table, self.label = table, label

    def __repr__(self) -> str:
        return repr(self.table.data if hasattr(self.table, "data") else self.table)

    def _repr_html_(self) -> str:
        # A DataFrame's own notebook form (it follows pandas' display options); a Styler's.
        inner = self.table._repr_html_() or self.table.to_html()
        return (
            f'<div class="medialit-scroll" role="region" tabindex="0" '
            f'aria-label="{html.escape(self.label, quote=True)}" '
            'style="overflow-x: auto; max-width: 100%">'
            f"{inner}</div>"
        )


def scroll_table(table: pd.DataFrame | Styler, label: str) -> ScrollTable:
    """A table too wide for the page, in a named box that scrolls by keyboard too."""
    if not label.strip():
        raise ValueError("scroll_table needs a label: what the table shows, in a few words")
    return ScrollTable(table, label)
