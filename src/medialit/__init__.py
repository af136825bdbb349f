"""medialit: read one news article sentence by sentence and tell fact from claim."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> "private module" or "private module:its name there". Modules load on first
# use, so `import medialit` stays cheap (pandas and ipywidgets are imported only when a table
# or a widget is asked for).
_EXPORTS = {
    "Article": "medialit._article",
    "Course": "medialit._course",
    "Gradebook": "medialit._gradebook",
    "Progress": "medialit._session",
    "Question": "medialit._quiz",
    "Quiz": "medialit._quiz",
    "Result": "medialit.items",
    "Statement": "medialit._course",
    "analyze": "medialit._analyze",
    "annotate": "medialit._annotator",
    "gradebook": "medialit._gradebook",
    "hand_in": "medialit._session:hand_in_answers",
    "hand_in_form": "medialit._forms",
    "load_article": "medialit._course",
    "load_context": "medialit._course",
    "load_course": "medialit._course",
    "load_quiz": "medialit._session",
    "load_sources": "medialit._course",
    "load_statements": "medialit._course",
    "load_timeline": "medialit._course",
    "progress": "medialit._session",
    "scroll_table": "medialit._display",
    "set_student": "medialit._store",
    "show_chart": "medialit._display",
    "show_quiz": "medialit._quiz_view",
    "show_table": "medialit._display",
    "student_form": "medialit._forms",
    "try_analyzer": "medialit._withheld",
}

# A literal list, so type checkers (mypy --strict in a user's code) see what is exported;
# tests/test_packaging.py checks it is sorted and tests/test_architecture.py that it names
# exactly the exports.
__all__ = [
    "Article",
    "Course",
    "Gradebook",
    "Progress",
    "Question",
    "Quiz",
    "Result",
    "Statement",
    "__version__",
    "analyze",
    "annotate",
    "gradebook",
    "hand_in",
    "hand_in_form",
    "load_article",
    "load_context",
    "load_course",
    "load_quiz",
    "load_sources",
    "load_statements",
    "load_timeline",
    "progress",
    "scroll_table",
    "set_student",
    "show_chart",
    "show_quiz",
    "show_table",
    "student_form",
    "try_analyzer",
]

if TYPE_CHECKING:
    from medialit._analyze import analyze as analyze
    from medialit._annotator import annotate as annotate
    from medialit._article import Article as Article
    from medialit._course import Course as Course
    from medialit._course import Statement as Statement
    from medialit._course import load_article as load_article
    from medialit._course import load_context as load_context
    from medialit._course import load_course as load_course
    from medialit._course import load_sources as load_sources
    from medialit._course import load_statements as load_statements
    from medialit._course import load_timeline as load_timeline
    from medialit._display import scroll_table as scroll_table
    from medialit._display import show_chart as show_chart
    from medialit._display import show_table as show_table
    from medialit._forms import hand_in_form as hand_in_form
    from medialit._forms import student_form as student_form
    from medialit._gradebook import Gradebook as Gradebook
    from medialit._gradebook import gradebook as gradebook
    from medialit._quiz import Question as Question
    from medialit._quiz import Quiz as Quiz
    from medialit._quiz_view import show_quiz as show_quiz
    from medialit._session import Progress as Progress
    from medialit._session import hand_in_answers as hand_in
    from medialit._session import load_quiz as load_quiz
    from medialit._session import progress as progress
    from medialit._store import set_student as set_student
    from medialit._withheld import try_analyzer as try_analyzer
    from medialit.items import Result as Result


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module 'medialit' has no attribute {name!r}")
    module, _, attribute = where.partition(":")
    value = getattr(importlib.import_module(module), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


def _friendly_errors() -> None:
    """In a notebook, a name not defined yet reads as one plain line (medialit._friendly)."""
    from medialit._friendly import install

    install()


_friendly_errors()
