"""Settings for every pytest run in this repository, nbval runs of the notebooks included.

- Answers go to a throwaway MEDIALIT_HOME, never to the tester's home folder.
- Every IPython kernel the tests start runs tests/offline_guard.py first (an IPython startup
  file), so a notebook that tries to reach the network fails its cell; attempts are logged
  and the run fails at the end if any were made.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="medialit-tests-"))
    config._medialit_scratch = scratch  # type: ignore[attr-defined]
    home = scratch / "home"
    home.mkdir()
    os.environ["MEDIALIT_HOME"] = str(home)
    startup = scratch / "ipython" / "profile_default" / "startup"
    startup.mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "offline_guard.py", startup / "00-offline-guard.py")
    os.environ["IPYTHONDIR"] = str(scratch / "ipython")
    os.environ["MEDIALIT_NETLOG"] = str(scratch / "network.log")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    log = Path(os.environ.get("MEDIALIT_NETLOG", "/nonexistent"))
    if log.exists() and log.read_text().strip():
        print(f"\nNetwork access was attempted during the tests:\n{log.read_text()}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    scratch = getattr(session.config, "_medialit_scratch", None)
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)
