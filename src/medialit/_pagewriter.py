"""Writing the students' pages: each written as soon as it is drawn, over an earlier run's
page in place when that is a plain file of the teacher's, and — for a large class on a machine
with two cores or more, run from the command line — half of them drawn in a second process."""

from __future__ import annotations

import os
import stat
import sys
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit import _pages
from medialit._output import write_private

if TYPE_CHECKING:
    from medialit._gradebook import Gradebook

# Pages drawn and waiting to be written (each a few hundred kB).
PAGES_IN_FLIGHT = 16


def _write_page(path: Path, page: bytes) -> None:
    """Write a student page over the page of that name an earlier run left, in place, or as
    a new file: on a server's disk replacing a file (a new one, then a rename) costs ten times
    writing over the old one's bytes, and a class has a thousand pages. Only a plain file
    of the teacher's with one name is written over; anything else in its place (a link, a
    file with a second name, a pipe, another's file) is replaced whole, left untouched, by
    `write_private`. The page is 0600, whatever the umask or the old file's mode. Unlike
    `write_private` a page is not whole or nothing: a run stopped part-way leaves pages
    half written until the next run writes them again."""
    flags = os.O_WRONLY | os.O_CREAT
    for name in ("O_NOFOLLOW", "O_NONBLOCK", "O_CLOEXEC"):  # never a link; a pipe fails
        flags |= getattr(os, name, 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError:  # a link, a pipe with no reader, anything odd: replaced whole
        write_private(path, page)
        return
    try:
        info = os.fstat(fd)
        ours = (
            stat.S_ISREG(info.st_mode)
            and info.st_nlink == 1
            and info.st_uid == getattr(os, "geteuid", lambda: info.st_uid)()
        )
        if ours:
            if stat.S_IMODE(info.st_mode) != 0o600:
                os.fchmod(fd, 0o600)
            with memoryview(page) as left:
                while left:
                    left = left[os.write(fd, left) :]
            os.ftruncate(fd, len(page))  # an older, longer page's end cut off
    finally:
        os.close(fd)
    if not ours:
        write_private(path, page)


def _write_pages(
    folder: Path, pages: Iterable[tuple[str, str, bytes]], earlier: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """Write each student page as soon as it is drawn, and return (student, file name) of
    each. A new page is written in a second thread: a new file waits on the disk (on a busy
    server creating one can take a millisecond), and the next page's drawing need not wait
    with it. A page written over one an earlier run left (`earlier`: their file names) is
    written at once, in this thread: that costs less than handing it over. An error writing
    a page is raised here, and the pages not yet written are given up."""
    from collections import deque
    from concurrent.futures import Future, ThreadPoolExecutor

    links = []
    pending: deque[Future[None]] = deque()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="medialit-pages") as writer:
        try:
            for student, name, page in pages:
                if Path(name).name in earlier:
                    _write_page(folder / name, page)
                else:
                    pending.append(writer.submit(_write_page, folder / name, page))
                links.append((student, name))
                if len(pending) >= PAGES_IN_FLIGHT:
                    pending.popleft().result()
            while pending:
                pending.popleft().result()
        except BaseException:
            for waiting in pending:
                waiting.cancel()
            raise
    return links


# Below this many students, a second process costs more than it saves.
MIN_STUDENTS_TO_SPLIT = 200


def _can_split(students: int) -> bool:
    """Whether half the pages may be drawn in a forked process: Linux (fork is cheap and safe
    there), two cores or more for this process, no other thread running (a fork copies only
    the thread that calls it: in a notebook's kernel, with its threads, pages are drawn in
    one process), and a class large enough to gain from it."""
    if students < MIN_STUDENTS_TO_SPLIT or not sys.platform.startswith("linux"):
        return False
    if not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    affinity = getattr(os, "sched_getaffinity", None)
    cores = len(affinity(0)) if affinity else (os.cpu_count() or 1)
    return cores >= 2


def write_pages(
    folder: Path,
    book: Gradebook,
    students: list[dict[str, Any]],
    levels: Mapping[tuple[str, str, str], tuple[str, str]],
    earlier: frozenset[str] = frozenset(),
) -> list[tuple[str, str]]:
    """Draw and write a page per student (`students`: the students table's rows, in order)
    and return (student, file name) of each, in order. For a large class, the second half
    is drawn and written by a forked process while this one does the first; if that process
    fails for any reason, this one draws its half again, so no page is lost."""
    half = len(students) // 2
    if not _can_split(len(students)):
        return _write_pages(folder, _pages.pages(book, students, levels), earlier)
    first, second = students[:half], students[half:]
    start = half + 1
    pid = os.fork()
    if pid == 0:  # the child: the second half, then out without running any cleanup
        code = 1
        try:
            _write_pages(folder, _pages.pages(book, second, levels, start), earlier)
            code = 0
        finally:
            os._exit(code)
    try:
        links = _write_pages(folder, _pages.pages(book, first, levels), earlier)
    except BaseException:
        _stop(pid)
        raise
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:  # draw the child's half here after all
        return links + _write_pages(folder, _pages.pages(book, second, levels, start), earlier)
    names = (_pages.page_name(index) for index in range(start, start + len(second)))
    drawn = [(row["student"], name) for row, name in zip(second, names, strict=True)]
    return links + [(student, name) for student, name in drawn if student in book.answers]


def _stop(pid: int) -> None:
    """End the child drawing the second half (this process is stopping with an error)."""
    import signal

    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except OSError:
        pass
