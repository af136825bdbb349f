"""Write the student exercises from the solution notebooks (one source, never two copies).

Markers, as in nbgrader and otter-grader:

- in a code cell, the lines between `# BEGIN SOLUTION` and `# END SOLUTION` become a stub
  that still runs: `# Your code here` and `name = ...` for each name the block assigns;
- a code line ending `# SOLUTION` (e.g. `total = len(table)  # SOLUTION`) becomes
  `total = ...`, keeping its indentation;
- in a markdown cell, the lines between `<!-- BEGIN SOLUTION -->` and `<!-- END SOLUTION -->`
  (a model answer) become a prompt to write one's own answer.

Outputs and execution counts are cleared. Output is written with the same JSON layout as
Jupyter's own (indent 1, sorted keys), so regenerating gives identical bytes.
"""

from __future__ import annotations

import ast
import copy
import json
import re
import textwrap
from pathlib import Path
from typing import Any

CODE_BEGIN = re.compile(r"^(?P<indent>[ \t]*)#+\s*BEGIN SOLUTION\s*$")
CODE_END = re.compile(r"^[ \t]*#+\s*END SOLUTION\s*$")
CODE_LINE = re.compile(r"^(?P<indent>[ \t]*)(?P<code>\S.*?)\s*#\s*SOLUTION\s*$")
MD_BEGIN = re.compile(r"^\s*<!--\s*BEGIN SOLUTION\s*-->\s*$")
MD_END = re.compile(r"^\s*<!--\s*END SOLUTION\s*-->\s*$")

STUB_COMMENT = "# Your code here"
WRITE_PROMPT = "✏️ *Your answer: double-click this cell, write it here, then press Shift+Enter.*"

# Check cells stay as they are in the exercise, but locked, as in Data 8 labs: a student who
# edits a check by accident would get misleading feedback.
CHECK_CELL = re.compile(r"^\s*check\.ex\d+\(")
LOCKED = {"deletable": False, "editable": False}

# Notebook metadata that matters to a student's Jupyter; the rest (widget state, editor
# settings, the Python version that last ran the solutions) is noise in the exercise.
KEEP_NB_METADATA = ("kernelspec",)


class _CellError(Exception):
    """A marker problem inside one cell; turned into a ValueError naming notebook and cell."""


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _split_source(text: str) -> list[str]:
    """Jupyter's on-disk form of a cell's source: a list of lines, each keeping its newline."""
    return text.splitlines(keepends=True)


def _assigned_names(tree: ast.Module) -> list[str]:
    """Names a block binds at its top level, in order of first appearance."""
    names: list[str] = []

    def add(target: ast.expr) -> None:
        if isinstance(target, ast.Name):
            if target.id not in names:
                names.append(target.id)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                add(element)
        elif isinstance(target, ast.Starred):
            add(target.value)

    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                add(target)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            add(node.target)
    return names


def _stub(block: list[str], indent: str) -> list[str]:
    """The runnable stand-in for a solution block."""
    code = textwrap.dedent("".join(block))
    try:
        tree = ast.parse(code)
    except SyntaxError as error:
        raise _CellError(f"the solution block is not valid Python ({error.msg})") from None
    names = _assigned_names(tree)
    lines = [f"{indent}{STUB_COMMENT}\n"]
    # An empty block would leave an indented body without a statement: `...` keeps it valid.
    lines += [f"{indent}{name} = ...\n" for name in names] or [f"{indent}...\n"]
    return lines


def _stub_line(indent: str, code: str) -> str:
    """`name = expression  # SOLUTION` -> `name = ...`."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        raise _CellError(
            f"a line marked '# SOLUTION' must be one whole assignment, got: {code!r}"
        ) from None
    node = tree.body[0] if len(tree.body) == 1 else None
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
        targets = [node.target]
    else:
        raise _CellError(f"a line marked '# SOLUTION' must assign to a name, got: {code!r}")
    if not all(isinstance(t, ast.Name) for t in targets):
        raise _CellError(f"a line marked '# SOLUTION' must assign to a plain name, got: {code!r}")
    names = " = ".join(t.id for t in targets)  # type: ignore[attr-defined]
    return f"{indent}{names} = ...\n"


def _code_cell(text: str) -> str:
    """The exercise version of a code cell's source."""
    out: list[str] = []
    block: list[str] | None = None
    indent = ""
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        begin = CODE_BEGIN.match(bare)
        if begin:
            if block is not None:
                raise _CellError("'# BEGIN SOLUTION' inside another solution block (nested)")
            block, indent = [], begin.group("indent")
        elif CODE_END.match(bare):
            if block is None:
                raise _CellError("'# END SOLUTION' without a '# BEGIN SOLUTION' before it")
            out += _stub(block, indent)
            block = None
        elif block is not None:
            block.append(line)
        elif (single := CODE_LINE.match(bare)) is not None:
            out.append(_stub_line(single.group("indent"), single.group("code")))
        else:
            out.append(line)
    if block is not None:
        raise _CellError("'# BEGIN SOLUTION' is never closed by '# END SOLUTION' (unclosed)")
    return "".join(out).rstrip("\n")


def _markdown_cell(text: str) -> str:
    """The exercise version of a markdown cell: model answers become a prompt."""
    out: list[str] = []
    inside = False
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if MD_BEGIN.match(bare):
            if inside:
                raise _CellError("'<!-- BEGIN SOLUTION -->' inside another one (nested)")
            inside = True
        elif MD_END.match(bare):
            if not inside:
                raise _CellError("'<!-- END SOLUTION -->' without a BEGIN before it")
            inside = False
            out.append(WRITE_PROMPT + "\n")
        elif not inside:
            out.append(line)
    if inside:
        raise _CellError("'<!-- BEGIN SOLUTION -->' is never closed (unclosed)")
    return "".join(out).rstrip("\n")


def _has_marker(text: str) -> bool:
    return "SOLUTION" in text


def exercise_notebook(solution: dict[str, Any], name: str = "<notebook>") -> dict[str, Any]:
    """The exercise made from one solution notebook (as a dict); `name` is used in errors."""
    notebook = copy.deepcopy(solution)
    metadata = notebook.get("metadata", {})
    notebook["metadata"] = {key: metadata[key] for key in KEEP_NB_METADATA if key in metadata}
    for number, cell in enumerate(notebook.get("cells", []), start=1):
        text = _source(cell)
        try:
            if cell.get("cell_type") == "code":
                new = _code_cell(text) if _has_marker(text) else text
                if _has_marker(text):
                    _must_parse(text, new)
                cell["outputs"] = []
                cell["execution_count"] = None
            elif cell.get("cell_type") == "markdown":
                new = _markdown_cell(text) if _has_marker(text) else text
            else:
                new = text
        except _CellError as error:
            cell_id = f" (id {cell['id']})" if cell.get("id") else ""
            raise ValueError(f"{name}, cell {number}{cell_id}: {error}") from None
        cell["source"] = _split_source(new)
        keep = {"tags": cell["metadata"]["tags"]} if cell.get("metadata", {}).get("tags") else {}
        if cell.get("cell_type") == "code" and CHECK_CELL.match(new):
            keep.update(LOCKED)
        cell["metadata"] = keep
    return notebook


def _must_parse(solution_text: str, exercise_text: str) -> None:
    """An exercise cell must still be valid Python wherever its solution was."""
    try:
        ast.parse(solution_text)
    except SyntaxError:
        return  # IPython magics and the like: not ours to judge
    try:
        ast.parse(exercise_text)
    except SyntaxError as error:
        raise _CellError(
            f"the exercise made from this cell is not valid Python ({error.msg})"
        ) from None


MAX_NOTEBOOK_BYTES = 20_000_000  # solutions with charts are well under 1 MB


def dumps(notebook: dict[str, Any]) -> str:
    """Serialise a notebook exactly as Jupyter does: stable, so equal notebooks give equal bytes."""
    return json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _read(path: Path) -> dict[str, Any]:
    if path.stat().st_size > MAX_NOTEBOOK_BYTES:
        raise ValueError(f"{path}: larger than {MAX_NOTEBOOK_BYTES} bytes; too big for a lesson")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: not a notebook (invalid JSON: {error.msg})") from None


def generate(solutions: Path) -> dict[str, str]:
    """Map each exercise file name to its text, made from every notebook in `solutions`."""
    result = {}
    for path in sorted(solutions.glob("*.ipynb")):
        result[path.name] = dumps(exercise_notebook(_read(path), str(path)))
    return result


def _first_difference(expected: str, actual: str) -> str:
    """Where two notebook texts differ, in words an instructor can act on."""
    try:
        want, have = json.loads(expected), json.loads(actual)
    except json.JSONDecodeError:
        return "it is not valid JSON"
    want_cells, have_cells = want.get("cells", []), have.get("cells", [])
    for number, (a, b) in enumerate(zip(want_cells, have_cells, strict=False), start=1):
        if a != b:
            cell_id = f" (id {a['id']})" if a.get("id") else ""
            parts = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
            return f"cell {number}{cell_id} differs ({', '.join(parts)})"
    if len(want_cells) != len(have_cells):
        return f"it has {len(have_cells)} cells; the solution makes {len(want_cells)}"
    if want != have:
        keys = [k for k in sorted(set(want) | set(have)) if want.get(k) != have.get(k)]
        return f"notebook {', '.join(keys)} differ"
    return "its formatting differs (regenerate it to fix)"


def check(solutions: Path, exercises: Path) -> list[str]:
    """Every way `exercises` differs from what `solutions` make; empty when they match."""
    expected = generate(solutions)
    problems = []
    present = {p.name: p for p in sorted(exercises.glob("*.ipynb"))} if exercises.is_dir() else {}
    for name, text in expected.items():
        path = exercises / name
        if name not in present:
            problems.append(f"{path}: missing (solutions/{name} has no exercise)")
            continue
        actual = path.read_text(encoding="utf-8")
        if actual != text:
            problems.append(f"{path}: {_first_difference(text, actual)}")
    for name in sorted(set(present) - set(expected)):
        problems.append(f"{exercises / name}: extra (no solution notebook makes it)")
    return problems


def write(solutions: Path, exercises: Path) -> list[str]:
    """Write `exercises` from `solutions`; returns what changed, one line per file."""
    expected = generate(solutions)
    exercises.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in expected.items():
        path = exercises / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(f"wrote {path}")
    # exercises/ is generated only: a notebook whose solution is gone is stale.
    for path in sorted(exercises.glob("*.ipynb")):
        if path.name not in expected:
            path.unlink()
            changed.append(f"removed {path} (no solution notebook makes it)")
    return changed
