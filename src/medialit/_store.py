"""Answers that are never lost: one JSON file per student, written atomically.

This is the answer file only: where it lives, reading it (one validator and one size cap,
which the gradebook uses too), writing it, and the student's name. It imports nothing of the
course; scoring and progress are the session's (`_session.py`).

Format: docs/answer-file.md. Every write re-reads the file under a lock, appends, and replaces
the file atomically (temp file in the same folder, flush, fsync, os.replace), so a crash
mid-write leaves the old file whole and two kernels never drop each other's answers; a temp
file a crash left behind is removed at the next save. Where there is no `fcntl.flock` or
`os.link` (Pyodide, in a browser: one kernel, so no lock is needed), writes still replace
whole files and a hand-in still never overwrites another.

Each name has its own file: a readable part plus a fingerprint of the exact name, so
"Zoë Müller", "Zoe Muller" and "Ada" typed with a Cyrillic A never share one. A file from an
older medialit, named by the readable part alone, is read and renamed to the new name the
first time its student's answers are read or saved (never copied over, never lost).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

try:  # a lock keeps two kernels from writing at once; Windows has no fcntl
    import fcntl
except ImportError:  # pragma: no cover - exercised only on Windows
    fcntl = None  # type: ignore[assignment]

FORMAT = "medialit-answers"
FORMAT_VERSION = 1
DEFAULT_STUDENT = "student"
# When a hand-in was written, in its file name (UTC): <name>--20261203T073806Z.json
HANDIN_STAMP = "%Y%m%dT%H%M%SZ"
MAX_FILE_BYTES = (
    5 * 1024 * 1024
)  # a whole course of answers is well under 1 MB (store and gradebook)
MAX_NAME_CHARS = 80
SETTINGS_FILE = "settings.json"
# JupyterLite keeps /drive in the browser's storage (IndexedDB); everything else is lost on
# a reload. The file browser shows /drive as its root, so this folder is visible there.
BROWSER_HOME = Path("/drive/medialit-answers")
# A temp file older than this, beside a file being saved, was left by a crash: a write takes
# well under a second, so a younger one may still be another kernel's write in progress.
STALE_TMP_SECONDS = 60


class StoreError(Exception):
    """A problem with the answer file a student can act on; the message says what to do."""


class AnswerFileError(ValueError):
    """A file that is not a usable answer file; the message is the reason, in plain words."""


# --------------------------------------------------------------------------- places
def in_browser() -> bool:
    """Is this kernel Pyodide, in a browser tab (JupyterLite)?"""
    return sys.platform == "emscripten"


def medialit_home() -> Path:
    """The folder answers live in: $MEDIALIT_HOME, or ~/.medialit; in a browser
    (JupyterLite), /drive/medialit-answers, the one folder that survives a reload and that
    the file browser shows (a student can download the answers from there)."""
    env = os.environ.get("MEDIALIT_HOME")
    if env:
        return Path(env).expanduser()
    return BROWSER_HOME if in_browser() else Path.home() / ".medialit"


def student_slug(name: str) -> str:
    """A file-name-safe form of a name: 'Zoë Müller' -> 'zoe-muller' (the readable part of an
    answer file's name; the whole file name in older versions of medialit)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60]
    if not slug:  # a name in a non-Latin script: keep it distinct, but file-name safe
        slug = "student-" + hashlib.sha256(name.encode()).hexdigest()[:10]
    return slug


def fingerprint(name: str) -> str:
    """A short fingerprint of the exact name (after Unicode NFC, so an accent typed as one
    character or as two is the same name): two different names never share a file."""
    return hashlib.sha256(unicodedata.normalize("NFC", name).encode()).hexdigest()[:10]


def same_name(recorded: Any, name: str) -> bool:
    """Is the name recorded in a file this name (the same after Unicode NFC, as the file's
    fingerprint is: "Zoë" typed as one character or as two)?"""
    return isinstance(recorded, str) and unicodedata.normalize(
        "NFC", recorded
    ) == unicodedata.normalize("NFC", name)


def answers_path(student: str | None = None) -> Path:
    """The answer file of a student (default: the current one): answers-<readable>-<print>.json,
    e.g. answers-zoe-muller-d6e575a6b5.json."""
    name = student or current_student()
    readable = student_slug(name)[:40].strip("-")
    return medialit_home() / f"answers-{readable}-{fingerprint(name)}.json"


def legacy_answers_path(student: str) -> Path:
    """Where older versions of medialit kept a student's answers: one file per readable part,
    shared by names that differ only in accents, case or script."""
    return medialit_home() / f"answers-{student_slug(student)}.json"


def now() -> str:
    """The time now, UTC, to the second, as ISO text."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


# --------------------------------------------------------------------------- the name
def _read_settings() -> dict[str, Any]:
    path = medialit_home() / SETTINGS_FILE
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def default_student() -> str:
    """The name answers are saved under before a student sets one: their JupyterHub login on
    a hub (JupyterHub sets `JUPYTERHUB_USER`), else "student"."""
    login, _ = clean_name(os.environ.get("JUPYTERHUB_USER", ""))
    return login or DEFAULT_STUDENT


def current_student() -> str:
    """The name set with `set_student` (or in lesson 00), else the default name."""
    name = _read_settings().get("student")
    return name.strip() if isinstance(name, str) and name.strip() else default_student()


def resolve_student(student: str | None = None) -> str:
    """Whose file an answer goes to, decided when it is saved: the name given, or the current
    one. A quiz loaded before the student set their name carries the default name; once a
    name is set, the default name means that name, so those answers are not left behind."""
    if student and student != default_student():
        return student  # a name, given: no need to read the settings
    return current_student()


def clean_name(name: Any) -> tuple[str | None, str]:
    """(the cleaned name, '') or (None, a friendly message saying what is wrong)."""
    if not isinstance(name, str) or not name.strip():
        return None, "Please type your name first (for example: Ada Lovelace)."
    cleaned = " ".join(name.split())
    if len(cleaned) > MAX_NAME_CHARS:
        return None, f"That name is long. Please use at most {MAX_NAME_CHARS} characters."
    if any(unicodedata.category(c).startswith("C") for c in cleaned):
        return None, "Please use only letters, spaces and ordinary punctuation in your name."
    return cleaned, ""


def save_student(name: Any) -> tuple[str | None, str]:
    """Save the name; returns (name, message) or (None, what is wrong). Never raises."""
    cleaned, problem = clean_name(name)
    if cleaned is None:
        return None, problem
    previous, unnamed = current_student(), default_student()
    settings = _read_settings()
    settings["student"] = cleaned
    try:
        _atomic_write(medialit_home() / SETTINGS_FILE, settings)
        moved = _adopt_unnamed_answers(cleaned, unnamed) if previous == unnamed else 0
    except (OSError, StoreError) as exc:
        return None, f"Your name could not be saved ({exc}). Ask your teacher."
    message = f"Hello, {cleaned}! Your answers are now saved under this name."
    if moved:
        message += f" The {moved} answer(s) you gave before setting your name are kept with them."
    elif previous not in (unnamed, cleaned):
        message += f" Answers given as {previous} stay in that name's file."
    return cleaned, message


def _adopt_unnamed_answers(name: str, unnamed_name: str) -> int:
    """Move answers given before a name was set into the named file; returns how many.

    The unnamed file is renamed to a timestamped `.moved` copy, never deleted, so nothing
    is lost even if a student picked a name by mistake.
    """
    source = answers_path(unnamed_name)
    target = answers_path(name)
    if source == target:
        return 0
    with _locked(source):
        _migrate_legacy(unnamed_name, source)
        if not source.exists():
            return 0
        unnamed, _ = _read(source, unnamed_name)
        if not unnamed["answers"]:
            return 0
        with _locked(target):
            _migrate_legacy(name, target)
            data, _ = _read(target, name)
            merged = sorted(
                data["answers"] + unnamed["answers"], key=lambda a: str(a.get("time", ""))
            )
            data["answers"] = merged
            _atomic_write(target, data)
        _set_aside(source, "moved")
    return len(unnamed["answers"])


def set_student(name: str) -> str | None:
    """Set the student's name once; later answers are saved under it. Never asks input()."""
    cleaned, message = save_student(name)
    print(message)
    return cleaned


# --------------------------------------------------------------------------- files
def _atomic_write(path: Path, data: dict[str, Any]) -> None:
    """Write JSON so that the file is always either the old or the new version, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_tmp(path.parent, f".{path.name}.")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def remove_stale_tmp(folder: Path, prefix: str) -> None:
    """Remove temp files (`<prefix>*.tmp`) a crashed write left in `folder`: ordinary files
    only, never through a link, and only ones older than STALE_TMP_SECONDS."""
    limit = time.time() - STALE_TMP_SECONDS
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        leftover = folder / name
        with contextlib.suppress(OSError):
            info = leftover.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                leftover.unlink()


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock beside the answer file while reading and writing it. Without
    `fcntl.flock` (Windows, Pyodide) there is no lock: one kernel writes at a time there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    flock = getattr(fcntl, "flock", None) if fcntl is not None else None
    if flock is None:
        yield
        return
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        try:
            flock(lock.fileno(), fcntl.LOCK_EX)
        except OSError:  # a file system without locks: write as if alone
            yield
            return
        try:
            yield
        finally:
            flock(lock.fileno(), fcntl.LOCK_UN)


def _migrate_legacy(student: str, path: Path) -> None:
    """If `student` has no file under the new name but a file from an older medialit that is
    theirs (its "student" is exactly this name), rename it to the new name; call it holding
    the lock of `path`. A file kept for another name stays where it is, for that name."""
    legacy = legacy_answers_path(student)
    if legacy == path or os.path.lexists(path):
        return
    try:
        info = legacy.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return
        data = parse(legacy.read_bytes())
    except (OSError, AnswerFileError):
        return
    if same_name(data.get("student"), student):
        os.replace(legacy, path)


def _empty(student: str) -> dict[str, Any]:
    from medialit import __version__

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "course_version": __version__,
        "student": student,
        "answers": [],
    }


def problem(data: Any) -> str:
    """What is wrong with a parsed answer file, or '' if it is usable (the one validator)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return f'not a medialit answer file (no "format": "{FORMAT}")'
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return "its format version is missing"
    answers = data.get("answers")
    if not isinstance(answers, list):
        return "no list of answers in the file"
    for number, answer in enumerate(answers, 1):
        if not (
            isinstance(answer, dict)
            and isinstance(answer.get("quiz"), str)
            and isinstance(answer.get("question"), str)
            and "response" in answer
        ):
            return f"answer {number} is not a complete answer (quiz, question, response)"
    return ""


def parse(raw: bytes) -> dict[str, Any]:
    """The answer file in `raw`, validated; AnswerFileError says what is wrong."""
    if len(raw) > MAX_FILE_BYTES:
        raise AnswerFileError(f"file is over the {MAX_FILE_BYTES / 2**20:g} MB cap")
    if not raw.strip():
        raise AnswerFileError("file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnswerFileError("not text (corrupted, or not an answer file)") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        # Every answer file ends with its closing brace; one that does not was cut off.
        if not text.rstrip().endswith(("}", "]")):
            raise AnswerFileError("the file stops part-way through (truncated?)") from None
        raise AnswerFileError(
            f"broken JSON at line {err.lineno}, column {err.colno} (file corrupted?)"
        ) from None
    except RecursionError:
        raise AnswerFileError("JSON nested too deeply (not an answer file)") from None
    except ValueError:  # a number of thousands of digits: Python refuses to convert it
        raise AnswerFileError("a number in the file is far too long (not an answer file)") from None
    reason = problem(data)
    if reason:
        raise AnswerFileError(reason)
    return data


def _set_aside(path: Path, label: str) -> Path:
    """Rename a file to a timestamped `<name>.<time>.<label>` beside it; never delete it."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.{stamp}.{label}")
    os.replace(path, aside)
    return aside


def _read(path: Path, student: str) -> tuple[dict[str, Any], str]:
    """(the answer file, a notice for the student); call it holding the lock.

    A damaged file is renamed to a timestamped `.corrupt` backup, never overwritten, and the
    notice names the backup. A file too big or from a newer medialit raises StoreError.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return _empty(student), ""
    if size > MAX_FILE_BYTES:
        raise StoreError(
            f"Your answer file {path} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, far "
            "more than a course writes. It was left as it is and new answers are not being "
            "saved. Please show this message to your teacher."
        )
    try:
        data = parse(path.read_bytes())
    except AnswerFileError as bad:
        backup = _set_aside(path, "corrupt")
        notice = (
            f"Note: your old answer file could not be read ({bad}). It was kept, "
            f"unchanged, as {backup}. Show it to your teacher; new answers are saved in "
            "a fresh file."
        )
        return _empty(student), notice
    if data["format_version"] > FORMAT_VERSION:
        raise StoreError(
            f"Your answer file {path} was written by a newer version of medialit. It was left "
            "as it is. Please update medialit (ask your teacher)."
        )
    return data, ""


def load_answers(student: str | None = None) -> tuple[dict[str, Any], str]:
    """(the student's answer file as a dict, a notice); an empty file if none yet. The
    default name means the name set since (see `resolve_student`)."""
    name = resolve_student(student)
    path = answers_path(name)
    with _locked(path):
        _migrate_legacy(name, path)
        return _read(path, name)


def append_answer(entry: dict[str, Any], student: str | None = None) -> tuple[dict[str, Any], str]:
    """Append one answer (re-reading the file first); returns (the file as written, a notice
    for the student), so the caller needs no second read. The name is decided now: the
    default name means the name set since (see `resolve_student`)."""
    name = resolve_student(student)
    path = answers_path(name)
    with _locked(path):
        _migrate_legacy(name, path)
        data, notice = _read(path, name)
        data["answers"].append(entry)
        _atomic_write(path, data)
    return data, notice


def _handed_in_data(student: str | None) -> tuple[str, dict[str, Any]]:
    """(the name, the student's answers with exported_at) for an export or a hand-in.

    Answers the student gave unnamed before (in a notebook opened before the name was set) are
    merged in first. The file must be this student's: one that names someone else is never
    handed in under this name."""
    name = resolve_student(student)
    unnamed = default_student()
    if name != unnamed and name == current_student():
        _adopt_unnamed_answers(name, unnamed)
    data, _ = load_answers(name)
    if not same_name(data.get("student"), name):
        raise StoreError(
            f"Your answer file {answers_path(name)} holds the answers of "
            f"{str(data.get('student'))[:MAX_NAME_CHARS]!r}, not of {name!r}, so nothing was "
            "handed in. Please show this message to your teacher."
        )
    data["exported_at"] = now()
    return name, data


def _refuse_to_overwrite(target: Path) -> None:
    """Raise StoreError if `target` exists and is anything but a medialit answer file."""
    try:
        info = target.lstat()
    except FileNotFoundError:
        return
    reason = ""
    if not stat.S_ISREG(info.st_mode):
        reason = "it is not an ordinary file"
    elif info.st_size > MAX_FILE_BYTES:
        reason = "it is not an answer file"
    else:
        try:
            parse(target.read_bytes())
        except AnswerFileError:
            reason = "it is not an answer file"
    if reason:
        raise StoreError(
            f"{target} already exists and {reason}, so it was left as it is. Choose another "
            "file name, e.g. my-answers.json"
        )


def export(file: str | os.PathLike[str], student: str | None = None) -> Path:
    """Write the one file a student hands in (the answer file plus exported_at). Overwrites
    only an earlier answer file; anything else at `file` raises StoreError."""
    target = Path(file).expanduser().resolve()
    _refuse_to_overwrite(target)
    _, data = _handed_in_data(student)
    _refuse_to_overwrite(target)
    _atomic_write(target, data)
    return target


# --------------------------------------------------------------------------- hand-in
def handin_name(student: str) -> str:
    """A safe, readable file-name stem for a student's hand-in: Unicode letters kept, no path
    separators or dots to climb out of the folder, and a short fingerprint of the exact name,
    so "Ada" and "ada" never share a file."""
    name = unicodedata.normalize("NFC", student)
    readable = re.sub(r"[^\w-]+", "-", name).strip("-_")[:40] or "student"
    import hashlib

    return f"{readable}-{hashlib.sha256(name.encode()).hexdigest()[:6]}"


def hand_in(folder: str | os.PathLike[str], student: str | None = None) -> Path:
    """Copy the student's answers into `folder` as a new file, `<name>-<id>--<time>.json`,
    written whole or not at all; an earlier hand-in is never overwritten. Raises StoreError
    or OSError (also when the answer file names another student); answers given unnamed
    before the name was set are merged into the student's file first."""
    name, data = _handed_in_data(student)
    target_dir = Path(folder).expanduser()
    target_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_tmp(target_dir, ".handin.")
    stamp = datetime.now(timezone.utc).strftime(HANDIN_STAMP)
    stem = f"{handin_name(name)}--{stamp}"
    fd, tmp = tempfile.mkstemp(prefix=".handin.", suffix=".tmp", dir=target_dir)
    try:
        if target_dir.stat().st_mode & stat.S_ISGID and hasattr(os, "fchmod"):
            # A folder whose files go to a group (the teachers', on a school hub): they may
            # read the hand-in; everyone else still may not.
            os.fchmod(fd, 0o640)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        link = getattr(os, "link", None)  # Pyodide has none
        for n in range(100):  # a second hand-in in the same second gets its own file
            target = target_dir / (f"{stem}.json" if n == 0 else f"{stem}-{n}.json")
            try:
                if link is None:
                    raise OSError("no hard links here")
                link(tmp, target)  # fails if the name exists: nothing is overwritten
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links: reserve the name, then fill it
                try:
                    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
                except FileExistsError:
                    continue
                os.replace(tmp, target)
            return target
        raise OSError(f"too many hand-ins this second in {target_dir}")
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
