"""The course's JupyterLab settings (etc/overrides.json) match the installed JupyterLab."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("make_overrides", ROOT / "etc" / "make_overrides.py")
make_overrides = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_overrides)


def test_overrides_json_is_what_the_generator_writes_for_this_jupyterlab():
    """Is etc/overrides.json up to date with the installed JupyterLab's shortcuts?"""
    committed = json.loads((ROOT / "etc" / "overrides.json").read_text())
    assert committed == make_overrides.overrides(make_overrides.lab_schemas()), (
        "run `python etc/make_overrides.py` after a JupyterLab upgrade"
    )


def test_arrow_keys_and_cell_deletion_are_kept_out_of_quiz_outputs():
    """Are the shortcuts a keyboard user would hit in a quiz (arrows, D D, X) moved off outputs?"""
    shortcuts = json.loads((ROOT / "etc" / "overrides.json").read_text())[
        "@jupyterlab/shortcuts-extension:shortcuts"
    ]["shortcuts"]
    active = [s for s in shortcuts if not s.get("disabled")]
    disabled = [s for s in shortcuts if s.get("disabled")]
    for keys in (["ArrowDown"], ["ArrowUp"], ["D", "D"], ["X"]):
        assert any(s["keys"] == keys for s in disabled), keys
        rebound = [s for s in active if s["keys"] == keys]
        assert rebound and all(
            s["selector"].endswith(":not(.jp-OutputArea-output *)") for s in rebound
        )


def test_no_news_and_no_extension_manager():
    """Does the course start JupyterLab without the news pop-up and the extension manager?"""
    settings = json.loads((ROOT / "etc" / "overrides.json").read_text())
    assert settings["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    assert settings["@jupyterlab/extensionmanager-extension:plugin"]["enabled"] is False
