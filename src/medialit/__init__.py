"""medialit: read one news article sentence by sentence and tell fact from claim."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> private module. Modules load on first use, so `import medialit` stays cheap
# (pandas and ipywidgets are imported only when a table or a widget is asked for).
_EXPORTS = {
    "Article": "medialit._article",
    "gradebook": "medialit._gradebook",
    "load_article": "medialit._article",
    "load_context": "medialit._data",
    "load_quiz": "medialit._quiz",
    "load_statements": "medialit._data",
    "load_timeline": "medialit._timeline",
    "progress": "medialit._store",
    "set_student": "medialit._store",
    "show_quiz": "medialit._widgets",
    "show_table": "medialit._display",
    "student_form": "medialit._widgets",
}

__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:
    from medialit._article import Article, load_article
    from medialit._data import load_context, load_statements
    from medialit._display import show_table
    from medialit._gradebook import gradebook
    from medialit._quiz import load_quiz
    from medialit._store import progress, set_student
    from medialit._timeline import load_timeline
    from medialit._widgets import show_quiz, student_form


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'medialit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
