"""The gradebook against students who would cheat or hurt a classmate: private output, identity
from the hub, attempts in time order, one student cannot stop the grading, safe CSV files."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from test_gradebook import Q1, Q2, answer_file, by_student, make_course, write

from medialit import _course, _handins, _scoring, _walk
from medialit._course import Course
from medialit._gradebook import gradebook, read_levels
from medialit._output import defuse, printable
from medialit._report import write_report
from medialit.cli import main

T0 = datetime(2026, 11, 27, 13, 0, tzinfo=timezone.utc)


@pytest.fixture
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    return make_course(tmp_path_factory.mktemp("course"), {"q1": Q1, "q2": Q2})


@pytest.fixture
def own_catalogue(monkeypatch: pytest.MonkeyPatch, course: Course) -> None:
    monkeypatch.setattr(_course, "_default_course", lambda: course)


def at(seconds: int) -> str:
    return (T0 + timedelta(seconds=seconds)).isoformat()


def pick(response: str, seconds: int, question: str = "pick") -> dict[str, Any]:
    """An answer to q1's single-choice question (b is right), timed `seconds` after 13:00."""
    return {"quiz": "q1", "question": question, "type": "single", "response": response,
            "time": at(seconds)}  # fmt: skip


def reasons(book: Any) -> dict[str, str]:
    """{file name: reason} of the problem rows."""
    return {Path(f).name: r for f, r, _ in book.problems.itertuples(index=False)}


# ----------------------------------------------------------------------------- privacy


@pytest.mark.usefixtures("own_catalogue")
def test_the_output_is_the_teachers_only_whatever_the_umask(tmp_path: Path) -> None:
    """Is the output folder made 0700 and every file written 0600, even under umask 022 and
    over a folder and a file a former run left readable by all?"""
    (tmp_path / "in").mkdir()
    write(tmp_path / "in", "ada.json", answer_file("Ada", [pick("b", 1)]))
    out = tmp_path / "grades"
    out.mkdir()
    os.chmod(out, 0o755)  # noqa: S103 - an older folder left open to all, on purpose
    (out / "students.csv").write_text("old", encoding="utf-8")
    os.chmod(out / "students.csv", 0o644)
    fresh = tmp_path / "fresh" / "grades"
    old = os.umask(0o022)
    try:
        book = gradebook(tmp_path / "in")
        written = write_report(book, out)
        write_report(book, fresh)
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for path in [*written.values(), *fresh.rglob("*")]:
        # The student pages' folder is the teacher's only too (0700), its pages 0600.
        mode = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == mode, path
    assert len(written) == 6 and len(list((fresh / "students").iterdir())) == 1


def test_a_file_is_the_teachers_to_read_and_write_even_under_a_umask_that_takes_both(
    tmp_path: Path,
) -> None:
    """A file is set to 0600 only when the umask took bits from it: under a umask that takes
    the owner's own read and write, is it still 0600, and under 022 0600 too?"""
    from medialit._output import write_private

    for mask in (0o077, 0o377, 0o022):
        target = tmp_path / f"page-{mask:o}.html"
        old = os.umask(mask)
        try:
            write_private(target, b"<p>x</p>")
        finally:
            os.umask(old)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600, oct(mask)
        assert target.read_bytes() == b"<p>x</p>"


@pytest.mark.usefixtures("own_catalogue")
def test_an_output_path_that_is_a_file_gives_a_message(tmp_path: Path, capsys: Any) -> None:
    """Does `--out` onto a file say what to do, without a traceback?"""
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "ada.json", answer_file("Ada", [pick("b", 1)]))
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    code = main(["gradebook", str(folder), "--out", str(tmp_path / "taken")])
    err = capsys.readouterr().err
    assert code != 0 and "taken" in err and "--out" in err and "Traceback" not in err


# ----------------------------------------------------------------------------- identity


def hand_in_root(tmp_path: Path) -> Path:
    root = tmp_path / "handin"
    for login in ("ada", "bob"):
        (root / login).mkdir(parents=True)
    return root


def test_on_a_hub_the_folder_is_the_student_not_the_name_in_the_file(
    tmp_path: Path, course: Course
) -> None:
    """Is a file naming a classmate graded under its folder's login, flagged, and does it
    leave the classmate's own hand-in graded?"""
    root = hand_in_root(tmp_path)
    write(root / "ada", "Bob-1.json", answer_file("Bob Smith", [pick("b", 1)]))
    write(root / "bob", "Bob-2.json", answer_file("Bob Smith", [pick("a", 2)],
                                                  exported_at=at(-600)))  # fmt: skip
    book = gradebook(root, course=course, hub=True)
    students = by_student(book)
    assert sorted(students) == ["ada", "bob"]
    assert students["ada"]["q1 %"] == 50 and students["bob"]["q1 %"] == 0
    assert book.duplicates.empty
    assert (
        "names 'Bob Smith', but it is in ada's folder: graded as ada" in reasons(book)["Bob-1.json"]
    )


def test_a_hub_root_is_recognised_by_its_folders_owners(
    tmp_path: Path, course: Course, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without being told, is a folder whose sub-folder is owned by the account of that name
    read as a hand-in root, and an ordinary folder of files not?"""
    root = hand_in_root(tmp_path)
    me = os.getuid()
    monkeypatch.setattr(_walk, "login_of", lambda uid: "ada" if uid == me else None)
    write(root / "ada", "x.json", answer_file("Ada Lovelace", [pick("b", 1)]))
    write(root / "bob", "y.json", answer_file("Bob", [pick("b", 2)]))
    book = gradebook(root, course=course)
    assert sorted(book.students["student"]) == ["ada", "bob"]
    assert "belongs to the account 'ada'" in reasons(book)["bob"]
    plain = gradebook(root / "ada", course=course)
    assert list(plain.students["student"]) == ["Ada Lovelace"]


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another account needs root")
def test_a_file_another_account_put_in_a_folder_is_flagged(tmp_path: Path, course: Course) -> None:
    """Is a file whose owner is not the folder's owner flagged (and still graded)?"""
    root = hand_in_root(tmp_path)
    os.chown(root / "ada", 4242, -1)
    planted = write(root / "ada", "planted.json", answer_file("ada", [pick("b", 1)]))
    os.chown(planted, 4343, -1)
    book = gradebook(root, course=course, hub=True)
    assert (
        "belongs to another account (uid 4343) than ada's folder (uid 4242)"
        in (reasons(book)["planted.json"])
    )
    assert list(book.students["student"]) == ["ada"]


def test_a_forged_export_time_is_flagged_and_does_not_win(tmp_path: Path, course: Course) -> None:
    """Is an exported_at in the future, or later than the file was saved, flagged, and does
    the forged file no longer beat a real later hand-in?"""
    root = hand_in_root(tmp_path)
    future = answer_file("bob", [pick("b", 1)], exported_at="2099-01-01T00:00:00")
    forged = write(root / "bob", "forged.json", future)
    real = write(root / "bob", "real.json", answer_file("bob", [pick("b", 1), pick("a", 5)]))
    late = write(root / "ada", "late.json", answer_file("ada", [pick("b", 1)]))
    saved = T0.timestamp()
    os.utime(forged, (saved, saved))
    os.utime(late, (saved, saved))  # saved at 13:00, says it was exported at 14:00
    os.utime(real, (saved + 3600, saved + 3600))
    book = gradebook(root, course=course, hub=True)
    found = reasons(book)
    assert "in the future (forged?)" in found["forged.json"]
    assert "later than the file was saved (forged?)" in found["late.json"]
    assert Path(by_student(book)["bob"]["file"]).name == "real.json"


def test_two_students_with_one_name_are_both_graded_and_reported(
    tmp_path: Path, course: Course
) -> None:
    """Outside a hub, are two files with one name but different answers both graded, with
    the clash reported, instead of one dropped?"""
    write(tmp_path, "ada-1.json", answer_file("Ada", [pick("b", 1)]))
    write(tmp_path, "ada-2.json", answer_file("ada", [pick("a", 7)], exported_at=at(-60)))
    book = gradebook(tmp_path, course=course)
    assert len(book.students) == 2 and book.duplicates.empty
    found = reasons(book)
    assert "2 files name the student" in found["ada-1.json"]
    assert "2 files name the student" in found["ada-2.json"]


def test_names_are_one_after_nfkc_and_look_alikes_are_flagged(
    tmp_path: Path, course: Course
) -> None:
    """Is "Ada" in full-width letters the same student as "Ada", and "Ada" with a Cyrillic
    capital A a different one that is flagged as a look-alike?"""
    write(tmp_path, "ada.json", answer_file("Ada", [pick("a", 1), pick("b", 2)]))
    write(tmp_path, "wide.json", answer_file("Ａｄａ", [pick("a", 1)], exported_at=at(30)))
    write(tmp_path, "cyrillic.json", answer_file("\u0410da", [pick("b", 9)]))
    book = gradebook(tmp_path, course=course)
    assert sorted(book.students["student"]) == ["Ada", "\u0410da"]
    assert [Path(f).name for f in book.duplicates["dropped"]] == ["wide.json"]
    assert "looks like 'ada' but is spelt with other letters" in reasons(book)["cyrillic.json"]


# ----------------------------------------------------------------------------- attempts


def test_attempts_count_in_the_order_of_their_times(tmp_path: Path, course: Course) -> None:
    """Does reversing the answers list leave the first attempt the first, with a flag?"""
    write(tmp_path, "eve.json", answer_file("Eve", [pick("b", 60), pick("a", 1)]))
    book = gradebook(tmp_path, course=course)
    assert by_student(book)["Eve"]["q1 %"] == 0.0  # her first attempt, at 13:00:01, was wrong
    assert by_student(gradebook(tmp_path, course=course, score="latest"))["Eve"]["q1 %"] == 50
    assert "1 answer(s) listed after a later one" in reasons(book)["eve.json"]


def test_attempts_after_the_export_are_flagged(tmp_path: Path, course: Course) -> None:
    """Is an answer timed after the file's export flagged?"""
    write(tmp_path, "eve.json", answer_file("Eve", [pick("b", 1), pick("a", 2 * 3600)]))
    assert (
        "1 answer(s) timed after the file was exported"
        in reasons(gradebook(tmp_path, course=course))["eve.json"]
    )


def test_answers_copied_from_a_classmate_are_flagged(tmp_path: Path, course: Course) -> None:
    """Are two students' files that share their answers to the second flagged, and two
    students who answered the same in the same second once not?"""
    answers = [pick("b", 1), pick("a", 2, "many"), pick("b", 3), pick("a", 4)]
    write(tmp_path, "ada.json", answer_file("Ada", answers))
    write(tmp_path, "eve.json", answer_file("Eve", answers))
    write(tmp_path, "cy.json", answer_file("Cy", [answers[0], pick("a", 30), pick("b", 40)]))
    found = reasons(gradebook(tmp_path, course=course))
    assert "4 answers are the same, to the second, as in" in found["ada.json"]
    assert "eve.json" in found["ada.json"] and "ada.json" in found["eve.json"]
    assert "cy.json" not in found


# ----------------------------------------------------------------------------- robustness


def _nest(folder: Path, depth: int) -> None:
    """A chain of `depth` folders named d, made and later removed without recursion (the
    path is longer than a path may be, so each step is relative to the one before)."""
    fds = [os.open(folder, os.O_RDONLY)]
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=fds[-1])
            fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
    finally:
        for fd in fds:
            os.close(fd)


def _unnest(folder: Path, depth: int) -> None:
    fds = [os.open(folder, os.O_RDONLY)]
    try:
        for _ in range(depth - 1):
            fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
        while fds:
            os.rmdir("d", dir_fd=fds[-1])
            os.close(fds.pop())
    finally:
        for fd in fds:
            os.close(fd)


def test_a_folder_nested_too_deep_is_reported_not_fatal(tmp_path: Path, course: Course) -> None:
    """Does a hand-in folder nested 1,100 levels deep become a problem row, while the
    other files are graded?"""
    write(tmp_path, "ada.json", answer_file("Ada", [pick("b", 1)]))
    _nest(tmp_path, 1100)
    try:
        book = gradebook(tmp_path, course=course)
    finally:
        _unnest(tmp_path, 1100)
    assert list(book.students["student"]) == ["Ada"]
    deep = book.problems[book.problems["reason"].str.contains("nested more than")]
    assert len(deep) == 1 and deep.iloc[0]["file"].count("/d") == _walk.MAX_DEPTH + 1


def test_a_huge_number_in_a_file_does_not_stop_the_run(tmp_path: Path, course: Course) -> None:
    """Is a file holding a 5,000-digit integer reported, and every other file graded?"""
    write(tmp_path, "ada.json", answer_file("Ada", [pick("b", 1)]))
    text = json.dumps(answer_file("Bob", [pick("b", 1)])).replace('"b"', "9" * 5000)
    write(tmp_path, "bob.json", text.encode())
    book = gradebook(tmp_path, course=course)
    assert list(book.students["student"]) == ["Ada"]
    assert re.search(r"number .*too long", reasons(book)["bob.json"])


def test_links_pipes_and_unreadable_folders_are_reported_not_followed(
    tmp_path: Path, course: Course, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Are links (to a classmate's hand-in, to a system file), pipes and folders that cannot
    be opened each reported, and nothing behind a link read?"""
    root = hand_in_root(tmp_path)
    write(root / "bob", "bob.json", answer_file("bob", [pick("b", 1)]))
    (root / "ada" / "bobs.json").symlink_to(root / "bob" / "bob.json")
    (root / "ada" / "passwd.json").symlink_to("/etc/passwd")
    (root / "ada" / "elsewhere").symlink_to(root / "bob", target_is_directory=True)
    os.mkfifo(root / "ada" / "pipe.json")
    (root / "carl").mkdir()
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path).name == "carl":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(_walk.os, "scandir", scandir)
    book = gradebook(root, course=course, hub=True)
    found = reasons(book)
    for name in ("bobs.json", "passwd.json", "elsewhere"):
        assert "a link" in found[name], name
    assert "a pipe" in found["pipe.json"]
    assert "cannot be read (Permission denied)" in found["carl"]
    assert list(book.students["student"]) == ["bob"]
    # A link the teacher names on the command line is the teacher's own choice: it is read.
    named = gradebook(root / "ada" / "bobs.json", course=course)
    assert list(named.students["student"]) == ["bob"] and named.problems.empty


def test_caps_on_answers_files_and_long_responses_are_reported(
    tmp_path: Path, course: Course, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a file holds more answers than the cap, a folder more files, or an answer is
    longer than any student's, is each reported (and the rest graded)?"""
    monkeypatch.setattr(_handins, "MAX_ANSWERS", 3)
    monkeypatch.setattr(_walk, "MAX_FILES_PER_FOLDER", 3)
    many = [pick("a", 1), pick("b", 2), pick("b", 3), pick("b", 4), pick("b", 5)]
    write(tmp_path, "ada.json", answer_file("Ada", many))
    long = {"quiz": "q2", "question": "think", "type": "reflection",
            "response": "word " * (_scoring.MAX_RESPONSE_CHARS // 4), "time": at(9)}  # fmt: skip
    write(tmp_path, "bob.json", answer_file("Bob", [pick("b", 1), long]))
    write(tmp_path, "cy.json", answer_file("Cy", [pick("b", 1)]))
    write(tmp_path, "dee.json", answer_file("Dee", [pick("b", 1)]))
    book = gradebook(tmp_path, course=course)
    found = reasons(book)
    assert "5 answers, over the cap of 3" in found["ada.json"]
    assert by_student(book)["Ada"]["attempts"] == 3
    assert "1 answer(s) longer than 20,000 characters, left out: q2/think" in found["bob.json"]
    assert "more than 3 entries" in found[tmp_path.name]
    assert sorted(book.students["student"]) == ["Ada", "Bob", "Cy"]


MEMORY_SCRIPT = """
import json, resource, sys
from pathlib import Path
import medialit
from medialit._gradebook import catalogue
folder = Path(sys.argv[1])
quiz, qid = next(k for k, q in catalogue().items() if q.type == "single")
answers = [{"quiz": quiz, "question": qid, "type": "single", "response": f"r{n:07d}",
            "time": "2026-11-27T13:00:00+00:00"} for n in range(35_000)]
for i in range(10):
    for a in answers:
        a["response"] = f"{i}r{a['response'][-7:]}"
    data = {"format": "medialit-answers", "format_version": 1, "student": f"S{i}",
            "course_version": medialit.__version__, "answers": answers}
    (folder / f"s{i}.json").write_text(json.dumps(data))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
book = medialit.gradebook(folder)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"grew_mb": (after - before) / 1024, "students": len(book.students),
                  "sizes": [(folder / f"s{i}.json").stat().st_size for i in range(10)]}))
"""


def test_ten_large_files_of_distinct_responses_stay_small_in_memory(tmp_path: Path) -> None:
    """Do ten files near the 5 MB cap, every response distinct, grade without the memory
    growing by hundreds of megabytes?"""
    folder = tmp_path / "class"
    folder.mkdir()
    run = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(folder)],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["students"] == 10
    assert all(4 * 2**20 < size < 5 * 2**20 for size in figures["sizes"])
    assert figures["grew_mb"] < 150, figures


# ----------------------------------------------------------------------------- CSV


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("fine\r=HYPERLINK(1)", "fine\n'=HYPERLINK(1)"),
        ("a\r\n@SUM(1)", "a\n'@SUM(1)"),
        ("a\u2028-2+3", "a\u2028'-2+3"),
        ("a\x0b+1", "a\x0b'+1"),
        ("\tx", "'\tx"),
        ("plain - text", "plain - text"),
    ],
)
def test_a_cell_is_defused_after_any_line_break(text: str, safe: str) -> None:
    """Is a formula defused at the start of a cell and after every line break in it, and a
    carriage return replaced?"""
    assert defuse(text) == safe


@pytest.mark.usefixtures("own_catalogue")
def test_every_csv_field_is_quoted_and_no_cell_holds_a_carriage_return(tmp_path: Path) -> None:
    """Does a reflection with a lone carriage return before a formula come out as one quoted
    text cell in reflections.csv, with the formula defused?"""
    folder = tmp_path / "in"
    folder.mkdir()
    text = "I would look for a second source first, and then " * 2 + "\r=HYPERLINK(1)"
    think = {"quiz": "q2", "question": "think", "type": "reflection", "response": text,
             "time": at(1)}  # fmt: skip
    write(folder, "ada.json", answer_file("Ada", [think]))
    out = tmp_path / "out"
    assert main(["gradebook", str(folder), "--out", str(out)]) == 0
    raw = (out / "reflections.csv").read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert len(rows) == 2
    assert rows[1][3].endswith("then \n'=HYPERLINK(1)") and "\r" not in rows[1][3]
    for name in ("students.csv", "items.csv", "problems.csv", "reflections.csv"):
        content = (out / name).read_text(encoding="utf-8")
        for line in csv.reader(io.StringIO(content, newline="")):
            assert all(isinstance(cell, str) for cell in line)
        records = content.split("\r\n")
        assert all(r.startswith('"') for r in records if r), name


def test_levels_survive_line_separators_inside_quoted_cells(tmp_path: Path) -> None:
    """Does read_levels keep a level whose row holds U+2028 or \\x0b inside quoted cells?"""
    sheet = tmp_path / "reflections.csv"
    sheet.write_text(
        '"student","lesson","item","text","words","level","comment"\r\n'
        '"Ada","q2","think","one\u2028two","2","Proficient","good\x0bwork"\r\n'
        '"Ben","q2","think","three","1","Emergent",""\r\n',
        encoding="utf-8",
    )
    levels, problems = read_levels(sheet)
    assert problems == []
    assert levels[("ada", "q2", "think")] == ("proficient", "good\x0bwork")
    assert levels[("ben", "q2", "think")] == ("emergent", "")


def test_levels_from_a_device_are_refused(tmp_path: Path) -> None:
    """Does `--levels /dev/zero` come back as a problem, not a read without end?"""
    levels, problems = read_levels("/dev/zero")
    assert levels == {} and "not a regular file" in problems[0][1]


@pytest.mark.usefixtures("own_catalogue")
def test_control_characters_in_file_names_never_reach_the_terminal(
    tmp_path: Path, capsys: Any
) -> None:
    """Is a file name that would erase the teacher's line or retitle the window printed and
    listed with its control characters replaced?"""
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "ada.json", answer_file("Ada", [pick("b", 1)]))
    write(folder, "x\x1b[2K\x1b]0;pwned\x07\r.json", b"{")
    write(folder, "eve.json", answer_file("Eve\x1b[2J\u202e", [pick("b", 2)]))
    out = tmp_path / "out"
    assert main(["gradebook", str(folder), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "\x1b" not in printed and "\x07" not in printed and "x?[2K?]0;pwned??.json" in printed
    problems = (out / "problems.csv").read_text(encoding="utf-8")
    assert "\x1b" not in problems and "x?[2K?]0;pwned??.json" in problems
    students = (out / "students.csv").read_text(encoding="utf-8")
    assert "\x1b" not in students and '"Eve?[2J?"' in students
    assert printable("a\u202eb\u2028c") == "a?b?c"


def test_the_instructors_guide_states_the_caps_the_code_uses() -> None:
    """Does docs/instructors.md give the depth and size caps the gradebook applies?"""
    guide = (Path(__file__).resolve().parents[1] / "docs" / "instructors.md").read_text(
        encoding="utf-8"
    )
    for figure in (
        f"at most {_walk.MAX_DEPTH} levels deep",
        f"{_handins.MAX_ANSWERS:,} answers per file",
        f"{_walk.MAX_FILES_PER_FOLDER:,} entries per folder",
        f"{_scoring.MAX_RESPONSE_CHARS:,} characters per answer",
        "What first-attempt grading can and cannot prove",
    ):
        assert figure in guide, figure
