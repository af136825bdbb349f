"""Exam mode: `medialit release` writes a students' copy with no key; answers in it are saved
and never scored; the gradebook scores them against the full banks; `medialit feedback`
gives each student their answers, the key and the explanations after grading."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import medialit
from medialit import _store
from medialit._course import load_course
from medialit._quiz import read_quiz
from medialit._release import FEEDBACK_FILE, release, write_feedback
from medialit._session import Session, hand_in_answers
from medialit._withheld import ANALYZER_WITHHELD, ITEM_WITHHELD
from medialit.cli import main
from medialit.items import ITEM_TYPES

# Every bank key that makes up a key, a verdict or an explanation, as YAML writes it.
KEY_FIELDS = re.compile(
    r"^\s*-?\s*(correct|feedback|accept|model_answer|rubric|key|key_reason|answer|why|path|"
    r"first|outcome|role|pages|queries|contains|example|date):",
    re.MULTILINE,
)
LESSON = "start-here"


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The students' copy of medialit's own course."""
    out = tmp_path_factory.mktemp("exam") / "students-course"
    done = release(None, out)
    assert done.banks >= len(load_course().bank_slugs()) and done.questions > 50
    return out


def test_every_item_type_says_what_a_released_bank_keeps() -> None:
    """Does every registered item type say what a released bank keeps (none forgotten)?"""
    forgotten = [name for name, item in ITEM_TYPES.items() if item.released is None]
    assert not forgotten


def test_no_key_material_anywhere_in_the_released_banks(released: Path) -> None:
    """Does no released bank (the course's, and the practice articles' inside it) carry a
    correct flag, feedback, accepted answers, a key, a model answer, a rubric, an outcome, an
    event's date or a search result's role; and do the full banks carry them (the control)?"""
    banks = sorted(released.rglob("quizzes/*.yaml"))
    assert len(banks) >= len(load_course().bank_slugs())
    for bank in banks:
        text = bank.read_text(encoding="utf-8")
        # A search result's date is what the results page shows, not a key (an order item's
        # events keep their text alone: checked below).
        found = [m.group(1) for m in KEY_FIELDS.finditer(text) if m.group(1) != "date"]
        assert found == [], (bank, found)
        assert "released: true" in text
    full = "".join(
        p.read_text(encoding="utf-8") for p in (load_course().folder / "quizzes").glob("*.yaml")
    )
    assert {"correct", "feedback", "model_answer", "key"} <= {
        m.group(1) for m in KEY_FIELDS.finditer(full)
    }


def test_an_order_item_s_events_are_not_listed_in_time_order(released: Path) -> None:
    """Do the released events of every order item come in an order other than the key's
    (which is the full bank's order) for at least most items?"""
    course, copy = load_course(), load_course(released)
    orders = same = 0
    for slug in course.bank_slugs():
        full = {q.id: q for q in read_quiz(slug, course=course).questions if q.type == "order"}
        for q in read_quiz(slug, course=copy).questions:
            if q.id in full:
                orders += 1
                texts = [e["text"] for e in q.spec["events"]]
                same += texts == [e["text"] for e in full[q.id].spec["events"]]
                assert all(set(e) == {"text"} for e in q.spec["events"])
    assert orders and same < orders


def answers_in(copy: Path, student: str) -> Session:
    return Session(student, load_course(copy))


def right_shown(full_question: Any, student_question: Any) -> Any:
    """A right answer, in the letters the student sees in the released copy (by text)."""
    spec = full_question.spec["options"]
    right = next(o["text"] for o in spec if o["correct"])
    return next(s for s, _, c in student_question.shown_choices if c["text"] == right)


def test_answering_in_a_released_copy_saves_and_gives_no_verdict(released: Path) -> None:
    """In a released copy, is an answer saved with no verdict, no score and no explanation
    (the result, its plain text, check, answer(save=False), progress and the answer file)?"""
    session = answers_in(released, "Ada")
    quiz = session.quiz(LESSON)
    full = read_quiz(LESSON, "Ada")
    q = next(q for q in quiz.questions if q.type == "single")
    shown = right_shown(full[q.id], q)
    for result in (q.answer(shown), q.check(shown), q.answer(shown, save=False)):
        assert result.valid and result.correct is None and result.score is None
        assert result.verdict == "✎ Saved" and "Right" not in result.text()
        assert "teacher scores it" in result.feedback
    option_feedback = [o["feedback"].strip() for o in full[q.id].spec["options"]]
    assert not any(f in quiz.text() for f in option_feedback)
    data = _store.load_answers("Ada")[0]
    assert len(data["answers"]) == 1  # check and save=False saved nothing
    entry = data["answers"][0]
    assert not {"correct", "score", "brier"} & set(entry)
    assert str(entry["response"]).startswith("t:")  # the choice by its text, not a letter
    lesson = medialit.progress("Ada", course=load_course(released)).lessons[0]
    assert (lesson.answered, lesson.withheld, lesson.points) == (1, True, 0.0)
    assert "score shown later" in lesson.line()
    assert session.lesson(quiz).held_back


def test_the_gradebook_scores_released_answers_against_the_full_banks(
    released: Path, tmp_path: Path
) -> None:
    """Do answers saved in a released copy, handed in, score right in the teacher's gradebook
    with the full banks, as the same answers do when given in the full course?"""
    handins = tmp_path / "handin"
    scores = {}
    for student, course in (("Ada", load_course(released)), ("Bo", load_course())):
        quiz = Session(student, course).quiz(LESSON)
        full = read_quiz(LESSON, student)
        for q in quiz.questions:
            if q.type in ("single", "order"):
                if q.type == "single":
                    q.answer(right_shown(full[q.id], q))
                else:  # the events in time order: the full bank's order, by text
                    texts = [e["text"] for e in full[q.id].spec["events"]]
                    by_text = {c["text"]: s for s, _, c in q.shown_choices}
                    q.answer([by_text[t] for t in texts])
        hand_in_answers(handins / student, student)
    book = medialit.gradebook(handins, course=load_course())
    for student in ("Ada", "Bo"):
        row = book.students.set_index("student").loc[student]
        scores[student] = row[f"{LESSON} %"]
    assert scores["Ada"] == scores["Bo"] and scores["Ada"] > 0, scores
    # The students' copy cannot grade: there is no key in it.
    assert read_quiz(LESSON, course=load_course(released)).released


def test_feedback_gives_each_student_their_answers_and_the_key(
    released: Path, tmp_path: Path
) -> None:
    """Does `medialit feedback` write each student (one folder per login) a page with their
    answer, the verdict, the explanation and the key, replace a link planted where the page
    goes instead of writing through it, and skip a linked-in file?"""
    handins, out = tmp_path / "handin", tmp_path / "feedback"
    quiz = Session("ada", load_course(released)).quiz(LESSON)
    q = next(q for q in quiz.questions if q.type == "single")
    full = read_quiz(LESSON, "ada")[q.id]
    q.answer(right_shown(full, q))
    hand_in_answers(handins / "ada", "ada")
    (out / "ada").mkdir(parents=True)
    victim = tmp_path / "teacher-file.txt"
    victim.write_text("keep me", encoding="utf-8")
    (out / "ada" / FEEDBACK_FILE).symlink_to(victim)
    (handins / "bo").mkdir()
    (handins / "bo" / "zz-linked.json").symlink_to(next((handins / "ada").glob("*.json")))
    code = main(["feedback", str(handins), "--out", str(out)])
    assert code == 0
    page = (out / "ada" / FEEDBACK_FILE).read_text(encoding="utf-8")
    right = next(o for o in full.spec["options"] if o["correct"])
    assert f"Your answer: {right['text']}" in page.replace("&#x27;", "'")
    assert "✓ Right" in page and "The key:" in page
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (out / "ada" / FEEDBACK_FILE).is_symlink()
    assert not (out / "bo").exists()  # a link is not a hand-in
    run = write_feedback(handins, load_course(), None)
    assert [p.parent.name for p in run.written] == ["ada"]


def test_medialit_key_refuses_a_released_copy_with_a_clear_message(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `medialit key --course COPY` refuse, saying the copy has no key and where the
    full course is, with no traceback and no file; and does the full course give a key?"""
    out = tmp_path / "key.html"
    assert main(["key", "--course", str(released), "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert "has no answer key" in said and "Traceback" not in said and not out.exists()
    assert main(["handouts", "--course", str(released), "--out", str(tmp_path / "h")]) == 1
    assert "has no answer key" in capsys.readouterr().err
    assert main(["key", "--out", str(out)]) == 0 and out.stat().st_size > 10_000


def test_release_refuses_a_folder_in_use_and_a_released_copy(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `medialit release` refuse to write into a folder that holds files, and to
    release a copy that is already released, in plain words?"""
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "x.txt").write_text("x", encoding="utf-8")
    assert main(["release", "--out", str(tmp_path / "busy")]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert main(["release", "--course", str(released), "--out", str(tmp_path / "again")]) == 1
    assert "already a released copy" in capsys.readouterr().err
    assert main(["release", "--out", str(tmp_path / "new")]) == 0
    assert "no correct answers" in capsys.readouterr().out
    assert json.loads(json.dumps(sorted(p.name for p in (tmp_path / "new").iterdir())))


def test_the_gradebook_refuses_a_released_copy(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `medialit gradebook --course COPY` refuse in plain words (it has no key to grade
    with) and write nothing, rather than grade every answer as unscored?"""
    (tmp_path / "in").mkdir()
    out = tmp_path / "grades"
    code = main(["gradebook", str(tmp_path / "in"), "--course", str(released), "--out", str(out)])
    said = capsys.readouterr().err
    assert code == 1 and "no key to grade with" in said and "--course" in said
    assert not out.exists()


def test_the_widgets_of_a_released_quiz_say_saved_and_that_the_teacher_scores(
    released: Path,
) -> None:
    """In a released copy, does a click in the quiz's widgets save the answer and show
    "saved", with no points and no verdict, also after the last question?"""
    from medialit._quiz_view import QuizView

    course = load_course(released)
    view = QuizView(medialit.load_quiz(LESSON, "Ada", course=course))
    question = next(v for v in view.views.values() if v.question.type == "single")
    question.radio.value = question.question.shown_letters[0]
    question.button.click()
    shown = question.feedback.value
    assert "✎ Saved" in shown and "Right" not in shown and "Not quite" not in shown
    assert "This is a test" in view.score.value and "Score so far" not in view.score.value
    assert _store.load_answers("Ada")[0]["answers"][0]["question"] == question.question.id


# --------------------------------------------------------------------------- the tables
def _course_folders(root: Path) -> list[Path]:
    return sorted(m.parent for m in root.rglob("course.yaml"))


def _full_course_of(released: Path, folder: Path) -> Any:
    """The full course a released course folder was made from."""
    relative = folder.relative_to(released)
    return load_course(load_course().folder / relative)


def test_the_released_tables_keep_only_what_a_student_reads(released: Path) -> None:
    """In every course folder of the copy (the course's and each practice article's), do
    statements.csv, context.csv and timeline.csv hold exactly their public columns, is there no
    README from the teacher's copy and no readers' labels, and does facts.csv name no
    statement's status?"""
    import csv

    from medialit._withheld import PUBLIC

    folders = _course_folders(released)
    assert len(folders) == 1 + len(list((load_course().folder / "practice").glob("*/course.yaml")))
    for folder in folders:
        for name, columns in PUBLIC.items():
            if (folder / name).exists():
                with (folder / name).open(encoding="utf-8", newline="") as handle:
                    assert tuple(next(csv.reader(handle))) == columns, (folder, name)
        assert (folder / "statements.csv").exists()
        assert not (folder / "readings").exists()
        readme = (folder / "README.md").read_text(encoding="utf-8")
        assert "students' copy" in readme and not re.search(r"\bS\d\d", readme)
    facts = (released / "facts.csv").read_text(encoding="utf-8")
    assert not re.search(r"\bS\d\d[a-z]?: [a-z_]+", facts)
    # The timeline's events (an order item's events, with their dates) are nowhere.
    secret = set(load_course().timeline()["event"])
    for path in (p for p in released.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        assert not [s for s in secret if s in text], path
    full_facts = (load_course().folder / "facts.csv").read_text(encoding="utf-8")
    assert re.search(r"\bS\d\d[a-z]?: [a-z_]+", full_facts)  # the control: the full one does


def _labels(course: Any) -> dict[str, set[str]]:
    """Per labelled statement of a full course: every label value it has (kind, accepted
    kinds, source, source type, cue, hedges, boosters, evidence, explanation, statuses)."""
    labels: dict[str, set[str]] = {}
    for row in course.statements().to_dict("records"):
        values = {str(row[c]) for c in ("kind", "source", "source_type", "evidence", "cue")}
        for column in ("hedges", "boosters", "also_acceptable"):
            values |= {p.strip() for p in str(row[column]).split(";")}
        values.add(str(row["explanation"]))
        labels[str(row["id"])] = {v for v in values if v and v not in ("nan", "the article")}
    for row in course.context().to_dict("records"):
        labels.setdefault(str(row["statement_id"]), set()).update(
            {str(row["status_at_publication"]), str(row["status_later"]), str(row["summary"])}
        )
    return labels


def test_no_file_of_the_release_pairs_a_statement_with_a_label(released: Path) -> None:
    """For every labelled statement (the keys of the sort, mark and catch items and of the
    search items' statuses): does no row of any table in the release hold the statement's id
    beside one of its labels, and does no file hold an explanation or a status summary?"""
    import csv

    for folder in _course_folders(released):
        full = _full_course_of(released, folder)
        labels = _labels(full)
        long_texts = set(full.statements()["explanation"]) | set(full.context()["summary"])
        assert long_texts  # the control: explanations exist in the full course
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            text = path.read_text(encoding="utf-8")
            leaked = [t[:60] for t in long_texts if t in text]
            assert not leaked, (path, leaked[:3])
            if path.suffix != ".csv":
                continue
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.reader(handle):
                    cells = {c.strip() for c in row}
                    for sid in cells & set(labels):
                        assert not (cells - {sid}) & labels[sid], (path, sid, row)


def test_the_scoring_code_finds_no_key_in_the_release(released: Path) -> None:
    """Run the item types' own key derivation on the released copy: do the sort items accept
    nothing, the mark items key no words, and the statements carry no kind, for every item
    keyed by the table (the control: the full course gives a key for each)?"""
    from medialit.items.mark import Mark
    from medialit.items.sort import Sort

    checked = 0
    for folder in _course_folders(released):
        copy, full = load_course(folder), _full_course_of(released, folder)
        assert copy.withheld and not full.withheld
        assert all(not s.kind and not s.also_acceptable for s in copy.statement_table.values())
        for slug in full.bank_slugs():
            shown = {q.id: q for q in read_quiz(slug, "ada", course=copy).questions}
            for q in read_quiz(slug, "ada", course=full).questions:
                if q.type not in ("sort", "mark") or q.spec.get("key"):
                    continue
                # The released question, with the full question's spec: what a student who
                # guessed the spec would get from the copy's tables.
                asked = shown[q.id]
                object.__setattr__(asked, "spec", {**q.spec, **asked.spec})
                if q.type == "sort":
                    assert all(Sort().accepted(q).values())
                    assert not any(Sort().accepted(asked).values()), (slug, q.id)
                else:
                    assert Mark().key_phrases(q)
                    assert Mark().key_phrases(asked) == [], (slug, q.id)
                checked += 1
    assert checked >= 11


def test_the_lessons_tables_say_where_the_labels_will_be(released: Path) -> None:
    """Do load_statements, load_context and load_timeline of a released copy give the full
    tables' columns and rows, every label saying it is shown after feedback, and the text and
    dates a lesson reads?"""
    from medialit._withheld import PUBLIC, WITHHELD

    copy, full = load_course(released), load_course()
    for name, (mine, theirs) in {
        "statements.csv": (copy.statements(), full.statements()),
        "context.csv": (copy.context(), full.context()),
        "timeline.csv": (copy.timeline(), full.timeline()),
    }.items():
        assert list(mine.columns) == list(theirs.columns) and len(mine) == len(theirs)
        for column in mine.columns:
            if column in PUBLIC[name]:
                assert list(mine[column]) == list(theirs[column]), (name, column)
            else:
                assert set(mine[column]) == {WITHHELD}, (name, column)


def test_a_released_question_s_spec_and_text_hold_no_key(released: Path) -> None:
    """Does every released question's `spec` keep only what its item type releases (each
    choice its text alone), and its plain-text form (the quiz's `text()`) no feedback, no
    explanation and no correct flag from the full bank?"""
    for folder in _course_folders(released):
        copy, full = load_course(folder), _full_course_of(released, folder)
        rows = full.statements().to_dict("records")
        explained = {str(r["id"]): str(r["explanation"]) for r in rows}
        for slug in full.bank_slugs():
            quiz = read_quiz(slug, "ada", course=copy)
            shown = quiz.text()
            for q in quiz.questions:
                kept, fields = ITEM_TYPES[q.type].released or (frozenset(), {})
                assert set(q.spec) <= {"id", "type", "prompt", "statement", *kept}, q.id
                for key, allowed in fields.items():
                    assert all(set(c) <= allowed for c in q.spec.get(key, [])), q.id
            for q in read_quiz(slug, "ada", course=full).questions:
                secret = [
                    str(c["feedback"]).strip()
                    for key in ("options", "events")
                    for c in q.spec.get(key, [])
                ]
                secret += [str(i.get("feedback", "")).strip() for i in q.spec.get("items", [])]
                secret += [str(q.spec.get(k, "")).strip() for k in ("feedback", "why")]
                secret += [explained.get(sid, "") for sid in q.spec.get("statements", [])]
                leaked = [s[:50] for s in secret if len(s) > 30 and s in shown]
                assert not leaked, (slug, q.id, leaked)


def test_switching_the_mode_off_in_the_kernel_gives_no_verdict(
    released: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With MEDIALIT_ASSESSMENT=off (and a settings file saying off) set from the student's
    kernel, does a released copy still give no verdict for a sort, a mark and a single item?"""
    monkeypatch.setenv("MEDIALIT_ASSESSMENT", "off")
    copy = load_course(released)
    quiz = Session("ada", copy).quiz("how-sure")
    answered = 0
    for q in quiz.questions:
        response: Any = {
            "sort": lambda q: {s: "fact" for s in q.spec["statements"]},
            "mark": lambda q: [0],
            "single": lambda q: q.shown_letters[0],
        }.get(q.type, lambda q: None)(q)
        if response is None:
            continue
        for result in (q.check(response), q.answer(response, save=False), q.answer(response)):
            assert result.valid and result.correct is None and result.score is None, q.id
            assert "✓" not in result.text() and "✗" not in result.text()
        answered += 1
    assert answered >= 3


def test_the_gradebook_grades_sort_and_mark_answers_from_the_full_banks(
    released: Path, tmp_path: Path
) -> None:
    """Do sort and mark answers saved in the released copy (which cannot score them) score in
    the teacher's gradebook, with the full course, exactly as the same answers do when given
    in the full course, and does the gradebook refuse the released copy?"""
    from medialit.items.base import key_tokens

    handins = tmp_path / "handin"
    slug = "how-sure"
    full = {q.id: q for q in read_quiz(slug, "x").questions}
    for student, course in (("Ada", load_course(released)), ("Bo", load_course())):
        quiz = Session(student, course).quiz(slug)
        for q in quiz.questions:
            key = full[q.id]
            if q.type == "sort":
                q.answer({s: ITEM_TYPES["sort"].accepted(key)[s][0] for s in q.spec["statements"]})  # type: ignore[attr-defined]
            elif q.type == "mark":
                phrases = ITEM_TYPES["mark"].key_phrases(key)  # type: ignore[attr-defined]
                q.answer(sorted(key_tokens(key.statement.text, phrases)))
        hand_in_answers(handins / student, student)
    book = medialit.gradebook(handins, course=load_course())
    rows = book.students.set_index("student")
    assert rows.loc["Ada", f"{slug} %"] == rows.loc["Bo", f"{slug} %"] > 0
    answers = _store.load_answers("Ada")[0]["answers"]
    assert {e["type"] for e in answers} >= {"sort", "mark"}
    assert not any({"correct", "score"} & set(e) for e in answers)


# --------------------------------------------------------------------------- catch the machine
OWN = "your-own-article"  # lesson 09's bank, with the catch items


def _full_banks() -> list[tuple[Path, str, Any]]:
    """(folder relative to the course, slug, quiz) of every full bank, practice ones too."""
    course = load_course()
    found = []
    for manifest in sorted(course.folder.rglob("course.yaml")):
        inner = load_course(manifest.parent)
        relative = manifest.parent.relative_to(course.folder)
        found += [(relative, s, read_quiz(s, course=inner)) for s in inner.bank_slugs()]
    return found


def test_a_release_leaves_out_the_questions_that_need_the_analyzer(released: Path) -> None:
    """Does every released bank leave out the catch questions (they show the analyzer's labels)
    and name them under `withheld`, keeping every other question of the full bank?"""
    import yaml

    left_out = 0
    for relative, slug, quiz in _full_banks():
        path = released / relative / "quizzes" / f"{slug}.yaml"
        copy = yaml.safe_load(path.read_text(encoding="utf-8"))
        catch = [q.id for q in quiz.questions if q.item.needs_analyzer]
        assert copy.get("withheld", []) == catch, slug
        assert [q["id"] for q in copy["questions"]] == [
            q.id for q in quiz.questions if q.id not in catch
        ]
        assert not any(ITEM_TYPES[q["type"]].needs_analyzer for q in copy["questions"])
        left_out += len(catch)
    assert left_out >= 5  # lesson 09's four and the World Bank article's one


def test_release_names_the_questions_it_leaves_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does `medialit release` tell the teacher which catch questions the copy leaves out?"""
    assert main(["release", "--out", str(tmp_path / "copy")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    catch = sum(q.item.needs_analyzer for _, _, quiz in _full_banks() for q in quiz.questions)
    assert f"Left out of the banks: {catch} catch-the-machine questions" in out
    assert "your-own-article/catch-course-article" in out and "analyzer" in out


def test_the_item_types_that_run_the_analyzer_are_the_ones_left_out() -> None:
    """Is an item type left out of a release exactly when its module runs the analyzer (so a
    new type built on it cannot slip into a test copy, where it would break)?"""
    import inspect

    for name, item in ITEM_TYPES.items():
        source = inspect.getsource(inspect.getmodule(item))  # type: ignore[arg-type]
        runs = "from medialit._analyze import" in source
        assert item.needs_analyzer == runs, name
    assert ITEM_TYPES["catch"].needs_analyzer and ITEM_TYPES["catch-own"].needs_analyzer


def test_a_left_out_question_shows_one_plain_line(
    released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a released copy, does showing a catch question print one plain line and no widget,
    and answering it give a plain message and save nothing; and in the full course does the
    same question show (the control)?"""
    copy = load_course(released)
    world_bank = load_course(released / "practice" / "world-bank-forecast")
    medialit.show_quiz(OWN, "catch-course-article", course=copy)
    medialit.show_quiz(world_bank.lessons[0], "catch-machine", course=world_bank)
    assert capsys.readouterr().out == f"{ITEM_WITHHELD}\n" * 2
    quiz = medialit.load_quiz(OWN, "Ada", course=copy)
    result = quiz.answer(
        "own-article-machine", {"text": "A headline\n\nIt rained.", "corrections": {}}
    )
    assert not result.valid and result.feedback == ITEM_WITHHELD
    assert _store.load_answers("Ada")[0]["answers"] == []
    medialit.show_quiz(OWN, "catch-course-article", course=load_course())
    shown = capsys.readouterr().out
    assert ITEM_WITHHELD not in shown and "the machine says" in shown


def test_a_test_is_graded_without_the_questions_its_copy_leaves_out(
    released: Path, tmp_path: Path
) -> None:
    """With `test=True`, are the catch questions neither graded nor counted (a test-copy
    student's one right answer is 1 of the questions they had, a full-course student's catch
    answer is passed over with no note); and without it, is that catch answer graded and the
    test-copy student's row made with no error (the catch questions unanswered)?"""
    handins = tmp_path / "handin"
    full = load_course()
    for student, course in (("Ada", load_course(released)), ("Bo", full)):
        quiz = Session(student, course).quiz(OWN)
        q = next(q for q in quiz.questions if q.type == "single")
        q.answer(right_shown(read_quiz(OWN, student)[q.id], q))
        caught = quiz.answer("catch-course-article", {})
        assert caught.valid == (course is full)
        hand_in_answers(handins / student, student)
    questions = read_quiz(OWN, course=full).questions
    catch = {(OWN, q.id) for q in questions if q.item.needs_analyzer}
    as_test = medialit.gradebook(handins, course=full, test=True)
    assert not catch & set(as_test.questions) and as_test.problems.empty
    rows = as_test.students.set_index("student")
    assert rows.loc["Ada", f"{OWN} %"] == pytest.approx(100 / (len(questions) - len(catch)))
    assert rows.loc["Ada", f"{OWN} answered"] == f"1/{len(questions) - len(catch)}"
    every = medialit.gradebook(handins, course=full)
    rows = every.students.set_index("student")
    assert rows.loc["Ada", f"{OWN} %"] == pytest.approx(100 / len(questions))
    items = every.items.set_index(["quiz", "question"])
    assert items.loc[(OWN, "catch-course-article"), "n_answered"] == 1
    assert items.loc[(OWN, "catch-course-article"), "mean_score"] >= 0


def test_the_teacher_grades_a_test_in_the_students_python(
    students_package: Path, tmp_path: Path
) -> None:
    """On the hub in exam mode (the teacher's `medialit` is the students' package), does
    `medialit gradebook --course FULL` grade as a test (the catch questions left out, said so),
    and does the gradebook there, not as a test, grade a catch answer with the full course's
    analyzer lists (no traceback, no question left unusable)?"""
    import os
    import subprocess
    import sys

    import pandas as pd

    handins = tmp_path / "handin"
    quiz = Session("bo", load_course()).quiz(OWN)
    assert quiz.answer("catch-course-article", {"S19": "fact"}).valid
    hand_in_answers(handins / "bo", "bo")
    env = {**os.environ, "PYTHONPATH": str(students_package)}
    course = str(load_course().folder)
    done = subprocess.run(
        [sys.executable, "-m", "medialit.cli", "gradebook", str(handins), "--course", course,
         "--out", str(tmp_path / "grades")],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "Graded as a test" in done.stdout
    items = pd.read_csv(tmp_path / "grades" / "items.csv")
    assert not items["type"].isin(["catch", "catch-own"]).any() and len(items) > 50
    code = (
        "import sys, medialit\n"
        "course = medialit.load_course(sys.argv[2])\n"
        "book = medialit.gradebook(sys.argv[1], course=course)\n"
        "row = book.items.set_index('question').loc['catch-course-article']\n"
        "print(int(row['n_answered']), row['mean_score'], book.problems.empty)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(handins), course],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    answered, score, clean = done.stdout.split()
    assert answered == "1" and 0 <= float(score) <= 1 and clean == "True", done.stdout


# --------------------------------------------------------------------------- the lessons
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def students_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package as the hub installs it in exam mode: its own data folder replaced by the
    released copy (install.sh does the same in the shared Python). Returns the folder to put
    first on PYTHONPATH."""
    import shutil

    root = tmp_path_factory.mktemp("students-python")
    package = Path(medialit.__file__).resolve().parent
    shutil.copytree(
        package, root / "medialit", ignore=shutil.ignore_patterns("data", "__pycache__")
    )
    release(None, root / "medialit" / "data")
    return root


def test_the_students_package_is_the_released_copy(students_package: Path) -> None:
    """Does a Python with the students' package first on its path load the released course
    (no labels, no key), and refuse `medialit key` with the plain message?"""
    import subprocess
    import sys

    code = (
        "import medialit, medialit._course as c; course = medialit.load_course(); "
        "print(course.withheld, medialit.load_statements()['kind'].unique().tolist())"
    )
    env = {**__import__("os").environ, "PYTHONPATH": str(students_package)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split("\n")[0] == "True ['shown after feedback']", done.stdout
    key = subprocess.run(
        [sys.executable, "-m", "medialit.cli", "key"], capture_output=True, text=True, env=env
    )
    assert key.returncode == 1 and "has no answer key" in key.stderr, key.stderr
    assert "Traceback" not in key.stderr


def test_the_analyzer_is_withheld_in_the_students_python(students_package: Path) -> None:
    """In the released Python, do `analyze`, `compare` and the internal `analyze_records` all
    stop with the plain message (no word lists to label with), while the splitter still works?"""
    import subprocess
    import sys

    code = (
        "import medialit, medialit._analyze as a, medialit._withheld as w\n"
        "article = medialit.load_article().text\n"
        "print(len(a.split_sentences(article)) > 10)\n"
        "for call in (lambda: medialit.analyze(article), lambda: a.analyze_records(article),"
        " lambda: a.compare(article, [])):\n"
        "    try:\n"
        "        call()\n"
        "        print('labelled')\n"
        "    except w.AnalyzerWithheld as error:\n"
        "        print(type(error).__name__, str(error) == w.ANALYZER_WITHHELD)\n"
    )
    env = {**__import__("os").environ, "PYTHONPATH": str(students_package)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["True"] + ["AnalyzerWithheld", "True"] * 3, done.stdout


def test_no_file_of_the_release_holds_the_cue_lists(released: Path) -> None:
    """Is the analyzer's cues.csv left out of the release, and no released file holds one of
    its rows (a cue word with its class)?"""
    import csv

    cues_file = Path(medialit.__file__).parent / "data" / "cues.csv"
    with cues_file.open(encoding="utf-8") as handle:
        rows = {f"{row['word']},{row['class']}," for row in csv.DictReader(handle)}
    assert rows and not list(released.rglob("cues.csv"))
    for path in released.rglob("*"):
        if path.is_file():
            lines = path.read_text(encoding="utf-8", errors="ignore").splitlines()
            held = [line for line in lines if any(line.startswith(r) for r in rows)]
            assert not held, (path, held[:3])


def test_a_teacher_grades_with_the_full_course_from_the_students_python(
    students_package: Path, tmp_path: Path
) -> None:
    """On the hub in exam mode the teacher's `medialit` is the students' package too: do
    `medialit key` and `medialit gradebook` there, given the full course with --course, load
    every bank (search items too) and grade a hand-in from the released copy rightly?"""
    import os
    import subprocess
    import sys

    import pandas as pd

    handins = tmp_path / "handin"
    quiz = Session("ada", load_course(students_package / "medialit" / "data")).quiz(LESSON)
    full = read_quiz(LESSON, "ada")
    q = next(q for q in quiz.questions if q.type == "single")
    q.answer(right_shown(full[q.id], q))
    hand_in_answers(handins / "ada", "ada")
    env = {**os.environ, "PYTHONPATH": str(students_package)}
    course = str(load_course().folder)
    for args in (
        ["key", "--course", course, "--out", str(tmp_path / "key.html")],
        ["gradebook", str(handins), "--course", course, "--out", str(tmp_path / "grades")],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "medialit.cli", *args], capture_output=True, text=True, env=env
        )
        assert done.returncode == 0, done.stderr[-2000:]
    items = pd.read_csv(tmp_path / "grades" / "items.csv").set_index(["quiz", "question"])
    assert items.loc[(LESSON, q.id), "share_correct"] == 1.0


def released_banks(package: Path) -> list[dict[str, Any]]:
    """Every released bank (the course's and the practice articles') of a students' package."""
    import yaml

    return [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted((package / "medialit" / "data").rglob("quizzes/*.yaml"))
    ]


@pytest.mark.parametrize(
    "notebook",
    sorted(
        p.relative_to(REPO).as_posix()
        for folder in ("notebooks", "exercises")
        for p in (REPO / folder).glob("*.ipynb")
    ),
)
def test_every_lesson_and_exercise_runs_on_the_released_copy(
    notebook: str, students_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Does every lesson and exercise notebook run to its end, with no error, in a kernel
    whose medialit is the students' package (as nbval-lax runs them on the full course)?"""
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("PYTHONPATH", str(students_package))
    path = REPO / notebook
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    errors = [
        out
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]
    assert not errors
    shown = "\n".join(
        str(out.get("text", ""))
        + str(out.get("data", {}).get("text/plain", ""))
        + str(out.get("data", {}).get("text/html", ""))
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    )
    # A lesson ran on the released copy: the label tables it shows say where the labels are.
    source = path.read_text("utf-8")
    # Each cell that runs the analyzer says in one plain line that it is left out, and each
    # question left out of the banks (catch the machine) says so in its place.
    calls = source.count("try_analyzer(")
    assert shown.count(ANALYZER_WITHHELD) == calls, notebook
    left_out = {q for bank in released_banks(students_package) for q in bank.get("withheld", [])}
    asked = [q for q in re.findall(r'\\"([a-z0-9-]+)\\"\)', source) if q in left_out]
    assert shown.count(ITEM_WITHHELD) == len(asked), notebook
    if notebook == "notebooks/09-your-own-article.ipynb":  # the lesson the analyzer is in
        assert calls == 3 and len(asked) >= 4
    if notebook.startswith("notebooks/") and "load_statements(" in source and not calls:
        assert "shown after feedback" in shown, notebook
        if "show_table(" in source:  # and a table of labels says so in plain words
            assert "after your teacher releases feedback" in shown, notebook


def test_a_student_s_own_analyze_call_in_a_test_copy_shows_one_plain_line(
    students_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run on the released copy, does exercise 09 with its solutions written in (a student's
    own `analyze(text)`) show the plain sentence in place of a traceback?"""
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("PYTHONPATH", str(students_package))
    path = REPO / "solutions" / "09-your-own-article.ipynb"
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    errors = [
        out
        for cell in nb.cells
        if cell.cell_type == "code" and "analyze(text)" in cell.source
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]
    assert [e["ename"] for e in errors] == ["AnalyzerWithheld"]
    assert errors[0]["traceback"] == [ANALYZER_WITHHELD]
