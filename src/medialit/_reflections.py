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
# search-answers.csv: what each student did in a search item, and the reason they typed.
SEARCH_COLUMNS = ["student", "lesson", "item", "status", "reason", "opened", "habits", "score"]
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
    who = name_key(student) if levels else ""  # as `level_key` finds the student, once
    for (quiz, qid), result in counted.items():
        text = result.response
        if isinstance(text, str) and not questions[(quiz, qid)].scored:
            level, comment = levels.get((who, quiz, qid), ("", "")) if levels else ("", "")
            found.append((student, quiz, qid, text, len(text.split()), level.capitalize(), comment))
    return found


def _opened(question: Question, opened: Any) -> str:
    """The results a student opened, in order, by id and title (the course's search pages)."""
    from medialit import _search_index

    if not isinstance(opened, list):
        return ""
    pages = _search_index.pages()
    return "; ".join(
        f"{k}) {pages[k].title if isinstance(k, str) and k in pages else '?'}" for k in opened
    )


def habit_text(habits: Mapping[str, bool]) -> str:
    """What a student did, in words: "opened the top result first: yes; ..."."""
    return "; ".join(f"{name}: {'yes' if done else 'no'}" for name, done in habits.items())


def search_rows(
    student: str,
    counted: Mapping[tuple[str, str], Result],
    questions: Mapping[tuple[str, str], Question],
) -> list[tuple[Any, ...]]:
    """One student's search answers: the status, the reason typed, the results opened in
    order and the habits (such as opening a source with no stake in the answer)."""
    found = []
    for (quiz, qid), result in counted.items():
        question = questions[(quiz, qid)]
        stored = result.response
        # A search answer: the results opened and a reason typed (see items/search.py).
        if not isinstance(stored, Mapping) or "opened" not in stored or "reason" not in stored:
            continue
        habits = dict(result.habits)
        for name, value in stored.items():  # any habit the item keeps in the answer itself
            if isinstance(value, bool):
                habits.setdefault(name, value)
        found.append(
            (
                student,
                quiz,
                qid,
                str(stored.get("status", "")),
                str(stored.get("reason", "")),
                _opened(question, stored.get("opened")),
                habit_text(habits),
                result.score,
            )
        )
    return found


def write(path: Path, reflections: Iterable[tuple[Any, ...]]) -> None:
    """Write reflections.csv (private, every cell quoted and defused)."""
    write_private(path, csv_text(COLUMNS, reflections))


def _read_text(path: str | os.PathLike[str]) -> str:
    """The file's text; only a regular file, and only up to the cap (never /dev/zero).

    UTF-8, with or without the byte-order mark Excel writes, else the Windows encoding
    (cp1252) that Excel's plain "CSV" uses on Windows."""
    with open(path, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError("not a regular file")
        raw = handle.read(MAX_LEVELS_BYTES + 1)
    if len(raw) > MAX_LEVELS_BYTES:
        raise OSError(f"over {MAX_LEVELS_BYTES // 2**20} MB, not a reflections file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


# A spreadsheet saves with commas, or with semicolons where the comma is the decimal mark.
DELIMITERS = ",;\t"


def _delimiter(text: str) -> str:
    """The delimiter of the header line: the one of DELIMITERS it holds most of."""
    header = text.split("\n", 1)[0]
    return max(DELIMITERS, key=header.count)


def read_levels(
    path: str | os.PathLike[str], weights: Mapping[str, float] = LEVEL_WEIGHTS
) -> tuple[Levels, list[Problem]]:
    """The teacher's levels from a reflections.csv: {(student, lesson, item): (level,
    comment)}, and a problem row, with its row number, for every row that cannot be read
    and every level that is not a rubric level. Saved with commas or semicolons, in UTF-8
    (with or without a byte-order mark) or cp1252; line breaks inside quoted cells stay."""
    shown = printable(path)
    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError) as err:
        return {}, [(shown, f"the levels could not be read ({err})", False)]
    # newline="": line breaks inside quoted cells belong to the cell (csv module's rule).
    reader = csv.DictReader(
        io.StringIO(text, newline=""), delimiter=_delimiter(text), restkey="\x00extra"
    )
    try:
        header = [name.strip().lower() for name in reader.fieldnames or ()]
    except csv.Error as err:
        return {}, [(shown, f"the levels could not be read ({err})", False)]
    reader.fieldnames = header
    if not {"student", "lesson", "item", "level"} <= set(header):
        return {}, [(shown, "not a reflections file (needs student, lesson, item, level)", False)]
    levels: Levels = {}
    problems: list[Problem] = []

    def report(number: int, what: str) -> None:
        problems.append((shown, f"row {number}: {what}; left out", True))

    number = 1  # the header is row 1, as a spreadsheet numbers it
    try:
        for number, row in enumerate(reader, start=2):
            if not any((v or "").strip() for k, v in row.items() if isinstance(v, str)):
                continue  # an empty row
            level = undefuse(row.get("level") or "").strip().lower()
            if "\x00extra" in row:
                report(number, "more cells than the header has columns (a stray delimiter?)")
                continue
            if not level:
                continue
            if level not in weights:
                known = ", ".join(w.capitalize() for w in weights)
                report(number, f"level {printable(row['level'])!r} is not one of {known}")
                continue
            who = [undefuse(row.get(name) or "").strip() for name in ("student", "lesson", "item")]
            if not all(who):
                report(number, "a level without its student, lesson and item")
                continue
            key = level_key(*who)
            levels[key] = (level, undefuse(row.get("comment") or ""))
    except csv.Error as err:
        problems.append(
            (
                shown,
                f"row {number + 1} cannot be read ({err}); it and the rows after it are left out",
                True,
            )
        )
    return levels, problems
