"""The `medialit` command: progress, hand-in, exercises, gradebook, new lessons, answer keys,
a test's students' copy (release) and feedback.

Every handler and every message of the command line lives here; the library functions it calls
return values and raise. The heavy modules are imported inside the handlers, so
`medialit --help` answers fast. Every subcommand returns an exit code and says in plain words
what went wrong and what to do, never with a traceback: each catches the errors of the files it
reads and writes (OSError), and anything printed passes through a filter that takes out
control characters, so a file name cannot erase lines or retitle the teacher's terminal.
That filter, the way to stderr and the checks of an output folder and of a file read are the
command line's plumbing, `medialit._cli_io`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from medialit._cli_io import _ordinary_file, _out_folder, _PrintableStream, _reason, _say
from medialit._output import printable

# A teachers' levels file for a whole class is well under 1 MB; more is not a reflections.csv.
MAX_LEVELS_BYTES = 20 * 1024 * 1024
# A lesson's slug names a folder and files: long enough for any title, short enough for any disk.
MAX_SLUG_CHARS = 60


# --------------------------------------------------------------------------- student
def _student(args: argparse.Namespace, *names: str) -> tuple[str | None, int]:
    """(the name given with --student, cleaned, or None; 0) or (None, 2) after saying why."""
    from medialit import _store

    given = next((getattr(args, n) for n in names if getattr(args, n, None)), None)
    if given is None:
        return None, 0
    student, problem = _store.clean_name(given)
    if student is None:
        print(problem)
        return None, 2
    return student, 0


def _progress(args: argparse.Namespace) -> int:
    """`medialit progress [export FILE]`: print a summary, or write the hand-in file."""
    from medialit import _store

    student, code = _student(args, "export_student", "student")
    if code:
        return code
    if getattr(args, "progress_command", None) == "export":
        try:
            target = _store.export(args.file, student)
            data, _ = _store.load_answers(student)
        except _store.StoreError as exc:
            print(exc)
            return 1
        except OSError as exc:
            print(
                f"Could not write {printable(args.file)}: {_reason(exc)}. Try another file "
                "name in a folder of your own, e.g. medialit progress export my-answers.json"
            )
            return 1
        count, name = len(data["answers"]), data["student"]
        print(f"Wrote {count} answers of {printable(name)} to {printable(target)}")
        print("Hand in this file.")
        return 0
    from medialit import progress

    try:
        report = progress(student)
    except ValueError as err:
        print(f"The course could not be loaded ({err}). Show this message to your teacher.")
        return 1
    print(repr(report))
    print(f"Answers are kept in {printable(_store.answers_path(report.student))}")
    return 1 if report.notice and not report.lessons else 0


def _handin(args: argparse.Namespace) -> int:
    """`medialit handin [--student NAME] [--to FOLDER]`: hand in, say where."""
    from medialit import hand_in

    student, code = _student(args, "student")
    if code:
        return code
    result = hand_in(getattr(args, "to", None), student)
    print(result.message)
    return 0 if result.path else 1


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


# --------------------------------------------------------------------------- parser
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medialit",
        description="medialit: a media-literacy course in Jupyter notebooks.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    progress = sub.add_parser("progress", help="summarise your saved answers, or export them")
    progress.add_argument("--student", help="whose answers (default: the name set in lesson 00)")
    progress_sub = progress.add_subparsers(dest="progress_command", metavar="ACTION")
    export = progress_sub.add_parser("export", help="write the one file you hand in")
    export.add_argument("file", help="where to write it, e.g. my-answers.json")
    export.add_argument("--student", dest="export_student", help=argparse.SUPPRESS)
    progress.set_defaults(handler=_progress)

    exercises = sub.add_parser("exercises", help="write exercises/ from solutions/")
    exercises.add_argument(
        "--check",
        action="store_true",
        help="change nothing; fail if exercises/ differ from the solutions",
    )
    exercises.add_argument("--solutions", default="solutions", help="folder of solution notebooks")
    exercises.add_argument("--exercises", default="exercises", help="folder to write")
    exercises.set_defaults(handler=_exercises)

    grade = sub.add_parser(
        "gradebook", help="grade many answer files; write CSV and an HTML report"
    )
    grade.add_argument("paths", nargs="+", help="answer files or folders of them")
    grade.add_argument("--out", default="gradebook-out", help="folder for the CSV files and report")
    grade.add_argument(
        "--score",
        choices=("first", "best", "latest"),
        default="first",
        help="which attempt of each question counts in the grades (default: first, what the "
        "student knew before any feedback); the item analysis always uses first attempts",
    )
    grade.add_argument(
        "--levels",
        metavar="CSV",
        help="a reflections.csv with the levels you gave (default: the one in --out, if any)",
    )
    grade.add_argument(
        "--course",
        metavar="FOLDER",
        help="a course folder (course.yaml, article, banks); default: the course medialit ships",
    )
    grade.add_argument(
        "--lesson",
        nargs="+",
        metavar="LESSON",
        help="grade only these lessons, by slug, number or notebook stem (e.g. --lesson 02 "
        "evidence); default: every lesson and practice article",
    )
    grade.add_argument(
        "--test",
        action="store_true",
        help="the hand-ins are a test's, from a students' copy made by `medialit release`: "
        "leave out the questions that copy does not have (the catch items); on the hub in "
        "exam mode this is the default",
    )
    grade.add_argument(
        "--export",
        action="append",
        choices=("canvas", "moodle", "csv"),
        help="also write a grade file for the school's platform, one column per lesson "
        "(may be given more than once)",
    )
    grade.set_defaults(handler=_gradebook)
    handin = sub.add_parser("handin", help="hand in your answers to your teacher's folder")
    handin.add_argument("--student", help="whose answers (default: the name set in lesson 00)")
    handin.add_argument(
        "--to", metavar="FOLDER", help="the hand-in folder (default: the course settings)"
    )
    handin.set_defaults(handler=_handin)

    new = sub.add_parser("new-lesson", help="draft a course folder from any English news article")
    new.add_argument(
        "article", help="the article as a text file: headline first, blank lines between paragraphs"
    )
    new.add_argument("--slug", required=True, help="a short name for the lesson, e.g. my-article")
    new.add_argument("--out", metavar="FOLDER", help="where to write the course (default: ./SLUG)")
    new.set_defaults(handler=_new_lesson)

    key = sub.add_parser("key", help="write a printable answer key (HTML) from the question banks")
    key.add_argument(
        "lesson", nargs="?", help="one lesson (05, evidence or 05-evidence); default: all"
    )
    key.add_argument("--out", default="answer-key.html", help="the file to write")
    key.add_argument("--course", metavar="FOLDER", help="a course folder; default: medialit's own")
    key.set_defaults(handler=_key)

    rel = sub.add_parser(
        "release", help="write the students' copy of the course for a test (no answer key)"
    )
    rel.add_argument("--out", required=True, metavar="FOLDER", help="a new folder to write")
    rel.add_argument("--course", metavar="FOLDER", help="a course folder; default: medialit's own")
    rel.set_defaults(handler=_release)

    feed = sub.add_parser(
        "feedback",
        help="after grading a test: write each student their answers, key and explanations",
    )
    feed.add_argument("handins", help="the hand-in folder (one folder per student inside)")
    feed.add_argument(
        "--course", metavar="FOLDER", help="the full course (with its key); default: medialit's own"
    )
    feed.add_argument(
        "--out",
        metavar="FOLDER",
        help="a folder of per-student folders to write into (default: each hand-in folder)",
    )
    feed.add_argument(
        "--score", choices=("first", "best", "latest"), default="first", help="which attempt counts"
    )
    feed.set_defaults(handler=_feedback)

    hand = sub.add_parser(
        "handouts", help="write a pack to print: article, rules card, exit tickets, keys"
    )
    hand.add_argument(
        "lesson", nargs="?", help="one lesson's tickets and key (05, evidence); default: all"
    )
    hand.add_argument("--out", default="handouts", help="the folder to write")
    hand.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size")
    hand.add_argument("--course", metavar="FOLDER", help="a course folder; default: medialit's own")
    hand.set_defaults(handler=_handouts)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    stdout, stderr = sys.stdout, sys.stderr
    # Everything printed, argparse's own messages too (they repeat what was typed).
    sys.stdout, sys.stderr = _PrintableStream(stdout), _PrintableStream(stderr)
    command = "COMMAND"
    try:
        parser = _parser()
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help()
            return 0
        command = args.command
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        # Output piped into `head` or a pager that closed early: not the user's problem.
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
        return 0
    except OSError as exc:  # the last net: a file a handler did not expect to fail
        where = printable(exc.filename) + ": " if exc.filename else ""
        _say(
            f"medialit {command}: {where}{_reason(exc)}. Check the paths you gave, and "
            "that you may read and write there."
        )
        return 1
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    finally:
        sys.stdout, sys.stderr = stdout, stderr


if __name__ == "__main__":
    sys.exit(main())
