"""The package's rooms: who may import whom (as docs/architecture.md draws it), and where
item types are named."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import medialit
from medialit._controls import CONTROLS
from medialit.items import ITEM_TYPES

PACKAGE = Path(medialit.__file__).parent
# The model: course data and scoring. It never imports the store, the session or a view.
MODEL = (
    "_article",
    "_attempts",
    "_course",
    "_data",
    "items",
    "_labels",
    "_quiz",
    "_rules",
    "_timeline",
)
VIEWS = ("_view", "_controls", "_quiz_view", "_forms", "_annotator", "_display")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path, *, for_typing: bool = False) -> set[str]:
    """The medialit modules (and third-party roots) a module imports when it runs: at the top
    or inside functions, but not under `if TYPE_CHECKING:` (unless `for_typing`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if for_typing:
            break
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for child in node.body for n in ast.walk(child))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "medialit":  # from medialit import _store -> medialit._store
                found.update(
                    f"medialit.{a.name}" if re.match(r"_[a-z]", a.name) else "medialit"
                    for a in node.names
                )
            else:  # from medialit.items import single -> medialit.items.single, a module
                found.update(
                    f"{node.module}.{a.name}"
                    if (PACKAGE.parent / node.module.replace(".", "/") / f"{a.name}.py").is_file()
                    else node.module
                    for a in node.names
                )
    return found


GRAPH = {
    _module_name(path): {m for m in _runtime_imports(path) if m.startswith("medialit")}
    for path in sorted(PACKAGE.rglob("*.py"))
}
# The same with the imports made only for type checking.
TYPING_GRAPH = {
    _module_name(path): {
        m for m in _runtime_imports(path, for_typing=True) if m.startswith("medialit")
    }
    for path in sorted(PACKAGE.rglob("*.py"))
}


@pytest.mark.parametrize("graph", [GRAPH, TYPING_GRAPH], ids=["running", "type-checking"])
def test_no_import_circle_anywhere_in_the_package(graph: dict[str, set[str]]) -> None:
    """Can the package's modules be ordered so that each imports only earlier ones, even
    counting the imports made only for type checking (the package itself aside, whose
    `__init__` names every public thing for type checkers)?"""
    graph = {m: {i for i in imported if i != "medialit"} for m, imported in graph.items()}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        if module in path:
            cycle = " -> ".join((*path[path.index(module) :], module))
            pytest.fail(f"import circle: {cycle}")
        if module in done:
            return
        for imported in sorted(graph.get(module, ())):
            visit(imported, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())
    assert len(done) >= len(graph)


@pytest.mark.parametrize("name", MODEL)
def test_the_model_imports_no_store_session_or_view(name: str) -> None:
    """Does scoring stay independent of saving and showing?"""
    room = PACKAGE / name
    files = sorted(room.rglob("*.py")) if room.is_dir() else [PACKAGE / f"{name}.py"]
    imports = set().union(*(_runtime_imports(path) for path in files))
    forbidden = {f"medialit.{m}" for m in ("_store", "_session", *VIEWS)} | {"ipywidgets"}
    assert not imports & forbidden, f"{name} imports {sorted(imports & forbidden)}"


# No file of the package is longer than this (issue 24): a longer one is split where its jobs part.
MAX_LINES = 600


def test_no_file_of_the_package_is_over_600_lines() -> None:
    """Is every .py file under src/medialit at most 600 lines long (lines counted as `wc -l`
    counts them: newline characters)?"""
    long = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := path.read_bytes().count(b"\n")) > MAX_LINES
    }
    assert long == {}, f"over {MAX_LINES} lines (split each where its jobs part): {long}"


def test_the_store_imports_nothing_of_the_course() -> None:
    """Is the answer file code free of quizzes, courses and views?"""
    imports = {m for m in _runtime_imports(PACKAGE / "_store.py") if m.startswith("medialit")}
    assert imports <= {"medialit"}, sorted(imports)  # the package itself, for its version


def test_item_types_are_named_only_in_the_registry_and_their_controls() -> None:
    """Outside `items/` and the controls, does no module of the package branch on a type?"""
    names = "|".join(ITEM_TYPES)
    branch = re.compile(rf"""(==|!=|\bin\b)\s*\(?["']({names})["']|["']({names})["']\s*(==|!=)""")
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "items":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if branch.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


def test_every_item_type_has_controls_and_a_plain_text_form() -> None:
    """Is every registered type shown by a control and described for text-only frontends?"""
    assert set(CONTROLS) == set(ITEM_TYPES)
    for item in ITEM_TYPES.values():
        assert item.label and item.how and item.example, item.name


def test_a_new_item_type_needs_only_its_entry_and_its_control(
    course_copy: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Does a type added with one registry entry and one control load from a bank, show,
    score, save, count in progress and grade, with no other change to the package?"""
    import ipywidgets as widgets

    from medialit import _controls, _session, _store, items
    from medialit._controls import Control
    from medialit._quiz_view import QuizView
    from medialit.items import RIGHT, WRONG, BankCheck, ItemType, Result, Unreadable

    class YesNo(ItemType):
        name = "yesno"
        label = "yes or no"
        required = frozenset({"answer", "why"})
        how = "yes or no"
        example = '"yes"'

        def validate(self, check: BankCheck, raw: dict[str, Any]) -> None:
            if raw["answer"] not in ("yes", "no"):
                raise check.fail("answer must be yes or no")

        def read(self, question: Any, response: Any) -> Any:
            if response not in ("yes", "no"):
                raise Unreadable('Answer "yes" or "no".')
            return response

        def score(self, question: Any, stored: Any) -> Result:
            right = stored == question.spec["answer"]
            return Result(
                valid=True,
                correct=right,
                score=float(right),
                feedback=question.spec["why"],
                verdict=RIGHT if right else WRONG,
            )

    class YesNoControl(Control):
        def build(self) -> list[Any]:
            self.toggle = widgets.ToggleButtons(options=["yes", "no"], value=None)
            return [self.toggle]

        def response(self) -> Any:
            return self.toggle.value

        def restore(self, shown: Any) -> None:
            self.toggle.value = shown

    monkeypatch.setitem(items.ITEM_TYPES, "yesno", YesNo())
    monkeypatch.setitem(_controls.CONTROLS, "yesno", YesNoControl)
    folder, load = course_copy
    (folder / "quizzes" / "extra.yaml").write_text(
        "slug: extra\ntitle: Extra\nquestions:\n"
        "  - {id: vouch, type: yesno, prompt: Does the author vouch for S03?, statement: S03,\n"
        "     answer: 'no', why: Diplomats say so; the author does not.}\n",
        encoding="utf-8",
    )
    manifest = folder / "course.yaml"
    text = manifest.read_text(encoding="utf-8").replace("lessons:\n", "lessons:\n  - extra\n", 1)
    manifest.write_text(text, encoding="utf-8")
    course = load()
    quiz = _session.load_quiz("extra", student="Ada", course=course)
    assert 'answer("vouch", "yes")' in quiz.text()
    view = QuizView(quiz).views["vouch"]
    view.toggle.value = "no"
    view.button.click()
    assert "✓ Right" in view.feedback.value
    assert not quiz.answer("vouch", "maybe").valid
    progress = _session.progress("Ada", course=course)
    assert [(p.quiz, p.answered, p.points) for p in progress.lessons if p.quiz == "extra"] == [
        ("extra", 1, 1.0)
    ]
    _store.export(tmp_path / "ada.json", student="Ada")
    book = medialit.gradebook(tmp_path / "ada.json", course=course)
    assert book.students.loc[0, "extra %"] == 100.0


USER_SCRIPT = """\
from pathlib import Path

import medialit
from medialit import Progress, Quiz, Result, gradebook, hand_in, load_course, load_quiz

course = load_course()
quiz: Quiz = load_quiz("first-read", course=course)
result: Result = quiz.answer(quiz.questions[0].id, "a")
summary: Progress = medialit.progress()
print(result.text(), summary, hand_in(Path("hand-in")).message, gradebook, medialit.show_quiz)
"""


def _mypy_strict(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user_code.py"
    script.write_text(source, encoding="utf-8")
    cache = str(tmp_path / "cache")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache, str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )


def test_user_code_type_checks_with_the_public_api_under_strict(tmp_path: Path) -> None:
    """Does a user's script that imports the public names pass `mypy --strict` (each name
    explicitly exported), and does mypy see their real types (a wrong one is caught)?"""
    ok = _mypy_strict(tmp_path, USER_SCRIPT)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    wrong = _mypy_strict(tmp_path, 'from medialit import load_quiz\nx: int = load_quiz("a")\n')
    assert wrong.returncode == 1 and 'has type "Quiz"' in wrong.stdout, wrong.stdout + wrong.stderr


def test_the_public_names_are_the_exports() -> None:
    """Does `__all__` (a literal list, for type checkers) name exactly what the package
    exports lazily, and does each name resolve?"""
    assert sorted(medialit.__all__) == sorted([*medialit._EXPORTS, "__version__"])
    for name in medialit._EXPORTS:
        assert getattr(medialit, name) is not None


ARCHITECTURE = PACKAGE.parents[1] / "docs" / "architecture.md"


def _room(module: str) -> str:
    """The room a module belongs to: `medialit.items.sort` -> `items`, `medialit._quiz` ->
    `_quiz`; the package itself is `medialit`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "medialit"


def _drawn() -> dict[str, set[str]]:
    """The arrows of docs/architecture.md's "Who imports whom" block: room -> rooms."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    block = re.search(r"## Who imports whom\n.*?```text\n(.*?)```", text, re.S)
    assert block, "docs/architecture.md has no 'Who imports whom' diagram"
    drawn: dict[str, set[str]] = {}
    for line in block.group(1).splitlines():
        if not line.strip():
            continue
        module, _, imported = line.partition("──▶")
        assert module.strip() not in drawn, f"{module.strip()} has two lines"
        drawn[module.strip()] = {m.strip() for m in imported.split(",") if m.strip()}
    return drawn


def _real() -> dict[str, set[str]]:
    """The package's imports between rooms (the package's own facade left out)."""
    real: dict[str, set[str]] = {}
    for module, imported in GRAPH.items():
        room = _room(module)
        if room == "medialit":
            continue
        others = {_room(m) for m in imported} - {room, "medialit"}
        real.setdefault(room, set()).update(others)
    return real


def test_the_architecture_page_draws_every_module() -> None:
    """Does the diagram in docs/architecture.md have a line for every module, and no more?"""
    assert sorted(_drawn()) == sorted(_real())


def test_every_arrow_of_the_architecture_page_is_a_real_import_and_back() -> None:
    """Is every arrow drawn an import the code makes, and every import between modules drawn?"""
    drawn, real = _drawn(), _real()
    arrows = {(a, b) for a, targets in drawn.items() for b in targets}
    imports = {(a, b) for a, targets in real.items() for b in targets}
    assert sorted(arrows - imports) == [], "drawn but not imported"
    assert sorted(imports - arrows) == [], "imported but not drawn"
