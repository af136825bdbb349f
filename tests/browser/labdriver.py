"""Start JupyterLab and Voila for the browser tests, and drive them from Playwright."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = REPO / ".venv" / "bin"
# Debian's chromium by default; MEDIALIT_CHROMIUM points elsewhere (e.g. the Google Chrome
# that GitHub's Ubuntu runners ship, where apt's chromium is only a snap stub).
CHROMIUM = Path(os.environ.get("MEDIALIT_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = REPO / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}  # the browser window of every test page
# The course's JupyterLab defaults (`make lab` installs them as the app's overrides.json):
# the tests use the repository's copy, so they see what a student's JupyterLab does.
OVERRIDES = REPO / "etc" / "overrides.json"
TOKEN = "medialit-browser-tests"  # noqa: S105 - a throwaway token for a loopback-only server

# Flags that keep Chromium quiet and offline: no GPU in containers, no sandbox as root,
# no background update or component downloads.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# JupyterLab user settings: nothing may pop up over the notebook, and nothing leaves the machine.
LAB_SETTINGS: dict[str, dict[str, Any]] = {
    # The "Would you like to get notified about official Jupyter news?" toast.
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    # Render every cell, not only those in view: the tests look for every quiz in the DOM and
    # the screenshots show the whole lesson.
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    # The extension manager would query PyPI when opened; students do not need it here.
    "@jupyterlab/extensionmanager-extension/plugin": {"enabled": False},
}


def free_port() -> int:
    """Return a TCP port on the loopback interface that nobody is listening on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _isolated_env(base: Path) -> dict[str, str]:
    """An environment whose Jupyter, IPython and medialit state all live under `base`."""
    env = dict(os.environ)
    dirs = {
        "HOME": "home",
        "JUPYTER_CONFIG_DIR": "jupyter-config",
        "JUPYTER_DATA_DIR": "jupyter-data",
        "JUPYTER_RUNTIME_DIR": "jupyter-runtime",
        "JUPYTERLAB_SETTINGS_DIR": "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
        "IPYTHONDIR": "ipython",
        "MPLCONFIGDIR": "matplotlib",
        "MEDIALIT_HOME": "medialit-home",
    }
    for var, name in dirs.items():
        path = base / name
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    # Keep the repository's offline guard (tests/offline_guard.py) in every kernel we start,
    # as the root conftest.py does for nbval's kernels: a lesson that reaches out fails.
    startup = base / "ipython" / "profile_default" / "startup"
    startup.mkdir(parents=True, exist_ok=True)
    guard = REPO / "tests" / "offline_guard.py"
    if guard.exists():
        shutil.copy(guard, startup / "00-offline-guard.py")
    env.pop("JUPYTER_PATH", None)
    env.pop("JUPYTER_CONFIG_PATH", None)
    env["PYTHONUNBUFFERED"] = "1"
    # Kernels warn (to stderr, which the tests count as an error) when frozen modules hide
    # breakpoints from the debugger; the kernelspec already passes -Xfrozen_modules=off.
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    return env


def _wait_for_http(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    """Poll `url` until it answers 200; fail with the server's log if the server dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)  # a readiness poll, not a wait for the thing under test
    raise RuntimeError(f"server did not answer {url} in {timeout:.0f} s:\n{_tail(log)}")


def _wait_for_port(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    """Wait until a server accepts connections (Voila's only page runs the notebook)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{_tail(log)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2):
                return
        except OSError:
            time.sleep(0.2)  # a readiness poll, not a wait for the thing under test
    raise RuntimeError(f"server did not listen on port {port} in {timeout:.0f} s:\n{_tail(log)}")


def _tail(log: Path, lines: int = 40) -> str:
    if not log.exists():
        return "(no log)"
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a server we started (and the kernels it started), by its process group id."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)  # Jupyter shuts its kernels down cleanly on SIGINT twice
    try:
        proc.wait(timeout=2)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


@dataclass
class Server:
    """A running JupyterLab or Voila server serving a temporary copy of the lessons."""

    url: str
    root: Path
    env: dict[str, str]
    proc: subprocess.Popen[bytes]
    log: Path
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def medialit_home(self) -> Path:
        """The folder where the server's kernels keep students' answers."""
        return Path(self.env["MEDIALIT_HOME"])

    def stop(self) -> None:
        """Stop the server and its kernels."""
        _stop(self.proc)


def copy_lessons(base: Path) -> Path:
    """Copy the lesson notebooks to `base/root/notebooks`, so a run never writes into the repo;
    returns the root folder to serve."""
    root = base / "root"
    shutil.copytree(
        REPO / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints")
    )
    return root


def write_lab_settings(folder: Path) -> None:
    """Write LAB_SETTINGS as JupyterLab user settings into `folder` (a user-settings folder)."""
    for name, values in LAB_SETTINGS.items():
        path = folder / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))


def start_lab(base: Path, root: Path) -> Server:
    """Start `jupyter lab` on a free loopback port, isolated under `base`, serving `root`."""
    env = _isolated_env(base)
    write_lab_settings(Path(env["JUPYTERLAB_SETTINGS_DIR"]))
    app_settings = base / "lab-app-settings"
    app_settings.mkdir(exist_ok=True)
    if OVERRIDES.exists():
        shutil.copy(OVERRIDES, app_settings / "overrides.json")
    port = free_port()
    log = base / "lab.log"
    cmd = [
        str(VENV_BIN / "jupyter"),
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root}",
        f"--IdentityProvider.token={TOKEN}",
        f"--LabApp.app_settings_dir={app_settings}",
        "--ServerApp.terminals_enabled=False",
        # CI containers run as root; the server only listens on loopback with a token.
        "--allow-root",
        # The extension manager would query PyPI; students need no extensions here.
        "--LabApp.extension_manager=readonly",
        # window.jupyterapp lets the tests run JupyterLab's own commands and read its models.
        "--LabApp.expose_app_in_browser=True",
        # Nothing leaves the machine: no news feed, no update check.
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, env=env, cwd=root, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_http(f"{url}/api/status?token={TOKEN}", proc, log, timeout=90)
    except BaseException:
        _stop(proc)
        raise
    return Server(url=url, root=root, env=env, proc=proc, log=log)


def make_app_command(lesson: str) -> list[str]:
    """The Voila command `make app LESSON=<lesson>` runs (read with `make -n`, not run)."""
    out = subprocess.run(
        ["make", "-n", "-s", "app", f"LESSON={lesson}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line for line in out.splitlines() if "/voila " in line]
    if len(lines) != 1:
        raise RuntimeError(f"`make -n app LESSON={lesson}` runs no single voila command:\n{out}")
    return shlex.split(lines[0])


def start_voila(base: Path, root: Path, command: list[str]) -> Server:
    """Run a Voila command (as `make app` gives it) in `root`, on a free loopback port."""
    env = _isolated_env(base)
    port = free_port()
    log = base / "voila.log"
    program = command[0] if Path(command[0]).is_absolute() else str(REPO / command[0])
    cmd = [program, *command[1:], f"--port={port}", "--Voila.ip=127.0.0.1"]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, env=env, cwd=root, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_port(port, proc, log, timeout=90)
    except BaseException:
        _stop(proc)
        raise
    return Server(url=url, root=root, env=env, proc=proc, log=log)


# --- JupyterLab in the page ------------------------------------------------------------------

# JavaScript run in the page. `panelFor(path)` finds the open notebook panel for a file.
_JS_PANEL = """
const panelFor = (path) => {
  for (const w of window.jupyterapp.shell.widgets('main')) {
    if (w.context && w.context.path === path) { return w; }
  }
  throw new Error('notebook not open: ' + path);
};
"""


def _js(body: str) -> str:
    """Wrap `body` as an async page function of one argument with `panelFor` in scope."""
    return f"async (arg) => {{ {_JS_PANEL} {body} }}"


def _predicate(body: str) -> str:
    """Wrap `body` as a plain (not async) page function of one argument with `panelFor` in
    scope, for `page.wait_for_function`: that waits for a truthy value, and the Promise an
    async function returns is truthy at once, so an async predicate never waits."""
    return f"(arg) => {{ {_JS_PANEL} {body} }}"


class Lab:
    """One Chromium page showing JupyterLab; every wait is on JupyterLab's own state."""

    def __init__(self, page: Any, server: Server) -> None:
        self.page = page
        self.server = server
        self.errors: list[str] = []
        page.on("pageerror", self._page_error)
        # Leaving a page with unsaved notebooks asks "Leave site?"; the tests always leave.
        page.on("dialog", lambda dialog: dialog.accept())

    def _page_error(self, exc: Exception) -> None:
        message = str(exc)
        # JupyterLab itself rejects pending kernel requests when a kernel restarts; that is
        # its own bookkeeping, not something a student sees.
        if "Canceled future for" in message and "before replies were done" in message:
            return
        # The widget manager registers itself on every notebook once its session is ready and
        # reads `session.kernel`; for a notebook closed in that moment (the tests close every
        # tab after each test) the session is already gone. A notebook a student has open is
        # not affected: its widgets would not draw, which the tests check on their own.
        stack = getattr(exc, "stack", "") or ""
        if "reading 'kernel'" in message and "@jupyter-widgets/jupyterlab-manager" in stack:
            return
        self.errors.append(message)

    def goto(self, path: str = "") -> None:
        """Load JupyterLab (optionally opening `path`) and wait until its layout is restored."""
        where = f"/lab/tree/{path}" if path else "/lab"
        target = f"{self.server.url}{where}?token={TOKEN}"
        self.page.goto(target)
        self.wait_ready()

    def reload(self) -> None:
        """Reload the browser page, as a student pressing F5 would."""
        self.page.reload()
        self.wait_ready()

    def wait_ready(self) -> None:
        """Wait until JupyterLab has started and restored its layout."""
        self.page.wait_for_function("() => !!window.jupyterapp", timeout=60_000)
        self.page.evaluate("() => window.jupyterapp.restored.then(() => true)")

    def popups(self) -> list[str]:
        """The text of every dialog and notification toast over the page right now."""
        return self.page.locator(".jp-Dialog, .Toastify__toast").all_inner_texts()

    def open(self, path: str) -> Any:
        """Open a notebook (relative to the server root), wait for its kernel, return its node."""
        panel_id = self.page.evaluate(
            _js("""
            const app = window.jupyterapp;
            const w = await app.commands.execute(
              'docmanager:open', {path: arg, factory: 'Notebook'});
            await w.context.ready;
            await w.sessionContext.ready;
            app.shell.activateById(w.id);
            return w.id;
            """),
            path,
        )
        return self.page.locator(f"#{panel_id}")

    def kernel_status(self, path: str) -> str:
        """The notebook's kernel status as JupyterLab shows it (idle, busy, ...)."""
        return self.page.evaluate(
            _js("return panelFor(arg).sessionContext.session?.kernel?.status ?? 'none';"), path
        )

    def wait_kernel_idle(self, path: str, timeout: float = 60_000) -> None:
        """Wait until JupyterLab reports the notebook's kernel as idle and no cell of it shows
        [*] (the status alone can read idle for a moment while a cell runs: the kernel reports
        busy and idle around messages it answers on another channel)."""
        self.page.wait_for_function(
            _predicate("""
            const w = panelFor(arg);
            if (w.sessionContext.session?.kernel?.status !== 'idle') { return false; }
            return !Array.from(w.node.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt'))
              .some((prompt) => prompt.textContent.includes('*'));
            """),
            arg=path,
            timeout=timeout,
        )

    def run_all(self, path: str) -> bool:
        """Run every cell with JupyterLab's "Run All Cells" command and wait for the kernel."""
        ok = self.page.evaluate(
            _js("""
            const app = window.jupyterapp;
            const w = panelFor(arg);
            app.shell.activateById(w.id);
            await w.sessionContext.ready;
            // The command's promise resolves once every cell has finished executing.
            return await app.commands.execute('notebook:run-all-cells');
            """),
            path,
        )
        self.wait_executed(path)
        return bool(ok)

    def wait_executed(self, path: str, timeout: float = 60_000) -> None:
        """Wait until the kernel is idle, every code cell has a count and none shows [*]."""
        self.page.wait_for_function(
            _predicate("""
            const w = panelFor(arg);
            if (w.sessionContext.session?.kernel?.status !== 'idle') { return false; }
            for (const cell of w.content.widgets) {
              if (cell.model.type !== 'code') { continue; }
              if (cell.model.executionCount === null) { return false; }
              if (cell.node.querySelector('.jp-InputArea-prompt')?.textContent.includes('*')) {
                return false;
              }
            }
            return true;
            """),
            arg=path,
            timeout=timeout,
        )

    def restart_and_run_all(self, path: str) -> bool:
        """Restart the kernel and run all cells, accepting JupyterLab's confirmation dialog."""
        self.page.evaluate(
            _js("""
            const app = window.jupyterapp;
            const w = panelFor(arg);
            app.shell.activateById(w.id);
            window.__medialitRestart = app.commands.execute('notebook:restart-run-all');
            return true;
            """),
            path,
        )
        dialog = self.page.locator(".jp-Dialog")
        dialog.locator("button.jp-mod-accept").click()
        dialog.wait_for(state="detached")
        ok = self.page.evaluate("() => window.__medialitRestart")
        self.wait_executed(path)
        return bool(ok)

    def settle(self, timeout: float = 30_000) -> None:
        """Wait until every kernel has gone idle after the last message the page sent it.

        ipywidgets holds back a control's next change until the kernel has answered the
        previous one, but a button's click goes out at once: pressing "Check answer" right
        after fast key presses could overtake the last change. A student is slower; the
        tests wait for the kernel's own idle messages instead.
        """
        self.page.evaluate(
            """() => {
              const pending = window.__medialitPending = window.__medialitPending || new Map();
              for (const w of window.jupyterapp.shell.widgets('main')) {
                const kernel = w.sessionContext?.session?.kernel;
                if (!kernel || pending.has(kernel)) { continue; }
                const ids = new Set();
                pending.set(kernel, ids);
                kernel.anyMessage.connect((_, args) => {
                  const msg = args.msg;
                  if (args.direction === 'send') { ids.add(msg.header.msg_id); }
                  else if (msg.header.msg_type === 'status'
                           && msg.content.execution_state === 'idle') {
                    ids.delete(msg.parent_header.msg_id);
                  }
                });
              }
              return true;
            }"""
        )
        self.page.wait_for_function(
            """() => Array.from(window.__medialitPending.entries()).every(
                 ([kernel, ids]) => ids.size === 0 || kernel.isDisposed
                   || kernel.connectionStatus !== 'connected')""",
            timeout=timeout,
        )

    def code_cells(self, path: str) -> list[dict[str, Any]]:
        """Each code cell's source, execution count and outputs, from the notebook model."""
        return self.page.evaluate(
            _js("""
            const w = panelFor(arg);
            const cells = [];
            w.content.widgets.forEach((cell, index) => {
              if (cell.model.type !== 'code') { return; }
              cells.push({
                index,
                source: cell.model.sharedModel.getSource(),
                count: cell.model.executionCount,
                outputs: cell.model.outputs.toJSON(),
              });
            });
            return cells;
            """),
            path,
        )

    def wait_widgets_rendered(self, path: str, timeout: float = 30_000) -> None:
        """Wait until every widget output of the notebook shows a view or an error.

        JupyterLab 4 gives a widget's output node no data-mime-type: a drawn widget is an
        output node whose first element is the widget's view (`.jupyter-widgets`); a widget
        that failed is an output node whose bare text says so.
        """
        self.page.wait_for_function(
            _predicate("""
            const w = panelFor(arg);
            for (const cell of w.content.widgets) {
              if (cell.model.type !== 'code') { continue; }
              const outputs = cell.model.outputs.toJSON();
              const widgets = outputs.filter(
                o => o.data && o.data['application/vnd.jupyter.widget-view+json']).length;
              if (!widgets) { continue; }
              const drawn = Array.from(cell.node.querySelectorAll('.jp-OutputArea-output'))
                .filter(out => out.firstElementChild?.classList.contains('jupyter-widgets')
                               || out.textContent.startsWith('Error displaying widget'));
              if (drawn.length < widgets) { return false; }
            }
            return true;
            """),
            arg=path,
            timeout=timeout,
        )

    def problems(self, path: str) -> list[str]:
        """Everything a student would see as broken: errors, stderr, widgets that failed."""
        found: list[str] = []
        for cell in self.code_cells(path):
            for out in cell["outputs"]:
                kind = out.get("output_type")
                if kind == "error":
                    found.append(f"cell {cell['index']}: {out.get('ename')}: {out.get('evalue')}")
                elif kind == "stream" and out.get("name") == "stderr":
                    text = "".join(out.get("text", ""))
                    found.append(f"cell {cell['index']}: stderr: {text[:300]}")
        node = self.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
        stderr = node.locator(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
        )
        for text in stderr.all_inner_texts():
            found.append(f"stderr output shown: {text[:300]}")
        # The widget manager writes its error as the bare text of the output node (no child
        # elements); quiz text that mentions the message is not an error.
        failed = self.page.evaluate(
            """() => Array.from(document.querySelectorAll(
                  '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output'))
                .filter(n => n.children.length === 0
                             && /^(Error displaying widget|Loading widget)/.test(n.textContent))
                .map(n => n.textContent)"""
        )
        found += [f"widget failed: {text}" for text in failed]
        return found

    def close_all(self) -> None:
        """Shut down every kernel and close every tab, so lessons do not pile up in memory."""
        self.page.evaluate(
            """async () => {
              const app = window.jupyterapp;
              const soon = (ms) => new Promise(done => setTimeout(done, ms));
              for (const w of Array.from(app.shell.widgets('main'))) {
                if (w.sessionContext) {
                  // Let whatever waits for the session (the widget manager) see it first.
                  await Promise.race([w.sessionContext.ready, soon(10000)]);
                  await w.sessionContext.shutdown();
                }
                if (w.context) { w.context.model.dirty = false; }
                w.dispose();
              }
              await soon(100);
              return true;
            }"""
        )

    def screenshot(self, locator: Any, name: str) -> Path:
        """Save a PNG of a whole notebook (not just the visible part) to screenshots/."""
        SCREENSHOTS.mkdir(exist_ok=True)
        target = SCREENSHOTS / f"{name}.png"
        size = self.page.viewport_size
        # A student's view without the file browser, from the top of the lesson.
        self.page.evaluate(
            "() => { window.jupyterapp.shell.collapseLeft(); "
            "window.jupyterapp.shell.collapseRight(); return true; }"
        )
        scroller = locator.locator(".jp-WindowedPanel-outer").first
        height = scroller.evaluate("node => node.scrollHeight")
        # Make the window tall enough to hold the whole lesson, then put it back.
        self.page.set_viewport_size({"width": size["width"], "height": min(height + 200, 30_000)})
        try:
            scroller.evaluate("node => { node.scrollTop = 0; }")
            self.page.evaluate("() => new Promise(done => requestAnimationFrame(() => done(1)))")
            locator.screenshot(path=str(target))
        finally:
            self.page.set_viewport_size(size)
        return target
