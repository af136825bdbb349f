"""The course in a browser tab: the JupyterLite site (`make lite`) served on localhost, lesson
00 in Chromium, with every request that would leave localhost refused.

The site is built once per session with `lite/build.py --no-preload`: Pyodide's compiled
packages (numpy, pandas, matplotlib) come only from Pyodide's release, which this test may
not reach, so the site loads none of them at start and the test takes lesson 00's path,
which needs none of them. The build needs its own venv (`make lite` makes .lite-venv); the
test runs when that venv exists or MEDIALIT_LITE=1 (then a missing venv fails the run), and
is skipped with its reason otherwise. A cold build downloads Pyodide from npm and the
wheels from PyPI (minutes); with the cache (.lite-cache) it takes about 35 s.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from medialit import _store

REPO = Path(__file__).resolve().parents[2]
LITE_PYTHON = REPO / ".lite-venv" / "bin" / "python"
LESSON = "00-start-here.ipynb"
QUESTION = "Which keys run the cell you are in"


def _require_lite() -> None:
    if (REPO / ".lite-venv" / ".installed").exists():
        return
    reason = "the browser version's build tools are missing (run `make lite` once)"
    if os.environ.get("MEDIALIT_LITE") == "1":
        pytest.fail(f"MEDIALIT_LITE=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The static site, built once, without the compiled packages at start."""
    _require_lite()
    output = tmp_path_factory.mktemp("lite") / "site"
    run = subprocess.run(
        [
            str(LITE_PYTHON),
            str(REPO / "lite" / "build.py"),
            "--no-preload",
            "--output",
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert run.returncode == 0, (run.stdout + run.stderr)[-3000:]
    return output


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """`python -m http.server` on a free loopback port, serving the site."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", str(site)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as client:
            if client.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


def _run_all(page: Any) -> None:
    """Run every cell of the open notebook, as a student choosing Run → Run All Cells."""
    page.locator(".jp-Notebook").first.click()
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
    # The last cell's output: the kernel started and ran the whole lesson.
    page.get_by_role("button", name="Hand in my answers").wait_for(timeout=240_000)


def test_lesson_00_in_a_browser_tab_with_nothing_from_outside(
    browser: Any, served: str, tmp_path: Path
) -> None:
    """Does lesson 00 run in a browser tab from the static site alone (no request leaves
    localhost), keep an answer across a reload, and hand in as a download of a valid file?"""
    outside: list[str] = []

    def only_localhost(route: Any) -> None:
        url = route.request.url
        if url.startswith((served + "/", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    try:
        context.route("**/*", only_localhost)
        page = context.new_page()
        page.on("dialog", lambda dialog: dialog.accept())  # "Leave site?" on reload: yes
        page.goto(f"{served}/lab/index.html?path={LESSON}")
        _run_all(page)

        quiz = page.locator(".medialit-question", has_text=QUESTION)
        quiz.get_by_text("Shift+Enter", exact=True).click()
        quiz.get_by_role("button", name="Check answer").click()
        quiz.locator(".medialit-feedback", has_text="✓ Right").wait_for(timeout=60_000)
        score = page.locator(".medialit-score").first
        assert re.search(r"\b1 of \d+ questions answered", score.inner_text()), score.inner_text()
        # The answer file is in the folder that survives a reload, shown in the file browser.
        page.locator(".jp-DirListing-item", has_text="medialit-answers").wait_for()

        page.reload()
        _run_all(page)
        # A fresh kernel reads the answer file back: the score counts the answer again.
        kept = page.locator(".medialit-score", has_text=re.compile(r"\b1 of \d+ questions"))
        kept.first.wait_for(timeout=240_000)

        page.get_by_role("button", name="Hand in my answers").click()
        link = page.locator(".medialit-download a")
        link.wait_for(timeout=60_000)
        assert "give it to your teacher" in page.locator(".medialit-hand-in").inner_text()
        with page.expect_download() as download_info:
            link.click()
        download = download_info.value
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)
        data = _store.parse(saved.read_bytes())  # raises on an invalid answer file
        # Handed in after the reload, by a new kernel: the answer came back from the drive.
        assert [a["question"] for a in data["answers"]] == ["run-a-cell"]
        assert saved.name.startswith("student-") and saved.suffix == ".json"
    finally:
        context.close()
    assert not outside, f"requests that would have left localhost: {outside[:10]}"
