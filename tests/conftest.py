"""Shared fixtures: every test keeps its answers and settings in its own temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def medialit_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point MEDIALIT_HOME at a fresh folder so no test touches a real answer file (and
    forget a JupyterHub login, which would be the default student name)."""
    home = tmp_path / "medialit-home"
    monkeypatch.setenv("MEDIALIT_HOME", str(home))
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    return home


@pytest.fixture
def course_copy(tmp_path: Path):
    """A copy of the package's course folder to edit; returns (folder, load) where load()
    reads the folder as a Course."""
    import shutil

    import medialit
    from medialit._course import load_course

    folder = tmp_path / "course"
    shutil.copytree(medialit.load_course().folder, folder)
    return folder, lambda: load_course(folder)
