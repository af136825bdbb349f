"""Assessment mode: a teacher's setting, no notebook edit; explanations wait for the lesson."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from medialit import _settings, _store, load_quiz
from medialit._quiz_view import QuizView

SAMPLE = Path(__file__).parent / "data" / "sample.yaml"
# One valid answer per sample question, in the bank's own keys (turned into shown letters).
STORED: dict[str, Any] = {
    "source-of-s03": "a",  # wrong on purpose: the explanation must not show it yet
    "hedges-in-article": ["a", "b"],
    "sort-some": {"S02": "fact", "S05": "claim", "S21": "denial"},
    "mark-hedge-s23": [8, 9, 10],
    "order-events": ["a", "b", "c"],
    "how-sure-s05": {"S05": 0.1, "S24": 0.9},
    "search-missiles": {
        "queries": ["Budanov Iran missiles"],
        "opened": ["F013", "F028"],
        "scanned": 4,
        "status": "contradicted",
        "reason": "Ukraine says none yet.",
    },
    "catch-machine": {"S15a": "speculation", "S19": "fact"},
    "catch-own-article": {
        "text": "Mayor opens bridge\n\nThe mayor opened the bridge on Monday.",
        "corrections": [
            {"id": "S02", "text": "x", "machine": "fact", "yours": "claim"},
        ],
    },
    "reflect-sources": "They may fear for their jobs, since officials who leak can be punished "
    "for it, and the article never says why.",
}


def answer(quiz: Any, qid: str) -> Any:
    question = quiz[qid]
    return question.answer(question.item.to_shown(question, STORED[qid]))


@pytest.fixture(autouse=True)
def no_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No environment setting and no settings file unless a test writes one."""
    monkeypatch.delenv("MEDIALIT_ASSESSMENT", raising=False)
    monkeypatch.delenv("MEDIALIT_SETTINGS", raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize(
    ("value", "sample", "other"),
    [
        ("all", True, True),
        ("off", False, False),
        ("sample, evidence", True, False),
        ("", False, False),
    ],
)
def test_the_environment_switches_lessons(
    monkeypatch: pytest.MonkeyPatch, value: str, sample: bool, other: bool
) -> None:
    """Does MEDIALIT_ASSESSMENT switch all lessons, none, or the ones it names?"""
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", value)
    assert (_settings.assessment("sample"), _settings.assessment("first-read")) == (sample, other)


def test_a_settings_file_beside_the_notebooks(tmp_path: Path) -> None:
    """Does medialit-settings.yaml in the notebooks' folder (or the one above) set the mode?"""
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "medialit-settings.yaml").write_text("assessment: [sample]\n", encoding="utf-8")
    import os

    os.chdir(tmp_path / "notebooks")
    assert _settings.assessment("sample") and not _settings.assessment("first-read")


def test_a_broken_settings_file_means_practice_mode_and_says_why(tmp_path: Path) -> None:
    """Does a settings file that cannot be read leave practice mode on, with a reason?"""
    (tmp_path / "medialit-settings.yaml").write_text("assessment: [unclosed\n", encoding="utf-8")
    assert not _settings.assessment("sample")
    assert "could not be read" in _settings.problem()
    (tmp_path / "medialit-settings.yaml").write_text("asessment: all\n", encoding="utf-8")
    assert not _settings.assessment("sample") and "only these settings" in _settings.problem()


def test_answers_are_saved_but_explanations_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """In assessment mode, is an answer saved (with no verdict in the file: the gradebook
    re-scores) but shown only as saved, until the last question of the lesson, when the
    explanations appear?"""
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "sample")
    quiz = load_quiz(SAMPLE)
    first = answer(quiz, "source-of-s03")
    assert first.saved and first.verdict == "✎ Saved" and first.score is None
    assert "explanations once you have answered every question (1 of 10" in first.feedback
    assert "According to diplomats" not in first.text()  # the option's explanation
    saved = _store.load_answers()[0]["answers"][0]
    assert saved["response"] == "a"
    assert not {"correct", "score", "brier"} & set(saved), saved
    for qid in list(STORED)[1:-1]:
        assert answer(quiz, qid).verdict == "✎ Saved"
    last = answer(quiz, "reflect-sources")
    assert "model answer" in last.feedback and "explanations are shown now" in last.notice


def test_a_thin_reflection_still_gets_its_nudge(monkeypatch: pytest.MonkeyPatch) -> None:
    """Does a two-word reflection hear it should say more, even in assessment mode, and is it
    in the answer file, saved but not counted (no score)?"""
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "all")
    assert _store.load_answers()[0]["answers"] == []
    result = load_quiz(SAMPLE).answer("reflect-sources", "No idea.")
    assert result.saved and "at least 15 words" in result.feedback
    saved = _store.load_answers()[0]["answers"]
    assert [(a["question"], a["response"], a.get("score")) for a in saved] == [
        ("reflect-sources", "No idea.", None)
    ]


def test_the_widgets_show_explanations_when_the_lesson_is_complete(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Do the quiz views hold back feedback and points, and show every explanation (in every
    view of the lesson) once the last question is answered; and does practice mode show them
    at once?"""
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "sample")
    whole = QuizView(load_quiz(SAMPLE))
    single = QuizView(load_quiz(SAMPLE), "source-of-s03")  # another cell, same lesson
    view = whole.views["source-of-s03"]
    view.radio.value = view.question.shown_letter("a")
    view.button.click()
    assert "✎ Saved" in view.feedback.value and "According to diplomats" not in view.feedback.value
    assert (
        "Answered so far:</b> 1 of 10" in whole.score.value
        and "Score so far" not in whole.score.value
    )
    quiz = load_quiz(SAMPLE)
    for qid in list(STORED)[1:-1]:
        answer(quiz, qid)
    last = whole.views["reflect-sources"]
    last.textarea.value = STORED["reflect-sources"]
    last.button.click()
    assert "✗ Not quite" in view.feedback.value and "According to diplomats" in view.feedback.value
    assert "✗ Not quite" in single.views["source-of-s03"].feedback.value
    assert "Score so far" in whole.score.value
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "off")
    again = QuizView(load_quiz(SAMPLE))
    assert "✗ Not quite" in again.views["source-of-s03"].feedback.value


@pytest.mark.parametrize("mode", ["off", "[sample]"])
def test_a_click_reads_the_answer_file_once_and_the_settings_not_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mode: str
) -> None:
    """Does each click (practice or assessment mode, the lesson-completing one included, with
    two views of the lesson open) cross the session once, read the answer file once and the
    settings file not at all, until the teacher changes the settings?"""
    import pathlib

    from medialit import _session

    settings = tmp_path / "medialit-settings.yaml"
    settings.write_text(f"assessment: {mode}\n", encoding="utf-8")
    _store.append_answer({"quiz": "other", "question": "q", "response": "a"})  # a file exists
    whole, _other = QuizView(load_quiz(SAMPLE)), QuizView(load_quiz(SAMPLE), "source-of-s03")
    reads: list[Path] = []
    crossings: list[str] = []
    for method in ("read_bytes", "read_text"):
        real = getattr(pathlib.Path, method)

        def counting(self: Path, *args: Any, _real: Any = real, **kwargs: Any) -> Any:
            reads.append(Path(self))
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, method, counting)
    answer_session = _session.Session.answer

    def crossing(self: Any, question: Any, response: Any) -> Any:
        crossings.append(question.id)
        return answer_session(self, question, response)

    monkeypatch.setattr(_session.Session, "answer", crossing)
    answer_file = _store.answers_path()
    for qid in STORED:
        view = whole.views[qid]
        view.control.restore(view.question.item.to_shown(view.question, STORED[qid]))
        reads.clear()
        view.button.click()
        assert (reads.count(answer_file), reads.count(settings)) == (1, 0), qid
        assert crossings[-1] == qid and len(crossings) == list(STORED).index(qid) + 1
    assert "✗ Not quite" in whole.views["source-of-s03"].feedback.value  # all shown by now
    settings.write_text("assessment: all # changed\n", encoding="utf-8")
    reads.clear()
    whole.views["source-of-s03"].button.click()
    assert (reads.count(answer_file), reads.count(settings)) == (1, 1)


def test_one_answer_returns_all_the_view_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Does Session.answer return the result as it may be shown, the lesson after it (held
    back or not, with its progress) and whether this answer released the explanations, only
    the lesson-completing answer doing so?"""
    from medialit._session import Session

    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "sample")
    session = Session("Ada")
    quiz = session.quiz(SAMPLE)
    released = []
    for number, qid in enumerate(STORED, 1):
        question = quiz[qid]
        done = session.answer(question, question.item.to_shown(question, STORED[qid]))
        assert done.lesson is not None and done.lesson.progress.answered == number
        assert done.lesson.held_back == (number < len(STORED))
        released.append(done.released)
    assert released == [False] * (len(STORED) - 1) + [True]
    again = session.answer(quiz["source-of-s03"], quiz["source-of-s03"].shown_letter("b"))
    assert not again.released and again.result.verdict == "✓ Right"
    unreadable = session.answer(quiz["source-of-s03"], "z")
    assert unreadable.lesson is None and not unreadable.result.valid


def test_every_public_path_withholds_in_assessment_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before a lesson in assessment mode is complete, does no public path give the verdict:
    q.check, q.answer(save=False), quiz.answer(save=False), progress(), the plain text of a
    result, the answer file? (In practice mode the same calls do give it: the control.)"""
    import json

    from medialit import progress

    wrong = STORED["source-of-s03"]
    quiz = load_quiz(SAMPLE)
    q = quiz["source-of-s03"]
    shown = q.item.to_shown(q, wrong)
    assert q.check(shown).verdict == "✗ Not quite"  # practice mode: the control
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "sample")
    for result in (q.check(shown), q.answer(shown, save=False), quiz.answer(q.id, shown, False)):
        assert result.verdict == "✎ Saved" and result.correct is None and result.score is None
        assert "Not quite" not in result.text() and "According to diplomats" not in result.text()
        assert "not saved" in result.feedback
    assert not _store.answers_path().exists()  # save=False saved nothing
    assert answer(quiz, "source-of-s03").score is None
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "off")
    assert "score 0.0 of 9" in repr(progress())  # practice mode shows points: the control
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "all")
    line = repr(progress())
    assert "score shown later" in line and "score 0.0" not in line, line
    assert all(p.withheld and p.points == 0 for p in progress().lessons)
    raw = _store.answers_path().read_text(encoding="utf-8")
    assert '"correct"' not in raw and '"score"' not in raw, json.loads(raw)


def test_the_system_settings_file_is_a_floor(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Does assessment mode set in the system settings file (sys.prefix/etc/medialit, the
    hub's, which students cannot write) stay on when a student sets MEDIALIT_ASSESSMENT=off in
    the kernel or writes their own settings file saying off? Can they still add lessons?"""
    system = tmp_path / "etc" / "medialit" / "medialit-settings.yaml"
    system.parent.mkdir(parents=True)
    monkeypatch.setattr(_settings, "system_settings_path", lambda: system)
    assert not _settings.assessment("sample")  # no system file: practice mode
    system.write_text("assessment: [sample]\nhandin: /srv/x\n", encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "off")
    (tmp_path / "medialit-settings.yaml").write_text("assessment: off\n", encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_SETTINGS", str(tmp_path / "medialit-settings.yaml"))
    assert _settings.assessment("sample") and not _settings.assessment("evidence")
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "evidence")
    assert _settings.assessment("sample") and _settings.assessment("evidence")
    monkeypatch.delenv("MEDIALIT_HANDIN", raising=False)
    monkeypatch.delenv("MEDIALIT_SETTINGS")
    assert _settings.hand_in_folder() == Path("/srv/x")
    # A session sees a change of the system file at its next question.
    settings = _settings.Settings()
    assert settings.assessment("sample")
    system.write_text("assessment: off\n", encoding="utf-8")
    import os

    os.utime(system, ns=(1, 1))
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "off")
    assert not settings.assessment("sample")
