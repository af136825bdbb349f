"""Hand-in in a browser tab (JupyterLite): the hand-in file offered as a download.

In a browser the kernel's files live in the browser's own storage, which a teacher cannot
reach; the student downloads the hand-in file and gives it to the teacher. The link carries
the file itself (a data: address), so it works without a server.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path

from medialit import _store

# A hand-in is a few kB to a few hundred kB; the store caps answer files at MAX_FILE_BYTES.
DOWNLOAD_NOTE = (
    "Your answers live only in this browser: press the link to download the file, then give "
    "it to your teacher (for example by e-mail or your school's platform)."
)


def download_link(path: Path | None) -> str:
    """HTML for a link that downloads the hand-in file at `path`, with what to do with it;
    "" outside a browser, where the file is on disk already, or when there is no file."""
    if path is None or not _store.in_browser():
        return ""
    try:
        raw = path.read_bytes()
    except OSError:
        return ""
    data = base64.b64encode(raw).decode("ascii")
    name = html.escape(path.name, quote=True)
    return (
        f'<p class="medialit-download"><a download="{name}" '
        f'href="data:application/json;base64,{data}">Download {name}</a></p>'
        f"<p>{html.escape(DOWNLOAD_NOTE)}</p>"
    )
