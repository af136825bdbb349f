"""The hub test (tests/hub/test_hub.py): marks its tests `hub`, reuses the browser helpers.

It needs what a school server has after `deploy/jupyterhub/install.sh`: root (the hub makes
users' servers run as those users), the course's Python with JupyterHub in MEDIALIT_PREFIX
(default /opt/medialit), configurable-http-proxy, and Debian's chromium. Without them the test
is skipped with the reason, unless MEDIALIT_REQUIRE_HUB=1 (CI), where it fails instead.

The test creates its own groups and users (named mltest-*) and its own hand-in folder, and
removes them afterwards: a real class on the same server is not touched.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# The browser tests' helpers (JupyterLab in the page, quiz answering) are reused here.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "browser"))

os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test in this folder `hub`, so `-m "not hub"` leaves them out."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.hub)
