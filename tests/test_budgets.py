"""Every lesson fits a 45-minute period (issue 21 §1): what a student must read, the scored
items, the stated time against the teaching guide's plan, and a core path without Python.

What a student reads is counted as they see it: the notebook's markdown, and for every quiz
cell the prompt, the options or statements, the cards a search opens, and the feedback of
every option (a student may read any of them). Optional material is left out, but only when
it is marked for the student, as a "Going further" box:

- the box opens with a markdown cell whose first line starts with `> **Going further**` and
  says it is optional;
- it goes on while the markdown cells are quotes (every line starts with `>`), so the whole
  box shows indented, and the code and quiz cells between them belong to it;
- it ends at the first markdown cell that is not a quote (a heading, the next paragraph).

The count skips a box's markdown and quizzes, and its scored items: a student may leave them.
"""

from __future__ import annotations

import ast
import json
import re
from functools import cache
from pathlib import Path

import pytest

import medialit
from medialit._quiz import Question

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
GUIDE = ROOT / "docs" / "teaching-guide.md"
PRACTICE = ROOT / "src" / "medialit" / "data" / "practice"

MAX_WORDS = 3500
MAX_SCORED = 12
GOING_FURTHER = "> **Going further**"  # the first line of an optional box

WORD = re.compile(r"[0-9A-Za-zÀ-ÿ]+(?:['’.,:/-][0-9A-Za-zÀ-ÿ]+)*")
QUIZ_CALL = re.compile(r'show_quiz\(\s*"([a-z0-9-]+)"\s*,\s*"([a-z0-9-]+)"\s*\)')


def words(text: str) -> int:
    """Words as a reader counts them: link targets, HTML tags and markup are not words."""
    text = re.sub(r"\]\([^)]*\)", "]", text)  # [glossary](../docs/glossary.md) -> glossary
    text = re.sub(r"<[^>]+>", " ", text)
    return len(WORD.findall(text))


def lesson_paths() -> list[Path]:
    """Lesson N of the manifest is notebooks/NN-<slug>.ipynb."""
    return [
        NOTEBOOKS / f"{n:02d}-{slug}.ipynb" for n, slug in enumerate(medialit.load_course().lessons)
    ]


def cells(path: Path) -> list[tuple[str, str]]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return [(cell["cell_type"], "".join(cell["source"])) for cell in notebook["cells"]]


def is_going_further(source: str) -> bool:
    """Does this markdown cell open a Going further box?"""
    return source.lstrip().startswith(GOING_FURTHER)


def is_quote(source: str) -> bool:
    lines = [line for line in source.strip().splitlines() if line.strip()]
    return bool(lines) and all(line.lstrip().startswith(">") for line in lines)


def optional_flags(path: Path) -> list[bool]:
    """For each cell, is it inside a Going further box?"""
    flags: list[bool] = []
    inside = False
    for kind, source in cells(path):
        if kind == "markdown":
            inside = is_going_further(source) or (inside and is_quote(source))
        flags.append(inside)
    return flags


def shown_text(question: Question) -> list[str]:
    """What a student can read of one question: prompt, what it shows, and its feedback."""
    item = question.item
    parts = [question.prompt]
    if question.statement is not None and item.quotes_statement:
        parts.append(question.statement.text)
    if hasattr(item, "results_page"):  # a search: what a student reads on the key's own path
        from medialit import _search_index as index

        # Not its plain-text lines: they say how to search by call, for a page without widgets.

        query, first = question.spec["queries"][0], question.spec["first"]
        parts.append(item.results_page(question, query))  # one results page
        for page_id in first:
            page = index.pages()[page_id]
            about = index.about_id(page.profile) if page.profile else ""
            if about in index.pages():
                parts += item.page(question, about)  # the lookup: who is behind the outlet
            parts += item.page(question, page_id)  # the report (its card is the lookup's)
        keyed = {
            "queries": [query],
            "opened": list(first),
            "scanned": 3,
            "reason": "the sources I opened",
            "status": question.spec["answer"],
        }
        parts.append(question.check(keyed).feedback)  # what the answer shows
        return parts
    parts += item.lines(question)  # options, statements to sort, events to order
    choices = question.spec.get(item.lettered, []) if item.lettered else []
    if any("feedback" in choice for choice in choices):
        parts += [str(choice["feedback"]) for choice in choices]  # every option's feedback
    else:
        parts += item.key(question)  # the key and its reasons, or the model answer and rubric
    return parts


@cache
def practice_quiz(name: str) -> medialit.Quiz:
    course = medialit.load_course(PRACTICE / name)
    return medialit.load_quiz(course.lessons[0], course=course)


def helpers(code: str) -> dict[str, str]:
    """Functions a lesson defines to show a practice article's questions: name -> article.

    Lesson 09 writes `practice("sort-opening")` for the Ebola article's own bank: a function
    whose body calls show_quiz with `course=`, for a course loaded as `PRACTICE / "<name>"`.
    """
    found: dict[str, str] = {}
    loaded = dict(re.findall(r'(\w+) = load_course\(PRACTICE / "([a-z0-9-]+)"\)', code))
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.FunctionDef) and "show_quiz" in ast.unparse(node):
            course = re.search(r"course=(\w+)", ast.unparse(node))
            if course and course.group(1) in loaded:
                found[node.name] = loaded[course.group(1)]
    return found


def shown_questions(path: Path, *, optional: bool = True) -> list[Question]:
    """Every question the lesson's code cells show, in order (those in Going further boxes
    only if `optional`); fails on a call it cannot read."""
    flags = optional_flags(path)
    code_cells = [source for kind, source in cells(path) if kind == "code"]
    helper = helpers("\n\n".join(c for c in code_cells if "def " in c))
    shown: list[Question] = []
    for (kind, source), boxed in zip(cells(path), flags, strict=True):
        if kind != "code" or (boxed and not optional):
            continue
        calls = QUIZ_CALL.findall(source)
        assert source.count("show_quiz(") - ("def " in source) == len(calls), (
            f"{path.name}: a show_quiz call the budget test cannot read: {source!r}"
        )
        shown += [medialit.load_quiz(slug)[qid] for slug, qid in calls]
        for name, article in helper.items():
            for qid in re.findall(rf'(?<![\w.]){name}\("([a-z0-9-]+)"\)', source):
                shown.append(practice_quiz(article)[qid])
    return shown


def budget(path: Path) -> tuple[int, int]:
    """(words a student must read, scored items a student must answer) of one lesson."""
    flags = optional_flags(path)
    pairs = zip(cells(path), flags, strict=True)
    text = [s for (kind, s), boxed in pairs if kind == "markdown" and not boxed]
    required = shown_questions(path, optional=False)
    count = sum(words(part) for part in text)
    count += sum(words(part) for q in required for part in shown_text(q))
    return count, sum(q.scored for q in required)


LESSONS = lesson_paths()


def test_every_lesson_of_the_manifest_exists() -> None:
    """Does every lesson of the course manifest have its notebook?"""
    missing = [p.name for p in LESSONS if not p.exists()]
    assert not missing, f"lessons in course.yaml without a notebook: {missing}"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_fits_the_word_and_item_budget(path: Path) -> None:
    """Does a student read at most 3,500 words and answer at most 12 scored items in each
    lesson (Going further boxes left out)?"""
    count, scored = budget(path)
    assert count <= MAX_WORDS, (
        f"{path.name}: {count} words to read (budget {MAX_WORDS}); trim, or move optional "
        f"material into a box that starts with {GOING_FURTHER!r}"
    )
    assert scored <= MAX_SCORED, f"{path.name}: {scored} scored items (budget {MAX_SCORED})"


def test_the_count_sees_quizzes_and_skips_going_further() -> None:
    """Does the count include every quiz a lesson shows, and leave out what sits in a Going
    further box, and only that?"""
    lesson = NOTEBOOKS / "07-lateral-reading.ipynb"
    every = shown_questions(lesson)
    required = shown_questions(lesson, optional=False)
    assert {q.id for q in every} - {q.id for q in required} >= {"backed-by-december"}
    assert {"search-missiles", "missiles-in-s02"} <= {q.id for q in required}
    flags = optional_flags(lesson)
    assert any(flags) and not all(flags)
    headings = [s for (k, s), f in zip(cells(lesson), flags, strict=True) if s.startswith("## ")]
    assert headings and not any(
        f for (k, s), f in zip(cells(lesson), flags, strict=True) if s.startswith("## ")
    ), "a heading always ends a box"
    text = sum(words(s) for kind, s in cells(lesson) if kind == "markdown")
    everything = text + sum(words(p) for q in every for p in shown_text(q))
    assert budget(lesson)[0] < everything
    search = medialit.load_quiz("lateral-reading")["search-missiles"]
    assert "Owner or funder" in " ".join(shown_text(search)), "a search's cards count"
    practice = shown_questions(NOTEBOOKS / "09-your-own-article.ipynb")
    assert any(q.quiz_slug != "your-own-article" for q in practice), (
        "lesson 09's practice() questions are counted"
    )


def test_going_further_boxes_say_they_are_optional() -> None:
    """Does every Going further box tell the student, in its first line, that it is optional?"""
    for path in LESSONS:
        for kind, source in cells(path):
            if kind == "markdown" and is_going_further(source):
                first = source.strip().splitlines()[0]
                assert "optional" in first.lower(), f"{path.name}: {first!r} must say optional"


# --------------------------------------------------------------------------- stated time
def guide_quiz_minutes() -> dict[str, int]:
    """The quiz phase of each lesson's plan in the teaching guide, by slug: the time students
    work in the notebook (the guide: "every plan gives the quiz phase the notebook's stated
    time"). Each plan's rows add up to 45."""
    text = GUIDE.read_text(encoding="utf-8")
    plans: dict[str, int] = {}
    for heading, body in re.findall(
        r"^### Lesson \d\d · ([a-z-]+) — .*?\n(.*?)(?=^### |\Z)", text, re.M | re.S
    ):
        rows = dict(re.findall(r"^\| ([A-Z][a-z -]+) \| (\d+) \|", body, re.M))
        assert sum(int(m) for m in rows.values()) == 45, f"the plan of {heading} adds up to 45"
        plans[heading] = int(rows["Quiz"])
    return plans


def stated_minutes(path: Path) -> int:
    first = cells(path)[0][1]
    found = re.search(r"\*\*Time\.\*\* About (\d+) minutes", first)
    assert found, f"{path.name} states its time as '**Time.** About N minutes'"
    return int(found.group(1))


def test_every_lesson_has_a_plan_and_the_plans_add_up() -> None:
    """Does the guide have a 45-minute plan for every lesson of the manifest, in order?"""
    plans = guide_quiz_minutes()
    assert list(plans) == list(medialit.load_course().lessons)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_stated_time_matches_the_guide(path: Path) -> None:
    """Does the notebook state the time the guide's plan gives its quiz phase?"""
    slug = path.stem.split("-", 1)[1]
    assert stated_minutes(path) == guide_quiz_minutes()[slug], (
        f"{path.name} states {stated_minutes(path)} minutes; the guide's plan gives "
        f"{guide_quiz_minutes()[slug]}"
    )


def test_headings_name_the_lesson_number() -> None:
    """Does every lesson's title carry its number in the manifest (06 · …, 07 · …)?"""
    for n, path in enumerate(LESSONS):
        assert cells(path)[0][1].startswith(f"# {n:02d} · "), path.name


# --------------------------------------------------------------------------- no Python needed
# A gap to fill in a code cell: `answer = ...`, a line that is only `...`, or a comment asking
# for code. A required step that asks to edit, type into or paste into a cell.
GAP = re.compile(r"(?m)^\s*(?:\w+\s*=\s*)?\.\.\.\s*(?:#.*)?$|#\s*(?:your code|TODO)", re.I)
ASKS_TO_EDIT = re.compile(
    r"\b(?:change|edit|write|type|paste)\b[^.]{0,60}\b(?:code|cell|quotation marks)\b", re.I
)


def asks_to_edit(text: str) -> str | None:
    """The first instruction to edit code in a text, unless its sentence says it is not
    needed ("You do not need to write or change any code")."""
    for found in ASKS_TO_EDIT.finditer(text):
        sentence = re.split(r"[.!?]\s", text[: found.start()])[-1]
        if not re.search(r"\b(?:not|never|no)\b", sentence, re.I):
            return found.group(0)
    return None


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_core_path_needs_no_code_editing(path: Path) -> None:
    """Can a student who never edits code finish the lesson? No required code cell holds a
    gap to fill, and no required markdown asks to edit, type or paste into a cell: such steps
    sit in a Going further box, which says it is optional."""
    for (kind, source), boxed in zip(cells(path), optional_flags(path), strict=True):
        if boxed:
            continue
        if kind == "code":
            assert not GAP.search(source), f"{path.name}: a required cell has a gap: {source!r}"
        else:
            asks = asks_to_edit(source)
            assert not asks, f"{path.name}: a required step asks to edit code: {asks!r}"


def test_the_no_code_check_catches_a_gap_and_a_paste() -> None:
    """Does the check see a gap and a paste instruction, and pass a plain run-and-answer cell?"""
    assert GAP.search("answer = ...  # replace the dots")
    assert GAP.search("# Your code here")
    assert not GAP.search("months = list(calendar.month_name)[1:]  # January ... December")
    assert asks_to_edit("Paste it between the three\nquotation marks below.")
    assert not asks_to_edit("Run the cell, then answer the question.")
    assert not asks_to_edit("You do not need to write or change any code.")
