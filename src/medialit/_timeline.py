"""The timeline of events around the article, validated on load.

Each event names its sources (`source`: outlet names, `; `-separated) and cites the facts.csv
rows behind them (`facts`: ids like F012, `; `-separated)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported only when a table is asked for
    import pandas as pd

TIMELINE_FILE = "timeline.csv"
COLUMNS = ("date", "date_note", "event", "source", "facts")
_FACT_IDS = re.compile(r"F\d{3,}(; F\d{3,})*")


def parse_timeline(text: str, name: str = TIMELINE_FILE) -> pd.DataFrame:
    """Check timeline CSV text and return it as a table; errors name the file and the row."""
    import pandas as pd

    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ValueError(
            f"{name}: the columns must be {', '.join(COLUMNS)}, not {reader.fieldnames}"
        )
    rows = []
    previous: dt.date | None = None
    # Row numbers count the header as line 1, so they match what an editor shows.
    for line, row in enumerate(reader, start=2):
        if None in row or any(value is None for value in row.values()):
            raise ValueError(f"{name}, line {line}: expected {len(COLUMNS)} fields")
        try:
            date = dt.date.fromisoformat(row["date"])
        except ValueError:
            raise ValueError(
                f"{name}, line {line}: date {row['date']!r} is not an ISO date (YYYY-MM-DD)"
            ) from None
        for column in ("event", "source", "facts"):
            if not row[column].strip():
                raise ValueError(f"{name}, line {line} ({row['date']}): {column} is empty")
        if not _FACT_IDS.fullmatch(row["facts"].strip()):
            raise ValueError(
                f"{name}, line {line} ({row['date']}): facts must be facts.csv ids like F012; F013"
            )
        if previous is not None and date < previous:
            raise ValueError(
                f"{name}, line {line} ({row['date']}): dates must not go backwards "
                f"(the row before is {previous.isoformat()})"
            )
        previous = date
        rows.append(
            (
                date,
                row["date_note"].strip(),
                row["event"].strip(),
                row["source"].strip(),
                row["facts"].strip(),
            )
        )
    if not rows:
        raise ValueError(f"{name}: the timeline has no events")
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    table["date"] = pd.to_datetime(table["date"])
    return table
