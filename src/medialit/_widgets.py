"""The quiz view: one ipywidgets form per question, feedback in an HTML widget.

Structure the browser tests rely on: the root is a VBox with class `medialit-quiz`; each
question a VBox with `medialit-question` and `medialit-q-<id>`; its button says "Check answer";
feedback is an HTML widget with `medialit-feedback`; the score line an HTML with
`medialit-score`. Every control is a real, labelled ipywidgets control (keyboard reachable,
read by screen readers); right and wrong are shown with a word and a symbol, never colour
alone; every piece of article or student text put into HTML is escaped.
"""

from __future__ import annotations

import contextlib
import html
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from medialit import _session, _store
from medialit._course import Course
from medialit._data import STATUSES
from medialit._quiz import Question, Quiz, Result
from medialit._session import Lesson, LessonProgress, Session

CHOOSE = "— choose —"
UNSET = ""  # the value of CHOOSE: Dropdown shows a blank box for None, so an empty string
# How sure: labelled choices in steps of 10 %. A drop-down has an accessible name and works
# with arrow keys; a slider's handle is announced only as "slider".
LEVELS = [(CHOOSE, UNSET)] + [
    (f"{p} %" + {0: " (surely not)", 50: " (no idea)", 100: " (surely yes)"}.get(p, ""), p)
    for p in range(0, 101, 10)
]


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


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


def feedback_html(result: Result, *, restored: bool = False) -> str:
    """The feedback of a result as escaped HTML: a verdict word and symbol, then the reasons."""
    if not result.valid:
        return f'<div role="status"><b>ⓘ</b> {_esc(result.feedback)}</div>'
    parts = ['<div role="status">']
    if restored:
        parts.append("<i>Your last saved answer:</i><br>")
    head = _esc(result.verdict)
    if result.score is not None:
        head += f" · score {result.score:.2f}"
    parts.append(f"<b>{head}</b>")
    parts += [f"<br>{_esc(line)}" for line in result.feedback.splitlines() if line.strip()]
    if result.notice:
        parts.append(f"<br><b>Note:</b> {_esc(result.notice)}")
    parts.append("</div>")
    return "".join(parts)


def _label(text: str) -> widgets.HTML:
    return widgets.HTML(value=text)


def _quote(question: Question, sid: str) -> str:
    # Verbatim and in italics, with no quotation marks of ours: a piece of a split quote
    # (S09a) carries only one of the article's own marks, and a second would mislead.
    return f"<b>{_esc(sid)}</b> <i>{_esc(question.text_of(sid))}</i>"


def _show_marked(change: dict[str, Any]) -> None:
    """A marked word stands out by colour and by a tick, so colour is not the only sign."""
    button = change["owner"]
    button.button_style = "info" if change["new"] else ""
    button.icon = "check" if change["new"] else ""


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
        return [_label("<i>Tick every answer that fits.</i>"), *self.checks.values()]

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
                description=f"{sid}:",
                tooltip=f"Kind of statement {sid}: {self.question.text_of(sid)}",
            )
            self.dropdowns[sid] = drop
            rows += [_label(_quote(self.question, sid)), drop]
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
        target = _esc(q.spec["target"])
        self.toggles = [
            widgets.ToggleButton(
                value=False, description=token, tooltip=f"Mark word {i}: {token}", layout=self.auto
            )
            for i, token in enumerate(q.item.tokens(q))  # type: ignore[attr-defined]
        ]
        for toggle in self.toggles:
            toggle.observe(_show_marked, "value")
        words = widgets.HBox(self.toggles, layout=widgets.Layout(flex_flow="row wrap"))
        sid = q.statement.id if q.statement else ""
        return [_label(f"<i>{_esc(sid)}: click the words of the {target}.</i>"), words]

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
        listing = "".join(f"<li>{_esc(c['text'])}</li>" for _, _, c in choices)
        return [
            _label(f"<i>The events:</i><ul>{listing}</ul><i>Earliest first.</i>"),
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
                description=f"{sid}: how sure",
                tooltip=f"How sure, 0 to 100 %, for {sid}: {self.question.text_of(sid)}",
                style={"description_width": "initial"},
            )
            self.levels[sid] = level
            rows += [_label(_quote(self.question, sid)), level]
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
    """A results page: an Open button per result shows its card (who is behind the outlet,
    what it reported); the order of opening is part of the answer."""

    def build(self) -> list[widgets.Widget]:
        q = self.question
        item = q.item
        self.opened: list[str] = []
        self.cards: dict[str, widgets.HTML] = {}
        rows: list[widgets.Widget] = [_label("<i>Results (open as many as you like):</i>")]
        for key, result in item.results(q).items():  # type: ignore[attr-defined]
            head = _label(
                f"<b>{_esc(key)}) {_esc(result['title'])}</b><br>{_esc(result['outlet'])} · "
                f"{_esc(result['date'])}<br>{_esc(result['snippet'])}"
            )
            button = widgets.Button(
                description=f"Open result {key}",
                tooltip=f"Open the result: {result['title']} ({result['outlet']})",
                icon="external-link",
            )
            button.on_click(lambda _b, key=key: self.open(key))
            card = widgets.HTML(value="")
            card.add_class("medialit-card")
            self.cards[key] = card
            rows += [head, button, card]
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
        return [*rows, self.status, self.reason]

    def open(self, key: str) -> None:
        """Open a result: show its card and remember that it was opened, in order."""
        if key not in self.opened:
            self.opened.append(key)
        lines = self.question.item.card(self.question, key).splitlines()  # type: ignore[attr-defined]
        self.cards[key].value = (
            '<div role="region" aria-label="What this result shows">'
            + "<br>".join(_esc(line) for line in lines)
            + "</div>"
        )

    def response(self) -> Any:
        return {
            "opened": list(self.opened),
            "status": self.status.value or None,
            "reason": self.reason.value,
        }

    def restore(self, shown: Any) -> None:
        for key in shown.get("opened", []):
            self.open(key)
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


class QuestionView:
    """The controls of one question, a Check button and its feedback."""

    def __init__(self, question: Question, on_check: Callable[[QuestionView], None]) -> None:
        self.question = question
        self.feedback = widgets.HTML(value="")
        self.feedback.add_class("medialit-feedback")
        self.button = widgets.Button(
            description="Check answer",
            tooltip=f"Check your answer to question {question.id} and see why",
            icon="check",
        )
        self.button.on_click(friendly(self.feedback, lambda: on_check(self)))
        self.auto = widgets.Layout(width="auto")
        prompt = f"<b>{_esc(question.prompt)}</b>"
        if question.statement is not None and question.item.quotes_statement:
            prompt += "<br>" + _quote(question, question.statement.id)
        self.control = CONTROLS[question.type](question, self.auto)
        self.box = widgets.VBox([_label(prompt), *self.control.widgets, self.button, self.feedback])
        self.box.add_class("medialit-question")
        self.box.add_class(f"medialit-q-{question.id}")

    def __getattr__(self, name: str) -> Any:
        # The controls (radio, checks, dropdowns…) read as the view's own, for tests and
        # the browser driver: view.radio is view.control.radio.
        if name == "control":
            raise AttributeError(name)
        return getattr(self.control, name)

    def response(self) -> Any:
        """The response the controls hold now, in the form `.answer()` takes."""
        return self.control.response()

    def restore(self, stored: Any) -> None:
        """Put a saved response (as the answer file keeps it) back into the controls."""
        self.control.restore(self.question.item.to_shown(self.question, stored))

    def show(self, result: Result, *, restored: bool = False) -> None:
        """Show a result's feedback."""
        self.feedback.value = feedback_html(result, restored=restored)


# The quiz views alive in this kernel: when the last question of a lesson in assessment mode
# is answered, every view of that lesson shows its explanations at once.
_LIVE: weakref.WeakSet[QuizView] = weakref.WeakSet()


class QuizView:
    """A quiz (or one of its questions) as widgets, with the score so far at the end. It
    renders what the session returns and decides nothing itself."""

    def __init__(self, quiz: Quiz, question_id: str | None = None) -> None:
        if not isinstance(quiz.session, Session):
            raise ValueError(f"{quiz.source}: show a quiz loaded with medialit.load_quiz")
        self.quiz = quiz
        self.session = quiz.session
        questions = [quiz.question(question_id)] if question_id else quiz.questions
        self.views = {q.id: QuestionView(q, self._check) for q in questions}
        self.score = widgets.HTML(value="")
        self.score.add_class("medialit-score")
        self.held_back = False
        lesson = self.session.lesson(quiz)
        self.render(lesson)
        children: list[widgets.Widget] = []
        if lesson.notice:
            children.append(_label(f"<b>Note:</b> {_esc(lesson.notice)}"))
        if question_id is None:
            children.append(_label(f"<h3>{_esc(quiz.title)}</h3>"))
        children += [v.box for v in self.views.values()]
        children.append(self.score)
        plain = quiz.question(question_id).text() if question_id else quiz.text()
        self.box = TextBox(plain, children=children)
        self.box.add_class("medialit-quiz")
        _LIVE.add(self)

    def render(self, lesson: Lesson) -> None:
        """Show a lesson's saved answers, their feedback as it may be shown, and the score."""
        self.held_back = lesson.held_back
        for qid, view in self.views.items():
            result = lesson.results.get(qid)
            if result is None:
                continue
            # A stale answer must never stop the quiz from showing.
            with contextlib.suppress(Exception):
                view.restore(result.response)
            view.show(result, restored=True)
        self.score.value = score_html(lesson.progress, held_back=lesson.held_back)

    def _check(self, view: QuestionView) -> None:
        answer = self.session.answer(view.question, view.response())
        view.show(answer.result)
        lesson = answer.lesson
        if lesson is None:
            return
        if self.held_back and not lesson.held_back:
            # The lesson is complete: every view of it shows its explanations now.
            for other in list(_LIVE):
                if (other.quiz.slug, other.quiz.student) == (self.quiz.slug, self.quiz.student):
                    other.render(lesson)
            view.show(answer.result)
        self.score.value = score_html(lesson.progress, held_back=lesson.held_back)


def score_html(progress: LessonProgress, *, held_back: bool) -> str:
    """The score line: answered so far (and, unless explanations are held back, points)."""
    if held_back:
        return (
            f'<div role="status"><b>Answered so far:</b> {progress.answered} of '
            f"{progress.total} questions. Explanations and points appear when you have answered "
            "them all.</div>"
        )
    return (
        f'<div role="status"><b>Score so far:</b> {progress.points:.1f} of '
        f"{progress.scored_total} points · {progress.answered} of {progress.total} questions "
        "answered</div>"
    )


def friendly(status: widgets.HTML, action: Callable[[], None]) -> Callable[[Any], None]:
    """A button's callback that shows any error to the student, in plain words, in `status`
    (a callback's exception would otherwise go to a log the student never sees)."""

    def callback(_button: Any = None) -> None:
        try:
            action()
        except Exception as error:  # a student must never see a traceback, nor nothing
            status.value = (
                '<div role="status"><b>ⓘ</b> Something went wrong, and nothing changed: '
                f"{_esc(type(error).__name__)}: {_esc(error)}. Run the cell again; if it "
                "happens again, show this message to your teacher.</div>"
            )

    return callback


def quiz_widget(quiz: Quiz, question_id: str | None = None) -> TextBox:
    """Build the widgets of a quiz (or of one question) without displaying them."""
    return QuizView(quiz, question_id).box


def _execution_count() -> int | None:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with ipywidgets
        return None
    shell = get_ipython()
    return None if shell is None else shell.execution_count


def show_quiz(slug: str, question_id: str | None = None, *, course: Course | None = None) -> Quiz:
    """Show a quiz, or one question of it, as widgets; returns the quiz (answer by call too)."""
    quiz = _session.load_quiz(slug, course=course)
    if question_id is not None and question_id not in [q.id for q in quiz.questions]:
        ids = ", ".join(q.id for q in quiz.questions)
        raise ValueError(f"{quiz.source}, question {question_id!r}: no such question (ids: {ids})")
    box = quiz_widget(quiz, question_id)
    shown_at = _execution_count()
    if shown_at is None:  # plain Python or a terminal: the text form is the quiz
        print(box._plain_text)
        return quiz
    from IPython.display import display

    display(box)

    # The cell's last line often is this call: IPython would then show the returned quiz a
    # second time, as text. Skip that once; later cells that show `quiz` get a fresh widget.
    def _ipython_display_() -> None:
        if _execution_count() != shown_at:
            display(quiz_widget(quiz, question_id))

    quiz._ipython_display_ = _ipython_display_  # type: ignore[attr-defined]
    return quiz


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
    save = widgets.Button(description="Save name", tooltip="Save your name", icon="save")
    status = widgets.HTML(value="")
    status.add_class("medialit-feedback")

    def _save(_button: widgets.Button | None = None) -> None:
        cleaned, message = _store.save_student(name.value)
        symbol = "✓" if cleaned else "ⓘ"
        status.value = f'<div role="status"><b>{symbol}</b> {_esc(message)}</div>'

    save.on_click(_save)
    form = StudentForm(
        'Type your name and press Save name. (In plain Python: medialit.set_student("Ada").)',
        children=[widgets.HBox([name, save]), status],
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
        icon="paper-plane",
        layout=widgets.Layout(width="auto"),
    )
    status = widgets.HTML(value="")
    status.add_class("medialit-feedback")

    def _hand_in(_button: widgets.Button | None = None) -> None:
        result = _session.hand_in_answers()
        symbol = "✓" if result.path else "ⓘ"
        status.value = f'<div role="status"><b>{symbol}</b> {_esc(result.message)}</div>'

    button.on_click(_hand_in)
    form = HandInForm(
        "Hand in your answers with medialit.hand_in() (or, in a terminal: medialit handin).",
        children=[button, status],
    )
    form.add_class("medialit-hand-in")
    form.button, form.status = button, status
    return form


class Annotator(TextBox):
    """The teacher's table for checking a course's statement labels."""


def annotate(folder: str | Path) -> Annotator:
    """One row per statement (its text, the rule that fired), drop-downs for kind and source
    type, and a Save button that checks the whole table before writing statements.csv."""
    from medialit._course import load_course
    from medialit._data import KINDS, SOURCE_TYPES, validate_statements
    from medialit._newlesson import DRAFT, write_rows

    course = load_course(folder)
    rows = [{k: str(v) for k, v in r.items()} for r in course.statements().to_dict("records")]
    for row in rows:
        row["checkable"] = row["checkable"].lower()
    kinds, types = {}, {}
    children: list[widgets.Widget] = [
        _label(f"<h3>{_esc(course.title)}: check each label</h3>"),
    ]
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
            _label(
                f"<b>{_esc(row['id'])}</b> <i>{_esc(row['text'])}</i><br>"
                f"<small>{_esc(row['explanation'])}</small>"
            ),
            widgets.HBox([kinds[row["id"]], types[row["id"]]]),
        ]
    save = widgets.Button(description="Save the labels", icon="save", tooltip="Check and save")
    status = widgets.HTML(value="")
    status.add_class("medialit-feedback")

    def _save(_button: widgets.Button | None = None) -> None:
        edited = []
        for row in rows:
            new = dict(row, kind=kinds[row["id"]].value, source_type=types[row["id"]].value)
            if (new["kind"], new["source_type"]) != (row["kind"], row["source_type"]):
                # A label the teacher changed is theirs now; its draft reason no longer fits.
                new["explanation"] = f"Checked by the teacher: {new['kind']}."
            elif new["explanation"].startswith(DRAFT):
                new["explanation"] = "Checked by the teacher: " + new["explanation"][len(DRAFT) :]
            edited.append(new)
        try:
            validate_statements(edited, course.article)
            write_rows(course.folder / "statements.csv", edited)
        except (ValueError, OSError) as err:
            status.value = f'<div role="status"><b>ⓘ</b> Not saved: {_esc(err)}</div>'
            return
        rows[:] = edited
        status.value = (
            f'<div role="status"><b>✓</b> Saved {len(edited)} statements to '
            f"{_esc(course.folder / 'statements.csv')}. The quiz takes its keys from them: "
            "run its cells again to see the new keys.</div>"
        )

    save.on_click(_save)
    form = Annotator(
        f"{len(rows)} statements of {course.folder}; edit statements.csv, or use the widget.",
        children=[*children, save, status],
    )
    form.add_class("medialit-annotate")
    form.kinds, form.types, form.save_button, form.status = kinds, types, save, status
    return form
