"""Helpers for tests that edit a copy of a course folder."""

from __future__ import annotations

from pathlib import Path


def edit_statement(folder: Path, sid: str, **values: str) -> dict[str, str]:
    """Change columns of one row of a course folder's statements.csv; returns the new row."""
    import csv

    path = folder / "statements.csv"
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    row = next(r for r in rows if r["id"] == sid)
    row.update(values)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return row
