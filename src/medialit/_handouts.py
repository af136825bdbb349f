"""A teacher's pack to print: the article with its sentence ids, a rules card, a card with the
three questions and SIFT, exit-ticket slips and the answer key, as print-ready HTML pages.

Every page is made from the course's data: the article from `article.txt`, the cue words and
hedges from `data/cues.csv`, the exit tickets from the banks' reflection prompts, the key from
the banks the quizzes score with (`_key.render_key`). The rules card's five kinds are the
table of docs/rules.md §1 (a test holds them equal).
"""

from __future__ import annotations

import html
from pathlib import Path

from medialit._course import Course, load_course
from medialit._key import render_key
from medialit._quiz import read_quiz
from medialit._rules import words_of

PAPERS = {"a4": "A4", "letter": "letter"}

# docs/rules.md §1: the five kinds, in the course's words (tests/test_handouts.py checks).
KINDS = (
    (
        "fact",
        "true, in the article's own voice, and checkable — *presented* as fact, not yet verified",
    ),
    ("claim", "someone else's assertion, attributed to them; the author does not vouch for it"),
    ("denial", "someone's rejection of a claim"),
    (
        "speculation",
        "a guess: a hedged statement, a prediction, or a motive, wish or intention — by anyone",
    ),
    ("opinion", "a judgement of value or a recommendation, which no evidence could settle"),
)

# docs/rules.md §2, as questions a student asks of a sentence, in order.
STEPS = (
    "Is it a judgement of value or a recommendation? → opinion.",
    "Does someone else say it (a cue: said, according to, deny)? Rejects a claim → denial; "
    "hedged, a prediction, a motive or a wish → speculation; otherwise → claim.",
    "Is it the author's own voice? Hedged, a prediction, a motive or a wish → speculation; "
    "otherwise → fact (presented as fact, not yet checked).",
    '"X said Y": label it by Y, what a reader takes away.',
)

CUE_CLASSES = (
    ("neutral", "the author does not vouch"),
    ("distancing", "the author signals doubt"),
    ("endorsing", "the author signals it is true"),
    ("denial", "the source says “not so”"),
    ("belief", "a private view: speculation"),
    ("vague", "no one you could point to"),
)


def _examples(cls: str, count: int) -> str:
    """The first `count` words of a cue class, one form per word ("said", not "says, say")."""
    chosen: list[str] = []
    for word in words_of(cls):
        if not any(word[:4] == other[:4] for other in chosen):
            chosen.append(word)
    return ", ".join(chosen[:count])


def _css(paper: str) -> str:
    size = PAPERS[paper]
    return f"""
@page{{size:{size};margin:15mm}}
body{{font-family:system-ui,sans-serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:#111;
line-height:1.4}}
h1{{font-size:1.5rem}} h2{{font-size:1.15rem;margin-top:1.2rem}}
table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #444;padding:.3rem .5rem;
text-align:left;vertical-align:top}}
.sid{{font-weight:bold;font-size:.8em;color:#333;border:1px solid #777;border-radius:3px;
padding:0 .2em;margin-right:.2em}}
.slip{{border:1px dashed #444;padding:.8rem;margin:0 0 1rem;break-inside:avoid;min-height:8.5rem}}
.lines{{border-bottom:1px solid #999;height:1.6rem}}
.note{{color:#444;font-size:.9em}}
@media print{{body{{margin:0;max-width:none;font-size:10.5pt}}a{{color:inherit;
text-decoration:none}}.noprint{{display:none}}}}
"""


def _page(title: str, body: list[str], paper: str) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{html.escape(title)}</title><style>{_css(paper)}</style></head><body>",
            *body,
            "</body></html>",
        ]
    )


def _md_emphasis(text: str) -> str:
    """Escape, then turn the rulebook's *word* into <em>word</em>."""
    parts = html.escape(text).split("*")
    return "".join(f"<em>{p}</em>" if i % 2 else p for i, p in enumerate(parts))


def article_page(course: Course, paper: str = "a4") -> str:
    """The article, paragraph by paragraph, every sentence with its id."""
    article = course.article
    by_paragraph: dict[int, list[tuple[str, str]]] = {}
    for sid, number, text in article.sentence_rows:
        by_paragraph.setdefault(number, []).append((sid, text))
    body = [f"<h1>{html.escape(course.title)}</h1>"]
    body.append(
        '<p class="note">The article as the course uses it. Each sentence carries its id '
        "(S01, S02, …): the quizzes and the key name sentences by these ids.</p>"
    )
    for number, sentences in sorted(by_paragraph.items()):
        tag = "h2" if number == 0 else "p"
        inner = " ".join(
            f'<span class="sid">{html.escape(sid)}</span>{html.escape(text)}'
            for sid, text in sentences
        )
        body.append(f"<{tag}>{inner}</{tag}>")
    return _page(f"Article: {course.title}", body, paper)


def rules_card(paper: str = "a4", examples: int = 6) -> str:
    """One page: the five kinds, the order of the rules, cue words, hedges and boosters."""
    body = ["<h1>Fact, claim, denial, speculation, opinion</h1>", "<h2>The five kinds</h2>"]
    rows = "".join(f"<tr><th>{kind}</th><td>{_md_emphasis(text)}</td></tr>" for kind, text in KINDS)
    body.append(f"<table>{rows}</table>")
    body.append("<h2>Decide in this order; stop at the first that fits</h2><ol>")
    body.extend(f"<li>{html.escape(step)}</li>" for step in STEPS)
    body.append("</ol><h2>Cue words</h2><table>")
    for cls, meaning in CUE_CLASSES:
        words = _examples(cls, examples)
        body.append(f"<tr><th>{cls}</th><td>{html.escape(words)}</td><td>{meaning}</td></tr>")
    body.append("</table>")
    hedges = _examples("hedge", examples * 2)
    boosters = _examples("booster", examples)
    body.append(
        f"<h2>How sure?</h2><p><b>Hedges</b> make a statement less sure: {html.escape(hedges)}. "
        "A hedged statement is speculation.</p>"
        f"<p><b>Boosters</b> make a speaker sound surer: {html.escape(boosters)}. A booster is "
        "not evidence.</p>"
        '<p class="note">The full rules: docs/rules.md in the course.</p>'
    )
    return _page("Rules card", body, paper)


def questions_card(paper: str = "a4") -> str:
    """One page: the three questions of Civic Online Reasoning and SIFT."""
    body = [
        "<h1>Checking a text like a fact checker</h1>",
        "<h2>Three questions (Civic Online Reasoning, Stanford History Education Group)</h2>",
        "<ol><li><b>Who is behind the information?</b> Who wrote or published it, who pays for "
        "it, and what do they gain?</li>"
        "<li><b>What is the evidence?</b> What does the text offer or point to: someone's word, "
        "a document, an official record, an object? Or nothing?</li>"
        "<li><b>What do other sources say?</b> Leave the page and read laterally: what do "
        "independent sources say about the source and the claim?</li></ol>",
        "<h2>SIFT (Mike Caulfield)</h2>",
        "<ul><li><b>S</b>top: before you share or believe, pause.</li>"
        "<li><b>I</b>nvestigate the source: who is behind it?</li>"
        "<li><b>F</b>ind better coverage: what do other, independent sources say?</li>"
        "<li><b>T</b>race claims, quotes and media to their original context.</li></ul>",
        "<h2>One standard for every side</h2>",
        "<p>A government's or a party's say-so is a claim, whoever says it. Corroboration needs "
        "an independent source or evidence.</p>",
    ]
    return _page("Three questions and SIFT", body, paper)


def exit_tickets(course: Course, lessons: list[str], paper: str = "a4") -> str:
    """One slip per reflection prompt of each lesson, to cut out and hand back."""
    body = [f"<h1>Exit tickets: {html.escape(course.title)}</h1>"]
    body.append('<p class="note noprint">Print, cut along the dashed lines.</p>')
    for slug in lessons:
        quiz = read_quiz(slug, "handouts", course=course)
        head = _lesson_head(course, slug, quiz.title)
        for question in quiz.questions:
            if not question.item.own_words:
                continue
            body.append(
                f'<div class="slip"><p><b>{html.escape(head)}</b> · name: ____________________</p>'
                f"<p>{html.escape(question.prompt)}</p>"
                + '<div class="lines"></div>' * 4
                + "</div>"
            )
    return _page("Exit tickets", body, paper)


def _lesson_head(course: Course, slug: str, title: str) -> str:
    number = course.lessons.index(slug) if slug in course.lessons else None
    return f"{number:02d} · {title}" if number is not None else title


def write_handouts(
    out: str | Path,
    course: Course | None = None,
    lessons: list[str] | None = None,
    paper: str = "a4",
) -> list[Path]:
    """Write the pack into `out` (created if needed); returns the files written, index first.

    `lessons` (bank slugs) limits the exit tickets and keys; `paper` is "a4" or "letter".
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    course = course or load_course()
    slugs = lessons or course.bank_slugs()
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    pages: dict[str, tuple[str, str]] = {
        "article.html": ("The article with sentence ids", article_page(course, paper)),
        "rules-card.html": ("Rules card: the five kinds, cues, hedges", rules_card(paper)),
        "questions-card.html": ("Three questions and SIFT", questions_card(paper)),
        "exit-tickets.html": (
            "Exit tickets (one slip per prompt)",
            exit_tickets(course, slugs, paper),
        ),
    }
    for slug in slugs:
        number = course.lessons.index(slug) if slug in course.lessons else None
        name = f"key-{number:02d}-{slug}.html" if number is not None else f"key-{slug}.html"
        title = _lesson_head(course, slug, read_quiz(slug, "handouts", course=course).title)
        pages[name] = (f"Answer key: {title}", render_key(course, [slug]))
    links = "".join(
        f'<li><a href="{html.escape(name)}">{html.escape(title)}</a></li>'
        for name, (title, _) in pages.items()
    )
    index = _page(
        f"Handouts: {course.title}",
        [
            f"<h1>Handouts: {html.escape(course.title)}</h1>",
            f"<p>Open a page and print it ({PAPERS[paper]}). Keys are for the teacher.</p>",
            f"<ul>{links}</ul>",
        ],
        paper,
    )
    written = [folder / "index.html"]
    written[0].write_text(index, encoding="utf-8")
    for name, (_, page) in pages.items():
        (folder / name).write_text(page, encoding="utf-8")
        written.append(folder / name)
    return written
