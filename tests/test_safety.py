"""Student and instructor files are read as data, never as code."""

from __future__ import annotations

import ast
import html
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "medialit"
SOURCES = sorted(PACKAGE.rglob("*.py"))

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "joblib"}


def _problems(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                found.append(f"line {node.lineno}: {func.id}()")
            # yaml.load without SafeLoader can build arbitrary objects; only safe_load is allowed.
            if (
                isinstance(func, ast.Attribute)
                and func.attr in {"load", "load_all", "unsafe_load"}
                and isinstance(func.value, ast.Name)
                and func.value.id == "yaml"
                and not any(
                    k.arg == "Loader" and "SafeLoader" in ast.unparse(k.value)
                    for k in node.keywords
                )
            ):
                found.append(f"line {node.lineno}: yaml.{func.attr}()")
            if isinstance(func, ast.Attribute) and func.attr in {"read_pickle", "to_pickle"}:
                found.append(f"line {node.lineno}: .{func.attr}()")
            for keyword in node.keywords:
                if keyword.arg == "shell" and getattr(keyword.value, "value", False) is True:
                    found.append(f"line {node.lineno}: subprocess with shell=True")
        elif isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {a.name}"
                for a in node.names
                if a.name.split(".")[0] in FORBIDDEN_MODULES
            ]
        elif (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").split(".")[0] in FORBIDDEN_MODULES
        ):
            found.append(f"line {node.lineno}: from {node.module} import ...")
    return found


def test_the_scan_finds_what_it_looks_for():
    """Would the scan notice eval, pickle and yaml.load if someone added them?"""
    bad = "import pickle\nimport yaml\neval('1')\nyaml.load(s)\npd.read_pickle(p)\n"
    assert len(_problems(ast.parse(bad))) == 4
    safe = "yaml.load(s, Loader=yaml.SafeLoader)\nyaml.safe_load(s)\n"
    assert _problems(ast.parse(safe)) == []


def test_package_has_sources_to_scan():
    """Does the scan see the package's modules (so an empty result means something)?"""
    names = {p.name for p in SOURCES}
    assert {"__init__.py", "_article.py", "cli.py"} <= names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_eval_exec_or_pickle_in_the_package(path):
    """Does this module stay away from eval, exec, pickle and unsafe YAML?"""
    assert _problems(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_oversized_data_file_is_refused_with_a_message(tmp_path):
    """Is a statements file far over the size cap refused by name, before it is parsed?"""
    import medialit
    from medialit import _data

    path = tmp_path / "statements.csv"
    path.write_text("id\n" + "x" * (_data.MAX_DATA_BYTES + 1))
    with pytest.raises(ValueError, match=r"statements\.csv: larger than"):
        _data.read_statements(path, medialit.load_article())


def test_oversized_question_bank_is_refused_with_a_message(tmp_path):
    """Is a question bank far over the size cap refused by name?"""
    import medialit
    from medialit import _course

    path = tmp_path / "huge.yaml"
    path.write_text("# " + "x" * (_course.MAX_BANK_BYTES + 1))
    with pytest.raises(ValueError, match=r"huge\.yaml: larger than"):
        medialit.load_quiz(path)


def test_oversized_notebook_is_refused_by_the_exercise_generator(tmp_path):
    """Does the exercise generator refuse a notebook far over the cap, naming it?"""
    from medialit import _exercises

    path = tmp_path / "01-big.ipynb"
    path.write_text(" " * (_exercises.MAX_NOTEBOOK_BYTES + 1))
    with pytest.raises(ValueError, match=r"01-big\.ipynb: larger than"):
        _exercises._read(path)


PAYLOADS = (
    '<script>alert("x")</script>',
    '" onmouseover="alert(1)',
    "<img src=x onerror=alert(1)>",
)


def _poison(value, payload):
    """Prefix every human-readable string of a bank with a payload (ids and keys stay valid)."""
    readable = {"title", "prompt", "text", "feedback", "model_answer", "target", "key_reason"}
    if isinstance(value, dict):
        return {
            k: (payload + " " + v if k in readable and isinstance(v, str) else _poison(v, payload))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_poison(v, payload) for v in value]
    return value


def _html_of(widget) -> list[str]:
    """Every HTML string a widget tree hands to the browser as markup."""
    import ipywidgets as widgets

    found = []
    if isinstance(widget, widgets.HTML | widgets.HTMLMath):
        found.append(widget.value)
    if getattr(widget, "description_allow_html", False):
        found.append(widget.description)
    for child in getattr(widget, "children", ()):
        found += _html_of(child)
    return found


def _assert_inert(markup: str, payload: str) -> None:
    assert "<script" not in markup.lower()
    assert "<img" not in markup.lower()
    assert 'onmouseover="' not in markup


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_hostile_question_bank_renders_as_text(payload, tmp_path):
    """Do <script> and attribute-breaking text in a bank reach the page only as escaped text?"""
    import yaml

    from medialit import load_quiz
    from medialit._quiz_view import QuizView

    sample = Path(__file__).parent / "data" / "sample.yaml"
    bank = yaml.safe_load(sample.read_text())
    for question in bank["questions"]:
        if question["type"] == "mark":  # a free-text target needs its own key
            question.update(key=["seem to indicate"], key_reason="The hedge of the sentence.")
    bank = _poison(bank, payload)
    path = tmp_path / "sample.yaml"
    path.write_text(yaml.safe_dump(bank))
    view = QuizView(load_quiz(path))
    first = view.views["source-of-s03"]
    first.radio.value = first.radio.options[0][1]
    first.button.click()  # feedback from the bank now on the page too
    markup = _html_of(view.box)
    assert any(("&lt;" in m or "&quot;" in m) for m in markup), "payload should appear, escaped"
    for m in markup:
        _assert_inert(m, payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_student_text_renders_as_text(payload):
    """Is a student's reflection or name shown escaped, never as markup?"""
    from medialit import load_quiz
    from medialit._forms import student_form
    from medialit._quiz_view import QuizView

    view = QuizView(load_quiz(Path(__file__).parent / "data" / "sample.yaml"))
    reflection = view.views["reflect-sources"]
    reflection.textarea.value = payload
    reflection.button.click()
    form = student_form()
    form.name_input.value = payload
    form.save_button.click()
    markup = _html_of(view.box) + _html_of(form)
    assert any(html.escape(payload, quote=True) in m for m in markup), "the name is shown, escaped"
    for m in markup:
        _assert_inert(m, payload)
