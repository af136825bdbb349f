"""The article as data: full text, paragraphs and a sentences table with stable ids."""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported only when a table is asked for
    import pandas as pd

ABBREVIATIONS_FILE = "abbreviations.csv"


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, frozenset[str]]:
    """data/abbreviations.csv by class: `abbreviation`, `closing` (may still end a sentence),
    `suffix` (a name's last word, "Jr.": ends a sentence before a capital) and `opener` (a
    typical first word of a sentence). Lines starting with # are comments."""
    text = resources.files("medialit.data").joinpath(ABBREVIATIONS_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    table: dict[str, set[str]] = {}
    for number, row in enumerate(csv.DictReader(lines), start=1):
        word, cls = (row.get("word") or "").strip(), (row.get("class") or "").strip()
        if not word or not cls or not (row.get("source") or "").strip():
            raise ValueError(
                f"{ABBREVIATIONS_FILE}, row {number}: a word, a class and a source needed"
            )
        table.setdefault(cls, set()).add(word)
    return {cls: frozenset(words) for cls, words in table.items()}


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """Paragraphs with their offsets: blocks between blank lines, or lines if none are blank."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    separator = r"\n[ \t]*\n\s*" if re.search(r"\n[ \t]*\n", text) else r"\n\s*"
    out, start = [], 0
    for match in [*re.finditer(separator, text), None]:
        end = match.start() if match else len(text)
        block = text[start:end]
        if block.strip():
            lead = len(block) - len(block.lstrip())
            out.append((start + lead, block.strip()))
        if match:
            start = match.end()
    return out


# A sentence may end at . ! ? or an ellipsis, with closing quotes or brackets after it, when
# whitespace and then a capital, a digit or an opening quote or bracket follow.
_BOUNDARY = re.compile(  # (?<!…): tried once per run of stops, so "....." costs linear time
    r"(?<![.!?\u2026])[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u201c\"])"
)
# No sentence is longer than this: a longer run of words without a sentence end (a list, a
# pasted table, text without punctuation) is cut into units of at most this many characters,
# after a semicolon or comma where there is one. News sentences are under 700 characters.
MAX_SENTENCE_CHARS = 1500
_CUT = re.compile(r"[;,]\s")
_INITIAL = re.compile(r"\(?[A-Z]\.")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph of news copy into sentences: the one splitter of the package (the
    article, the analyzer and the lesson drafter all use it).

    A quote closing with '."' stays with its sentence, '," …' never ends one; no sentence ends
    after an abbreviation or an initial (data/abbreviations.csv), except that "U.S." or "Inc."
    may close a sentence before a typical opener or a quotation.
    """
    lists = abbreviations()
    known, closing, openers = lists["abbreviation"], lists["closing"], lists["opener"]
    suffixes = lists.get("suffix", frozenset())
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        # the word before the stop (a bounded look back: abbreviations in a row stay linear)
        tail = paragraph[max(start, end - 80) : end].rstrip("\"')\u201d\u2019]").split()
        last = tail[-1] if tail else ""
        # "C.L. Gammon", "U.S. Army": dotted initials run into the name or noun that follows
        if last in known or _INITIAL.fullmatch(last) or _INITIALS.fullmatch(last):
            following = paragraph[end : end + 80].split()
            nxt = following[0].strip("\"'\u201c") if following else ""
            quote_next = bool(following) and following[0][0] in '"\u201c'
            # a name's suffix closes the name: "James H. Madsen Jr. Scientists believe"
            suffix_end = last in suffixes and nxt[:1].isupper()
            if not (
                suffix_end
                or (
                    (_INITIALS.fullmatch(last) or last in closing)
                    and (nxt in openers or quote_next)
                )
            ):
                continue
        sentences.append(paragraph[start:end].strip())
        start = end
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    if any(len(sentence) > MAX_SENTENCE_CHARS for sentence in sentences):
        return [unit for sentence in sentences for unit in _units(sentence)]
    return sentences


def _units(sentence: str) -> list[str]:
    """A sentence cut into units of at most MAX_SENTENCE_CHARS characters: after the last
    semicolon or comma in the second half of the window, else at the last space, else hard."""
    units: list[str] = []
    start = 0
    while len(sentence) - start > MAX_SENTENCE_CHARS:
        window = sentence[start : start + MAX_SENTENCE_CHARS]
        cuts = [m.end() for m in _CUT.finditer(window, MAX_SENTENCE_CHARS // 2)]
        cut = cuts[-1] if cuts else window.rfind(" ", MAX_SENTENCE_CHARS // 2) + 1
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        if window[:cut].strip():
            units.append(window[:cut].strip())
        start += cut
    if sentence[start:].strip():
        units.append(sentence[start:].strip())
    return units


def piece_suffix(index: int) -> str:
    """The letters of a sentence's piece in its id, from 0: a … z, then aa, ab …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(97 + rest) + letters
    return letters


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


_ENDS_SENTENCE = re.compile(r"[.!?:\u2026][\"'\u201d\u2019)\]]*$")


def is_body_paragraph(paragraph: str, sentences: list[str]) -> bool:
    """Whether a first paragraph is body text, not a headline: it holds two or more sentences
    and ends with a full stop or a colon (a headline has neither: "Court repeals injunction")."""
    return len(sentences) > 1 and bool(_ENDS_SENTENCE.search(paragraph))


def parse_article(text: str) -> Article:
    """Build an Article from plain text: paragraphs are separated by blank lines (or are lines,
    when no line is blank); paragraph 0 is the headline."""
    paragraphs = tuple(paragraph for _, paragraph in split_paragraphs(text.strip()))
    rows: list[tuple[str, int, str]] = []
    for number, paragraph in enumerate(paragraphs):
        # The headline is one unit even though it holds a colon and two clauses; a text without
        # a headline starts with a paragraph of sentences, which is split like any other.
        parts = split_sentences(paragraph)
        if number == 0 and not is_body_paragraph(paragraph, parts):
            parts = [paragraph]
        for sentence in parts:
            rows.append((f"S{len(rows) + 1:02d}", number, sentence))
    return Article(text=text, paragraphs=paragraphs, _sentence_rows=tuple(rows))
