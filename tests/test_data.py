"""Layer 1 (statements) and layer 2 (context): loaders, dtypes, validation, coverage."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest

import medialit
from medialit._article import split_sentences
from medialit._course import load_article
from medialit._data import (
    CONTEXT_COLUMNS,
    EVIDENCE,
    KINDS,
    SOURCE_TYPES,
    STATEMENT_COLUMNS,
    STATUSES,
    citation_problems,
    load_facts,
    read_context,
    read_facts,
    read_statements,
    validate_facts,
)

Rows = list[dict[str, str]]


def packaged_rows(filename: str) -> Rows:
    text = resources.files("medialit.data").joinpath(filename).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def write_rows(path: Path, rows: Rows, columns: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def broken_statements(tmp_path: Path, change: Callable[[Rows], None]) -> Path:
    rows = packaged_rows("statements.csv")
    change(rows)
    columns = [c for c in STATEMENT_COLUMNS if c in rows[0]]
    return write_rows(tmp_path / "statements.csv", rows, columns)


def broken_context(tmp_path: Path, change: Callable[[Rows], None]) -> Path:
    rows = packaged_rows("context.csv")
    change(rows)
    return write_rows(tmp_path / "context.csv", rows, list(CONTEXT_COLUMNS))


def row(rows: Rows, rid: str, key: str = "id") -> dict[str, str]:
    return next(r for r in rows if r[key] == rid)


# ---- loading and dtypes ---------------------------------------------------------------


def test_statements_columns_and_dtypes() -> None:
    """Does load_statements give DESIGN.md's columns with categorical, bool and int dtypes?"""
    statements = medialit.load_statements()
    assert list(statements.columns) == list(STATEMENT_COLUMNS)
    for column, vocabulary in (
        ("kind", KINDS),
        ("source_type", SOURCE_TYPES),
        ("evidence", EVIDENCE),
    ):
        assert isinstance(statements[column].dtype, pd.CategoricalDtype), column
        assert list(statements[column].cat.categories) == list(vocabulary), column
    assert statements["checkable"].dtype == bool
    assert statements["paragraph"].dtype == "int64"
    assert statements["id"].is_unique


def test_hedges_and_boosters_are_strings() -> None:
    """Are hedges and boosters '; '-joined strings, empty when there are none?"""
    statements = medialit.load_statements().set_index("id")
    assert statements.loc["S04", "hedges"] == "said to be"
    assert statements.loc["S16", "hedges"] == "suggested; could"
    assert statements.loc["S09b", "boosters"] == "definitely"
    assert statements.loc["S24", "hedges"] == ""
    assert statements.loc["S24", "boosters"] == ""
    assert all(isinstance(v, str) for v in statements["hedges"])


def test_context_columns_and_dtypes() -> None:
    """Does load_context give statuses as categories and as_of as dates?"""
    context = medialit.load_context()
    assert list(context.columns) == list(CONTEXT_COLUMNS)
    for column in ("status_at_publication", "status_later"):
        assert list(context[column].cat.categories) == list(STATUSES)
        assert context[column].notna().all()
    assert pd.api.types.is_datetime64_any_dtype(context["as_of"])
    assert context["statement_id"].is_unique


def test_load_returns_a_copy() -> None:
    """Can a caller change a loaded table without corrupting the next load?"""
    statements = medialit.load_statements()
    statements.loc[0, "text"] = "changed"
    statements["kind"] = "opinion"
    fresh = medialit.load_statements()
    assert fresh.loc[0, "text"] != "changed"
    assert (fresh["kind"] != "opinion").any()
    context = medialit.load_context()
    context.loc[0, "summary"] = "changed"
    assert medialit.load_context().loc[0, "summary"] != "changed"


def test_import_stays_cheap() -> None:
    """Does importing medialit and its data module leave pandas unimported?"""
    code = "import sys, medialit, medialit._data; print('pandas' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# ---- the content of layer 1 -----------------------------------------------------------


def test_every_sentence_is_covered_exactly() -> None:
    """Do the statements of each sentence, joined, give back the sentence?"""
    statements = medialit.load_statements()
    sentences = load_article().sentences
    for sid, paragraph, text in sentences.itertuples(index=False):
        parts = statements[statements["sentence"] == sid]
        assert len(parts) >= 1, f"{sid} has no statement"
        assert (parts["paragraph"] == paragraph).all(), sid
        joined = " ".join(parts["text"])
        assert " ".join(joined.split()) == " ".join(text.split()), sid
        if len(parts) > 1:  # split statements are lettered a, b, … in reading order
            letters = [i[len(sid) :] for i in parts["id"]]
            assert letters == [chr(ord("a") + n) for n in range(len(parts))], sid


def test_required_splits() -> None:
    """Are the headline and the hedge-plus-booster quote split into their two statements?"""
    statements = medialit.load_statements().set_index("id")
    assert statements.loc["S01a", "text"].startswith("Kremlin wants more Iran weapons")
    assert statements.loc["S01b", "text"].startswith("Moscow is probably ordering")
    assert statements.loc["S09a", "hedges"] == "I don't think"
    assert statements.loc["S09b", "boosters"] == "definitely"
    assert statements.loc["S09a", "kind"] != statements.loc["S09b", "kind"]


def test_explanations_are_short_and_present() -> None:
    """Does every statement carry a one-to-three-sentence explanation?"""
    statements = medialit.load_statements()
    for sid, explanation in zip(statements["id"], statements["explanation"], strict=True):
        assert explanation.strip(), sid
        assert 1 <= len(split_sentences(explanation)) <= 3, sid


def test_author_voice_has_no_cue_and_attributed_has_one() -> None:
    """Is the article's own voice cue-less, and does every other source have a cue?"""
    statements = medialit.load_statements()
    author = statements["source_type"] == "author"
    assert (statements.loc[author, "source"] == "the article").all()
    assert (statements.loc[author, "cue"] == "").all()
    assert (statements.loc[~author, "cue"] != "").all()
    assert set(statements.loc[statements["kind"] == "denial", "cue"]) == {"deny"}


def test_context_covers_known_statements_only() -> None:
    """Does every context row point to an existing statement with dated, linked sources?"""
    statements = medialit.load_statements()
    context = medialit.load_context()
    assert set(context["statement_id"]) <= set(statements["id"])
    for rid, sources, facts in zip(
        context["statement_id"], context["sources"], context["facts"], strict=True
    ):
        for source in sources.split(" ; "):
            outlet, date, url = source.split(" | ")
            assert outlet and date and re.match(r"https?://", url), rid
        assert re.fullmatch(r"F\d{3}(; F\d{3})*", facts), rid


# ---- validation: one test per error, each naming file, id and column -------------------


def test_good_copy_reads(tmp_path: Path) -> None:
    """Does an unchanged copy of the packaged files read without error?"""
    path = broken_statements(tmp_path, lambda rows: None)
    statements = read_statements(path, load_article())
    assert len(statements) == len(medialit.load_statements())
    assert len(read_context(broken_context(tmp_path, lambda rows: None), statements)) > 0


def set_value(rid: str, column: str, value: str) -> Callable[[Rows], None]:
    def change(rows: Rows) -> None:
        row(rows, rid)[column] = value

    return change


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        (set_value("S05", "kind", "rumour"), r"row S05, column 'kind': unknown value 'rumour'"),
        (set_value("S05", "source_type", "secret"), r"row S05, column 'source_type'"),
        (set_value("S05", "evidence", "photo"), r"row S05, column 'evidence'"),
        (
            set_value("S05", "text", "Russia ordered nothing."),
            r"row S05, column 'text': not an exact",
        ),
        (
            set_value("S05", "paragraph", "3"),
            r"row S05, column 'paragraph': is 3, but .* paragraph 2",
        ),
        (set_value("S05", "paragraph", "two"), r"row S05, column 'paragraph': not a whole number"),
        (set_value("S05", "source", ""), r"row S05, column 'source': is empty"),
        (set_value("S05", "explanation", " "), r"row S05, column 'explanation': is empty"),
        (set_value("S05", "checkable", "maybe"), r"row S05, column 'checkable'"),
        (set_value("S05", "hedges", "perhaps"), r"row S05, column 'hedges': 'perhaps'"),
        (set_value("S05", "id", "S 5"), r"row S 5, column 'id': must be a short word"),
        # The text is in the article, but not in the sentence the row names.
        (set_value("S05", "sentence", "S06"), r"row S05, column 'sentence': the text does not"),
        (
            set_value("S05", "sentence", "S99"),
            r"row S05, column 'sentence': the article has no sentence 'S99'",
        ),
        (
            set_value("S05", "also_acceptable", "rumour"),
            r"row S05, column 'also_acceptable': unknown kind 'rumour'",
        ),
        (
            set_value("S05", "also_acceptable", "claim"),
            r"row S05, column 'also_acceptable': repeats the keyed kind 'claim'",
        ),
    ],
)
def test_bad_statement_value(tmp_path: Path, change: Callable[[Rows], None], pattern: str) -> None:
    """Does each kind of bad value raise ValueError naming the file, the row id and the column?"""
    path = broken_statements(tmp_path, change)
    with pytest.raises(ValueError, match=r"^statements\.csv: " + pattern):
        read_statements(path, load_article())


def test_ids_past_99(tmp_path: Path) -> None:
    """Does an article of more than 99 sentences keep working (S100 is not read as S10)?"""
    from medialit._article import parse_article

    body = "\n\n".join(f"Sentence number {n} is here." for n in range(1, 120))
    article = parse_article("A headline\n\n" + body)
    assert article.sentence("S101") == "Sentence number 100 is here."
    rows = [
        {
            "id": "S101x",
            "sentence": "S101",
            "paragraph": "100",
            "text": "Sentence number 100 is here.",
            "kind": "fact",
            "source": "the article",
            "source_type": "author",
            "cue": "",
            "hedges": "",
            "boosters": "",
            "evidence": "none",
            "checkable": "true",
            "also_acceptable": "claim",
            "explanation": "The article's own voice.",
        }
    ]
    path = write_rows(tmp_path / "statements.csv", rows, list(STATEMENT_COLUMNS))
    table = read_statements(path, article)
    assert table.loc[0, "sentence"] == "S101"
    rows[0]["sentence"] = "S10"
    path = write_rows(tmp_path / "statements.csv", rows, list(STATEMENT_COLUMNS))
    with pytest.raises(ValueError, match="column 'sentence': the text does not lie in sentence"):
        read_statements(path, article)


def test_unknown_kind(tmp_path: Path) -> None:
    """Does an unknown kind name the file, the id, the column and the allowed values?"""
    path = broken_statements(tmp_path, set_value("S02", "kind", "gossip"))
    with pytest.raises(ValueError, match=r"statements\.csv: row S02, column 'kind'.*fact, claim"):
        read_statements(path, load_article())


def test_missing_column(tmp_path: Path) -> None:
    """Does a file without the evidence column say which column is missing?"""

    def drop(rows: Rows) -> None:
        for r in rows:
            del r["evidence"]

    with pytest.raises(ValueError, match=r"statements\.csv: missing column 'evidence'"):
        read_statements(broken_statements(tmp_path, drop), load_article())


def test_text_not_in_article(tmp_path: Path) -> None:
    """Does a retyped text (one changed letter) fail, naming the id?"""
    text = load_article().sentence("S24").replace("militarily", "militarly")
    path = broken_statements(tmp_path, set_value("S24", "text", text))
    with pytest.raises(ValueError, match=r"statements\.csv: row S24, column 'text'"):
        read_statements(path, load_article())


def test_duplicate_id(tmp_path: Path) -> None:
    """Does a repeated statement id fail, naming it?"""

    def duplicate(rows: Rows) -> None:
        rows.insert(5, dict(row(rows, "S05")))

    with pytest.raises(ValueError, match=r"statements\.csv: row S05, column 'id': duplicate"):
        read_statements(broken_statements(tmp_path, duplicate), load_article())


def test_bad_paragraph(tmp_path: Path) -> None:
    """Does a paragraph number that is not the text's paragraph fail?"""
    path = broken_statements(tmp_path, set_value("S01a", "paragraph", "1"))
    with pytest.raises(ValueError, match=r"row S01a, column 'paragraph': is 1, but .* paragraph 0"):
        read_statements(path, load_article())


def test_ragged_row(tmp_path: Path) -> None:
    """Does a row with a missing field fail instead of shifting columns?"""
    path = broken_statements(tmp_path, lambda rows: None)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append("S24,7,Russia and Iran have long cooperated militarily.")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"statements\.csv: row S24: wrong number of fields"):
        read_statements(path, load_article())


def set_context(rid: str, column: str, value: str) -> Callable[[Rows], None]:
    def change(rows: Rows) -> None:
        row(rows, rid, "statement_id")[column] = value

    return change


def test_dangling_statement_id(tmp_path: Path) -> None:
    """Does a context row for a statement that does not exist fail, naming the id?"""
    path = broken_context(tmp_path, set_context("S05", "statement_id", "S05c"))
    with pytest.raises(
        ValueError, match=r"context\.csv: row S05c, column 'statement_id': no statement S05c"
    ):
        read_context(path, medialit.load_statements())


def test_bad_status(tmp_path: Path) -> None:
    """Does a status outside the vocabulary fail, naming the id and the column?"""
    path = broken_context(tmp_path, set_context("S02", "status_later", "false"))
    with pytest.raises(
        ValueError, match=r"context\.csv: row S02, column 'status_later': unknown status"
    ):
        read_context(path, medialit.load_statements())


@pytest.mark.parametrize("value", ["7 Dec 2022", "2022-13-01", "2022-12"])
def test_bad_date(tmp_path: Path, value: str) -> None:
    """Does an as_of that is not an ISO date fail, naming the id?"""
    path = broken_context(tmp_path, set_context("S02", "as_of", value))
    with pytest.raises(ValueError, match=r"context\.csv: row S02, column 'as_of'"):
        read_context(path, medialit.load_statements())


@pytest.mark.parametrize(
    ("value", "pattern"),
    [
        ("Il Foglio | 2022-12 | www.ilfoglio.it/x", "not an http"),
        ("Il Foglio, 2022-12, https://www.ilfoglio.it/x", "each source must be"),
    ],
)
def test_bad_source(tmp_path: Path, value: str, pattern: str) -> None:
    """Does a source without an http(s) address or in the wrong shape fail?"""
    path = broken_context(tmp_path, set_context("S02", "sources", value))
    with pytest.raises(ValueError, match=r"context\.csv: row S02, column 'sources': " + pattern):
        read_context(path, medialit.load_statements())


def test_duplicate_context_row(tmp_path: Path) -> None:
    """Does a statement that appears twice in the context fail?"""

    def duplicate(rows: Rows) -> None:
        rows.append(dict(row(rows, "S02", "statement_id")))

    with pytest.raises(
        ValueError, match=r"context\.csv: row S02, column 'statement_id': duplicate"
    ):
        read_context(broken_context(tmp_path, duplicate), medialit.load_statements())


def test_unreadable_file(tmp_path: Path) -> None:
    """Does a missing file raise ValueError naming it, not a bare OSError?"""
    with pytest.raises(ValueError, match=r"nothere\.csv: cannot read"):
        read_statements(tmp_path / "nothere.csv", load_article())


def test_rows_in_memory_are_validated_before_anything_is_written() -> None:
    """Can an editor check an edited row (numbers and booleans as Python values) without a file?"""
    from medialit._data import validate_statements

    rows = packaged_rows("statements.csv")
    edited = [dict(r) for r in rows]
    row(edited, "S05")["paragraph"] = 2  # an int, as an editor widget holds it
    row(edited, "S05")["checkable"] = True
    assert len(validate_statements(edited, load_article())) == len(rows)
    row(edited, "S05")["kind"] = "rumour"
    with pytest.raises(ValueError, match=r"row S05, column 'kind'"):
        validate_statements(edited, load_article())


# ---- sources.csv: who is behind each outlet ---------------------------------------------


def test_every_profile_rests_on_cited_facts() -> None:
    """Does every outlet profile cite the facts.csv rows of its sources (each address once),
    and does a profile with no source say "none found" and cite the row saying so?"""
    sources = medialit.load_sources()
    assert list(sources.columns) == [
        "outlet",
        "kind",
        "owner_funding",
        "based_in",
        "stance",
        "sources",
        "facts",
    ]
    assert sources["outlet"].is_unique and len(sources) >= 40
    facts = load_facts().set_index("id")
    for row in sources.itertuples(index=False):
        cited = facts.loc[row.facts.split("; ")]
        assert (cited["supports"] == f"profile: {row.outlet}").all(), row.outlet
        if row.sources == "none found":
            assert cited["what"].str.contains("unverified here").all(), row.outlet
        else:
            assert sorted(cited["address"]) == sorted(re.findall(r"https?://\S+", row.sources))


def test_an_outlet_is_found_by_its_short_name() -> None:
    """Does the course find "AP" and "dpa" by the names articles use?"""
    course = medialit.load_course()
    assert course.source("AP")["outlet"] == "AP (Associated Press)"
    assert "Hamburg" in course.source("dpa")["based_in"]
    assert course.source("The Daily Planet") is None


def test_a_sources_row_without_an_address_is_refused() -> None:
    """Does a profile whose sources give no address fail, naming the outlet?"""
    from medialit._data import validate_sources

    rows = medialit.load_sources().to_dict("records")
    rows[0] = dict(rows[0], sources="somewhere on the web")
    with pytest.raises(ValueError, match=r"sources\.csv: row 'FDD.*column 'sources': no address"):
        validate_sources(rows)


# ---- facts.csv: the sourced facts the course uses -----------------------------------------


def test_facts_load_as_a_fresh_validated_table() -> None:
    """Does load_facts give every fact with its columns, ids F001... in order, as a fresh copy?"""
    facts = load_facts()
    assert list(facts.columns) == [
        "id",
        "what",
        "who",
        "outlet",
        "date",
        "address",
        "supports",
        "note",
    ]
    assert list(facts["id"]) == [f"F{n:03d}" for n in range(1, len(facts) + 1)]
    assert len(facts) >= 150
    facts.loc[0, "what"] = "changed by a student"
    assert load_facts().loc[0, "what"] != "changed by a student"


def test_fact_dates_are_iso_and_addresses_are_links() -> None:
    """Is every date a year, a month or a day in ISO form (or empty), every address a link (or
    empty), and does a row with neither outlet nor source say it is unverified?"""
    facts = load_facts()
    assert facts["date"].str.fullmatch(r"(\d{4}(-\d\d(-\d\d)?)?)?").all()
    assert facts["address"].str.fullmatch(r"(https?://\S+)?").all()
    no_outlet = facts[facts["outlet"] == ""]
    assert len(no_outlet) >= 1 and no_outlet["what"].str.contains("unverified here").all()


def test_what_the_facts_say_is_unverified_stays_unverified() -> None:
    """Do the facts the course could not verify say so: the author, the German original, the
    exact wording of the resolution's paragraph 4, and the channel of the hot-mic remark?"""
    facts = load_facts()
    text = (facts["what"] + " " + facts["note"]).str.lower()
    for topic in ("byline", "n-tv.de", "paragraph 4", "state media"):
        hits = text[text.str.contains(topic, regex=False)]
        assert hits.str.contains("unverified here").any(), f"{topic}: not marked unverified"


def test_every_citation_matches_its_fact() -> None:
    """Do context.csv, timeline.csv and sources.csv cite only facts that exist, with the same
    outlet and date as the citing row gives, and is every source they name backed by a fact?"""
    problems = citation_problems(
        load_facts(), medialit.load_context(), medialit.load_timeline(), medialit.load_sources()
    )
    assert not problems, "\n".join(problems)


def test_every_fact_is_used() -> None:
    """Is every fact cited by a context, timeline or sources row, about the publication, or
    (supports 'briefing') cited by its address in the teacher's briefing?"""
    facts = load_facts()
    cited: set[str] = set()
    for table in (medialit.load_context(), medialit.load_timeline(), medialit.load_sources()):
        for value in table["facts"]:
            cited.update(value.split("; "))
    briefing = (Path(__file__).resolve().parents[1] / "docs" / "briefing.md").read_text("utf-8")
    in_briefing = facts["supports"].str.contains("briefing") & facts["address"].map(
        lambda url: bool(url) and f"<{url}>" in briefing
    )
    unused = facts[
        ~facts["id"].isin(cited) & ~facts["supports"].str.contains("publication") & ~in_briefing
    ]
    assert unused.empty, list(unused["id"])


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda c, t, s: c.__setitem__((0, "facts"), c.loc[0, "facts"] + "; F999"), "F999"),
        (lambda c, t, s: c.__setitem__((0, "facts"), "F001"), "no cited fact backs"),
        (
            lambda c, t, s: c.__setitem__(
                (0, "sources"), c.loc[0, "sources"].replace("2024-09-10", "2024-09-11")
            ),
            "no cited fact backs FDD | 2024-09-11",
        ),
        (lambda c, t, s: t.__setitem__((0, "source"), "Wikipedia"), "no cited fact is from"),
        (lambda c, t, s: t.__setitem__((0, "facts"), "F001"), "no cited fact is from"),
        (lambda c, t, s: s.__setitem__((0, "facts"), "F001"), "no cited fact backs"),
    ],
)
def test_a_wrong_citation_is_named(change: Callable, problem: str) -> None:
    """Does a citation of a missing id, or of a fact whose outlet or date differs from the
    citing row's, get reported with the file and the row?"""
    context = medialit.load_context().astype({"status_at_publication": str, "status_later": str})
    timeline, sources = medialit.load_timeline(), medialit.load_sources()
    table = {0: context, 1: timeline, 2: sources}

    class Cells:
        def __init__(self, frame: pd.DataFrame) -> None:
            self.frame = frame
            self.loc = frame.loc

        def __setitem__(self, key: tuple[int, str], value: str) -> None:
            self.frame.loc[key[0], key[1]] = value

    change(Cells(table[0]), Cells(table[1]), Cells(table[2]))
    problems = citation_problems(load_facts(), context, timeline, sources)
    assert any(problem in p for p in problems), problems


def test_a_supported_status_must_be_the_rows_status() -> None:
    """Does a fact that supports "S10: disputed" fail when S10 is given another status?"""
    context = medialit.load_context().astype({"status_at_publication": str, "status_later": str})
    s10 = context["statement_id"] == "S10"
    context.loc[s10, ["status_at_publication", "status_later"]] = "corroborated"
    problems = citation_problems(load_facts(), context)
    assert any("supports S10: disputed" in p for p in problems), problems


@pytest.mark.parametrize(
    ("column", "value", "pattern"),
    [
        ("id", "F7", "expected F001"),
        ("what", "", "'what': is empty"),
        ("outlet", "", "'outlet': is empty"),
        ("date", "7 Dec 2022", "not a year, month or day"),
        ("date", "2022-13", "no such date"),
        ("address", "www.example.org", "not an http"),
        ("supports", "S10 disputed", "write 'S10: disputed'"),
        ("supports", "S10: settled", "unknown status 'settled'"),
    ],
)
def test_a_broken_fact_is_refused(column: str, value: str, pattern: str) -> None:
    """Does a fact row with a bad id, an empty sentence, a date that is not ISO, an address
    that is no link or a status outside the vocabulary fail, naming the row and column?"""
    rows = load_facts().to_dict("records")
    rows[0] = dict(rows[0], **{column: value})
    with pytest.raises(ValueError, match=r"facts\.csv: row .*" + re.escape(pattern)):
        validate_facts(rows)


def test_facts_file_is_read_and_checked(tmp_path: Path) -> None:
    """Does read_facts read a copy of the file, and name the file when a column is missing?"""
    rows = packaged_rows("facts.csv")
    good = write_rows(tmp_path / "facts.csv", rows, list(rows[0]))
    assert len(read_facts(good)) == len(rows)
    bad = write_rows(tmp_path / "facts-bad.csv", [{"id": r["id"]} for r in rows], ["id"])
    with pytest.raises(ValueError, match=r"facts-bad\.csv: missing column 'what'"):
        read_facts(bad)


# ---- context.csv: one standard for every side ---------------------------------------------


def test_a_denied_official_claim_is_disputed() -> None:
    """Is no statement an official claim while its summary says the other side denies it? By
    the course's one standard, a government's word that the other side denies is disputed."""
    context = medialit.load_context()
    wrong = [
        f"{row.statement_id}: official_claim, but its summary says it is denied"
        for row in context.itertuples()
        if "official_claim" in (row.status_at_publication, row.status_later)
        and re.search(r"\b(denies|denied|deny) it\b", row.summary)
    ]
    assert not wrong, "\n".join(wrong)
    s06 = context.set_index("statement_id").loc["S06"]
    assert s06["status_later"] == "disputed"


def test_the_eu_and_the_us_are_not_two_sides() -> None:
    """Does S15a name EU and US officials as what they are, not as two sides of the talks?"""
    summary = medialit.load_context().set_index("statement_id").loc["S15a", "summary"]
    assert "EU and US officials" in summary
    assert "two sides" not in summary


def test_against_interest_is_marked_as_our_inference() -> None:
    """Does every context sentence that calls a source's word "against interest" say that this
    reading is the course's inference, not something a source reported?"""
    for row in medialit.load_context().itertuples():
        for sentence in re.split(r"(?<=\.) ", row.summary):
            if re.search(r"against\b.*\binterest", sentence):
                assert "inference" in sentence, f"{row.statement_id}: {sentence}"
