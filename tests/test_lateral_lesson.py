"""Lateral reading is practice first (issue 13), over two lessons (issue 21 §1): in lesson 06
students ask who is behind an outlet before the outlets' cards give the answers; in lesson 07
they search before the course's context table and timeline give the answers; lesson 08 uses
the same statuses.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from medialit._course import load_course
from medialit._data import STATUSES
from medialit.items import LEVELS

ROOT = Path(__file__).resolve().parents[1]
WHO = ROOT / "notebooks" / "06-who-is-behind-it.ipynb"
LESSON = ROOT / "notebooks" / "07-lateral-reading.ipynb"
NUMBERS = ROOT / "notebooks" / "08-by-the-numbers.ipynb"
BANKS = ROOT / "src" / "medialit" / "data" / "quizzes"

# Each "who is behind it?" item, the outlet it asks about, and the kind of outlet it stands
# for, as the outlet's profile (sources.csv, copied from FACTS.md section 5) gives it.
WHO_IS_BEHIND = {
    "who-behind-dpa": ("dpa", "Wire agency"),
    "who-behind-ukrinform": ("Ukrinform", "State-owned"),
    "who-behind-fdd": ("FDD", "Think tank"),
    "who-behind-dailynewsen": ("dailynewsen.com", "unverified here"),
}
STATE_FUNDED = "which-state-funded"
SEARCHES = {"search-missiles": "S02", "search-drones": "S10", "search-ban": "S18"}
# A source given in feedback: "(Outlet, 21 Nov 2023)", "(Wikipedia, no date)", "(..., 2006)".
CITED = re.compile(r"\([^()]*(?:\b(?:19|20)\d\d\b|no date)[^()]*\)")


def cells(lesson: Path = LESSON) -> list[dict[str, Any]]:
    return json.loads(lesson.read_text(encoding="utf-8"))["cells"]


def texts(lesson: Path = LESSON) -> list[str]:
    return ["".join(cell["source"]) for cell in cells(lesson)]


def questions() -> dict[str, dict[str, Any]]:
    """The questions of both lateral-reading banks (lesson 06's and lesson 07's) by id."""
    found: dict[str, dict[str, Any]] = {}
    for slug in ("who-is-behind-it", "lateral-reading"):
        bank = yaml.safe_load((BANKS / f"{slug}.yaml").read_text(encoding="utf-8"))
        found |= {q["id"]: q for q in bank["questions"]}
    return found


def shown_at(qid: str, lesson: Path = LESSON) -> int:
    slug = lesson.stem.split("-", 1)[1]
    return next(i for i, t in enumerate(texts(lesson)) if f'show_quiz("{slug}", "{qid}")' in t)


def first_cell_with(text: str, lesson: Path = LESSON) -> int:
    return next(i for i, t in enumerate(texts(lesson)) if text in t)


def test_sift_and_the_three_questions_are_used_by_name() -> None:
    """Does lesson 06 name SIFT's four moves and Civic Online Reasoning's three questions?"""
    markdown = " ".join(
        " ".join(t.split())
        for c, t in zip(cells(WHO), texts(WHO), strict=True)
        if c["cell_type"] == "markdown"
    )
    for words in (
        "SIFT",
        "Civic Online Reasoning",
        "Investigate the source",
        "Find better coverage",
        "Trace",
        "Who is behind the information?",
        "What is the evidence?",
        "What do other sources say?",
    ):
        assert words in markdown, words
    assert re.search(r"\*\*S\*\*top|\*\*Stop\*\*", markdown)


@pytest.mark.parametrize("qid", list(SEARCHES))
def test_practice_comes_before_the_answers(qid: str) -> None:
    """Is every search asked before the context table, the status words and the timeline
    that answer it?"""
    asked = shown_at(qid)
    assert asked < first_cell_with("show_table(context")
    assert asked < first_cell_with("show_table(timeline)")


@pytest.mark.parametrize("qid", [*WHO_IS_BEHIND, STATE_FUNDED])
def test_the_outlet_cards_come_after_the_who_is_behind_items(qid: str) -> None:
    """Does the table of outlet profiles come only after the items that ask about them?"""
    assert shown_at(qid, WHO) < first_cell_with("show_table(sources", WHO)


@pytest.mark.parametrize(("qid", "statement"), SEARCHES.items())
def test_every_search_agrees_with_the_context_table(qid: str, statement: str) -> None:
    """Is each search keyed to one of its statement's statuses in context.csv, and does it
    offer a source with no stake (or one against its side), which the score needs?"""
    question = questions()[qid]
    assert question["statement"] == statement
    context = load_course().context().set_index("statement_id")
    statuses = {context.loc[statement, c] for c in ("status_at_publication", "status_later")}
    assert question["answer"] in statuses
    roles = question["pages"]
    assert {"independent", "against-interest"} & set(roles.values())
    assert all(roles[k] not in ("interested", "anonymous") for k in question["first"])


def test_the_august_drones_follow_the_one_standard() -> None:
    """Is S10 (the US government's word, which Iran denies) keyed disputed, as context.csv
    has it both then and later, with official_claim as the other defensible status?"""
    question = questions()["search-drones"]
    row = load_course().context().set_index("statement_id").loc["S10"]
    assert question["answer"] == row["status_at_publication"] == row["status_later"]
    assert question["answer"] == "disputed" and question["accept"] == ["official_claim"]


def test_who_is_behind_covers_each_kind_of_outlet() -> None:
    """Is there an item on a wire agency, a state-funded outlet, a think tank and an
    aggregator, each outlet's profile saying so?"""
    course = load_course()
    bank = questions()
    for qid, (outlet, kind) in WHO_IS_BEHIND.items():
        profile = course.source(outlet)
        assert profile is not None, outlet
        assert profile["kind"].startswith(kind), (outlet, profile["kind"])
        assert bank[qid]["type"] == "single" and len(bank[qid]["options"]) == 4
    unknown = course.source("dailynewsen.com")
    assert unknown is not None and unknown["owner_funding"] == "unverified here"


def test_state_media_of_every_state_are_asked_alike() -> None:
    """Does the state-funding item put outlets of several governments side by side, keyed by
    their profiles, with privately owned outlets among the options?"""
    course = load_course()
    options = questions()[STATE_FUNDED]["options"]
    for option in options:
        profile = course.source(option["text"].removeprefix("The "))
        assert profile is not None, option["text"]
        text = " ".join(profile.values()).lower()
        says_state = "state" in profile["kind"].lower() or "government" in text
        assert says_state is option["correct"], option["text"]
    assert sum(o["correct"] for o in options) >= 4 and sum(not o["correct"] for o in options) >= 2


@pytest.mark.parametrize("qid", [*WHO_IS_BEHIND, STATE_FUNDED])
def test_who_is_behind_feedback_cites_its_sources(qid: str) -> None:
    """Does feedback on every option name where it comes from, with a date or "no date"?"""
    for option in questions()[qid]["options"]:
        feedback = " ".join(option["feedback"].split())
        if qid == "who-behind-dailynewsen":
            continue  # the point of this item: no source says who runs it
        assert CITED.search(feedback), feedback[:80]


def test_the_optional_online_task_has_a_rubric_and_stays_optional() -> None:
    """Is the live-web task a reflection with a three-level rubric, asking for outlet, date,
    address and finding, and saying the course itself never goes online?"""
    question = questions()["online-lookup"]
    assert question["type"] == "reflection"
    assert set(question["rubric"]) == set(LEVELS)
    prompt = " ".join(question["prompt"].split())
    assert prompt.startswith("Optional") and "never goes online" in prompt
    for part in ("outlet", "date", "web address", "what you found"):
        assert part in prompt, part
    assert shown_at("online-lookup", WHO) > first_cell_with("show_table(sources", WHO)


def test_lesson_08_did_it_hold_up_uses_the_same_statuses() -> None:
    """Does lesson 08's "did it hold up?" chart order the course's own statuses, all of them,
    plus "not checked" for statements with no context row?"""
    nb = json.loads(NUMBERS.read_text(encoding="utf-8"))
    code = next(
        "".join(c["source"])
        for c in nb["cells"]
        if c["cell_type"] == "code" and "Did it hold up?" in "".join(c["source"])
    )
    order: list[str] = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, (ast.Assign, ast.AugAssign)):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name) and target.id == "order":
                order += ast.literal_eval(node.value)
    assert order == [*STATUSES, "not checked"]


def test_lesson_08_names_every_status_it_charts() -> None:
    """Does lesson 08's text before the chart name every status, in lesson 07's words?"""
    nb = json.loads(NUMBERS.read_text(encoding="utf-8"))
    texts = ["".join(c["source"]) for c in nb["cells"]]
    chart = next(i for i, t in enumerate(texts) if "Did it hold up?" in t)
    before = texts[chart - 1]
    for status in STATUSES:
        assert f"**{status}**" in before, status


def test_each_lateral_lesson_shows_its_own_items() -> None:
    """Does lesson 06 show the who-is-behind items and lesson 07 the searches, each from its
    own bank (so each has its own hand-in and gradebook column)?"""
    for qid in [*WHO_IS_BEHIND, STATE_FUNDED, "first-move", "unknown-owner-next"]:
        assert shown_at(qid, WHO) >= 0
    for qid in SEARCHES:
        assert shown_at(qid) >= 0
