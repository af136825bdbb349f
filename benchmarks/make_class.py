"""Write a synthetic class of answer files, bad files mixed in, for the gradebook.

    python benchmarks/make_class.py DIR [--students 1000] [--seed 0]

Deterministic for a seed. Answers follow docs/answer-file.md; questions come from the
course's banks, and every answer is scored by the quiz engine as the session would save it.
Besides the good files it writes one or more of each bad kind, listed in DIR/manifest.txt
("name<TAB>kind" lines; not .json, so the gradebook skips it) so tests and the benchmark
know what the gradebook should report:

    corrupted     random bytes over part of a good file
    truncated     a good file cut off part-way
    not-answers   valid JSON that is not an answer file
    newer         a course version one minor release ahead
    duplicate     a second, earlier export by a student who also has a good file
    removed       a good file plus an answer to a question that no longer exists (graded)
    older         a file from an older minor version (graded, with a note)
    oversized     a file over the 5 MB cap
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import medialit
from medialit._data import STATUSES
from medialit._gradebook import catalogue as course_catalogue
from medialit._quiz import Question
from medialit._store import MAX_FILE_BYTES
from medialit.items import key_tokens, letters

BAD_KINDS = ("corrupted", "truncated", "not-answers", "newer", "duplicate", "removed", "older")
GRADED_KINDS = ("removed", "older")  # reported, but still graded

FIRST = ["Ada", "Ben", "Chloe", "Dev", "Emil", "Fatma", "Goran", "Hana", "Ines", "Jonas"]
LAST = ["Lovelace", "Okafor", "Nguyen", "Schmidt", "Rossi", "Kaya", "Novak", "Silva"]
START = datetime(2026, 11, 27, 13, 0, tzinfo=timezone.utc)
# Answering a whole course takes a student at most about seven hours here (answers come 20 to
# 200 s apart), so every answer is timed before its file's export, as the store writes them.
ANSWERING = timedelta(hours=8)
OWN_ARTICLE = "Mayor opens bridge\n\nThe mayor opened the bridge on Monday. It is a great day."
REFLECTION = "The article never names its sources, so I would look for a second report first."


def _response(rng: random.Random, q: Question, skill: float) -> Any:
    """A plausible response, as a student gives it (shown letters), right with chance `skill`."""
    right = rng.random() < skill
    kind = q.type
    if kind == "single":
        good = [s for s, _, c in q.shown_choices if c["correct"]]
        bad = [s for s, _, c in q.shown_choices if not c["correct"]]
        if right or not bad:
            return good[0]
        return bad[0] if rng.random() < 0.6 else rng.choice(bad)  # one wrong option is popular
    if kind == "multiple":
        picks = [s for s, _, c in q.shown_choices if bool(c["correct"]) == (rng.random() < skill)]
        return picks or [q.shown_letters[0]]
    if kind == "order":
        order = [q.shown_letter(k) for k in letters(len(q.shown_choices))]
        if not right:
            i = rng.randrange(len(order) - 1)
            order[i], order[i + 1] = order[i + 1], order[i]
        return order
    if kind == "sort":
        cats = q.item.categories(q)  # type: ignore[attr-defined]
        key = q.item.accepted(q)  # type: ignore[attr-defined]
        return {s: key[s][0] if rng.random() < skill else rng.choice(cats) for s in key}
    if kind == "mark":
        assert q.statement is not None
        key = sorted(key_tokens(q.statement.text, q.item.key_phrases(q)))  # type: ignore[attr-defined]
        n = len(q.item.tokens(q))  # type: ignore[attr-defined]
        return key if right else sorted({*key[:1], rng.randrange(n)})
    if kind == "confidence":
        probs = {}
        for item in q.spec["items"]:
            truth = float(item["outcome"])
            p = rng.gauss(truth, 0.25) * skill + 0.5 * (1 - skill)
            probs[item["statement"]] = round(min(1.0, max(0.0, p)), 2)
        return probs
    if kind == "search":
        query = rng.choice(q.spec["queries"])
        results = [p.id for p in q.item.results(q, query)]  # type: ignore[attr-defined]
        careful = [k for k in q.spec["first"] if k in results]
        first = careful[0] if right and careful else results[0]  # the careless open the top one
        opened = [first, *rng.sample(results, k=rng.randint(0, len(results) - 1))]
        scanned = rng.randint(3, len(results)) if right else rng.randint(0, 2)
        status = q.spec["answer"] if rng.random() < skill else rng.choice(STATUSES)
        return {
            "queries": [query],
            "opened": list(dict.fromkeys(opened)),
            "scanned": scanned,
            "status": status,
            "reason": REFLECTION,
        }
    if kind == "reflection":
        return REFLECTION
    if kind == "catch":  # the key's kind where the machine is wrong, caught with chance `skill`
        rows = q.item.rows(q)  # type: ignore[attr-defined]
        return {
            sid: q.statements[sid].accepted[0]
            for sid, _, machine, _ in rows
            if machine not in q.statements[sid].accepted and rng.random() < skill
        }
    if kind == "catch-own":
        return {"text": OWN_ARTICLE, "corrections": {"S03": "opinion"} if right else {}}
    raise ValueError(f"make_class has no plausible response for item type {kind!r}")


def _answers(rng: random.Random, catalogue: dict, skill: float, start: datetime) -> list[dict]:
    """Answer entries as the session saves them: scored by the quiz engine."""
    answers = []
    moment = start
    for (quiz, qid), question in catalogue.items():
        if rng.random() > 0.9:  # about one question in ten is left unanswered
            continue
        for _attempt in range(2 if rng.random() < 0.2 else 1):  # some answer twice
            result = question.check(_response(rng, question, skill))
            assert result.valid, (quiz, qid, result.feedback)
            moment += timedelta(seconds=rng.randint(20, 200))
            answers.append(
                {
                    "quiz": quiz,
                    "question": qid,
                    "type": question.type,
                    "response": result.response,
                    "correct": result.correct,
                    "score": result.score,
                    "brier": result.brier,
                    "time": moment.isoformat(),
                }
            )
    return answers


def _answer_file(student: str, answers: list[dict], version: str, exported: datetime) -> dict:
    return {
        "format": "medialit-answers",
        "format_version": 1,
        "course_version": version,
        "student": student,
        "exported_at": exported.isoformat(),
        "answers": answers,
    }


def _bump_minor(version: str, step: int) -> str:
    major, minor, *_ = (int(p) for p in version.split(".")[:3])
    return f"{major}.{max(0, minor + step)}.0" if minor + step >= 0 else f"{major - 1}.9.0"


def make_class(
    folder: str | Path,
    students: int = 1000,
    seed: int = 0,
    catalogue: dict[tuple[str, str], Question] | None = None,
    bad_each: int | None = None,
    oversized: bool = True,
) -> dict[str, str]:
    """Write `students` good files plus bad ones; return {file name: kind} (also manifest.txt)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    catalogue = dict(course_catalogue() if catalogue is None else catalogue)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    version = medialit.__version__
    bad_each = max(1, students // 200) if bad_each is None else bad_each
    manifest: dict[str, str] = {}
    names = []

    def write(name: str, data: bytes, kind: str) -> None:
        (folder / name).write_bytes(data)
        manifest[name] = kind

    good_payloads = []
    for i in range(students):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i:04d}"
        names.append(name)
        exported = START + timedelta(minutes=i % 240, seconds=rng.randint(0, 59))
        answers = _answers(rng, catalogue, rng.betavariate(4, 2), exported - ANSWERING)
        payload = json.dumps(_answer_file(name, answers, version, exported), indent=1).encode()
        good_payloads.append(payload)
        write(f"answers-{i:04d}.json", payload, "good")

    for j in range(bad_each):
        base = good_payloads[rng.randrange(students)]
        spoiled = bytearray(base)
        at = len(spoiled) // 3
        spoiled[at : at + 64] = bytes(rng.randrange(256) for _ in range(64))
        write(f"corrupted-{j}.json", bytes(spoiled), "corrupted")
        write(f"truncated-{j}.json", base[: len(base) // 2], "truncated")
        write(
            f"not-answers-{j}.json",
            json.dumps({"cells": [], "metadata": {}, "nbformat": 4}).encode(),
            "not-answers",
        )
        newer = _answer_file(f"Future Student {j}", [], _bump_minor(version, 1), START)
        write(f"newer-{j}.json", json.dumps(newer).encode(), "newer")
        # The same student as a good file, exported a day earlier: the good file must win.
        twin = rng.randrange(students)
        early = json.loads(good_payloads[twin])
        early["exported_at"] = (START - timedelta(days=1)).isoformat()
        early["answers"] = early["answers"][:2]
        write(f"duplicate-{j}.json", json.dumps(early).encode(), "duplicate")
        removed = _answer_file(
            f"Removed Question {j}",
            [
                *_answers(rng, catalogue, 0.7, START - ANSWERING),
                {
                    "quiz": "who-is-speaking",
                    "question": "a-question-since-removed",
                    "type": "single",
                    "response": "a",
                    "correct": True,
                    "score": 1.0,
                    "brier": None,
                    "time": START.isoformat(),
                },
            ],
            version,
            START,
        )
        write(f"removed-{j}.json", json.dumps(removed).encode(), "removed")
        older = _answer_file(
            f"Older Version {j}",
            _answers(rng, catalogue, 0.6, START - ANSWERING),
            _bump_minor(version, -1),
            START,
        )
        write(f"older-{j}.json", json.dumps(older).encode(), "older")
    if oversized:
        big = _answer_file("Oversized", [], version, START)
        big["padding"] = "x" * (MAX_FILE_BYTES + 10_000)
        write("oversized.json", json.dumps(big).encode(), "oversized")
    lines = "".join(f"{name}\t{kind}\n" for name, kind in sorted(manifest.items()))
    (folder / "manifest.txt").write_text(lines, encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    """Command line: write the class into a folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    manifest = make_class(args.folder, args.students, args.seed)
    bad = sum(kind != "good" for kind in manifest.values())
    print(f"wrote {len(manifest)} files ({bad} bad) to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
