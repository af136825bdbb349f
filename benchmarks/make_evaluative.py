"""Derive the analyzer's list of evaluative adjectives from Pattern's subjectivity lexicon.

The lexicon is `en-sentiment.xml` of Pattern (De Smedt & Daelemans 2012, "Pattern for
Python", JMLR 13), licence PDDL (public domain); TextBlob ships a copy in its wheel as
`textblob/en/en-sentiment.xml`. It gives English adjectives, sense by sense, a polarity (-1 to
+1) and a subjectivity (0 to 1), tagged by hand for reviews. This script averages the senses of
each single-word adjective (pos JJ) not ending in -ed (after "is", mostly a passive verb),
keeps those that both take a side (|polarity| >= P) and
are subjective (subjectivity >= S), and writes them into `src/medialit/data/analyzer.csv` as
class `evaluative` (each row's source gives the word's two figures and the thresholds),
replacing the rows of that class; every other row stays as it is. Nothing here is needed at run
time: the analyzer only reads the CSV.

Run: .venv/bin/python benchmarks/make_evaluative.py PATH/TO/textblob-0.20.1-py3-none-any.whl
     [--subjectivity 0.5] [--polarity 0.2]
(the wheel from PyPI: `pip download textblob==0.20.1 --no-deps`; the XML file itself also works).
The thresholds were chosen on the tuning texts of benchmarks/corpus and the dev corpus; see
docs/analyzer.md.
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
