"""The teacher's annotator: one row per statement with drop-downs for its labels. What a
checked row says and how the table is saved are the model's (`_labels.py`)."""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets

from medialit import _labels
from medialit._course import load_course
from medialit._data import KINDS, SOURCE_TYPES
from medialit._view import TextBox, esc, friendly, label, status_html


class Annotator(TextBox):
    """The teacher's table for checking a course's statement labels."""


def annotate(folder: str | Path) -> Annotator:
    """One row per statement (its text, the rule that fired), drop-downs for kind and source
    type, and a Save button that checks the whole table before writing statements.csv."""
    course = load_course(folder)
    rows = _labels.rows_to_check(course)
    kinds, types = {}, {}
    children: list[widgets.Widget] = [label(f"<h3>{esc(course.title)}: check each label</h3>")]
    for row in rows:
        kinds[row["id"]] = widgets.Dropdown(
            options=list(KINDS), value=row["kind"], description="kind",
            tooltip=f"Kind of statement {row['id']}",
        )  # fmt: skip
        types[row["id"]] = widgets.Dropdown(
            options=list(SOURCE_TYPES), value=row["source_type"], description="source",
            tooltip=f"Source type of statement {row['id']}",
        )  # fmt: skip
        children += [
            label(
                f"<b>{esc(row['id'])}</b> <i>{esc(row['text'])}</i><br>"
                f"<small>{esc(row['explanation'])}</small>"
            ),
            widgets.HBox([kinds[row["id"]], types[row["id"]]]),
        ]
    save = widgets.Button(description="Save the labels", icon="save", tooltip="Check and save")
    status = widgets.HTML(value="")
    status.add_class("medialit-feedback")

    def _save() -> None:
        labels = {sid: (kinds[sid].value, types[sid].value) for sid in kinds}
        try:
            edited, path = _labels.save_labels(course, rows, labels)
        except (ValueError, OSError) as err:
            status.value = status_html("ⓘ", f"Not saved: {err}")
            return
        rows[:] = edited
        status.value = status_html(
            "✓",
            f"Saved {len(edited)} statements to {path}. The quiz takes its keys from them: "
            "run its cells again to see the new keys.",
        )

    save.on_click(friendly(status, _save))
    form = Annotator(
        f"{len(rows)} statements of {course.folder}; edit statements.csv, or use the widget.",
        children=[*children, save, status],
    )
    form.add_class("medialit-annotate")
    form.kinds, form.types, form.save_button, form.status = kinds, types, save, status
    return form
