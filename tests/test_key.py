"""The printable answer key: made from the banks, covering every item, never drifting."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from course_edits import edit_statement

import medialit
from medialit._key import render_key
from medialit.cli import main


def test_the_key_covers_every_item_of_every_lesson() -> None:
    """Does the key hold a section for every question of every bank, with key lines?"""
    page = render_key()
    course = medialit.load_course()
    for slug in course.bank_slugs():
        for question in medialit.load_quiz(slug, student="x").questions:
            section = re.search(
                rf'<section id="{slug}-{question.id}">(.*?)</section>', page, re.DOTALL
            )
            assert section, f"{slug}/{question.id} is missing from the key"
            assert "<li>" in section.group(1), f"{slug}/{question.id} has no key lines"


def test_the_key_lists_every_accepted_kind(course_copy: Any) -> None:
    """Where statements.csv accepts a second kind, does the key say so (from the data)?"""
    folder, load = course_copy
    row = edit_statement(folder, "S07", also_acceptable="opinion; claim")
    page = render_key(load(), ["fact-claim-denial"])
    assert f"→ {row['kind']} (also accepted: opinion, claim)" in page


def test_the_command_writes_one_lesson_or_all(tmp_path: Path, capsys: Any) -> None:
    """Does `medialit key 05 --out FILE` write that lesson only, and an unknown lesson say
    which lessons exist?"""
    out = tmp_path / "key.html"
    assert main(["key", "05", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<h2>") == 1 and "(evidence)" in page
    assert "@media print" in page
    assert main(["key", "lesson-99", "--out", str(out)]) == 2
    assert "no lesson 'lesson-99'" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["evidence", "05", "05-evidence"])
def test_a_lesson_is_named_by_slug_number_or_stem(name: str) -> None:
    """Can a teacher name the lesson the way the notebooks do?"""
    from medialit._key import lesson_slug

    assert lesson_slug(medialit.load_course(), name) == "evidence"
