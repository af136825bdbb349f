"""The analyzer's figures on the test part, as docs/analyzer.md and lesson 09 state them
(issue 25 §5): recomputed here from the keys in benchmarks/corpus, so a text that states other
numbers than the keys give now fails, whoever changed the rules or added keys."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIX = "run `.venv/bin/python benchmarks/bench_analyze.py --write-figures` and reread the text"


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_analyze", ROOT / "benchmarks/bench_analyze.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _markdown(name: str) -> str:
    """A file's markdown: the file itself, or a notebook's markdown cells one after another."""
    raw = (ROOT / name).read_text(encoding="utf-8")
    if not name.endswith(".ipynb"):
        return raw
    cells = json.loads(raw)["cells"]
    sources = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
    return "\n\n".join(sources)


def test_docs_and_lesson_09_state_the_figures_the_test_part_gives():
    bench = _bench()
    columns = bench.figures()
    test = columns["TEST part"]
    assert test["n"] >= 79, "the test part lost keyed units"
    for name in bench.FIGURE_FILES:
        passages = bench.marked(_markdown(name))
        assert passages, f"{name} has no {bench.OPEN} passage"
        for passage in passages:
            assert passage == bench.render(name, columns), f"{name}: stale figures; {FIX}"


def test_the_figures_are_the_test_parts_not_the_tuning_parts():
    bench = _bench()
    columns = bench.figures()
    sentence = bench.figures_sentence(columns)
    test, tuning = columns["TEST part"], columns["tuning part"]
    fresh = bench.never_seen(columns)
    if fresh.get("n"):  # texts no one tuning the rules has read: the batches after the first
        test = fresh
        later = [c for c in columns if c.startswith("TEST batch ") and c != "TEST batch 1"]
        assert fresh["n"] == sum(columns[c]["n"] for c in later)
    quoted = test
    if not fresh.get("n") and bench.last_records():  # the records made last, not batch 1
        quoted = bench.last_records()
        assert sentence.startswith(f"When it was last measured on {quoted['texts']} news texts")
    assert f"**{quoted['kind']} of {quoted['n']} (" in sentence
    assert f"{tuning['kind']} of {tuning['n']}" not in sentence
    table = bench.figures_table(columns)
    assert "TEST part" in table and str(test["baseline"]) in table


def _use_manifest(bench, rows, tmp_path, monkeypatch):
    """Point the bench at a copy of the set whose manifest holds `rows` (keys and texts shared)."""
    with (tmp_path / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    (tmp_path / "keys").symlink_to(ROOT / "benchmarks/corpus/keys")
    (tmp_path / "texts").symlink_to(ROOT / "benchmarks/corpus/texts")
    monkeypatch.setattr(bench, "NEW_SET", tmp_path)


def test_a_test_batch_without_keys_is_skipped_not_scored(tmp_path, monkeypatch):
    """Texts of a new batch count only once they are keyed; the whole test part holds them."""
    bench = _bench()
    with (ROOT / "benchmarks/corpus/manifest.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row.setdefault("batch", "1")
    rows.append({**rows[-1], "file": "999_not_keyed.txt", "part": "test", "batch": "90"})
    _use_manifest(bench, rows, tmp_path, monkeypatch)
    parts = bench.parts(quiet=True)
    batches = [names for column, names in parts.items() if column.startswith("TEST batch ")]
    assert parts["TEST batch 90"] == []
    numbers = [int(c.split()[-1]) for c in parts if c.startswith("TEST batch ")]
    assert numbers == sorted(numbers) and 90 in numbers  # in numeric order: 9 before 10
    assert "999_not_keyed" not in parts["TEST part"]
    assert sorted(parts["TEST part"]) == sorted(name for names in batches for name in names)


def test_once_batch_2_is_keyed_the_lesson_quotes_it(tmp_path, monkeypatch):
    """The lesson quotes the texts no one tuning the rules has read, once any is keyed."""
    bench = _bench()
    with (ROOT / "benchmarks/corpus/manifest.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first_test = next(r["file"] for r in rows if r["part"] == "test")
    for row in rows:
        row["batch"] = "2" if row["file"] == first_test else "1"
    _use_manifest(bench, rows, tmp_path, monkeypatch)
    columns = bench.figures()
    fresh = columns["TEST batch 2"]
    assert fresh["texts"] == 1 and 0 < fresh["n"] < columns["TEST part"]["n"]
    sentence = bench.figures_sentence(columns)
    assert sentence.startswith("On 1 news text it had never seen")
    assert f"**{fresh['kind']} of {fresh['n']} (" in sentence
    assert "TEST batch 2" in bench.figures_table(columns)


def test_the_lesson_adds_up_every_batch_after_the_first():
    """Batch 1's test texts were studied; every later test batch is never seen, together."""
    bench = _bench()
    columns = {
        "TEST part": {"n": 9, "kind": 7},
        "TEST batch 1": {"n": 4, "kind": 4},
        "TEST batch 4": {"n": 3, "kind": 2, "texts": 1},
        "TEST batch 5": {"n": 2, "kind": 1, "texts": 1},
    }
    assert bench.never_seen(columns) == {"n": 5, "kind": 3, "texts": 2}
    assert bench.never_seen({"TEST part": {}, "TEST batch 1": {"n": 4}}) == {}


def test_every_batch_moved_to_tuning_has_its_never_seen_figures_recorded():
    """A batch leaves the test part only with the figures it gave while unseen on record
    (benchmarks/corpus/never_seen.csv), and the record counts that batch's texts and units."""
    corpus = ROOT / "benchmarks" / "corpus"
    with (corpus / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        manifest = list(csv.DictReader(handle))
    with (corpus / "never_seen.csv").open(encoding="utf-8", newline="") as handle:
        record = {r["batch"]: r for r in csv.DictReader(handle)}
    moved = {r["batch"] for r in manifest if r["batch"] != "1" and r["part"] == "tuning"}
    assert set(record) == moved
    for batch, row in record.items():
        rows = [r for r in manifest if r["batch"] == batch]
        assert int(row["texts"]) == len(rows), batch
        assert int(row["units"]) == sum(int(r["sentences"]) for r in rows), batch
        for hits, total in (("kind", "units"), ("source", "units"), ("baseline", "units")):
            assert 0 <= int(row[hits]) <= int(row[total]), (batch, hits)
        assert int(row["opinion"]) <= int(row["opinion_n"])
        assert int(row["denial"]) <= int(row["denial_n"])


def test_with_no_never_seen_batch_the_lesson_quotes_the_records_made_last(tmp_path, monkeypatch):
    """Between a batch moving to tuning and the next being keyed, the lesson quotes the batches
    recorded last with one analyzer (added together), never batch 1's studied texts."""
    bench = _bench()
    (tmp_path / "never_seen.csv").write_text(
        "batch,texts,units,recorded,analyzer,kind,source,opinion,opinion_n,denial,denial_n,"
        "baseline\n2,3,30,d,old,20,21,1,4,0,1,18\n"
        "3,2,20,d,new,15,16,2,3,1,2,12\n4,1,10,d,new,6,7,0,1,0,0,5\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(bench, "ROOT", tmp_path.parent)
    (tmp_path.parent / "benchmarks").mkdir(exist_ok=True)
    link = tmp_path.parent / "benchmarks" / "corpus"
    if not link.exists():
        link.symlink_to(tmp_path)
    records = bench.last_records()
    assert records == {
        "kind": 21, "source": 23, "opinion": 2, "opinion_n": 4, "denial": 1, "denial_n": 2,
        "baseline": 17, "texts": 3, "n": 30,
    }  # fmt: skip
    columns = {"TEST part": {"n": 4, "kind": 4, "texts": 1}, "TEST batch 1": {"n": 4}}
    sentence = bench.figures_sentence(columns)
    assert sentence.startswith("When it was last measured on 3 news texts it had never seen")
    assert "the machine gave a kind" in sentence and " gets " not in sentence  # in the past
    assert "**21 of 30 (70.0 %)**" in sentence and "4 of 4" not in sentence


def test_the_records_table_ends_with_every_record_added_together(tmp_path, monkeypatch):
    """The second table's last row adds every never-seen record up (each measured with the
    analyzer of its day): the best estimate of what a teacher's new text gets."""
    bench = _bench()
    rows = [
        "batch,texts,units,recorded,analyzer,kind,source,opinion,opinion_n,denial,denial_n,baseline",
        "2,3,30,d,old,20,21,1,4,0,1,18",
        "3,2,20,d,new,15,16,2,3,1,2,12",
    ]
    monkeypatch.setattr(bench, "_never_seen_records", lambda: list(csv.DictReader(rows)))
    last = bench.history_table().splitlines()[-1]
    assert last.startswith("| **all 2 together** (5, 50) |")
    assert (
        "| 35/50 = 70.0 % | 37/50 = 74.0 % | 3/7 = 42.9 % | 1/3 = 33.3 % | 30/50 = 60.0 % |" in last
    )
    monkeypatch.setattr(bench, "_never_seen_records", lambda: list(csv.DictReader(rows[:2])))
    assert "together" not in bench.history_table()  # one record needs no sum


def test_the_teachers_guide_quotes_every_record_added_together(monkeypatch):
    """docs/new-article.md tells a teacher how much of a draft to expect to correct: every
    never-seen record added up, with how often a kind and a source were wrong."""
    bench = _bench()
    rows = [
        "batch,texts,units,recorded,analyzer,kind,source,opinion,opinion_n,denial,denial_n,baseline",
        "2,3,30,d,old,20,21,1,4,0,1,18",
        "3,2,20,d,new,15,10,2,3,1,2,12",
    ]
    monkeypatch.setattr(bench, "_never_seen_records", lambda: list(csv.DictReader(rows)))
    sentence = bench.render("docs/new-article.md", {})
    assert "on news the analyzer had never seen (5 texts, 50 statements" in sentence
    assert "in 2 measurements" in sentence
    assert "for 35 of 50 (70.0 %) and the right kind of source" in sentence
    assert "for 31 of 50 (62.0 %); it found 3 of 7 opinions and 1 of 3 denials" in sentence
    assert "about 1 kind in 3 and 1 source in 3" in sentence  # 50/15 and 50/19, rounded
    assert "look hardest for opinions and denials" in sentence  # 3 of 7, 1 of 3: most missed
    found_most = [*rows[:2], "3,2,20,d,new,15,10,3,3,2,2,12"]  # 4 of 7 opinions, 2 of 3 denials
    monkeypatch.setattr(bench, "_never_seen_records", lambda: list(csv.DictReader(found_most)))
    assert "look hardest" not in bench.render("docs/new-article.md", {})
    monkeypatch.setattr(bench, "_never_seen_records", lambda: [])
    assert "not yet been measured" in bench.render("docs/new-article.md", {})
