"""Benchmark: load and build the widgets of a 10-question quiz (budget 200 ms).

Prints `name: figure (target) OK/OVER`. Run: .venv/bin/python benchmarks/bench_quiz.py
The bank is the engine's sample (one question of every type) cycled to 10 questions, so
every widget type is in the measurement; answers go to a temporary MEDIALIT_HOME.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "sample.yaml"
BUDGET_MS = 200.0
RUNS = 21


def ten_question_bank(folder: Path) -> Path:
    """The sample bank cycled to 10 questions, with unique ids."""
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    base = data["questions"]
    questions = []
    for i in range(10):
        q = dict(base[i % len(base)])
        q["id"] = f"{q['id']}-{i}"
        questions.append(q)
    data.update(slug="bench-ten", questions=questions)
    path = folder / "bench-ten.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def main() -> int:
    """Measure and print; exit 1 if over budget."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MEDIALIT_HOME"] = str(Path(tmp) / "home")
        path = ten_question_bank(Path(tmp))
        start = time.perf_counter()
        from medialit._quiz_view import QuizView
        from medialit._session import load_quiz

        QuizView(load_quiz(path))
        first_ms = (time.perf_counter() - start) * 1000
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            QuizView(load_quiz(path))
            times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    verdict = "OK" if median <= BUDGET_MS else "OVER"
    print(
        f"show 10-question quiz (median of {RUNS}): {median:.1f} ms (< {BUDGET_MS:.0f} ms) "
        f"{verdict}"
    )
    print(f"first show, imports included: {first_ms:.1f} ms (for information)")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
