"""Agreement between the two independent readings of the new development set.

Two people keyed the texts of benchmarks/corpus/ (batch 1: 16 texts, batch 2: 21, batch 3: 19,
batch 4: 18, batch 5: 17, batch 6: 22, batch 7: 20, batch 8: 20, batch 9: 19, batch 10: 12, batch
11: 17, batch 12: 13, batch 13: 16, batch 14: 14, batch 15: 12) independently, reading the units
against docs/rules.md before any analyzer run on them. Their readings are
`benchmarks/corpus/readings/reader-a/<text>.csv` and `reader-b/<text>.csv`. This prints, per
field, Cohen's kappa (kind, source_type, evidence) and the raw share of units where the two agree
(every field; cue, hedges, boosters and also_acceptable compared as sets of words), pooled over
all texts, for the tuning and test parts, and for each batch from the fourth on; a batch still
in the test part after the first is marked "never seen": the texts no one has run the analyzer
on (benchmarks/corpus/manifest.csv).

The kappa and the word sets come from benchmarks/practice_agreement.py, the one place they are
defined. Run: .venv/bin/python benchmarks/corpus_agreement.py
benchmarks/corpus/README.md quotes the pooled table; tests/test_corpus.py recomputes it.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import practice_agreement
from practice_agreement import CATEGORICAL, WORD_SETS, cohen_kappa, word_set

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus"


def texts(part: str | None = None, batch: str | None = None) -> list[str]:
    """The texts' stems (file names without .txt), of one part or batch, or all."""
    with (CORPUS / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        r["file"].removesuffix(".txt")
        for r in rows
        if part in (None, r["part"]) and batch in (None, r["batch"])
    ]


def read(text: str, reader: str) -> list[dict[str, str]]:
    """One reader's rows for one text."""
    path = CORPUS / "readings" / f"reader-{reader}" / f"{text}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def pairs(names: Sequence[str]) -> list[tuple[dict[str, str], dict[str, str]]]:
    """(reader A's row, reader B's row) for every unit of the given texts."""
    return practice_agreement.pairs(names, read)


def figures(names: Sequence[str]) -> dict[str, tuple[float, int, int]]:
    """Per field: (kappa, or nan for a word set, units agreeing, units)."""
    rows = pairs(names)
    out: dict[str, tuple[float, int, int]] = {}
    for field in CATEGORICAL:
        first, second = [a[field] for a, _ in rows], [b[field] for _, b in rows]
        same = sum(x == y for x, y in zip(first, second, strict=True))
        out[field] = (cohen_kappa(first, second), same, len(rows))
    for field in WORD_SETS:
        same = sum(word_set(a[field]) == word_set(b[field]) for a, b in rows)
        out[field] = (float("nan"), same, len(rows))
    return out


FIRST_SHOWN = 4  # batches 1-3 are in the pooled columns only


def table() -> str:
    """The agreement: all texts, per part, and each batch from the fourth (the README's table)."""
    columns = {
        "all texts": texts(),
        "tuning part": texts("tuning"),
        "test part": texts("test"),
    }
    with (CORPUS / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for batch in sorted({int(r["batch"]) for r in rows if int(r["batch"]) >= FIRST_SHOWN}):
        names = texts(batch=str(batch))
        unseen = batch > 1 and set(names) <= set(texts("test"))
        columns[f"batch {batch}" + (" (never seen)" if unseen else " (tuning)")] = names
    results = {name: figures(names) for name, names in columns.items()}
    head = "| field | " + " | ".join(f"{name}: agree, kappa" for name in columns) + " |"
    lines = [head, "|---" * (len(columns) + 1) + "|"]
    for field in (*CATEGORICAL, *WORD_SETS):
        cells = []
        for name in columns:
            kappa, same, total = results[name][field]
            shown = "—" if kappa != kappa else f"{kappa:.2f}"  # nan: a word set, no kappa
            cells.append(f"{same}/{total}, {shown}")
        lines.append(f"| {field} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
