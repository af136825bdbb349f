"""medialit: read one news article sentence by sentence and tell fact from claim."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> private module. Modules load on first use, so `import medialit` stays cheap
# (pandas and ipywidgets are imported only when a table or a widget is asked for).
_EXPORTS = {
    "Article": "medialit._article",
    "Course": "medialit._course",
    "Gradebook": "medialit._gradebook",
    "Progress": "medialit._session",
    "Question": "medialit._quiz",
    "Quiz": "medialit._quiz",
    "Result": "medialit._items",
    "Statement": "medialit._course",
    "analyze": "medialit._analyze",
    "annotate": "medialit._widgets",
    "gradebook": "medialit._gradebook",
    "hand_in": "medialit._session",
    "hand_in_form": "medialit._widgets",
    "load_article": "medialit._course",
    "load_context": "medialit._course",
    "load_course": "medialit._course",
    "load_quiz": "medialit._session",
    "load_sources": "medialit._course",
    "load_statements": "medialit._course",
    "load_timeline": "medialit._course",
    "progress": "medialit._session",
    "set_student": "medialit._store",
    "show_quiz": "medialit._widgets",
    "show_table": "medialit._display",
    "student_form": "medialit._widgets",
}

__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:
    from medialit._analyze import analyze
    from medialit._article import Article
    from medialit._course import (
        Course,
        Statement,
        load_article,
        load_context,
        load_course,
        load_sources,
        load_statements,
        load_timeline,
    )
    from medialit._display import show_table
    from medialit._gradebook import Gradebook, gradebook
    from medialit._items import Result
    from medialit._quiz import Question, Quiz
    from medialit._session import Progress, hand_in, load_quiz, progress
    from medialit._store import set_student
    from medialit._widgets import annotate, hand_in_form, show_quiz, student_form


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'medialit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
