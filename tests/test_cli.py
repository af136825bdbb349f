"""The `medialit` command as a teacher or student meets it: plain words for every file problem
(never a traceback), nothing read without end, private grades, and no control characters from
file names reaching the terminal."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from medialit import _cli_teacher, _store, cli
from medialit._session import load_quiz
from medialit.cli import main

ARTICLE = """Town council approves new bridge

The town council approved a new footbridge over the river on Monday.

"The bridge will probably open next spring," the mayor, Ana Ruiz, said.

Residents say the old crossing is unsafe. The council denied that the project was over budget.

Building starts in March."""

CONTROL = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]


@pytest.fixture
def klass(tmp_path: Path) -> Path:
    """A hand-in folder with one student's answers to lesson 00."""
    _store.save_student("Ada")
    question = next(q for q in load_quiz("start-here").questions if q.type == "single")
    assert question.answer(question.shown_letters[0]).saved
    folder = tmp_path / "class"
    _store.export(folder / "ada.json")
    return folder


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def said(capsys: pytest.CaptureFixture[str]) -> str:
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    return text


# --------------------------------------------------------------------------- gradebook
def test_gradebook_out_onto_a_file_says_to_give_a_folder(
    klass: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `gradebook --out FILE` say that it wants a folder, changing nothing?"""
    target = tmp_path / "grades.txt"
    target.write_text("mine", encoding="utf-8")
    assert main(["gradebook", str(klass), "--out", str(target)]) == 2
    assert "is a file, not a folder" in said(capsys)
    assert target.read_text(encoding="utf-8") == "mine"


def test_gradebook_out_where_nothing_can_be_written_says_what_to_do(
    klass: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `gradebook --out` into a path that cannot be made give a message, exit code 1?"""
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["gradebook", str(klass), "--out", str(blocker / "grades")]) == 1
    text = said(capsys)
    assert "could not write the grades" in text and "folder you may write to" in text


def test_gradebook_levels_from_a_device_is_not_read(
    klass: Path, tmp_path: Path, medialit_home: Path
) -> None:
    """Is `--levels /dev/zero` refused at once (not read without end), with a message? Run
    in a child with a memory cap and a timeout, so a regression fails instead of hanging."""
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))\n"
        "from medialit.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    args = ["gradebook", str(klass), "--out", str(tmp_path / "o"), "--levels", "/dev/zero"]
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, MEDIALIT_HOME=str(medialit_home)),
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "not an ordinary file" in done.stderr and "Traceback" not in done.stderr


def test_gradebook_levels_too_large_is_not_read(
    klass: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """Is a levels file over the cap refused, naming it?"""
    monkeypatch.setattr(_cli_teacher, "MAX_LEVELS_BYTES", 10)
    levels = tmp_path / "levels.csv"
    levels.write_text("student,lesson,item,level\n" * 3, encoding="utf-8")
    assert main(["gradebook", str(klass), "--out", str(tmp_path / "o"), "--levels", str(levels)])
    assert "larger than" in said(capsys)


def test_grades_are_readable_by_the_teacher_only(
    klass: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Are the grades folder 0700 and every file in it 0600, also when an earlier run (or the
    teacher) left them open to everyone?"""
    out = tmp_path / "grades"
    out.mkdir(mode=0o755)
    (out / "students.csv").write_text("old", encoding="utf-8")
    (out / "students.csv").chmod(0o644)
    out.chmod(0o755)
    assert main(["gradebook", str(klass), "--out", str(out)]) == 0
    said(capsys)
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    files = sorted(out.iterdir())
    assert {f.name for f in files} >= {"students.csv", "items.csv", "report.html"}
    for file in files:  # the student pages' folder is the teacher's only too
        assert stat.S_IMODE(file.stat().st_mode) == (0o700 if file.is_dir() else 0o600), file


def test_control_characters_in_file_names_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Is a file named to erase lines or retitle the window printed with '?' instead?"""
    folder = tmp_path / "class"
    folder.mkdir()
    evil = "evil\x1b]0;pwned\x07\r\x1b[2K\x9b.json"
    (folder / evil).write_text("{not json", encoding="utf-8")
    assert main(["gradebook", str(folder), "--out", str(tmp_path / "o")]) == 1
    text = said(capsys)
    assert "evil?]0;pwned??" in text
    assert not any(c in text for c in CONTROL if c != "\n")


def test_printable_keeps_letters_and_replaces_every_control_character() -> None:
    """Does the filter keep names in any script and replace C0, C1 and bidi controls?"""
    assert cli.printable("Zoë Müller Аda 李") == "Zoë Müller Аda 李"
    assert cli.printable("".join(CONTROL) + "\u202e\u2066") == "?" * (len(CONTROL) + 2)


# --------------------------------------------------------------------------- new lesson
def test_new_lesson_with_a_300_character_slug_asks_for_a_shorter_one(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does a 300-character slug (too long for a file name) get a message, not a traceback?"""
    assert main(["new-lesson", str(article), "--slug", "a" * 300]) == 2
    assert "at most" in said(capsys)
    assert main(["new-lesson", str(article), "--slug", "b" * 300, "--out", str(tmp_path / "x")])
    said(capsys)


@pytest.mark.parametrize("where", ["file", "under-a-file"])
def test_new_lesson_out_onto_a_file_or_an_impossible_place(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """Does `new-lesson --out` onto a file, or where no folder can be made, say what to do
    and leave the file as it was?"""
    blocker = tmp_path / "a-file"
    blocker.write_text("mine", encoding="utf-8")
    out = blocker if where == "file" else blocker / "lesson"
    assert main(["new-lesson", str(article), "--slug", "bridge", "--out", str(out)]) != 0
    text = said(capsys)
    assert "--out" in text and "a-file" in text
    assert blocker.read_text(encoding="utf-8") == "mine"


def test_a_binary_article_s_message_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does an article that is not text get a message that names the file?"""
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    assert main(["new-lesson", str(binary), "--slug", "x", "--out", str(tmp_path / "o")]) == 1
    text = said(capsys)
    assert "photo.jpg" in text and "not a text file" in text


# --------------------------------------------------------------------------- every command
def test_key_and_exercises_say_what_to_do_when_a_file_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Do `key --out` and `exercises --exercises` into an impossible place give a message?"""
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["key", "--out", str(blocker / "key.html")]) == 1
    assert "could not write" in said(capsys)
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    notebook = {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (solutions / "00-x.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    code = main(["exercises", "--solutions", str(solutions), "--exercises", str(blocker / "ex")])
    assert code == 1
    assert "may write" in said(capsys)


def test_an_unexpected_file_error_in_any_command_is_a_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does an OSError no handler expected end in plain words naming the file, exit code 1?"""

    def broken(args: Any) -> int:
        raise PermissionError(13, "Permission denied", "/srv/x\x1b[2J")

    monkeypatch.setattr(cli, "_progress", broken)
    assert main(["progress"]) == 1
    text = said(capsys)
    assert "medialit progress: /srv/x?[2J: Permission denied" in text


def test_argparse_s_own_messages_are_filtered_too(capsys: pytest.CaptureFixture[str]) -> None:
    """Does an extra argument, echoed back raw by the argument parser, lose its control
    characters?"""
    with pytest.raises(SystemExit):
        main(["key", "05", "extra\x1b[2J"])
    err = capsys.readouterr().err
    assert "unrecognized arguments: extra?[2J" in err and "\x1b" not in err
