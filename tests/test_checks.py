"""The exercise checks: each reference passes, and typical wrong answers get their own message."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from medialit._course import load_course
from medialit.checks import (
    CheckResult,
    chart,
    evaluate,
    frame,
    items,
    make_check,
    number,
    series,
    text,
)

ROOT = Path(__file__).resolve().parents[1]


def _lessons_with_checks() -> list[str]:
    """The check modules of the course's lessons, in the manifest's order (course.yaml): lesson
    `fact-claim-denial` has `medialit.checks.fact_claim_denial`; a lesson without exercises
    (its exercise notebook imports no checks) has none."""
    found = []
    for slug in load_course().lessons:
        module = slug.replace("-", "_")
        if importlib.util.find_spec(f"medialit.checks.{module}") is not None:
            found.append(module)
    return found


LESSONS = _lessons_with_checks()


def _all_checks() -> list[Any]:
    found = []
    for lesson in LESSONS:
        module = importlib.import_module(f"medialit.checks.{lesson}")
        names = sorted(n for n in vars(module) if re.fullmatch(r"ex\d+", n))
        assert names, f"{lesson} defines no checks"
        found += [pytest.param(getattr(module, n), id=f"{lesson}.{n}") for n in names]
    return found


CHECKS = _all_checks()


def _of(kind: str) -> list[Any]:
    return [p for p in CHECKS if p.values[0].expect.kind == kind]


def _run(check: Any, answer: Any, capsys: pytest.CaptureFixture[str]) -> CheckResult:
    result = check(answer)
    printed = capsys.readouterr().out
    assert printed == result.message + "\n", "a check prints its message exactly once"
    return result


def _bar(counts: pd.Series, horizontal: bool = False, **kwargs: Any) -> Any:
    """A bar chart on a new figure, as each notebook cell gets (Series.plot reuses the axes)."""
    import matplotlib.pyplot as plt

    ax = plt.figure().gca()
    return (counts.plot.barh if horizontal else counts.plot.bar)(ax=ax, **kwargs)


def _reference(check: Any) -> Any:
    value = check.reference()
    if check.expect.kind == "chart":
        return _bar(value, title="A chart")
    return value


@pytest.fixture(autouse=True)
def _close_figures() -> Any:
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


def test_every_lesson_with_exercises_has_its_checks_here() -> None:
    """Is every check module a lesson of the manifest, and does every lesson whose exercise
    notebook imports checks have its module among those these tests run (lesson 09 included)?"""
    modules = {
        path.stem
        for path in (ROOT / "src" / "medialit" / "checks").glob("*.py")
        if not path.stem.startswith("_")
    }
    assert modules == set(LESSONS)
    for position, slug in enumerate(load_course().lessons):
        notebook = ROOT / "exercises" / f"{position:02d}-{slug}.ipynb"
        uses_checks = notebook.is_file() and "medialit.checks" in notebook.read_text("utf-8")
        assert uses_checks == (slug.replace("-", "_") in LESSONS), slug
    assert "your_own_article" in LESSONS


def test_there_are_enough_checks() -> None:
    """Does every lesson with checks define at least three?"""
    per_lesson = {p.id.split(".")[0] for p in CHECKS}
    assert per_lesson == set(LESSONS)
    assert all(sum(p.id.startswith(f"{lesson}.") for p in CHECKS) >= 3 for lesson in LESSONS)


@pytest.mark.parametrize("check", CHECKS)
def test_reference_answer_passes(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does the reference answer pass, with a message that says so?"""
    result = _run(check, _reference(check), capsys)
    assert result.status == "passed", result.message
    assert bool(result) and "passed" in result.message


@pytest.mark.parametrize("check", CHECKS)
def test_ellipsis_is_not_attempted(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does the untouched stub `...` get 'not attempted yet', not an error?"""
    result = _run(check, ..., capsys)
    assert (result.status, result.reason) == ("not_attempted", "not_attempted")
    assert "not attempted yet" in result.message and not result


@pytest.mark.parametrize("check", CHECKS)
def test_none_gets_its_own_message(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does None (e.g. from an in-place method) get a message about None?"""
    result = _run(check, None, capsys)
    assert result.reason == "none" and "None" in result.message


@pytest.mark.parametrize("check", CHECKS)
def test_wrong_type_names_the_wanted_type(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does an answer of the wrong type say what was given and what is wanted?"""
    wrong = 42 if check.expect.kind == "text" else "S05"
    result = _run(check, wrong, capsys)
    assert result.reason == "type", result.message
    assert "but this task wants" in result.message and "Hint:" in result.message


@pytest.mark.parametrize("check", CHECKS)
def test_an_empty_dataframe_gets_a_specific_message(
    check: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does an empty DataFrame get 'empty' where a table is wanted, else a type message?"""
    reference = check.reference()
    empty = reference.iloc[0:0] if isinstance(reference, pd.DataFrame) else pd.DataFrame()
    result = _run(check, empty, capsys)
    if check.expect.kind == "frame":
        assert result.reason == "empty" and "empty" in result.message
    else:
        assert result.reason == "type" and "table" in result.message


@pytest.mark.parametrize("check", _of("frame"))
def test_missing_column_is_named(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does a table without one of the asked-for columns name that column?"""
    reference = check.reference()
    dropped = reference.columns[-1]
    result = _run(check, reference.drop(columns=[dropped]), capsys)
    assert result.reason == "columns" and repr(dropped) in result.message


@pytest.mark.parametrize("check", _of("frame"))
def test_extra_column_is_named(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does a table with a column too many name that column?"""
    result = _run(check, check.reference().assign(extra=1), capsys)
    assert result.reason == "columns" and "'extra'" in result.message


@pytest.mark.parametrize("check", _of("frame"))
def test_missing_row_is_a_shape_problem(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does a table with a row missing say it needs more rows, without a traceback?"""
    reference = check.reference()
    result = _run(check, reference.iloc[1:], capsys)
    assert result.reason == "shape" and "should have more" in result.message


@pytest.mark.parametrize("check", _of("frame"))
def test_wrong_rows_of_the_right_number(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does a table with one wrong row (right count) get a 'values' message?"""
    reference = check.reference().reset_index(drop=True)
    wrong = reference.copy()
    wrong.iloc[0] = reference.iloc[-1] if len(reference) > 1 else reference.iloc[0]
    if len(reference) == 1:
        first = reference.columns[0]
        wrong[first] = wrong[first].astype(str) + "x"
    result = _run(check, wrong, capsys)
    assert result.reason == "values", result.message


@pytest.mark.parametrize("check", _of("frame"))
def test_index_and_int_float_do_not_matter(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does a table pass with another index and numbers as float instead of int?"""
    reference = check.reference()
    loose = reference.copy()
    loose.index = [f"row{i}" for i in range(len(loose))]
    for column in loose.select_dtypes("number").columns:
        loose[column] = loose[column].astype(float)
    for column in loose.select_dtypes(["str", "category"]).columns:
        loose[column] = loose[column].astype(object)
    assert _run(check, loose, capsys).status == "passed"


@pytest.mark.parametrize("check", _of("frame"))
def test_row_order_matters_only_when_asked(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does reversing the rows pass when no order is asked for, and fail on order when it is?"""
    reference = check.reference()
    result = _run(check, reference.iloc[::-1], capsys)
    if check.expect.ordered:
        assert result.reason == "order"
    else:
        assert result.status == "passed", result.message


@pytest.mark.parametrize("check", _of("series"))
def test_series_with_a_label_missing(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does a Series missing one label say it should have more values?"""
    result = _run(check, check.reference().iloc[1:], capsys)
    assert result.reason == "shape" and "should have more" in result.message


@pytest.mark.parametrize("check", _of("series"))
def test_series_with_a_wrong_value(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does a Series with one wrong value name its label, not the right value?"""
    reference = check.reference()
    wrong = reference.astype(float)
    wrong.iloc[0] = wrong.iloc[0] + 7
    result = _run(check, wrong, capsys)
    assert result.reason == "values" and "value for" in result.message


@pytest.mark.parametrize("check", _of("series"))
def test_series_given_as_a_table(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does `.reset_index()` on a count (a table, not a Series) get a type message?"""
    result = _run(check, check.reference().reset_index(), capsys)
    assert result.reason == "type" and "Series" in result.message


@pytest.mark.parametrize("check", _of("number"))
def test_wrong_number_does_not_give_the_answer(
    check: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does a wrong number say too high or too low, without printing the right number?"""
    expected = check.reference()
    high = _run(check, expected + 1, capsys)
    low = _run(check, expected - 1, capsys)
    assert (high.reason, low.reason) == ("values", "values")
    assert "too high" in high.message and "too low" in low.message
    assert not re.search(rf"\b{expected:g}\b", high.message.split("not yet.", 1)[1])


@pytest.mark.parametrize("check", _of("number"))
def test_a_series_instead_of_a_number(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does a Series where one number is wanted get a type message?"""
    result = _run(check, pd.Series([check.reference()]), capsys)
    assert result.reason == "type" and "one number" in result.message


@pytest.mark.parametrize("check", _of("items"))
def test_items_with_a_wrong_and_a_missing_item(
    check: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does a list with an item too many or too few get a specific message?"""
    reference = check.reference()
    assert _run(check, [*reference, "S99"], capsys).reason == "shape"
    assert _run(check, ["S99", *reference[1:]], capsys).reason == "values"
    assert _run(check, pd.Series(reference), capsys).reason == "type"


@pytest.mark.parametrize("check", _of("chart"))
def test_chart_problems(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Does a chart without a title, or of the wrong counts, get its own message?"""
    reference = check.reference()
    assert "no title" in _run(check, _bar(reference), capsys).message
    assert _run(check, _bar(reference.iloc[1:], title="t"), capsys).reason == "shape"
    assert _run(check, _bar(reference + 1, title="t"), capsys).reason == "values"
    upside_down = _bar(reference.iloc[::-1], horizontal=True, title="t")
    assert _run(check, upside_down, capsys).status == "passed"
    if check.expect.ordered:
        assert _run(check, _bar(reference.iloc[::-1], title="t"), capsys).reason == "order"


@pytest.mark.parametrize("check", CHECKS)
def test_odd_answers_never_raise(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Do odd answers (a dict, a function, a list of tables) get a message, never an exception?"""
    for odd in ({"a": 1}, len, [pd.DataFrame()], True, float("nan")):
        result = _run(check, odd, capsys)
        assert result.status == "wrong" and result.message.startswith(("❌", "🤔"))


@pytest.mark.parametrize("check", CHECKS)
def test_messages_are_deterministic(check: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Is the message the same every time, with no memory addresses in it (nbval compares it)?"""
    reference = check.reference()
    wrong = reference.iloc[1:] if hasattr(reference, "iloc") else "x"
    first, second = _run(check, wrong, capsys), _run(check, wrong, capsys)
    assert first.message == second.message
    assert not re.search(r"0x[0-9a-f]{6,}", first.message)


@pytest.mark.parametrize("check", CHECKS)
def test_check_has_a_docstring(check: Any) -> None:
    """Does each check say what it checks (shown by Shift+Tab in Jupyter)?"""
    assert check.__doc__.startswith(f"Check exercise {check.__name__[2:]}:")


# The engine on small made-up tables, independent of the course data.

TABLE = pd.DataFrame({"id": ["a", "b", "c"], "n": [3, 1, 2]})


def _eval(answer: Any, expect: Any, reference: Any = TABLE) -> CheckResult:
    return evaluate("Exercise 9", "ex9", answer, lambda: reference, expect)


def test_frame_tolerates_only_what_does_not_matter() -> None:
    """Does a frame pass shuffled and as floats, but fail on a changed value or column order?"""
    shuffled = TABLE.iloc[[2, 0, 1]].assign(n=lambda t: t["n"] * 1.0)
    assert _eval(shuffled, frame(key="id")).status == "passed"
    assert _eval(TABLE.assign(n=[3, 1, 2.5]), frame(key="id")).reason == "values"
    assert _eval(TABLE[["n", "id"]], frame(key="id")).reason == "order"
    assert _eval(TABLE.assign(n=TABLE["n"].astype(str)), frame()).reason == "values"


def test_frame_order_ignores_ties_in_the_sort_columns() -> None:
    """With `order_by`, may rows that tie on the sort column come in any order?"""
    reference = pd.DataFrame({"n": [3, 2, 2], "id": ["a", "b", "c"]})
    swapped = reference.iloc[[0, 2, 1]]
    assert _eval(swapped, frame(ordered=True, order_by=["n"]), reference).status == "passed"
    assert _eval(swapped, frame(ordered=True), reference).reason == "order"
    assert _eval(reference.iloc[::-1], frame(ordered=True, order_by=["n"]), reference).reason == (
        "order"
    )


def test_frame_shape_names_an_extra_row_by_key() -> None:
    """Does a table with a row too many name that row by its key?"""
    extra = pd.concat([TABLE, pd.DataFrame({"id": ["z"], "n": [0]})])
    result = _eval(extra, frame(key="id"))
    assert result.reason == "shape" and "'z' should not be in it" in result.message


def test_series_zero_label_hint() -> None:
    """Does a count missing a label whose count is 0 explain that 0 counts too?"""
    reference = pd.Series([2, 0], index=["fact", "opinion"])
    result = _eval(pd.Series([2, 5], index=["fact", "claim"]), series(), reference)
    assert result.reason == "columns" and "0" in result.message


def test_series_order_by_labels() -> None:
    """With `by_values=False`, does a Series in the wrong label order fail on order?"""
    reference = pd.Series([3, 3], index=[1, 2])
    expect = series(ordered=True, by_values=False)
    assert _eval(reference.iloc[::-1], expect, reference).reason == "order"
    assert _eval(reference.iloc[::-1], series(ordered=True), reference).status == "passed"


def test_number_share_spots_a_percentage() -> None:
    """Does a share given as a percentage get told to leave out the * 100?"""
    result = _eval(25.0, number(share=True), 0.25)
    assert result.reason == "values" and "percentage" in result.message
    assert _eval(0.25, number(share=True), 0.25).status == "passed"


def test_text_check() -> None:
    """Does a text answer with the wrong case get a 'nearly right' message?"""
    expect = text(choices=["fact", "claim"])
    assert _eval("Fact", expect, "fact").reason == "values"
    assert "nearly right" in _eval("Fact", expect, "fact").message
    assert _eval("fact", expect, "fact").status == "passed"
    assert _eval(3, expect, "fact").reason == "type"


def test_items_order_and_duplicates() -> None:
    """Does a list pass in any order unless order is asked, and catch repeats?"""
    assert _eval(["b", "a"], items(), ["a", "b"]).status == "passed"
    assert _eval(["b", "a"], items(ordered=True), ["a", "b"]).reason == "order"
    assert _eval(["a", "a"], items(), ["a", "b"]).reason == "values"


def test_chart_given_a_figure() -> None:
    """Does a Figure instead of its Axes get a type message?"""
    counts = pd.Series([2, 1], index=["x", "y"])
    figure = _bar(counts, title="t").figure
    assert _eval(figure, chart(), counts).reason == "type"


def test_a_broken_reference_is_reported_kindly() -> None:
    """If checking itself fails, does the student get a kind message instead of a traceback?"""

    def broken() -> Any:
        raise KeyError("no data")

    result = evaluate("Exercise 9", "ex9", TABLE, broken, frame())
    assert result.reason == "error" and "could not check" in result.message


def test_result_repr_is_the_message_and_display_is_quiet() -> None:
    """Is the repr the message, and does Jupyter not show it a second time?"""
    check = make_check(9, lambda: TABLE, frame(), task="a test table")
    result = check(TABLE)
    assert repr(result) == result.message
    assert result._ipython_display_() is None
