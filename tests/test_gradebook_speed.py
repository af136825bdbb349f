"""The gradebook's shortcuts for a class of a thousand files, each held to the slow way it
replaces: the pages' shuffle is the quiz's own, a response met twice is scored once, the
machine's labels of a practice article are worked out once, each (student, question) order is
made once; and with `shuffle: false` a student's page shows the class's order they saw."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from test_gradebook import (
    Q1,
    Q2,
    _make_class_module,
    _page_of,
    answer,
    answer_file,
    make_course,
    write,
)

from medialit import _page_items, _pages, _pagewriter, _session, _store
from medialit._course import Course
from medialit._gradebook import catalogue, gradebook
from medialit._quiz import CLASS_SEED, Question
from medialit._report import write_report
from medialit._scoring import Grader
from medialit.items import catch

SEEDS = ["Ada", "Zoë Müller-Øst", CLASS_SEED, "gradebook", "", "x" * 300, "名前 1"]


def _shown(question: Question, seed: str) -> list[str]:
    """What a student with this seed sees, through the quiz's own properties."""
    mine = replace(question, seed=seed)
    if question.item.lettered:
        return [key for _, key, _ in mine.shown_choices]
    return mine.shown_statement_ids


def test_the_pages_shuffle_is_the_quizs_own() -> None:
    """For every question of the course that is shown shuffled, and names of every kind, does
    the pages' shuffle give the very order `Question.shuffled` shows the student (an order
    item never in its right order)?"""
    questions = [q for q in catalogue().values() if _pages._keys(q)]
    assert {q.type for q in questions} >= {"single", "multiple", "order", "sort", "confidence"}
    shuffle = _pages._Shuffle()
    for question in questions:
        keys = _pages._keys(question)
        for seed in SEEDS:
            ours = shuffle(question.id, seed, keys, question.item.never_shown_solved)
            assert list(ours) == _shown(question, seed), (question.id, seed)


def test_a_response_met_again_is_scored_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Do thirty students giving one answer cost one scoring, and do equal dicts written in
    another key order share it, while another answer is scored on its own?"""
    questions = catalogue()
    calls: list[Any] = []
    real = Question.rescore

    def counted(self: Question, stored: Any) -> Any:
        calls.append(stored)
        return real(self, stored)

    monkeypatch.setattr(Question, "rescore", counted)
    grader = Grader(questions)
    key = next(k for k, q in questions.items() if q.type == "sort")
    ids = questions[key].spec["statements"]
    kinds = questions[key].item.categories(questions[key])  # type: ignore[attr-defined]
    said = {sid: kinds[0] for sid in ids}
    for _ in range(30):
        assert not isinstance(grader.grade(key, {"response": dict(said)}), str)
    grader.grade(key, {"response": dict(reversed(list(said.items())))})
    assert len(calls) == 1
    grader.grade(key, {"response": {**said, ids[0]: kinds[1]}})
    assert len(calls) == 2


def test_the_machine_reads_each_practice_text_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Grading a class whose students all answered the catch-the-machine items, is the
    analyzer run once per practice article, not once per student?"""
    make_class = _make_class_module()
    make_class.make_class(tmp_path / "class", students=12, seed=5, bad_each=0)
    calls: list[str] = []
    real = catch.compare

    def counted(text: str, key: Any) -> Any:
        calls.append(text)
        return real(text, key)

    monkeypatch.setattr(catch, "compare", counted)
    catch._machine_on_key.cache_clear()
    book = gradebook(tmp_path / "class")
    items = book.items[book.items["type"] == "catch"]
    assert len(items) >= 2 and items["n_answered"].ge(5).all()
    texts = {q.article_text for q in book.questions.values() if q.type == "catch"}
    assert sorted(calls) == sorted(texts)


def test_each_students_order_is_made_once_and_the_class_order_once_for_all(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Drawing the pages, is each (student, question) shuffled once, and with the class's one
    order a question shuffled once for the whole class?"""
    make_class = _make_class_module()
    make_class.make_class(tmp_path / "class", students=8, seed=2, bad_each=0)
    book = gradebook(tmp_path / "class")
    calls: list[tuple[str, str]] = []
    real = _pages._Shuffle.ordered

    def counted(self: Any, named: bytes, keys: list[str], solved: bool) -> Any:
        seed, qid = named.decode().split("\x00")  # what the shuffle is seeded from
        calls.append((seed, qid))
        return real(self, named, keys, solved)

    monkeypatch.setattr(_pages._Shuffle, "ordered", counted)
    rows = [{"student": s} for s in book.students["student"]]
    assert len(list(_pages.pages(book, rows, {}))) == 8
    shuffled = {key for key, q in book.questions.items() if _pages._keys(q)}
    everyone = book.answers.values()
    mine = sorted((a.seed, qid) for a in everyone for _, qid in shuffled & {*a.results})
    assert len(mine) > 8 * 20 and sorted(calls) == mine
    calls.clear()
    for answers in book.answers.values():  # as if every answer were given in the class order
        answers.seeds = dict.fromkeys(answers.results, CLASS_SEED)
    assert len(list(_pages.pages(book, rows, {}))) == 8
    answered = {key for a in book.answers.values() for key in a.results}
    assert sorted(calls) == sorted((CLASS_SEED, qid) for _, qid in shuffled & answered)


# ---------------------------------------------------------------- shuffle: false, end to end


def _course(tmp_path: Path) -> Course:
    return make_course(tmp_path / "course", {"q1": Q1, "q2": Q2})


def _student_whose_order_differs(course: Course) -> str:
    """A name whose own order of "pick" is not the class's."""
    pick = _session.Session("x", course).quiz("q1").question("pick")
    for name in ("Ada", "Ben", "Cy", "Dee", "Eve", "Fay"):
        if _shown(pick, name) != _shown(pick, CLASS_SEED):
            return name
    raise AssertionError("every name has the class's order")


@pytest.mark.parametrize("shuffle", [False, True])
def test_a_page_shows_the_order_the_student_saw(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shuffle: bool
) -> None:
    """With `shuffle: false`, is the class's order recorded with the answer, and does the
    student's page show the options in that order under the letters the student saw, not
    their own shuffle's? With shuffling on, is nothing recorded and their own order shown?"""
    course = _course(tmp_path)
    name = _student_whose_order_differs(course)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MEDIALIT_SETTINGS", raising=False)
    (tmp_path / "medialit-settings.yaml").write_text(f"shuffle: {str(shuffle).lower()}\n")
    session = _session.Session(name, course)
    pick = session.quiz("q1").question("pick")
    letter = pick.shown_letter("c")  # the letter this student saw for "Third"
    assert pick.answer(letter).valid
    saved = _store.load_answers(name)[0]["answers"][-1]
    assert saved["response"] == "c"
    assert ("order" in saved) is not shuffle and saved.get("order", CLASS_SEED) == CLASS_SEED
    klass = tmp_path / "class"
    klass.mkdir()
    write(klass, "mine.json", answer_file(name, [saved]))
    out = tmp_path / "out"
    write_report(gradebook(klass, course=course), out)
    page = _page_of(out, name)
    seen = _shown(pick, CLASS_SEED if not shuffle else name)
    texts = {"a": "First", "b": "Second", "c": "Third"}
    shown = [f"{chr(ord('a') + i)}) {texts[key]}" for i, key in enumerate(seen)]
    assert [page.index(line) for line in shown] == sorted(page.index(line) for line in shown)
    assert f"{letter}) Third <b>(chosen)</b>" in page


def test_an_answer_in_the_class_order_shows_it_only_where_it_counts(tmp_path: Path) -> None:
    """A student who answered once in their own order and again in the class's: does the page
    show the order of the attempt that counts (the first by default, the latest with
    `score="latest"`), and is an unknown `order` value ignored?"""
    course = _course(tmp_path)
    name = _student_whose_order_differs(course)
    pick = _session.Session(name, course).quiz("q1").question("pick")
    own, together = _shown(pick, name), _shown(pick, CLASS_SEED)
    klass = tmp_path / "class"
    klass.mkdir()
    write(klass, "mine.json", answer_file(name, [
        answer("q1", "pick", "single", "a"),
        answer("q1", "pick", "single", "b", order="class"),
        answer("q1", "many", "multiple", ["a"], order="someone else's"),
    ]))  # fmt: skip
    for score, seen in (("first", own), ("latest", together)):
        out = tmp_path / score
        write_report(gradebook(klass, course=course, score=score), out)
        page = _page_of(out, name)
        texts = {"a": "First", "b": "Second", "c": "Third"}
        lines = [f"{chr(ord('a') + i)}) {texts[key]}" for i, key in enumerate(seen)]
        assert [page.index(x) for x in lines] == sorted(page.index(x) for x in lines), score
    book = gradebook(klass, course=course, score="latest")
    assert book.answers[name].seeds == {("q1", "pick"): CLASS_SEED}
    assert json.loads((klass / "mine.json").read_text())["answers"][2]["order"] != "class"


def test_the_collector_is_paused_while_grading_and_restored_after(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Is Python's cycle collector off while a class is graded, on again afterwards (also when
    grading fails), and left off if it was off before?"""
    import gc

    from medialit import _gradebook

    seen: list[bool] = []
    real = _gradebook.resolve

    def watching(records: Any) -> Any:
        seen.append(gc.isenabled())
        return real(records)

    monkeypatch.setattr(_gradebook, "resolve", watching)
    course = _course(tmp_path)
    klass = tmp_path / "class"
    klass.mkdir()
    write(klass, "ada.json", answer_file("Ada", [answer("q1", "pick", "single", "b")]))
    assert gc.isenabled()
    gradebook(klass, course=course)
    assert seen == [False] and gc.isenabled()
    with pytest.raises(ValueError):
        gradebook(klass, course=course, score="worst")
    assert gc.isenabled()
    gc.disable()
    try:
        gradebook(klass, course=course)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_a_page_needs_of_a_question_is_made_once_per_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Is a question's part of the pages (its choices in the bank's order) worked out once for
    the question, again for another question object even if equal, and is the memory of them
    capped?"""
    question = next(q for q in catalogue().values() if q.type == "single")
    made: list[Question] = []

    def make(q: Question) -> list[str]:
        made.append(q)
        return [key for _, key, _ in q.shown_choices]

    _page_items._PER_QUESTION.clear()
    first = _page_items._once(question, "test", make)
    assert _page_items._once(question, "test", make) is first and made == [question]
    twin = replace(question)
    assert twin == question and twin is not question
    assert _page_items._once(twin, "test", make) == first and made == [question, twin]
    assert _page_items._once(question, "other", make) == first and len(made) == 3
    assert _page_items._choices(question) == _page_items._choices(twin)
    monkeypatch.setattr(_page_items, "MAX_QUESTIONS_KEPT", 3)
    _page_items._PER_QUESTION.clear()
    for what in ("a", "b", "c", "d"):
        _page_items._once(question, what, make)
    assert len(_page_items._PER_QUESTION) <= 3


def test_a_page_that_cannot_be_written_stops_the_report_with_the_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Pages are written in a second thread while the next is drawn: is every page written
    (and linked in order), and does a page that cannot be written raise its OSError from
    write_report, the pages after it given up rather than written?"""

    make_class = _make_class_module()
    make_class.make_class(tmp_path / "class", students=40, seed=4, bad_each=0)
    book = gradebook(tmp_path / "class")
    write_report(book, tmp_path / "out")
    pages = sorted((tmp_path / "out" / "students").glob("student-*.html"))
    assert [p.name for p in pages] == [f"student-{i:04d}.html" for i in range(1, 41)]
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    links = [report.index(f'href="students/{p.name}"') for p in pages]
    assert links == sorted(links)

    real = _pagewriter._write_page
    written: list[str] = []

    def failing(path: Path, page: bytes) -> None:
        if path.name == "student-0003.html":
            raise OSError(28, "No space left on device")
        written.append(path.name)
        real(path, page)

    monkeypatch.setattr(_pagewriter, "_write_page", failing)
    monkeypatch.setattr(_pagewriter, "PAGES_IN_FLIGHT", 2)
    with pytest.raises(OSError, match="No space left"):
        write_report(book, tmp_path / "again")
    assert "student-0001.html" in written and len(written) < 10
    assert not (tmp_path / "again" / "report.html").exists()
    # Over an earlier run's pages (written at once, in the drawing thread): the same error.
    before = (tmp_path / "out" / "report.html").read_bytes()
    written.clear()
    with pytest.raises(OSError, match="No space left"):
        write_report(book, tmp_path / "out")
    assert written == ["student-0001.html", "student-0002.html"]
    assert (tmp_path / "out" / "report.html").read_bytes() == before


def test_a_page_is_written_over_an_earlier_one_only_when_it_is_a_plain_file_of_ours(
    tmp_path: Path,
) -> None:
    """A page is written in place over the page an earlier run left: is a longer old page
    cut to the new one, an old page open to all made 0600, and a link, a second name of
    another file or a pipe in a page's place replaced, the file behind it untouched?"""
    import os
    import stat

    folder = tmp_path / "students"
    folder.mkdir()
    old = folder / "student-0001.html"
    old.write_bytes(b"x" * 5000)
    os.chmod(old, 0o644)
    _pagewriter._write_page(old, b"<p>new</p>")
    assert old.read_bytes() == b"<p>new</p>"
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    other = tmp_path / "teachers-notes.txt"
    for kind in ("symlink", "hardlink"):
        other.write_bytes(b"notes")
        page = folder / f"student-{kind}.html"
        if kind == "symlink":
            page.symlink_to(other)
        else:
            os.link(other, page)
        _pagewriter._write_page(page, b"<p>page</p>")
        assert other.read_bytes() == b"notes", kind
        assert not page.is_symlink() and page.read_bytes() == b"<p>page</p>", kind
        assert page.stat().st_nlink == 1 and stat.S_IMODE(page.stat().st_mode) == 0o600
    pipe = folder / "student-pipe.html"
    os.mkfifo(pipe)
    _pagewriter._write_page(pipe, b"<p>page</p>")  # no reader: must not wait for one
    assert stat.S_ISREG(pipe.stat().st_mode) and pipe.read_bytes() == b"<p>page</p>"


def test_a_run_with_fewer_students_leaves_no_page_of_an_earlier_run(tmp_path: Path) -> None:
    """Written again into the same folder for a smaller class, are the pages the new
    report links exactly the pages left, each written anew?"""
    make_class = _make_class_module()
    make_class.make_class(tmp_path / "big", students=12, seed=4, bad_each=0)
    make_class.make_class(tmp_path / "small", students=5, seed=5, bad_each=0)
    out = tmp_path / "out"
    write_report(gradebook(tmp_path / "big"), out)
    assert len(list((out / "students").iterdir())) == 12
    small = gradebook(tmp_path / "small")
    write_report(small, out)
    pages = sorted(p.name for p in (out / "students").iterdir())
    assert pages == [f"student-{i:04d}.html" for i in range(1, 6)]
    fresh = tmp_path / "fresh"
    write_report(small, fresh)
    for name in pages:  # byte for byte what a first run into an empty folder writes
        assert (out / "students" / name).read_bytes() == (fresh / "students" / name).read_bytes()


# ------------------------------------------------------- shortcuts equal to what they replace

JSON_VALUES: list[Any] = [
    None, True, False, 0, -1, 10**30, 1.5, -0.0, 1e300, float("nan"), float("inf"),
    float("-inf"), "", "é\u2028\x00x\U0001f600", ["a", 1, None, [True, {"b": 2, "a": []}]],
    {"z": 1, "a": {"y": [2.5], "b": "c"}}, {"S01": 0.7, "S02": 0.25}, {1: "x"}, {True: 1},
    {None: 2}, {1.5: 3}, (1, "2"), [[[[]]]],
]  # fmt: skip


def test_a_responses_text_is_what_json_dumps_gives() -> None:
    """Is the text a response is known by (made by one encoder) exactly `json.dumps(value,
    sort_keys=True)`, and does what json.dumps refuses fail the same way?"""
    from medialit._scoring import _json_text

    for value in JSON_VALUES:
        assert _json_text(value) == json.dumps(value, sort_keys=True), value
    circular: list[Any] = []
    circular.append(circular)
    for bad in [{"1": "y", 2: "z"}, {1j: 2}, object(), {"a": object()}, circular]:
        with pytest.raises((TypeError, ValueError, RecursionError)):
            json.dumps(bad, sort_keys=True)
        with pytest.raises((TypeError, ValueError, RecursionError)):
            _json_text(bad)


def test_a_tables_rows_taken_a_column_at_a_time_are_itertuples_rows() -> None:
    """Does `frame_rows` give the very values (types too) that `itertuples` gives, for text,
    numbers, booleans, missing values and the kinds of column pandas has?"""
    import math

    import pandas as pd

    from medialit._output import frame_rows

    def same(a: Any, b: Any) -> bool:
        if type(a) is not type(b):
            return False
        if isinstance(a, float) and math.isnan(a):
            return math.isnan(b)
        return a is b or bool(a == b)

    columns = {
        "int": [1, None, 3],
        "text": ["x", None, "z"],
        "bool": [True, False, True],
        "float": [1.5, float("nan"), 2.0],
        "Int64": pd.array([1, None, 3], dtype="Int64"),
        "object": [object, 1, "s"],
        "when": pd.to_datetime(["2020-01-01", None, "2021-01-01"]),
        "string": pd.array(["a", None, "c"], dtype="string"),
        "category": pd.Categorical(["a", "b", "a"]),
    }
    frames = [pd.DataFrame(columns), pd.DataFrame({"a": []}), pd.DataFrame(index=range(3))]
    for frame in frames:
        want = list(frame.itertuples(index=False, name=None))
        got = list(frame_rows(frame))
        assert len(got) == len(want)
        for row, expected in zip(got, want, strict=True):
            assert len(row) == len(expected)
            assert all(same(a, b) for a, b in zip(row, expected, strict=True)), (row, expected)


def test_defusing_and_time_shortcuts_agree_with_the_long_way() -> None:
    """On many strings made of the characters that matter, does `defuse` (returning a cell
    with nothing to change at once) give what its full steps give, and does the store's own
    time form taken as it is agree with `_utc_text`?"""
    import random

    from medialit._handins import _STORED_UTC, _utc_text
    from medialit._output import _DANGER, defuse

    def the_long_way(value: str) -> str:
        return _DANGER.sub(r"\1'", value.replace("\r\n", "\n").replace("\r", "\n"))

    rng = random.Random(7)  # noqa: S311 - test strings, not secrets
    chars = "ab=+-@\t\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029 '"
    for _ in range(20_000):
        value = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 8)))
        assert defuse(value) == the_long_way(value), repr(value)

    def quick(text: Any) -> str | None:
        if type(text) is str and _STORED_UTC.fullmatch(text) and text[:4].isdigit():
            return text
        return _utc_text(text)

    base = "2026-11-27T13:00:00+00:00"
    for _ in range(20_000):
        text = list(base)
        for _ in range(rng.randrange(0, 3)):
            text[rng.randrange(len(text))] = rng.choice("0123456789-T:+Z \n²٣x")
        shown = "".join(text)[: rng.choice([25, 25, 25, rng.randrange(26)])]
        assert quick(shown) == _utc_text(shown), shown


def test_a_csv_written_a_column_at_a_time_is_the_one_written_a_cell_at_a_time() -> None:
    """Is the CSV written a column at a time (a text column with nothing to defuse kept as
    it is) byte for byte the one `_cell` gives cell by cell, on random tables of text that
    needs defusing and text that does not, numbers, NaN, None and booleans?"""
    import csv as csv_module
    import io
    import random

    from medialit._output import _cell, csv_text

    def the_long_way(header: list[str], rows: list[tuple[Any, ...]]) -> str:
        buffer = io.StringIO()
        writer = csv_module.writer(buffer, quoting=csv_module.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(v, "%.4f") for v in row])
        return buffer.getvalue()

    rng = random.Random(11)  # noqa: S311 - test tables, not secrets
    chars = "ab =+-@\t\r\n\x0b\u2028'\""
    plain = ["Ada", "a reason, typed", "Zoë", "", "x y"]
    for _ in range(400):
        width = rng.randrange(1, 5)
        kinds = [rng.choice(["plain", "risky", "number", "mixed"]) for _ in range(width)]

        def cell(kind: str) -> Any:
            if kind == "plain" or (kind == "mixed" and rng.random() < 0.5):
                return rng.choice(plain)
            if kind == "risky":
                return "".join(rng.choice(chars) for _ in range(rng.randrange(0, 6)))
            return rng.choice([1.5, float("nan"), 0, True, None, "=1+1", 2**40])

        rows = [tuple(cell(k) for k in kinds) for _ in range(rng.randrange(0, 6))]
        header = [f"c{i}" for i in range(width)]
        assert csv_text(header, rows) == the_long_way(header, rows), rows
    ragged = [("a", "=b"), ("c",)]
    assert csv_text(["x", "y"], ragged) == the_long_way(["x", "y"], ragged)


def test_an_html_table_escaped_a_column_at_a_time_is_the_one_escaped_a_cell_at_a_time() -> None:
    """Is a table whose text columns are escaped as one text the table `_cell` gives cell by
    cell, with markup, quotes, the joining character itself, numbers, NaN and booleans?"""
    import html
    import random

    import pandas as pd

    from medialit._report import _cell, _table

    def the_long_way(frame: pd.DataFrame, caption: str) -> str:
        head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in frame.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>"
            for row in frame.itertuples(index=False, name=None)
        )
        return (
            f'<div class="wide"><table><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
        )

    rng = random.Random(5)  # noqa: S311 - test tables, not secrets
    chars = "ab <>&\"' \x00é\n"
    for _ in range(300):
        n = rng.randrange(1, 6)
        frame = pd.DataFrame({
            "text": ["".join(rng.choice(chars) for _ in range(rng.randrange(0, 6)))
                     for _ in range(n)],
            "plain": [rng.choice(["Ada", "Zoë", "x"]) for _ in range(n)],
            "number": [rng.choice([0.5, float("nan"), 2.0]) for _ in range(n)],
            "mixed": [rng.choice(["<b>", 3, True, None]) for _ in range(n)],
        })  # fmt: skip
        assert _table(frame, "The <answers>") == the_long_way(frame, "The <answers>")


def test_a_sorts_feedback_written_once_per_line_is_the_one_written_in_full() -> None:
    """For every sort question of the course and random answers, is the feedback (each
    statement's line, made once per question and answer) what the full steps give?"""
    import random

    rng = random.Random(3)  # noqa: S311 - test answers, not secrets
    for question in (q for q in catalogue().values() if q.type == "sort"):
        item: Any = question.item
        key = item.accepted(question)
        overrides = question.spec.get("feedback") or {}
        table = question.statements
        for _ in range(20):
            said = {sid: rng.choice(item.categories(question)) for sid in key}
            lines = []
            for sid in question.shuffled(item.statement_ids(question)):
                why = (overrides.get(sid) or table[sid].explanation or "").strip()
                keyed, *others = key[sid]
                ok = said[sid] in key[sid]
                if ok and said[sid] != keyed:
                    verdict = f"{said[sid]} is defensible too (the key says {keyed})."
                elif others:
                    verdict = f"the key says {keyed}; {' or '.join(others)} is defensible too."
                else:
                    verdict = f"it is {keyed}."
                head = f'{"✓" if ok else "✗"} {sid} "{table[sid].text}": you said {said[sid]}; '
                lines.append(f"{head}{verdict} {why}".strip())
            result = question.rescore(said)
            assert result.feedback == "\n".join(lines), question.id
            assert result.score == round(sum(said[s] in key[s] for s in key) / len(key), 4)


def test_a_how_sure_items_feedback_written_once_per_line_is_the_one_written_in_full() -> None:
    """For every how-sure question of the course and random figures, is each statement's
    line (made once per statement and figure) what the full steps give?"""
    import random

    from medialit.items.base import CONFIDENCE_TOLERANCE

    rng = random.Random(4)  # noqa: S311 - test answers, not secrets
    for question in (q for q in catalogue().values() if q.type == "confidence"):
        items = {i["statement"]: i for i in question.spec["items"]}
        for _ in range(20):
            said = {sid: rng.choice([0.0, 0.1, 0.33, 0.5, 0.7, 0.95, 1.0]) for sid in items}
            lines = []
            for sid in question.shown_statement_ids:
                p, o = said[sid], float(items[sid]["outcome"])
                gap = p - o
                if abs(gap) <= CONFIDENCE_TOLERANCE:
                    how = "✓ Well judged"
                elif gap > 0:
                    how = f"✗ Too high (you were more sure than the text allows that {sid} is so)"
                else:
                    how = f"✗ Too low (the text allows more confidence that {sid} is so)"
                lines.append(
                    f"{how}: you said {round(p * 100)} %, a careful reader would say "
                    f"{round(o * 100)} %. {items[sid]['feedback'].strip()}"
                )
            result = question.rescore(said)
            assert [d for _, d in result.details] == lines, question.id


def test_a_printable_ascii_text_is_returned_as_it_is_and_the_rest_replaced_as_before() -> None:
    """Is `printable`'s shortcut (plain ASCII returned at once) what its full steps give, on
    random texts of ASCII, control characters, separators and bidirectional overrides?"""
    import random
    import unicodedata

    from medialit._output import _BIDI, printable

    def the_long_way(text: str) -> str:
        return "".join(
            "?" if c in _BIDI or unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text
        )

    rng = random.Random(9)  # noqa: S311 - test texts, not secrets
    chars = "aZ0 /._-~\x00\x1b\x7f\t\n\u2028\u2029\u202e\u200dé"
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 8)))
        assert printable(text) == the_long_way(text), repr(text)
    assert printable(12) == "12"
