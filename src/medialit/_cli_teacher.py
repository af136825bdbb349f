"""The teacher's commands of `medialit`: exercises, gradebook, new-lesson, key, release and
feedback (exam mode), handouts; the students' commands, the arguments and the last net for
errors are `medialit.cli`.

Each handler takes the parsed arguments and returns an exit code, saying in plain words what
went wrong and what to do, never with a traceback: each catches the errors of the files it
reads and writes (OSError). The heavy modules are imported inside the handlers, so
`medialit --help` answers fast.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from medialit._cli_io import _ordinary_file, _out_folder, _reason, _say
from medialit._output import printable

# A teachers' levels file for a whole class is well under 1 MB; more is not a reflections.csv.
MAX_LEVELS_BYTES = 20 * 1024 * 1024
# A lesson's slug names a folder and files: long enough for any title, short enough for any disk.
MAX_SLUG_CHARS = 60


# --------------------------------------------------------------------------- exercises
def _exercises(args: argparse.Namespace) -> int:
    """`medialit exercises [--check]`: write or check exercises/ against solutions/."""
    from medialit._exercises import check, write

    solutions, exercises = Path(args.solutions), Path(args.exercises)
    if not solutions.is_dir():
        _say(
            f"medialit exercises: no folder {printable(solutions)}/ here (run it from the "
            "course folder)"
        )
        return 2
    if not any(solutions.glob("*.ipynb")):
        _say(f"medialit exercises: {printable(solutions)}/ holds no notebooks")
        return 2
    try:
        if args.check:
            problems = check(solutions, exercises)
            for problem in problems:
                _say(problem)
            if problems:
                _say(
                    f"{printable(exercises)}/ is out of date: run `medialit exercises` to "
                    "regenerate it."
                )
                return 1
            print(f"{printable(exercises)}/ matches {printable(solutions)}/.")
            return 0
        changed = write(solutions, exercises)
    except ValueError as error:
        _say(f"medialit exercises: {error}")
        return 2
    except OSError as exc:
        _say(
            f"medialit exercises: {printable(exc.filename or exercises)}: {_reason(exc)}. "
            "Check that the folders exist and that you may write to them."
        )
        return 1
    for line in changed:
        print(line)
    count = len(list(solutions.glob("*.ipynb")))
    print(f"{printable(exercises)}/ is up to date ({count} notebooks).")
    return 0


# --------------------------------------------------------------------------- gradebook
def _gradebook(args: argparse.Namespace) -> int:
    """`medialit gradebook PATH... --out DIR`: grade, write CSV and HTML, print a summary."""
    out = Path(args.out)
    problem = _out_folder(out, "gradebook")
    if problem:
        _say(problem)
        return 2
    levels = getattr(args, "levels", None)
    if levels is None and (out / "reflections.csv").is_file():
        levels = out / "reflections.csv"  # the teacher's levels from the last run
    if levels is not None and os.path.lexists(levels):
        problem = _ordinary_file(Path(levels), MAX_LEVELS_BYTES)
        if problem:
            _say(
                f"medialit gradebook: the levels file {printable(levels)} was not read: "
                f"{problem}. Give --levels the reflections.csv you filled in."
            )
            return 2
    from medialit._course import load_course
    from medialit._gradebook import UnknownLesson, gradebook
    from medialit._report import write_report

    try:
        course = load_course(args.course) if getattr(args, "course", None) else None
        from medialit._release import is_released

        # On the hub in exam mode this Python's own course is the students' copy: the
        # hand-ins are a test's, without the questions that copy leaves out.
        test = bool(getattr(args, "test", False)) or (
            course is not None and is_released(load_course())
        )
        if is_released(course or load_course()):
            _say(
                "medialit gradebook: this course is the students' copy for a test (made by "
                "`medialit release`): it has no key to grade with. Give the full course with "
                "--course (on the school hub: --course /opt/medialit/teacher-course)."
            )
            return 1
        book = gradebook(
            args.paths,
            course=course,
            score=getattr(args, "score", "first"),
            levels=levels,
            lessons=getattr(args, "lesson", None),
            test=test,
        )
    except UnknownLesson as err:
        _say(f"medialit gradebook: {err}")
        return 2
    except ValueError as err:
        _say(f"medialit gradebook: cannot load the course: {err}")
        return 1
    if book.students.empty:
        _say("medialit gradebook: no answer file could be graded.")
        for file, reason in (
            book.problems[["file", "reason"]].head(10).itertuples(index=False, name=None)
        ):
            _say(f"  {printable(file)}: {printable(reason)}")
        if book.problems.empty:
            _say("  (no .json files found in the paths given)")
        return 1
    # Students' answers and reflections are for the teacher only: write_report makes the
    # folder 0700 and every file 0600, whatever the umask.
    try:
        written = write_report(book, out, export=getattr(args, "export", None) or ())
    except OSError as exc:
        _say(
            f"medialit gradebook: could not write the grades to {printable(out)} "
            f"({printable(exc.filename or out)}: {_reason(exc)}). Give --out a folder you may "
            "write to, e.g. --out ~/grades"
        )
        return 1
    skipped = int((~book.problems["graded"].astype(bool)).sum())
    n = len(book.students)
    noted = len(book.problems) - skipped
    print(
        f"Graded {n} student{'s' * (n != 1)} (mean total {book.students['total'].mean():.2f}); "
        f"{skipped} file{'s' * (skipped != 1)} not graded, {noted} graded with a note."
    )
    for file, reason in (
        book.problems[["file", "reason"]].head(5).itertuples(index=False, name=None)
    ):
        print(f"  {printable(file)}: {printable(reason)}")
    if len(book.problems) > 5:
        print(f"  ... and {len(book.problems) - 5} more in problems.csv")
    if test:
        print(
            "Graded as a test: the catch-the-machine questions, which the students' copy "
            "leaves out, are not graded and not counted."
        )
    print(
        f"Wrote {', '.join(p.name for p in written.values())} and a page per student "
        f"(students/) to {printable(out.resolve())}"
    )
    print(f"Open {printable(written['report'].resolve())} in a browser.")
    return 0


# --------------------------------------------------------------------------- new lesson
def _new_lesson(args: argparse.Namespace) -> int:
    """`medialit new-lesson ARTICLE.txt --slug SLUG [--out FOLDER]`."""
    slug = args.slug
    if len(slug) > MAX_SLUG_CHARS:
        print(
            f"medialit new-lesson: the slug is {len(slug)} characters long. Please use a short "
            f"name of at most {MAX_SLUG_CHARS} characters, e.g. --slug my-article"
        )
        return 2
    out = Path(args.out) if args.out is not None else None
    problem = _out_folder(out, "new-lesson") if out is not None else ""
    if problem:
        print(problem.replace("e.g. --out grades", f"e.g. --out {slug}"))
        return 2
    import warnings

    from medialit._analyze import TextWarning
    from medialit._newlesson import new_lesson

    article = printable(args.article)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", TextWarning)
            course = new_lesson(args.article, slug, out)
    except UnicodeDecodeError:
        print(
            f"medialit new-lesson: {article} is not a text file. Save the article as plain "
            "text (UTF-8): the headline first, blank lines between paragraphs."
        )
        return 1
    except ValueError as err:
        print(f"medialit new-lesson: {printable(err)}")
        return 1
    except OSError as exc:
        print(
            f"medialit new-lesson: {printable(exc.filename or article)}: {_reason(exc)}. Check "
            "the article's path, and give --out a folder you may write to (a new one is made)."
        )
        return 1
    for warning in caught:  # the analyzer's doubts about the text, in plain words
        if issubclass(warning.category, TextWarning):
            print(f"medialit new-lesson: note: {printable(warning.message)}")
        else:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    n = len(course.statements())
    folder = printable(course.folder)
    print(f"Wrote a draft course to {folder}: {n} statements, a question bank and {slug}.ipynb.")
    print(f'Check the labels in a notebook: medialit.annotate("{folder}")')
    return 0


# --------------------------------------------------------------------------- key
def _lessons(course: Any, given: str | None, command: str) -> list[str] | None:
    """The one lesson asked for (by slug, number or notebook stem) as a list, None for every
    lesson, or [] after saying that the course has no such lesson."""
    from medialit._key import lesson_slug

    if not given:
        return None
    wanted = lesson_slug(course, given)
    if wanted is None or wanted not in course.bank_slugs():
        known = ", ".join(course.bank_slugs())
        print(f"medialit {command}: no lesson {printable(given)!r} (lessons: {known})")
        return []
    return [wanted]


def _key(args: argparse.Namespace) -> int:
    """`medialit key [LESSON] --out key.html`: write the printable answer key."""
    from medialit._course import load_course
    from medialit._key import KeyUnavailable, render_key

    if args.course and not os.access(args.course, os.R_OK | os.X_OK):
        _say(
            f"medialit key: the course folder {printable(args.course)} is not readable from this "
            "account: the full course, with its key, is for teachers only."
        )
        return 1
    try:
        course = load_course(args.course) if getattr(args, "course", None) else load_course()
        lessons = _lessons(course, args.lesson, "key")
        if lessons == []:
            return 2
        page = render_key(course, lessons)
    except KeyUnavailable as err:
        _say(f"medialit key: {err}")
        return 1
    except ValueError as err:
        _say(f"medialit key: cannot load the course: {err}")
        return 1
    except OSError as exc:
        _say(
            f"medialit key: the question banks could not be read ({_reason(exc)}): the key is "
            "not readable from this account. Only teachers can read the full course."
        )
        return 1
    target = Path(args.out)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        _say(
            f"medialit key: could not write {printable(target)} ({_reason(exc)}). Give --out "
            "a file name in a folder you may write to, e.g. --out answer-key.html"
        )
        return 1
    print(
        f"Wrote the answer key to {printable(target.resolve())}. Open it in a browser and print it."
    )
    return 0


# --------------------------------------------------------------------------- exam mode
def _release(args: argparse.Namespace) -> int:
    """`medialit release --out DIR`: write the students' copy of the course (no key)."""
    from medialit._course import load_course
    from medialit._release import release

    try:
        course = load_course(args.course) if args.course else load_course()
        done = release(course, args.out)
    except ValueError as err:
        _say(f"medialit release: {err}")
        return 1
    except OSError as exc:
        _say(
            f"medialit release: could not write {printable(args.out)} ({_reason(exc)}). Give "
            "--out a new folder in a place you may write to."
        )
        return 1
    print(
        f"Wrote the students' copy of the course to {printable(done.folder.resolve())}: "
        f"{done.banks} question banks, {done.questions} questions, with no correct answers, "
        "keys, explanations or model answers, and tables with no labels (the lessons show "
        "'shown after feedback'). Students' answers are saved and scored only by the "
        "gradebook, with the full course (--course)."
    )
    if done.withheld:
        print(
            f"Left out of the banks: {len(done.withheld)} catch-the-machine questions "
            f"({', '.join(done.withheld)}). They need the statement analyzer, which is not in "
            "the copy (it labels the article much as the key does); give them after the test."
        )
    if done.left_out:
        print(f"Left out (labels or notes no student may read): {', '.join(done.left_out)}")
    return 0


def _feedback(args: argparse.Namespace) -> int:
    """`medialit feedback HANDINS --course FULL [--out FOLDER]`: each student's feedback."""
    from medialit._course import load_course
    from medialit._release import write_feedback

    try:
        course = load_course(args.course) if args.course else load_course()
        run = write_feedback(args.handins, course, args.out, args.score)
    except ValueError as err:
        _say(f"medialit feedback: cannot load the course: {err}")
        return 1
    except OSError as exc:
        _say(
            f"medialit feedback: could not read {printable(args.handins)} ({_reason(exc)}). "
            "Give the hand-in folder (one folder per student inside)."
        )
        return 1
    for problem in run.problems:
        _say(f"  {printable(problem)}")
    if not run.written:
        _say("medialit feedback: no feedback written (no hand-ins found).")
        return 1
    print(f"Wrote feedback for {len(run.written)} students ({run.written[0].name} in each folder).")
    return 0 if not run.problems else 1


# --------------------------------------------------------------------------- handouts
def _handouts(args: argparse.Namespace) -> int:
    """`medialit handouts [LESSON] --out DIR`: write the teacher's pack to print."""
    from medialit._course import load_course
    from medialit._handouts import write_handouts

    out = Path(args.out)
    problem = _out_folder(out, "handouts")
    if problem:
        _say(problem)
        return 2
    try:
        course = load_course(args.course) if args.course else load_course()
        lessons = _lessons(course, args.lesson, "handouts")
        if lessons == []:
            return 2
        written = write_handouts(out, course, lessons, paper=args.paper)
    except ValueError as err:
        _say(f"medialit handouts: cannot load the course: {err}")
        return 1
    except OSError as exc:
        _say(
            f"medialit handouts: could not write into {printable(out)} ({_reason(exc)}). Give "
            "--out a folder you may write to, e.g. --out handouts"
        )
        return 1
    print(
        f"Wrote {len(written)} pages to {printable(out.resolve())}. Open index.html in a browser "
        f"and print the pages you need ({args.paper.upper()})."
    )
    return 0
