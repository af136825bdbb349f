"""The offline search engine of the search items: a results page ranked by SQLite FTS5 (BM25).

The index holds only pages built from the course's own data, so nothing is invented:

- a *report* page for each fact of `data/facts.csv` that an outlet published (its title taken
  from the page's own address, its text the fact's `what`, its outlet, date and address);
  among them the copies a real results page holds: the same wire story on many sites (dpa's
  report on Handelsblatt, watson.ch, nordbayern.de…), aggregators carrying another outlet's
  report (`Newsmax (WaPo)`, `Pledge Times (RIA)`: facts.csv names the original in brackets),
  and each side's officials and state media;
- an *about* page for each outlet `data/sources.csv` profiles: an encyclopedia-style page (its
  outlet and address are the first page the profile cites) saying who is behind the outlet.
  Opening it is how a student finds the outlet's card; a report page never shows it.

`data/context.csv` says which facts speak to which statement: a search item's key must judge
each of them (see `items/search.py`).

Ranking is FTS5's BM25 over the title, the outlet and the text, with the title and the
outlet weighted up, so a query that names the claim finds the reports and one that names the
outlet finds the outlet's pages and the page about it. Ties keep the index order.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

from medialit._data import CONTEXT_FILE, SOURCES_FILE, fact_ids, fact_rows

DATA = Path(__file__).resolve().parent / "data"
SHOWN = 8  # results on a page, as many as a search engine's first screen
MAX_QUERY_CHARS = 200
# Words a query may carry that say nothing about any page.
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "with",
    ]
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ABOUT = "about-"


@dataclass(frozen=True)
class Page:
    """One page of the index: what a results page lists, and what opening it shows."""

    id: str  # a fact id (F013) or about-<outlet slug>
    title: str
    outlet: str  # as facts.csv names it ("Newsmax (WaPo)"), or the profile's first source
    date: str
    address: str
    snippet: str  # the line a results page shows under the title
    text: str  # what the page says once opened
    profile: str  # the sources.csv outlet this page is about (about) or from (report), or ""
    about: bool = False  # an encyclopedia-style page about an outlet
    copy_of: str = ""  # the outlet whose report this page carries, where facts.csv names it


def slug(name: str) -> str:
    """A page id's form of an outlet name: "NV (Novoye Vremya)" -> "nv-novoye-vremya"."""
    return "-".join(w.casefold() for w in _WORD.findall(name))


def about_id(outlet: str) -> str:
    """The id of the page about an outlet (sources.csv's name)."""
    return _ABOUT + slug(outlet)


def _title_from(address: str, fallback: str) -> str:
    """A page's title, read from its address as a results page would show it: the last part
    of the path that holds at least three words ("index.html" and numbers skipped)."""
    path = re.sub(r"[?#].*$", "", unquote(address)).rstrip("/")
    parts = path.split("/")[3:] if "://" in path else []
    for part in reversed(parts):
        part = re.sub(r"\.(html?|php|aspx?)$", "", part)
        words = [w for w in re.split(r"[-_+]+", part) if w and not re.fullmatch(r"[a-z]?\d+", w)]
        if len(words) >= 3:
            text = " ".join(words)
            return text[:1].upper() + text[1:]
    return fallback


def _first_sentence(text: str, limit: int = 180) -> str:
    """The first sentence of a fact, for a results page's line: a full stop after a short
    capitalised word ("Brig.", "Gen.") or inside "U.S." does not end it."""
    for match in re.finditer(r"[.!?](?=\s+[A-Z\"(])", text):
        word = text[: match.start()].rsplit(" ", 1)[-1]
        if not (re.fullmatch(r"[A-Z][a-z]{0,3}", word) or "." in word):
            text = text[: match.end()]
            break
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _profiles() -> list[dict[str, str]]:
    with (DATA / SOURCES_FILE).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def profile_of(outlet: str, profiles: list[dict[str, str]] | None = None) -> str:
    """The sources.csv outlet a facts.csv outlet belongs to ("NV (English)" -> NV's
    profile, "AP via westhawaiitoday.com" -> AP's, "Yahoo/Reuters" -> Reuters'), or ""."""
    rows = profiles if profiles is not None else _profiles()
    names = {r["outlet"].casefold(): r["outlet"] for r in rows}
    names.update({r["outlet"].split(" (")[0].casefold(): r["outlet"] for r in rows})
    candidates = [outlet, outlet.split(" (")[0], outlet.split(" via ")[0]]
    candidates += outlet.split(" (")[0].split("/")[::-1]
    for name in candidates:
        found = names.get(name.strip().casefold())
        if found:
            return found
    return ""


def _copy_of(outlet: str, who: str) -> str:
    """The outlet whose report a facts.csv outlet carries, where it names one: "Newsmax
    (WaPo)" -> "WaPo", "Yahoo/Reuters" -> "Reuters", "AP via westhawaiitoday.com" -> "AP",
    "UN press release (travel-impact-newswire)" -> "UN press release" (the bracket names the
    site that carries it). "" for an outlet's own page: "NV (English)", or "Wikipedia (UNSCR
    2231)", where the fact's `who` is the outlet itself."""
    base = outlet.split(" (")[0].strip()
    if who.strip() == base:
        return ""
    if " via " in outlet:
        return outlet.split(" via ")[0].strip()
    bracket = re.search(r"\(([^)]*)\)\s*$", outlet)
    if bracket and bracket.group(1) != "English":
        inner = bracket.group(1).strip()
        site = r"[a-z0-9]+(?:[.-][a-z0-9]+)+"  # a site's name: lower case, with - or .
        if re.fullmatch(site, inner) and not re.fullmatch(site, base):
            return base  # "(travel-impact-newswire)": the site that carries the base's text
        return inner.split("citing ")[-1].strip() if "citing" in inner else inner
    if "/" in outlet:
        return outlet.split("/")[-1].strip()
    return ""


@lru_cache(maxsize=1)
def pages() -> dict[str, Page]:
    """Every page of the index by id: report pages in facts.csv order, then about pages."""
    profiles = _profiles()
    found: dict[str, Page] = {}
    for row in fact_rows():
        fact = {k: str(v) for k, v in row.items()}
        supports = [s.strip() for s in fact["supports"].split(";") if s.strip()]
        if not fact["outlet"] or all(s.startswith("profile:") for s in supports):
            continue  # a profile's sources are read on the outlet's about page
        copy_of = _copy_of(fact["outlet"], fact["who"])
        fallback = f"{fact['who']}" + (f", via {fact['outlet']}" if copy_of else "")
        found[fact["id"]] = Page(
            id=fact["id"],
            title=_title_from(fact["address"], fallback),
            outlet=fact["outlet"],
            date=fact["date"] or "no date",
            address=fact["address"] or "no address known",
            snippet=_first_sentence(fact["what"]),
            text=f"{fact['what']} (Who said it: {fact['who']}.)",
            profile=profile_of(fact["outlet"], profiles),
            copy_of=copy_of,
        )
    facts = {r["id"]: r for r in fact_rows()}
    for row in profiles:
        first = row["sources"].split(" ; ")[0]
        source = first.split(", ")[0].strip()
        address = next((p for p in first.split(", ") if p.startswith("http")), "")
        if not address:  # "none found": the page is the course's own note of its search
            fact = facts[fact_ids(row["facts"])[0]]
            source, address = str(fact["who"]), str(fact["address"])
        found[about_id(row["outlet"])] = Page(
            id=about_id(row["outlet"]),
            title=f"{row['outlet']}: who is behind it",
            outlet=source,
            date="no date",
            address=address or "no address known",
            snippet=_first_sentence(row["kind"]),
            text=row["kind"],
            profile=row["outlet"],
            about=True,
        )
    return found


def card(outlet: str) -> list[str]:
    """Who is behind an outlet, from sources.csv: what an about page shows once opened."""
    row = next((r for r in _profiles() if r["outlet"] == outlet), None)
    if row is None:
        return [f"{outlet}: unverified here"]
    return [
        f"{row['outlet']}: {row['kind']}",
        f"Owner or funder: {row['owner_funding']}",
        f"Based in: {row['based_in']}",
        f"Stated mission or documented stance: {row['stance']}",
        f"Sources of this profile: {row['sources']}",
    ]


@lru_cache(maxsize=1)
def statement_facts() -> dict[str, tuple[str, ...]]:
    """The facts context.csv cites for each statement it speaks to; none where the package's
    data is a students' copy for a test (`medialit release`: its context.csv keeps no facts,
    and a teacher grading there with the full course needs only the pages, which it keeps)."""
    with (DATA / CONTEXT_FILE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {r["statement_id"]: tuple(fact_ids(r["facts"])) for r in rows if "facts" in r}


@lru_cache(maxsize=1)
def _database() -> sqlite3.Connection:
    """The full-text index, in memory, built once per process."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute(
        "create virtual table pages using fts5("
        "id unindexed, title, outlet, text, tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.executemany(
        "insert into pages (id, title, outlet, text) values (?, ?, ?, ?)",
        [
            (p.id, p.title, f"{p.outlet} {p.profile} {p.copy_of}", f"{p.snippet} {p.text}")
            for p in pages().values()
        ],
    )
    return db


def terms(query: str) -> list[str]:
    """The words of a query the engine looks for (no stop words, each once, in order)."""
    words = [w.casefold() for w in _WORD.findall(query[:MAX_QUERY_CHARS])]
    return list(dict.fromkeys(w for w in words if w not in _STOP and (len(w) > 1 or w.isdigit())))


def search(query: str, limit: int = SHOWN) -> list[Page]:
    """The results page for a query, best first (BM25; title and outlet weigh five and
    three times the text). Empty for a query with no words the pages hold."""
    words = terms(query)
    if not words:
        return []
    match = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
    rows = _database().execute(
        "select id from pages where pages match ? order by bm25(pages, 0, 5.0, 3.0, 1.0), rowid "
        "limit ?",
        (match, limit),
    )
    index = pages()
    return [index[page_id] for (page_id,) in rows]


def fts5_available() -> bool:
    """Does this Python's SQLite carry FTS5 (the standard library's usually does)?"""
    try:
        sqlite3.connect(":memory:").execute("create virtual table t using fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True
