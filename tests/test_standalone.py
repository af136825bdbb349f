"""The repository stands alone: no product file names a file outside it.

A teacher who clones the repository has only the repository. So the files a teacher or a
student reads — docs, README, lessons, solutions, exercises, the package (code comments, data
README, question banks, CSVs), deploy/ and the messages tests print — may not send them to
the team's notes outside it. The rules are docs/rules.md; the sourced facts are
src/medialit/data/facts.csv; a method or study is cited by its name and reference
("Wineburg & McGrew 2017"), which is fine. Only the outside files' names are refused.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The team's files outside the repository, in any spelling a product file might use.
OUTSIDE = re.compile(
    r"\b(?:FACTS|TEACHING|DESIGN|STYLE)\.md\b"
    r"|\.\./shared\b"
    r"|\bshared/(?:context|corpus|article|hooks)\b"
    r"|/work/shared\b",
    re.IGNORECASE,
)

# Folders and files whose whole text is product.
SCANNED = ("docs", "README.md", "notebooks", "solutions", "exercises", "src/medialit", "deploy")
TEXT_SUFFIXES = {
    ".md",
    ".py",
    ".ipynb",
    ".yaml",
    ".yml",
    ".csv",
    ".txt",
    ".cfg",
    ".toml",
    ".json",
    ".sh",
    ".html",
    ".j2",
    ".service",
    ".conf",
    "",
}

# Other engineers' files that still name an outside file. Each is fixed by its owner; the
# integrator empties this list. A file listed here that has no hit any more fails the test,
# so the list only shrinks.
ALLOWED: dict[str, str] = {}


def product_files() -> list[Path]:
    files: list[Path] = []
    for name in SCANNED:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix in TEXT_SUFFIXES
                and ".ipynb_checkpoints" not in p.parts
                and "__pycache__" not in p.parts
            )
    return files


def text_hits(path: Path) -> list[str]:
    """'file:line: the name' for every outside file a product file names."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return []
    rel = path.relative_to(ROOT).as_posix()
    return [
        f"{rel}:{number}: {match.group(0)}"
        for number, line in enumerate(text.splitlines(), start=1)
        for match in OUTSIDE.finditer(line)
    ]


def _strings(node: ast.AST) -> list[tuple[int, str]]:
    """The string constants in an expression (an f-string's fixed parts included)."""
    return [
        (sub.lineno, sub.value)
        for sub in ast.walk(node)
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str)
    ]


def _pytest_message_call(func: ast.AST) -> bool:
    """pytest.fail / skip / xfail / importorskip, or pytest.mark.skipif / xfail: calls whose
    text a test run prints."""
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr not in ("fail", "skip", "xfail", "skipif", "importorskip"):
        return False
    root = func.value
    while isinstance(root, ast.Attribute):
        root = root.value
    return isinstance(root, ast.Name) and root.id == "pytest"


def message_hits(path: Path, root: Path = ROOT) -> list[str]:
    """'file:line: the name' for every outside file a test's message names: an assert's
    message, or the text of pytest.fail / skip / xfail and the reason of a skipif mark."""
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    messages: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert) and node.msg is not None:
            messages.append(node.msg)
        elif isinstance(node, ast.Call) and _pytest_message_call(node.func):
            messages.extend(node.args)
            messages.extend(k.value for k in node.keywords if k.arg in ("reason", "msg"))
    found = sorted(
        (line, match.group(0))
        for message in messages
        for line, value in _strings(message)
        for match in OUTSIDE.finditer(value)
    )
    return [f"{rel}:{line}: {name}" for line, name in found]


def all_hits() -> list[str]:
    hits = [hit for path in product_files() for hit in text_hits(path)]
    for path in sorted((ROOT / "tests").rglob("*.py")):
        hits.extend(message_hits(path))
    return hits


def _file(hit: str) -> str:
    return hit.split(":", 1)[0]


def test_no_product_file_names_a_file_outside_the_repository() -> None:
    """Does no doc, lesson, bank, data file, code comment, deploy file or test message name a
    file outside the repository (other engineers' listed files aside, until integration)?"""
    hits = [hit for hit in all_hits() if _file(hit) not in ALLOWED]
    assert not hits, "names a file outside the repository:\n" + "\n".join(hits)


def test_the_allow_list_only_shrinks() -> None:
    """Does every allowed file still have a hit (else it must leave the list), and is each
    entry explained?"""
    still = {_file(hit) for hit in all_hits()}
    stale = sorted(name for name in ALLOWED if name not in still)
    assert not stale, f"fixed; remove from ALLOWED: {stale}"
    assert all(reason.startswith("owned by ") for reason in ALLOWED.values())


def test_the_scan_finds_a_named_outside_file(tmp_path: Path) -> None:
    """Does the scan find each spelling of an outside file, and pass the repository's own?"""
    sample = tmp_path / "sample.md"
    sample.write_text(
        "See FACTS.md row 5.\nteaching.md §3\n../shared/x\nshared/corpus/README.md\n"
        "docs/rules.md §11 and data/facts.csv F012 are fine.\n",
        encoding="utf-8",
    )
    found = [m.group(0) for line in sample.read_text().splitlines() for m in OUTSIDE.finditer(line)]
    assert found == ["FACTS.md", "teaching.md", "../shared", "shared/corpus"]


def test_a_test_message_is_scanned(tmp_path: Path) -> None:
    """Does a test's assertion message that names an outside file count, and its code not?"""
    sample = ROOT / "tests" / "_standalone_probe.py"
    sample.write_text(
        'PATH = "../shared/context/x"\ndef test_x():\n    assert True, f"row {1} of FACTS.md"\n',
        encoding="utf-8",
    )
    try:
        hits = message_hits(sample)
    finally:
        sample.unlink()
    assert hits == ["tests/_standalone_probe.py:3: FACTS.md"]
