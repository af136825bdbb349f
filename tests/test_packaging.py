"""The package as installed: dependencies, public API, import cost."""

from __future__ import annotations

import re
import subprocess
import sys

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from pathlib import Path

import yaml

import medialit

ROOT = Path(__file__).resolve().parents[1]


def _name_and_spec(requirement: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*(#.*)?$", requirement)
    assert match, requirement
    name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
    return name, match.group(2).replace(" ", "")


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    """Does environment.yml ask for pyproject's dependencies and its `lab` extra, no more?"""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["lab"]]
    from_pyproject = dict(_name_and_spec(r) for r in wanted)
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    from_conda = dict(_name_and_spec(d) for d in conda)
    python = from_conda.pop("python")
    from_conda.pop("pip")
    assert from_conda == from_pyproject
    assert python == project["requires-python"]
    pip_part = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert pip_part == ["-e ."], "conda users get the package itself through pip"


# Packages that exist only beside a server process: a browser kernel (Pyodide) has no build of
# them, so `pip install medialit` must not pull any of them in.
SERVER_PACKAGES = {
    "jupyterlab",
    "jupyter-server",
    "notebook",
    "voila",
    "nbval",
    "jupyterhub",
    "tornado",
    "pyzmq",
    "psutil",
    "jupyter-client",
    "ipykernel",
    "terminado",
}


# Environment markers as a browser kernel (Pyodide) evaluates them: IPython, for one, needs
# psutil everywhere but there.
BROWSER = {"sys_platform": "emscripten", "platform_system": "Emscripten", "extra": ""}


def _dependency_closure(names: list[str], env: dict[str, str] | None = None) -> set[str]:
    """Every distribution the named requirements pull in, from what is installed here, with
    markers evaluated for `env` (this machine by default)."""
    from importlib import metadata

    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = list(names)
    while todo:
        req = Requirement(todo.pop())
        name = re.sub(r"[-_.]+", "-", req.name).lower()
        if name in seen or (req.marker and not req.marker.evaluate(env or {"extra": ""})):
            continue
        seen.add(name)
        try:
            todo.extend(metadata.requires(name) or [])
        except metadata.PackageNotFoundError:
            continue  # not installed here (an optional or platform-only dependency)
    return seen


def test_core_dependencies_need_no_server():
    """Does `pip install medialit` pull in nothing that needs a server (so it installs in a
    browser kernel), while the `lab` extra still brings JupyterLab, Voila and nbval?"""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    closure = _dependency_closure(project["dependencies"], BROWSER)
    assert {"ipywidgets", "pandas", "pyyaml", "jinja2"} <= closure
    assert not closure & SERVER_PACKAGES, sorted(closure & SERVER_PACKAGES)
    lab = {_name_and_spec(r)[0] for r in project["optional-dependencies"]["lab"]}
    assert {"jupyterlab", "voila", "nbval"} <= lab
    assert "jupyter-server" in _dependency_closure(project["optional-dependencies"]["lab"])


def test_public_api_is_sorted_and_every_name_resolves():
    """Is __all__ sorted, and does every public name load?"""
    assert medialit.__all__ == sorted(medialit.__all__)
    for name in medialit.__all__:
        assert getattr(medialit, name) is not None, name


def test_unknown_attribute_raises_attribute_error():
    """Does a typo give the usual AttributeError, naming the attribute?"""
    try:
        medialit.load_artcle  # noqa: B018
    except AttributeError as exc:
        assert "load_artcle" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_import_is_cheap_heavy_modules_load_only_when_used():
    """Does `import medialit` leave pandas, ipywidgets and matplotlib unimported?"""
    code = (
        "import sys, medialit\n"
        "heavy = [m for m in ('pandas', 'ipywidgets', 'matplotlib', 'yaml') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
        "medialit.load_article().sentences\n"
        "print('pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = out.stdout.splitlines()
    assert first == ""
    assert second == "True"


def test_package_data_is_shipped():
    """Are the article, its annotation and the question banks declared as package data?"""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = project["tool"]["setuptools"]["package-data"]["medialit"]
    data = ROOT / "src" / "medialit" / "data"
    shipped = {
        p.relative_to(data.parent).as_posix() for pat in patterns for p in data.parent.glob(pat)
    }
    on_disk = {
        p.relative_to(data.parent).as_posix()
        for p in data.rglob("*")
        if p.is_file() and p.suffix in {".txt", ".csv", ".md", ".yaml"}
    }
    assert on_disk <= shipped, sorted(on_disk - shipped)
    assert "data/article.txt" in shipped
