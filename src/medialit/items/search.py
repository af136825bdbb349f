"""An offline search: type a query, scan the results, open pages, find who is behind an
outlet, then judge a claim; scored on what fact checkers do (Wineburg & McGrew 2017).

The results come from `medialit._search_index`: pages built from the course's own data
(facts.csv, sources.csv), ranked by SQLite FTS5 (BM25) for the words the student types. The
bank entry keys each page on the claim with a role; a page about an outlet (who owns it, who
pays for it, its stake) is the only way to see the outlet's card.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from medialit import _search_index as index
from medialit._data import STATUSES
from medialit.items.base import (
    MAX_TEXT_CHARS,
    Asked,
    BankCheck,
    ItemType,
    Result,
    Unreadable,
    register,
    verdict_for,
)

ROLES = {
    "independent": "an independent source: no stake in the answer",
    "against-interest": "a source speaking against its own side's interest",
    "interested": "an interested party: a side's own statement, or its state media",
    "anonymous": "unnamed officials or sources",
    "republisher": "a copy of someone else's report",
}
ABOUT = "a page about who is behind an outlet"
UNKEYED = "a page the key does not judge for this claim"
STRONG = ("independent", "against-interest")
# Click restraint: a fact checker reads past the first results before opening one.
SCAN_DEPTH = 3
MAX_QUERIES = 20


def _where(key: str) -> str:
    return f"page {key}"


@register
class Search(ItemType):
    """A typed search over the course's offline index, then a status and a reason. Scored
    on the status, on click restraint (scanning the results, then opening a careful page
    first) and on opening a source with no stake before answering."""

    name = "search"
    # A search's results come from the offline index; its pages' roles, suggested searches
    # and careful first pages are the key, so a released bank keeps nothing of them.
    released = (frozenset[str](), dict[str, frozenset[str]]())
    label = "search and judge"
    required = frozenset({"pages", "queries", "answer", "first", "path", "why"})
    optional = frozenset({"accept"})
    how = (
        "a dict: the queries you typed, the pages you opened (their ids, in order), how many "
        "results you read before opening the first (scanned), a status and your reason"
    )
    example = (
        '{"queries": ["..."], "opened": ["F013", "about-nv-novoye-vremya"], "scanned": 5, '
        '"status": "disputed", "reason": "..."}'
    )

    # ---- the bank entry -------------------------------------------------------------
    def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
        if not index.fts5_available():
            raise check.fail("this Python's SQLite has no FTS5, which the search needs")
        pages = raw["pages"]
        everything = index.pages()
        if not isinstance(pages, dict) or not pages:
            raise check.fail("pages must map page ids (F013) to their roles")
        for key, role in pages.items():
            if key not in everything:
                raise check.fail(f"{_where(key)}: no such page in the search index")
            if everything[key].about:
                raise check.fail(f"{_where(key)}: a page about an outlet takes no role")
            if role not in ROLES:
                raise check.fail(f"{_where(key)}: role must be one of {', '.join(ROLES)}")
        if not {"independent", "against-interest"} & set(pages.values()):
            raise check.fail("pages must hold a source with no stake, which the score needs")
        statement = raw.get("statement")
        if isinstance(statement, str):
            cited = index.statement_facts().get(statement, ())
            missing = [f for f in cited if f in everything and f not in pages]
            if missing:
                raise check.fail(
                    f"pages must key every page context.csv cites for {statement}: "
                    f"{', '.join(missing)} is missing"
                )
        first = raw["first"]
        if not isinstance(first, list) or not first or not set(first) <= set(pages):
            raise check.fail("first must list keyed pages a careful reader opens first")
        if any(pages[k] not in STRONG for k in first):
            raise check.fail("first must list sources with no stake (or against interest)")
        queries = raw["queries"]
        if not isinstance(queries, list) or not queries:
            raise check.fail("queries must list the searches the key suggests")
        for query in queries:
            shown = [p.id for p in index.search(check.text("query", query))]
            if not set(first) & set(shown):
                raise check.fail(f"the query {query!r} finds none of the pages in first")
        for status in [raw["answer"], *(raw.get("accept") or [])]:
            if status not in STATUSES:
                raise check.fail(f"{status!r} is not a status ({', '.join(STATUSES)})")
        check.text("path", raw["path"])
        check.text("why", raw["why"])

    # ---- what the student sees --------------------------------------------------------
    def role(self, question: Asked, page_id: str) -> str:
        """The role of a page for this claim: keyed by the bank, or "about"/"unkeyed"."""
        page = index.pages()[page_id]
        if page.about:
            return "about"
        return str(question.spec["pages"].get(page_id, "unkeyed"))

    def role_text(self, question: Asked, page_id: str) -> str:
        role = self.role(question, page_id)
        return ROLES.get(role) or (ABOUT if role == "about" else UNKEYED)

    def results(self, question: Asked, query: str) -> list[index.Page]:
        """The results page for a query, best first (the same for every student)."""
        return index.search(query)

    def results_page(self, question: Asked, query: str) -> str:
        """The results page as plain text: number, title, outlet, date, snippet, page id."""
        found = self.results(question, query)
        if not found:
            return f'No page matches "{query}". Try other words: a name, a place, an outlet.'
        rows = [f'Results for "{query}":']
        for n, page in enumerate(found, 1):
            rows.append(f"  {n}. {page.title} · {page.outlet} · {page.date}   [{page.id}]")
            rows.append(f"     {page.snippet}")
        return "\n".join(rows)

    def page(self, question: Asked, page_id: str, looked_up: Any = ()) -> list[str]:
        """What opening a page shows. A page about an outlet shows its card (sources.csv);
        a report shows what it says, and who is behind its outlet only once `looked_up`
        holds a page about that outlet."""
        page = index.pages()[page_id]
        head = [f"{page.title}", f"{page.outlet} · {page.date} · {page.address}"]
        if page.about:
            return [*head, *index.card(page.profile)]
        lines = [*head, f"It reports: {page.text}"]
        if page.copy_of:
            lines.append(f"This page carries a report by {page.copy_of}.")
        if not page.profile:
            lines.append(f"Who is behind {page.outlet}: the course has no profile of it.")
        elif index.about_id(page.profile) in looked_up:
            lines += index.card(page.profile)[:4]
        else:
            lines.append(
                f"Who is behind {page.profile}? Not looked up yet: search for the outlet's "
                "name and open the page about it."
            )
        return lines

    # ---- reading and scoring ------------------------------------------------------------
    def read(self, question: Asked, response: Any) -> Any:
        everything = index.pages()
        shape = (
            'Answer with {"queries": [...], "opened": [...], "scanned": 3, "status": "...", '
            '"reason": "..."}.'
        )
        if not isinstance(response, Mapping):
            raise Unreadable(shape)
        queries = response.get("queries") or []
        if not isinstance(queries, (list, tuple)) or not all(isinstance(q, str) for q in queries):
            raise Unreadable('List the searches you typed, e.g. ["Iran missiles December"].')
        queries = [q.strip()[: index.MAX_QUERY_CHARS] for q in queries if q.strip()]
        if not queries:
            raise Unreadable("Type a search first: the words you would give a search engine.")
        queries = queries[-MAX_QUERIES:]
        opened = response.get("opened") or []
        if not isinstance(opened, (list, tuple)) or not all(isinstance(k, str) for k in opened):
            raise Unreadable('List the pages you opened by their ids, e.g. ["F013"].')
        opened = list(dict.fromkeys(k.strip() for k in opened))
        unknown = [k for k in opened if k not in everything]
        if unknown:
            raise Unreadable(
                f'There is no page "{unknown[0]}". Use the ids a results page shows, in [ ].'
            )
        if not opened:
            raise Unreadable("Open at least one page before you answer: that is the point.")
        scanned = response.get("scanned", 0)
        if isinstance(scanned, bool) or not isinstance(scanned, int) or scanned < 0:
            raise Unreadable("scanned is a number: how many results you read before opening.")
        status = response.get("status")
        if not isinstance(status, str) or status.strip().lower() not in STATUSES:
            raise Unreadable(f"Choose a status: one of {', '.join(STATUSES)}.")
        reason = response.get("reason")
        if not isinstance(reason, str) or len(reason.split()) < 3:
            raise Unreadable("Give your reason in a few words (at least three).")
        if len(reason) > MAX_TEXT_CHARS:
            raise Unreadable(f"That reason is longer than {MAX_TEXT_CHARS} characters.")
        return {
            "queries": queries,
            "opened": opened,
            "scanned": min(scanned, index.SHOWN),
            "status": status.strip().lower(),
            "reason": reason.strip(),
        }

    def score(self, question: Asked, stored: Any) -> Result:
        spec = question.spec
        accepted = [spec["answer"], *(spec.get("accept") or [])]
        opened, scanned = stored["opened"], stored["scanned"]
        roles = [self.role(question, k) for k in opened]
        right = stored["status"] in accepted
        checked = any(r in STRONG for r in roles)
        careful_first = opened[0] in spec["first"] or roles[0] in STRONG
        looked_past = scanned >= SCAN_DEPTH
        restraint = looked_past and careful_first
        looked_up = [index.pages()[k].profile for k in opened if index.pages()[k].about]
        score = 0.5 * right + 0.25 * restraint + 0.25 * checked
        first = index.pages()[opened[0]]
        lines = [
            ("✓" if right else "✗")
            + f" Your answer: {stored['status']}. "
            + (
                f"The key says {spec['answer']}."
                if stored["status"] == spec["answer"]
                else f"{stored['status']} is defensible too (the key says {spec['answer']})."
                if right
                else f"The key says {spec['answer']}."
            )
            + f" {spec['why'].strip()}",
            ("✓" if restraint else "✗")
            + f" Click restraint: you read {scanned} result{'s' * (scanned != 1)} before "
            + f'opening one, then opened "{first.title}" first: '
            + f"{self.role_text(question, opened[0])}."
            + (
                ""
                if restraint
                else f" A fact checker reads at least {SCAN_DEPTH} results first and opens "
                "a source with no stake; the top result is not always the best one."
                if not looked_past
                else " A fact checker opens a source with no stake first."
            ),
            ("✓" if checked else "✗")
            + (
                " You opened a source with no stake in the answer (or one speaking against its "
                "own side) before answering."
                if checked
                else " You answered without opening a source that has no stake in the answer."
            ),
            (
                "You looked up who is behind " + ", ".join(looked_up) + "."
                if looked_up
                else "You did not look up who is behind an outlet: search for its name and "
                "open the page about it."
            ),
            "How a fact checker would go: " + spec["path"].strip(),
        ]
        return Result(
            valid=True,
            correct=right and restraint and checked,
            score=round(score, 4),
            feedback="\n".join(lines),
            verdict=verdict_for(score),
            habits={
                "opened a result before reading past the top one": scanned <= 1,
                "scanned the results, then opened a careful page first": restraint,
                "opened a source with no stake before answering": checked,
                "looked up who is behind an outlet": bool(looked_up),
            },
        )

    # ---- plain text ------------------------------------------------------------------
    def lines(self, question: Asked) -> list[str]:
        call = f'q = medialit.load_quiz("{question.quiz_slug}")["{question.id}"]'
        return [
            "  Search: type your own words. Without widgets, search and open pages by call:",
            f"    import medialit; {call}",
            '    print(q.item.results_page(q, "your words"))   # a results page, best first',
            '    print("\\n".join(q.item.page(q, "F013")))      # open a page by its id',
            "  A page about an outlet (its id starts with about-) says who is behind it; a",
            "  report shows that only once you opened the page about its outlet:",
            '    print("\\n".join(q.item.page(q, "F013", looked_up=["about-..."])))',
            "  Statuses: " + ", ".join(STATUSES),
            f"  scanned: how many results you read before opening the first (read at least "
            f"{SCAN_DEPTH}).",
        ]

    def key(self, question: Asked) -> list[str]:
        spec = question.spec
        pages = index.pages()
        also = f" (also accepted: {', '.join(spec['accept'])})" if spec.get("accept") else ""
        first = "; ".join(f"{k} {pages[k].title} ({pages[k].outlet})" for k in spec["first"])
        keyed = "; ".join(f"{k} {role}" for k, role in spec["pages"].items())
        queries = "; ".join(f'"{q}"' for q in spec["queries"])
        return [
            f"Status: {spec['answer']}{also}. {spec['why'].strip()}",
            f"Open first: {first}.",
            f"Searches that find it: {queries}.",
            f"Click restraint: read at least {SCAN_DEPTH} results before opening one, then "
            "open a source with no stake first.",
            f"Pages keyed: {keyed}.",
            f"Path: {spec['path'].strip()}",
        ]
