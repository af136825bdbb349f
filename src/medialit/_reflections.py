"""reflections.csv: the written answers, written for the teacher and read back with the
levels (Proficient, Emergent, Basic) and comments the teacher typed into it.

Written and read here only, so the two sides cannot drift: the same columns, the same
spreadsheet defusing (undone on reading), the csv module on both sides (a line break inside
a quoted cell, U+2028 or \\x0b included, stays inside its cell).
"""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit._handins import name_key
from medialit._output import csv_text, printable, undefuse, write_private
from medialit._walk import Problem

if TYPE_CHECKING:
    from medialit._quiz import Question, Result

COLUMNS = ["student", "lesson", "item", "text", "words", "level", "comment"]
# What a rubric level is worth, as a share of the item's point (settable: `weights=`).
LEVEL_WEIGHTS = {"proficient": 1.0, "emergent": 0.5, "basic": 0.0}
# A class's reflections are well under this; a bigger file is not the one the gradebook wrote.
MAX_LEVELS_BYTES = 20 * 2**20

Levels = dict[tuple[str, str, str], tuple[str, str]]


def level_key(student: str, lesson: str, item: str) -> tuple[str, str, str]:
    """How a level is found again: the student (names compared as the gradebook does), the
    lesson and the item."""
    return name_key(student), lesson, item


def rows(
    student: str,
    counted: Mapping[tuple[str, str], Result],
    questions: Mapping[tuple[str, str], Question],
    levels: Levels,
) -> list[tuple[Any, ...]]:
    """One student's written answers (items that carry no score, answered in words), each with
    the level and comment the teacher gave it, if any."""
    found = []
    for (quiz, qid), result in counted.items():
        if isinstance(result.response, str) and not questions[(quiz, qid)].scored:
            level, comment = levels.get(level_key(student, quiz, qid), ("", ""))
            text = result.response
            found.append((student, quiz, qid, text, len(text.split()), level.capitalize(), comment))
    return found


def write(path: Path, reflections: Iterable[tuple[Any, ...]]) -> None:
    """Write reflections.csv (private, every cell quoted and defused)."""
    write_private(path, csv_text(COLUMNS, reflections))


def _read_text(path: str | os.PathLike[str]) -> str:
    """The file's text; only a regular file, and only up to the cap (never /dev/zero)."""
    with open(path, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError("not a regular file")
        raw = handle.read(MAX_LEVELS_BYTES + 1)
    if len(raw) > MAX_LEVELS_BYTES:
        raise OSError(f"over {MAX_LEVELS_BYTES // 2**20} MB, not a reflections file")
    return raw.decode("utf-8-sig")


def read_levels(
    path: str | os.PathLike[str], weights: Mapping[str, float] = LEVEL_WEIGHTS
) -> tuple[Levels, list[Problem]]:
    """The teacher's levels from a reflections.csv: {(student, lesson, item): (level,
    comment)}, and a problem row for every level that is not a rubric level."""
    shown = printable(path)
    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError) as err:
        return {}, [(shown, f"the levels could not be read ({err})", False)]
    # newline="": line breaks inside quoted cells belong to the cell (csv module's rule).
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fields = set(reader.fieldnames or ())
    except csv.Error as err:
        return {}, [(shown, f"the levels could not be read ({err})", False)]
    if not {"student", "lesson", "item", "level"} <= fields:
        return {}, [(shown, "not a reflections file (needs student, lesson, item, level)", False)]
    levels: Levels = {}
    problems: list[Problem] = []
    try:
        for number, row in enumerate(reader, start=2):
            level = undefuse(row.get("level") or "").strip().lower()
            if not level:
                continue
            if level not in weights:
                known = ", ".join(w.capitalize() for w in weights)
                problems.append(
                    (
                        shown,
                        f"row {number}: level {printable(row['level'])!r} is not one "
                        f"of {known}; left out",
                        True,
                    )
                )
                continue
            key = level_key(
                undefuse(row["student"] or ""),
                undefuse(row["lesson"] or ""),
                undefuse(row["item"] or ""),
            )
            levels[key] = (level, undefuse(row.get("comment") or ""))
    except csv.Error as err:
        problems.append((shown, f"the levels stop at a broken row ({err})", True))
    return levels, problems
