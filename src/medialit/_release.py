"""Exam mode: a students' copy of a course with no key, and each student's feedback after
grading (like nbgrader's release and feedback steps).

`release(course, out)` writes a course folder whose question banks keep only what a student
needs to see and answer (each item type's `released`): no correct flags, keys, feedback, model
answers or rubrics, and lettered choices in an order that says nothing (sorted by a
fingerprint of their text, so an order item's events are not listed in time order). A quiz
from such a bank saves answers and scores nothing; its answer file names lettered choices by
that fingerprint, so the gradebook scores them against the full banks, which stay where only
teachers can read them.

The copy holds only the files a student needs, each cut down to what a student may read
(`COPIED`, `_withheld.PUBLIC`): the sort, mark and catch items score against statements.csv's
labels, the search items against context.csv's statuses, the order items against the
timeline's dates, so those tables keep no label (`medialit._withheld`); facts.csv keeps the
pages the search items find, without the statuses it backs; the practice articles' readers'
labels and every README (which explain the labels) are left out.

`write_feedback(handins, course, out)` writes, per hand-in folder (one per student login), a
page with the student's answers, the verdicts, the key and the explanations.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medialit import _attempts, _store, _withheld
from medialit._course import MANIFEST, QUIZ_FOLDER, Course, load_course
from medialit._quiz import Question, choice_token, read_quiz
from medialit.items import ITEM_TYPES

FEEDBACK_FILE = "feedback.html"
# The files of a course folder a released copy keeps whole: the manifest, the article, the
# outlets' profiles (what the search items' "about" pages show) and the splitter's lists. The
# analyzer's cue lists (cues.csv) stay out: tuned on the course's article, the analyzer would
# answer the sort and mark items (a test copy's `analyze` says it is withheld).
COPIED = frozenset({MANIFEST, "article.txt", "sources.csv", "abbreviations.csv", "analyzer.csv"})
FACTS = "facts.csv"
README = "README.md"
RELEASED_README = """# A students' copy of the course, for a test

Made by `medialit release`. The question banks keep no correct answers, keys or
explanations, and the tables keep no labels: the kinds, sources, hedges and statuses of the
statements, and the timeline's events, are shown after the teacher releases feedback. The
teachers' full course is elsewhere, where only teachers can read it.
"""
MAX_HANDIN_BYTES = _store.MAX_FILE_BYTES


@dataclass
class Released:
    """What `release` wrote, and what a teacher should know about it."""

    folder: Path
    banks: int
    questions: int
    # Files of the course not copied (a reader's labels, notes): relative paths.
    left_out: list[str] = field(default_factory=list)
    # Questions left out of the banks because they need the analyzer: "slug/id".
    withheld: list[str] = field(default_factory=list)


def is_released(course: Course) -> bool:
    """Is this course a released copy (its banks carry no key)?"""
    slugs = course.bank_slugs()
    return bool(slugs) and read_quiz(slugs[0], course=course).released


def release_bank(data: dict[str, Any]) -> dict[str, Any]:
    """A bank as its released copy: per question only the keys its item type releases."""
    questions = []
    # Questions that show the analyzer's labels are left out (the analyzer is not in the copy,
    # see COPIED); the bank names them under `withheld`, so a lesson shows a plain line.
    withheld = [raw["id"] for raw in data["questions"] if ITEM_TYPES[raw["type"]].needs_analyzer]
    for raw in data["questions"]:
        item = ITEM_TYPES[raw["type"]]
        if item.needs_analyzer:
            continue
        if item.released is None:
            raise ValueError(f"item type {item.name!r} does not say what a released bank keeps")
        kept, fields = item.released
        lettered = item.lettered
        question = {k: raw[k] for k in ("id", "type", "prompt", "statement") if k in raw}
        for key in sorted(kept & set(raw)):
            value = raw[key]
            if key in fields:
                value = [{f: item[f] for f in sorted(fields[key]) if f in item} for item in value]
            if key == lettered:
                tokens = [choice_token(item["text"]) for item in value]
                if len(set(tokens)) != len(tokens):
                    raise ValueError(
                        f"{data['slug']}, question {raw['id']!r}: two choices have the same "
                        "text, so a released copy could not tell them apart"
                    )
                value = sorted(value, key=lambda item: choice_token(item["text"]))
            question[key] = value
        questions.append(question)
    copy = {"slug": data["slug"], "title": data["title"], "released": True, "questions": questions}
    if withheld:
        copy["withheld"] = withheld
    return copy


def _release_banks(banks: list[dict[str, Any]], quizzes: Path, released: Released) -> None:
    """Write the released copy of each bank into `quizzes`."""
    import yaml

    quizzes.mkdir()
    for data in banks:
        if data.get("released") is True:
            raise ValueError(f"{data['slug']} is already a released copy (it has no key)")
        copy = release_bank(data)
        released.banks += 1
        released.questions += len(copy["questions"])
        released.withheld += [f"{data['slug']}/{qid}" for qid in copy.get("withheld", [])]
        text = yaml.safe_dump(copy, allow_unicode=True, sort_keys=False, width=100)
        (quizzes / f"{data['slug']}.yaml").write_text(text, encoding="utf-8")


def release(course: Course | None = None, out: str | Path = "released") -> Released:
    """Write the students' copy of a course into `out` (a new or empty folder)."""
    from medialit._quiz import _bank

    course = course or load_course()
    target = Path(out).expanduser()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ValueError(f"{target} is not an empty folder; give a new one")
    if target.resolve() == course.folder.resolve():
        raise ValueError("the students' copy cannot replace the course it is made from")
    banks = [_bank(slug, course)[1] for slug in course.bank_slugs()]
    staging = Path(
        tempfile.mkdtemp(prefix=".release.", dir=target.parent if target.parent.exists() else None)
    )
    try:
        folder = staging / "course"
        released = Released(target, 0, 0)
        _copy_public(course.folder, folder, course.folder, released)
        _release_banks(banks, folder / QUIZ_FOLDER, released)
        # Courses inside this one (the practice articles) are released the same way.
        for manifest in sorted(course.folder.rglob(MANIFEST)):
            inner = manifest.parent
            if inner == course.folder or manifest.is_symlink():
                continue
            relative = inner.relative_to(course.folder)
            inner_banks = [
                _bank(slug, load_course(inner))[1] for slug in load_course(inner).bank_slugs()
            ]
            _release_banks(inner_banks, folder / relative / QUIZ_FOLDER, released)
        for manifest in folder.rglob(MANIFEST):  # the copy must load, every bank with it
            check = load_course(manifest.parent)
            for slug in check.bank_slugs():
                read_quiz(slug, course=check)
        if target.exists():
            target.rmdir()
        shutil.move(str(folder), str(target))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return released


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def _read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def public_supports(value: str) -> str:
    """A fact's `supports` as a students' copy keeps it: a statement's status ("S10:
    disputed", a search item's key) becomes `statement`; the rest stays."""
    parts = [p.strip() for p in value.split(";") if p.strip()]
    kept = [
        "statement" if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*: [a-z_]+", p) else p for p in parts
    ]
    return "; ".join(dict.fromkeys(kept))


def _copy_public(source: Path, target: Path, root: Path, released: Released) -> None:
    """Copy one course folder as a student may read it: the files of `COPIED` whole, the
    tables of `_withheld.PUBLIC` cut to their public columns, facts.csv without the statuses
    it backs, a README that says what the copy is; courses inside it (the practice articles)
    the same way; everything else left out (and named in `released.left_out`)."""
    target.mkdir(parents=True)
    if (source / MANIFEST).is_file():
        (target / README).write_text(RELEASED_README, encoding="utf-8")
    for entry in sorted(source.iterdir()):
        name = entry.name
        if entry.is_symlink() or name in (QUIZ_FOLDER, "__pycache__", README):
            continue  # banks are released apart; a link is never followed
        if entry.is_dir():
            if (entry / MANIFEST).is_file() or any(entry.rglob(MANIFEST)):
                _copy_public(entry, target / name, root, released)
            else:
                released.left_out.append(entry.relative_to(root).as_posix() + "/")
        elif name in COPIED:
            shutil.copyfile(entry, target / name)
        elif name in _withheld.PUBLIC:
            columns = _withheld.PUBLIC[name]
            _write_csv(target / name, columns, _read_csv(entry))
        elif name == FACTS:
            rows = _read_csv(entry)
            for row in rows:
                row["supports"] = public_supports(row["supports"])
            columns = tuple(rows[0]) if rows else ()
            _write_csv(target / name, columns, rows)
        else:
            released.left_out.append(entry.relative_to(root).as_posix())


# --------------------------------------------------------------------------- feedback
def _regular_files(folder: Path) -> list[Path]:
    """The answer files in a hand-in folder: regular files only, links never followed."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(".json") and entry.is_file(follow_symlinks=False):
                found.append(Path(entry.path))
    return found


def _read_handin(path: Path) -> dict[str, Any]:
    """One hand-in, opened without following a link, size-capped and validated."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise _store.AnswerFileError("not a regular file")
        raw = handle.read(MAX_HANDIN_BYTES + 1)
    return _store.parse(raw)


def _latest(files: list[Path]) -> Path:
    """The newest hand-in by the time in its name (`<name>--<UTC time>[-n].json`)."""
    return max(files, key=lambda p: (p.stem.rsplit("--", 1)[-1], p.name))


def _answer_text(question: Question, stored: Any) -> str:
    if question.item.lettered:
        keys = [stored] if isinstance(stored, str) else list(stored)
        return "; ".join(str(question.choice(k)["text"]) for k in keys)
    if isinstance(stored, str):
        return stored
    return json.dumps(stored, ensure_ascii=False)


def feedback_page(data: dict[str, Any], course: Course, rule: _attempts.Rule = "first") -> str:
    """A student's feedback: per answered question, their answer, the verdict, the
    explanation and the key, scored against the full banks (never a score in the file)."""
    student = str(data.get("student") or "student")
    counted = _attempts.counted(data["answers"], rule)
    esc = html.escape
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f"<title>Feedback: {esc(student)}</title></head><body>",
        f"<h1>Feedback for {esc(student)}: {esc(course.title)}</h1>",
        f"<p>Each answer that counts ({esc(rule)} attempt), scored against the full question "
        "banks, with the explanation and the key.</p>",
    ]
    for slug in course.bank_slugs():
        quiz = read_quiz(slug, student, course=course)
        rows = []
        for question in quiz.questions:
            entry = counted.get((slug, question.id))
            if entry is None or entry.get("type") != question.type:
                continue
            result = question.rescore(entry.get("response"))
            if not result.valid:
                continue
            key = "".join(f"<li>{esc(line)}</li>" for line in question.item.key(question))
            rows.append(
                f"<section><h3>{esc(question.id)}</h3><p><b>{esc(question.prompt)}</b></p>"
                f"<p>Your answer: {esc(_answer_text(question, result.response))}</p>"
                f"<pre>{esc(result.text())}</pre><p>The key:</p><ul>{key}</ul></section>"
            )
        if rows:
            parts.append(f"<h2>{esc(quiz.title)}</h2>")
            parts += rows
    parts.append("</body></html>")
    return "\n".join(parts)


def _write_private(folder: Path, name: str, text: str) -> Path:
    """Write `folder/name` whole (a new file, then a rename that replaces a link planted
    there rather than following it), readable by the folder's owner through mode 0644: the
    folder itself keeps everyone else out."""
    fd, tmp = tempfile.mkstemp(prefix=".feedback.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        target = folder / name
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


@dataclass
class FeedbackRun:
    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def write_feedback(
    handins: str | Path,
    course: Course,
    out: str | Path | None = None,
    rule: _attempts.Rule = "first",
) -> FeedbackRun:
    """Per student folder in `handins` (named by login): their latest hand-in's feedback,
    written to `out/<login>/feedback.html` (a folder that must exist: on the hub, the
    student's feedback folder) or, without `out`, into the hand-in folder itself."""
    root = Path(handins).expanduser()
    run = FeedbackRun()
    with os.scandir(root) as entries:
        folders = sorted(
            (Path(e.path) for e in entries if e.is_dir(follow_symlinks=False)),
            key=lambda p: p.name,
        )
    for folder in folders:
        login = folder.name
        try:
            files = _regular_files(folder)
            if not files:
                continue
            data = _read_handin(_latest(files))
            page = feedback_page(data, course, rule)
            target = Path(out).expanduser() / login if out is not None else folder
            if out is not None and not target.is_dir():
                target.mkdir(mode=0o755)
            if target.is_symlink():
                raise OSError(f"{target} is a link; not followed")
            run.written.append(_write_private(target, FEEDBACK_FILE, page))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            run.problems.append(f"{_store_printable(login)}: {reason}")
    return run


def _store_printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text)
