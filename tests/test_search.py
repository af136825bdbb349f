"""The search item: an offline results page, cards on who is behind each outlet, and a score
for what fact checkers do (the answer, a source with no stake, click restraint)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import medialit
from medialit import load_quiz
from medialit._quiz_view import QuizView

SAMPLE = Path(__file__).parent / "data" / "sample.yaml"
REASON = "Ukraine's intelligence says none yet."


@pytest.fixture
def search() -> Any:
    return load_quiz(SAMPLE)["search-missiles"]


@pytest.mark.parametrize(
    ("opened", "status", "score", "habits"),
    [
        (["c", "b"], "contradicted", 1.0, (False, True, True)),  # the careful path
        (["a", "c"], "contradicted", 0.75, (True, False, True)),  # top result first
        (["a", "b"], "contradicted", 0.5, (True, False, False)),  # never a source with no stake
        (["c"], "official_claim", 0.5, (False, True, True)),  # good path, wrong status
        (["b"], "corroborated", 0.0, (False, False, False)),
    ],
)
def test_scored_on_what_fact_checkers_do(
    search: Any, opened: list[str], status: str, score: float, habits: tuple[bool, ...]
) -> None:
    """Half for the status, a quarter for opening a source with no stake (or one against its
    side) before answering, a quarter for opening a careful first result first?"""
    result = search.check({"opened": opened, "status": status, "reason": REASON})
    assert result.valid and result.score == pytest.approx(score)
    assert tuple(result.habits.values()) == habits
    assert "How a fact checker would go:" in result.feedback
    assert result.response["opened"] == opened


@pytest.mark.parametrize(
    "response",
    [
        None,
        "contradicted",
        {"opened": [], "status": "contradicted", "reason": REASON},
        {"opened": ["z"], "status": "contradicted", "reason": REASON},
        {"opened": ["c"], "status": "probably", "reason": REASON},
        {"opened": ["c"], "status": "contradicted", "reason": "no"},
    ],
)
def test_bad_answers_say_what_to_do(search: Any, response: Any) -> None:
    """Does an empty or malformed search answer get a friendly message, never a score?"""
    result = search.check(response)
    assert not result.valid and result.feedback


def test_a_card_says_who_is_behind_the_outlet(search: Any) -> None:
    """Does opening a result show the outlet's profile from sources.csv and what it reported,
    with "unverified here" where the course knows nothing?"""
    card = search.item.card(search, "c")
    profile = medialit.load_course().source("NV (Novoye Vremya)")
    assert profile["owner_funding"] in card and "It reported (2022-12-24)" in card


def test_plain_text_lists_results_cards_and_the_exact_call(search: Any) -> None:
    """Can a student without widgets read the results page and answer by call?"""
    text = search.text()
    assert "c) Iran still refuses to hand over ballistic missiles" in text
    assert "[c] It reported (2022-12-24)" in text
    assert 'answer("search-missiles", {"opened": ["b", "a"]' in text


def test_the_widget_records_the_order_of_opening(medialit_home: Path) -> None:
    """Do Open buttons show cards and record the order, and does a reload restore both?"""
    view = QuizView(medialit.load_quiz(SAMPLE)).views["search-missiles"]
    view.open("c")
    view.open("a")
    view.open("c")  # opening again does not count twice
    assert "Owner or funder" in view.cards["c"].value and view.cards["b"].value == ""
    view.status.value = "contradicted"
    view.reason.value = REASON
    view.button.click()
    assert "✓ Right" in view.feedback.value
    entry = medialit._store.load_answers()[0]["answers"][-1]
    assert entry["response"] == {"opened": ["c", "a"], "status": "contradicted", "reason": REASON}
    again = QuizView(medialit.load_quiz(SAMPLE)).views["search-missiles"]
    assert again.opened == ["c", "a"] and again.reason.value == REASON
    assert "Owner or funder" in again.cards["a"].value


def test_a_result_from_an_outlet_without_a_profile_is_refused(tmp_path: Path) -> None:
    """Does a bank naming an outlet that sources.csv does not profile fail, naming it?"""
    bank = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    item = next(q for q in bank["questions"] if q["id"] == "search-missiles")
    item["results"][0]["outlet"] = "The Daily Planet"
    path = tmp_path / "sample.yaml"
    path.write_text(yaml.safe_dump(bank), encoding="utf-8")
    with pytest.raises(ValueError, match=r"result a: no profile of 'The Daily Planet'"):
        load_quiz(path)


def test_the_gradebook_reports_what_students_opened(tmp_path: Path) -> None:
    """Does the item analysis say how many opened the top result first?"""
    from medialit import _store

    for name, opened in (
        ("Ada", ["c", "a"]),
        ("Ben", ["a"]),
        ("Cy", ["a", "c"]),
        ("Dee", ["b", "c"]),
    ):
        question = medialit.load_quiz("lateral-reading", student=name)["search-missiles"]
        assert question.answer({"opened": opened, "status": "contradicted", "reason": REASON}).saved
        _store.export(tmp_path / f"{name}.json", student=name)
    items = medialit.gradebook(tmp_path).items.set_index("question")
    habits = items.loc["search-missiles", "habits"]
    assert "opened the top result first: 50 %" in habits
    assert "opened an independent source before answering: 75 %" in habits
