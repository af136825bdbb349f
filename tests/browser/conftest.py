"""One JupyterLab server and one Chromium for the whole browser test session.

Debian's chromium is required (`/usr/bin/chromium`); Playwright never downloads a browser.
Without it these tests are skipped with a reason, unless MEDIALIT_REQUIRE_BROWSER=1 (CI),
where a missing browser fails the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# pytest puts this folder on sys.path (rootdir-relative "prepend" imports), so the helpers
# beside this file import by name.
from labdriver import (
    CHROMIUM,
    CHROMIUM_ARGS,
    VIEWPORT,
    Lab,
    Server,
    copy_lessons,
    start_lab,
)

# Never let Playwright fetch a browser of its own, whatever the environment says.
os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test in this folder `browser`, so `-m "not browser"` leaves them out."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)"
    if os.environ.get("MEDIALIT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"MEDIALIT_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright's sync API."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def lab_server(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`jupyter lab` on a free loopback port, serving a temporary copy of notebooks/."""
    base = tmp_path_factory.mktemp("lab")
    server = start_lab(base, copy_lessons(base))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def lab_session(browser: Any, lab_server: Server) -> Iterator[Lab]:
    """One page with JupyterLab loaded, shared by the tests (loading Lab costs seconds)."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    lab = Lab(page, lab_server)
    lab.goto()
    yield lab
    context.close()


@pytest.fixture
def lab(lab_session: Lab) -> Iterator[Lab]:
    """The shared JupyterLab page; every notebook and kernel is closed after each test."""
    lab_session.errors.clear()
    yield lab_session
    lab_session.close_all()
