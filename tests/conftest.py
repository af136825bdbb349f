"""Shared fixtures: every test keeps its answers and settings in its own temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def medialit_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point MEDIALIT_HOME at a fresh folder so no test touches a real answer file."""
    home = tmp_path / "medialit-home"
    monkeypatch.setenv("MEDIALIT_HOME", str(home))
    return home
