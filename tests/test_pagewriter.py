"""The students' pages of a large class drawn in two processes: the same files, the same
links, and nothing lost when the second process fails. Each case runs in a fresh Python (a
fork is only made when no other thread runs, and a test session may have started some)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from medialit import _pagewriter

ROOT = Path(__file__).resolve().parents[1]
STUDENTS = 240  # above MIN_STUDENTS_TO_SPLIT

SCRIPT = """
import json, os, sys
from pathlib import Path
sys.path.insert(0, {benchmarks!r})
from make_class import make_class
from medialit import _pages, _pagewriter
from medialit._gradebook import gradebook
from medialit._report import write_report

tmp = Path({tmp!r})
make_class(tmp / "class", students={students}, seed=7, bad_each=0)
book = gradebook(tmp / "class")
parent, real, forks = os.getpid(), _pages.pages, []
real_fork = os.fork

def fork():
    forks.append(1)
    return real_fork()

def pages(*args, **kwargs):
    if {fail} and os.getpid() != parent:
        raise OSError("the disk is full")  # only in the forked process
    return real(*args, **kwargs)

os.fork, _pages.pages = fork, pages
can = _pagewriter._can_split({students})
write_report(book, tmp / "two")
os.fork, _pages.pages = real_fork, real
_pagewriter.MIN_STUDENTS_TO_SPLIT = 10**9
write_report(book, tmp / "one")

def files(folder):
    found = folder.rglob("*.html")
    return {{p.relative_to(folder).as_posix(): p.read_bytes().hex() for p in found}}

modes = sorted({{p.stat().st_mode & 0o777 for p in (tmp / "two").rglob("student-*.html")}})
same = files(tmp / "two") == files(tmp / "one")
out = {{"can": can, "forks": len(forks), "same": same, "pages": len(files(tmp / "two"))}}
print(json.dumps({{**out, "modes": modes}}))
"""


def _run(tmp_path: Path, fail: bool) -> dict[str, object]:
    code = SCRIPT.format(
        benchmarks=str(ROOT / "benchmarks"), tmp=str(tmp_path), students=STUDENTS, fail=fail
    )
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_small_class_is_drawn_in_one_process() -> None:
    assert not _pagewriter._can_split(_pagewriter.MIN_STUDENTS_TO_SPLIT - 1)


def test_two_processes_write_the_same_pages_as_one(tmp_path: Path) -> None:
    """On the test machine (Linux, two cores) a fresh Python splits a class of 240."""
    out = _run(tmp_path, fail=False)
    assert out["can"] is True and out["forks"] == 1
    assert out["pages"] == STUDENTS + 1  # a page per student and the class page
    assert out["same"] is True  # the class page's links included
    assert out["modes"] == [0o600]


def test_when_the_second_process_fails_this_one_draws_its_half(tmp_path: Path) -> None:
    out = _run(tmp_path, fail=True)
    assert out["forks"] == 1 and out["same"] is True and out["pages"] == STUDENTS + 1
