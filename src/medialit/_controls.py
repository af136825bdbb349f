"""The controls of each item type: one `Control` subclass per type, registered with
`@control`, so a new type needs one entry here beside its module in `items/`.

Every control is a real, labelled ipywidgets control (keyboard reachable, read by screen
readers); every piece of article or student text put into HTML is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from medialit._data import KINDS, STATUSES
from medialit._quiz import Question
from medialit._view import esc, friendly, label

CHOOSE = "— choose —"
UNSET = ""  # the value of CHOOSE: Dropdown shows a blank box for None, so an empty string
# How sure: labelled choices in steps of 10 %. A drop-down has an accessible name and works
# with arrow keys; a slider's handle is announced only as "slider".
LEVELS = [(CHOOSE, UNSET)] + [
    (f"{p} %" + {0: " (surely not)", 50: " (no idea)", 100: " (surely yes)"}.get(p, ""), p)
    for p in range(0, 101, 10)
]


def quote(question: Question, sid: str) -> str:
    # Verbatim and in italics, with no quotation marks of ours: a piece of a split quote
    # (S09a) carries only one of the article's own marks, and a second would mislead.
    return f"<b>{esc(sid)}</b> <i>{esc(question.text_of(sid))}</i>"


MARKED = "✓ "  # before a marked word: in the button's name, so a screen reader says it too


def mark_label(token: str, marked: bool) -> str:
    """A word button's text: the word, after a tick when it is marked."""
    return f"{MARKED}{token}" if marked else token


def mark_tooltip(number: int, token: str, marked: bool) -> str:
    """A word button's tooltip (its accessible description): the word and its state in words."""
    return f"Word {number}: {token} ({'marked' if marked else 'not marked'}; Space to change)"


def _show_marked(change: dict[str, Any]) -> None:
    """A marked word stands out by colour and by a tick in its text, so neither colour nor an
    icon (whose glyph a screen reader cannot read) is the only sign."""
    button = change["owner"]
    button.button_style = "info" if change["new"] else ""
    button.description = mark_label(button._medialit_token, change["new"])
    button.tooltip = mark_tooltip(button._medialit_number, button._medialit_token, change["new"])


class Control:
    """The controls of one item type; a subclass per type, registered with `@control`."""

    def __init__(self, question: Question, auto: widgets.Layout) -> None:
        self.question = question
        self.auto = auto  # one Layout shared by the question's controls (each is a model)
        self.widgets: list[widgets.Widget] = self.build()

    def build(self) -> list[widgets.Widget]:
        """The widgets a student answers with."""
        raise NotImplementedError

    def response(self) -> Any:
        """The response the controls hold now, as a student gives it (shown form)."""
        raise NotImplementedError

    def restore(self, shown: Any) -> None:
        """Put a saved response (shown form) back into the controls."""
        raise NotImplementedError


CONTROLS: dict[str, type[Control]] = {}


def control(name: str) -> Callable[[type[Control]], type[Control]]:
    """Register the controls of the item type `name`."""

    def register(cls: type[Control]) -> type[Control]:
        CONTROLS[name] = cls
        return cls

    return register


@control("single")
class SingleControl(Control):
    def build(self) -> list[widgets.Widget]:
        self.radio = widgets.RadioButtons(
            # No letters on screen: the plain-text form has them, the widget needs none.
            options=[(c["text"], shown) for shown, _, c in self.question.shown_choices],
            value=None,
            description="Answer",
            tooltip="Pick one answer",
            layout=self.auto,
        )
        return [self.radio]

    def response(self) -> Any:
        return self.radio.value

    def restore(self, shown: Any) -> None:
        self.radio.value = shown


@control("multiple")
class MultipleControl(Control):
    def build(self) -> list[widgets.Widget]:
        self.checks = {
            shown: widgets.Checkbox(
                value=False, description=c["text"], indent=False, layout=self.auto
            )
            for shown, _, c in self.question.shown_choices
        }
        return [label("<i>Tick every answer that fits.</i>"), *self.checks.values()]

    def response(self) -> Any:
        return [k for k, c in self.checks.items() if c.value]

    def restore(self, shown: Any) -> None:
        for k, c in self.checks.items():
            c.value = k in shown


@control("sort")
class SortControl(Control):
    def build(self) -> list[widgets.Widget]:
        self.categories = self.question.item.categories(self.question)  # type: ignore[attr-defined]
        options = [(CHOOSE, UNSET), *[(c, c) for c in self.categories]]
        self.dropdowns = {}
        rows: list[widgets.Widget] = []
        for sid in self.question.shown_statement_ids:
            drop = widgets.Dropdown(
                options=options,
                value=UNSET,
                description=f"{sid} kind",
                tooltip=f"Kind of statement {sid}: {self.question.text_of(sid)}",
                style={"description_width": "initial"},
            )
            self.dropdowns[sid] = drop
            rows += [label(quote(self.question, sid)), drop]
        return rows

    def response(self) -> Any:
        return {sid: d.value for sid, d in self.dropdowns.items() if d.value != UNSET}

    def restore(self, shown: Any) -> None:
        for sid, d in self.dropdowns.items():
            d.value = shown.get(sid) if shown.get(sid) in self.categories else UNSET


@control("mark")
class MarkControl(Control):
    def build(self) -> list[widgets.Widget]:
        q = self.question
        target = esc(q.spec["target"])
        self.toggles = []
        for i, token in enumerate(q.item.tokens(q)):  # type: ignore[attr-defined]
            toggle = widgets.ToggleButton(
                value=False,
                description=mark_label(token, False),
                tooltip=mark_tooltip(i + 1, token, False),
                layout=self.auto,
            )
            toggle._medialit_token, toggle._medialit_number = token, i + 1
            toggle.observe(_show_marked, "value")
            self.toggles.append(toggle)
        words = widgets.HBox(self.toggles, layout=widgets.Layout(flex_flow="row wrap"))
        sid = q.statement.id if q.statement else ""
        return [label(f"<i>{esc(sid)}: click the words of the {target}.</i>"), words]

    def response(self) -> Any:
        return [i for i, b in enumerate(self.toggles) if b.value]

    def restore(self, shown: Any) -> None:
        for i, b in enumerate(self.toggles):
            b.value = i in shown


@control("order")
class OrderControl(Control):
    def build(self) -> list[widgets.Widget]:
        choices = self.question.shown_choices
        options = [(CHOOSE, UNSET), *[(c["text"], shown) for shown, _, c in choices]]
        self.positions = [
            widgets.Dropdown(
                options=options,
                value=UNSET,
                description=f"{n}.",
                tooltip=f"Event number {n} in time (1 = earliest)",
                layout=self.auto,
            )
            for n in range(1, len(choices) + 1)
        ]
        listing = "".join(f"<li>{esc(c['text'])}</li>" for _, _, c in choices)
        return [
            label(f"<i>The events:</i><ul>{listing}</ul><i>Earliest first.</i>"),
            *self.positions,
        ]

    def response(self) -> Any:
        return [d.value for d in self.positions if d.value != UNSET]

    def restore(self, shown: Any) -> None:
        for d, k in zip(self.positions, shown, strict=False):
            d.value = k


@control("confidence")
class ConfidenceControl(Control):
    def build(self) -> list[widgets.Widget]:
        self.levels = {}
        rows: list[widgets.Widget] = []
        for sid in self.question.shown_statement_ids:
            level = widgets.Dropdown(
                options=LEVELS,
                value=UNSET,
                description=f"{sid} how sure",
                tooltip=f"How sure, 0 to 100 %, for {sid}: {self.question.text_of(sid)}",
                style={"description_width": "initial"},
            )
            self.levels[sid] = level
            rows += [label(quote(self.question, sid)), level]
        return rows

    def response(self) -> Any:
        return {sid: d.value / 100 for sid, d in self.levels.items() if d.value != UNSET}

    def restore(self, shown: Any) -> None:
        for sid, d in self.levels.items():
            if sid in shown:
                # A saved 0.75 (typed by function call) shows as the nearest level.
                d.value = min(100, max(0, round(float(shown[sid]) * 10) * 10))


@control("search")
class SearchControl(Control):
    """A search page: a text box for the query, the results in a list box (moving through it
    shows each result's line and records how far the student read), an Open button, and the
    opened page. A page about an outlet shows who is behind it; a report shows that only
    after such a lookup. Queries, opened pages and how far the student scanned before the
    first opening are part of the answer."""

    def build(self) -> list[widgets.Widget]:
        self.queries: list[str] = []
        self.opened: list[str] = []
        self.found: list[Any] = []
        self.results: list[str] = []
        self.scanned = 0  # the furthest result read (1 = the top one) before the first opening
        self.query = widgets.Text(
            value="",
            placeholder="Type your search words",
            description="Search",
            tooltip="Your search: the words you would give a search engine",
            layout=widgets.Layout(width="70%"),
        )
        self.go = widgets.Button(description="Search", tooltip="Search the course's pages")
        self.list = widgets.Select(
            options=[],
            value=None,
            rows=8,
            description="Results",
            tooltip="The results, best first: arrow keys or clicks read each one",
            layout=widgets.Layout(width="95%"),
        )
        self.preview = widgets.HTML(value="")
        self.open_button = widgets.Button(
            description="Open the selected result",
            tooltip="Open the result selected in the list",
            disabled=True,
            layout=widgets.Layout(width="auto"),  # the whole name shows, not "Open the selecte…"
        )
        self.shown = widgets.HTML(value="")
        self.shown.add_class("medialit-card")
        self.note = widgets.HTML(value="")
        self.history = widgets.HTML(value="")
        self.history.add_class("medialit-search-history")
        self.go.on_click(friendly(self.note, self.run))
        self.list.observe(self._read, "value")
        self.open_button.on_click(friendly(self.note, self._open_selected))
        self.status = widgets.Dropdown(
            options=[(CHOOSE, UNSET), *[(s.replace("_", " "), s) for s in STATUSES]],
            value=UNSET,
            description="Status",
            tooltip="What the sources show about the claim",
        )
        self.reason = widgets.Text(
            value="",
            placeholder="Your reason, in one line",
            description="Reason",
            tooltip="Why: which source, and what it shows",
            layout=widgets.Layout(width="90%"),
        )
        return [
            label("<i>Type a search, read down the results, open the pages you need.</i>"),
            widgets.HBox([self.query, self.go]),
            self.note,
            self.list,
            self.preview,
            self.open_button,
            self.shown,
            self.history,
            self.status,
            self.reason,
        ]

    def search(self, words: str) -> None:
        """Type a query and search: the results list shows the index's best pages first."""
        self.query.value = words
        self.run()

    def run(self) -> None:
        words = self.query.value.strip()
        if not words:
            self.note.value = "<i>Type some words first.</i>"
            return
        self.queries.append(words)
        self._show_results(words)
        self._show_history()

    def _show_results(self, words: str) -> None:
        found = self.question.item.results(self.question, words)  # type: ignore[attr-defined]
        self.found = found
        self.results = [page.id for page in found]
        self.list.value = None
        self.list.options = [
            (f"{n}. {p.title} · {p.outlet} · {p.date}", p.id) for n, p in enumerate(found, 1)
        ]
        self.list.value = None
        self.preview.value = ""
        self.open_button.disabled = True
        count = len(found)
        self.note.value = (
            f"<i>{count} result{'s' * (count != 1)} for “{esc(words)}”.</i>"
            if found
            else f"<i>No page matches “{esc(words)}”. Try other words: a name, a place, "
            "an outlet.</i>"
        )

    def _show_history(self) -> None:
        """What the answer will keep: the searches, how far the student read before the first
        opening, and the pages opened, in order."""
        pages = self.question.item.page  # type: ignore[attr-defined]
        queries = "".join(f'<li class="medialit-query">{esc(q)}</li>' for q in self.queries)
        opened = "".join(
            f'<li class="medialit-opened" data-page="{esc(k)}">'
            f"{esc(pages(self.question, k)[0])}</li>"
            for k in self.opened
        )
        self.history.value = (
            '<div role="region" aria-label="Your search so far">'
            f"<i>Your searches:</i><ol>{queries}</ol>"
            f'<i>Results read before the first opening:</i> <span class="medialit-scanned">'
            f"{self.scanned}</span>"
            f"<br><i>Pages opened:</i><ol>{opened}</ol></div>"
        )

    def _read(self, change: dict[str, Any]) -> None:
        """A result highlighted in the list is a result read: show its line, remember how
        far down the student read before opening anything."""
        key = change["new"]
        if key is None or key not in self.results:
            return
        position = self.results.index(key) + 1
        if not self.opened:
            self.scanned = max(self.scanned, position)
            self._show_history()
        page = self.found[position - 1]
        self.preview.value = (
            f'<div role="status"><b>{position}. {esc(page.title)}</b><br>'
            f"{esc(page.outlet)} · {esc(page.date)}<br>{esc(page.snippet)}</div>"
        )
        self.open_button.disabled = False

    def _open_selected(self) -> None:
        if self.list.value is not None:
            self.open(self.list.value)

    def open(self, key: str) -> None:
        """Open a page: show what it says and remember that it was opened, in order."""
        if key not in self.opened:
            self.opened.append(key)
        item = self.question.item
        lines = item.page(self.question, key, looked_up=self.opened)  # type: ignore[attr-defined]
        self.shown.value = (
            '<div role="region" aria-label="The page you opened">'
            + "<br>".join(esc(line) for line in lines)
            + "</div>"
        )
        self._show_history()

    def response(self) -> Any:
        return {
            "queries": list(self.queries),
            "opened": list(self.opened),
            "scanned": self.scanned,
            "status": self.status.value or None,
            "reason": self.reason.value,
        }

    def restore(self, shown: Any) -> None:
        self.queries = list(shown.get("queries", []))
        if self.queries:
            self.query.value = self.queries[-1]
            self._show_results(self.queries[-1])
        self.scanned = int(shown.get("scanned", 0))
        self.opened = []
        for key in shown.get("opened", []):
            self.open(key)
        self._show_history()
        self.status.value = shown.get("status") or UNSET
        self.reason.value = shown.get("reason") or ""


@control("reflection")
class ReflectionControl(Control):
    def build(self) -> list[widgets.Widget]:
        self.textarea = widgets.Textarea(
            value="",
            placeholder="Write your answer here",
            description="Your answer",
            tooltip="Your answer in your own words",
            layout=widgets.Layout(width="90%"),
        )
        return [self.textarea]

    def response(self) -> Any:
        return self.textarea.value

    def restore(self, shown: Any) -> None:
        self.textarea.value = str(shown)


def _kind_options() -> list[tuple[str, str]]:
    return [(kind, kind) for kind in KINDS]


def _machine_row(sid: str, text: str, kind: str, why: str) -> tuple[widgets.HTML, widgets.Dropdown]:
    """One statement with the machine's kind and reason, and a drop-down set to that kind."""
    shown = label(
        f"<b>{esc(sid)}</b> <i>{esc(text)}</i><br>The machine says <b>{esc(kind)}</b>: {esc(why)}"
    )
    drop = widgets.Dropdown(
        options=_kind_options(),
        value=kind,
        description=f"{sid} kind",
        tooltip=f"Your kind for {sid} (the machine says {kind}): {text}",
        style={"description_width": "initial"},
    )
    return shown, drop


@control("catch")
class CatchControl(Control):
    """The machine's kind for each statement, in a drop-down a student changes where the
    machine is wrong."""

    def build(self) -> list[widgets.Widget]:
        self.machine: dict[str, str] = {}
        self.dropdowns: dict[str, widgets.Dropdown] = {}
        rows: list[widgets.Widget] = [
            label("<i>Change the kind wherever you think the machine is wrong.</i>")
        ]
        for sid, text, kind, why in self.question.item.rows(self.question):  # type: ignore[attr-defined]
            shown, drop = _machine_row(sid, text, kind, why)
            self.machine[sid] = kind
            self.dropdowns[sid] = drop
            rows += [shown, drop]
        return rows

    def response(self) -> Any:
        return {sid: d.value for sid, d in self.dropdowns.items() if d.value != self.machine[sid]}

    def restore(self, shown: Any) -> None:
        for sid, drop in self.dropdowns.items():
            drop.value = shown[sid] if shown.get(sid) in KINDS else self.machine[sid]


@control("catch-own")
class CatchOwnControl(Control):
    """A box for the student's own article; a button shows the machine's labels, each in a
    drop-down the student changes where the machine is wrong."""

    def build(self) -> list[widgets.Widget]:
        self.machine: dict[str, str] = {}
        self.dropdowns: dict[str, widgets.Dropdown] = {}
        self.analysed_text: str | None = None
        self.article = widgets.Textarea(
            value="",
            placeholder="Paste an English news article here: the headline, then the text",
            description="Your article",
            tooltip="Your own article: paste the headline, then the text",
            layout=widgets.Layout(width="90%", height="12em"),
            style={"description_width": "initial"},
        )
        self.show_labels = widgets.Button(
            description="Show the machine's labels",
            tooltip="Run the analyzer on your article and show its labels",
            layout=widgets.Layout(width="auto"),
        )
        self.message = widgets.HTML(value="")
        self.labels_box = widgets.VBox([])
        self.show_labels.on_click(friendly(self.message, lambda: self.analyse()))
        return [self.article, self.show_labels, self.message, self.labels_box]

    def analyse(self, corrections: dict[str, str] | None = None) -> None:
        """Run the analyzer on the text in the box and show a drop-down per statement."""
        text = self.article.value
        found, problem = self.question.item.proposals(text)  # type: ignore[attr-defined]
        if problem:
            self.message.value = f"<p>{esc(problem)}</p>"
            return
        self.machine, self.dropdowns, children = {}, {}, []
        for row in found:
            shown, drop = _machine_row(row["id"], row["text"], row["kind"], row["why"])
            self.machine[row["id"]] = row["kind"]
            if corrections and corrections.get(row["id"]) in KINDS:
                drop.value = corrections[row["id"]]
            self.dropdowns[row["id"]] = drop
            children += [shown, drop]
        self.labels_box.children = tuple(children)
        self.analysed_text = text
        self.message.value = (
            f"<p>The machine found {len(found)} statements. Check each one and change the kind "
            "wherever you label it differently; then check your answer.</p>"
        )

    def response(self) -> Any:
        if self.analysed_text is None or self.analysed_text != self.article.value:
            return None  # no labels shown for this text yet: the item says what to do
        return {
            "text": self.analysed_text,
            "corrections": {
                sid: d.value for sid, d in self.dropdowns.items() if d.value != self.machine[sid]
            },
        }

    def restore(self, shown: Any) -> None:
        self.article.value = shown.get("text", "")
        self.analyse(dict(shown.get("corrections") or {}))
