"""Finding the answer files in the paths a teacher names, safely.

A hand-in folder is written by students, so nothing in it is trusted: folders are walked
without following links and to a depth cap, only regular files are read (lstat), a folder is
read to a cap of entries, and everything else (links, fifos, devices, folders too deep or
that cannot be opened) is reported with its reason instead of vanishing.

A hub's hand-in root (deploy/jupyterhub) holds one folder per student, named by the login and
owned by that account: `ROOT/<login>/<name>-<id>--<time>.json`. Such a root is recognised when
one of its folders is owned by the account of that name (or when the teacher says so, `hub=`);
the files in `ROOT/<login>/` then belong to that login, whatever name they carry.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from medialit._output import printable

# A hand-in root is two levels deep; a teacher's own tree of classes a few more.
MAX_DEPTH = 8
# A student's folder holds a few hand-ins; a class folder a few hundred files.
MAX_FILES_PER_FOLDER = 5000

Problem = tuple[str, str, bool]
Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


@dataclass(frozen=True)
class Found:
    """A regular file to read, and where it was found."""

    path: Path
    login: str | None = None  # the hand-in folder's login, in a hub's hand-in root
    folder_uid: int | None = None  # the uid owning that folder
    named: bool = False  # named by the teacher (may be a link), not found in a folder


@dataclass
class Walk:
    """The files to read, and everything passed over, with the reason."""

    files: list[Found] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def login_of(uid: int) -> str | None:
    """The account name of a uid, or None (no such account, or no accounts on this system)."""
    try:
        import pwd
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return None


def _skipped(path: Path) -> str:
    """Why a regular file in a hand-in folder is not read as an answer file."""
    if path.suffix.lower() == ".zip":
        return "skipped: a zip archive; unpack it into the folder and grade again"
    if path.name == "reflections.csv":
        return "skipped: the teacher's reflections file (give it with --levels)"
    ending = path.suffix or "no ending"
    return f"skipped: not an answer file (answer files end in .json; this one has {ending})"


def _other(mode: int) -> str:
    """Why a folder entry that is neither a regular file nor a folder is not read."""
    if stat.S_ISLNK(mode):
        return "skipped: a link (links in hand-in folders are never followed)"
    kinds = {stat.S_ISFIFO: "a pipe", stat.S_ISSOCK: "a socket", stat.S_ISCHR: "a device"}
    kind = next((name for test, name in kinds.items() if test(mode)), "a device")
    return f"skipped: {kind}, not a file"


def _entries(folder: Path, walk: Walk) -> list[tuple[Path, os.stat_result]] | None:
    """A folder's entries, lstat'ed and sorted by name, up to the cap; None if unreadable."""
    found: list[tuple[str, os.stat_result]] = []
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                if len(found) == MAX_FILES_PER_FOLDER:
                    walk.problems.append(
                        (
                            printable(folder),
                            f"folder holds more than {MAX_FILES_PER_FOLDER} entries: only "
                            f"{MAX_FILES_PER_FOLDER} were read",
                            False,
                        )
                    )
                    break
                try:
                    found.append((entry.name, entry.stat(follow_symlinks=False)))
                except OSError as err:  # gone since it was listed, or cannot be looked at
                    walk.problems.append(
                        (printable(folder / entry.name), f"skipped: {err.strerror or err}", False)
                    )
    except OSError as err:
        walk.problems.append(
            (
                printable(folder),
                f"the folder cannot be read ({err.strerror or err}): its files are not graded",
                False,
            )
        )
        return None
    return [(folder / name, info) for name, info in sorted(found, key=lambda e: e[0])]


def _is_hub_root(entries: list[tuple[Path, os.stat_result]]) -> bool:
    """A hand-in root: one of its folders is owned by the account it is named after."""
    return any(
        stat.S_ISDIR(info.st_mode) and login_of(info.st_uid) == path.name for path, info in entries
    )


def _walk_folder(root: Path, hub: bool | None, walk: Walk) -> None:
    """Add every answer file under `root` to `walk`, without recursion or following links."""
    entries = _entries(root, walk)
    if entries is None:
        return
    is_hub = _is_hub_root(entries) if hub is None else hub
    stack: list[tuple[list[tuple[Path, os.stat_result]], int, str | None, int | None]] = [
        (entries, 0, None, None)
    ]
    while stack:
        listing, depth, login, folder_uid = stack.pop()
        folders = []
        for path, info in listing:
            mode = info.st_mode
            if stat.S_ISREG(mode):
                if path.suffix.lower() == ".json":
                    walk.files.append(Found(path, login, folder_uid))
                else:
                    walk.problems.append((printable(path), _skipped(path), False))
            elif stat.S_ISDIR(mode):
                folders.append((path, info))
            else:
                walk.problems.append((printable(path), _other(mode), False))
        for path, info in reversed(folders):  # popped in name order
            if depth + 1 > MAX_DEPTH:
                walk.problems.append(
                    (
                        printable(path),
                        f"skipped: a folder nested more than {MAX_DEPTH} levels deep",
                        False,
                    )
                )
                continue
            inner = _entries(path, walk)
            if inner is None:
                continue
            if is_hub and depth == 0:
                owner = login_of(info.st_uid)
                if hub is None and owner != path.name:
                    walk.problems.append(
                        (
                            printable(path),
                            f"folder named {path.name!r} belongs to the account "
                            f"{owner or info.st_uid!r}: its files are graded as {path.name!r}",
                            True,
                        )
                    )
                stack.append((inner, depth + 1, printable(path.name), info.st_uid))
            else:
                stack.append((inner, depth + 1, login, folder_uid))


def find(paths: Paths, hub: bool | None = None) -> Walk:
    """The answer files in the files and folders named, in a stable order, and every other
    thing met, with why it is not read. A path the teacher names may be a link; nothing
    inside a folder is followed."""
    walk = Walk()
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    for item in items:
        path = Path(item)
        try:
            info = path.stat()
        except OSError:
            walk.problems.append((printable(path), "no such file or folder", False))
            continue
        if stat.S_ISDIR(info.st_mode):
            _walk_folder(path, hub, walk)
        elif stat.S_ISREG(info.st_mode):
            walk.files.append(Found(path, named=True))
        else:
            walk.problems.append((printable(path), _other(info.st_mode), False))
    seen: set[Path] = set()
    unique = []
    for found in walk.files:
        key = found.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(found)
    walk.files = unique
    return walk
