"""The article as data: full text, paragraphs and a sentences table with stable ids."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported only when a table is asked for
    import pandas as pd

# Abbreviations whose final period never ends a sentence in English news copy.
_ABBREVIATIONS = (
    "U.S.",
    "U.K.",
    "U.N.",
    "E.U.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Gen.",
    "Lt.",
    "Col.",
    "Sgt.",
    "Capt.",
    "Gov.",
    "Sen.",
    "Rep.",
    "St.",
    "Jr.",
    "Sr.",
    "No.",
    "vs.",
    "e.g.",
    "i.e.",
    "etc.",
    "approx.",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Brig.",
    "Maj.",
    "Amb.",
)

# A sentence ends at . ! or ?, optionally followed by closing quotes or brackets, when the
# next thing is whitespace and then a capital letter, a digit or an opening quote.
_BOUNDARY = re.compile(r"""(?<=[.!?])["')\u201d\u2019]*(?=\s+["'(\u201c\u2018]?[A-Z0-9])""")


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences; quotes ending in '."' stay with their sentence."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        candidate = paragraph[start:end]
        if candidate.rstrip("\"')\u201d\u2019").split()[-1] in _ABBREVIATIONS:
            continue
        sentences.append(candidate.strip())
        start = end
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


class Sentence(str):
    """A sentence of the article: a plain string that JupyterLab shows as a quotation.

    Printed, it is the exact text. As the last line of a cell it shows as a block quote with
    its id, so a long sentence wraps between words (plain-text outputs break inside words).
    """

    id: str

    def __new__(cls, text: str, sentence_id: str) -> Sentence:
        value = super().__new__(cls, text)
        value.id = sentence_id
        return value

    def _repr_html_(self) -> str:
        return (
            '<blockquote style="margin: 0.2em 0; border-left: 3px solid #999; padding-left: 0.8em">'
            f"<b>{html.escape(self.id)}</b> {html.escape(str(self))}</blockquote>"
        )


@dataclass(frozen=True)
class Article:
    """The article: its text, its paragraphs (0 = headline) and its sentences."""

    text: str
    paragraphs: tuple[str, ...]
    _sentence_rows: tuple[tuple[str, int, str], ...] = field(repr=False)

    @property
    def headline(self) -> str:
        """The headline, paragraph 0."""
        return self.paragraphs[0]

    @property
    def sentence_rows(self) -> tuple[tuple[str, int, str], ...]:
        """(id, paragraph, text) per sentence, in reading order."""
        return self._sentence_rows

    @property
    def sentences(self) -> pd.DataFrame:
        """A table with one row per sentence: `id` (S01…), `paragraph`, `text`."""
        import pandas as pd

        return pd.DataFrame(list(self._sentence_rows), columns=["id", "paragraph", "text"])

    def sentence(self, sentence_id: str) -> Sentence:
        """The text of one sentence, by id (a str; shown as a quotation in a notebook)."""
        for sid, _, text in self._sentence_rows:
            if sid == sentence_id:
                return Sentence(text, sid)
        raise KeyError(
            f"no sentence with id {sentence_id!r} (ids run S01 to {self._sentence_rows[-1][0]})"
        )

    def __repr__(self) -> str:
        return (
            f"<Article {self.headline!r}: {len(self.paragraphs)} paragraphs, "
            f"{len(self._sentence_rows)} sentences>"
        )


def parse_article(text: str) -> Article:
    """Build an Article from plain text: paragraphs are separated by blank lines."""
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip())
    rows: list[tuple[str, int, str]] = []
    for number, paragraph in enumerate(paragraphs):
        # The headline is one unit even though it holds a colon and two clauses.
        parts = [paragraph] if number == 0 else split_sentences(paragraph)
        for sentence in parts:
            rows.append((f"S{len(rows) + 1:02d}", number, sentence))
    return Article(text=text, paragraphs=paragraphs, _sentence_rows=tuple(rows))
