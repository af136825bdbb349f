"""The command line's plumbing: what it prints passes through a filter that takes out control
characters, messages go to stderr, an OSError in words, and the checks of an output folder and
of a file the command reads. Part of the command line (`medialit.cli`), and used by it only.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import IO, Any

from medialit._output import printable


def _printable_lines(text: str) -> str:
    """Printed text with its line breaks and tabs kept and every other control character
    replaced by '?' (so a carriage return cannot overwrite a line)."""
    return "\n".join(
        "\t".join(printable(part) for part in line.split("\t")) for line in text.split("\n")
    )


class _PrintableStream:
    """A text stream that writes what it is given with control characters taken out."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(_printable_lines(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _reason(exc: OSError) -> str:
    """An OSError in words: 'Permission denied', 'Not a directory'..."""
    return exc.strerror or str(exc)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _ordinary_file(path: Path, cap: int) -> str:
    """'' if `path` is a regular file of at most `cap` bytes, else what it is, in words (so
    `--levels /dev/zero` or a pipe is never read without end)."""
    try:
        info = path.stat()
    except OSError as exc:
        return f"it cannot be opened ({_reason(exc)})"
    if not stat.S_ISREG(info.st_mode):
        return "it is not an ordinary file (a device, a pipe or a folder)"
    if info.st_size > cap:
        return f"it is larger than {cap // 2**20} MB, far more than a class's levels"
    return ""


def _out_folder(out: Path, command: str) -> str:
    """'' if `out` is a folder or can be made one; else what to do."""
    if out.exists() and not out.is_dir():
        return (
            f"medialit {command}: {printable(out)} is a file, not a folder. Give --out the name "
            "of a folder (a new one is made), e.g. --out grades"
        )
    return ""
