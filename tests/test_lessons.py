"""The lessons (notebooks/00-07) and their question banks, checked as files.

Running the lessons is nbval's job (`pytest --nbval-lax notebooks`); this file checks what
nbval cannot see: committed state, the house layout of a lesson, quiz ids, bank coverage and
exact quotation of the article.

Quoting convention, so the quote check is honest: in lesson markdown, a passage copied from
the article is written in italic quotes, *"like this"*, and must be an exact substring of the
article (line breaks in the markdown source count as spaces). Quotes from other sources
(FACTS.md) use plain quotes. A plain-quoted passage that shares four or more words in a row
with the article but is not an exact copy is flagged as a likely misquote, in lessons and in
question banks alike.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest
import yaml

import medialit
from medialit._course import load_course
from medialit.items import ITEM_TYPES

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
EXERCISES = ROOT / "exercises"
BANKS = ROOT / "src" / "medialit" / "data" / "quizzes"

# The lessons a student works through, in the order the course's manifest gives them.
LESSONS = [f"{n:02d}-{slug}" for n, slug in enumerate(load_course().lessons)]
MIN_ITEMS_TOTAL = 60
MIN_ITEMS_PER_LESSON = 5
MIN_ITEMS_START_HERE = 1  # lesson 00 teaches the interface, not the article
MIN_QUOTE_CHARS = 15
NEAR_COPY = 0.92  # character similarity above which an inexact quote counts as retyped

SHOW_QUIZ = re.compile(r"""show_quiz\(\s*["']([^"']+)["']\s*(?:,\s*["']([^"']+)["']\s*)?\)""")
MARKED_QUOTE = re.compile(r"""(?<![*_\w])[*_]"([^"]+?)"[*_](?![*_\w])""", re.DOTALL)
PLAIN_QUOTE = re.compile(r"""["\u201c]([^"\u201c\u201d]+)["\u201d]""")
CODE_SPAN = re.compile(r"```.*?```|`[^`]*`", re.DOTALL)
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
RELATIVE_DATA = re.compile(r"""["'](?:\.{1,2}/|[\w./-]+\.(?:csv|ya?ml|txt|json)["'])""")
EDITOR_KEYS = {"ExecuteTime", "execution", "vscode", "widgets", "scrolled", "collapsed"}


# --------------------------------------------------------------------------- helpers
def slug_of(stem: str) -> str:
    return stem.split("-", 1)[1]


def load_notebook(stem: str) -> dict[str, Any]:
    path = NOTEBOOKS / f"{stem}.ipynb"
    assert path.is_file(), f"{path} is missing"
    return json.loads(path.read_text(encoding="utf-8"))


def source(cell: dict[str, Any]) -> str:
    text = cell["source"]
    return "".join(text) if isinstance(text, list) else text


def title_of(stem: str) -> str:
    first = source(load_notebook(stem)["cells"][0]).splitlines()[0]
    return first.removeprefix("# ").strip()


def load_bank(slug: str) -> dict[str, Any]:
    return yaml.safe_load((BANKS / f"{slug}.yaml").read_text(encoding="utf-8"))


def all_banks() -> dict[str, dict[str, Any]]:
    return {slug_of(stem): load_bank(slug_of(stem)) for stem in LESSONS}


def quiz_calls(nb: dict[str, Any]) -> list[tuple[str, str | None]]:
    calls = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            calls += [(m.group(1), m.group(2)) for m in SHOW_QUIZ.finditer(source(cell))]
    return calls


def statement_refs(question: dict[str, Any]) -> set[str]:
    """Every statement or sentence id a question names, in any of the format's keys."""
    refs = {question[k] for k in ("statement", "sentence") if k in question}
    refs.update(question.get("statements") or [])
    refs.update(item["statement"] for item in question.get("items") or [])
    if isinstance(question.get("key"), dict):
        refs.update(question["key"])
    return refs


def strings_in(value: Any) -> list[str]:
    """All text in a parsed YAML value, recursively (prompts, options, feedback, answers)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def squash(text: str) -> str:
    return " ".join(text.split())


def article_text() -> str:
    return squash(medialit.load_article().text)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def quote_pieces(passage: str) -> list[str]:
    """The parts of a quoted passage to compare: split at ellipses, end punctuation trimmed."""
    pieces = re.split(r"\s*(?:\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\])\s*", squash(passage))
    return [p.strip(" .,;:!?") for p in pieces if p.strip(" .,;:!?")]


def is_exact(piece: str, article: str) -> bool:
    """An exact copy, allowing only a changed first letter ("Bans" for "bans")."""
    variants = {piece, piece[:1].lower() + piece[1:], piece[:1].upper() + piece[1:]}
    return any(v in article for v in variants)


def misquotes(passages: list[str], article: str) -> list[str]:
    """Passages that look retyped from the article (92 % alike, 4+ words shared) but differ.

    Sharing four words is only the filter; the verdict is character similarity with the
    article passage it overlaps, so a made-up variant that reuses a clause ("..., the sources
    said") is not flagged, while a dropped word or a changed ending is.
    """
    words = article.split()
    plain = [_words(w)[0] if _words(w) else "" for w in words]
    runs: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(plain) - 3):
        runs.setdefault(tuple(plain[i : i + 4]), []).append(i)
    bad = []
    for passage in passages:
        for piece in quote_pieces(passage):
            if len(piece) < MIN_QUOTE_CHARS or is_exact(piece, article):
                continue
            piece_words = piece.split()
            piece_plain = [_words(w)[0] if _words(w) else "" for w in piece_words]
            n = len(piece_words)
            best = 0.0
            for j in range(n - 3):
                for i in runs.get(tuple(piece_plain[j : j + 4]), []):
                    for start in range(max(0, i - j - 3), i - j + 4):
                        for length in range(max(1, n - 3), n + 4):
                            window = " ".join(words[start : start + length])
                            ratio = SequenceMatcher(None, piece.lower(), window.lower()).ratio()
                            best = max(best, ratio)
            if best >= NEAR_COPY:
                bad.append(piece)
    return bad


def markdown_quotes(text: str) -> tuple[list[str], list[str]]:
    """(article quotes marked *"..."*, other double-quoted passages) in markdown, code skipped."""
    text = CODE_SPAN.sub(" ", text)
    marked = [m.group(1) for m in MARKED_QUOTE.finditer(text)]
    rest = MARKED_QUOTE.sub(" ", text)
    plain = [m.group(1) for m in PLAIN_QUOTE.finditer(rest)]
    return marked, plain


# --------------------------------------------------------------------------- the checker itself
def test_misquote_check_flags_a_retyped_quote_and_passes_an_exact_one():
    """Does the quote check catch a near copy of the article and let exact copies through?"""
    article = article_text()
    retyped = "According to consistent report, Iran had sent drones to Russia in August"
    exact = "According to consistent reports, Iran had already sent drones to Russia in August"
    assert misquotes([retyped], article) == [retyped]
    assert misquotes([exact, exact + "."], article) == []
    assert misquotes(["According to diplomats \u2026 from Iran."], article) == []
    assert misquotes(["Bans Iran from such arms deals"], article) == []
    changed_end = "Russia and Iran have long cooperated military"
    assert misquotes([changed_end], article) == [changed_end]


def test_misquote_check_leaves_quotes_from_other_sources_alone():
    """Do quotes from elsewhere (FACTS.md, a made-up variant) pass the misquote check?"""
    facts_quotes = [
        "They transferred dozens just this summer.",
        "Where they are being used is not the seller's issue.",
        "a limited number of drones months before the war",
        "Moscow wants to counteract the acute shortage of military supplies, the sources said",
    ]
    assert misquotes(facts_quotes, article_text()) == []


def test_markdown_quotes_tell_marked_from_plain():
    """Are italic-quoted passages read as article quotes, and plain quotes and code skipped?"""
    text = 'It says *"According to\ndiplomats"* and "over several days" and `"not this"`.'
    marked, plain = markdown_quotes(text)
    assert marked == ["According to\ndiplomats"]
    assert plain == ["over several days"]


# --------------------------------------------------------------------------- notebooks as files
@pytest.mark.parametrize("stem", LESSONS)
def test_lesson_is_committed_without_outputs_or_widget_state(stem):
    """Is the lesson committed clean: no outputs, no counts, no widget state, python3 kernel?"""
    nb = load_notebook(stem)
    assert nb["metadata"].get("kernelspec", {}).get("name") == "python3"
    assert "widgets" not in nb["metadata"], "saved widget state"
    assert not set(nb["metadata"]) - {"kernelspec", "language_info"}, "editor metadata"
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"cell {i} has outputs"
            assert cell.get("execution_count") is None, f"cell {i} has an execution count"
        assert not EDITOR_KEYS & set(cell.get("metadata", {})), f"cell {i} has editor metadata"


@pytest.mark.parametrize("stem", LESSONS)
def test_first_cell_has_title_goals_before_you_start_and_time(stem):
    """Does cell 1 hold '# NN · Title', 3-5 learning goals, Before you start and Time?"""
    cell = load_notebook(stem)["cells"][0]
    assert cell["cell_type"] == "markdown"
    text = source(cell)
    assert re.match(rf"# {stem[:2]} \u00b7 \S", text), f"title should start '# {stem[:2]} · '"
    for part in ("Learning goals", "Before you start", "Time"):
        assert f"**{part}" in text or f"## {part}" in text, f"no '{part}' in cell 1"
    goals = text.split("Learning goals", 1)[1].split("Before you start", 1)[0]
    count = len(re.findall(r"^\s*[-*] ", goals, re.MULTILINE))
    assert 3 <= count <= 5, f"{count} learning goals; the house style asks for 3-5"


@pytest.mark.parametrize("stem", LESSONS)
def test_second_cell_is_the_run_first_cell_without_relative_paths(stem):
    """Is cell 2 '# Run this cell first' with the imports, and no code reads a relative path?"""
    nb = load_notebook(stem)
    cell = nb["cells"][1]
    assert cell["cell_type"] == "code"
    assert source(cell).startswith("# Run this cell first")
    if quiz_calls(nb):
        assert re.search(r"from medialit import \(?[\s\w,]*\bshow_quiz\b", source(cell))
    for i, other in enumerate(nb["cells"]):
        if other["cell_type"] == "code":
            assert not RELATIVE_DATA.search(source(other)), f"cell {i} reads a relative path"


@pytest.mark.parametrize("stem", LESSONS)
def test_numbered_sections_each_end_with_a_quiz_then_key_points(stem):
    """Are sections numbered 1, 2, 3…, each with a one-line quiz cell, then Key points?"""
    nb = load_notebook(stem)
    sections: list[tuple[int, list[str]]] = []
    key_points_at = None
    for i, cell in enumerate(nb["cells"]):
        text = source(cell)
        if cell["cell_type"] == "markdown":
            for heading in re.findall(r"^## (.+)$", text, re.MULTILINE):
                number = re.match(r"(\d+)\. \S", heading)
                if number:
                    sections.append((int(number.group(1)), []))
                elif heading.strip() == "Key points":
                    key_points_at = i
        elif SHOW_QUIZ.search(text) and sections and key_points_at is None:
            assert len(text.strip().splitlines()) == 1, f"quiz cell {i} is not one line"
            sections[-1][1].append(text)
    assert [n for n, _ in sections] == list(range(1, len(sections) + 1)) and sections
    assert key_points_at is not None, "no '## Key points'"
    if stem != "00-start-here":  # lesson 00 has sections about setup that need no quiz
        empty = [n for n, quizzes in sections if not quizzes]
        assert not empty, f"sections without a quiz: {empty}"


@pytest.mark.parametrize("stem", LESSONS)
def test_lesson_links_to_the_next_lesson_and_its_exercise(stem):
    """Does the last cell link to the next lesson by its title, and to an existing exercise?"""
    last = source(load_notebook(stem)["cells"][-1])
    index = LESSONS.index(stem)
    if index + 1 < len(LESSONS):
        nxt = LESSONS[index + 1]
        # Either "[Next: 02 · Who is speaking?](02-….ipynb)" or "**Next:** [02 · …](02-….ipynb)".
        links = [
            (line, text.removeprefix("Next: "), target)
            for line in last.splitlines()
            for text, target in LINK.findall(line)
        ]
        wanted = [
            (text, target)
            for line, text, target in links
            if target == f"{nxt}.ipynb" and "Next" in line
        ]
        assert wanted == [(title_of(nxt), f"{nxt}.ipynb")], f"no 'Next' link to {nxt}"
    if stem != "00-start-here":
        target = f"../exercises/{stem}.ipynb"
        assert f"]({target})" in last, f"no link to {target}"


@pytest.mark.parametrize("stem", LESSONS[1:])
def test_the_exercise_a_lesson_links_to_exists(stem):
    """Does exercises/NN-slug.ipynb exist, so the lesson's exercise link is not broken?"""
    assert (EXERCISES / f"{stem}.ipynb").is_file(), f"../exercises/{stem}.ipynb is missing"


# --------------------------------------------------------------------------- quizzes and banks
@pytest.mark.parametrize("stem", LESSONS)
def test_every_quiz_a_lesson_shows_exists_in_its_bank(stem):
    """Does every show_quiz(slug, id) in a lesson name its own bank and an id in it?"""
    calls = quiz_calls(load_notebook(stem))
    assert calls, "the lesson shows no quiz"
    ids = {q["id"] for q in load_bank(slug_of(stem))["questions"]}
    for slug, qid in calls:
        assert slug == slug_of(stem), f"show_quiz({slug!r}) in lesson {stem}"
        assert qid is None or qid in ids, f"{slug}.yaml has no question {qid!r}"


@pytest.mark.parametrize("stem", LESSONS)
def test_every_question_in_a_bank_is_shown_in_its_lesson(stem):
    """Is every question of a bank shown somewhere in its lesson or in the lesson's exercise
    (an exercise's written task is a recorded item of the lesson's bank; none a student never
    sees)?"""
    calls = quiz_calls(load_notebook(stem))
    if any(qid is None for _, qid in calls):
        return  # the whole bank is shown at once
    shown = {qid for _, qid in calls}
    solution = ROOT / "solutions" / f"{stem}.ipynb"
    if solution.is_file():
        exercise = json.loads(solution.read_text(encoding="utf-8"))
        shown |= {qid for slug, qid in quiz_calls(exercise) if slug == slug_of(stem)}
    bank = {q["id"] for q in load_bank(slug_of(stem))["questions"]}
    assert not bank - shown, f"never shown: {sorted(bank - shown)}"


@pytest.mark.parametrize("stem", LESSONS)
def test_bank_loads_and_has_enough_questions(stem):
    """Does each bank load with medialit.load_quiz, with at least 5 items (00: at least 1)?"""
    quiz = medialit.load_quiz(slug_of(stem), student="tester")
    least = MIN_ITEMS_START_HERE if stem.startswith("00") else MIN_ITEMS_PER_LESSON
    assert len(quiz.questions) >= least


def test_banks_hold_enough_items_and_every_type_twice():
    """Are there at least 60 items in all, and is every item type used at least twice?"""
    questions = [q for bank in all_banks().values() for q in bank["questions"]]
    assert len(questions) >= MIN_ITEMS_TOTAL
    counts = Counter(q["type"] for q in questions)
    rare = {t: counts[t] for t in ITEM_TYPES if counts[t] < 2}
    assert not rare, f"item types used fewer than twice: {rare}"


def test_every_statement_appears_in_some_question():
    """Is every statement id of statements.csv named in at least one question?"""
    named = {
        ref for bank in all_banks().values() for q in bank["questions"] for ref in statement_refs(q)
    }
    ids = set(medialit.load_statements()["id"])
    assert not ids - named, f"statements in no question: {sorted(ids - named)}"


# --------------------------------------------------------------------------- quoting the article
@pytest.mark.parametrize("stem", LESSONS)
def test_article_quotes_in_lesson_markdown_are_exact(stem):
    """Is every italic-quoted *"..."* passage in a lesson an exact copy from the article?"""
    article = article_text()
    for cell in load_notebook(stem)["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        marked, _ = markdown_quotes(source(cell))
        wrong = [q for q in marked for piece in quote_pieces(q) if not is_exact(piece, article)]
        assert not wrong, f"not in the article: {wrong}"


def test_lessons_quote_the_article_in_the_marked_form():
    """Do the lessons actually use the marked form, so the exact-quote check is not empty?"""
    marked = [
        q
        for stem in LESSONS
        for cell in load_notebook(stem)["cells"]
        if cell["cell_type"] == "markdown"
        for q in markdown_quotes(source(cell))[0]
        if len(q) >= MIN_QUOTE_CHARS
    ]
    assert len(marked) >= len(LESSONS)


@pytest.mark.parametrize("stem", LESSONS)
def test_plain_quotes_in_lessons_are_not_near_copies_of_the_article(stem):
    """Is no plain-quoted passage in a lesson a near (retyped, altered) copy of the article?"""
    plain = [
        q
        for cell in load_notebook(stem)["cells"]
        if cell["cell_type"] == "markdown"
        for q in markdown_quotes(source(cell))[1]
    ]
    assert misquotes(plain, article_text()) == []


@pytest.mark.parametrize("stem", LESSONS)
def test_quotes_in_question_banks_are_not_near_copies_of_the_article(stem):
    """Is every quoted passage in a bank's text exact wherever it copies the article?"""
    passages = [
        m.group(1)
        for text in strings_in(load_bank(slug_of(stem)))
        for m in PLAIN_QUOTE.finditer(text)
    ]
    assert misquotes(passages, article_text()) == []


def test_package_lesson_order_matches_the_notebook_numbers():
    """Are the notebooks exactly the manifest's lessons, numbered in its order, each with a bank?"""
    assert len(LESSONS) >= 8
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == LESSONS
    assert load_course().bank_slugs() == [slug_of(stem) for stem in LESSONS]
