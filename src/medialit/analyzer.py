"""The statement analyzer's public names: `analyze` an article, `compare` it with a key.

`medialit.analyze` is the same function. Lesson 09 imports `compare` from here.
"""

from __future__ import annotations

from medialit._analyze import (
    COLUMNS,
    MAX_TEXT_BYTES,
    TextWarning,
    analyze,
    analyze_records,
    compare,
    offsets,
)

__all__ = [
    "COLUMNS",
    "MAX_TEXT_BYTES",
    "TextWarning",
    "analyze",
    "analyze_records",
    "compare",
    "offsets",
]
