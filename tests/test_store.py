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
    """Does an answer land in answers-<slug>.json with every key docs/answer-file.md lists?"""
    _store.save_student("Ada Lovelace")
    assert answer("source-of-s03", "b").saved
    data = read(medialit_home / "answers-ada-lovelace.json")
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
    data = read(medialit_home / f"answers-{_store.DEFAULT_STUDENT}.json")
    assert data["answers"][0]["score"] is None and data["answers"][0]["correct"] is None


def test_set_student_is_remembered_and_refuses_empty(capsys: pytest.CaptureFixture[str]) -> None:
    """Is a name kept in settings.json, and is an empty name refused with a friendly message?"""
    assert _store.set_student("  Zoë   Müller ") == "Zoë Müller"
    assert _store.current_student() == "Zoë Müller"
    assert _store.answers_path().name == "answers-zoe-muller.json"
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
    assert (lesson.answered, lesson.total, lesson.points, lesson.scored_total) == (2, 8, 1.5, 7)


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
    assert len(list(medialit_home.glob("answers-student.json.*.moved"))) == 1


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
        "import medialit._session as session\n"
        "from medialit.cli import main\n"
        "session.cli_progress = lambda args: [print('x' * 100) for _ in range(100_000)]\n"
        "raise SystemExit(main(['progress']))\n"
    )
    shell = f'{sys.executable} -c "$CODE" | head -1'
    env = dict(os.environ, CODE=code)
    out = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout == "x" * 100 + "\n"
    assert "Traceback" not in out.stderr and "BrokenPipe" not in out.stderr
