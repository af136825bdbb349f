"""The search item: a typed query over an offline index of the course's own pages (FTS5, BM25),
pages about outlets that reveal who is behind them, and a score for what fact checkers do (the
answer, click restraint, a source with no stake)."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

import medialit
from medialit import _search_index as index
from medialit import load_quiz
from medialit._quiz_view import QuizView
from medialit.items.search import SCAN_DEPTH, STRONG

SAMPLE = Path(__file__).parent / "data" / "sample.yaml"
DATA = Path(medialit.__file__).parent / "data"
REASON = "Ukraine's intelligence says none yet."
QUERY = "Iran ballistic missiles Russia December 2022"


def bank_searches() -> list[Any]:
    """Every search item of every bank the course ships."""
    return [
        q
        for slug in medialit.load_course().lessons
        for q in load_quiz(slug).questions
        if q.type == "search"
    ]


@pytest.fixture
def search() -> Any:
    return load_quiz(SAMPLE)["search-missiles"]


def answer(opened: list[str], scanned: int, status: str = "contradicted") -> dict[str, Any]:
    return {
        "queries": [QUERY],
        "opened": opened,
        "scanned": scanned,
        "status": status,
        "reason": REASON,
    }


# ---- the index ------------------------------------------------------------------------------
def test_fts5_ranks_with_bm25_in_the_standard_library() -> None:
    """Does Python's own SQLite carry FTS5, which the index needs?"""
    sqlite3.connect(":memory:").execute("create virtual table t using fts5(x)")
    assert index.fts5_available()


def test_every_page_is_built_from_the_course_data() -> None:
    """Is every report page a facts.csv row (its outlet, date and address), and every page
    about an outlet a sources.csv profile citing its own first source, so nothing is made
    up?"""
    with (DATA / "facts.csv").open(encoding="utf-8") as handle:
        facts = {r["id"]: r for r in csv.DictReader(handle)}
    with (DATA / "sources.csv").open(encoding="utf-8") as handle:
        profiles = {r["outlet"]: r for r in csv.DictReader(handle)}
    pages = index.pages()
    about = [p for p in pages.values() if p.about]
    assert {p.profile for p in about} == set(profiles)
    for page in pages.values():
        if page.about:
            profile = profiles[page.profile]
            assert page.text == profile["kind"]
            cited = [facts[f.strip()] for f in profile["facts"].split(";")]
            assert page.address in profile["sources"] or (
                profile["sources"] == "none found"
                and page.address == (cited[0]["address"] or "no address known")
            )
            continue
        fact = facts[page.id]
        assert page.outlet == fact["outlet"] and fact["what"] in page.text
        assert page.date == (fact["date"] or "no date")
        assert page.address == (fact["address"] or "no address known")


def test_a_real_results_page_holds_copies_aggregators_and_interested_parties() -> None:
    """Does the index hold the distractors of a real results page, each read from the data:
    the same dpa story on several sites, aggregators carrying another outlet's report, and
    state media (a profile saying state-owned or state-funded)?"""
    pages = index.pages().values()
    dpa_copies = [p for p in pages if "(Who said it: dpa.)" in p.text]
    assert len({p.outlet for p in dpa_copies}) >= 4
    carried = {p.outlet: p.copy_of for p in pages if p.copy_of}
    assert carried["Newsmax (WaPo)"] == "WaPo" and carried["Pledge Times (RIA)"] == "RIA"
    assert carried["A News (dpa)"] == "dpa" and carried["Yahoo/Reuters"] == "Reuters"
    assert carried["UN press release (travel-impact-newswire)"] == "UN press release"
    assert "Wikipedia (UNSCR 2231)" not in carried and "NV (English)" not in carried
    state = [p for p in pages if p.about and re.match(r"State-(owned|funded|controlled)", p.text)]
    assert len(state) >= 4


def test_a_query_naming_the_claim_finds_other_pages_than_one_naming_the_outlet() -> None:
    """Does BM25 rank the reports first for the claim's words, and the outlet's pages (and the
    page about it) first for its name?"""
    claim = [p.id for p in index.search(QUERY)]
    outlet = [p.id for p in index.search("Novoye Vremya")]
    assert claim[0] == "F013" and "about-nv-novoye-vremya" not in claim
    assert outlet[0] == "about-nv-novoye-vremya" and set(outlet) != set(claim)
    assert index.search("") == [] and index.search("the of and") == []
    assert len(index.search("Iran")) == index.SHOWN


def test_a_query_with_search_syntax_is_read_as_words() -> None:
    """Are quotes, stars and NEAR() in a query plain words, never an SQL or FTS error?"""
    for query in ['"Iran', "Iran*", "NEAR(Iran drones)", "'; drop table pages; --", "AND OR"]:
        assert isinstance(index.search(query), list)


# ---- the bank items ------------------------------------------------------------------------
def test_the_best_source_is_not_at_a_fixed_position() -> None:
    """Over the search items and the searches their keys suggest, does no position hold the
    best source (the first page of `first` the results show) more than half the time?"""
    positions = []
    for q in bank_searches():
        for query in q.spec["queries"]:
            shown = [p.id for p in index.search(query)]
            positions.append(min(shown.index(k) + 1 for k in q.spec["first"] if k in shown))
    assert len(positions) >= 6
    position, wins = Counter(positions).most_common(1)[0]
    assert wins <= len(positions) / 2, (position, positions)


def test_always_opening_the_last_result_earns_no_habit_credit() -> None:
    """Does a student who reads the whole page and always opens the last result get no
    credit for click restraint nor for a source with no stake, in any search item?"""
    for q in bank_searches():
        for query in q.spec["queries"]:
            shown = index.search(query)
            result = q.check(
                {
                    "queries": [query],
                    "opened": [shown[-1].id],
                    "scanned": len(shown),
                    "status": q.spec["answer"],
                    "reason": REASON,
                }
            )
            assert result.valid, result.feedback
            credit = result.habits
            assert not credit["scanned the results, then opened a careful page first"], query
            assert not credit["opened a source with no stake before answering"], query
            assert result.score == 0.5


def test_every_search_keys_the_pages_its_statement_rests_on() -> None:
    """Does each search item judge every page context.csv cites for its statement, and hold
    a source with no stake among them?"""
    for q in bank_searches():
        cited = index.statement_facts()[q.spec["statement"]]
        assert set(cited) <= set(q.spec["pages"]), q.id
        assert set(q.spec["pages"].values()) & set(STRONG), q.id


# ---- scoring ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("opened", "scanned", "status", "score", "habits"),
    [
        (["F013", "F016"], 5, "contradicted", 1.0, (False, True, True, False)),  # careful path
        (["F016", "F013"], 5, "contradicted", 0.75, (False, False, True, False)),  # weak first
        (["F013"], 1, "contradicted", 0.75, (True, False, True, False)),  # no scanning
        (["F016", "F028"], 4, "contradicted", 0.5, (False, False, False, False)),  # no neutral
        (["about-nv-novoye-vremya", "F013"], 3, "contradicted", 0.75, (False, False, True, True)),
        (["F013"], 3, "official_claim", 0.5, (False, True, True, False)),  # wrong status
        (["F028"], 0, "corroborated", 0.0, (True, False, False, False)),
    ],
)
def test_scored_on_what_fact_checkers_do(
    search: Any,
    opened: list[str],
    scanned: int,
    status: str,
    score: float,
    habits: tuple[bool, ...],
) -> None:
    """Half for the status, a quarter for click restraint (reading at least three results,
    then opening a source with no stake first), a quarter for opening a source with no
    stake before answering; the habits say what the student did."""
    result = search.check(answer(opened, scanned, status))
    assert result.valid and result.score == pytest.approx(score)
    assert tuple(result.habits.values()) == habits
    assert "How a fact checker would go:" in result.feedback
    assert result.response == {**answer(opened, scanned, status), "scanned": scanned}


def test_an_unkeyed_page_and_a_page_about_an_outlet_are_no_source_without_a_stake(
    search: Any,
) -> None:
    """Is a page the key does not judge, or a page about an outlet, never counted as the
    source with no stake?"""
    result = search.check(answer(["F038", "about-nv-novoye-vremya"], SCAN_DEPTH))
    assert not result.habits["opened a source with no stake before answering"]
    assert "the key does not judge" in result.feedback


@pytest.mark.parametrize(
    "response",
    [
        None,
        "contradicted",
        {**answer(["F013"], 3), "queries": []},
        {**answer(["F013"], 3), "queries": "Iran"},
        answer([], 3),
        answer(["Z999"], 3),
        answer(["F013"], -1),
        {**answer(["F013"], 3), "scanned": "all"},
        answer(["F013"], 3, "probably"),
        {**answer(["F013"], 3), "reason": "no"},
    ],
)
def test_bad_answers_say_what_to_do(search: Any, response: Any) -> None:
    """Does an empty or malformed search answer get a friendly message, never a score?"""
    result = search.check(response)
    assert not result.valid and result.feedback


# ---- who is behind it: found, not given ----------------------------------------------------
def test_the_card_appears_only_after_the_page_about_the_outlet(search: Any) -> None:
    """Does a report show what it says but not who owns its outlet, until the student has
    opened the page about the outlet, which shows the card from sources.csv?"""
    profile = medialit.load_course().source("NV (Novoye Vremya)")
    assert profile is not None
    before = "\n".join(search.item.page(search, "F013"))
    assert "It reports:" in before and profile["owner_funding"] not in before
    assert "Not looked up yet" in before
    about = "\n".join(search.item.page(search, "about-nv-novoye-vremya"))
    assert profile["owner_funding"] in about and profile["stance"] in about
    after = "\n".join(search.item.page(search, "F013", looked_up=["about-nv-novoye-vremya"]))
    assert profile["owner_funding"] in after


def test_plain_text_tells_how_to_search_and_answer_by_call(search: Any) -> None:
    """Can a student without widgets search, open pages and answer by call, and does the
    plain text give no result list or card away before a search?"""
    text = search.text()
    assert 'q.item.results_page(q, "your words")' in text
    assert '"queries": ["..."], "opened": ["F013", "about-nv-novoye-vremya"], "scanned"' in text
    assert "Owner or funder" not in text and "Iran still refuses" not in text
    page = search.item.results_page(search, QUERY)
    assert page.splitlines()[1].startswith("  1. Iran still refuses") and "[F013]" in page
    assert "No page matches" in search.item.results_page(search, "zzzz")


def test_the_key_names_the_pages_the_searches_and_click_restraint(search: Any) -> None:
    """Does the teacher's key give the status, the pages to open first, searches that find
    them and what click restraint asks?"""
    key = "\n".join(search.item.key(search))
    assert "Open first: F013 Iran still refuses" in key
    assert f'Searches that find it: "{QUERY}"' in key
    assert "Click restraint: read at least 3 results" in key


# ---- the widget ------------------------------------------------------------------------------
def test_the_search_buttons_show_their_whole_names(medialit_home: Path) -> None:
    """Is a long button name given room (JupyterLab's default button width cut it to
    "Open the selecte…" in a browser screenshot)?"""
    view = QuizView(medialit.load_quiz(SAMPLE)).views["search-missiles"]
    assert len(view.open_button.description) > 15
    assert view.open_button.layout.width == "auto"


def test_the_widget_records_queries_scanning_and_openings(medialit_home: Path) -> None:
    """Does the widget run a typed search, record how far the student read before opening,
    show a card only after the page about the outlet, save it all, and restore it?"""
    view = QuizView(medialit.load_quiz(SAMPLE)).views["search-missiles"]
    view.search(QUERY)
    assert view.list.options[0][1] == "F013" and view.open_button.disabled
    for key in view.results[:4]:
        view.list.value = key  # arrow keys or clicks move through the list
    view.list.value = "F013"
    view.open_button.click()
    assert "It reports:" in view.shown.value and "Owner or funder" not in view.shown.value
    view.search("Novoye Vremya")
    view.list.value = "about-nv-novoye-vremya"
    view.open_button.click()
    view.list.value = view.results[-1]  # reading on after the first opening does not count
    assert "Owner or funder" in view.shown.value
    view.open("F013")
    assert "Owner or funder" in view.shown.value
    view.status.value = "contradicted"
    view.reason.value = REASON
    view.button.click()
    assert "✓ Right" in view.feedback.value
    entry = medialit._store.load_answers()[0]["answers"][-1]
    assert entry["response"] == {
        "queries": [QUERY, "Novoye Vremya"],
        "opened": ["F013", "about-nv-novoye-vremya"],
        "scanned": 4,
        "status": "contradicted",
        "reason": REASON,
    }
    again = QuizView(medialit.load_quiz(SAMPLE)).views["search-missiles"]
    assert again.opened == ["F013", "about-nv-novoye-vremya"] and again.scanned == 4
    assert again.query.value == "Novoye Vremya" and again.reason.value == REASON
    assert "Owner or funder" in again.shown.value


def test_an_empty_search_says_what_to_do(medialit_home: Path) -> None:
    """Does pressing Search with no words, or words no page holds, say what to do?"""
    view = QuizView(medialit.load_quiz(SAMPLE)).views["search-missiles"]
    view.go.click()
    assert "Type some words first" in view.note.value and view.queries == []
    view.search("zzzz")
    assert "No page matches" in view.note.value and view.list.options == ()


# ---- the bank check and the gradebook -----------------------------------------------------
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda q: q["pages"].update({"Z999": "independent"}), "page Z999: no such page"),
        (lambda q: q["pages"].update({"F013": "neutral"}), "page F013: role must be one of"),
        (lambda q: q["pages"].pop("F021"), "F021 is missing"),
        (lambda q: q.update({"first": ["F016"]}), "first must list sources with no stake"),
        (lambda q: q.update({"queries": ["Kyiv Independent"]}), "finds none of the pages"),
        (lambda q: q["pages"].update({"about-cnn": "independent"}), "takes no role"),
    ],
)
def test_a_broken_search_item_is_refused(tmp_path: Path, change: Any, message: str) -> None:
    """Does a bank that keys an unknown page, a bad role, misses a page the statement rests
    on, or suggests a search that finds nothing useful fail, naming the problem?"""
    bank = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    item = next(q for q in bank["questions"] if q["id"] == "search-missiles")
    change(item)
    path = tmp_path / "sample.yaml"
    path.write_text(yaml.safe_dump(bank), encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)):
        load_quiz(path)


def test_the_gradebook_reports_what_students_did(tmp_path: Path) -> None:
    """Does the item analysis say how many opened before reading past the top result, and how
    many opened a source with no stake?"""
    from medialit import _store

    for name, opened, scanned in (
        ("Ada", ["F013", "F016"], 5),
        ("Ben", ["F016"], 1),
        ("Cy", ["F016", "F013"], 0),
        ("Dee", ["about-nv-novoye-vremya", "F012"], 4),
    ):
        question = medialit.load_quiz("lateral-reading", student=name)["search-missiles"]
        response = {**answer(opened, scanned), "queries": ["Budanov Iran missiles"]}
        assert question.answer(response).saved
        _store.export(tmp_path / f"{name}.json", student=name)
    items = medialit.gradebook(tmp_path).items.set_index("question")
    habits = items.loc["search-missiles", "habits"]
    assert "opened a result before reading past the top one: 50 %" in habits
    assert "opened a source with no stake before answering: 75 %" in habits
    assert "looked up who is behind an outlet: 25 %" in habits


# ---- no answer leaks ---------------------------------------------------------------------
EARLY_LESSONS = ("01", "02", "03")


def _early_texts() -> list[tuple[str, str]]:
    """What lessons 01-03 show a student: their markdown and their banks' prompts, options
    and feedback."""
    root = Path(__file__).resolve().parents[1]
    found = []
    for number in EARLY_LESSONS:
        for notebook in sorted((root / "notebooks").glob(f"{number}-*.ipynb")):
            cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
            found += [
                (notebook.name, "".join(c["source"])) for c in cells if c["cell_type"] == "markdown"
            ]
            slug = notebook.stem.split("-", 1)[1]
            bank = DATA / "quizzes" / f"{slug}.yaml"
            if bank.is_file():
                found.append((bank.name, yaml.safe_dump(yaml.safe_load(bank.read_text("utf-8")))))
    return found


@pytest.mark.parametrize("statement", ["S02", "S10"])
def test_early_lessons_do_not_give_away_what_the_search_finds(statement: str) -> None:
    """Do lessons 01-03 cite none of the sources the search on S02 or S10 asks students to
    find (an outlet with a date, as the course cites), and not Budanov's word on missiles?"""
    search = next(q for q in bank_searches() if q.spec["statement"] == statement)
    names = {re.split(r" \(| via |/", index.pages()[k].outlet)[0] for k in search.spec["pages"]}
    cited = [re.compile(rf"\b{re.escape(name)}\b[^.;()]*?\b20\d\d\b") for name in sorted(names)] + [
        re.compile(r"\bBudanov\b")
    ]
    leaks = [
        f"{where}: {pattern.pattern}"
        for where, text in _early_texts()
        for pattern in cited
        if pattern.search(" ".join(text.split()))
    ]
    assert len(_early_texts()) > 10 and leaks == []


def test_a_released_search_keeps_no_key_and_still_searches(
    tmp_path: Path, medialit_home: Path
) -> None:
    """In a test's students' copy, does a search item keep no roles, suggested searches or
    first pages, and can the student still search, open pages and have the answer saved?"""
    from medialit._quiz import read_quiz
    from medialit._release import release

    release(None, tmp_path / "copy")
    copy = medialit.load_course(tmp_path / "copy")
    q = read_quiz("lateral-reading", course=copy)["search-missiles"]
    assert not {"pages", "queries", "first", "answer", "why", "path"} & set(q.spec)
    view = QuizView(medialit.load_quiz("lateral-reading", course=copy)).views["search-missiles"]
    view.search(QUERY)
    view.list.value = view.results[2]
    view.open_button.click()
    assert "It reports:" in view.shown.value
    view.status.value = "contradicted"
    view.reason.value = REASON
    view.button.click()
    entry = medialit._store.load_answers()[0]["answers"][-1]
    assert entry["response"]["queries"] == [QUERY] and entry["response"]["scanned"] == 3


# ---- who is behind it is found, not given (issue 21 §2) -----------------------------------
# Every item that asks who is behind an outlet, and the outlets it asks about (sources.csv's
# names). A student answers them only after a search in which they can look the owner up.
WHO_BEHIND = {
    ("who-is-behind-it", "who-behind-dailynewsen"): ("dailynewsen.com",),
    ("who-is-behind-it", "who-behind-dpa"): ("dpa (Deutsche Presse-Agentur)",),
    ("who-is-behind-it", "who-behind-ukrinform"): ("Ukrinform",),
    ("who-is-behind-it", "who-behind-fdd"): ("FDD (Foundation for Defense of Democracies)",),
    ("who-is-behind-it", "which-state-funded"): (
        "RIA Novosti",
        "Ukrinform",
        "Al Arabiya",
        "teleSUR",
        "Kyiv Independent",
        "watson.ch",
    ),
}
# Practice articles' "who is behind it?" items are about VOA, which the course has no page
# about: their prompts quote the evidence (the line VOA's editorials site carries) instead.
NO_PAGE_TO_LOOK_UP = {
    ("ebola-outbreak", "who-behind-voa"),
    ("press-freedom-editorial", "who-is-behind-it"),
}
ASKS_WHO_IS_BEHIND = re.compile(r"\bwho is behind\b|\bowned or funded\b", re.I)
ROOT_NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
SHOW_QUIZ = re.compile(r'show_quiz\(\s*"([a-z0-9-]+)"\s*,\s*"([a-z0-9-]+)"\s*\)')


def lesson_calls(slug: str) -> list[tuple[str, str]]:
    """The (bank, question) pairs a lesson's notebook shows, in notebook order."""
    n = medialit.load_course().lessons.index(slug)
    cells = json.loads((ROOT_NOTEBOOKS / f"{n:02d}-{slug}.ipynb").read_text("utf-8"))["cells"]
    return [
        pair
        for cell in cells
        if cell["cell_type"] == "code"
        for pair in SHOW_QUIZ.findall("".join(cell["source"]))
    ]


def test_every_item_that_asks_who_is_behind_an_outlet_is_named() -> None:
    """Is every choice item that asks who is behind an outlet (or who owns or funds it) in
    WHO_BEHIND, so that a new one cannot slip past the order test; and does each practice
    article's such item ask about an outlet the index has no page about?"""
    asking = set()
    for slug in medialit.load_course().lessons:
        for q in load_quiz(slug).questions:
            if q.type in ("single", "multiple") and ASKS_WHO_IS_BEHIND.search(q.prompt):
                asking.add((slug, q.id))
    assert asking == set(WHO_BEHIND)
    practice = set()
    for bank in sorted((DATA / "practice").glob("*/quizzes/*.yaml")):
        for raw in yaml.safe_load(bank.read_text("utf-8"))["questions"]:
            if raw["type"] in ("single", "multiple") and ASKS_WHO_IS_BEHIND.search(raw["prompt"]):
                practice.add((bank.stem, raw["id"]))
                assert "VOA" in raw["prompt"] and '"' in raw["prompt"], raw["id"]
    assert practice == NO_PAGE_TO_LOOK_UP
    about = [k for k, p in index.pages().items() if p.about]
    assert not [k for k in about if "voa" in k or "voice-of-america" in k]


@pytest.mark.parametrize("slug", medialit.load_course().lessons)
def test_no_who_is_behind_item_comes_before_a_lookup(slug: str) -> None:
    """In each lesson, does every "who is behind X?" item come after the lesson's first search,
    the step in which the student opens the page about an outlet and finds its owner?"""
    calls = lesson_calls(slug)
    searches = [i for i, (bank, qid) in enumerate(calls) if load_quiz(bank)[qid].type == "search"]
    asked = [i for i, pair in enumerate(calls) if pair in WHO_BEHIND]
    if asked:
        assert searches, f"lesson {slug} asks who is behind an outlet but has no search"
        assert min(asked) > min(searches), (
            f"lesson {slug}: {calls[min(asked)][1]} comes before the first search"
        )


def test_the_who_is_behind_items_are_shown_and_their_owners_can_be_found() -> None:
    """Is every item of WHO_BEHIND shown in a lesson, and does searching each outlet's name
    find the page about it, the only place its card shows?"""
    shown = {pair for slug in medialit.load_course().lessons for pair in lesson_calls(slug)}
    assert set(WHO_BEHIND) <= shown
    for outlets in WHO_BEHIND.values():
        for outlet in outlets:
            found = [p.id for p in index.search(outlet.split(" (")[0])]
            assert index.about_id(outlet) in found, outlet


def test_lesson_06s_search_asks_for_the_lookups_its_items_need() -> None:
    """Does lesson 06's search lead to a page with no stake whose outlet has a page about it,
    and do its key and the notebook send the student to look up the outlets asked about next?"""
    search = load_quiz("who-is-behind-it")["search-un-call"]
    pages = index.pages()
    assert all(index.about_id(pages[k].profile) in pages for k in search.spec["first"])
    assert "open the page about it" in " ".join(search.prompt.split())
    notebook = json.loads((ROOT_NOTEBOOKS / "06-who-is-behind-it.ipynb").read_text("utf-8"))[
        "cells"
    ]
    text = " ".join(" ".join("".join(c["source"]).split()) for c in notebook)
    for outlet in ("dailynewsen.com", "dpa", "Ukrinform"):
        assert f"**{outlet}**" in text, outlet
