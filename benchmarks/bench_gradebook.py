"""Time the gradebook on a generated class: 1,000 answer files, bad files mixed in.

    python benchmarks/bench_gradebook.py [--students 1000] [--repeat 5]

Prints `name: figure (target) OK/OVER` lines (the budget in DESIGN.md: under 5 s) and exits 1
when over. Questions come from the course's banks; every saved response is re-scored by the
quiz engine (the gradebook never trusts a score written in a file).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_class import make_class

from medialit._gradebook import catalogue as course_catalogue
from medialit._gradebook import gradebook
from medialit._report import write_report

BUDGET_S = 5.0


def main(argv: list[str] | None = None) -> int:
    """Generate the class, grade it `repeat` times and print the median."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    catalogue = course_catalogue()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "class"
        manifest = make_class(folder, students=args.students, seed=0, catalogue=catalogue)
        bad = sum(kind != "good" for kind in manifest.values())
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            book = gradebook(folder)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        start = time.perf_counter()
        write_report(book, Path(tmp) / "out")
        report_s = time.perf_counter() - start
        # The whole command once, cold: interpreter, imports, banks, grading and report.
        start = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "medialit.cli", "gradebook", str(folder), "--out",
             str(Path(tmp) / "cli-out")],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        cli_s = time.perf_counter() - start
    print(
        f"  {len(catalogue)} questions; {len(book.students)} students graded, "
        f"{len(book.problems)} problems; report written in {report_s:.2f} s; "
        f"`medialit gradebook` end to end {cli_s:.2f} s (exit {run.returncode})"
    )
    ok = median < BUDGET_S
    print(
        f"gradebook, {args.students:,} answer files (+{bad} bad), median of {args.repeat}: "
        f"{median:.2f} s (target < {BUDGET_S:g} s) {'OK' if ok else 'OVER'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
