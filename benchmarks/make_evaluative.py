"""Derive the analyzer's list of evaluative adjectives from Pattern's subjectivity lexicon.

The lexicon is `en-sentiment.xml` of Pattern (De Smedt & Daelemans 2012, "Pattern for
Python", JMLR 13), licence PDDL (public domain); TextBlob ships a copy in its wheel as
`textblob/en/en-sentiment.xml`. It gives English adjectives, sense by sense, a polarity (-1 to
+1) and a subjectivity (0 to 1), tagged by hand for reviews. This script averages the senses of
each single-word adjective (pos JJ) not ending in -ed (after "is", mostly a passive verb),
keeps those that both take a side (|polarity| >= P) and are subjective (subjectivity >= S),
and writes them into `src/medialit/data/analyzer.csv` as
class `evaluative` (each row's source gives the word's two figures and the thresholds),
replacing the rows of that class; every other row stays as it is. Nothing here is needed at run
time: the analyzer only reads the CSV.

Run: .venv/bin/python benchmarks/make_evaluative.py PATH/TO/textblob-0.20.1-py3-none-any.whl
     [--subjectivity 0.5] [--polarity 0.2]
(the wheel from PyPI: `pip download textblob==0.20.1 --no-deps`; the XML file itself also works).
The thresholds were chosen on the tuning texts of benchmarks/corpus (batch 1's tuning texts,
batches 2 and 3) and the dev corpus together, 6 December 2026, with the rules of
medialit._analyze_values. Kind in the key's accept-set on batch 2 / batch 3, and batch 3's
opinion recall (batch 1 tuning 130/132 and opinion 7/8 throughout; dev corpus 75/81 except
where noted; before the lexicon: 226 / 211 and 3 of 29):
    P 0.2: S 0.4 -> 224 / 223, 17 of 29 (701 words)   S 0.5 -> 226 / 222, 17 (659, chosen)
           S 0.6 -> 226 / 220, 15 (558)                S 0.7 -> 226 / 219, 14 (493)
           S 0.8 -> 226 / 219, 13 (432)
    P 0.1, S 0.5 -> 226 / 222, 17, but dev corpus 74/81;  P 0.3, S 0.5 -> 226 / 222, 16.
A lower subjectivity keeps more words that judge ("phenomenal" 0.5, "special" 0.57) and more
that describe; the words that, in news, describe a checkable state are kept out by class
`checkable_adjective` of the CSV, not by the thresholds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT / "src" / "medialit" / "data" / "analyzer.csv"
MEMBER = "textblob/en/en-sentiment.xml"
CLASS = "evaluative"
SUBJECTIVITY, POLARITY = 0.5, 0.2  # chosen on the tuning texts (docs/analyzer.md)


def lexicon(path: Path) -> dict[str, tuple[float, float]]:
    """Each single-word adjective's mean polarity and subjectivity over its senses."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            data = wheel.read(MEMBER)
    else:
        data = path.read_bytes()
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for word in ET.fromstring(data).iter("word"):  # noqa: S314 (a file the user names)
        form = (word.get("form") or "").lower()
        if word.get("pos", "JJ") != "JJ" or not form.replace("-", "").isalpha():
            continue  # nouns, multi-word forms ("full of life"), "13th"
        if form.endswith("ed"):
            continue  # a past participle after "is" is mostly a passive verb ("was detailed")
        senses[form].append((float(word.get("polarity", 0)), float(word.get("subjectivity", 0))))
    return {
        form: (statistics.mean(p for p, _ in v), statistics.mean(s for _, s in v))
        for form, v in senses.items()
    }


def rows(words: dict[str, tuple[float, float]], subjectivity: float, polarity: float) -> list[str]:
    source = "Pattern subjectivity lexicon (De Smedt & Daelemans 2012, PDDL)"
    out = []
    for form, (pol, subj) in sorted(words.items()):
        if abs(pol) >= polarity and subj >= subjectivity:
            why = (
                f"{source}: polarity {pol:+.2f}, subjectivity {subj:.2f} "
                f"(kept: |polarity| >= {polarity:g} and subjectivity >= {subjectivity:g})"
            )
            out.append(f'{form},{CLASS},"{why}"')
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lexicon", type=Path, help="the textblob wheel or en-sentiment.xml")
    parser.add_argument("--subjectivity", type=float, default=SUBJECTIVITY)
    parser.add_argument("--polarity", type=float, default=POLARITY)
    args = parser.parse_args()
    new = rows(lexicon(args.lexicon), args.subjectivity, args.polarity)
    kept = [
        line
        for line in CSV.read_text(encoding="utf-8").splitlines()
        if line.startswith("#") or line.split(",")[1:2] != [CLASS]
    ]
    CSV.write_text("\n".join([*kept, *new]) + "\n", encoding="utf-8")
    print(f"{len(new)} evaluative adjectives written to {CSV.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
