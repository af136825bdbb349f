"""The exercise generator: golden files, marker errors, --check, the repository's notebooks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from medialit import cli
from medialit._exercises import check, dumps, exercise_notebook, generate, write

GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parents[1]


def _notebook(*sources: str, cell_type: str = "code") -> dict:
    cells = []
    for number, source in enumerate(sources, start=1):
        cell = {"cell_type": cell_type, "id": f"c{number}", "metadata": {}, "source": source}
        if cell_type == "code":
            cell.update(execution_count=None, outputs=[])
        cells.append(cell)
    return {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def _code(notebook: dict, index: int) -> str:
    return "".join(notebook["cells"][index]["source"])


@pytest.fixture
def course(tmp_path: Path) -> Path:
    """A course folder with the golden solution as its only solution notebook."""
    (tmp_path / "solutions").mkdir()
    shutil.copy(GOLDEN / "solution.ipynb", tmp_path / "solutions" / "01-golden.ipynb")
    return tmp_path


def test_golden_exercise_matches_byte_for_byte(tmp_path: Path) -> None:
    """Does the golden solution notebook give exactly the golden exercise file?"""
    (tmp_path / "s").mkdir()
    shutil.copy(GOLDEN / "solution.ipynb", tmp_path / "s" / "99-golden.ipynb")
    made = generate(tmp_path / "s")["99-golden.ipynb"]
    assert made == (GOLDEN / "exercise.ipynb").read_text(encoding="utf-8")


def test_generating_twice_gives_identical_bytes(course: Path) -> None:
    """Does regenerating give the same bytes, so `--check` is stable?"""
    write(course / "solutions", course / "exercises")
    first = (course / "exercises" / "01-golden.ipynb").read_bytes()
    assert write(course / "solutions", course / "exercises") == []
    assert (course / "exercises" / "01-golden.ipynb").read_bytes() == first


def test_an_exercise_is_a_fixed_point() -> None:
    """Is an exercise, fed back in as a solution, left unchanged (no markers remain)?"""
    exercise = json.loads((GOLDEN / "exercise.ipynb").read_text(encoding="utf-8"))
    assert dumps(exercise_notebook(exercise, "exercise")) == dumps(exercise)


def test_exercise_cells_have_no_outputs_and_no_solution_code() -> None:
    """Are outputs, execution counts and every solution line gone from the exercise?"""
    solution = json.loads((GOLDEN / "solution.ipynb").read_text(encoding="utf-8"))
    exercise = exercise_notebook(solution, "golden")
    code = [c for c in exercise["cells"] if c["cell_type"] == "code"]
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    text = json.dumps(exercise)
    assert "table[table" not in text and "round(2 / 3" not in text and "They could lose" not in text


def test_block_becomes_runnable_stub_with_assigned_names() -> None:
    """Does a solution block become `# Your code here` plus `name = ...` for each name?"""
    notebook = _notebook(
        "x = 1\n# BEGIN SOLUTION\na = x + 1\nb, c = a, a\na += 1\n# END SOLUTION\n"
    )
    stub = _code(exercise_notebook(notebook, "nb"), 0)
    assert stub == "x = 1\n# Your code here\na = ...\nb = ...\nc = ..."
    exec(compile(stub, "stub", "exec"), {})  # noqa: S102 - the stub must run as it is


def test_indented_block_keeps_its_indentation_and_stays_valid() -> None:
    """Does a block inside a loop keep its indentation and a statement, so the cell runs?"""
    notebook = _notebook(
        "for i in range(2):\n    # BEGIN SOLUTION\n    print(i)\n    # END SOLUTION\n"
    )
    stub = _code(exercise_notebook(notebook, "nb"), 0)
    assert stub == "for i in range(2):\n    # Your code here\n    ..."
    exec(compile(stub, "stub", "exec"), {})  # noqa: S102


def test_solution_line_keeps_indentation_and_name() -> None:
    """Does `name = expr  # SOLUTION` become `name = ...` at the same indentation?"""
    notebook = _notebook("if True:\n    total = 2 + 2  # SOLUTION\nprint(total)\n")
    assert _code(exercise_notebook(notebook, "nb"), 0) == "if True:\n    total = ...\nprint(total)"


def test_markdown_model_answer_becomes_a_prompt() -> None:
    """Does a model answer in markdown become a prompt to write one's own?"""
    notebook = _notebook(
        "Question?\n<!-- BEGIN SOLUTION -->\nModel answer.\n<!-- END SOLUTION -->\n",
        cell_type="markdown",
    )
    out = _code(exercise_notebook(notebook, "nb"), 0)
    assert "Model answer" not in out and out.startswith("Question?\n") and "Your answer" in out


@pytest.mark.parametrize(
    ("source", "cell_type", "words"),
    [
        ("# BEGIN SOLUTION\n# BEGIN SOLUTION\nx = 1\n# END SOLUTION\n", "code", "nested"),
        ("# BEGIN SOLUTION\nx = 1\n", "code", "unclosed"),
        ("x = 1\n# END SOLUTION\n", "code", "without"),
        ("print(1)  # SOLUTION\n", "code", "must assign"),
        ("table['a'] = 1  # SOLUTION\n", "code", "plain name"),
        ("x = (1 +  # SOLUTION\n 2)\n", "code", "whole assignment"),
        ("# BEGIN SOLUTION\nx = (\n# END SOLUTION\n", "code", "not valid Python"),
        ("<!-- BEGIN SOLUTION -->\n<!-- BEGIN SOLUTION -->\n", "markdown", "nested"),
        ("<!-- BEGIN SOLUTION -->\nanswer\n", "markdown", "unclosed"),
        ("<!-- END SOLUTION -->\n", "markdown", "without"),
    ],
)
def test_broken_markers_raise_naming_notebook_and_cell(
    source: str, cell_type: str, words: str
) -> None:
    """Does a broken marker raise ValueError naming the notebook, the cell and the problem?"""
    notebook = _notebook("ok = 1\n" if cell_type == "code" else "fine", cell_type=cell_type)
    notebook["cells"].append({**notebook["cells"][0], "id": "bad", "source": source})
    with pytest.raises(ValueError, match=r"solutions/07-x.ipynb, cell 2 \(id bad\)") as info:
        exercise_notebook(notebook, "solutions/07-x.ipynb")
    assert words in str(info.value)


def test_check_passes_when_exercises_match(course: Path) -> None:
    """Does `check` find nothing wrong right after writing?"""
    write(course / "solutions", course / "exercises")
    assert check(course / "solutions", course / "exercises") == []


def test_check_names_the_notebook_and_cell_that_differ(course: Path) -> None:
    """Does `check` name the notebook and the first cell edited by hand?"""
    write(course / "solutions", course / "exercises")
    path = course / "exercises" / "01-golden.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    notebook["cells"][3]["source"] = ["share = 0.67\n"]
    path.write_text(dumps(notebook), encoding="utf-8")
    problems = check(course / "solutions", course / "exercises")
    assert len(problems) == 1
    assert "01-golden.ipynb" in problems[0] and "cell 4 (id task-2)" in problems[0]


def test_check_names_missing_and_extra_notebooks(course: Path) -> None:
    """Does `check` report an exercise that is missing and one that no solution makes?"""
    (course / "exercises").mkdir()
    (course / "exercises" / "05-stale.ipynb").write_text("{}", encoding="utf-8")
    problems = check(course / "solutions", course / "exercises")
    assert any("01-golden.ipynb: missing" in p for p in problems)
    assert any("05-stale.ipynb: extra" in p for p in problems)


def test_write_removes_stale_exercises(course: Path) -> None:
    """Does regenerating remove an exercise whose solution is gone (exercises are generated)?"""
    (course / "exercises").mkdir()
    (course / "exercises" / "05-stale.ipynb").write_text("{}", encoding="utf-8")
    changed = write(course / "solutions", course / "exercises")
    assert not (course / "exercises" / "05-stale.ipynb").exists()
    assert any("removed" in line and "05-stale" in line for line in changed)


def test_cli_check_exit_codes(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Does `medialit exercises --check` exit 0 when in step, 1 naming the cell when not?"""
    args = [
        "exercises",
        "--solutions",
        str(course / "solutions"),
        "--exercises",
        str(course / "ex"),
    ]
    assert cli.main(args) == 0
    assert cli.main([*args, "--check"]) == 0
    path = course / "ex" / "01-golden.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    notebook["cells"][2]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["2\n"]}]
    path.write_text(dumps(notebook), encoding="utf-8")
    capsys.readouterr()
    assert cli.main([*args, "--check"]) == 1
    err = capsys.readouterr().err
    assert "01-golden.ipynb: cell 3 (id task-1) differs (outputs)" in err


def test_cli_reports_a_broken_marker_without_traceback(
    course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does the CLI print the marker error naming notebook and cell, and exit 2, not crash?"""
    path = course / "solutions" / "01-golden.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    notebook["cells"][2]["source"] = ["# BEGIN SOLUTION\n", "x = 1\n"]
    path.write_text(dumps(notebook), encoding="utf-8")
    code = cli.main(
        ["exercises", "--solutions", str(course / "solutions"), "--exercises", str(course / "ex")]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "01-golden.ipynb, cell 3 (id task-1)" in err and "unclosed" in err
    assert "Traceback" not in err


def test_cli_without_solutions_folder_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Does the CLI explain a missing solutions folder instead of crashing?"""
    code = cli.main(
        ["exercises", "--solutions", str(tmp_path / "nope"), "--exercises", str(tmp_path / "ex")]
    )
    assert code == 2 and "no folder" in capsys.readouterr().err


def test_repository_exercises_match_solutions() -> None:
    """Does the committed exercises/ folder match what solutions/ generate (`--check`)?"""
    assert sorted(p.name for p in (ROOT / "solutions").glob("*.ipynb")), "no solution notebooks"
    assert check(ROOT / "solutions", ROOT / "exercises") == []
