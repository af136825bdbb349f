"""Layer 1 (statements.csv) and layer 2 (context.csv): the article's annotation as tables."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported only when a table is asked for
    import pandas as pd

    from medialit._article import Article

STATEMENTS_FILE = "statements.csv"
CONTEXT_FILE = "context.csv"
SOURCES_FILE = "sources.csv"
# Who is behind each outlet (FACTS.md section 5), one row per outlet, cells as the file has them.
SOURCE_COLUMNS = ("outlet", "kind", "owner_funding", "based_in", "stance", "sources")

# Vocabularies, in the order lessons present them (categories keep this order).
KINDS = ("fact", "claim", "denial", "speculation", "opinion")
SOURCE_TYPES = ("author", "named_person", "named_group", "anonymous", "vague")
# The coarse source types the dev corpus is scored by (shared/corpus/README.md): the author's
# voice, a named person or organisation, or an unnamed (described or vague) source.
COARSE_SOURCE = {
    "author": "article",
    "named_person": "named",
    "named_group": "named",
    "anonymous": "unnamed",
    "vague": "unnamed",
}
EVIDENCE = ("none", "testimony", "document", "physical", "official_record")
STATUSES = (
    "corroborated",
    "partly_corroborated",
    "official_claim",
    "anonymous_claim",
    "disputed",
    "contradicted",
    "unverified",
)

STATEMENT_COLUMNS = (
    "id",
    "sentence",
    "paragraph",
    "text",
    "kind",
    "source",
    "source_type",
    "cue",
    "hedges",
    "boosters",
    "evidence",
    "checkable",
    "also_acceptable",
    "explanation",
)
# Columns whose value must come from a vocabulary (and that become ordered categories).
_VOCABULARIES = (("kind", KINDS), ("source_type", SOURCE_TYPES), ("evidence", EVIDENCE))
# cue, hedges and boosters may be empty (the author's own voice has no cue), and so may the
# other kinds a careful reader could defend.
_STATEMENT_OPTIONAL = frozenset({"cue", "hedges", "boosters", "also_acceptable"})

CONTEXT_COLUMNS = (
    "statement_id",
    "facts_row",
    "status_at_publication",
    "status_later",
    "as_of",
    "summary",
    "sources",
)

# A statement id is any short word (S05, S09a, S104b); which sentence it lies in is the
# `sentence` column's job, never read off the id.
_STATEMENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
_FACTS_ROW = re.compile(r"\d+(; \d+)*")
_URL = re.compile(r"https?://\S+")
MAX_DATA_BYTES = 2_000_000  # the course's files are a few kB; a bigger one is a mistake


def _read_rows(path: Path, columns: tuple[str, ...], id_column: str) -> list[dict[str, str]]:
    """Read a CSV as strings; every column must be present, and no row may be ragged."""
    name = path.name
    try:
        if path.stat().st_size > MAX_DATA_BYTES:
            raise ValueError(f"{name}: larger than {MAX_DATA_BYTES} bytes; not a course data file")
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c for c in columns if c not in header]
            if missing:
                raise ValueError(f"{name}: missing column {missing[0]!r}")
            rows = []
            for row in reader:
                if None in row or None in row.values():
                    rid = row.get(id_column) or f"line {reader.line_num}"
                    raise ValueError(f"{name}: row {rid}: wrong number of fields")
                rows.append({c: row[c] for c in columns})
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ValueError(f"{name}: cannot read ({error})") from error
    return rows


def _split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def read_statements(path: str | Path, article: Article) -> pd.DataFrame:
    """Read and validate a statements file against the article; raise ValueError if broken."""
    path = Path(path)
    return validate_statements(_read_rows(path, STATEMENT_COLUMNS, "id"), article, path.name)


def validate_statements(
    rows: list[dict[str, str]], article: Article, name: str = STATEMENTS_FILE
) -> pd.DataFrame:
    """Check statement rows held in memory (an editor's draft, a file's rows) against the
    article and return them as a typed table; a ValueError names the row and column."""
    import pandas as pd

    missing = [c for c in STATEMENT_COLUMNS if rows and c not in rows[0]]
    if missing:
        raise ValueError(f"{name}: missing column {missing[0]!r}")
    # Rows from an editor may hold numbers and booleans; the checks read text, as in a file.
    rows = [{c: "" if r.get(c) is None else str(r[c]) for c in STATEMENT_COLUMNS} for r in rows]
    sentences = {sid: (par, text) for sid, par, text in article.sentence_rows}
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        rid = row["id"].strip() or f"line {number}"

        def fail(column: str, problem: str, rid: str = rid) -> ValueError:
            return ValueError(f"{name}: row {rid}, column {column!r}: {problem}")

        for column in STATEMENT_COLUMNS:
            if column not in _STATEMENT_OPTIONAL and not row[column].strip():
                raise fail(column, "is empty")
        if not _STATEMENT_ID.fullmatch(rid):
            raise fail("id", "must be a short word of letters and digits, e.g. S05 or S09a")
        if rid in seen:
            raise fail("id", "duplicate id")
        seen.add(rid)
        for column, vocabulary in _VOCABULARIES:
            if row[column] not in vocabulary:
                raise fail(
                    column, f"unknown value {row[column]!r} (one of {', '.join(vocabulary)})"
                )
        if row["checkable"].strip().lower() not in ("true", "false"):
            raise fail("checkable", f"must be true or false, not {row['checkable']!r}")
        text = row["text"]
        if text not in article.text:
            raise fail("text", f"not an exact substring of the article: {text!r}")
        for column in ("hedges", "boosters"):
            for word in _split_list(row[column]):
                # Lessons let students mark these words, so each must be in the text.
                if word.lower() not in text.lower():
                    raise fail(column, f"{word!r} is not in the statement's text")
        for other in _split_list(row["also_acceptable"]):
            if other not in KINDS:
                raise fail("also_acceptable", f"unknown kind {other!r} (one of {', '.join(KINDS)})")
            if other == row["kind"]:
                raise fail("also_acceptable", f"repeats the keyed kind {other!r}")
        sentence_id = row["sentence"].strip()
        if sentence_id not in sentences:
            raise fail("sentence", f"the article has no sentence {sentence_id!r}")
        paragraph, sentence = sentences[sentence_id]
        if text not in sentence:
            raise fail("sentence", f"the text does not lie in sentence {sentence_id}")
        try:
            given = int(row["paragraph"])
        except ValueError:
            raise fail("paragraph", f"not a whole number: {row['paragraph']!r}") from None
        if given != paragraph:
            raise fail("paragraph", f"is {given}, but the text lies in paragraph {paragraph}")

    frame = pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
    frame["paragraph"] = frame["paragraph"].astype("int64")
    frame["checkable"] = frame["checkable"].str.strip().str.lower().eq("true").astype(bool)
    for column, vocabulary in _VOCABULARIES:
        frame[column] = pd.Categorical(frame[column], categories=list(vocabulary))
    for column in ("hedges", "boosters", "also_acceptable"):
        frame[column] = frame[column].map(lambda v: "; ".join(_split_list(v))).astype("str")
    return frame


def read_context(path: str | Path, statements: pd.DataFrame) -> pd.DataFrame:
    """Read and validate a context file against the statements table; raise ValueError."""
    path = Path(path)
    return validate_context(
        _read_rows(path, CONTEXT_COLUMNS, "statement_id"), statements, path.name
    )


def validate_context(
    rows: list[dict[str, str]], statements: pd.DataFrame, name: str = CONTEXT_FILE
) -> pd.DataFrame:
    """Check context rows held in memory against the statements table; return a typed table."""
    import pandas as pd

    missing = [c for c in CONTEXT_COLUMNS if rows and c not in rows[0]]
    if missing:
        raise ValueError(f"{name}: missing column {missing[0]!r}")
    rows = [{c: "" if r.get(c) is None else str(r[c]) for c in CONTEXT_COLUMNS} for r in rows]
    known = set(statements["id"])
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        rid = row["statement_id"].strip() or f"line {number}"

        def fail(column: str, problem: str, rid: str = rid) -> ValueError:
            return ValueError(f"{name}: row {rid}, column {column!r}: {problem}")

        for column in CONTEXT_COLUMNS:
            if not row[column].strip():
                raise fail(column, "is empty")
        if rid not in known:
            raise fail("statement_id", f"no statement {rid} in the statements table")
        if rid in seen:
            raise fail("statement_id", "duplicate statement id")
        seen.add(rid)
        if not _FACTS_ROW.fullmatch(row["facts_row"]):
            raise fail("facts_row", f"must be row numbers like 2 or 2; 3, not {row['facts_row']!r}")
        for column in ("status_at_publication", "status_later"):
            if row[column] not in STATUSES:
                raise fail(column, f"unknown status {row[column]!r} (one of {', '.join(STATUSES)})")
        try:
            dt.date.fromisoformat(row["as_of"])
        except ValueError:
            raise fail("as_of", f"not an ISO date (YYYY-MM-DD): {row['as_of']!r}") from None
        for source in row["sources"].split(" ; "):
            parts = [p.strip() for p in source.split(" | ")]
            if len(parts) != 3 or not all(parts):
                raise fail("sources", f"each source must be 'outlet | date | url': {source!r}")
            if not _URL.fullmatch(parts[2]):
                raise fail("sources", f"not an http(s) address: {parts[2]!r}")

    frame = pd.DataFrame(rows, columns=list(CONTEXT_COLUMNS))
    for column in ("status_at_publication", "status_later"):
        frame[column] = pd.Categorical(frame[column], categories=list(STATUSES))
    frame["as_of"] = pd.to_datetime(frame["as_of"], format="%Y-%m-%d")
    return frame


def read_sources(path: str | Path) -> pd.DataFrame:
    """Read and validate the outlets' profiles; raise ValueError naming the row."""
    path = Path(path)
    return validate_sources(_read_rows(path, SOURCE_COLUMNS, "outlet"), path.name)


def validate_sources(rows: list[dict[str, str]], name: str = SOURCES_FILE) -> pd.DataFrame:
    """Check outlet rows: every cell filled ("unverified here" where nothing was found), each
    outlet once, and its sources given with an address (or "none found")."""
    import pandas as pd

    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        outlet = (row.get("outlet") or "").strip() or f"line {number}"
        for column in SOURCE_COLUMNS:
            if not (row.get(column) or "").strip():
                raise ValueError(f"{name}: row {outlet!r}, column {column!r}: is empty")
        if outlet.casefold() in seen:
            raise ValueError(f"{name}: row {outlet!r}: the outlet is listed twice")
        seen.add(outlet.casefold())
        cited = row["sources"]
        if not (_URL.search(cited) or cited.startswith("none found")):
            raise ValueError(f"{name}: row {outlet!r}, column 'sources': no address given")
    return pd.DataFrame(rows, columns=list(SOURCE_COLUMNS))
