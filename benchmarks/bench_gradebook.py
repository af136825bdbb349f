"""Time the gradebook on a generated class: 1,000 answer files, bad files mixed in, graded
and written out as the full report (CSV files, class page with its charts, a page per
student).

    python benchmarks/bench_gradebook.py [--students 1000] [--repeat 5]

Prints the grading, the report and the total (min and median of the runs), then a
`name: figure (target) OK/OVER` line (the budget: 1,000 files with the full report in 3 s,
on the median total) and exits 1 when over. The wall-clock figure is the budget; the CPU time
of this process and the load average are printed beside it, since a shared, loaded machine
stretches the wall clock. Questions come from the course's banks; every saved response is
re-scored by the quiz engine (the gradebook never trusts a score written in a file).
"""

from __future__ import annotations

import argparse
import math
import os
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

BUDGET_S = 3.0


def _spread(figures: list[float]) -> str:
    return f"min {min(figures):.2f} s, median {statistics.median(figures):.2f} s"


def main(argv: list[str] | None = None) -> int:
    """Generate the class, grade it and write the report `repeat` times; print the grading,
    the report and the total (min and median) and the budget on the median total."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    catalogue = course_catalogue()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "class"
        manifest = make_class(folder, students=args.students, seed=0, catalogue=catalogue)
        bad = sum(kind != "good" for kind in manifest.values())
        times, cpu, grading, reporting = [], [], [], []
        for _ in range(args.repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            book = gradebook(folder)
            graded = time.perf_counter()
            write_report(book, Path(tmp) / "out")
            end = time.perf_counter()
            times.append(end - start)
            cpu.append(time.process_time() - start_cpu)
            grading.append(graded - start)
            reporting.append(end - graded)
        median = statistics.median(times)
        pages = len(list((Path(tmp) / "out" / "students").glob("*.html")))
        # The whole command once, cold: interpreter, imports, banks, grading and report.
        start = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "medialit.cli", "gradebook", str(folder), "--out",
             str(Path(tmp) / "cli-out")],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        cli_s = time.perf_counter() - start
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else math.nan
    print(
        f"  {len(catalogue)} questions; {len(book.students)} students graded, "
        f"{len(book.problems)} problems, {pages} student pages; {args.repeat} runs on "
        f"{os.cpu_count()} cores, load average {load:.1f} (other work stretches the clock)"
    )
    print(f"  grading: {_spread(grading)}")
    print(f"  report (CSV files, class page with its charts, student pages): {_spread(reporting)}")
    print(f"  total: {_spread(times)}; CPU time of this process {_spread(cpu)}")
    # The first run writes the pages into an empty folder; the others write over them, as a
    # teacher's second run does (a page is written over in place, which costs less).
    print(f"  first run (pages into an empty folder): {times[0]:.2f} s, CPU {cpu[0]:.2f} s")
    print(f"  `medialit gradebook` end to end, cold (imports, banks): {cli_s:.2f} s "
          f"(exit {run.returncode})")  # fmt: skip
    ok = median <= BUDGET_S
    print(
        f"gradebook with the full report, {args.students:,} answer files (+{bad} bad), median "
        f"of {args.repeat}: {median:.2f} s (target <= {BUDGET_S:g} s) {'OK' if ok else 'OVER'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
