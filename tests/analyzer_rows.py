"""The analyzer's rows for a made-up piece of body copy, shared by the analyzer's rule tests."""

from __future__ import annotations

from medialit._analyze import analyze_records


def rows(text: str) -> list[dict[str, object]]:
    """The analyzer's rows for body copy (a headline is put before it, so the text is not one)."""
    return analyze_records("A headline\n\n" + text)[1:]


def row(text: str, start: str = "") -> dict[str, object]:
    """The row of the statement that starts with `start` (or the only one)."""
    found = rows(text)
    if not start:
        assert len(found) == 1, [r["text"] for r in found]
        return found[0]
    return next(r for r in found if str(r["text"]).startswith(start))
