"""The `medialit` command: progress, exercises, gradebook.

Each subcommand's handler lives beside the code it drives and is imported when it runs (a
plain import, so tools can follow it); this module only parses arguments, so `medialit --help`
answers fast. Every subcommand returns an exit code and prints friendly
messages, never a traceback, for problems a student or instructor can fix.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def _progress(args: argparse.Namespace) -> int:
    from medialit._session import cli_progress

    return cli_progress(args)


def _exercises(args: argparse.Namespace) -> int:
    from medialit._exercises import cli_exercises

    return cli_exercises(args)


def _gradebook(args: argparse.Namespace) -> int:
    from medialit._report import cli_gradebook

    return cli_gradebook(args)


def _handin(args: argparse.Namespace) -> int:
    from medialit._session import cli_handin

    return cli_handin(args)


def _new_lesson(args: argparse.Namespace) -> int:
    from medialit._newlesson import cli_new_lesson

    return cli_new_lesson(args)


def _key(args: argparse.Namespace) -> int:
    from medialit._key import cli_key

    return cli_key(args)


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        # Output piped into `head` or a pager that closed early: not the user's problem.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
