"""A page per student in the gradebook's report: a line per lesson, then each lesson's items as
that student saw them, with the key beside each (each item drawn by `medialit._page_items`).

The order a student saw is made again from the name their quizzes were shuffled with (the
one in their file), or for an answer the file marks as given in the class's one order (the
teacher's `shuffle: false`), from that order: `Question.shuffled` is stable per name and
question. Everything a student wrote, and every name, is escaped: student text is never
trusted.

A class's pages are hundreds of megabytes: what is the same on every page (each question's
head and key, a skipped item) is drawn once, as UTF-8, and each page is handed out as soon as
it is drawn, to be written and let go.
"""

from __future__ import annotations

import _random
import functools
import hashlib
import math
import random
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from medialit._page_items import (
    KEY_VIEWS,
    SKIPPED,
    KeyView,
    Order,
    _answer_html,
    _choices,
    _drawn_key,
    _head_html,
    _key_html,
    _lettered_key,
    _own_key,
    esc,
)

if TYPE_CHECKING:
    from medialit._gradebook import Gradebook, StudentAnswers
    from medialit._quiz import Question


Key = tuple[str, str]

STUDENT_FOLDER = "students"

CSS = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem;width:100%}
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{font-weight:bold;text-align:left;padding:.25rem 0}
section{margin:1rem 0 1.5rem;break-inside:avoid-page}
blockquote{margin:.25rem 0 .5rem 1rem;color:#333}
.skipped{color:#555;font-style:italic}
.right{color:#1a5e1a}.wrong{color:#a01818}
mark{background:#ffe27a}
.type{color:#555;font-size:.85rem;font-weight:normal}
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-before:page}}
"""


def page_name(index: int) -> str:
    """A student page's file name: a number, never the student's name (names are hostile)."""
    return f"{STUDENT_FOLDER}/student-{index:04d}.html"


@functools.lru_cache(maxsize=64)
def _steps(n: int) -> tuple[tuple[int, int], ...]:
    """`random.shuffle`'s steps for n keys, last place first: (place, bits drawn for it)."""
    return tuple((i, (i + 1).bit_length()) for i in range(n - 1, 0, -1))


class _Shuffle:
    """The order a student saw a question's keys in: the steps of `Question.shuffled` (the
    quiz's own, which the tests hold this to), with one generator seeded again for each
    student and question rather than a new one made, and `random.shuffle`'s own steps
    written out (its draws, one `getrandbits` each, with the same rejections): a class's
    pages need some 80,000."""

    def __init__(self) -> None:
        generator = random.Random()  # noqa: S311 - an order to show, not a secret
        # The generator's own seeding, without `Random.seed`'s checks of the seed's type (an
        # int from the digest is seeded as it is, which is what `Random.seed` does with one).
        self._seed = functools.partial(_random.Random.seed, generator)
        self._bits = generator.getrandbits

    def __call__(
        self, question_id: str, seed: str, keys: list[str], never_solved: bool
    ) -> tuple[str, ...]:
        return self.ordered(f"{seed}\x00{question_id}".encode(), keys, never_solved)

    def ordered(self, named: bytes, keys: list[str], never_solved: bool) -> tuple[str, ...]:
        """The order of `keys` for the seed and question named by `named` (the UTF-8 of
        "seed\x00question id", which the shuffle's seed is the digest of)."""
        digest = hashlib.sha256(named).digest()
        self._seed(int.from_bytes(digest[:8], "big"))  # the hex digest's first 16
        bits = self._bits
        order = list(keys)
        for i, width in _steps(len(order)):  # random.shuffle: j below i + 1, by rejection
            j = bits(width)
            while j > i:
                j = bits(width)
            order[i], order[j] = order[j], order[i]
        if never_solved and order == keys:
            order = order[1:] + order[:1]  # shown in the right order would give it away
        return tuple(order)


def _keys(question: Question) -> list[str]:
    """What a student's shuffle puts in order: the options' or events' keys, or the
    statements to sort or rate (none for the other types)."""
    if question.item.lettered:
        return list(_choices(question))
    return list(question.item.statement_ids(question))


KEY_CELL = "</td><td>"


def _figure(value: Any) -> str:
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:.0f} %"
    return esc(value)


class _Drawing:
    """What the pages of one report share, drawn once and kept as UTF-8: each question's
    head and key, the keys a student's shuffle puts in order, each answer already drawn (the
    grader scores a response met twice once: one result, drawn once per order and level)."""

    def __init__(
        self, book: Gradebook, levels: Mapping[tuple[str, str, str], tuple[str, str]]
    ) -> None:
        # Per lesson: the start of its line in a page's table, and its columns.
        self.lessons = [
            (f'<tr><td><a href="#{esc(quiz)}">{esc(quiz)}</a></td>', f"{quiz} answered",
             f"{quiz} %")
            for quiz in book.quizzes
        ]  # fmt: skip
        self.escaped: dict[str, str] = {}
        # Per question: its key, the question, what a shuffle orders (and whether it may
        # never be shown solved), and the bytes of the page before and after the student's
        # answer (a skipped item's section whole).
        self.items: list[
            tuple[Key, Question, bytes, list[str], bool, KeyView | None, bytes, bytes, bytes]
        ] = []
        current = None
        for key, question in book.questions.items():
            lead = "\n"
            if key[0] != current:
                current = key[0]
                lead = f'\n<h2 id="{esc(current)}">{esc(current)}</h2>\n'
            before = (
                f"{lead}<section>{_head_html(question)}<table><thead><tr>"
                '<th scope="col">their answer</th><th scope="col">the key</th></tr></thead>'
                "<tbody><tr><td>"
            )
            # Some types' key is the student's own (drawn with their answer); a skipped
            # item shows the whole key.
            own_key = _own_key(question)
            end = "</td></tr></tbody></table></section>"
            after = end if own_key else f"{KEY_CELL}{_key_html(question)}{end}"
            if own_key is None:
                skipped = before + SKIPPED + after
            elif question.type not in KEY_VIEWS:  # options: the right ones, explained
                skipped = before + SKIPPED + KEY_CELL + _lettered_key(question, None) + after
            else:
                skipped = before + SKIPPED + KEY_CELL + _key_html(question) + after
            try:
                keys = _keys(question)
            except Exception:  # a question whose choices cannot be read: drawn unordered
                keys = []
            self.items.append(
                (key, question, question.id.encode(), keys, question.item.never_shown_solved,
                 own_key, before.encode(), after.encode(), skipped.encode())
            )  # fmt: skip
        # The levels given, per student: most students have a few, or none yet.
        self.levels: dict[str, dict[Key, tuple[str, str]]] = {}
        for (student, quiz, item), level in levels.items():
            self.levels.setdefault(student, {})[(quiz, item)] = level
        self.drawn: dict[tuple[int, Order, tuple[str, str] | None], bytes] = {}
        # A student's own key (sort, how-sure, mark, order, options), by the answer's result.
        self.keys: dict[int, str] = {}
        # The class's one order (the teacher's `shuffle: false`) made once per question for
        # every student who saw it; each student's own order is needed on their page only.
        self.orders: dict[tuple[str, Key], Order] = {}
        self.shuffle = _Shuffle()

    def page(self, answers: StudentAnswers, row: Mapping[str, Any]) -> bytes:
        """One student's page: a line per lesson, then every item of every lesson graded."""
        name = esc(answers.student)
        head = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{name}: medialit answers</title><style>{CSS}</style></head><body>",
            '<p><a href="../report.html">Back to the class</a></p>',
            f"<h1>{name}</h1>",
            "<p>Each item as this student saw it: their letters and the options' texts in "
            "their order, their answer, and the key beside it. A skipped item is shown as "
            "skipped, never as a wrong answer.</p>",
            '<table><thead><tr><th scope="col">lesson</th><th scope="col">answered</th>'
            '<th scope="col">share of the lesson\'s points</th></tr></thead><tbody>',
        ]
        escaped = self.escaped
        for link, answered_column, percent_column in self.lessons:
            answered = row.get(answered_column, "")
            shown = escaped.get(answered) if type(answered) is str else None
            if shown is None:
                shown = esc(answered)
                if type(answered) is str and len(escaped) < 10_000:
                    escaped[answered] = shown  # "4/6": the same few on every page
            head.append(
                f"{link}<td>{shown}</td><td>{_figure(row.get(percent_column, math.nan))}</td></tr>"
            )
        head.append("</tbody></table>")
        out = ["\n".join(head).encode()]
        results, drawn, orders, keys_drawn = answers.results, self.drawn, self.orders, self.keys
        levels = self.levels.get(answers.student, {})
        seed, seeds = answers.seed, answers.seeds
        mine = f"{seed}\x00".encode()  # what a question's id is added to, for its shuffle
        ordered = self.shuffle.ordered
        for (
            key,
            question,
            question_id,
            keys,
            never_solved,
            own_key,
            before,
            after,
            skipped,
        ) in self.items:
            result = results.get(key)
            if result is None:
                out.append(skipped)
                continue
            level = levels.get(key) if levels else None
            order: Order = ()
            if keys:
                shown_with = seeds.get(key, seed) if seeds else seed
                if shown_with == seed:  # the student's own order: drawn for this page only
                    order = ordered(mine + question_id, keys, never_solved)
                else:  # the class's: the same for every student who saw it
                    order = orders.get((shown_with, key))  # type: ignore[assignment]
                    if order is None:
                        order = self.shuffle(question.id, shown_with, keys, never_solved)
                        orders[(shown_with, key)] = order
            memo = (id(result), order, level)
            body = drawn.get(memo)
            if body is None:
                text = _answer_html(question, order, result, level)
                if own_key is not None:  # one key per answer, whatever order it was seen in
                    key_html = keys_drawn.get(id(result))
                    if key_html is None:
                        key_html = keys_drawn[id(result)] = _drawn_key(own_key, question, result)
                    text += KEY_CELL + key_html
                body = drawn[memo] = text.encode()
            out += (before, body, after)
        out.append(b"\n</body></html>")
        return b"".join(out)


def student_page(
    book: Gradebook,
    answers: StudentAnswers,
    row: Mapping[str, Any],
    levels: Mapping[tuple[str, str, str], tuple[str, str]],
) -> str:
    """One student's page (as text): a line per lesson, then every item of every lesson."""
    return _Drawing(book, levels).page(answers, row).decode()


def row_columns(book: Gradebook) -> list[str]:
    """The columns of the students table a page shows: the student, and per lesson the items
    answered and the percentage of its points."""
    shown = [c for q in book.quizzes for c in (f"{q} answered", f"{q} %")]
    return ["student", *(c for c in shown if c in book.students.columns)]


def pages(
    book: Gradebook,
    rows: Iterable[Mapping[str, Any]],
    levels: Mapping[tuple[str, str, str], tuple[str, str]],
    start: int = 1,
) -> Iterator[tuple[str, str, bytes]]:
    """(student, file name, page as UTF-8) for every graded student, one at a time (a
    class's pages are hundreds of megabytes: each is written and let go before the next is
    drawn). `rows`: the students table's rows (`row_columns` at least), in its order, the
    first being row number `start`; `levels`: the level and comment given each written
    answer, by (student, lesson, item)."""
    drawing = _Drawing(book, levels)
    for index, row in enumerate(rows, start=start):
        answers = book.answers.get(row["student"])
        if answers is None:
            continue
        yield row["student"], page_name(index), drawing.page(answers, row)
