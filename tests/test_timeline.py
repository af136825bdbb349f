"""The timeline of events around the article: the shipped file and its validation."""

from __future__ import annotations

import pandas as pd
import pytest

import medialit
from medialit._timeline import COLUMNS, parse_timeline

HEADER = "date,date_note,event,source,facts\n"


def test_shipped_timeline_loads_in_date_order() -> None:
    """Does the shipped timeline load with its five columns, real dates, in date order?"""
    timeline = medialit.load_timeline()
    assert list(timeline.columns) == list(COLUMNS)
    assert pd.api.types.is_datetime64_any_dtype(timeline["date"])
    assert timeline["date"].is_monotonic_increasing
    assert timeline["event"].str.strip().ne("").all()
    assert timeline["source"].str.strip().ne("").all()
    assert timeline["facts"].str.match(r"F\d{3}").all()


def test_article_is_on_the_timeline_with_its_date_range() -> None:
    """Is the article itself on the timeline, dated 6-7 December 2022 with a note saying so?"""
    timeline = medialit.load_timeline()
    article = timeline[timeline["event"].str.contains("the article", regex=False)]
    assert len(article) == 1
    row = article.iloc[0]
    assert row["date"] == pd.Timestamp("2022-12-06")
    assert "6–7 Dec 2022" in row["date_note"]


def test_iran_admission_comes_before_the_article() -> None:
    """Does Iran's admission of 5 November 2022 sit before the article on the timeline?"""
    timeline = medialit.load_timeline()
    admission = timeline[timeline["event"].str.startswith("Iran admits")]
    assert admission["date"].tolist() == [pd.Timestamp("2022-11-05")]
    article_date = timeline.loc[timeline["event"].str.contains("the article"), "date"].iloc[0]
    assert admission["date"].iloc[0] < article_date


def test_load_timeline_returns_a_fresh_table() -> None:
    """Does a student's edit to one timeline table leave the next load untouched?"""
    first = medialit.load_timeline()
    first.loc[0, "event"] = "changed by a student"
    assert medialit.load_timeline().loc[0, "event"] != "changed by a student"


def test_empty_date_note_is_an_empty_string() -> None:
    """Is a missing date note an empty string rather than a missing value?"""
    table = parse_timeline(HEADER + "2022-11-05,,Iran admits drones,CNN,F001\n")
    assert table.loc[0, "date_note"] == ""


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "5 Nov 2022,,Iran admits drones,CNN,F001\n",
            "line 2: date '5 Nov 2022' is not an ISO date",
        ),
        ("2022-11-05,,   ,CNN,F001\n", "line 2 (2022-11-05): event is empty"),
        ("2022-11-05,,Iran admits drones,,F001\n", "line 2 (2022-11-05): source is empty"),
        ("2022-11-05,,Iran admits drones,CNN,\n", "line 2 (2022-11-05): facts is empty"),
        ("2022-11-05,,Iran admits drones,CNN,row 5\n", "line 2 (2022-11-05): facts must be"),
        (
            "2022-12-06,,the article,dpa,F002\n2022-11-05,,Iran admits drones,CNN,F001\n",
            "line 3 (2022-11-05): dates must not go backwards",
        ),
        ("2022-11-05,,Iran admits drones,CNN\n", "line 2: expected 5 fields"),
        ("2022-11-05,,Iran admits drones,CNN,F001,extra\n", "line 2: expected 5 fields"),
        ("", "the timeline has no events"),
    ],
)
def test_broken_rows_name_the_file_and_the_line(body: str, message: str) -> None:
    """Does a broken timeline row raise ValueError naming the file and the line?"""
    with pytest.raises(ValueError, match=r"timeline-test\.csv") as error:
        parse_timeline(HEADER + body, "timeline-test.csv")
    assert message in str(error.value)


def test_wrong_columns_are_named() -> None:
    """Does a timeline with the wrong columns raise ValueError naming the file and the columns?"""
    with pytest.raises(ValueError, match=r"timeline-test\.csv: the columns must be date"):
        parse_timeline("when,event,source\n2022-11-05,x,y\n", "timeline-test.csv")
