"""The quiz view: one ipywidgets form per question, feedback in an HTML widget.

Structure the browser tests rely on: the root is a VBox with class `medialit-quiz`; each
question a VBox with `medialit-question` and `medialit-q-<id>`; its button says "Check answer";
feedback is an HTML widget with `medialit-feedback`; the score line an HTML with
`medialit-score`. Right and wrong are shown with a word and a symbol, never colour alone.

A click goes once through the session (`Session.answer`), which scores, saves and decides what
may be shown; the view renders the `Answer` it gets back.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

import ipywidgets as widgets

from medialit._controls import CONTROLS, quote
from medialit._course import Course
from medialit._quiz import Question, Quiz, Result
from medialit._session import Lesson, LessonProgress, Session, load_quiz
from medialit._view import TextBox, esc, focus_style, friendly, label
from medialit._withheld import ITEM_WITHHELD


def feedback_html(result: Result, *, restored: bool = False) -> str:
    """The feedback of a result as escaped HTML: a verdict word and symbol, then the reasons.

    Fresh feedback is an alert: the HTML widget puts the element in at the same moment as its
    text, and a screen reader announces an inserted alert (a status region, only a change to
    one already there). Feedback restored when the lesson opens is not read out, question
    after question: it is a plain status.
    """
    role = "status" if restored else "alert"
    if not result.valid:
        return f'<div role="{role}"><b>ⓘ</b> {esc(result.feedback)}</div>'
    parts = [f'<div role="{role}">']
    if restored:
        parts.append("<i>Your last saved answer:</i><br>")
    head = esc(result.verdict)
    if result.score is not None:
        head += f" · score {result.score:.2f}"
    parts.append(f"<b>{head}</b>")
    parts += [f"<br>{esc(line)}" for line in result.feedback.splitlines() if line.strip()]
    if result.notice:
        parts.append(f"<br><b>Note:</b> {esc(result.notice)}")
    parts.append("</div>")
    return "".join(parts)


class QuestionView:
    """The controls of one question, a Check button and its feedback."""

    def __init__(self, question: Question, on_check: Callable[[QuestionView], None]) -> None:
        self.question = question
        self.feedback = widgets.HTML(value="")
        self.feedback.add_class("medialit-feedback")
        self.button = widgets.Button(
            description="Check answer",
            tooltip=f"Check your answer to question {question.id} and see why",
        )
        self.button.on_click(friendly(self.feedback, lambda: on_check(self)))
        self.auto = widgets.Layout(width="auto")
        prompt = f"<b>{esc(question.prompt)}</b>"
        if question.statement is not None and question.item.quotes_statement:
            prompt += "<br>" + quote(question, question.statement.id)
        self.control = CONTROLS[question.type](question, self.auto)
        self.box = widgets.VBox([label(prompt), *self.control.widgets, self.button, self.feedback])
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
        children: list[widgets.Widget] = [focus_style()]
        if lesson.notice:
            children.append(label(f"<b>Note:</b> {esc(lesson.notice)}"))
        if question_id is None:
            children.append(label(f"<h3>{esc(quiz.title)}</h3>"))
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
        self.score.value = score_html(
            lesson.progress, held_back=lesson.held_back, test=self.quiz.released
        )

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
        self.score.value = score_html(
            lesson.progress, held_back=lesson.held_back, test=self.quiz.released
        )


def score_html(progress: LessonProgress, *, held_back: bool, test: bool = False) -> str:
    """The score line: answered so far (and, unless explanations are held back, points)."""
    if test:  # exam mode: the teacher scores, and gives the explanations after grading
        return (
            f'<div role="status"><b>Answered so far:</b> {progress.answered} of '
            f"{progress.total} questions. This is a test: your teacher scores it and shows you "
            "the explanations after grading.</div>"
        )
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


@dataclass(repr=False, eq=False)
class ShownQuiz(Quiz):
    """The quiz `show_quiz` returns: a Quiz to answer by call too. As the last value of the
    cell that showed it, it shows nothing more (the widget is there already); shown again in
    a later cell, it is a fresh widget."""

    question_id: str | None = None
    shown_at: int | None = None

    def _ipython_display_(self) -> None:
        if self.question_id in self.withheld:
            if _execution_count() != self.shown_at:
                print(ITEM_WITHHELD)
        elif _execution_count() != self.shown_at:
            from IPython.display import display

            display(quiz_widget(self, self.question_id))


def show_quiz(slug: str, question_id: str | None = None, *, course: Course | None = None) -> Quiz:
    """Show a quiz, or one question of it, as widgets; returns the quiz (answer by call too)."""
    quiz = load_quiz(slug, course=course)
    if question_id is not None and question_id in quiz.withheld:  # a test copy leaves it out
        print(ITEM_WITHHELD)
        state = {f.name: getattr(quiz, f.name) for f in fields(quiz)}
        return ShownQuiz(**state, question_id=question_id, shown_at=_execution_count())
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
    # second time, as text. The quiz returned is a ShownQuiz, which knows its cell.
    state = {f.name: getattr(quiz, f.name) for f in fields(quiz)}
    return ShownQuiz(**state, question_id=question_id, shown_at=shown_at)
