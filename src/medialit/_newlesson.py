"""A new article in an afternoon: a draft course folder from any English news text.

`new_lesson(text_file, slug)` runs the analyzer and writes a course folder (docs/architecture.md,
"Add an article"): `course.yaml`, `article.txt`, the analyzer's `statements.csv` (every
explanation starts "Draft:" until a teacher checks it), a draft question bank that takes its
keys from the statements (so it follows every correction), and a lesson notebook from the house
template. `annotate(folder)` (in `_annotator.py`) is where the teacher corrects the labels.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from medialit._article import parse_article, piece_suffix
from medialit._course import SLUG, Course, load_course
from medialit._data import STATEMENT_COLUMNS, validate_statements

MAX_ARTICLE_BYTES = 200_000  # a long feature is 50 kB; more is not one article
DRAFT = "Draft: "


def draft_statements(text: str) -> list[dict[str, str]]:
    """The analyzer's statements as statements.csv rows, each placed in the course's own
    sentence (the loader checks every text against it) and explained by the rule that fired.

    The article and the analyzer split sentences with the same splitter, so every statement
    lies inside one sentence of the course; each is placed by where it starts in the text.
    """
    from bisect import bisect_right

    from medialit._analyze import analyze, offsets

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    article = parse_article(text)
    sentences = list(article.sentence_rows)
    starts = offsets(text, [sentence for _, _, sentence in sentences])
    records = analyze(text).to_dict("records")
    rows: list[dict[str, str]] = []
    where: list[int] = []  # where each row starts in the text, for the reading order
    for record, start in zip(
        records, offsets(text, [str(r["text"]) for r in records]), strict=True
    ):
        index = max(bisect_right(starts, start) - 1, 0)
        sid, paragraph, sentence = sentences[index]
        if start + len(str(record["text"])) > starts[index] + len(sentence):
            raise ValueError(  # cannot happen while both split with one splitter; say so if it does
                f"the analyzer's statement {str(record['text'])[:60]!r} runs over the end of "
                f"sentence {sid}"
            )
        row = {
            c: "" if record.get(c) is None else str(record.get(c, "")) for c in STATEMENT_COLUMNS
        }
        row["sentence"], row["paragraph"] = sid, str(paragraph)
        row["checkable"] = "true" if record["checkable"] else "false"
        row["explanation"] = DRAFT + str(record["why"])
        rows.append(row)
        where.append(start)
    covered = {r["sentence"] for r in rows}
    for (sid, par, sentence), start in zip(sentences, starts, strict=True):
        if sid not in covered:  # every sentence gets a row, as the course requires
            rows.append(_author_fact(sid, par, sentence))
            where.append(start)
    rows = [row for _, row in sorted(zip(where, rows, strict=True), key=lambda pair: pair[0])]
    _renumber(rows)
    validate_statements(rows, article)
    return rows


def _author_fact(sid: str, paragraph: int, sentence: str) -> dict[str, str]:
    row = dict.fromkeys(STATEMENT_COLUMNS, "")
    row.update(
        id=sid,
        sentence=sid,
        paragraph=str(paragraph),
        text=sentence,
        kind="fact",
        source="the article",
        source_type="author",
        evidence="none",
        checkable="true",
        explanation=DRAFT + "the analyzer found no statement here; the author's own voice → fact",
    )
    return row


def _renumber(rows: list[dict[str, str]]) -> None:
    """Ids as the course writes them: the sentence id, with a, b… where a sentence holds two."""
    per_sentence: dict[str, int] = {}
    for row in rows:
        per_sentence[row["sentence"]] = per_sentence.get(row["sentence"], 0) + 1
    seen: dict[str, int] = {}
    for row in rows:
        sid = row["sentence"]
        seen[sid] = seen.get(sid, 0) + 1
        row["id"] = sid if per_sentence[sid] == 1 else sid + piece_suffix(seen[sid] - 1)


def draft_bank(slug: str, rows: list[dict[str, str]]) -> dict[str, Any]:
    """A draft question bank whose keys come from the statements (no key is typed)."""
    questions: list[dict[str, Any]] = []
    kinds: dict[str, str] = {}
    for row in rows:
        kinds.setdefault(row["kind"], row["id"])
    sortable = list(dict.fromkeys([*kinds.values(), *(r["id"] for r in rows)]))[:6]
    if len(sortable) >= 2:
        questions.append(
            {
                "id": "sort-kinds",
                "type": "sort",
                "prompt": "Sort these statements into the five kinds. Go through the rules in "
                "order for each one.",
                "statements": sortable,
            }
        )
    for target, column in (("source", "source"), ("cue", "cue"), ("hedge", "hedges")):
        chosen: dict[str, str] | None = next(
            (
                r
                for r in rows
                if r[column]
                and (column == "hedges" or r["source_type"] != "author")
                and _in_text(r[column], r["text"])
            ),
            None,
        )
        if chosen is not None:
            questions.append(
                {
                    "id": f"mark-{target}-{chosen['id'].lower()}",
                    "type": "mark",
                    "prompt": f"Mark the {target} in this statement.",
                    "statement": chosen["id"],
                    "target": target,
                    "feedback": f"Check the {target} against the statements table.",
                }
            )
    attributed = next((r for r in rows if r["kind"] in ("claim", "denial")), None)
    if attributed is not None:
        questions.append(
            {
                "id": "who-vouches",
                "type": "single",
                "prompt": "According to the author, is what this statement says true?",
                "statement": attributed["id"],
                "options": [
                    {
                        "text": "The author does not say: someone else says it.",
                        "correct": True,
                        "feedback": "Right: a cue hands the statement to a source, so the "
                        "author does not vouch for it.",
                    },
                    {
                        "text": "Yes: the author says so.",
                        "correct": False,
                        "feedback": "Look for the cue: who is speaking?",
                    },
                    {
                        "text": "No: the author says it is false.",
                        "correct": False,
                        "feedback": "The author does not reject it either.",
                    },
                    {
                        "text": "Yes, because it is in a news report.",
                        "correct": False,
                        "feedback": "Being in a report does not make the author vouch for it.",
                    },
                ],
            }
        )
    questions.append(
        {
            "id": "check-the-machine",
            "type": "reflection",
            "prompt": "Find one statement where the draft label is wrong or debatable. Which "
            "one, what would you label it, and why?",
            "model_answer": "Name the statement, the label you would give, and the rule or "
            "word in the sentence that decides it.",
        }
    )
    return {"slug": slug, "title": f"Draft: {slug}", "questions": questions}


def _in_text(phrases: str, text: str) -> bool:
    return any(p.strip().lower() in text.lower() for p in phrases.split(";") if p.strip())


def draft_notebook(slug: str, title: str, bank: dict[str, Any]) -> dict[str, Any]:
    """A lesson notebook from the house template, showing the draft bank."""

    def cell(kind: str, source: str) -> dict[str, Any]:
        base: dict[str, Any] = {"cell_type": kind, "metadata": {}, "source": source}
        if kind == "code":
            base.update(execution_count=None, outputs=[])
        return base

    quiz_cells = [
        cell("code", f'show_quiz("{slug}", "{q["id"]}", course=course)') for q in bank["questions"]
    ]
    cells = [
        cell(
            "markdown",
            f"# {title}\n\n**Learning goals**\n\n- Sort the statements of a new article into the "
            "five kinds.\n- Find who speaks, the cue and the hedges.\n- Check a machine's labels "
            "by the course's rules.\n\n**Before you start:** lessons 02-04.\n\n**Time:** about "
            "20 minutes.",
        ),
        cell(
            "code",
            "# Run this cell first\nfrom pathlib import Path\n\n"
            "from medialit import load_course, load_statements, show_quiz, show_table\n\n"
            "course = load_course(Path.cwd())\nstatements = load_statements(course)",
        ),
        cell("markdown", "## 1. The article"),
        cell("code", "print(course.article.text)"),
        cell("markdown", "## 2. Sort, mark and vouch"),
        *quiz_cells,
        cell(
            "markdown",
            "## Key points\n\n- Go through the rules in order: opinion, someone else speaking, "
            "the author's voice.\n- A machine's label is a proposal: check it against the text.",
        ),
    ]
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    """Write statements.csv rows atomically (a temporary file, then a rename)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(STATEMENT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(buffer.getvalue(), encoding="utf-8")
    tmp.replace(path)


def new_lesson(article: str | Path, slug: str, out: str | Path | None = None) -> Course:
    """Write a draft course folder for a new article; returns it loaded (and so validated)."""
    if not SLUG.match(slug):
        raise ValueError(
            f"{slug!r}: a slug is lowercase words joined by hyphens, e.g. 'my-article'"
        )
    source = Path(article)
    if not source.is_file():
        raise ValueError(f"{source}: no such file")
    if source.stat().st_size > MAX_ARTICLE_BYTES:
        raise ValueError(f"{source}: larger than {MAX_ARTICLE_BYTES} bytes; not one article")
    text = source.read_text(encoding="utf-8").strip()
    if len(re.findall(r"\w+", text)) < 20:
        raise ValueError(f"{source}: too short to be a news article (fewer than 20 words)")
    folder = Path(out) if out is not None else Path.cwd() / slug
    if folder.exists() and any(folder.iterdir()):
        raise ValueError(f"{folder}: the folder exists and is not empty; nothing was changed")
    rows = draft_statements(text)
    bank = draft_bank(slug, rows)
    headline = text.splitlines()[0].strip()
    (folder / "quizzes").mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(text + "\n", encoding="utf-8")
    write_rows(folder / "statements.csv", rows)
    import yaml

    (folder / "quizzes" / f"{slug}.yaml").write_text(
        yaml.safe_dump(bank, sort_keys=False, allow_unicode=True, width=96), encoding="utf-8"
    )
    (folder / "course.yaml").write_text(
        yaml.safe_dump({"title": headline, "lessons": [slug]}, allow_unicode=True), encoding="utf-8"
    )
    notebook = draft_notebook(slug, headline, bank)
    (folder / f"{slug}.ipynb").write_text(json.dumps(notebook, indent=1) + "\n", encoding="utf-8")
    course = load_course(folder)
    from medialit._quiz import read_quiz

    read_quiz(slug, "teacher", course=course)  # a broken draft fails here, naming the problem
    return course
