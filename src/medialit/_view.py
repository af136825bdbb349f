"""What every view shares: escaping, labels, a box with a plain-text form, and button
callbacks whose errors a student sees in plain words.

The views are split by job: the quiz (`_quiz_view.py`, its controls in `_controls.py`), the
name and hand-in forms (`_forms.py`) and the teacher's annotator (`_annotator.py`). Only they
import ipywidgets; each renders what the model or the session returns and decides nothing.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets


def esc(text: Any) -> str:
    """Text made safe to put into HTML (every piece of article or student text goes through)."""
    return html.escape(str(text), quote=True)


def label(text: str) -> widgets.HTML:
    """An HTML widget holding markup already escaped."""
    return widgets.HTML(value=text)


def status_html(symbol: str, message: str) -> str:
    """A status line a screen reader announces: a symbol, then the message, escaped."""
    return f'<div role="status"><b>{symbol}</b> {esc(message)}</div>'


class TextBox(widgets.VBox):
    """A VBox whose text/plain form is given text, so frontends without widgets (nbval,
    a terminal) show a deterministic quiz instead of a widget repr with a model id."""

    def __init__(self, plain_text: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._plain_text = plain_text

    def __repr__(self) -> str:
        return self._plain_text

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        return {
            "text/plain": self._plain_text,
            "application/vnd.jupyter.widget-view+json": {
                "version_major": 2,
                "version_minor": 0,
                "model_id": self._model_id,
            },
        }


def friendly(status: widgets.HTML, action: Callable[[], None]) -> Callable[[Any], None]:
    """A button's callback that shows any error to the student, in plain words, in `status`
    (an exception in a widget callback would otherwise go to a log nobody reads)."""

    def callback(_button: Any = None) -> None:
        try:
            action()
        except Exception as error:  # a student must never see a traceback, nor nothing
            status.value = status_html(
                "ⓘ",
                f"Something went wrong ({type(error).__name__}: {error}). Run the cell again; "
                "if it happens again, show this message to your teacher.",
            )

    return callback
