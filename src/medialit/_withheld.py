"""The course's tables as a students' copy for a test keeps them (`medialit release`).

A released copy keeps of each table only what a student needs to read the article and use
the lessons' tools, never a label a question is scored against:

- statements.csv: id, sentence, paragraph and text; no kind, source, cue, hedges, boosters,
  evidence, checkable, accepted kinds or explanation (the keys of the sort, mark and catch
  items, and what the rules derive a kind from);
- context.csv: the statement ids and the dates of the last sources; no status, summary,
  sources or facts (the keys of the search items and of the lateral-reading questions);
- timeline.csv: the dates only; no note, event, source or facts (an order item's events are
  timeline events: their dates are its key; a date's note may name its event).

A course reads such a table as it reads the full one, with every withheld column holding
`WITHHELD`, so a lesson that shows the labels shows where they will be, and runs.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

T = TypeVar("T")

ANALYZER_WITHHELD = (
    "The statement analyzer is not part of this test copy of the course; "
    "it comes back when your teacher releases feedback."
)

# What a lesson shows for a question a test copy leaves out (the catch items need the
# analyzer, which a test copy leaves out too).
ITEM_WITHHELD = (
    "This question uses the statement analyzer, which is not part of this test copy of the "
    "course; your teacher gives it after the test."
)


class NoSuchQuestion(KeyError):
    """`quiz[id]` for an id the quiz does not have, or one a test copy leaves out: IPython shows
    the plain sentence alone, not a traceback."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def _render_traceback_(self) -> list[str]:
        return [str(self)]


class AnalyzerWithheld(ValueError):
    """The analyzer's word lists are not in this copy of the course (a test copy)."""

    def __init__(self, message: str = ANALYZER_WITHHELD) -> None:
        super().__init__(message)

    def _render_traceback_(self) -> list[str]:
        """What IPython shows in place of a traceback (a student's own `analyze` call in a
        test copy): the plain sentence alone."""
        return [str(self)]


def try_analyzer(function: Callable[..., T], *args: Any) -> T | None:
    """`function(*args)` (`analyze` or `compare`), or None after one plain line in a test
    copy of the course, which leaves the analyzer out: a lesson's cells that use the result
    check for None and are skipped, with no traceback."""
    try:
        return function(*args)
    except AnalyzerWithheld as withheld:
        print(withheld)
        return None


if TYPE_CHECKING:
    import pandas as pd

    from medialit._article import Article

# What a withheld cell says, in every table a lesson shows.
WITHHELD = "shown after feedback"
MESSAGE = (
    "This is a test copy of the course: the labels (kinds, sources, hedges, statuses, the "
    "timeline's events) are shown after your teacher releases feedback."
)
# Per table: the columns a released copy keeps, in order (a file with exactly this header is a
# released table).
PUBLIC = {
    "statements.csv": ("id", "sentence", "paragraph", "text"),
    "context.csv": ("statement_id", "as_of"),
    "timeline.csv": ("date",),  # a date's note may name its event ("the Pukhov hot mic")
}
MAX_BYTES = 2_000_000


def header(path: Path) -> tuple[str, ...]:
    """The columns of a CSV file (empty for a file that cannot be read)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return tuple(next(csv.reader(handle), []))
    except (OSError, UnicodeDecodeError, csv.Error):
        return ()


def is_released(path: Path) -> bool:
    """Is this table a released one (exactly the columns a students' copy keeps)?"""
    return path.name in PUBLIC and header(path) == PUBLIC[path.name]


def read_public(path: Path) -> list[dict[str, str]]:
    """The rows of a released table, as text; a ValueError names the file."""
    columns = PUBLIC[path.name]
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"{path.name}: larger than {MAX_BYTES} bytes; not a course file")
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ValueError(f"{path.name}: cannot read ({error})") from error
    for number, row in enumerate(rows, start=2):
        if None in row or None in row.values():
            raise ValueError(f"{path.name}: line {number}: wrong number of fields")
    return [{c: str(row[c]) for c in columns} for row in rows]


def statement_rows(path: Path, article: Article) -> list[dict[str, str]]:
    """A released statements table as rows of every column, the labels empty; each text is
    checked against the article as in the full table."""
    from medialit._data import STATEMENT_COLUMNS

    sentences = {sid: (par, text) for sid, par, text in article.sentence_rows}
    rows = []
    for row in read_public(path):
        sentence = sentences.get(row["sentence"])
        if (
            sentence is None
            or row["text"] not in sentence[1]
            or row["paragraph"] != str(sentence[0])
        ):
            raise ValueError(f"{path.name}: row {row['id']}: not where the article has it")
        rows.append({c: row.get(c, "") for c in STATEMENT_COLUMNS})
    return rows


def frame(
    rows: list[dict[str, str]], columns: tuple[str, ...], public: tuple[str, ...]
) -> pd.DataFrame:
    """A table of every column, the withheld ones saying `WITHHELD`."""
    import pandas as pd

    table = pd.DataFrame(
        [{c: row[c] if c in public else WITHHELD for c in columns} for row in rows],
        columns=list(columns),
    )
    if "paragraph" in public:
        table["paragraph"] = table["paragraph"].astype("int64")
    for column in ("date", "as_of"):
        if column in public:
            table[column] = pd.to_datetime(table[column], format="%Y-%m-%d")
    return table
