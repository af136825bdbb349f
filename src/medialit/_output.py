"""The teacher's private output: a folder only the teacher can open, files only the teacher can
read, CSV cells a spreadsheet never runs, and names safe to print in a terminal.

On a school server other accounts can often read a teacher's home (Debian's `useradd
--create-home` makes it 0755), so the gradebook does not rely on it: its folder is made 0700
and every file 0600, whatever the umask.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

FOLDER_MODE = 0o700
FILE_MODE = 0o600

# A cell a spreadsheet would run as a formula starts with one of these, at the start of the
# cell or of any line inside it (some spreadsheets evaluate each line of a pasted cell).
_FORMULA_START = "=+-@\t\r"
# Every line break a spreadsheet or a csv reader may honour, \r apart (it is replaced first).
_BREAKS = "\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_DANGER = re.compile(f"(^|[{_BREAKS}])(?=[{re.escape(_FORMULA_START)}])")
# The same danger where every cell starts after a line break ("\n" + the cells joined by
# "\n"): a pattern that starts with a set of characters, which the regex engine scans fast.
_DANGER_AFTER_BREAK = re.compile(f"[{_BREAKS}][{re.escape(_FORMULA_START)}]")
_UNDEFUSE = re.compile(f"(^|[{_BREAKS}])'(?=[{re.escape(_FORMULA_START)}])")


def private_folder(out: str | os.PathLike[str]) -> Path:
    """The output folder, made (or, if older and not a link, set) to mode 0700; raises
    OSError (NotADirectoryError when `out` is a file) with the reason."""
    folder = Path(out)
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    # mkdir's mode is cut by the umask, and an older folder may be open to all: either way the
    # folder is made private, unless it is a link (never change what a link points at).
    if not folder.is_symlink() and stat.S_IMODE(folder.stat().st_mode) != FOLDER_MODE:
        os.chmod(folder, FOLDER_MODE)
    return folder


def write_private(path: Path, text: str | bytes) -> None:
    """Write a file readable by its owner only (0600), whole or not at all: a new file in the
    same folder replaces the old one (or a link planted in its place) atomically. Text is
    written as UTF-8; bytes as they are."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file 0600 less the umask's bits: set it only when the umask took
        # some away (a change of mode costs as much as writing a page on some servers).
        if stat.S_IMODE(os.fstat(fd).st_mode) != FILE_MODE:
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def defuse(value: str) -> str:
    """A cell a spreadsheet shows as text: carriage returns become line feeds, and an
    apostrophe goes before a formula's first character at the start of the cell and after
    every line break inside it."""
    if "\r" not in value and not _DANGER.search(value):
        return value  # most cells: nothing to change (a class's files hold 150,000 of them)
    return _DANGER.sub(r"\1'", value.replace("\r\n", "\n").replace("\r", "\n"))


def undefuse(value: str) -> str:
    """A cell as it was before `defuse` (the line breaks stay line feeds)."""
    return _UNDEFUSE.sub(r"\1", value)


def _cell(value: Any, float_format: str) -> str:
    if type(value) is str:  # the commonest cell first
        return defuse(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if value != value else float_format % value  # NaN is an empty cell
    if isinstance(value, (bool, int)):
        return str(value)
    if hasattr(value, "item"):  # a numpy scalar
        return _cell(value.item(), float_format)
    return defuse(str(value))


def _column(values: Sequence[Any], float_format: str) -> Sequence[str]:
    """A column's cells as `_cell` gives them. A column of text in which no cell needs
    defusing (the regex finds nothing in the cells joined by line breaks, so at no cell's
    start and after no break inside one) is kept as it is: one search, not one per cell."""
    if set(map(type, values)) == {str}:
        joined = "\n".join(values)
        if "\r" not in joined and not _DANGER_AFTER_BREAK.search("\n" + joined):
            return values
    return [_cell(v, float_format) for v in values]


def csv_text(
    header: Sequence[str], rows: Iterable[Sequence[Any]], float_format: str = "%.4f"
) -> str:
    """CSV with every field quoted and every text cell defused for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([defuse(str(h)) for h in header])
    table = [row if isinstance(row, tuple) else tuple(row) for row in rows]
    if table and all(len(row) == len(header) for row in table):  # a column at a time
        columns = [_column(column, float_format) for column in zip(*table, strict=True)]
        writer.writerows(zip(*columns, strict=True))
    else:
        for row in table:
            writer.writerow([_cell(v, float_format) for v in row])
    return buffer.getvalue()


def frame_rows(frame: Any) -> Iterator[tuple[Any, ...]]:
    """A DataFrame's rows as tuples of plain values, as `frame.itertuples(index=False,
    name=None)` gives them, taken a column at a time: pandas hands out the cells of a text
    column one call each (a class's tables hold hundreds of thousands)."""
    import numpy as np
    import pandas as pd

    columns = []
    for _, column in frame.items():
        dtype = column.dtype
        if isinstance(dtype, np.dtype) and dtype.kind in "biufO":
            columns.append(column.to_numpy().tolist())  # numbers as Python's own, objects
        elif isinstance(dtype, pd.StringDtype):
            columns.append(column.to_numpy(dtype=object).tolist())
        else:  # any other kind of column, one cell at a time as pandas gives it
            columns.append(list(column))
    return zip(*columns, strict=True) if columns else iter([()] * len(frame))


def write_csv(path: Path, frame: Any, float_format: str = "%.4f") -> None:
    """Write a DataFrame as a private, quoted, defused CSV file."""
    rows = frame_rows(frame)
    write_private(path, csv_text(list(frame.columns), rows, float_format))


# Bidirectional overrides and isolates: they can make a name or path read backwards.
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def printable(text: Any) -> str:
    """Text safe to print in a terminal or show in a report: control characters (which can
    erase lines or retitle the window), bidirectional overrides and line separators become
    "?"; joiners that some scripts' names need are kept."""
    text = str(text)
    if text.isascii() and text.isprintable():  # most names and paths: nothing to replace
        return text
    return "".join(
        "?" if c in _BIDI or unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in str(text)
    )
