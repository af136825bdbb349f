"""The teacher's printable answer key, made from the banks the quizzes score with.

Every line comes from the item types' own `key()` (the registry) and the course's data: the
statement labels with their accepted alternatives, marks, orders, how-sure keys and the
rubrics. So the key never drifts from what the quizzes score.
"""

from __future__ import annotations

import html

from medialit._course import Course, load_course
from medialit._quiz import read_quiz

_CSS = """
body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#111}
h2{border-bottom:2px solid #333;margin-top:2rem}
section{break-inside:avoid-page;margin:1rem 0}
li{margin:.2rem 0}
.type{color:#555;font-size:.85rem}
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-before:page}
h2:first-of-type{break-before:avoid}a{color:inherit;text-decoration:none}}
"""


class KeyUnavailable(ValueError):
    """The course in use carries no key (a students' copy made by `medialit release`)."""


NO_KEY = (
    "this copy of the course has no answer key: it is a students' copy for a test (made by "
    "`medialit release`), which keeps no correct answers, keys or explanations. A teacher "
    "gives the full course with --course (on the school hub: /opt/medialit/teacher-course)."
)


def render_key(course: Course | None = None, lessons: list[str] | None = None) -> str:
    """The answer key of some lessons (default: all) as one printable HTML page; raises
    KeyUnavailable for a released copy of a course."""
    course = course or load_course()
    slugs = lessons or course.bank_slugs()
    if any(read_quiz(slug, "answer-key", course=course).released for slug in slugs):
        raise KeyUnavailable(NO_KEY)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Answer key: {html.escape(course.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Answer key: {html.escape(course.title)}</h1>",
        "<p>Made from the question banks the quizzes score with. Where careful readers split, "
        "every accepted answer is listed.</p>",
    ]
    for slug in slugs:
        quiz = read_quiz(slug, "answer-key", course=course)
        number = course.lessons.index(slug) if slug in course.lessons else None
        head = f"{number:02d} · " if number is not None else ""
        parts.append(
            f"<h2>{head}{html.escape(quiz.title)} <small>({html.escape(slug)})</small></h2>"
        )
        for question in quiz.questions:
            parts.append(f'<section id="{html.escape(slug)}-{html.escape(question.id)}">')
            parts.append(
                f"<h3>{html.escape(question.id)} "
                f'<span class="type">{html.escape(question.item.label)}</span></h3>'
            )
            parts.append(f"<p><b>{html.escape(question.prompt)}</b></p>")
            if question.statement is not None and question.item.quotes_statement:
                parts.append(f"<blockquote>{html.escape(question.statement.text)}</blockquote>")
            items = "".join(f"<li>{html.escape(line)}</li>" for line in question.item.key(question))
            parts.append(f"<ul>{items}</ul></section>")
    parts.append("</body></html>")
    return "\n".join(parts)


def lesson_slug(course: Course, name: str) -> str | None:
    """A lesson named by slug (`evidence`), number (`05`) or notebook stem (`05-evidence`)."""
    if name in course.lessons:
        return name
    number = name.split("-", 1)[0]
    if number.isdigit() and int(number) < len(course.lessons):
        return course.lessons[int(number)]
    return None
