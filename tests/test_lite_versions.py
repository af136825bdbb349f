"""The versions the browser version runs on: Pyodide's own pandas, numpy, matplotlib, jinja2
and pyyaml, recorded in lite/pyodide-versions.json from Pyodide's lock file (the npm package
`pyodide`, which `make lite` caches in .lite-cache), against what medialit requires."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REPO = Path(__file__).resolve().parent.parent
RECORDED = json.loads((REPO / "lite" / "pyodide-versions.json").read_text(encoding="utf-8"))


def _requirements() -> dict[str, Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = (Requirement(spec) for spec in project["dependencies"])
    return {r.name.lower(): r for r in reqs}


def test_every_recorded_pyodide_package_meets_medialit_requirements() -> None:
    """Does each Pyodide package medialit needs (pandas, matplotlib, jinja2, pyyaml) come in
    a version medialit's requirements accept?"""
    requirements = _requirements()
    needed = [name for name in RECORDED["packages"] if name in requirements]
    assert {"pandas", "matplotlib", "jinja2", "pyyaml"} <= set(needed)
    for name in needed:
        version = RECORDED["packages"][name]
        assert requirements[name].specifier.contains(version, prereleases=True), (
            f"Pyodide {RECORDED['pyodide']} ships {name} {version}, but medialit requires "
            f"{requirements[name]}"
        )


def test_the_recorded_python_is_one_medialit_supports() -> None:
    """Does medialit's requires-python accept the Python inside Pyodide?"""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    from packaging.specifiers import SpecifierSet

    assert Version(RECORDED["python"]) in SpecifierSet(project["requires-python"])


def test_the_record_is_pyodide_lock_file() -> None:
    """Are the recorded versions exactly those of the Pyodide lock file the site is built
    from (the npm package, at the version the kernel pins)?"""
    lock_path = REPO / ".lite-cache" / f"pyodide-{RECORDED['pyodide']}" / "pyodide-lock.json"
    if not lock_path.exists():
        pytest.skip("Pyodide's npm package is not cached here (make lite fetches it)")
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    packages = {k.lower(): v for k, v in lock["packages"].items()}
    assert lock["info"]["python"] == RECORDED["python"]
    for name, version in RECORDED["packages"].items():
        assert packages[name]["version"] == version, name
