"""The `medialit` command: progress, hand-in, exercises, gradebook, new lessons, answer keys,
a test's students' copy (release) and feedback.

Here are the arguments, the students' commands (progress, hand-in) and the last net for
errors; the teacher's commands are `medialit._cli_teacher`. The library functions they call
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

from medialit._cli_io import _PrintableStream, _reason, _say
from medialit._cli_teacher import (
    _exercises,
    _feedback,
    _gradebook,
    _handouts,
    _key,
    _new_lesson,
    _release,
)
from medialit._output import printable


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
