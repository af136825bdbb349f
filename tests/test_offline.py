"""Nothing leaves the machine: no network connections from the package or the notebooks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GUARD = Path(__file__).with_name("offline_guard.py")


def _run_guarded(code: str, tmp_path: Path) -> tuple[subprocess.CompletedProcess, str]:
    log = tmp_path / "net.log"
    env = dict(os.environ, MEDIALIT_NETLOG=str(log), MEDIALIT_HOME=str(tmp_path / "home"))
    prelude = f"exec(open({str(GUARD)!r}).read())\n"
    result = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, env=env, timeout=120
    )
    return result, log.read_text() if log.exists() else ""


def test_guard_blocks_and_logs_an_outside_connection(tmp_path):
    """Does the guard stop a connection to an outside address (so its silence means something)?"""
    code = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), timeout=1)\n"
        "except OSError as e:\n"
        "    print(e)\n"
    )
    result, log = _run_guarded(code, tmp_path)
    assert "network access blocked" in result.stdout
    assert "192.0.2.1" in log


def test_guard_allows_loopback(tmp_path):
    """Does the guard let loopback through, as Jupyter's own traffic needs?"""
    code = (
        "import socket\ns = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen()\n"
        "c = socket.create_connection(s.getsockname(), timeout=1); print('connected')\n"
    )
    result, log = _run_guarded(code, tmp_path)
    assert "connected" in result.stdout, result.stderr
    assert log == ""


def test_importing_and_using_medialit_opens_no_connection(tmp_path):
    """Do import, the loaders, a quiz and its answer run without any network attempt?"""
    code = (
        "import medialit\n"
        "medialit.load_article().sentences\n"
        "medialit.load_statements(); medialit.load_context()\n"
        "import importlib.resources as r\n"
        "banks = sorted(p.name[:-5] for p in r.files('medialit.data').joinpath('quizzes').iterdir()"
        " if p.name.endswith('.yaml'))\n"
        "for slug in banks:\n"
        "    quiz = medialit.load_quiz(slug); repr(quiz)\n"
        "    medialit.show_quiz(slug)\n"
        "print('banks', len(banks))\n"
    )
    result, log = _run_guarded(code, tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "banks 10" in result.stdout
    assert log == ""


def test_notebook_kernels_run_with_the_guard():
    """Does a kernel started for the notebook tests refuse an outside connection (conftest.py)?"""
    import nbformat
    from nbclient import NotebookClient

    cell = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), timeout=1)\n"
        "except OSError as e:\n"
        "    print(e)\n"
    )
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell)])
    NotebookClient(nb, timeout=60, kernel_name="python3").execute()
    text = "".join(out.get("text", "") for out in nb.cells[0].outputs)
    assert "network access blocked" in text
    log = Path(os.environ["MEDIALIT_NETLOG"])
    assert "192.0.2.1" in log.read_text()
    log.write_text("")  # this attempt was the test's own; the session check must not count it
