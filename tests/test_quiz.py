"""Tests of the quiz model: loading, validation, scoring, shuffling, the plain-text form."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import medialit
from medialit import _quiz, load_quiz
from medialit._course import load_course
from medialit.items import ITEM_TYPES

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample.yaml"


@pytest.fixture
def quiz() -> _quiz.Quiz:
    return load_quiz(SAMPLE)


@pytest.fixture
def bank() -> dict[str, Any]:
    return yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))


def write_bank(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / f"{data['slug']}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def question_raw(bank: dict[str, Any], qid: str) -> dict[str, Any]:
    return next(q for q in bank["questions"] if q["id"] == qid)


# --------------------------------------------------------------------- loading
def test_every_item_type_loads_from_a_path(quiz: _quiz.Quiz) -> None:
    """Does a bank load from a file path, with one question of each of the seven types?"""
    assert quiz.slug == "sample"
    assert sorted(q.type for q in quiz.questions) == sorted(ITEM_TYPES)


def test_shipped_banks_load() -> None:
    """Does every bank of the course load, with questions, for every lesson of the manifest?"""
    course = load_course()
    assert course.bank_slugs() == list(course.lessons)
    for slug in course.bank_slugs():
        loaded = medialit.load_quiz(slug)
        assert loaded.slug == slug and loaded.questions


def test_a_broken_shipped_bank_fails_naming_its_file(course_copy: Any) -> None:
    """Does a course whose bank is broken fail with a ValueError naming the file and question?"""
    folder, load = course_copy
    bank = folder / "quizzes" / "how-sure.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace("type: mark", "type: marc", 1))
    with pytest.raises(
        ValueError, match=r"quizzes/how-sure\.yaml, question '[a-z0-9-]+': unknown type"
    ):
        load_quiz("how-sure", course=load())


def test_unknown_slug_is_a_value_error_naming_it() -> None:
    """Does an unknown slug raise a ValueError that names the missing file?"""
    with pytest.raises(ValueError, match=r"quizzes/no-such-lesson\.yaml"):
        load_quiz("no-such-lesson")


def test_statement_text_comes_from_the_statements_table(quiz: _quiz.Quiz) -> None:
    """Is a question's statement text the exact text of statements.csv (or the article)?"""
    q = quiz["source-of-s03"]
    assert q.statement is not None
    assert q.statement.text == medialit.load_article().sentence("S03")
    assert q.statement.text in medialit.load_article().text


BROKEN = [
    (
        "unknown type",
        lambda b: question_raw(b, "source-of-s03").update(type="essay"),
        "source-of-s03",
        "unknown type",
    ),
    (
        "missing key",
        lambda b: question_raw(b, "source-of-s03").pop("options"),
        "source-of-s03",
        "missing key",
    ),
    (
        "typo key",
        lambda b: question_raw(b, "reflect-sources").update(feedbak="x"),
        "reflect-sources",
        "unknown key",
    ),
    (
        "duplicate id",
        lambda b: question_raw(b, "hedges-in-article").update(id="source-of-s03"),
        "source-of-s03",
        "duplicate",
    ),
    (
        "two correct in single",
        lambda b: question_raw(b, "source-of-s03")["options"][0].update(correct=True),
        "source-of-s03",
        "exactly one correct",
    ),
    (
        "none correct in multiple",
        lambda b: [
            o.update(correct=False) for o in question_raw(b, "hedges-in-article")["options"]
        ],
        "hedges-in-article",
        "at least one correct",
    ),
    (
        "unknown statement",
        lambda b: question_raw(b, "source-of-s03").update(statement="S99"),
        "source-of-s03",
        "S99",
    ),
    (
        "phrase not in text",
        lambda b: question_raw(b, "mark-hedge-s23").update(key=["perhaps"], key_reason="Why."),
        "mark-hedge-s23",
        "perhaps",
    ),
    (
        "a data key retyped",
        lambda b: question_raw(b, "mark-hedge-s23").update(key=["seem to indicate"]),
        "mark-hedge-s23",
        "statements.csv already keys the hedge of S23",
    ),
    (
        "free target without key",
        lambda b: question_raw(b, "mark-hedge-s23").update(target="the guess"),
        "mark-hedge-s23",
        "target 'the guess' needs a key",
    ),
    (
        "too few events",
        lambda b: question_raw(b, "order-events")["events"].pop(),
        "order-events",
        "3 to 26 events",
    ),
    (
        "probability out of range",
        lambda b: question_raw(b, "how-sure-s05")["items"][0].update(outcome=1.5),
        "how-sure-s05",
        "outcome",
    ),
    (
        "sort key outside categories",
        lambda b: question_raw(b, "sort-some").update(key={"S02": "rumour"}, key_reason="Why."),
        "sort-some",
        "rumour",
    ),
    (
        "sort key retyped",
        lambda b: question_raw(b, "sort-some").update(key={"S02": "fact"}),
        "sort-some",
        "statements.csv already keys the kinds",
    ),
    (
        "sort statement twice",
        lambda b: question_raw(b, "sort-some").update(statements=["S02", "S05", "S02"]),
        "sort-some",
        "listed twice",
    ),
    (
        "catch of one statement",
        lambda b: question_raw(b, "catch-machine").update(statements=["S16"]),
        "catch-machine",
        "at least 2 statement ids",
    ),
    (
        "catch of an unknown statement",
        lambda b: question_raw(b, "catch-machine").update(statements=["S16", "S99"]),
        "catch-machine",
        "unknown statement id 'S99'",
    ),
    (
        "option without feedback",
        lambda b: question_raw(b, "source-of-s03")["options"][1].pop("feedback"),
        "source-of-s03",
        "feedback",
    ),
    (
        "bad id",
        lambda b: question_raw(b, "reflect-sources").update(id="Reflect Sources"),
        "Reflect Sources",
        "kebab-case",
    ),
]


@pytest.mark.parametrize(("label", "breaker", "qid", "words"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_bank_names_file_and_question(
    tmp_path: Path, bank: dict[str, Any], label: str, breaker: Any, qid: str, words: str
) -> None:
    """Does a broken bank raise a ValueError naming the file, the question id and the fault?"""
    broken = copy.deepcopy(bank)
    breaker(broken)
    path = write_bank(tmp_path, broken)
    with pytest.raises(ValueError) as info:
        load_quiz(path)
    message = str(info.value)
    assert str(path) in message
    assert repr(qid) in message
    assert words in message


def test_slug_must_match_file_name(tmp_path: Path, bank: dict[str, Any]) -> None:
    """Does a bank whose slug differs from its file name fail, naming both?"""
    path = tmp_path / "other.yaml"
    path.write_text(yaml.safe_dump(bank), encoding="utf-8")
    with pytest.raises(ValueError, match=r"'sample'.*'other'"):
        load_quiz(path)


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    """Does a file that is not YAML fail with a ValueError naming it?"""
    path = tmp_path / "bad.yaml"
    path.write_text("slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml: not valid YAML"):
        load_quiz(path)


# --------------------------------------------------------------------- scoring
@pytest.mark.parametrize(
    ("qid", "response", "correct", "score"),
    [
        ("source-of-s03", "b", True, 1.0),
        ("source-of-s03", "a", False, 0.0),
        ("hedges-in-article", ["a", "b"], True, 1.0),
        ("hedges-in-article", ["a"], False, 0.5),
        ("hedges-in-article", ["a", "c"], False, 0.0),
        ("hedges-in-article", ["c"], False, 0.0),
        ("sort-some", {"S02": "fact", "S05": "claim", "S21": "denial"}, True, 1.0),
        ("sort-some", {"S02": "fact", "S05": "fact", "S21": "denial"}, False, 0.6667),
        ("mark-hedge-s23", [8, 9, 10], True, 1.0),
        ("mark-hedge-s23", [8], False, 0.5),
        ("mark-hedge-s23", [8, 9, 10, 11], False, 0.8571),
        ("mark-hedge-s23", [0], False, 0.0),
        ("order-events", ["a", "b", "c"], True, 1.0),
        ("order-events", ["a", "c", "b"], False, 0.6667),
        ("order-events", ["c", "b", "a"], False, 0.0),
        ("how-sure-s05", {"S05": 0.0, "S24": 1.0}, True, 1.0),
        ("how-sure-s05", {"S05": 0.5, "S24": 0.5}, False, 0.0),  # "no idea" is the baseline
        ("how-sure-s05", {"S05": 0.2, "S24": 0.9}, True, 0.9),
        ("how-sure-s05", {"S05": 1, "S24": 0}, False, 0.0),
        ("reflect-sources", "They could lose their job.", None, None),
    ],
)
def test_scores(quiz: _quiz.Quiz, qid: str, response: Any, correct: Any, score: Any) -> None:
    """Does each item type score a response (as the answer file keeps it) as documented?"""
    result = quiz[qid].rescore(response)
    assert result.valid
    assert result.correct is correct
    if score is None:
        assert result.score is None
    else:
        assert result.score == pytest.approx(score, abs=1e-4)


def test_a_student_answers_with_the_letters_shown(quiz: _quiz.Quiz) -> None:
    """Do shown letters (in any case, with spaces) reach the option they label, and is the
    answer file's form the bank's key?"""
    question = quiz["source-of-s03"]
    shown = question.shown_letter("b")
    for typed in (shown, f" {shown.upper()} "):
        result = question.check(typed)
        assert result.correct is True and result.response == "b"
    assert f"  {shown}) Diplomats, not named" in question.text()
    order = quiz["order-events"]
    right = [order.shown_letter(k) for k in ("a", "b", "c")]
    assert order.check(right).correct is True and order.check(right).response == ["a", "b", "c"]


def test_letters_do_not_give_the_key_away() -> None:
    """Across students, is the right option shown under different letters, and is an order
    question's answer not simply a, b, c?"""
    letters_of_right = set()
    for name in [f"student {i}" for i in range(12)]:
        quiz = load_quiz(SAMPLE, student=name)
        letters_of_right.add(quiz["source-of-s03"].shown_letter("b"))
        order = quiz["order-events"]
        assert [order.shown_letter(k) for k in ("a", "b", "c")] != ["a", "b", "c"]
    assert len(letters_of_right) > 1


def test_feedback_quotes_and_marks_right_and_wrong(quiz: _quiz.Quiz) -> None:
    """Does feedback carry a word and a symbol for right and wrong, and the option's reason?"""
    right = quiz["source-of-s03"].rescore("b")
    wrong = quiz["source-of-s03"].rescore("a")
    assert right.verdict == "✓ Right" and "✓ Right" in right.text()
    assert wrong.verdict == "✗ Not quite" and "✗ Not quite" in wrong.text()
    assert "According to diplomats" in wrong.feedback


def test_sort_feedback_explains_each_statement(quiz: _quiz.Quiz) -> None:
    """Does sort feedback give every statement its text and an explanation?"""
    result = quiz["sort-some"].check({"S02": "claim", "S05": "claim", "S21": "denial"})
    for sid in ("S02", "S05", "S21"):
        assert load_course().statement_table[sid].text in result.feedback
    assert '"officially deny" marks a denial.' in result.feedback
    assert "you said claim; it is fact" in result.feedback


def test_confidence_feedback_names_over_and_under_confidence(quiz: _quiz.Quiz) -> None:
    """Does a confidence answer hear it was over- or under-confident, with a Brier score?"""
    over = quiz["how-sure-s05"].check({"S05": 0.95, "S24": 0.95})
    under = quiz["how-sure-s05"].check({"S05": 0.4, "S24": 0.6})
    assert "over-confident" in over.feedback
    assert "under-confident" in under.feedback
    assert over.brier == pytest.approx((0.95**2 + 0.05**2) / 2, abs=1e-4)
    assert "Brier score" in over.feedback
    assert "no better than saying 50 %" in over.feedback


@pytest.mark.parametrize(
    ("said", "key", "verdict"),
    [
        (0.3, 0.0, "Too high"),  # less sure it is false than the text allows: too high
        (0.7, 1.0, "Too low"),
        (0.9, 0.5, "Too high"),
        (0.1, 0.5, "Too low"),
        (0.6, 0.5, "Well judged"),
    ],
)
def test_confidence_verdicts_are_right_for_every_input(
    tmp_path: Path, bank: dict[str, Any], said: float, key: float, verdict: str
) -> None:
    """Does each per-statement verdict describe the gap truly, whichever side the key is on?"""
    question_raw(bank, "how-sure-s05")["items"][0]["outcome"] = key
    quiz = load_quiz(write_bank(tmp_path, bank))
    result = quiz["how-sure-s05"].check({"S05": said, "S24": 1.0})
    line = next(text for sid, text in result.details if sid == "S05")
    assert line.startswith(("✓ " if verdict == "Well judged" else "✗ ") + verdict)


LONG_ENOUGH = (
    "Maybe they fear for their job, because the article never says why it leaves them unnamed."
)


def test_reflection_shows_the_model_answer(quiz: _quiz.Quiz) -> None:
    """Does a reflection show the model answer and carry no score?"""
    result = quiz["reflect-sources"].check(LONG_ENOUGH)
    assert "naming them could cost them their job" in result.feedback
    assert result.score is None and result.correct is None and result.counted


def test_a_thin_reflection_is_saved_with_a_nudge_but_not_counted(
    quiz: _quiz.Quiz, medialit_home: Path
) -> None:
    """Is "x" saved (nothing is lost) but not counted, with a nudge and no model answer to copy?"""
    result = quiz["reflect-sources"].check("x")
    assert result.valid and not result.counted
    assert "at least 15 words (you wrote 1)" in result.feedback
    assert "cost them their job" not in result.feedback


def test_a_rubric_is_shown_after_a_counted_reflection(tmp_path: Path, bank: dict[str, Any]) -> None:
    """Does a reflection's rubric (Proficient, Emergent, Basic, each with an example) show
    once the answer counts, and does a broken rubric name the question?"""
    levels = ("proficient", "emergent", "basic")
    rubric = {
        level: {"contains": f"What {level} holds.", "example": f"A {level} answer."}
        for level in levels
    }
    question_raw(bank, "reflect-sources")["rubric"] = rubric
    result = load_quiz(write_bank(tmp_path, bank))["reflect-sources"].check(LONG_ENOUGH)
    for level in levels:
        assert f"{level.capitalize()}: What {level} holds." in result.feedback
    del rubric["basic"]
    with pytest.raises(ValueError, match=r"'reflect-sources': rubric needs exactly the levels"):
        load_quiz(write_bank(tmp_path, bank))


BAD = [
    ("source-of-s03", None),
    ("source-of-s03", ""),
    ("source-of-s03", 2),
    ("source-of-s03", "z"),
    ("source-of-s03", ["b"]),
    ("hedges-in-article", None),
    ("hedges-in-article", []),
    ("hedges-in-article", "a"),
    ("hedges-in-article", ["a", "q"]),
    ("hedges-in-article", [1]),
    ("sort-some", None),
    ("sort-some", {}),
    ("sort-some", {"S02": "fact"}),
    ("sort-some", {"S02": "fact", "S05": "rumour", "S21": "denial"}),
    ("sort-some", {"S02": "fact", "S05": "claim", "S21": "denial", "S99": "fact"}),
    ("sort-some", ["S02"]),
    ("mark-hedge-s23", None),
    ("mark-hedge-s23", []),
    ("mark-hedge-s23", [99]),
    ("mark-hedge-s23", [-1]),
    ("mark-hedge-s23", ["seem"]),
    ("mark-hedge-s23", [True]),
    ("mark-hedge-s23", "8"),
    ("order-events", None),
    ("order-events", ["a", "b"]),
    ("order-events", ["a", "a", "b"]),
    ("order-events", "abc"),
    ("order-events", [1, 2, 3]),
    ("how-sure-s05", None),
    ("how-sure-s05", {"S05": 70, "S24": 0.5}),
    ("how-sure-s05", {"S05": -0.1, "S24": 0.5}),
    ("how-sure-s05", {"S05": 0.5}),
    ("how-sure-s05", {"S05": "high", "S24": 0.5}),
    ("how-sure-s05", {"S05": True, "S24": 0.5}),
    ("how-sure-s05", {"S05": float("nan"), "S24": 0.5}),
    ("reflect-sources", None),
    ("reflect-sources", "   "),
    ("reflect-sources", 42),
    ("reflect-sources", "x" * 20_000),
]


@pytest.mark.parametrize(("qid", "response"), BAD, ids=[f"{q}-{r!r}"[:40] for q, r in BAD])
def test_bad_responses_are_friendly_and_save_nothing(
    quiz: _quiz.Quiz, qid: str, response: Any, medialit_home: Path
) -> None:
    """Does a bad response give a friendly message, no traceback, and save nothing?"""
    result = quiz[qid].answer(response)
    assert result.valid is False
    assert result.saved is False
    assert result.feedback and "Traceback" not in result.feedback
    assert not list(medialit_home.glob("answers-*.json"))


def test_answer_by_unknown_question_id_is_friendly(quiz: _quiz.Quiz) -> None:
    """Does quiz.answer with an unknown id say which ids exist, without raising?"""
    result = quiz.answer("no-such-question", "a")
    assert not result.valid and "source-of-s03" in result.feedback


# --------------------------------------------------------------------- shuffling
def test_shuffle_is_stable_per_student_and_differs_between_students() -> None:
    """Does the same student see the same order on every load, and others a different one?"""
    orders = {}
    for name in ("Ada", "Ada", "Grace", "Linus", "Margaret", "Alan"):
        q = load_quiz(SAMPLE, student=name)
        orders.setdefault(name, []).append(
            tuple(
                k
                for q_ in q.questions
                if q_.type in ("single", "multiple", "order")
                for _, k, _ in q_.shown_choices
            )
        )
    assert orders["Ada"][0] == orders["Ada"][1]
    assert len({v[0] for v in orders.values()}) > 1


def test_shuffle_keeps_option_keys(quiz: _quiz.Quiz) -> None:
    """Do options keep the key they have in the file, whatever order they are shown in?"""
    stored = {key: choice for _, key, choice in quiz["source-of-s03"].shown_choices}
    assert stored["b"]["text"] == "Diplomats, not named"


def test_order_is_never_shown_solved() -> None:
    """Is an order question never shown already in the right order?"""
    for name in [f"student {i}" for i in range(30)]:
        keys = [k for _, k, _ in load_quiz(SAMPLE, student=name)["order-events"].shown_choices]
        assert keys != ["a", "b", "c"]


# --------------------------------------------------------------------- plain text
def test_plain_text_is_deterministic_and_complete(quiz: _quiz.Quiz) -> None:
    """Does the repr show prompt, statement, options and how to answer, with no addresses?"""
    text = repr(quiz)
    assert text == repr(load_quiz(SAMPLE))
    assert not re.search(r"0x[0-9a-f]{6,}|\bid=|\d{4}-\d\d-\d\dT", text)
    assert "Who says that Moscow is trying to get supplies?" in text
    assert "According to diplomats, Moscow is now trying to get supplies." in text
    assert ") Diplomats, not named" in text
    assert 'import medialit; medialit.load_quiz("sample").answer("source-of-s03", "b")' in text
    assert "8:seem 9:to 10:indicate" in text
    assert str(quiz["source-of-s03"]) in text


def test_model_never_imports_ipywidgets() -> None:
    """Can a quiz be loaded, printed and answered without ipywidgets being imported?"""
    import subprocess
    import sys

    code = (
        "import sys; from medialit import load_quiz; "
        f"q = load_quiz(r'{SAMPLE}'); repr(q); q.answer('source-of-s03', 'b'); "
        "print('ipywidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
