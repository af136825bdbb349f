"""The gradebook's report: CSV files and one self-contained HTML page, apart from the grading.

Every string a student wrote (names, reflections) is escaped in the HTML and defused for
spreadsheets in the CSV files.
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit import _pages, _reflections
from medialit._export import write_export
from medialit._gradebook import Gradebook, collector_paused
from medialit._output import frame_rows, private_folder, write_csv, write_private
from medialit._pagewriter import write_pages

if TYPE_CHECKING:
    import pandas as pd


def _short(text: str, width: int = 40) -> str:
    """An option's text cut to fit a chart label."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else f"{text[: width - 1].rstrip()}…"


# The class page's charts are drawn as SVG here, not with matplotlib: three simple charts
# (a histogram, two bar charts), each a few kilobytes of text, drawn in a millisecond where
# matplotlib took a tenth of a second each; the page still needs no server and no network.
_CHART_WIDTH = 700
_FONT = "font-family:system-ui,DejaVu Sans,sans-serif;font-size:12px;fill:#111"
_CHAR_WIDTH = 7.0  # a 12-pixel sans-serif letter, at most on average: how wide a label is


def _nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) for about `ticks` ticks up to `top`."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _number(value: float, shares: bool) -> str:
    """A tick's or a bar's figure: a share to one decimal (0.2), a count as it is (50)."""
    return f"{value:.1f}" if shares else f"{value:g}"


def _svg(width: float, height: float, body: list[str], alt: str) -> str:
    """An SVG drawing as an inline image (`<img>` with its alternative text)."""
    import base64

    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" style="{_FONT}">'
        f'<rect width="100%" height="100%" fill="white"/>{"".join(body)}</svg>'
    )
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/svg+xml;base64,{data}">'


def _axis_ticks(top: float, fixed: bool) -> tuple[list[float], float]:
    """The ticks of a value axis from 0 and where it ends (`fixed`: 0 to 1, shares)."""
    if fixed:
        return [i / 5 for i in range(6)], 1.0
    step = _nice_step(top)
    end = max(step, math.ceil(top / step) * step)
    return [i * step for i in range(round(end / step) + 1)], end


def _histogram_svg(values: list[float], alt: str, xlabel: str, ylabel: str) -> str:
    """A histogram of shares from 0 to 1 in ten bins (the last takes 1.0 too), counts up."""
    import bisect

    edges = [i / 10 for i in range(11)]  # a bin holds its left edge; the last, 1.0 too
    counts = [0] * 10
    for value in values:
        if 0 <= value <= 1:
            counts[min(bisect.bisect_right(edges, value) - 1, 9)] += 1
    width, height, left, right, top, bottom = _CHART_WIDTH, 320.0, 60.0, 20.0, 12.0, 46.0
    plot_w, plot_h = width - left - right, height - top - bottom
    ticks, end = _axis_ticks(max(counts), False)
    body = []
    for tick in ticks:
        y = top + plot_h * (1 - tick / end)
        body.append(
            f'<line x1="{left - 4}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
            'stroke="#ddd"/>'
            f'<text x="{left - 7}" y="{y + 4:.1f}" text-anchor="end">{_number(tick, False)}</text>'
        )
    for i, count in enumerate(counts):
        x = left + plot_w * i / 10
        h = plot_h * count / end
        body.append(
            f'<rect class="bar" x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" '
            f'width="{plot_w / 10 - 2:.1f}" height="{h:.1f}" fill="#3b6ea5">'
            f"<title>{i / 10:.1f} to {(i + 1) / 10:.1f}: {count}</title></rect>"
        )
    for i in range(11):
        x = left + plot_w * i / 10
        body.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 4}" '
            'stroke="#111"/>'
            f'<text x="{x:.1f}" y="{top + plot_h + 17}" text-anchor="middle">{i / 10:.1f}</text>'
        )
    body.append(
        f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" '
        'stroke="#111"/>'
        f'<text x="{left + plot_w / 2}" y="{height - 8}" text-anchor="middle">'
        f"{html.escape(xlabel)}</text>"
        f'<text transform="translate(14 {top + plot_h / 2}) rotate(-90)" '
        f'text-anchor="middle">{html.escape(ylabel)}</text>'
    )
    return _svg(width, height, body, alt)


def _bars_svg(
    labels: list[str], values: list[float], alt: str, xlabel: str, shares: bool, colour: str
) -> str:
    """Horizontal bars, the first label at the top, each bar with its label on the left and
    its value as a tooltip; `shares`: the axis runs from 0 to 1."""
    row, top, bottom, right = 26.0, 10.0, 46.0, 24.0
    # The labels are drawn whole: a long one makes the chart wider, never cut.
    left = max((len(label) for label in labels), default=0) * _CHAR_WIDTH + 16
    plot_w = max(260.0, _CHART_WIDTH - left - right)
    width = left + plot_w + right
    height = top + row * len(labels) + bottom
    ticks, end = _axis_ticks(max(values, default=0.0), shares)
    body = []
    for tick in ticks:
        x = left + plot_w * tick / end
        body.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{top + row * len(labels) + 4}" '
            'stroke="#ddd"/>'
            f'<text x="{x:.1f}" y="{top + row * len(labels) + 17}" text-anchor="middle">'
            f"{_number(tick, shares)}</text>"
        )
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + row * i
        shown = _number(value, shares)
        body.append(
            f'<text x="{left - 7:.1f}" y="{y + row / 2 + 4:.1f}" text-anchor="end">'
            f"{html.escape(label)}</text>"
            f'<rect class="bar" x="{left:.1f}" y="{y + 4:.1f}" '
            f'width="{plot_w * max(value, 0) / end:.1f}" height="{row - 8:.1f}" '
            f'fill="{colour}"><title>{html.escape(label)}: {shown}</title></rect>'
        )
    body.append(
        f'<line x1="{left:.1f}" x2="{left:.1f}" y1="{top}" y2="{top + row * len(labels)}" '
        'stroke="#111"/>'
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 8}" text-anchor="middle">'
        f"{html.escape(xlabel)}</text>"
    )
    return _svg(width, height, body, alt)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:.2f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return html.escape(str(value))


_APART = "\x00"  # what the cells of a column are joined with to be escaped at once


def _cells(column: tuple[Any, ...]) -> list[str]:
    """A column's cells as `_cell` gives them; a column of text (a class's written answers)
    escaped as one text, then taken apart again, unless a cell holds the joining character."""
    if set(map(type, column)) == {str}:
        joined = _APART.join(column)
        if joined.count(_APART) == len(column) - 1:  # the joins only: no cell holds one
            return html.escape(joined).split(_APART)
    return [_cell(v) for v in column]


def _table(frame: pd.DataFrame, caption: str, limit: int | None = None) -> str:
    """An HTML table in which every value, header and caption is escaped."""
    if frame.empty:
        return f"<p>{html.escape(caption)}: none.</p>"
    shown = frame if limit is None else frame.head(limit)
    head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in shown.columns)
    columns = [_cells(column) for column in zip(*frame_rows(shown), strict=True)]
    body = "".join(
        "<tr><td>" + "</td><td>".join(row) + "</td></tr>" for row in zip(*columns, strict=True)
    )
    more = ""
    if limit is not None and len(frame) > limit:
        more = f"<p>First {limit} of {len(frame)} rows; the CSV files have them all.</p>"
    return (
        f'<div class="wide"><table><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{more}"
    )


_CSS = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{font-weight:bold;text-align:left;padding:.25rem 0}
img{max-width:100%;height:auto}
.wide{overflow-x:auto}
"""


# What each figure means, in plain words, once at the top of the class page.
_GUIDE = """<h2>How to read this page</h2>
<dl>
<dt>points, percentages</dt><dd>Every item is worth one point: a score from 0 to 1 (partial
credit for sorting, marking, ordering and searching). A written answer is worth the level you
give it in reflections.csv (Proficient 1, Emergent 0.5, Basic 0) and 0 until you level it.
A lesson's percentage is the student's points out of all the lesson's items: the maximum
never changes as you level answers.</dd>
<dt>answered</dt><dd>Items answered of the lesson's items, e.g. 4/6. An item a student
skipped is counted as not answered, and shown as skipped on their page, never as a wrong
answer.</dd>
<dt>share correct</dt><dd>The share of the students who answered the item who got it fully
right on their first try.</dd>
<dt>mean score</dt><dd>The average first-try score (0 to 1) of the students who answered;
mean latest is the same after retries: what the feedback taught.</dd>
<dt>separates strong from weak (discrimination)</dt><dd>How much better the top quarter of the
class (by total) did on the item than the bottom quarter: near 0 or below, the item does not
tell strong readers from weak ones; check its wording and key.</dd>
<dt>how far off (mean Brier)</dt><dd>For how-sure items: the average squared gap between how
sure students said they were and what turned out true. 0 is perfect; 0.25 is what always
saying 50 % gets.</dd>
<dt>too trusting (lean)</dt><dd>For how-sure items: above 0, the class was surer than the
key that statements are true (too trusting); below 0, more doubtful than the key.</dd>
<dt>most chosen wrong answers</dt><dd>Named by the option's words: each student saw the
options in their own order, under their own letters.</dd>
</dl>"""


def render_html(book: Gradebook, student_pages: list[tuple[str, str]] | None = None) -> str:
    """The report as one self-contained HTML page; every student-provided string is escaped.
    `student_pages`: (student, file name) of each student's own page, linked from here."""
    students, items, wrong = book.students, book.items, book.wrong_options
    # Answered questions that carry a score (a reflection's mean score is empty).
    hardest = items[items["mean_score"].notna()].sort_values(
        # Mean score ranks every scored type alike, partial credit included.
        ["mean_score", "share_correct", "quiz", "question"],
        kind="stable",
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>medialit gradebook</title><style>{_CSS}</style></head><body>",
        "<h1>medialit gradebook</h1>",
        f"<p>{len(students)} students graded; {len(book.problems)} problems "
        f"({int((~book.problems['graded'].astype(bool)).sum()) if len(book.problems) else 0} files "
        f"not graded); {len(book.duplicates)} duplicate files dropped.</p>",
    ]
    if len(students):
        parts.append(
            f"<p>Lessons graded: {html.escape(', '.join(book.quizzes))}. On average a student "
            f"earned {100 * students['total'].mean():.0f} % of the points of these lessons, and "
            f"the middle student answered {100 * students['completion'].median():.0f} % of "
            "their items.</p>"
        )
    parts.append(_GUIDE)

    both = students.dropna(subset=["pre", "post"]) if len(students) else students
    if len(both):
        parts.append(
            f"<p><b>Before and after:</b> {len(both)} students answered both checks (lesson 00 "
            f"and lesson 09). Mean before {both['pre'].mean():.2f}, after "
            f"{both['post'].mean():.2f}: a gain of {both['gain'].mean():+.2f} "
            "(shares of the five items, first attempts).</p>"
        )
    parts.append("<h2>Score distribution</h2>")
    if len(students):
        totals = students["total"].dropna().tolist()
        parts.append(
            _histogram_svg(
                totals,
                "Histogram of students' total scores from 0 to 1",
                "total score (share of points)",
                "students",
            )
        )

    parts.append("<h2>Hardest questions</h2>")
    if len(hardest):
        top = hardest.head(10)
        labels = [f"{q} / {i}" for q, i in zip(top["quiz"], top["question"], strict=True)]
        values = top["mean_score"].fillna(0).tolist()
        parts.append(
            _bars_svg(
                labels,
                values,
                "The hardest questions by mean score",
                "mean score of the students who answered (0 to 1)",
                True,
                "#a53b3b",
            )
        )
    shown = hardest[
        [
            "quiz",
            "question",
            "type",
            "n_answered",
            "share_correct",
            "mean_score",
            "discrimination",
            "wrong_options",
            "mean_brier",
            "lean",
        ]
    ].rename(columns=_PLAIN)
    parts.append(_table(shown, "Questions, hardest first (first tries; see the guide above)", 20))

    parts.append("<h2>Most chosen wrong answers</h2>")
    if len(wrong):
        top = wrong.head(10)
        # The option's words, not only its letter: students never see letters in the widgets.
        labels = [
            f"{q} / {i}: {_short(t)}"
            for q, i, t in zip(top["quiz"], top["question"], top["text"], strict=True)
        ]
        counts = [float(c) for c in top["count"].tolist()]
        parts.append(
            _bars_svg(
                labels,
                counts,
                "The most chosen wrong answers",
                "students who chose it",
                False,
                "#7a5ba5",
            )
        )
    parts.append(
        _table(
            wrong[["quiz", "question", "text", "count", "share"]].rename(
                columns={"text": "wrong answer chosen", "share": "share of those who answered"}
            ),
            "Wrong answers chosen, by their words (first tries)",
            20,
        )
    )

    parts += _written_answers(book)
    parts += _search_answers(book)

    parts.append("<h2>Problems</h2>")
    parts.append(_table(book.problems, "Files with problems (graded = the file still counted)"))
    parts.append(_table(book.duplicates, "The same student twice: the later export is kept"))

    parts.append("<h2>Students</h2>")
    parts.append(_students_table(book, dict(student_pages or ())))
    parts.append("</body></html>")
    return "\n".join(parts)


def _students_table(book: Gradebook, links: dict[str, str]) -> str:
    """One row per student, their name linking to their own page: per lesson the items
    answered and the percentage of the lesson's points; the total. All of it is in
    students.csv too."""
    students = book.students
    if students.empty:
        return "<p>No student graded.</p>"
    head = "".join(f'<th scope="col">{html.escape(quiz)}</th>' for quiz in book.quizzes)
    rows = []
    columns = ["student", "total"]
    columns += [c for quiz in book.quizzes for c in (f"{quiz} answered", f"{quiz} %")]
    for values in frame_rows(students[columns]):
        row = dict(zip(columns, values, strict=True))
        name = html.escape(str(row["student"]))
        href = links.get(row["student"])
        who = f'<a href="{html.escape(href)}">{name}</a>' if href else name
        cells = "".join(
            f"<td>{html.escape(str(row[f'{quiz} answered']))} · {_percent(row[f'{quiz} %'])}</td>"
            for quiz in book.quizzes
        )
        total = _percent(100 * row["total"])
        rows.append(f'<tr><th scope="row">{who}</th>{cells}<td>{total}</td></tr>')
    return (
        "<p>Each student's name opens their own page: each item as they saw it, with the key "
        "beside it.</p>"
        '<div class="wide"><table><caption>Per lesson: items answered of the lesson\'s items · '
        "the percentage of the lesson's points (a skipped item earns nothing but is not "
        "counted wrong). The CSV files have every figure.</caption>"
        f'<thead><tr><th scope="col">student</th>{head}<th scope="col">total</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _percent(value: float) -> str:
    return "" if math.isnan(value) else f"{value:.0f} %"


_PLAIN = {
    "n_answered": "answered",
    "share_correct": "share correct",
    "mean_score": "mean score",
    "discrimination": "separates strong from weak",
    "wrong_options": "wrong answers chosen",
    "mean_brier": "how far off (Brier)",
    "lean": "too trusting (lean)",
}


def _search_answers(book: Gradebook) -> list[str]:
    """The reasons students typed in search items, with what they did, beside the written
    answers."""
    searched = book.searches
    if searched is None or searched.empty:
        return []
    parts = [
        "<h2>Search answers</h2>",
        "<p>What each student answered in the search items, the reason they typed, the "
        "results they opened in order, and their habits (opened the top result first; opened "
        "a source with no stake in the answer before answering). Also in "
        "<code>search-answers.csv</code>.</p>",
    ]
    for (quiz, item), rows in searched.groupby(["lesson", "item"], sort=False):
        question = book.questions.get((quiz, item))
        parts.append(f"<h3>{html.escape(quiz)} / {html.escape(item)}</h3>")
        if question is not None:
            parts.append(f"<p><b>{html.escape(question.prompt)}</b></p>")
        parts.append(
            _table(
                rows[["student", "status", "reason", "opened", "habits", "score"]], "The answers"
            )
        )
    return parts


def _written_answers(book: Gradebook) -> list[str]:
    """Per written item: its prompt, its rubric, and every student's text with its level."""
    written = book.reflections
    if written is None or written.empty:
        return []
    parts = [
        "<h2>Written answers</h2>",
        "<p>Give each answer a level in <code>reflections.csv</code> (Proficient, Emergent or "
        "Basic) and run the gradebook again: levelled items count in the grades.</p>",
    ]
    for (quiz, item), rows in written.groupby(["lesson", "item"], sort=False):
        question = book.questions.get((quiz, item))
        parts.append(f"<h3>{html.escape(quiz)} / {html.escape(item)}</h3>")
        if question is not None:
            parts.append(f"<p><b>{html.escape(question.prompt)}</b></p>")
            rubric = question.spec.get("rubric") or {}
            if rubric:
                entries = "".join(
                    f"<li><b>{html.escape(level.capitalize())}:</b> "
                    f"{html.escape(entry['contains'])} <i>For example: "
                    f"{html.escape(entry['example'])}</i></li>"
                    for level, entry in rubric.items()
                )
                parts.append(f"<ul>{entries}</ul>")
        parts.append(
            _table(rows[["student", "words", "level", "comment", "text"]], "The answers", None)
        )
    return parts


@collector_paused
def write_report(
    book: Gradebook, out: str | os.PathLike[str], export: Iterable[str] = ()
) -> dict[str, Path]:
    """Write students.csv, items.csv, problems.csv, reflections.csv, search-answers.csv,
    report.html and a page per student (students/) into `out` (reflections.csv carries the
    levels and comments the gradebook read back); and a grade file per layout in `export`
    (canvas, moodle, csv).

    The folder is made private (0700) when new, and every file is the teacher's only (0600),
    whatever the umask: students' names, scores and writing stay with the teacher. Every CSV
    cell is quoted and defused for spreadsheets. Raises OSError when `out` cannot be written.
    """
    folder = private_folder(out)
    written = {
        "students": folder / "students.csv",
        "items": folder / "items.csv",
        "problems": folder / "problems.csv",
        "reflections": folder / "reflections.csv",
        "search-answers": folder / "search-answers.csv",
        "report": folder / "report.html",
    }
    write_csv(written["students"], book.students)
    write_csv(written["items"], book.items)
    write_csv(written["problems"], book.problems)
    if book.reflections is not None:
        rows = frame_rows(book.reflections)
        _reflections.write(written["reflections"], rows)
    if book.searches is not None:
        write_csv(written["search-answers"], book.searches)
    else:
        del written["search-answers"]
    pages_folder = private_folder(folder / _pages.STUDENT_FOLDER)
    os.chmod(pages_folder, 0o700)  # ours, whatever an earlier run or the umask left
    earlier = frozenset(old.name for old in pages_folder.glob("student-*.html"))
    levels: dict[tuple[str, str, str], tuple[str, str]] = {}
    if book.reflections is not None:
        given = book.reflections[["student", "lesson", "item", "level", "comment"]]
        levels = {(s, q, i): (level, c) for s, q, i, level, c in frame_rows(given)}
    columns = _pages.row_columns(book)
    students = [dict(zip(columns, r, strict=True)) for r in frame_rows(book.students[columns])]
    links = write_pages(folder, book, students, levels, earlier)
    for name in earlier - {Path(name).name for _, name in links}:
        (pages_folder / name).unlink()  # a page of an earlier run with more students
    for layout in export:
        written[f"export {layout}"] = write_export(book, folder, layout)
    write_private(written["report"], render_html(book, links))
    return written
