"""Reading hand-ins: one answer file at a time into a checked record, then deciding whose
each record is and which of a student's files is graded.

Answer files (docs/answer-file.md) are read as data only, by the store's one validator and
size cap: never pickle, never eval. A bad file never stops the run: it becomes a problem row
with its name and the reason, whatever went wrong in it.

Course versions: a file from a newer major or minor version, or with another `format` or
`format_version`, is not graded (its questions may not exist here yet). A file from an older
version is graded against the current banks with a note: answers to questions that no longer
exist are left out and named, everything else counts. A newer patch version is graded
silently (patch releases do not change questions).

Whose file it is: in a hub's hand-in root the student is the folder's login, never the name
written in the file; the name is only compared with it. Elsewhere the name is all there is,
so names are compared with care (Unicode NFKC, case, spacing), and what looks like a clash,
a forgery or a copy is reported instead of merged.

Attempts are put in the order of their `time`, not of the list in the file; times that run
backwards, come after the export, or repeat in another student's file are flagged.
"""

from __future__ import annotations

import errno
import math
import os
import re
import stat
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from medialit import _store
from medialit._output import printable
from medialit._walk import Found, Problem

# A course is about a hundred questions; a student who answers each many times stays far below.
MAX_ANSWERS = 5000
# Clocks of one server agree; a little slack for file systems that keep coarse times.
CLOCK_SLACK_S = 60.0
# Two students may give one answer in the same second; a copy shares at least this many.
SHARED_TIMES_FLAGGED = 3
# Files compared pairwise for one shared attempt (a class of copies must not take hours).
COPIES_COMPARED = 40


class Bad(Exception):
    """A file that cannot be graded; the message is the reason shown to the teacher."""


_VERSION = re.compile(r"^(\d{1,6})\.(\d{1,6})(?:\.(\d{1,6}))?")


def version(text: Any) -> tuple[int, int, int] | None:
    """(major, minor, patch) of a version string, or None."""
    match = _VERSION.match(text) if isinstance(text, str) else None
    if not match:
        return None
    return int(match[1]), int(match[2]), int(match[3] or 0)


def timestamp(text: Any) -> float | None:
    """Seconds since the epoch for an ISO time; naive times are taken as UTC."""
    if not isinstance(text, str) or len(text) > 40:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def name_key(name: str) -> str:
    """Two names are one when they match after Unicode NFKC, case folding and spacing."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


# Letters of other alphabets that look like Latin ones (Unicode's confusables, the common part).
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁһӏԛԝвнкмтьАВЕЗКМНОРСТУХІЈЅ"  # Cyrillic
    "αβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",  # Greek
    "aeopcyxijsdhlqwbhkmtbABEZKMHOPCTYXIJSaBeikvoptuxABEZHIKMNOPTYX",
)


def skeleton(name: str) -> str:
    """A name with look-alike letters of other alphabets read as Latin ones."""
    return name_key(name).translate(_LOOKALIKES).casefold()


def _scripts(name: str) -> set[str]:
    """The alphabets a name's letters come from (LATIN, CYRILLIC, GREEK, ...)."""
    return {unicodedata.name(c, "?").split(" ")[0] for c in name if c.isalpha()}


@dataclass
class AnswerFile:
    """One checked answer file: whose, when, and its answers in time order."""

    path: str  # as shown to the teacher (control characters replaced)
    student: str  # who is graded: the folder's login on a hub, else the name in the file
    name: str  # the name written in the file
    identity: str  # files with one identity are one student's
    course_version: str
    exported_at: str
    moment: float  # when it was handed in, for choosing a student's latest file
    answers: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    # Each timed attempt: (quiz, question, time, the start of the response).
    times: frozenset[tuple[str, str, str, str]] = frozenset()

    def release(self) -> None:
        """Let the answers go once graded (a class of large files need not sit in memory)."""
        self.answers = []


def _open_regular(
    path: os.PathLike[str] | str, max_bytes: int, follow: bool = False
) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file (never a pipe or device, and never a link unless the
    teacher named it), up to the cap."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise Bad("skipped: a link (links in hand-in folders are never followed)") from None
        raise Bad(f"cannot read the file ({err.strerror or err})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise Bad("skipped: not a regular file")
        if info.st_size > max_bytes:
            raise Bad(
                f"file is {info.st_size / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB cap; "
                "not an answer file a student exported"
            )
        raw = handle.read(max_bytes + 1)  # the file may have grown since
    if len(raw) > max_bytes:
        raise Bad(f"file is over the {max_bytes / 2**20:g} MB cap")
    return raw, info


def _parse(raw: bytes) -> dict[str, Any]:
    try:
        return _store.parse(raw)
    except _store.AnswerFileError as bad:
        raise Bad(str(bad)) from None
    except ValueError:  # Python's cap on the digits of an integer (a 5,000-digit number)
        raise Bad(
            "holds a number too long to read (not an answer file a student exported)"
        ) from None
    except RecursionError:
        raise Bad("JSON nested too deeply (not an answer file)") from None


def _header(data: dict[str, Any], current: tuple[int, int, int]) -> list[str]:
    """Notes on a valid file's header; raise Bad when it cannot be graded here."""
    if data.get("format_version") != _store.FORMAT_VERSION:
        shown = printable(repr(data.get("format_version")))[:40]
        raise Bad(
            f"format_version {shown}; this gradebook reads {_store.FORMAT_VERSION} "
            "(update medialit?)"
        )
    course = data.get("course_version")
    found = version(course)
    if found is None:
        raise Bad(f"course_version {printable(repr(course))[:60]} is not a version number")
    if found[:2] > current[:2]:
        raise Bad(
            f"made with a newer course version ({course}) than this one "
            f"({'.'.join(map(str, current))}); update medialit to grade it"
        )
    if found[:2] < current[:2]:
        return [f"older course version {course}: graded against the current questions"]
    return []


# "2026-11-27T13:00:00+00:00": the checks of `_utc_text`'s shortcut, as one pattern.
_STORED_UTC = re.compile(r"(?s).{4}-..-..T..:..:..\+00:00")


def _utc_text(text: Any) -> str | None:
    """An ISO time as UTC text that sorts in time order ("" sorts first); None if it is not
    a time. The store writes "2026-11-27T13:00:00+00:00", which is taken as it is: parsing
    a hundred thousand times would cost the class's grading a large share of its time."""
    if (
        isinstance(text, str)
        and len(text) == 25
        and text.endswith("+00:00")
        and text[10] == "T"
        and text[:4].isdigit()
        and text[4] == text[7] == "-"
        and text[13] == text[16] == ":"
    ):
        return text
    moment = timestamp(text)
    if moment is None:
        return None
    return datetime.fromtimestamp(moment, timezone.utc).isoformat()


def _order(
    answers: list[Any], exported: float | None, notes: list[str]
) -> tuple[list[dict[str, Any]], frozenset[tuple[str, str, str, str]]]:
    """The answers in the order of their times (file order where times are equal or missing),
    with a note for times that run backwards, come after the export, or are missing."""
    if len(answers) > MAX_ANSWERS:
        notes.append(
            f"{len(answers)} answers, over the cap of {MAX_ANSWERS}: only the first "
            f"{MAX_ANSWERS} in the file were read"
        )
        answers = answers[:MAX_ANSWERS]
    end = None if exported is None else datetime.fromtimestamp(exported, timezone.utc).isoformat()
    moments = []  # each answer's time, for sorting them if the file's order runs backwards
    latest = ""
    backwards = after = missing = 0
    times = set()
    as_stored = _STORED_UTC.fullmatch
    for answer in answers:
        text = answer.get("time")
        # The store's own form, taken as it is (what `_utc_text` does first, inline: this runs
        # once per answer of the class).
        moment: str | None = text
        if not (type(text) is str and as_stored(text) and text[:4].isdigit()):
            moment = _utc_text(text)
        if moment is None:
            missing += 1
            moment = latest  # kept where it stands in the file
        else:
            if moment < latest:
                backwards += 1
            else:
                latest = moment
            if end is not None and moment > end:
                after += 1
            response = answer["response"]
            said = response[:100] if isinstance(response, str) else repr(response)[:100]
            times.add((answer["quiz"], answer["question"], moment, said))
        moments.append(moment)
    if backwards:
        notes.append(
            f"{backwards} answer(s) listed after a later one: the file's order was changed "
            "(edited?); graded in the order of their times"
        )
    if after:
        notes.append(f"{after} answer(s) timed after the file was exported (edited?)")
    if missing:
        notes.append(f"{missing} answer(s) without a time: kept in the file's order")
    if not backwards:  # already in order: no need to sort
        return list(answers), frozenset(times)
    places = sorted(range(len(answers)), key=lambda n: (moments[n], n))  # stable, by time
    return [answers[n] for n in places], frozenset(times)


def read(
    found: Found,
    current: tuple[int, int, int],
    max_bytes: int = _store.MAX_FILE_BYTES,
    now: float | None = None,
) -> AnswerFile:
    """One answer file, checked: its header, whose it is, its answers in time order and the
    notes on it; raises Bad with the reason when it cannot be graded."""
    raw, info = _open_regular(found.path, max_bytes, follow=found.named)
    data = _parse(raw)
    del raw
    notes = _header(data, current)
    name = data.get("student")
    if not isinstance(name, str) or not name.strip():
        raise Bad("no student name in the file")
    name = printable(" ".join(name.split()))  # shown in tables and printed: no controls
    exported_at = data.get("exported_at")
    moment = timestamp(exported_at)
    if exported_at is not None and moment is None:
        raise Bad(f"exported_at {printable(repr(exported_at))[:60]} is not a date and time")
    now = time.time() if now is None else now
    trusted = moment
    if moment is not None and moment > now + CLOCK_SLACK_S:
        notes.append(f"exported_at {exported_at} is in the future (forged?)")
        trusted = info.st_mtime
    elif moment is not None and moment > info.st_mtime + CLOCK_SLACK_S:
        notes.append(f"exported_at {exported_at} is later than the file was saved (forged?)")
        trusted = info.st_mtime
    answers, times = _order(data["answers"], moment, notes)
    shown = name
    if found.login is not None:
        student, identity = found.login, f"login:{found.login}"
        if name_key(name) != name_key(found.login):
            notes.append(
                f"the file names {shown!r}, but it is in {found.login}'s folder: graded as "
                f"{found.login}"
            )
        if found.folder_uid is not None and info.st_uid != found.folder_uid:
            notes.append(
                f"the file belongs to another account (uid {info.st_uid}) than "
                f"{found.login}'s folder (uid {found.folder_uid}): placed there by someone else?"
            )
    else:
        student, identity = name, f"name:{name_key(name)}"
    return AnswerFile(
        path=printable(found.path),
        student=student,
        name=name,
        identity=identity,
        course_version=str(data.get("course_version")),
        exported_at=exported_at if isinstance(exported_at, str) else "",
        moment=trusted if trusted is not None else -math.inf,
        answers=answers,
        notes=notes,
        times=times,
    )


@dataclass
class Reading:
    """One graded file per student, every problem, and the earlier files left out."""

    files: list[AnswerFile]
    problems: list[Problem]
    duplicates: list[tuple[str, str, str, str, str]]


def _flag_lookalikes(kept: list[AnswerFile]) -> None:
    """Note names that mix alphabets, or look like another student's name without being it."""
    by_skeleton: dict[str, set[str]] = defaultdict(set)
    for record in kept:
        if record.identity.startswith("name:"):
            by_skeleton[skeleton(record.name)].add(name_key(record.name))
    for record in kept:
        if not record.identity.startswith("name:"):
            continue
        scripts = _scripts(record.name)
        others = sorted(by_skeleton[skeleton(record.name)] - {name_key(record.name)})
        if others:
            record.notes.append(
                f"the name {printable(record.name)!r} looks like {printable(others[0])!r} "
                "but is spelt with other letters: graded as a different student"
            )
        elif len(scripts) > 1:
            record.notes.append(
                f"the name {printable(record.name)!r} mixes letters of "
                f"{' and '.join(sorted(s.lower() for s in scripts))} alphabets"
            )


def _flag_shared_times(kept: list[AnswerFile]) -> None:
    """Note files that share attempts (question, response and time to the second) with
    another student's file: copied answers carry their times with them. Two students may
    give one answer in the same second; a copy shares most of a file."""
    first_seen: dict[tuple[str, str, str, str], int] = {}
    owners: dict[tuple[str, str, str, str], list[int]] = {}
    for index, record in enumerate(kept):
        for key in record.times:
            first = first_seen.setdefault(key, index)
            if first != index:  # rare: only these are looked at again
                owners.setdefault(key, [first]).append(index)
    shared: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for everyone in owners.values():
        indices = everyone[:COPIES_COMPARED]
        for a in indices:
            for b in indices:
                if a != b and kept[a].identity != kept[b].identity:
                    shared[a][b] += 1
    for a, counts in shared.items():
        b, count = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
        if count >= max(SHARED_TIMES_FLAGGED, len(kept[a].times) // 2):
            kept[a].notes.append(
                f"{count} answers are the same, to the second, as in "
                f"{kept[b].path} ({printable(kept[b].student)!r}): copied?"
            )


def resolve(records: list[AnswerFile]) -> Reading:
    """Whose each file is, and which of a student's files is graded: the latest hand-in.

    On a hub a student's files are those in their folder. Elsewhere an earlier export whose
    answers are all in the later one is the same student's; two files with one name whose
    answers differ are both graded, and the clash is reported, never merged."""
    groups: dict[str, list[AnswerFile]] = defaultdict(list)
    for record in records:
        groups[record.identity].append(record)
    problems: list[Problem] = []
    duplicates = []
    kept: list[AnswerFile] = []
    for identity, group in groups.items():
        group.sort(key=lambda r: (r.moment, r.path), reverse=True)
        winners: list[AnswerFile] = []
        for record in group:
            same = next(
                (w for w in winners if identity.startswith("login:") or record.times <= w.times),
                None,
            )
            if same is None:
                winners.append(record)
                continue
            duplicates.append(
                (same.student, same.path, same.exported_at, record.path, record.exported_at)
            )
            reason = (
                f"same student as {same.path} ({printable(same.student)!r}), exported earlier "
                f"({record.exported_at or 'no date'}); the later file is graded"
            )
            problems.append((record.path, "; ".join([reason, *record.notes]), False))
        if len(winners) > 1:
            for record in winners:
                others = ", ".join(w.path for w in winners if w is not record)
                record.notes.append(
                    f"{len(winners)} files name the student {printable(record.name)!r} but hold "
                    f"different answers (also: {others}): graded separately; two students "
                    "with one name, or an edited file?"
                )
        kept += winners
    _flag_lookalikes(kept)
    _flag_shared_times(kept)
    kept.sort(key=lambda r: (name_key(r.student), r.path))
    return Reading(kept, problems, duplicates)
