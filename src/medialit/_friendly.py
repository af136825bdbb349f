"""Plain words in a notebook for the error a student meets most: a name not defined yet (a
cell skipped, a cell that stopped with a message, a typo). `import medialit` installs it in a
running IPython kernel; outside IPython it does nothing."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any


def message(error: NameError) -> str:
    """What a student reads in place of the traceback of `error`."""
    name = getattr(error, "name", None)
    what = f"`{name}`" if name else "A name"
    return (
        f"{what} is not defined yet. Run the cell above that sets it first (if that cell "
        "stopped with a message, fix that and run it again), or check the spelling."
    )


def _name_error(
    shell: Any,
    etype: type[BaseException],
    value: BaseException,
    tb: TracebackType | None,
    tb_offset: int | None = None,
) -> list[str]:
    if etype is not NameError or not isinstance(value, NameError):
        # UnboundLocalError and other subclasses: the usual traceback
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
        return []
    stb = [message(value)]
    show = getattr(shell, "_showtraceback", None)  # as IPython shows any error: an error output
    if show is not None:
        show(etype, value, stb)
    else:
        print(stb[0], file=sys.stderr)
    return stb


def install() -> bool:
    """Show a NameError in the running IPython kernel as one plain line; True if installed."""
    ipython = sys.modules.get("IPython")
    get = getattr(ipython, "get_ipython", None)
    shell = get() if get else None
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    if tuple(getattr(shell, "custom_exceptions", ())) not in ((), (NameError,)):
        return False  # someone else's handler: leave it
    shell.set_custom_exc((NameError,), _name_error)
    return True
