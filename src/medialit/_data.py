"""Layer 1 (statements.csv), layer 2 (context.csv) and the sourced facts (facts.csv) as tables.

facts.csv holds every sourced fact the course uses, one row each: what was reported, by whom,
in which outlet, when, at which address, and what it supports. context.csv, timeline.csv and
sources.csv cite its ids (column `facts`); `citation_problems` checks that every cited id
exists and that its outlet and date are the ones the citing row gives.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported only when a table is asked for
    import pandas as pd

    from medialit._article import Article

STATEMENTS_FILE = "statements.csv"
CONTEXT_FILE = "context.csv"
SOURCES_FILE = "sources.csv"
FACTS_FILE = "facts.csv"
# Who is behind each outlet, one row per outlet; `facts` cites the facts.csv rows of its sources.
SOURCE_COLUMNS = ("outlet", "kind", "owner_funding", "based_in", "stance", "sources", "facts")
# One row per sourced fact; `note` may be empty, and so may `date` and `address` where the
# source shows none (`outlet` too, only for a row that says the point is "unverified here").
FACT_COLUMNS = ("id", "what", "who", "outlet", "date", "address", "supports", "note")

# Vocabularies, in the order lessons present them (categories keep this order).
KINDS = ("fact", "claim", "denial", "speculation", "opinion")
SOURCE_TYPES = ("author", "named_person", "named_group", "anonymous", "vague")
# The coarse source types the analyzer's development corpus is scored by: the author's voice,
# a named person or organisation, or an unnamed (described or vague) source.
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
    "status_at_publication",
    "status_later",
    "as_of",
    "summary",
    "sources",
    "facts",
)

# A statement id is any short word (S05, S09a, S104b); which sentence it lies in is the
# `sentence` column's job, never read off the id.
_STATEMENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
FACT_ID = re.compile(r"F\d{3,}")
_FACT_IDS = re.compile(r"F\d{3,}(; F\d{3,})*")
# A source's date as far as it is known: a year, a month or a day (ISO 8601, reduced precision).
_PARTIAL_DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
# What a fact supports: a statement's status ("S10: disputed"), the timeline, where and when
# the article was published, the profile of an outlet ("profile: dpa (...)"), or a later event
# the teacher's briefing (docs/briefing.md) tells; in a students' copy for a test, `statement`
# stands for a statement's status (withheld: it is a search item's key).
_SUPPORT = re.compile(
    r"(?P<sid>[A-Za-z0-9][A-Za-z0-9_-]*): (?P<status>[a-z_]+)"
    r"|timeline|publication|briefing|statement|profile: .+"
)
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


def read_statement_rows(path: str | Path, article: Article) -> list[dict[str, str]]:
    """Read and check a statements file as plain rows, without pandas (the quiz path: a
    browser kernel loads pandas only where a table is made)."""
    path = Path(path)
    return check_statement_rows(_read_rows(path, STATEMENT_COLUMNS, "id"), article, path.name)


def validate_statements(
    rows: list[dict[str, str]], article: Article, name: str = STATEMENTS_FILE
) -> pd.DataFrame:
    """Check statement rows held in memory (an editor's draft, a file's rows) against the
    article and return them as a typed table; a ValueError names the row and column."""
    return statement_frame(check_statement_rows(rows, article, name))


def check_statement_rows(
    rows: list[dict[str, str]], article: Article, name: str = STATEMENTS_FILE
) -> list[dict[str, str]]:
    """Check statement rows against the article; return them as text (one str per column).
    A ValueError names the row and column."""
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
    return rows


def statement_frame(rows: list[dict[str, str]]) -> pd.DataFrame:
    """Checked statement rows as a typed table."""
    import pandas as pd

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
        if not _FACT_IDS.fullmatch(row["facts"]):
            raise fail(
                "facts", f"must be facts.csv ids like F012 or F012; F013, not {row['facts']!r}"
            )
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


def read_source_rows(path: str | Path) -> list[dict[str, str]]:
    """Read and check the outlets' profiles as plain rows, without pandas."""
    path = Path(path)
    return check_source_rows(_read_rows(path, SOURCE_COLUMNS, "outlet"), path.name)


def validate_sources(rows: list[dict[str, str]], name: str = SOURCES_FILE) -> pd.DataFrame:
    """Check outlet rows (`check_source_rows`) and return them as a table."""
    import pandas as pd

    return pd.DataFrame(check_source_rows(rows, name), columns=list(SOURCE_COLUMNS))


def check_source_rows(rows: list[dict[str, str]], name: str = SOURCES_FILE) -> list[dict[str, str]]:
    """Check outlet rows: every cell filled ("unverified here" where nothing was found), each
    outlet once, and its sources given with an address (or "none found")."""
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
        if not _FACT_IDS.fullmatch(row["facts"].strip()):
            raise ValueError(f"{name}: row {outlet!r}, column 'facts': must be ids like F093")
    return rows


# ---- facts.csv: the sourced facts ----------------------------------------------------------


def read_facts(path: str | Path) -> pd.DataFrame:
    """Read and validate a facts file; raise ValueError naming the row and column."""
    path = Path(path)
    return validate_facts(_read_rows(path, FACT_COLUMNS, "id"), path.name)


def validate_facts(rows: list[dict[str, str]], name: str = FACTS_FILE) -> pd.DataFrame:
    """Check fact rows (`check_fact_rows`) and return them as a table."""
    import pandas as pd

    return pd.DataFrame(check_fact_rows(rows, name), columns=list(FACT_COLUMNS))


def check_fact_rows(rows: list[dict[str, str]], name: str = FACTS_FILE) -> list[dict[str, str]]:
    """Check fact rows: ids F001, F002, ... in order, each once; `what`, `who` (unless the
    row says "unverified here") and `supports` filled; `date` a year, month or day; `address`
    an http(s) address or empty; every status named in `supports` one of STATUSES."""
    rows = [{c: "" if r.get(c) is None else str(r[c]) for c in FACT_COLUMNS} for r in rows]
    for number, row in enumerate(rows, start=1):
        rid = row["id"].strip() or f"line {number + 1}"

        def fail(column: str, problem: str, rid: str = rid) -> ValueError:
            return ValueError(f"{name}: row {rid}, column {column!r}: {problem}")

        if rid != f"F{number:03d}":
            raise fail("id", f"expected F{number:03d}: ids run F001, F002, ... without gaps")
        unverified = "unverified here" in row["what"]
        for column in ("what", "supports"):
            if not row[column].strip():
                raise fail(column, "is empty")
        for column in ("who", "outlet"):
            if not row[column].strip() and not unverified:
                raise fail(column, 'is empty (allowed only where the row says "unverified here")')
        date = row["date"].strip()
        if date:
            if not _PARTIAL_DATE.fullmatch(date):
                raise fail(
                    "date", f"not a year, month or day like 2022, 2022-12, 2022-12-07: {date!r}"
                )
            try:
                dt.date.fromisoformat((date + "-01-01")[:10] if len(date) < 10 else date)
            except ValueError:
                raise fail("date", f"no such date: {date!r}") from None
        if row["address"].strip() and not _URL.fullmatch(row["address"].strip()):
            raise fail("address", f"not an http(s) address: {row['address']!r}")
        for part in _split_list(row["supports"]):
            match = _SUPPORT.fullmatch(part)
            if not match:
                raise fail(
                    "supports",
                    f"{part!r}: write 'S10: disputed', 'timeline', "
                    "'publication', 'briefing' or 'profile: <outlet>'",
                )
            if match.group("status") and match.group("status") not in STATUSES:
                raise fail("supports", f"unknown status {match.group('status')!r}")
    return rows


def load_facts() -> pd.DataFrame:
    """Every sourced fact the course uses (data/facts.csv), validated, as a fresh table."""
    import pandas as pd

    return pd.DataFrame([dict(r) for r in fact_rows()], columns=list(FACT_COLUMNS))


@lru_cache(maxsize=1)
def fact_rows() -> tuple[dict[str, str], ...]:
    """Every sourced fact (data/facts.csv), validated, as plain rows (no pandas: the quiz
    path in a browser kernel reads them). Shared: copy a row before changing it."""
    path = Path(__file__).resolve().parent / "data" / FACTS_FILE
    return tuple(check_fact_rows(_read_rows(path, FACT_COLUMNS, "id"), path.name))


def fact_ids(value: str) -> list[str]:
    """The facts.csv ids a `facts` cell cites ("F012; F013" -> ["F012", "F013"])."""
    return _split_list(value)


def context_source_date(fact_date: str) -> str:
    """How context.csv writes a fact's date in its `sources` column ("no date" for none)."""
    return fact_date or "no date"


def citation_problems(
    facts: pd.DataFrame,
    context: pd.DataFrame | None = None,
    timeline: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
) -> list[str]:
    """Every way the citing tables disagree with facts.csv, one line each (empty: none).

    - context.csv: each source "outlet | date | url" is backed by a cited fact with that
      outlet, date and address, and each cited fact is one of the row's sources; a fact that
      supports "S10: disputed" is cited by row S10, whose status (then or later) is disputed.
    - timeline.csv: each name in `source` ("outlet" or "outlet date") is the outlet of a cited
      fact (and its date, where one is given), and each cited fact is named.
    - sources.csv: each address in `sources` is the address of a cited fact whose outlet
      begins the entry and whose date the entry gives; each cited fact is one of them.
    """
    table = {str(r["id"]): r for r in facts.to_dict("records")}
    problems: list[str] = []

    def cited(where: str, value: str) -> list[dict[str, str]]:
        found = []
        for fid in fact_ids(value):
            if fid not in table:
                problems.append(f"{where}: cites {fid}, which facts.csv does not have")
            else:
                found.append(table[fid])
        return found

    if context is not None:
        rows = context.to_dict("records")
        by_id = {str(r["statement_id"]): r for r in rows}
        for row in rows:
            where = f"context.csv row {row['statement_id']}"
            facts_here = cited(where, str(row["facts"]))
            used: set[str] = set()
            for entry in str(row["sources"]).split(" ; "):
                outlet, date, url = (p.strip() for p in entry.split(" | "))
                match = [
                    f
                    for f in facts_here
                    if (f["outlet"], context_source_date(f["date"]), f["address"])
                    == (outlet, date, url)
                ]
                if not match:
                    problems.append(f"{where}: no cited fact backs {outlet} | {date}")
                used.update(f["id"] for f in match)
            for f in facts_here:
                if f["id"] not in used:
                    problems.append(
                        f"{where}: cites {f['id']} ({f['outlet']}, {f['date'] or 'no date'}), "
                        "which is none of its sources"
                    )
        for f in table.values():
            for part in _split_list(f["supports"]):
                support = _SUPPORT.fullmatch(part)
                if not support or not support.group("sid"):
                    continue
                sid, status = support.group("sid"), support.group("status")
                row = by_id.get(sid)
                if row is None or f["id"] not in fact_ids(str(row["facts"])):
                    problems.append(
                        f"facts.csv row {f['id']}: supports {sid}, which does not cite it"
                    )
                elif status not in (str(row["status_at_publication"]), str(row["status_later"])):
                    problems.append(
                        f"facts.csv row {f['id']}: supports {sid}: {status}, but context.csv "
                        f"gives {row['status_at_publication']} then, {row['status_later']} later"
                    )
    if timeline is not None:
        for row in timeline.to_dict("records"):
            when = row["date"]
            day = when.date().isoformat() if hasattr(when, "date") else str(when)
            where = f"timeline.csv row {day}"
            facts_here = cited(where, str(row["facts"]))
            named = [n.strip() for n in str(row["source"]).split(";") if n.strip()]
            used = set()
            for name in named:
                match = [
                    f
                    for f in facts_here
                    if name == f["outlet"] or (f["date"] and name == f"{f['outlet']} {f['date']}")
                ]
                if not match:
                    problems.append(f"{where}: no cited fact is from {name!r}")
                used.update(f["id"] for f in match)
            for f in facts_here:
                if f["id"] not in used:
                    problems.append(
                        f"{where}: cites {f['id']} ({f['outlet']}), which it does not name"
                    )
    if sources is not None:
        for row in sources.to_dict("records"):
            where = f"sources.csv row {row['outlet']!r}"
            facts_here = cited(where, str(row["facts"]))
            used = set()
            cell = str(row["sources"])
            entries = [] if cell.startswith("none found") else cell.split(" ; ")
            for entry in entries:
                link = _URL.search(entry)
                match = [
                    f
                    for f in facts_here
                    if link
                    and f["address"] == link.group(0)
                    and entry.startswith(f["outlet"])
                    and (not f["date"] or _entry_date(entry) == f["date"])
                ]
                if not match:
                    problems.append(f"{where}: no cited fact backs {entry[:60]!r}")
                used.update(f["id"] for f in match)
            for f in facts_here:
                if f["id"] in used:
                    continue
                if entries or f["outlet"] != str(row["outlet"]).split(" (")[0]:
                    problems.append(
                        f"{where}: cites {f['id']} ({f['outlet']}), none of its sources"
                    )
    return problems


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _entry_date(entry: str) -> str:
    """The date a sources.csv entry gives ("Wikipedia, 2018-10-31, https://..." -> 2018-10-31;
    "Oct 2023" -> 2023-10; "2005 (inferred)" -> 2005); '' for none ("n.d.")."""
    label = _URL.sub("", entry)
    rest = label.split(", ", 1)[1] if ", " in label else ""
    iso = re.search(r"\d{4}-\d\d(-\d\d)?", rest)
    if iso:
        return iso.group(0)
    month = re.search(r"\b([A-Z][a-z]+)\.? (\d{4})", rest)
    if month and month.group(1)[:3].lower() in _MONTHS:
        return f"{month.group(2)}-{_MONTHS.index(month.group(1)[:3].lower()) + 1:02d}"
    year = re.search(r"\b(?:19|20)\d\d\b", rest)
    return year.group(0) if year else ""
