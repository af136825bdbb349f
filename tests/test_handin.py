"""Handing in from the notebook: a new file each time, safe names, clear messages, no loss."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import medialit
from medialit import _store
from medialit._session import hand_in_answers as hand_in
from medialit.cli import main

SAMPLE = Path(__file__).parent / "data" / "sample.yaml"


@pytest.fixture(autouse=True)
def no_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MEDIALIT_HANDIN", raising=False)
    monkeypatch.delenv("MEDIALIT_SETTINGS", raising=False)
    monkeypatch.chdir(tmp_path)


def answer_as(name: str) -> None:
    _store.save_student(name)
    question = medialit.load_quiz(SAMPLE)["reflect-sources"]
    assert question.answer(
        "Because naming them could cost them their jobs, or worse, at home."
    ).saved


def test_each_hand_in_is_a_new_file_and_none_is_overwritten(tmp_path: Path) -> None:
    """Do two hand-ins (even in the same second) make two whole files, with the answers?"""
    answer_as("Ada Lovelace")
    folder = tmp_path / "hand-in"
    first = hand_in(folder=folder)
    second = hand_in(folder=folder)
    assert first.path and second.path and first.path != second.path
    assert "Handed in 1 answer of Ada Lovelace on 20" in first.message
    for result in (first, second):  # the time for people, and the file's own name
        assert re.search(r" on \d{4}-\d\d-\d\d at \d\d:\d\d UTC, as the file ", result.message)
        assert result.path.name in result.message  # type: ignore[union-attr]
    for path in (first.path, second.path):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["student"] == "Ada Lovelace" and data["exported_at"]
    assert not list(folder.glob(".handin.*"))  # no temporary file left behind


def test_only_a_setgid_folder_s_group_may_read_a_hand_in(tmp_path: Path) -> None:
    """Is a hand-in readable by its owner only, except in a folder with the setgid bit (a
    school hub's folder whose group is the teachers'), where that group may read it too?"""
    import stat

    answer_as("Ada")
    plain = tmp_path / "plain"
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o2770)
    if not shared.stat().st_mode & stat.S_ISGID:
        pytest.fail("this file system drops the setgid bit; the test cannot tell")
    modes = {
        where.name: stat.S_IMODE(hand_in(folder=where).path.stat().st_mode)  # type: ignore[union-attr]
        for where in (plain, shared)
    }
    assert modes == {"plain": 0o600, "shared": 0o640}


@pytest.mark.parametrize(
    ("name", "readable"),
    [
        ("Zoë Müller", "Zoë-Müller"),
        ("../../etc/passwd", "etc-passwd"),
        ("Ada", "Ada"),
        ("ada", "ada"),
    ],
)
def test_names_become_safe_readable_file_names(name: str, readable: str) -> None:
    """Are names kept readable (Unicode too), never a path, and "Ada" apart from "ada"?"""
    stem = _store.handin_name(name)
    assert stem.startswith(readable + "-") and "/" not in stem and ".." not in stem
    assert _store.handin_name("Ada") != _store.handin_name("ada")


def test_the_teacher_names_the_folder_in_the_settings(tmp_path: Path) -> None:
    """Does the course settings file (or MEDIALIT_HANDIN) decide where hand-ins go?"""
    answer_as("Grace")
    (tmp_path / "medialit-settings.yaml").write_text(f"handin: {tmp_path / 'class'}\n")
    result = hand_in()
    assert result.path is not None and result.path.parent == tmp_path / "class"


def test_without_a_folder_the_file_lands_beside_the_notebooks(tmp_path: Path) -> None:
    """With no folder set, is the export written here, and does the message say what to do?"""
    answer_as("Linus")
    result = hand_in()
    assert result.path is not None and result.path.parent == tmp_path
    assert "No hand-in folder is set" in result.message and "Give that file" in result.message


def test_a_failing_disk_gives_a_message_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Does a full disk (or any write error) give a clear message, with the answer file intact?"""
    answer_as("Alan")
    before = _store.answers_path().read_bytes()

    def full(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_store.os, "fsync", full)
    result = hand_in(folder=tmp_path / "class")
    assert result.path is None
    assert "No space left on device" in result.message and "Nothing was lost" in result.message
    assert _store.answers_path().read_bytes() == before
    assert not list((tmp_path / "class").glob("*"))


def test_the_button_and_the_command(tmp_path: Path, capsys: Any) -> None:
    """Do the lesson's button and `medialit handin --to FOLDER` hand in, and say so?"""
    answer_as("Barbara")
    form = medialit.hand_in_form()
    form.button.click()
    assert "✓" in form.status.value and "were written to" in form.status.value
    assert main(["handin", "--to", str(tmp_path / "class")]) == 0
    assert "Handed in" in capsys.readouterr().out
    assert len(list((tmp_path / "class").glob("Barbara-*.json"))) == 1


def test_the_gradebook_takes_the_latest_hand_in_and_lists_the_others(tmp_path: Path) -> None:
    """With two hand-ins of one student in the folder, is the later one graded, the other listed?"""
    answer_as("Hedy")
    folder = tmp_path / "class"
    early = hand_in(folder=folder).path
    data = json.loads(early.read_text(encoding="utf-8"))
    data["exported_at"] = "2020-01-01T00:00:00+00:00"  # an older hand-in
    early.write_text(json.dumps(data), encoding="utf-8")
    late = hand_in(folder=folder).path
    book = medialit.gradebook(folder)
    assert list(book.students["file"]) == [str(late)]
    assert str(early) in set(book.problems["file"])


def test_an_answer_file_naming_a_classmate_is_not_handed_in(tmp_path: Path, capsys: Any) -> None:
    """Is an answer file whose `student` was changed to a classmate's name refused at hand-in,
    by the button's path and by `medialit handin`, with a message and nothing written?"""
    answer_as("Ada Lovelace")
    path = _store.answers_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["student"] = "Bob Smith"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = hand_in(folder=tmp_path / "class")
    assert result.path is None and "Bob Smith" in result.message
    assert main(["handin", "--to", str(tmp_path / "class")]) == 1
    assert "nothing was handed in" in capsys.readouterr().out
    assert not list((tmp_path / "class").glob("*.json"))


def test_answers_from_a_notebook_opened_before_the_name_are_handed_in(tmp_path: Path) -> None:
    """Does a quiz loaded before the student typed their name save under that name, so the
    hand-in holds its answers?"""
    quiz = medialit.load_quiz(SAMPLE)
    _store.save_student("Grace Hopper")
    assert (
        quiz["reflect-sources"]
        .answer("Because naming them could cost them their jobs, or worse, at home.")
        .saved
    )
    result = hand_in(folder=tmp_path / "class")
    assert result.path is not None and "1 answer of Grace Hopper" in result.message
    handed = json.loads(result.path.read_text(encoding="utf-8"))
    assert handed["student"] == "Grace Hopper" and len(handed["answers"]) == 1
