"""The students' pages of a large class drawn in two processes: the same files, the same
links, and nothing lost when the second process fails."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from test_gradebook import _make_class_module

from medialit import _pages, _pagewriter
from medialit._gradebook import gradebook
from medialit._report import write_report

STUDENTS = 240  # above MIN_STUDENTS_TO_SPLIT


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("class")
    _make_class_module().make_class(folder, students=STUDENTS, seed=7, bad_each=0)
    return gradebook(folder)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.html")}


def _one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pagewriter, "MIN_STUDENTS_TO_SPLIT", 10**9)


def test_this_machine_splits_a_large_class_and_not_a_small_one() -> None:
    """The test machine (Linux, two cores, pytest with no other thread) splits; this is what
    the other tests here rely on to test the two-process path."""
    assert sys.platform.startswith("linux") and len(os.sched_getaffinity(0)) >= 2
    assert _pagewriter._can_split(STUDENTS)
    assert not _pagewriter._can_split(_pagewriter.MIN_STUDENTS_TO_SPLIT - 1)


def test_two_processes_write_the_same_pages_as_one(
    book: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_report(book, tmp_path / "two")
    with monkeypatch.context() as patch:
        _one_process(patch)
        write_report(book, tmp_path / "one")
    two, one = _files(tmp_path / "two"), _files(tmp_path / "one")
    assert len(two) == STUDENTS + 1  # a page per student and the class page
    assert two == one  # the class page's links included
    modes = {p.stat().st_mode & 0o777 for p in (tmp_path / "two").rglob("student-*.html")}
    assert modes == {0o600}


def test_when_the_second_process_fails_this_one_draws_its_half(
    book: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    real = _pages.pages

    def pages(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != parent:
            raise OSError("the disk is full")  # only in the forked process
        return real(*args, **kwargs)

    monkeypatch.setattr(_pages, "pages", pages)
    write_report(book, tmp_path / "failed")
    monkeypatch.setattr(_pages, "pages", real)
    with monkeypatch.context() as patch:
        _one_process(patch)
        write_report(book, tmp_path / "one")
    assert _files(tmp_path / "failed") == _files(tmp_path / "one")
