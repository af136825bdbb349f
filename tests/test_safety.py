"""Student and instructor files are read as data, never as code."""

from __future__ import annotations

import ast
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
    from medialit import _data

    path = tmp_path / "statements.csv"
    path.write_text("id\n" + "x" * (_data.MAX_DATA_BYTES + 1))
    with pytest.raises(ValueError, match=r"statements\.csv: larger than"):
        _data.read_statements(path)


def test_oversized_question_bank_is_refused_with_a_message(tmp_path):
    """Is a question bank far over the size cap refused by name?"""
    import medialit
    from medialit import _quiz

    path = tmp_path / "huge.yaml"
    path.write_text("# " + "x" * (_quiz.MAX_BANK_BYTES + 1))
    with pytest.raises(ValueError, match=r"huge\.yaml: larger than"):
        medialit.load_quiz(path)


def test_oversized_notebook_is_refused_by_the_exercise_generator(tmp_path):
    """Does the exercise generator refuse a notebook far over the cap, naming it?"""
    from medialit import _exercises

    path = tmp_path / "01-big.ipynb"
    path.write_text(" " * (_exercises.MAX_NOTEBOOK_BYTES + 1))
    with pytest.raises(ValueError, match=r"01-big\.ipynb: larger than"):
        _exercises._read(path)
