"""Written work a teacher can grade: every reflection carries a rubric, and every written task
of the exercises is a recorded item (issue 12, section 2).

- Every reflection item in every bank has a rubric (Proficient, Emergent, Basic, each with what
  such an answer contains and a short example answer). The example answers are answers a
  student could hand in: long enough to count, different from each other and from the model
  answer, and where they quote the article they quote it exactly.
- No solution notebook keeps a markdown model answer (the `<!-- BEGIN SOLUTION -->` cells the
  generator turns into a free-text prompt, which never reached the answer file). Each written
  task is a reflection item of the lesson's bank, shown with `show_quiz` in the solution and so
  in the generated exercise, where the answer is saved.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import medialit
from medialit._exercises import MD_BEGIN, MD_END, exercise_notebook
from medialit.items import LEVELS, MIN_WORDS

ROOT = Path(__file__).resolve().parents[1]
BANKS = ROOT / "src" / "medialit" / "data" / "quizzes"
SOLUTIONS = sorted((ROOT / "solutions").glob("*.ipynb"))
EXERCISES = ROOT / "exercises"
NOTEBOOKS = ROOT / "notebooks"

EXERCISE_PREFIX = "exercise-"  # the id of an exercise's written task in the lesson's bank
SHOW_QUIZ = re.compile(r"""show_quiz\(\s*["']([^"']+)["']\s*(?:,\s*["']([^"']+)["']\s*)?\)""")
QUOTE = re.compile(r"""["\u201c]([^"\u201c\u201d]+)["\u201d]""")
MIN_REFLECTIONS = 15  # 8 lesson reflections and 7 written exercise tasks today


# --------------------------------------------------------------------------- helpers
def banks() -> dict[str, dict[str, Any]]:
    """Every bank file, by its slug (lessons outside the manifest included)."""
    return {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(BANKS.glob("*.yaml"))
    }


def reflections() -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{slug}/{q['id']}", q)
        for slug, bank in banks().items()
        for q in bank["questions"]
        if q["type"] == "reflection"
    ]


def source(cell: dict[str, Any]) -> str:
    text = cell["source"]
    return "".join(text) if isinstance(text, list) else text


def notebook(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def quiz_calls(nb: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [
        (m.group(1), m.group(2))
        for cell in nb["cells"]
        if cell["cell_type"] == "code"
        for m in SHOW_QUIZ.finditer(source(cell))
    ]


def slug_of(path: Path) -> str:
    return path.stem.split("-", 1)[1]


def rubric_problems(question: dict[str, Any]) -> list[str]:
    """What keeps a reflection's rubric from being usable; empty when it is complete."""
    rubric = question.get("rubric")
    if not isinstance(rubric, dict):
        return ["no rubric"]
    problems = [f"no {level} level" for level in LEVELS if level not in rubric]
    needed = int(question.get("min_words", MIN_WORDS))
    examples = []
    for level in LEVELS:
        entry = rubric.get(level) or {}
        for key in ("contains", "example"):
            if not str(entry.get(key, "")).strip():
                problems.append(f"{level} has no {key}")
        example = " ".join(str(entry.get("example", "")).split())
        if example and len(example.split()) < needed:
            problems.append(
                f"the {level} example has {len(example.split())} words; "
                f"a student needs {needed} for an answer to count"
            )
        examples.append(example.lower())
    if len(set(examples)) < len(examples):
        problems.append("two levels share an example")
    model = " ".join(str(question.get("model_answer", "")).split()).lower()
    if model and model in examples:
        problems.append("an example is the model answer")
    return problems


def article_text() -> str:
    return " ".join(medialit.load_article().text.split())


def inexact_quotes(text: str, article: str) -> list[str]:
    """Double-quoted passages in `text` that are not exact copies from the article (a changed
    first letter and an end stop aside; an ellipsis splits a quote into pieces). A piece must
    match whole words: "order book" is not a quote of "order books"."""
    wrong = []
    for match in QUOTE.finditer(" ".join(text.split())):
        for piece in re.split(r"\s*(?:\u2026|\.\.\.)\s*", match.group(1)):
            piece = piece.strip(" .,;:!?")
            variants = {piece, piece[:1].lower() + piece[1:], piece[:1].upper() + piece[1:]}
            found = [re.search(rf"(?<!\w){re.escape(v)}(?!\w)", article) for v in variants]
            if piece and not any(found):
                wrong.append(piece)
    return wrong


# --------------------------------------------------------------------------- the checks themselves
def test_rubric_problems_catch_a_missing_or_thin_rubric():
    """Does the rubric check flag a missing rubric, a missing level, a short or shared example,
    and pass a complete one?"""
    words = " ".join(["word"] * MIN_WORDS)
    complete = {
        "model_answer": "A model answer.",
        "rubric": {
            level: {"contains": f"What a {level} answer holds.", "example": f"{level} {words}"}
            for level in LEVELS
        },
    }
    assert rubric_problems(complete) == []
    assert rubric_problems({"model_answer": "x"}) == ["no rubric"]
    no_basic = {**complete, "rubric": {k: v for k, v in complete["rubric"].items() if k != "basic"}}
    assert "no basic level" in rubric_problems(no_basic)
    short = json.loads(json.dumps(complete))
    short["rubric"]["emergent"]["example"] = "Too short to count."
    assert any("emergent example has 4 words" in p for p in rubric_problems(short))
    shared = json.loads(json.dumps(complete))
    shared["rubric"]["basic"]["example"] = shared["rubric"]["proficient"]["example"]
    assert "two levels share an example" in rubric_problems(shared)


def test_inexact_quotes_flags_a_retyped_quote():
    """Does the quote check pass exact article quotes and flag a retyped one?"""
    article = article_text()
    assert inexact_quotes('It says "definitely on the order books", so.', article) == []
    assert inexact_quotes('"Probably" is a hedge.', article) == []
    assert inexact_quotes('"Hundreds of weapons ... shopping list"', article) == []
    assert inexact_quotes('They are "definitely on the order book".', article) == [
        "definitely on the order book"
    ]


# --------------------------------------------------------------------------- rubrics in the banks
def test_the_banks_hold_the_reflections_we_expect():
    """Are there reflections to check (so the tests below are not empty)?"""
    assert len(reflections()) >= MIN_REFLECTIONS


@pytest.mark.parametrize(("name", "question"), reflections(), ids=[n for n, _ in reflections()])
def test_every_reflection_has_a_complete_rubric(name: str, question: dict[str, Any]):
    """Does every reflection carry a rubric: each level with what it contains and an example
    answer long enough to count, no two examples alike, none the model answer itself?"""
    assert rubric_problems(question) == [], name


@pytest.mark.parametrize(("name", "question"), reflections(), ids=[n for n, _ in reflections()])
def test_rubric_examples_quote_the_article_exactly(name: str, question: dict[str, Any]):
    """Is every passage an example answer puts in double quotes an exact copy of the article?"""
    article = article_text()
    wrong = [
        piece
        for level in LEVELS
        for piece in inexact_quotes(question["rubric"][level]["example"], article)
    ]
    assert wrong == [], f"{name}: not in the article: {wrong}"


def test_every_bank_loads_with_its_rubrics():
    """Does the course's own loader accept every bank, rubrics included, and show the rubric
    in the key lines a teacher prints?"""
    for slug in medialit.load_course().bank_slugs():
        quiz = medialit.load_quiz(slug, student="x")
        for question in quiz.questions:
            if question.type == "reflection":
                key = "\n".join(question.item.key(question))
                for level in LEVELS:
                    assert f"{level.capitalize()}: " in key, f"{slug}/{question.id}"


# --------------------------------------------------------------------------- written tasks
@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.stem)
def test_no_markdown_model_answer_is_left_in_a_solution(path: Path):
    """Does no solution keep a written task as a markdown model answer (which the generator
    turns into a prompt whose answer never reaches the answer file)?"""
    for number, cell in enumerate(notebook(path)["cells"], start=1):
        if cell["cell_type"] == "markdown":
            lines = source(cell).splitlines()
            assert not any(MD_BEGIN.match(line) or MD_END.match(line) for line in lines), (
                f"{path.name}, cell {number}: a markdown model answer; make it a reflection item"
            )


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.stem)
def test_every_written_task_is_a_recorded_item_of_the_lesson(path: Path):
    """Is each solution's written task ("In your own words") followed by a show_quiz cell of a
    reflection item from the lesson's own bank, with a rubric?"""
    slug = slug_of(path)
    bank = {q["id"]: q for q in banks()[slug]["questions"]}
    cells = notebook(path)["cells"]
    tasks = [
        i
        for i, cell in enumerate(cells)
        if cell["cell_type"] == "markdown" and re.search(r"^## .*own words", source(cell), re.M)
    ]
    assert tasks, f"{path.name} has no written task"
    for i in tasks:
        after = cells[i + 1] if i + 1 < len(cells) else {"cell_type": "none", "source": ""}
        calls = quiz_calls({"cells": [after]}) if after["cell_type"] == "code" else []
        assert len(calls) == 1, f"{path.name}, cell {i + 2}: not a show_quiz cell"
        ((called, item),) = calls
        assert called == slug, f"{path.name} shows the bank {called!r}"
        assert item in bank, f"{slug}.yaml has no item {item!r}"
        assert bank[item]["type"] == "reflection" and "rubric" in bank[item], item
        assert item.startswith(EXERCISE_PREFIX), f"{item}: name it {EXERCISE_PREFIX}…"


def test_every_exercise_item_is_shown_in_its_exercise_and_not_in_the_lesson():
    """Is every `exercise-…` item shown in its solution, and so in the generated exercise, and
    never in a lesson (where a student would answer it twice)?"""
    shown_in_solutions = {
        (slug, item) for path in SOLUTIONS for slug, item in quiz_calls(notebook(path))
    }
    in_lessons = {
        item for path in NOTEBOOKS.glob("*.ipynb") for _, item in quiz_calls(notebook(path))
    }
    exercise_items = [
        (slug, q["id"])
        for slug, bank in banks().items()
        for q in bank["questions"]
        if q["id"].startswith(EXERCISE_PREFIX)
    ]
    assert len(exercise_items) >= len(SOLUTIONS)
    for slug, item in exercise_items:
        assert (slug, item) in shown_in_solutions, f"{slug}/{item} is shown in no exercise"
        assert item not in in_lessons, f"{slug}/{item} is shown in a lesson too"


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.stem)
def test_the_exercise_keeps_the_recorded_task_and_can_show_it(path: Path):
    """Does the generated exercise keep the show_quiz cell, import show_quiz in its first code
    cell, and show no model answer?"""
    solution = notebook(path)
    exercise = exercise_notebook(solution, path.name)
    assert quiz_calls(exercise) == quiz_calls(solution)
    first_code = next(c for c in exercise["cells"] if c["cell_type"] == "code")
    assert re.search(r"^from medialit import .*\bshow_quiz\b", source(first_code), re.M)
    text = "\n".join(source(c) for c in exercise["cells"])
    assert "Model answer" not in text
    for slug, item in quiz_calls(exercise):
        answer = next(q for q in banks()[slug]["questions"] if q["id"] == item)["model_answer"]
        assert " ".join(answer.split())[:60] not in " ".join(text.split())
    committed = notebook(EXERCISES / path.name)
    assert quiz_calls(committed) == quiz_calls(solution), "regenerate exercises/"
