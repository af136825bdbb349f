"""medialit: read one news article sentence by sentence and tell fact from claim."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> private module. Modules load on first use, so `import medialit` stays cheap
# (pandas and ipywidgets are imported only when a table or a widget is asked for).
_EXPORTS = {
    "Article": "medialit._article",
    "load_article": "medialit._article",
    "load_context": "medialit._data",
    "load_statements": "medialit._data",
}

__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:
    from medialit._article import Article, load_article
    from medialit._data import load_context, load_statements


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'medialit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
