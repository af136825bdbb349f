"""Grades for the school's platform: one row per student, one column per lesson, in the column
layout Canvas's and Moodle's gradebook imports read (docs/instructors.md says where each
layout comes from and what is not confirmed), or a plain CSV.

Each lesson's grade is its percentage of the lesson's points (0 to 100, one decimal). Every
cell is quoted and defused for spreadsheets, like every CSV the gradebook writes.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit._output import csv_text, write_private

if TYPE_CHECKING:
    from medialit._gradebook import Gradebook

FORMATS = ("canvas", "moodle", "csv")
FILE_NAMES = {
    "canvas": "grades-canvas.csv",
    "moodle": "grades-moodle.csv",
    "csv": "grades.csv",
}
# Canvas reads who a row is from these columns; the gradebook knows only the name, so the
# identifier columns are left empty for Canvas (or the teacher) to match.
CANVAS_HEAD = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
# Moodle asks, on import, which column identifies the user ("Map from") and which user
# field it matches ("Map to"): the gradebook's student (a hub login, else the name).
MOODLE_HEAD = ["Username", "Email address"]


def lesson_column(quiz: str, layout: str) -> str:
    """A lesson's column: a grade item Canvas or Moodle makes when it does not know it."""
    return f"medialit {quiz}" if layout in ("canvas", "moodle") else quiz


def _grade(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return ""
    return round(float(value), 1)


def export_rows(book: Gradebook, layout: str) -> tuple[list[str], list[list[Any]]]:
    """(header, rows) of the grade file in one layout."""
    if layout not in FORMATS:
        raise ValueError(f"export must be one of {', '.join(FORMATS)}, not {layout!r}")
    lessons = [lesson_column(quiz, layout) for quiz in book.quizzes]
    head = {"canvas": CANVAS_HEAD, "moodle": MOODLE_HEAD, "csv": ["student"]}[layout]
    tail = ["total %"] if layout == "csv" else []
    rows = []
    for row in book.students.to_dict("records"):
        grades = [_grade(row[f"{quiz} %"]) for quiz in book.quizzes]
        who: list[Any] = [row["student"]] + [""] * (len(head) - 1)
        extra = [_grade(100 * row["total"])] if tail else []
        rows.append([*who, *grades, *extra])
    return [*head, *lessons, *tail], rows


def write_export(book: Gradebook, folder: Path, layout: str) -> Path:
    """Write the grade file of one layout into `folder` (private, like every file there)."""
    header, rows = export_rows(book, layout)
    path = folder / FILE_NAMES[layout]
    write_private(path, csv_text(header, rows, "%.1f"))
    return path
