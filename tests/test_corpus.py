"""The new development set's keys and the agreement its README reports (benchmarks/corpus)."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus"
KINDS = {"fact", "claim", "denial", "speculation", "opinion"}
SOURCE_TYPES = {"author", "named_person", "named_group", "anonymous", "vague"}
EVIDENCE = {"none", "testimony", "document", "physical", "official_record"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _manifest() -> list[dict[str, str]]:
    return _rows(CORPUS / "manifest.csv")


def _agreement():
    path = ROOT / "benchmarks" / "corpus_agreement.py"
    spec = importlib.util.spec_from_file_location("corpus_agreement", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_quotes_the_agreement_the_readings_give():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    quoted = readme.split("<!-- agreement -->\n", 1)[1].split("\n<!-- /agreement -->", 1)[0]
    assert quoted == _agreement().table(), "README's agreement table is stale: rerun the script"


def test_every_text_has_two_readings_and_a_key_with_valid_labels():
    agreement = _agreement()
    names = agreement.texts()
    batch = {r["file"].removesuffix(".txt"): r["batch"] for r in _manifest()}
    assert sorted(names) == sorted(batch)
    folders = ("keys", "readings/units", "readings/reader-a", "readings/reader-b")
    missing = [
        f"{d}/{n}.csv" for n in names for d in folders if not (CORPUS / d / f"{n}.csv").exists()
    ]
    assert not missing, (
        f"every text of the manifest needs its units, two readings and a key: {missing}"
    )
    assert [batch[n] for n in names].count("1") == 16
    assert [batch[n] for n in names].count("2") == 21
    assert [batch[n] for n in names].count("3") == 19
    assert [batch[n] for n in names].count("4") == 18
    assert [batch[n] for n in names].count("5") == 17
    assert [batch[n] for n in names].count("6") == 22
    assert [batch[n] for n in names].count("7") == 20
    assert [batch[n] for n in names].count("8") == 20
    assert [batch[n] for n in names].count("9") == 19
    assert [batch[n] for n in names].count("10") == 12
    assert [batch[n] for n in names].count("11") == 17
    assert [batch[n] for n in names].count("12") == 13
    assert [batch[n] for n in names].count("13") == 16
    assert [batch[n] for n in names].count("14") == 14
    assert [batch[n] for n in names].count("15") == 12
    for name in names:
        a, b = agreement.read(name, "a"), agreement.read(name, "b")
        assert [r["id"] for r in a] == [r["id"] for r in b]
        for row in _rows(CORPUS / "keys" / f"{name}.csv"):
            where = f"{name} {row['id']}"
            assert row["kind"] in KINDS, where
            assert row["source_type"] in SOURCE_TYPES, where
            assert row["evidence"] in EVIDENCE, where
            assert set(filter(None, row["also_acceptable"].split(";"))) <= KINDS - {row["kind"]}
            assert row["explanation"].strip(), where


def test_every_disagreement_is_settled_in_the_explanation():
    agreement = _agreement()
    for name in agreement.texts():
        keys = _rows(CORPUS / "keys" / f"{name}.csv")
        for a, b in agreement.pairs([name]):
            # each key row names the unit of the readings it was keyed as
            named = re.compile(rf"as units? (?:S\d+ and )?{a['id']}\b")
            rows = [k for k in keys if named.search(k["explanation"])]
            assert rows, f"{name} {a['id']}: no key row"
            if a["kind"] != b["kind"] or a["evidence"] != b["evidence"]:
                assert all("settled" in k["explanation"] for k in rows), f"{name} {a['id']}"


def test_keys_follow_the_splitter_units():
    """The keys are on the package's current units (a key unit is one sentence)."""
    from medialit._article import parse_article

    batch = {r["file"].removesuffix(".txt"): r["batch"] for r in _manifest()}
    for name in _agreement().texts():
        text = (CORPUS / "texts" / f"{name}.txt").read_text(encoding="utf-8")
        units = [(sid, str(p), t) for sid, p, t in parse_article(text).sentence_rows]
        keys = [
            (r["id"], r["paragraph"], r["text"]) for r in _rows(CORPUS / "keys" / f"{name}.csv")
        ]
        assert keys == units, name
        if batch[name] != "1":
            # read on the current splitter's units, so those are the readings' units
            read_on = [
                (r["id"], r["paragraph"], r["text"])
                for r in _rows(CORPUS / "readings" / "units" / f"{name}.csv")
            ]
            assert read_on == units, name


def test_manifest_lists_every_text_with_a_part_and_a_batch():
    """Texts and units the issue asks for; batches 2 to 14 moved to the tuning part once their
    never-seen figures were recorded; the test part is batch 1's test texts and batch 15, the
    never-seen batch, whole."""
    from medialit._article import parse_article

    rows = _manifest()
    assert list(rows[0]) == [
        *("file", "outlet", "date", "address", "licence", "credit", "kind", "sentences"),
        *("furniture_dropped", "notes", "part", "batch"),
    ]
    assert sorted(r["file"] for r in rows) == sorted(
        p.name for p in (CORPUS / "texts").glob("*.txt")
    )
    assert [r["batch"] for r in rows].count("1") == 16
    assert [r["batch"] for r in rows].count("2") == 21
    assert [r["batch"] for r in rows].count("3") == 19
    assert [r["batch"] for r in rows].count("4") == 18
    assert [r["batch"] for r in rows].count("5") == 17
    assert [r["batch"] for r in rows].count("6") == 22
    assert [r["batch"] for r in rows].count("7") == 20
    assert [r["batch"] for r in rows].count("8") == 20
    assert [r["batch"] for r in rows].count("9") == 19
    assert [r["batch"] for r in rows].count("10") == 12
    assert [r["batch"] for r in rows].count("11") == 17
    assert [r["batch"] for r in rows].count("12") == 13
    assert [r["batch"] for r in rows].count("13") == 16
    assert [r["batch"] for r in rows].count("14") == 14
    assert [r["batch"] for r in rows].count("15") == 12
    assert all(
        r["batch"] in {str(n) for n in range(1, 16)} and r["part"] in {"tuning", "test"}
        for r in rows
    )
    assert all(r["part"] == "tuning" for r in rows if r["batch"] not in {"1", "15"})
    assert all(r["part"] == "test" for r in rows if r["batch"] == "15")
    units = {
        r["file"]: len(
            parse_article((CORPUS / "texts" / r["file"]).read_text(encoding="utf-8")).sentence_rows
        )
        for r in rows
    }
    assert all(str(units[r["file"]]) == r["sentences"] for r in rows if r["batch"] != "1")
    eleven = [units[r["file"]] for r in rows if r["batch"] == "11"]
    assert len(eleven) == 17 and sum(eleven) == 205
    twelve = [units[r["file"]] for r in rows if r["batch"] == "12"]
    assert len(twelve) == 13 and sum(twelve) == 156
    thirteen = [units[r["file"]] for r in rows if r["batch"] == "13"]
    assert len(thirteen) == 16 and sum(thirteen) == 223
    fourteen = [units[r["file"]] for r in rows if r["batch"] == "14"]
    assert len(fourteen) == 14 and sum(fourteen) == 152
    fifteen = [units[r["file"]] for r in rows if r["batch"] == "15"]
    assert len(fifteen) == 12 and sum(fifteen) == 126
    assert len(rows) == 256 and sum(units.values()) == (
        876 + 217 + 275 + 236 + 257 + 238 + 123 + 205 + 156 + 223 + 152 + 126
    )
