"""A teacher's check of a course's statement labels: the rows to check, what a checked row
says, and saving the table. The model behind the annotator (`_annotator.py`), which only
shows the rows and hands back the teacher's choices.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from medialit import _newlesson
from medialit._course import Course
from medialit._data import validate_statements

CHECKED = "Checked by the teacher: "
Label = tuple[str, str]  # (kind, source type)


def rows_to_check(course: Course) -> list[dict[str, str]]:
    """The course's statements.csv rows as text, in file order."""
    rows = [{k: str(v) for k, v in r.items()} for r in course.statements().to_dict("records")]
    for row in rows:
        row["checkable"] = row["checkable"].lower()
    return rows


def checked(row: Mapping[str, str], kind: str, source_type: str) -> dict[str, str]:
    """A row once the teacher has looked at it: a label they changed is theirs now (its
    draft reason no longer fits); a draft reason they kept is no longer a draft."""
    new = dict(row, kind=kind, source_type=source_type)
    if (kind, source_type) != (row["kind"], row["source_type"]):
        new["explanation"] = f"{CHECKED}{kind}."
    elif new["explanation"].startswith(_newlesson.DRAFT):
        new["explanation"] = CHECKED + new["explanation"][len(_newlesson.DRAFT) :]
    return new


def save_labels(
    course: Course, rows: list[dict[str, str]], labels: Mapping[str, Label]
) -> tuple[list[dict[str, str]], Path]:
    """Check every row with the teacher's labels, validate the whole table against the
    article and write statements.csv; returns (the rows written, the file). Raises
    ValueError (a rule broken, naming the row) or OSError, having written nothing."""
    edited = [checked(row, *labels[row["id"]]) for row in rows]
    validate_statements(edited, course.article)
    path = course.folder / "statements.csv"
    _newlesson.write_rows(path, edited)
    return edited, path
