"""The student's two forms: the name (lesson 00) and the hand-in button (end of a lesson)."""

from __future__ import annotations

import ipywidgets as widgets

from medialit import _browser, _session, _store
from medialit._view import TextBox, focus_style, friendly, status_html


class StudentForm(TextBox):
    """The name form of lesson 00 (a Text and a Save button)."""


def student_form() -> StudentForm:
    """A form to set the student's name once (lesson 00); never blocks on input()."""
    current = _store.current_student()
    name = widgets.Text(
        value="" if current == _store.DEFAULT_STUDENT else current,
        placeholder="e.g. Ada Lovelace",
        description="Your name",
        tooltip="Your name, as your teacher should see it",
    )
    save = widgets.Button(description="Save name", tooltip="Save your name")
    status = widgets.HTML(value="")
    status.add_class("medialit-feedback")

    def _save() -> None:
        cleaned, message = _store.save_student(name.value)
        status.value = status_html("✓" if cleaned else "ⓘ", message)

    save.on_click(friendly(status, _save))
    form = StudentForm(
        'Type your name and press Save name. (In plain Python: medialit.set_student("Ada").)',
        children=[focus_style(), widgets.HBox([name, save]), status],
    )
    form.add_class("medialit-student-form")
    form.name_input, form.save_button, form.status = name, save, status
    return form


class HandInForm(TextBox):
    """The hand-in button at the end of a lesson."""


def hand_in_form() -> HandInForm:
    """A button that hands the student's answers in (to the teacher's folder, if one is set)."""
    button = widgets.Button(
        description="Hand in my answers",
        tooltip="Copy your answers, as a new file, to your teacher's hand-in folder",
        layout=widgets.Layout(width="auto"),
    )
    status = widgets.HTML(value="")
    status.add_class("medialit-feedback")

    def _hand_in() -> None:
        result = _session.hand_in_answers()
        status.value = status_html("✓" if result.path else "ⓘ", result.message)
        status.value += _browser.download_link(result.path)  # in a browser tab: a download

    button.on_click(friendly(status, _hand_in))
    form = HandInForm(
        "Hand in your answers with medialit.hand_in() (or, in a terminal: medialit handin).",
        children=[focus_style(), button, status],
    )
    form.add_class("medialit-hand-in")
    form.button, form.status = button, status
    return form
