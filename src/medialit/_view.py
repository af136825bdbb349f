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
    """A message a screen reader announces: a symbol, then the message, escaped.

    An alert, because the HTML widget inserts the element together with its text: screen
    readers announce an alert when it is inserted, a status region only when it changes.
    """
    return f'<div role="alert"><b>{symbol}</b> {esc(message)}</div>'


# The roots of the course's widgets (quiz, name form, hand-in): the focus style is scoped to
# them, so nothing else in a student's JupyterLab changes.
ROOTS = (".medialit-quiz", ".medialit-student-form", ".medialit-hand-in")
# A focus ring of at least 3:1 against the page (WCAG 1.4.11): dark blue on a light theme
# (6.3:1 on white), light blue on a dark one (10:1 on JupyterLab's dark #111).
FOCUS_LIGHT, FOCUS_DARK = "#1a5fb4", "#99c1f1"
_FOCUSABLE = ("button", "select", "input", "textarea")


def focus_css() -> str:
    """The course's focus style: a 3 px ring around whichever control has keyboard focus."""
    targets = ", ".join(f"{root} {tag}:focus-visible" for root in ROOTS for tag in _FOCUSABLE)
    dark = ", ".join(
        f'body[data-jp-theme-light="false"] {root} {tag}:focus-visible'
        for root in ROOTS
        for tag in _FOCUSABLE
    )
    return (
        f"{targets} {{outline: 3px solid {FOCUS_LIGHT} !important; "
        "outline-offset: 2px !important;}\n"
        f"{dark} {{outline-color: {FOCUS_DARK} !important;}}"
    )


def focus_style() -> widgets.HTML:
    """An invisible HTML widget holding the focus style; each view of the course carries one
    (a style element applies to the whole page, and goes when its view goes)."""
    hidden = widgets.Layout(display="none")
    style = widgets.HTML(value=f"<style>{focus_css()}</style>", layout=hidden)
    style.add_class("medialit-style")
    return style


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
