"""Tests of the answer store: the file format, atomic writes, crash safety, the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from medialit import _attempts, _session, _store, load_quiz
from medialit.cli import main

SAMPLE = Path(__file__).parent / "data" / "sample.yaml"


def answer(qid: str, stored: object) -> Any:
    """Answer a sample question as a student would, giving the bank's key (a, b...) in the
    letters this student is shown."""
    question = load_quiz(SAMPLE)[qid]
    return question.answer(question.item.to_shown(question, stored))


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_answer_file_follows_the_documented_format(medialit_home: Path) -> None:
    """Does an answer land in answers-<slug>-<fingerprint>.json with every key
    docs/answer-file.md lists?"""
    _store.save_student("Ada Lovelace")
    assert answer("source-of-s03", "b").saved
    (path,) = medialit_home.glob("answers-ada-lovelace-*.json")
    assert path == _store.answers_path("Ada Lovelace")
    data = read(path)
    assert data["format"] == "medialit-answers" and data["format_version"] == 1
    assert data["student"] == "Ada Lovelace" and data["course_version"]
    (entry,) = data["answers"]
    assert set(entry) == {
        "quiz",
        "question",
        "type",
        "response",
        "correct",
        "score",
        "brier",
        "time",
    }
    assert (entry["quiz"], entry["question"], entry["response"]) == ("sample", "source-of-s03", "b")
    assert entry["correct"] is True and entry["score"] == 1.0 and entry["brier"] is None
    assert entry["time"].endswith("+00:00")


def test_default_name_until_a_name_is_set(medialit_home: Path) -> None:
    """Are answers kept under a default name before the student sets one?"""
    load_quiz(SAMPLE).answer("reflect-sources", "Fear.")
    data = read(_store.answers_path(_store.DEFAULT_STUDENT))
    assert data["student"] == _store.DEFAULT_STUDENT
    assert data["answers"][0]["score"] is None and data["answers"][0]["correct"] is None


def test_set_student_is_remembered_and_refuses_empty(capsys: pytest.CaptureFixture[str]) -> None:
    """Is a name kept in settings.json, and is an empty name refused with a friendly message?"""
    assert _store.set_student("  Zoë   Müller ") == "Zoë Müller"
    assert _store.current_student() == "Zoë Müller"
    assert _store.answers_path().name.startswith("answers-zoe-muller-")
    assert _store.set_student("") is None
    assert "type your name" in capsys.readouterr().out
    assert _store.current_student() == "Zoë Müller"


def test_answering_twice_keeps_the_history(medialit_home: Path) -> None:
    """Does a second answer add to the history, and does the latest one count?"""
    answer("source-of-s03", "a")
    answer("source-of-s03", "b")
    answers = read(_store.answers_path())["answers"]
    assert [a["response"] for a in answers] == ["a", "b"]
    assert _attempts.counted(answers, "latest")[("sample", "source-of-s03")]["score"] == 1.0
    assert _attempts.counted(answers, "first")[("sample", "source-of-s03")]["score"] == 0.0


def test_answers_survive_a_new_process(medialit_home: Path) -> None:
    """Does an answer saved in one process show up in a fresh one (a kernel restart)?"""
    answer("order-events", ["a", "b", "c"])
    code = (
        "from medialit import _store; d, _ = _store.load_answers(); "
        "print(d['answers'][0]['response'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    )
    assert out.stdout.strip() == "['a', 'b', 'c']"


def test_corrupt_file_is_backed_up_not_replaced(medialit_home: Path) -> None:
    """Is a corrupt file kept as a .corrupt backup, and does the student hear where it is?"""
    path = _store.answers_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"format": "medialit-answers", "answers": [', encoding="utf-8")
    result = answer("source-of-s03", "b")
    assert result.saved
    (backup,) = medialit_home.glob("answers-*.corrupt")
    assert backup.read_text(encoding="utf-8") == '{"format": "medialit-answers", "answers": ['
    assert str(backup) in result.notice and str(backup) in result.text()
    assert len(read(path)["answers"]) == 1


def test_oversized_file_is_left_alone(medialit_home: Path) -> None:
    """Is a file over the size cap left untouched, with a clear message and nothing saved?"""
    path = _store.answers_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b" " * (_store.MAX_FILE_BYTES + 1))
    result = answer("source-of-s03", "b")
    assert result.valid and not result.saved
    assert "larger than 5 MB" in result.notice
    assert path.stat().st_size == _store.MAX_FILE_BYTES + 1


WRITER = """
import sys
from medialit import _store
print("ready", flush=True)
i = 0
while True:
    _store.append_answer({"quiz": "crash", "question": f"q{i}", "type": "reflection",
                          "response": "x" * 2000, "correct": None, "score": None,
                          "brier": None, "time": "2026-01-01T00:00:00+00:00"})
    i += 1
"""


def test_killed_writer_leaves_a_whole_file(medialit_home: Path) -> None:
    """After a writer is SIGKILLed mid-loop, does the file still load with every answer whole?"""
    path = _store.answers_path()
    with subprocess.Popen(
        [sys.executable, "-c", WRITER], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    ) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # wait until several writes have happened
            try:
                if path.stat().st_size > 40_000:
                    break
            except FileNotFoundError:
                pass
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    data, notice = _store.load_answers()
    assert notice == ""
    assert not list(medialit_home.glob("*.corrupt"))
    assert len(data["answers"]) >= 10
    assert [a["question"] for a in data["answers"]] == [
        f"q{i}" for i in range(len(data["answers"]))
    ]


def test_two_writers_lose_nothing(medialit_home: Path) -> None:
    """When two processes append at once, does every answer of both end up in the file?"""
    code = """
import sys
from medialit import _store
tag = sys.argv[1]
for i in range(40):
    _store.append_answer({"quiz": tag, "question": str(i), "type": "single", "response": "a",
                          "correct": True, "score": 1.0, "brier": None, "time": "t"})
"""
    procs = [
        subprocess.Popen([sys.executable, "-c", code, tag], env=os.environ.copy())
        for tag in ("one", "two")
    ]
    assert [p.wait() for p in procs] == [0, 0]
    data, _ = _store.load_answers()
    assert sorted((a["quiz"], int(a["question"])) for a in data["answers"]) == sorted(
        (tag, i) for tag in ("one", "two") for i in range(40)
    )


def test_cli_progress_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Does `medialit progress` summarise, and `progress export FILE` write the hand-in file?"""
    _store.save_student("Ada")
    answer("source-of-s03", "b")
    assert main(["progress"]) == 0
    out = capsys.readouterr().out
    assert "Progress of Ada" in out and str(_store.answers_path()) in out
    target = tmp_path / "hand-in.json"
    assert main(["progress", "export", str(target)]) == 0
    out = capsys.readouterr().out
    assert str(target) in out
    data = read(target)
    assert data["student"] == "Ada" and data["exported_at"].endswith("+00:00")
    assert data["answers"][0]["question"] == "source-of-s03"


def test_cli_export_to_an_impossible_place_is_friendly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does exporting into a path that cannot exist give a message and exit code 1?"""
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["progress", "export", str(blocker / "sub" / "out.json")]) == 1
    assert "Could not write" in capsys.readouterr().out


def test_quiz_progress_counts_latest_answers() -> None:
    """Does the progress of a quiz count answered questions and points from latest attempts?"""
    answer("source-of-s03", "a")
    answer("source-of-s03", "b")
    answer("hedges-in-article", ["a"])
    answer("reflect-sources", "Fear.")
    data, _ = _store.load_answers()
    lesson = _session.quiz_progress(load_quiz(SAMPLE), _attempts.counted(data["answers"]))
    # "Fear." is saved but too short to count as an answered reflection.
    assert (lesson.answered, lesson.total, lesson.points, lesson.scored_total) == (2, 10, 1.5, 8)


def test_answers_given_before_the_name_was_set_move_to_the_name(medialit_home: Path) -> None:
    """Do answers given before setting a name end up in the named file, with a copy kept?"""
    quiz = load_quiz("start-here")
    question = next(q for q in quiz.questions if q.type == "single")
    right = next(shown for shown, _, o in question.shown_choices if o["correct"])
    assert question.answer(right).saved
    cleaned, message = _store.save_student("Ada Lovelace")
    assert cleaned == "Ada Lovelace" and "1 answer(s)" in message
    data, _ = _store.load_answers("Ada Lovelace")
    assert [a["question"] for a in data["answers"]] == [question.id]
    assert not _store.answers_path(_store.DEFAULT_STUDENT).exists()
    (moved,) = medialit_home.glob("answers-student-*.json.*.moved")
    assert read(moved)["answers"][0]["question"] == question.id


def test_on_a_hub_the_login_is_the_name_until_another_is_set(
    medialit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On JupyterHub, are answers saved under the student's login, and do they move to the
    name the student then types (as the default name's answers do)?"""
    monkeypatch.setenv("JUPYTERHUB_USER", "ada.l")
    question = next(q for q in load_quiz("start-here").questions if q.type == "single")
    assert question.answer(question.shown_letters[0]).saved
    assert _store.current_student() == "ada.l"
    assert len(_store.load_answers("ada.l")[0]["answers"]) == 1
    assert not _store.answers_path(_store.DEFAULT_STUDENT).exists()
    cleaned, message = _store.save_student("Ada Lovelace")
    assert cleaned == "Ada Lovelace" and "1 answer(s)" in message
    assert len(_store.load_answers("Ada Lovelace")[0]["answers"]) == 1
    monkeypatch.setenv("JUPYTERHUB_USER", "   ")  # not a usable name: the plain default
    monkeypatch.setenv("MEDIALIT_HOME", str(medialit_home / "other"))
    assert _store.current_student() == _store.DEFAULT_STUDENT


def test_renaming_a_named_student_keeps_each_file(medialit_home: Path) -> None:
    """Does a second name leave the first name's answers where they are, and say so?"""
    _store.save_student("Ada")
    question = next(q for q in load_quiz("start-here").questions if q.type == "single")
    question.answer(question.shown_letters[0])
    _, message = _store.save_student("Grace")
    assert "Answers given as Ada stay" in message
    assert len(_store.load_answers("Ada")[0]["answers"]) == 1
    assert _store.load_answers("Grace")[0]["answers"] == []


def test_cli_output_into_a_closed_pipe_is_quiet(medialit_home: Path) -> None:
    """Does `medialit ... | head -1` end without a BrokenPipeError traceback?"""
    # Far more output than a pipe holds, so the closed pipe is certain to be hit.
    code = (
        "import medialit.cli as cli\n"
        "cli._progress = lambda args: [print('x' * 100) for _ in range(100_000)]\n"
        "raise SystemExit(cli.main(['progress']))\n"
    )
    shell = f'{sys.executable} -c "$CODE" | head -1'
    env = dict(os.environ, CODE=code)
    out = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout == "x" * 100 + "\n"
    assert "Traceback" not in out.stderr and "BrokenPipe" not in out.stderr


# --------------------------------------------------------------------------- issue 23 §6
@pytest.mark.parametrize(
    "names",
    [
        ("Zoë Müller", "Zoe Muller", "ZOE MULLER", "zoe-muller"),
        ("Ada", "\u0410da", "da", "ada"),  # the second is "Ada" with a Cyrillic A
        ("Grace " + "x" * 60 + " One", "Grace " + "x" * 60 + " Two"),  # same first 60 chars
    ],
)
def test_different_names_never_share_an_answer_file(names: tuple[str, ...]) -> None:
    """Does every distinct name get its own answer file, holding only its own answers?"""
    assert len({_store.answers_path(name) for name in names}) == len(names)
    for number, name in enumerate(names):
        _store.append_answer({"quiz": "q", "question": str(number), "response": "a"}, name)
    for number, name in enumerate(names):
        data, _ = _store.load_answers(name)
        assert data["student"] == name
        assert [a["question"] for a in data["answers"]] == [str(number)]


def _legacy_file(medialit_home: Path, slug: str, student: str, questions: list[str]) -> Path:
    """An answer file as medialit before 0.2 named it: answers-<slug>.json."""
    path = medialit_home / f"answers-{slug}.json"
    medialit_home.mkdir(parents=True, exist_ok=True)
    data = _store._empty(student)
    data["answers"] = [{"quiz": "q", "question": q, "response": "a"} for q in questions]
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_answer_file_under_the_old_name_is_read_and_moved_not_lost(
    medialit_home: Path,
) -> None:
    """Is a file named the old way (answers-zoe-muller.json) read as its student's, renamed to
    the new name, and kept growing; and is it left alone for a name it does not hold?"""
    legacy = _legacy_file(medialit_home, "zoe-muller", "Zoë Müller", ["1", "2"])
    # "Zoe Muller" shared this file name before; the file says it is Zoë's: not taken.
    assert _store.load_answers("Zoe Muller")[0]["answers"] == []
    assert legacy.exists()
    data, _ = _store.load_answers("Zoë Müller")
    assert [a["question"] for a in data["answers"]] == ["1", "2"]
    assert not legacy.exists() and _store.answers_path("Zoë Müller").exists()
    _store.append_answer({"quiz": "q", "question": "3", "response": "a"}, "Zoë Müller")
    data, _ = _store.load_answers("Zoë Müller")
    assert [a["question"] for a in data["answers"]] == ["1", "2", "3"]


def test_a_new_answer_in_an_old_file_s_name_keeps_the_old_answers(medialit_home: Path) -> None:
    """Is the first save under a name with an old-style file appended to it, not a fresh one?"""
    _legacy_file(medialit_home, "student", _store.DEFAULT_STUDENT, ["old"])
    answer("source-of-s03", "b")
    data, _ = _store.load_answers()
    assert [a["question"] for a in data["answers"]] == ["old", "source-of-s03"]


def test_a_notebook_opened_before_the_name_was_set_saves_under_the_name(
    medialit_home: Path, tmp_path: Path
) -> None:
    """Does an answer given in a quiz loaded before the student set their name go to the
    name's file (looked up when it is saved), and is it handed in?"""
    quiz = load_quiz(SAMPLE)  # loaded unnamed, as when the notebook was opened
    _store.save_student("Ada Lovelace")
    question = quiz["source-of-s03"]
    assert question.answer(question.item.to_shown(question, "b")).saved
    data, _ = _store.load_answers("Ada Lovelace")
    assert [a["question"] for a in data["answers"]] == ["source-of-s03"]
    handed = read(_store.hand_in(tmp_path / "box"))
    assert handed["student"] == "Ada Lovelace" and len(handed["answers"]) == 1


def test_unnamed_answers_left_behind_are_merged_at_hand_in(
    medialit_home: Path, tmp_path: Path
) -> None:
    """Are answers an older medialit left in the default file after the name was set merged
    into the hand-in (the unnamed file kept as a `.moved` copy)?"""
    _store.save_student("Ada Lovelace")
    unnamed = _store.answers_path(_store.DEFAULT_STUDENT)
    data = _store._empty(_store.DEFAULT_STUDENT)
    data["answers"] = [{"quiz": "q", "question": "late", "response": "a", "time": "x"}]
    unnamed.write_text(json.dumps(data), encoding="utf-8")
    handed = read(_store.hand_in(tmp_path / "box"))
    assert [a["question"] for a in handed["answers"]] == ["late"]
    assert not unnamed.exists() and list(medialit_home.glob(unnamed.name + ".*.moved"))


def test_a_hand_in_is_refused_when_the_file_names_another_student(
    medialit_home: Path, tmp_path: Path
) -> None:
    """Is an answer file whose `student` is someone else never handed in under this name?"""
    _store.save_student("Ada Lovelace")
    answer("source-of-s03", "b")
    path = _store.answers_path()
    data = read(path)
    data["student"] = "Bob Smith"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(_store.StoreError, match="Bob Smith"):
        _store.hand_in(tmp_path / "box")
    with pytest.raises(_store.StoreError):
        _store.export(tmp_path / "out.json")
    assert not list((tmp_path / "box").glob("*.json")) and not (tmp_path / "out.json").exists()


def test_export_never_overwrites_what_is_not_an_answer_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `progress export nb.ipynb` refuse, leaving the notebook as it was, while an
    earlier export is replaced?"""
    answer("source-of-s03", "b")
    notebook = tmp_path / "nb.ipynb"
    notebook.write_text('{"cells": [], "nbformat": 4}', encoding="utf-8")
    assert main(["progress", "export", str(notebook)]) == 1
    assert "not an answer file" in capsys.readouterr().out
    assert notebook.read_text(encoding="utf-8") == '{"cells": [], "nbformat": 4}'
    (tmp_path / "folder").mkdir()
    assert main(["progress", "export", str(tmp_path / "folder")]) == 1
    assert (tmp_path / "folder").is_dir()
    target = tmp_path / "mine.json"
    assert main(["progress", "export", str(target)]) == 0
    answer("source-of-s03", "a")
    assert main(["progress", "export", str(target)]) == 0
    assert len(read(target)["answers"]) == 2


def test_temp_files_left_by_a_crash_are_removed_at_the_next_save(
    medialit_home: Path, tmp_path: Path
) -> None:
    """Are the `.tmp` files a killed write left behind removed at the next save (and a fresh
    one, maybe another kernel's write in progress, kept)?"""
    answer("source-of-s03", "b")
    path = _store.answers_path()
    old = path.with_name(f".{path.name}.crashed.tmp")
    fresh = path.with_name(f".{path.name}.writing.tmp")
    box = tmp_path / "box"
    box.mkdir()
    old_handin = box / ".handin.crashed.tmp"
    for leftover in (old, fresh, old_handin):
        leftover.write_text("{", encoding="utf-8")
    long_ago = time.time() - 3600
    for leftover in (old, old_handin):
        os.utime(leftover, (long_ago, long_ago))
    answer("source-of-s03", "a")
    _store.hand_in(box)
    assert not old.exists() and fresh.exists() and not old_handin.exists()


def test_without_flock_or_hard_links_a_hand_in_still_never_overwrites(
    medialit_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where `fcntl.flock` and `os.link` do not exist (Pyodide), are answers still saved, and
    do two hand-ins in the same second make two whole files?"""
    import types
    from datetime import datetime, timezone

    monkeypatch.setattr(_store, "fcntl", types.SimpleNamespace(LOCK_EX=2, LOCK_UN=8))
    monkeypatch.delattr(os, "link")

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Frozen:
            return cls(2026, 12, 6, 10, 0, 0, tzinfo=timezone.utc)

    monkeypatch.setattr(_store, "datetime", Frozen)
    _store.save_student("Ada")
    assert answer("source-of-s03", "b").saved
    first = _store.hand_in(tmp_path / "box")
    before = first.read_bytes()
    assert answer("source-of-s03", "a").saved
    second = _store.hand_in(tmp_path / "box")
    assert first != second and first.read_bytes() == before
    assert len(read(second)["answers"]) == 2
    assert sorted(p.name for p in (tmp_path / "box").iterdir()) == sorted([first.name, second.name])


def test_a_name_typed_with_a_combining_accent_is_the_same_student(tmp_path: Path) -> None:
    """Is "Zoë" typed as e + combining diaeresis the same student (same file, hand-in not
    refused) as "Zoë" typed as one character?"""
    composed, decomposed = "Zo\u00eb", "Zoe\u0308"
    _store.append_answer({"quiz": "q", "question": "1", "response": "a"}, composed)
    _store.save_student(decomposed)
    assert _store.answers_path(decomposed) == _store.answers_path(composed)
    handed = read(_store.hand_in(tmp_path / "box"))
    assert [a["question"] for a in handed["answers"]] == ["1"]


def test_a_number_of_5000_digits_in_the_answer_file_is_a_notice_not_a_traceback(
    medialit_home: Path,
) -> None:
    """Does the student's own progress survive an answer file holding a 5,000-digit number
    (the file kept as a `.corrupt` backup, a notice given), and is it refused as unreadable?"""
    path = _store.answers_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        '{"format": "medialit-answers", "format_version": 1, "student": "student", '
        '"answers": [{"quiz": "q", "question": "1", "response": ' + "9" * 5000 + "}]}",
        encoding="utf-8",
    )
    with pytest.raises(_store.AnswerFileError, match="number"):
        _store.parse(path.read_bytes())
    report = _session.progress()
    assert "could not be read" in report.notice
    assert len(list(medialit_home.glob("answers-*.corrupt"))) == 1
