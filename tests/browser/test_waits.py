"""The driver's waits wait: each one times out on a state that never comes, instead of
returning at once (a wait that returns at once lets a test check a page that is not there)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest
from labdriver import Lab
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

SHORT = 1_500  # ms: long enough to tell a wait from an immediate return


def _notebook(lab: Lab, name: str, sources: list[str]) -> str:
    """Write a small notebook into the server's folder; its path for the driver."""
    cells = [
        {"cell_type": "code", "metadata": {}, "source": src, "outputs": [], "execution_count": None}
        for src in sources
    ]
    nb = {
        "cells": cells,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (lab.server.root / name).write_text(json.dumps(nb), encoding="utf-8")
    return name


def _start_run_all(lab: Lab, path: str) -> None:
    """Start "Run All Cells" without waiting for it."""
    lab.page.evaluate(
        """(path) => {
          const app = window.jupyterapp;
          const w = Array.from(app.shell.widgets('main')).find(x => x.context?.path === path);
          app.shell.activateById(w.id);
          app.commands.execute('notebook:run-all-cells');
          return true;
        }""",
        path,
    )


def _interrupt(lab: Lab, path: str) -> None:
    lab.page.evaluate(
        """async (path) => {
          const app = window.jupyterapp;
          const w = Array.from(app.shell.widgets('main')).find(x => x.context?.path === path);
          await w.sessionContext.session.kernel.interrupt();
          return true;
        }""",
        path,
    )


def _times_out(wait: Callable[..., None], *args: str) -> float:
    """Run a wait with a short timeout; it must time out, not return. Returns seconds waited."""
    started = time.monotonic()
    with pytest.raises(PlaywrightTimeoutError):
        wait(*args, timeout=SHORT)
    return time.monotonic() - started


def test_kernel_waits_time_out_while_the_kernel_is_busy(lab: Lab):
    """While a cell sleeps, do wait_kernel_idle and wait_executed wait (and time out), and
    both return once the kernel is idle again?"""
    sleeper = "import time\nprint('sleeping now', flush=True)\ntime.sleep(60)"
    path = _notebook(lab, "wait-busy.ipynb", [sleeper, "1 + 1"])
    lab.open(path)
    lab.wait_kernel_idle(path)
    _start_run_all(lab, path)
    # Busy with the sleeping cell itself: its prompt shows "*" AND it has printed its marker,
    # so the kernel is inside time.sleep (a queued cell shows "*" too). The kernel's status is
    # not asked: on a loaded machine it read idle for a moment while the cell ran (the kernel
    # reports busy and idle around messages it answers on another channel).
    lab.page.wait_for_function(
        """(path) => {
          const w = Array.from(window.jupyterapp.shell.widgets('main'))
            .find(x => x.context?.path === path);
          const cell = w?.node.querySelector('.jp-CodeCell');
          const prompt = cell?.querySelector('.jp-InputPrompt');
          const output = cell?.querySelector('.jp-OutputArea')?.textContent ?? '';
          return (prompt?.textContent ?? '').includes('*') && output.includes('sleeping now');
        }""",
        arg=path,
        timeout=30_000,
    )
    assert _times_out(lab.wait_kernel_idle, path) >= SHORT / 1000
    assert _times_out(lab.wait_executed, path) >= SHORT / 1000
    _interrupt(lab, path)
    lab.wait_kernel_idle(path)


def test_wait_executed_times_out_on_a_cell_never_run(lab: Lab):
    """With the kernel idle but a cell never run, does wait_executed time out?"""
    path = _notebook(lab, "wait-unrun.ipynb", ["1 + 1"])
    lab.open(path)
    lab.wait_kernel_idle(path)
    assert _times_out(lab.wait_executed, path) >= SHORT / 1000
    assert lab.run_all(path)  # and once it has run, the wait returns


def test_wait_widgets_rendered_times_out_on_a_widget_not_drawn(lab: Lab):
    """Does wait_widgets_rendered return once a widget is drawn, and time out when a widget
    output shows no view (here: its view taken out of the page)?"""
    path = _notebook(
        lab, "wait-widget.ipynb", ["import ipywidgets\nipywidgets.Button(description='x')"]
    )
    notebook = lab.open(path)
    assert lab.run_all(path)
    lab.wait_widgets_rendered(path)
    assert notebook.locator(".jp-OutputArea-output > .jupyter-widgets").count() == 1
    notebook.locator(".jp-OutputArea-output > .jupyter-widgets").evaluate("node => node.remove()")
    assert _times_out(lab.wait_widgets_rendered, path) >= SHORT / 1000
