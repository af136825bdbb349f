"""Write etc/overrides.json: the course's JupyterLab defaults.

- No news pop-up, no update check, no extension manager: the course works offline.
- Notebook command-mode shortcuts (arrows, X, D D, 1-6, ...) are bound with a selector that
  leaves cell outputs alone. JupyterLab's defaults fire whenever anything inside a notebook has
  focus, so a keyboard user in a quiz (a radio group, a drop-down) would move or delete cells
  instead of choosing an answer. Each such default is disabled and re-added with
  `:not(.jp-OutputArea-output *)`.

Run it after a JupyterLab upgrade: `python etc/make_overrides.py`
(tests/test_lab_settings.py fails when the installed JupyterLab has a shortcut it misses).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = {
    "@jupyterlab/apputils-extension:notification": {"checkForUpdates": False, "fetchNews": "false"},
    "@jupyterlab/extensionmanager-extension:plugin": {"enabled": False},
}
OUTSIDE_OUTPUTS = ":not(.jp-OutputArea-output *)"


def lab_schemas() -> Path:
    """The schemas folder of the JupyterLab installed beside this Python."""
    return Path(sys.prefix) / "share" / "jupyter" / "lab" / "schemas"


def shortcuts_that_fire_in_outputs(schemas: Path) -> list[dict]:
    """Default command-mode shortcuts whose selector also matches a focused quiz control."""
    found = []
    for path in sorted(schemas.rglob("*.json")):
        for shortcut in json.loads(path.read_text()).get("jupyter.lab.shortcuts", []):
            selector = shortcut["selector"]
            in_command_mode = "jp-mod-commandMode" in selector and selector.endswith(":focus")
            if in_command_mode and not shortcut.get("disabled"):
                found.append(shortcut)
    return found


def overrides(schemas: Path) -> dict:
    """The full overrides.json content for the JupyterLab whose schemas are given."""
    rebound = []
    for shortcut in shortcuts_that_fire_in_outputs(schemas):
        rebound.append(dict(shortcut, disabled=True))
        rebound.append(dict(shortcut, selector=shortcut["selector"] + OUTSIDE_OUTPUTS))
    return {**BASE, "@jupyterlab/shortcuts-extension:shortcuts": {"shortcuts": rebound}}


def main() -> None:
    """Regenerate etc/overrides.json."""
    text = json.dumps(overrides(lab_schemas()), indent=1, sort_keys=True) + "\n"
    (HERE / "overrides.json").write_text(text)
    print(f"wrote {HERE / 'overrides.json'}")


if __name__ == "__main__":
    main()
