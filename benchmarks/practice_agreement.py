"""Agreement between the two independent readings of the practice articles.

Two people keyed the four practice articles independently, each reading the units against
docs/rules.md without seeing any machine output or the earlier keys. Their readings are kept
as `src/medialit/data/practice/<article>/readings/reader-a.csv` and `reader-b.csv` (columns
id, kind, source, source_type, cue, hedges, boosters, evidence, also_acceptable, note).

This prints, per field, how often the two readings agree:
- kind, source_type and evidence: Cohen's kappa (categorical), over all units pooled and per
  article, beside the raw share of units where the two agree;
- cue, hedges, boosters and also_acceptable: raw agreement only, each compared as a set of
  words (case-insensitive; an empty set agrees with an empty set).

Run: .venv/bin/python benchmarks/practice_agreement.py
The practice READMEs quote the pooled table it prints; tests/test_practice.py recomputes it.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRACTICE = ROOT / "src" / "medialit" / "data" / "practice"
ARTICLES = (
    "berlin-court-wikimedia",
    "ebola-outbreak",
    "press-freedom-editorial",
    "world-bank-forecast",
)
CATEGORICAL = ("kind", "source_type", "evidence")
WORD_SETS = ("cue", "hedges", "boosters", "also_acceptable")


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float:
    """Cohen's kappa of two raters' labels for the same items.

    kappa = (p_o - p_e) / (1 - p_e), where p_o is the share of items with the same label and
    p_e the share expected by chance from each rater's own label frequencies. When chance
    agreement is already complete (both raters used one and the same label throughout),
    kappa is 1.0 if they agree everywhere (they do, then).
    """
    if len(first) != len(second):
        raise ValueError("the two readings must label the same items")
    if not first:
        raise ValueError("no items to compare")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    counts_a, counts_b = Counter(first), Counter(second)
    expected = sum(counts_a[label] * counts_b[label] for label in counts_a) / (n * n)
    if expected == 1.0:
        return 1.0
    return (observed - expected) / (1.0 - expected)


def word_set(cell: str) -> frozenset[str]:
    """A ';'-separated cell as a set of words, case-insensitive, blanks ignored."""
    return frozenset(part.strip().lower() for part in cell.split(";") if part.strip())


def read(article: str, reader: str) -> list[dict[str, str]]:
    """One reader's rows for one article, in the units' order."""
    path = PRACTICE / article / "readings" / f"reader-{reader}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def pairs(
    articles: Sequence[str] = ARTICLES,
    reading: Callable[[str, str], list[dict[str, str]]] | None = None,
) -> list[tuple[dict[str, str], dict[str, str]]]:
    """(reader A's row, reader B's row) for every unit of the given texts, read with `reading`
    (text, reader) -> rows (default: the practice articles' readings)."""
    reading = reading or read
    out = []
    for article in articles:
        a_rows, b_rows = reading(article, "a"), reading(article, "b")
        if [r["id"] for r in a_rows] != [r["id"] for r in b_rows]:
            raise ValueError(f"{article}: the two readings do not key the same units")
        out += list(zip(a_rows, b_rows, strict=True))
    return out


def figures(articles: Sequence[str] = ARTICLES) -> dict[str, tuple[float, int, int]]:
    """Per field: (kappa, or nan for a word set, units agreeing, units)."""
    rows = pairs(articles)
    out: dict[str, tuple[float, int, int]] = {}
    for field in CATEGORICAL:
        first = [a[field] for a, _ in rows]
        second = [b[field] for _, b in rows]
        same = sum(x == y for x, y in zip(first, second, strict=True))
        out[field] = (cohen_kappa(first, second), same, len(rows))
    for field in WORD_SETS:
        same = sum(word_set(a[field]) == word_set(b[field]) for a, b in rows)
        out[field] = (float("nan"), same, len(rows))
    return out


def disagreements(article: str) -> dict[str, list[str]]:
    """Per unit id, the fields (of those measured) where the two readings differ."""
    out: dict[str, list[str]] = {}
    for a, b in pairs([article]):
        fields = [f for f in CATEGORICAL if a[f] != b[f]]
        fields += [f for f in WORD_SETS if word_set(a[f]) != word_set(b[f])]
        if fields:
            out[a["id"]] = fields
    return out


def table(articles: Sequence[str] = ARTICLES) -> str:
    """The agreement as a markdown table (the one the practice READMEs quote)."""
    lines = ["| field | agreement | Cohen's kappa |", "|---|---|---|"]
    for field, (kappa, same, total) in figures(articles).items():
        shown = "—" if kappa != kappa else f"{kappa:.2f}"  # nan: a word set, no kappa
        lines.append(f"| {field} | {same}/{total} | {shown} |")
    return "\n".join(lines)


def main() -> None:
    print("All four practice articles pooled:\n")
    print(table())
    for article in ARTICLES:
        print(f"\n{article}:\n")
        print(table([article]))
        split = disagreements(article)
        print(
            "\nunits where the readings differ: "
            + ("; ".join(f"{uid} ({', '.join(f)})" for uid, f in split.items()) or "none")
        )


if __name__ == "__main__":
    main()
