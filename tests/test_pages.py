"""A student's page in the gradebook's report: for sort, how-sure, mark and order items, what
they got right is shown once, beside their answer, and the explanations only where they went
wrong, as for option items; a skipped item keeps the whole key; the results a student opened
in a search are named by their titles (on the pages and in search-answers.csv)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_gradebook import _page_of, answer, answer_file, write

from medialit import _page_items
from medialit._gradebook import catalogue, gradebook
from medialit._quiz import Question, Result
from medialit._report import write_report
from medialit.items.base import CONFIDENCE_TOLERANCE


@pytest.fixture(scope="module")
def questions() -> dict[tuple[str, str], Question]:
    return catalogue()


def _first(questions: dict[tuple[str, str], Question], kind: str) -> Question:
    return next(q for q in questions.values() if q.type == kind)


def _scored(question: Question, response: Any) -> Result:
    result = question.rescore(response)
    assert result.valid, result.feedback
    return result


def _why(question: Question, sid: str) -> str:
    """The explanation a sort gives of one statement (the bank's own, else the course's)."""
    overrides = question.spec.get("feedback") or {}
    return str(overrides.get(sid) or question.statements[sid].explanation).strip()


def test_a_sort_key_explains_only_the_statements_sorted_wrong(questions: Any) -> None:
    """With one statement sorted wrong, does the key give that statement's explanation and
    right kind, and none of the others'; and with all right, no explanation at all?"""
    question = _first(questions, "sort")
    accepted = question.item.accepted(question)  # type: ignore[attr-defined]
    right = {sid: kinds[0] for sid, kinds in accepted.items()}
    categories = question.item.categories(question)  # type: ignore[attr-defined]
    wrong_sid = next(iter(right))
    wrong_kind = next(c for c in categories if c not in accepted[wrong_sid])
    key = _page_items._sort_key(question, _scored(question, {**right, wrong_sid: wrong_kind}))
    assert _page_items.esc(_why(question, wrong_sid)) in key
    assert f"{wrong_sid}: {right[wrong_sid]}" in key and f"not {wrong_kind}" in key
    for sid in right:
        if sid != wrong_sid and _why(question, sid) != _why(question, wrong_sid):
            assert _page_items.esc(_why(question, sid)) not in key, sid
    all_right = _page_items._sort_key(question, _scored(question, right))
    assert not any(_page_items.esc(_why(question, sid)) in all_right for sid in right)
    assert "Every statement sorted right" in all_right


def test_a_how_sure_key_explains_only_the_figures_too_far_off(questions: Any) -> None:
    """Does each statement show what a careful reader says, marked right or wrong, and the
    key explain only the statements whose figure was further off than the tolerance?"""
    question = _first(questions, "confidence")
    items = question.spec["items"]
    far, near = items[0], items[1]
    response = {str(i["statement"]): float(i["outcome"]) for i in items}
    response[far["statement"]] = 1.0 - float(far["outcome"])  # the other end: far off
    nudged = float(near["outcome"]) + (CONFIDENCE_TOLERANCE / 2) * (
        1 if near["outcome"] < 0.5 else -1
    )
    response[near["statement"]] = nudged  # within the tolerance
    result = _scored(question, response)
    order = tuple(question.shown_statement_ids)
    key = _page_items._confidence_key(question, result)
    assert _page_items.esc(far["feedback"].strip()) in key
    for item in items[1:]:
        assert _page_items.esc(item["feedback"].strip()) not in key, item["statement"]
    body = _page_items._confidence(question, order, result.response)
    reader = f"a careful reader: {round(100 * float(far['outcome']))} %"
    assert reader + _page_items._mark(False) in body
    assert body.count(_page_items._mark(True)) == len(items) - 1
    exact = {str(i["statement"]): float(i["outcome"]) for i in items}
    all_right = _page_items._confidence_key(question, _scored(question, exact))
    assert not any(_page_items.esc(i["feedback"].strip()) in all_right for i in items)


def test_a_mark_key_explains_only_when_the_words_were_not_exactly_the_key(
    questions: Any,
) -> None:
    """Are the keyed words always shown, and the explanation only to a student who did not
    mark exactly them?"""
    from medialit.items.base import key_tokens

    question = next(q for q in questions.values() if q.type == "mark" and q.statement is not None)
    phrases = question.item.key_phrases(question)  # type: ignore[attr-defined]
    keyed = sorted(key_tokens(question.statement.text, phrases))  # type: ignore[union-attr]
    feedback = _page_items.esc(question.spec["feedback"].strip())
    exact = _page_items._mark_key(question, _scored(question, keyed))
    assert _page_items.esc(phrases[0]) in exact and feedback not in exact
    others = [i for i in range(len(question.item.tokens(question))) if i not in keyed]  # type: ignore[attr-defined]
    off = _page_items._mark_key(question, _scored(question, [others[0]]))
    assert _page_items.esc(phrases[0]) in off and feedback in off


def test_an_order_key_explains_only_the_events_put_in_another_place(questions: Any) -> None:
    """Does the key list every event in the right order, with the explanation only of the
    events the student put somewhere else?"""
    question = _first(questions, "order")
    events = question.spec["events"]
    keys = list(_page_items._choices(question))
    swapped = [keys[1], keys[0], *keys[2:]]
    key = _page_items._order_key(question, _scored(question, swapped))
    for n, event in enumerate(events):
        assert _page_items.esc(event["text"].strip()) in key
        explained = _page_items.esc(event["feedback"].strip()) in key
        assert explained is (n < 2), n
    right = _page_items._order_key(question, _scored(question, keys))
    assert not any(_page_items.esc(e["feedback"].strip()) in right for e in events)


def test_a_page_shows_only_the_wrong_answers_explanations_and_a_skipped_items_whole_key(
    tmp_path: Path, questions: Any
) -> None:
    """On a page drawn by the report: a sort answered all right carries no explanation, the
    same sort skipped by another student carries every statement's; a search's opened
    results are named by title and outlet, never '?'."""
    sort = _first(questions, "sort")
    accepted = sort.item.accepted(sort)  # type: ignore[attr-defined]
    right = {sid: kinds[0] for sid, kinds in accepted.items()}
    search = _first(questions, "search")
    spec = search.spec
    opened = spec["first"][0]
    write(tmp_path, "ada.json", answer_file("Ada", [
        answer(sort.quiz_slug, sort.id, "sort", right),
        answer(search.quiz_slug, search.id, "search", {
            "queries": [spec["queries"][0]], "opened": [opened], "scanned": 3,
            "status": spec["answer"], "reason": "a source with no stake says so"}),
    ]))  # fmt: skip
    write(tmp_path, "ben.json", answer_file("Ben", [answer(search.quiz_slug, search.id, "search", {
        "queries": ["x"], "opened": [opened], "scanned": 0, "status": spec["answer"],
        "reason": "it looks right to me"})]))  # fmt: skip
    out = tmp_path / "out"
    book = gradebook(tmp_path)
    write_report(book, out)

    def section(page: str, question: Question) -> str:
        found = re.search(rf"<section><h3>{re.escape(question.id)} .*?</section>", page, re.S)
        assert found, question.id
        return found.group(0)

    ada, ben = _page_of(out, "Ada"), _page_of(out, "Ben")
    explanations = {_page_items.esc(_why(sort, sid)) for sid in right}
    assert not any(e in section(ada, sort) for e in explanations)
    assert "Skipped" in section(ben, sort)
    assert all(_page_items.esc(line) in section(ben, sort) for line in sort.item.key(sort))
    from medialit import _search_index

    page = _search_index.pages()[opened]
    for mine in (section(ada, search), section(ben, search)):
        assert f"{opened}) {_page_items.esc(page.title)} · {_page_items.esc(page.outlet)}" in mine
        assert f"{opened}) ?" not in mine
    # search-answers.csv and the class page name them by title too.
    assert book.searches["opened"].tolist() == [f"{opened}) {page.title}"] * 2
