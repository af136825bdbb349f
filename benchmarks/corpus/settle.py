# ruff: noqa: E501  (the decisions are one line each, to read them as a table)
"""Settle the two readings of the new development set into its keys (run once, kept as record).

Reads `readings/reader-a/<text>.csv` and `readings/reader-b/<text>.csv` (the two independent
readings, keyed against docs/rules.md before any analyzer run) and the units they keyed
(`readings/units/<text>.csv`: the sentence splitter's units at keying time), and writes `keys/<text>.csv`, on the units of the package's current sentence splitter (see remap). Where the two readings agree, the key takes
their value; where they differ, the decision below applies, made by docs/rules.md, and the
key's `explanation` records it after the reading's own note. Cue disagreements that are only
the span of the cue ("said" against "he said", "also said") are settled to the attribution
verb alone, the form the analyzer and data/cues.csv use.

Run: python benchmarks/corpus/settle.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
FIELDS = ("kind", "source", "source_type", "cue", "hedges", "boosters", "evidence")
KEY_COLUMNS = ["id", "paragraph", "text", *FIELDS, "also_acceptable", "explanation"]
MEASURED = ("kind", "source_type", "evidence", "cue", "hedges", "boosters", "also_acceptable")

# (text number, unit id) -> (values that differ from reader A's, the decision in words)
DECISIONS: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("01", "S08"): (
        {"also_acceptable": ""},
        "§2: a question asserts nothing, so it is the author's fact; it states no hope, so speculation is not accepted (B).",
    ),
    ("02", "S01"): ({}, "§3 an announcement that is the act: fact, claim accepted (A)."),
    ("03", "S10"): (
        {"also_acceptable": "claim;speculation"},
        "§5 an action with its stated purpose: speculation accepted; the plans are Tseng's own, reported from the interview, so claim is accepted too (B).",
    ),
    ("03", "S11"): (
        {"also_acceptable": "claim"},
        "as S10: what he talked about is his, so claim is accepted (B).",
    ),
    ("04", "S06"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("04", "S12"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("04", "S13"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("05", "S09"): (
        {"also_acceptable": "speculation"},
        "§10 a hedge on a side detail: 'indicate' is on the hedge list (§4) and touches the information, not the main point, so speculation is accepted beside claim (B).",
    ),
    ("06", "S08"): (
        {"also_acceptable": "claim"},
        "§7 two layers: the economists' view in the side clause is theirs, so claim is accepted (B).",
    ),
    ("06", "S14"): ({"boosters": ""}, "§4: 'just' is not on the booster list (A)."),
    ("07", "S01"): (
        {},
        "§2 a unit of several sentences is keyed by its first and accepts the kinds the others give: denial (the citizens dispute it) and fact (the crackdown, the deaths) (A).",
    ),
    ("08", "S04"): (
        {},
        "§3 an announcement that is the act: fact, claim accepted; §5 a stated purpose: speculation accepted (A).",
    ),
    ("08", "S09"): (
        {},
        "§2 rule 1 comes first: 'malign behavior' is the author's judgement of value, opinion; §10 names no reason to accept fact for a value word over checkable detail, so none is accepted (A).",
    ),
    ("09", "S05"): (
        {"also_acceptable": "speculation"},
        "§5 an observable action with its stated purpose ('to challenge'): speculation accepted (B).",
    ),
    ("09", "S06"): (
        {"evidence": "official_record"},
        "§9 several things pointed to: the court's ruling (official record) over the tweet that reports it (B); §3 rulings: claim, with KTN the source of the report ('according to' at the end, §3); fact is not accepted, as the ruling is passed on, not reported flatly (A).",
    ),
    ("10", "S02"): (
        {"also_acceptable": ""},
        "§3: 'announced' with a that-clause hands the content to the federation: claim; fact is not among the accepted kinds for 'announced that' (B).",
    ),
    ("10", "S07"): ({"evidence": "official_record"}, "§9: a law is on the public record (B)."),
    ("12", "S01"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("12", "S02"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("12", "S05"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("12", "S06"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("12", "S07"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("13", "S03"): (
        {},
        "§10 a hedge on a side detail ('reportedly nicknamed'): speculation, fact accepted; the main point is the author's, so the source is the author, with no cue and no evidence (A).",
    ),
    ("13", "S05"): (
        {"also_acceptable": ""},
        "§3: a jury's verdict and sentence reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("13", "S06"): (
        {"also_acceptable": "claim"},
        "§3 denial in other words ('maintains his innocence'); the blaming of regulators is his claim, so claim is accepted (B).",
    ),
    ("13", "S08"): (
        {},
        "§5: 'sought' is on the list of wishes ('seeks to'), an observable candidacy: fact, speculation accepted (A).",
    ),
    ("13", "S09"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("14", "S07"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("14", "S08"): ({"evidence": "official_record"}, "§9: the same nomination as S07 (B)."),
    ("14", "S10"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("14", "S12"): (
        {"evidence": "official_record"},
        "§9: a party's pick of running mate is a nomination, on the record (B).",
    ),
    ("14", "S15"): (
        {"evidence": "official_record"},
        "§9: a primary's result and a party's nomination are on the record (B).",
    ),
    ("14", "S16"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("15", "S01"): (
        {},
        "§6: 'scientists from the University of Utah' are people not named, listed as anonymous (A).",
    ),
    ("15", "S02"): (
        {},
        "§6: 'Scientists' are people not named: anonymous (A); §2 several sentences: the first (the naming) is fact, so fact is accepted (A).",
    ),
    ("16", "S11"): (
        {"also_acceptable": "claim"},
        "§3 'announced his candidacy' is the announcement that is the act: fact, claim accepted; the rules give no reason to accept speculation here (neither reading's set).",
    ),
}
CUE_SPAN = {  # cue disagreements that are only the cue's span: the verb alone
    ("02", "S06"), ("03", "S08"), ("03", "S09"), ("05", "S07"), ("05", "S09"), ("06", "S02"),
    ("06", "S03"), ("06", "S04"), ("06", "S05"), ("09", "S03"), ("09", "S06"), ("09", "S09"),
    ("09", "S10"), ("09", "S11"), ("09", "S12"), ("09", "S15"), ("10", "S10"), ("11", "S06"),
    ("13", "S03"),
}  # fmt: skip

# Units the readers keyed that the fixed splitter cuts (several sentences in one unit) or joins
# (one sentence cut at "C.L."): per new sentence, in order, the values that differ from the
# settled row, taken from what the readers' notes and accept-sets give each sentence.
AUTHOR = {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"}
SPLITS: dict[tuple[str, str], list[tuple[dict[str, str], str]]] = {
    ("07", "S01"): [
        (
            {"also_acceptable": ""},
            "The lead sentence: Lukashenka's claimed victory (both readings' key).",
        ),
        (
            {
                "kind": "denial",
                "source": "hundreds of thousands of Belarusian citizens",
                "source_type": "anonymous",
                "cue": "disputed",
                "also_acceptable": "",
            },
            "The second sentence: the citizens dispute his claim, the denial both readings accepted (§3 denial cue 'disputed'; §6 people described, not named).",
        ),
        (
            {**AUTHOR, "kind": "fact", "cue": "", "also_acceptable": ""},
            "The third sentence: the crackdown in the author's voice, the fact reader A accepted (§2 rule 3).",
        ),
        (
            {**AUTHOR, "kind": "fact", "also_acceptable": ""},
            "The fourth sentence: the deaths in the author's voice, the fact reader A accepted (§2 rule 3).",
        ),
    ],
    ("08", "S01"): [
        (
            {},
            "The first sentence: 'abysmal', 'illegitimate' in the editorial's own voice (§2 rule 1), as both readings say.",
        ),
        (
            {
                "source": "Elliott Abrams",
                "source_type": "named_person",
                "cue": "said",
                "evidence": "testimony",
            },
            "The second sentence: Abrams's 'terrible', a judgement of value in his voice (§2 rule 1), as both readings say ('both opinion').",
        ),
    ],
    ("15", "S01"): [
        (
            {"evidence": "testimony"},
            "The first sentence: the scientists' report (neutral cue, §3), fact accepted as both readings did; the paper is named only in the next sentence, so the evidence here is their word.",
        ),
        (
            {**AUTHOR, "kind": "fact", "evidence": "document", "also_acceptable": ""},
            "The second sentence: the exhibit and the paper stated flatly; the paper is a text a reader could look up (§9 document).",
        ),
        (
            {**AUTHOR, "kind": "fact", "evidence": "none", "also_acceptable": "speculation"},
            "The third sentence: the finding in the author's voice ('was found to be'), the fact both readings accepted; 'previously thought to be' is a hedge word on a side detail (§10), so speculation is accepted.",
        ),
    ],
    ("15", "S02"): [
        (
            {**AUTHOR, "kind": "fact", "also_acceptable": "", "hedges": ""},
            "The first sentence: the naming stated flatly, the fact both readings' notes give.",
        ),
        (
            {"also_acceptable": ""},
            "The second sentence: the belief cue 'believe' makes the age estimate speculation (§3), as both readings keyed it.",
        ),
    ],
}
JOINS = {("14", "S07"): "S08"}  # the unit and the one it continues: one sentence, one key


def word_set(cell: str) -> frozenset[str]:
    return frozenset(part.strip().lower() for part in cell.split(";") if part.strip())


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def differs(a: dict[str, str], b: dict[str, str]) -> list[str]:
    out = [f for f in ("kind", "source_type", "evidence") if a[f] != b[f]]
    return out + [f for f in MEASURED[3:] if word_set(a[f]) != word_set(b[f])]


def settle(units_dir: Path = HERE / "readings" / "units") -> None:
    for path in sorted((HERE / "readings" / "reader-a").glob("*.csv")):
        number = path.name[:2]
        a_rows = read(path)
        b_rows = read(HERE / "readings" / "reader-b" / path.name)
        units = read(units_dir / path.name)
        keys = []
        for a, b, unit in zip(a_rows, b_rows, units, strict=True):
            split = differs(a, b)
            row = {"id": unit["id"], "paragraph": unit["paragraph"], "text": unit["text"]}
            row.update({f: a[f] for f in (*FIELDS, "also_acceptable")})
            explanation = a["note"]
            if split:
                values, why = DECISIONS.get((number, unit["id"]), ({}, ""))
                if "cue" in split and (number, unit["id"]) in CUE_SPAN:
                    why = (why + " " if why else "") + "Cue: the attribution verb alone (A)."
                if not why:
                    raise SystemExit(f"{number} {unit['id']}: no decision for {split}")
                row.update(values)
                explanation += f" Readings differed on {', '.join(split)}; settled: {why}"
            row["explanation"] = explanation
            keys.append(row)
        keys = remap(number, keys, (HERE / "texts" / f"{path.stem}.txt").read_text("utf-8"))
        out = HERE / "keys" / path.name
        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=KEY_COLUMNS)
            writer.writeheader()
            writer.writerows(keys)


def remap(number: str, keys: list[dict[str, str]], text: str) -> list[dict[str, str]]:
    """The settled rows carried over to the units of the package's current splitter: a unit
    that held several sentences becomes one row per sentence (SPLITS), a sentence the old
    splitter cut becomes one row (JOINS); every row says which unit of the readings it was."""
    from medialit._article import parse_article

    rows = []
    skip: set[str] = set()
    by_id = {k["id"]: k for k in keys}
    for key in keys:
        if key["id"] in skip:
            continue
        old = f"Keyed in the readings as unit {key['id']}."
        if (number, key["id"]) in SPLITS:
            for values, why in SPLITS[(number, key["id"])]:
                rows.append(
                    {
                        **key,
                        **values,
                        "explanation": f"{key['explanation']} {old} Split by the fixed splitter: {why}",
                    }
                )
        elif (number, key["id"]) in JOINS:
            nxt = by_id[JOINS[(number, key["id"])]]
            skip.add(nxt["id"])
            text_joined = f"{key['text']} {nxt['text']}"
            why = f"Keyed in the readings as units {key['id']} and {nxt['id']}, one sentence the old splitter cut at the initials; joined, with their common key."
            rows.append({**key, "text": text_joined, "explanation": f"{key['explanation']} {why}"})
        else:
            rows.append({**key, "explanation": f"{key['explanation']} {old}"})
    units = parse_article(text).sentence_rows
    if len(units) != len(rows):
        raise SystemExit(f"{number}: {len(rows)} key rows for {len(units)} units")
    for row, (sid, paragraph, sentence) in zip(rows, units, strict=True):
        if (
            " ".join(sentence.split()) != " ".join(row["text"].split())
            and row["text"] not in sentence
        ) and sentence not in row["text"]:
            raise SystemExit(f"{number} {sid}: key row does not match the unit")
        row.update({"id": sid, "paragraph": str(paragraph), "text": sentence})
    return rows


if __name__ == "__main__":
    settle()
