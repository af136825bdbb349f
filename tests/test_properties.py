"""Arbitrary input from students and instructors never ends in a traceback.

Property-based (hypothesis): whatever a student passes to `.answer()`, whatever bytes sit in
an answer file, a statements file or a question bank, the public functions either work or
give a readable message (for authors: a ValueError naming the file).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import medialit
from medialit import _data, _store
from medialit.items import ITEM_TYPES

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# JSON-like values, plus the Python values a student might type in a cell.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["a", "b", "c", "z", "", " ", "A", "fact", "claim", "S05", "S09a", "..."]),
    st.just(...),
)
responses = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.tuples(inner, inner),
        st.sets(st.sampled_from(["a", "b", "c", "d"])),
        st.dictionaries(
            st.one_of(st.text(max_size=8), st.sampled_from(["S05", "S09a"])), inner, max_size=5
        ),
    ),
    max_leaves=12,
)

json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=10,
)
# Files that look like answer files, with any field possibly wrong: the hard cases for readers.
answer_entries = st.fixed_dictionaries(
    {},
    optional={
        "quiz": st.one_of(st.sampled_from(["who-is-speaking", "evidence", "nope"]), json_values),
        "question": st.one_of(st.sampled_from(["x", "y"]), json_values),
        "type": st.one_of(st.sampled_from(["single", "multiple", "confidence"]), json_values),
        "response": json_values,
        "score": st.one_of(st.floats(), json_values),
        "correct": json_values,
        "brier": json_values,
        "time": st.one_of(st.just("2026-11-27T13:58:02+00:00"), json_values),
    },
)
answer_files = st.fixed_dictionaries(
    {},
    optional={
        "format": st.one_of(st.just("medialit-answers"), json_values),
        "format_version": st.one_of(st.just(1), json_values),
        "course_version": st.one_of(st.sampled_from(["0.1.0", "9.0.0", "0.0.1"]), json_values),
        "student": st.one_of(st.sampled_from(["Ada", "<script>x</script>"]), json_values),
        "exported_at": json_values,
        "answers": st.one_of(st.lists(answer_entries, max_size=4), json_values),
    },
)
file_contents = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda v: json.dumps(v).encode(), json_values),
    st.builds(lambda v: json.dumps(v).encode(), answer_files),
)

QUESTIONS = [
    (slug, q)
    for slug in medialit.load_course().bank_slugs()
    for q in medialit.load_quiz(slug).questions
]


def _one_per_type():
    seen = {}
    for slug, question in QUESTIONS:
        seen.setdefault(question.type, (slug, question))
    return sorted(seen.values(), key=lambda pair: pair[1].type)


def test_every_item_type_is_exercised():
    """Do the property tests below reach every registered item type?"""
    assert sorted(q.type for _, q in _one_per_type()) == sorted(ITEM_TYPES)


@pytest.mark.parametrize("slug_question", _one_per_type(), ids=lambda p: p[1].type)
@SETTINGS
@given(response=responses)
def test_any_response_gives_a_result_never_an_exception(slug_question, response):
    """Does any response at all give a scored result or a friendly message?"""
    _, question = slug_question
    result = question.check(response)
    assert isinstance(result.feedback, str) and result.feedback.strip()
    if result.valid:
        assert result.score is None or 0 <= result.score <= 1
    else:
        assert result.score is None
        # check() turns any exception into "could not be read"; a reader must instead say
        # what is wrong with the response (Unreadable), so the catch-all means a reader broke
        assert not result.feedback.startswith("That answer could not be read."), result.feedback


@SETTINGS
@given(response=responses)
def test_invalid_answers_are_never_saved(response, tmp_path_factory):
    """Does an answer that cannot be scored leave the answer file untouched?"""
    home = tmp_path_factory.mktemp("home")
    os.environ["MEDIALIT_HOME"] = str(home)
    question = medialit.load_quiz("who-is-speaking").questions[0]
    result = question.answer(response)
    saved = list(home.glob("answers-*.json"))
    if result.valid:
        assert len(saved) == 1
    else:
        assert saved == []


@SETTINGS
@given(content=file_contents)
def test_any_answer_file_content_loads_or_is_backed_up(content, tmp_path_factory):
    """Does a damaged answer file give a message and a backup, never an exception or a loss?"""
    home = tmp_path_factory.mktemp("home")
    os.environ["MEDIALIT_HOME"] = str(home)
    path = _store.answers_path("Ada")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    try:
        data, notice = _store.load_answers("Ada")
    except _store.StoreError as exc:  # a newer format: left as it is, with a message
        assert str(exc) and path.read_bytes() == content
        return
    assert isinstance(data["answers"], list)
    assert medialit.progress("Ada").lessons  # the summary works on whatever was kept
    if notice:
        backups = list(home.glob("*.corrupt"))
        assert len(backups) == 1 and backups[0].read_bytes() == content


@SETTINGS
@given(name=st.one_of(responses, st.text(max_size=200)))
def test_any_student_name_is_saved_or_refused_politely(name, tmp_path_factory):
    """Does any name either save or come back with a message?"""
    os.environ["MEDIALIT_HOME"] = str(tmp_path_factory.mktemp("home"))
    cleaned, message = _store.save_student(name)
    assert message
    if cleaned is not None:
        assert _store.current_student() == cleaned


@SETTINGS
@given(content=file_contents)
def test_gradebook_reports_any_bad_file_and_keeps_going(content, tmp_path_factory):
    """Is any file, however broken, either graded or listed as a problem with its name?"""
    folder = tmp_path_factory.mktemp("class")
    path = folder / "student.json"
    path.write_bytes(content)
    book = medialit.gradebook(folder)
    graded = len(book.students)
    listed = set(book.problems["file"].astype(str)) if len(book.problems) else set()
    assert graded == 1 or any("student.json" in f for f in listed)


def _mangle_lines(text: str, data) -> str:
    lines = text.splitlines()
    row = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
    junk = data.draw(st.text(max_size=40))
    mode = data.draw(st.sampled_from(["replace", "append", "truncate", "insert"]))
    if mode == "replace":
        lines[row] = junk
    elif mode == "append":
        lines[row] += junk
    elif mode == "truncate":
        lines = lines[:row]
    else:
        lines.insert(row, junk)
    return "\n".join(lines)


DATA = Path(_data.__file__).parent / "data"
AUTHOR_FILES = [
    ("statements.csv", lambda path: _data.read_statements(path, medialit.load_article())),
    ("quizzes/evidence.yaml", medialit.load_quiz),
]


@pytest.mark.parametrize(("name", "reader"), AUTHOR_FILES, ids=[n for n, _ in AUTHOR_FILES])
@SETTINGS
@given(data=st.data())
def test_a_mangled_author_file_raises_value_error_naming_it(name, reader, data, tmp_path_factory):
    """Does a mangled statements file or question bank give a ValueError naming the file?"""
    original = (DATA / name).read_text()
    path = tmp_path_factory.mktemp("files") / Path(name).name
    path.write_text(_mangle_lines(original, data))
    try:
        reader(path)
    except ValueError as exc:
        assert path.name in str(exc)


# ------------------------------------------------------------------ exercise checks
def _all_checks():
    import importlib
    import pkgutil

    import medialit.checks as package

    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"medialit.checks.{info.name}")
        names = sorted(
            (n for n in dir(module) if re.fullmatch(r"ex\d+", n)), key=lambda n: int(n[2:])
        )
        found += [(f"{info.name}.{n}", getattr(module, n)) for n in names]
    return found


CHECKS = _all_checks()


@st.composite
def near_answers(draw, check):
    """Answers a student might really give: the reference, bent in one or two ways."""
    import pandas as pd

    reference = check.reference()
    if isinstance(reference, pd.DataFrame | pd.Series):
        value = reference.copy()
        for _ in range(draw(st.integers(0, 2))):
            move = draw(
                st.sampled_from(
                    ["rows", "shuffle", "column", "astype", "index", "empty", "series", "nan"]
                )
            )
            if move == "rows" and len(value):
                keep = draw(st.lists(st.integers(0, len(value) - 1), max_size=len(value)))
                value = value.iloc[sorted(set(keep))]
            elif move == "shuffle" and len(value):
                order = draw(st.permutations(list(range(len(value)))))
                value = value.iloc[list(order)]
            elif move == "column" and isinstance(value, pd.DataFrame) and len(value.columns):
                value = value.drop(columns=[draw(st.sampled_from(list(value.columns)))])
            elif move == "astype":
                value = value.astype(draw(st.sampled_from(["object", "str"])))
            elif move == "index":
                value = value.reset_index(drop=draw(st.booleans()))
            elif move == "empty":
                value = value.iloc[0:0]
            elif move == "series" and isinstance(value, pd.DataFrame) and len(value.columns):
                value = value[draw(st.sampled_from(list(value.columns)))]
            elif move == "nan" and len(value):
                value = value.copy()
                value.iloc[0] = None
        return value
    return draw(st.one_of(st.just(reference), json_values, responses))


@pytest.mark.parametrize("name_check", CHECKS, ids=lambda p: p[0])
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_every_check_answers_any_answer_with_a_specific_message(name_check, data):
    """Does every check meet any answer (near misses included) with a specific, readable message?"""
    _, check = name_check
    answer = data.draw(st.one_of(near_answers(check), responses))
    with contextlib.redirect_stdout(io.StringIO()) as out:
        result = check(answer)
    assert out.getvalue().strip() == result.message
    assert result.reason != "error", result.message  # the catch-all means a comparison broke
    assert "Traceback" not in result.message
