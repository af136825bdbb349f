"""Each item on a student's page in the gradebook's report, drawn by its type: the question's
head, the student's answer as they saw the question (their option letters and texts, their
sort, their marked words, their search, their written answer with the level given) and the
key beside it. For options, a sort, a how-sure, a mark or an order item the key is the
student's own: what is right stands beside their answer, and the explanations are those of
what they got wrong (a skipped item shows the whole key). Everything a student wrote is
escaped: student text is never trusted.

What a page needs of a question is worked out once per question object, and rows and keys
many students share are drawn once: a class's pages meet each question hundreds of times.
The page itself, and the order each student saw, are `medialit._pages`.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from medialit._reflections import habit_text
from medialit.items.base import CONFIDENCE_TOLERANCE

if TYPE_CHECKING:
    from medialit._quiz import Question, Result


def esc(value: Any) -> str:
    """Any value as escaped HTML text (quotes included)."""
    return html.escape(str(value), quote=True)


@lru_cache(maxsize=8192)
def _esc_bank(text: str) -> str:
    """Escaped text of the course's own (a bank's options, the article's statements): met on
    every page, escaped once."""
    return html.escape(text, quote=True)


def _lines(lines: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"


def _key_html(question: Question) -> str:
    """The key of a question as the teacher's printed key has it (texts, not letters)."""
    try:
        return _lines(question.item.key(question))
    except Exception:  # a key that cannot be drawn must not stop the report
        return "<p>(no key to show)</p>"


def _choice_line(mark: str, choice: Mapping[str, Any], feedback: bool) -> str:
    line = f"{mark}: {str(choice.get('text', '')).strip()}"
    said = str(choice.get("feedback", "") or "").strip() if feedback else ""
    return f"{line} — {said}" if said else line


def _lettered_key(question: Question, result: Result | None) -> str:
    """The key of a lettered question for one student: the right option(s) with their
    explanation and the feedback of a wrong option they chose; one line, no feedback, when
    they got it right. The feedback of the options they did not choose is left out."""
    try:
        choices = _choices(question)
        stored = result.response if result is not None else None
        chosen = {stored} if isinstance(stored, str) else set(stored or ())
        right = [c for c in choices.values() if c.get("correct")]
        wrong_chosen = [c for k, c in choices.items() if k in chosen and not c.get("correct")]
        if (
            result is not None
            and not wrong_chosen
            and chosen == {k for k, c in choices.items() if c.get("correct")}
        ):
            return _lines([" · ".join(_choice_line("✓ right", c, False) for c in right)])
        lines = [_choice_line("✓ right", c, True) for c in right]
        lines += [_choice_line("✗ their choice", c, True) for c in wrong_chosen]
        return _lines(lines)
    except Exception:  # a key that cannot be drawn must not stop the report
        return _key_html(question)


def _head_html(question: Question) -> str:
    parts = [
        f'<h3>{esc(question.id)} <span class="type">{esc(question.item.label)}</span></h3>',
        f"<p><b>{esc(question.prompt)}</b></p>",
    ]
    if question.statement is not None and question.item.quotes_statement:
        parts.append(f"<blockquote>{esc(question.statement.text)}</blockquote>")
    return "".join(parts)


def _mark(right: bool | None) -> str:
    if right is None:
        return ""
    return ' <span class="right">✓</span>' if right else ' <span class="wrong">✗</span>'


# What a page needs of a question, worked out once per question object (kept with the
# question itself, so an id is never taken for another's; a few hundred in a course).
_PER_QUESTION: dict[tuple[int, str], tuple[Question, Any]] = {}
MAX_QUESTIONS_KEPT = 4096


def _once(question: Question, what: str, make: Callable[[Question], Any]) -> Any:
    """`make(question)`, made once per question object (`what` names which)."""
    found = _PER_QUESTION.get((id(question), what))
    if found is not None and found[0] is question:
        return found[1]
    if len(_PER_QUESTION) >= MAX_QUESTIONS_KEPT:
        _PER_QUESTION.clear()
    value = make(question)
    _PER_QUESTION[(id(question), what)] = (question, value)
    return value


def _choices(question: Question) -> dict[str, dict[str, Any]]:
    """A lettered question's choices by bank key, in the bank's order."""
    return _once(question, "choices", _bank_choices)


def _bank_choices(question: Question) -> dict[str, dict[str, Any]]:
    return {key: choice for _, key, choice in sorted(question.shown_choices, key=lambda s: s[1])}


def _lettered(question: Question, order: tuple[str, ...], stored: Any) -> str:
    """The options in the order this student saw them, with their letters; the chosen ones
    marked right or wrong; for an order item, the order they gave."""
    choices = _choices(question)
    shown = [(chr(ord("a") + i), key, choices[key]) for i, key in enumerate(order)]
    if question.item.never_shown_solved:  # an order to put events in, not options to pick
        if not isinstance(stored, list):
            return ""
        by_key = {key: (letter, choice) for letter, key, choice in shown}
        keys = list(choices)
        rows = []
        for place, key in enumerate(stored):
            letter, choice = by_key.get(key, ("?", {"text": key}))
            right = place < len(keys) and keys[place] == key
            text = _esc_bank(str(choice.get("text", "")))
            rows.append(f"<li>{letter}) {text}{_mark(right)}</li>")
        return f"<p>Their order, earliest first:</p><ol>{''.join(rows)}</ol>"
    chosen = {stored} if isinstance(stored, str) else set(stored or ())
    rows = []
    for letter, key, choice in shown:
        picked = key in chosen
        note = ""
        if picked:
            note = " <b>(chosen)</b>" + _mark(bool(choice.get("correct")))
        rows.append(f"<li>{letter}) {_esc_bank(str(choice.get('text', '')))}{note}</li>")
    return f"<p>The options as they saw them:</p><ul>{''.join(rows)}</ul>"


def _sort_row(question: Question, sid: str, said: str, accepted: tuple[str, ...]) -> str:
    """One statement of a sort: its text, the kind given, the key."""
    ok = said in accepted
    return (
        f"<tr><td>{_esc_bank(f'{sid}: {question.text_of(sid)}')}</td>"
        f"<td>{esc(said) or '<i>none</i>'}{_mark(ok)}</td>"
        f"<td>{_esc_bank(' or '.join(accepted))}</td></tr>"
    )


def _memo(_: Question) -> dict[Any, str]:
    return {}


# How many drawn rows or keys a question keeps (statements times kinds: a few dozen).
MAX_DRAWN_PER_QUESTION = 10_000


def _accepted(question: Question) -> dict[str, tuple[str, ...]]:
    return question.item.accepted(question)  # type: ignore[attr-defined]


def _sort_key(question: Question, result: Result) -> str:
    """A sort's key for one student: each statement's kind is in the table beside theirs;
    here, why, for each statement they sorted wrong (the explanation they were shown), in
    the bank's order. Drawn once per set of mistakes: many students make the same ones."""
    accepted: dict[str, tuple[str, ...]] = _once(question, "accepted", _accepted)
    stored = result.response if isinstance(result.response, Mapping) else {}
    wrong = []
    for sid, kinds in accepted.items():
        said = str(stored.get(sid, ""))
        if kinds and said not in kinds:
            wrong.append((sid, said))
    drawn: dict[Any, str] = _once(question, "sort key", _memo)
    mistakes = tuple(wrong)
    key = drawn.get(mistakes)
    if key is not None:
        return key
    overrides = question.spec.get("feedback") or {}
    lines = []
    for sid, said in mistakes:
        kinds = accepted[sid]
        why = str(overrides.get(sid) or question.statements[sid].explanation or "").strip()
        also = f" (also accepted: {', '.join(kinds[1:])})" if len(kinds) > 1 else ""
        lines.append(f"{sid}: {kinds[0]}{also}, not {said or 'none'}. {why}")
    if not lines:
        key = "<p>Every statement sorted right: the key is beside each one.</p>"
    else:
        key = "<p>Why, for each statement sorted wrong:</p>" + _lines(lines)
    if len(drawn) < MAX_DRAWN_PER_QUESTION and all(len(said) < 40 for _, said in mistakes):
        drawn[mistakes] = key
    return key


def _mark_key(question: Question, result: Result) -> str:
    """A mark item's key for one student: the words keyed; the explanation only when they
    did not mark exactly those words."""
    item = question.item
    phrases = "; ".join(f'"{p}"' for p in item.key_phrases(question))  # type: ignore[attr-defined]
    lines = [f"The {question.spec.get('target', 'words')}: {phrases}."]
    if not result.correct:
        lines.append(str(question.spec.get("feedback", "")).strip())
    return _lines(lines)


def _order_key(question: Question, result: Result) -> str:
    """An order item's key for one student: the events in the right order, with the
    explanation of each event they put in another place."""
    events = _choices(question)
    stored = result.response if isinstance(result.response, list) else []
    lines = []
    for place, (key, event) in enumerate(events.items()):
        line = f"{place + 1}. {str(event.get('text', '')).strip()} ({event.get('date', '')})."
        if place >= len(stored) or stored[place] != key:
            line += f" {str(event.get('feedback', '') or '').strip()}"
        lines.append(line)
    return _lines(lines)


def _sort(question: Question, order: tuple[str, ...], stored: Any) -> str:
    accepted: dict[str, tuple[str, ...]] = _once(question, "accepted", _accepted)
    # A row (statement, kind given, key) is met on many pages: each drawn once.
    drawn: dict[Any, str] = _once(question, "sort rows", _memo)
    given = stored if isinstance(stored, Mapping) else {}
    rows = []
    for sid in order:
        said = str(given.get(sid, ""))
        row = drawn.get((sid, said))
        if row is None:
            row = _sort_row(question, sid, said, accepted.get(sid, ()))
            if len(drawn) < MAX_DRAWN_PER_QUESTION and len(said) < 40:
                drawn[(sid, said)] = row
        rows.append(row)
    return (
        '<table><thead><tr><th scope="col">statement</th><th scope="col">their kind</th>'
        f'<th scope="col">the key</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _outcomes(question: Question) -> dict[str, tuple[float, str]]:
    """A how-sure item's key: per statement, what a careful reader says and why."""
    return {
        str(item["statement"]): (float(item["outcome"]), str(item.get("feedback", "")).strip())
        for item in question.spec["items"]
    }


def _well_judged(value: Any, outcome: float) -> bool | None:
    """Was a figure within the item's tolerance of a careful reader's (None: no figure)?"""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return abs(value - outcome) <= CONFIDENCE_TOLERANCE


def _confidence(question: Question, order: tuple[str, ...], stored: Any) -> str:
    outcomes: dict[str, tuple[float, str]] = _once(question, "outcomes", _outcomes)
    rows = []
    for sid in order:
        value = stored.get(sid) if isinstance(stored, Mapping) else None
        judged = _well_judged(value, outcomes[sid][0]) if sid in outcomes else None
        shown = f"{round(100 * value)} % sure it is true" if isinstance(value, (int, float)) else ""
        statement = _esc_bank(f"{sid}: {question.text_of(sid)}")
        reader = (
            f" · a careful reader: {round(100 * outcomes[sid][0])} %{_mark(judged)}"
            if sid in outcomes
            else ""
        )
        rows.append(f"<li>{statement} · <b>{shown}</b>{reader}</li>")
    return f"<ul>{''.join(rows)}</ul>"


def _confidence_key(question: Question, result: Result) -> str:
    """A how-sure item's key for one student: what a careful reader says of each statement is
    beside their figure; here, why, for each statement they judged too far from it."""
    outcomes: dict[str, tuple[float, str]] = _once(question, "outcomes", _outcomes)
    stored = result.response if isinstance(result.response, Mapping) else {}
    lines = []
    for sid in outcomes:  # the bank's order: the key is the same for one answer
        outcome, why = outcomes.get(sid, (math.nan, ""))
        value = stored.get(sid)
        if isinstance(value, (int, float)) and _well_judged(value, outcome) is False:
            lines.append(
                f"{sid}: a careful reader says {round(100 * outcome)} %, they said "
                f"{round(100 * value)} %. {why}"
            )
    if not lines:
        tolerance = round(100 * CONFIDENCE_TOLERANCE)
        return (
            f"<p>Every figure within {tolerance} points of a careful reader's: the key is "
            "beside each statement.</p>"
        )
    return "<p>Why, for each figure too far from a careful reader's:</p>" + _lines(lines)


def _marked(question: Question, stored: Any) -> str:
    tokens = question.item.tokens(question)  # type: ignore[attr-defined]
    picks = set(stored) if isinstance(stored, list) else set()
    words = [
        f"<mark>{esc(token)}</mark>" if i in picks else esc(token) for i, token in enumerate(tokens)
    ]
    marked = ", ".join(esc(tokens[i]) for i in sorted(picks) if 0 <= i < len(tokens))
    return f"<p>{' '.join(words)}</p><p>Marked: <b>{marked or 'nothing'}</b></p>"


def _opened_line(question: Question, page_id: str) -> str:
    """A result a student opened: its id, title and outlet, and what the key makes of it
    for this claim (the same few lines on every page: drawn once per question and page)."""
    lines: dict[str, str] = _once(question, "opened", lambda _: {})
    line = lines.get(page_id)
    if line is None:
        from medialit import _search_index

        page = _search_index.pages().get(page_id)
        if page is None:
            line = f"<li>{esc(page_id)}) ? (not a page of the course's search)</li>"
        else:
            try:
                role = f" ({question.item.role_text(question, page_id)})"  # type: ignore[attr-defined]
            except Exception:  # a role the key cannot give: the page without it
                role = ""
            line = f"<li>{esc(page_id)}) {esc(page.title)} · {esc(page.outlet)}{esc(role)}</li>"
        if len(lines) < 1000:
            lines[page_id] = line
    return line


def _search(question: Question, stored: Any, result: Result) -> str:
    if not isinstance(stored, Mapping):
        return ""
    found = stored.get("opened")
    opened: list[Any] = found if isinstance(found, list) else []
    items = "".join(_opened_line(question, str(k)) for k in opened)
    parts = [
        f"<p>Opened, in order:</p><ol>{items}</ol>",
        f"<p>Their answer: <b>{esc(stored.get('status', ''))}</b></p>",
        f"<p>Their reason: {esc(stored.get('reason', ''))}</p>",
    ]
    # Anything else the item keeps (the queries typed, say), shown as it is.
    for name, value in stored.items():
        if name in ("opened", "status", "reason"):
            continue
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"<p>{esc(name)}: {esc(shown)}</p>")
    habits = dict(result.habits)
    if habits:
        parts.append(f"<p>What they did: {esc(habit_text(habits))}</p>")
    return "".join(parts)


Order = tuple[str, ...]
AnswerView = Callable[["Question", Order, Any, "Result"], str]
# How each item type's answer is drawn (as the controls draw each type), given the order the
# student saw its statements in; lettered types not named here are drawn as options in the
# student's order, written answers as text.
ANSWER_VIEWS: dict[str, AnswerView] = {
    "sort": lambda q, order, stored, _: _sort(q, order, stored),
    "confidence": lambda q, order, stored, _: _confidence(q, order, stored),
    "mark": lambda q, _, stored, __: _marked(q, stored),
    "search": lambda q, _, stored, result: _search(q, stored, result),
}


KeyView = Callable[["Question", "Result"], str]
# The types whose key is drawn for each student, beside their answer: what they got right is
# shown once (in their answer), the explanations only where they went wrong. Lettered types
# (options) use `_lettered_key`; a skipped item shows the whole key.
KEY_VIEWS: dict[str, KeyView] = {
    "sort": _sort_key,
    "confidence": _confidence_key,
    "mark": _mark_key,
    "order": _order_key,
}


def _own_key(question: Question) -> KeyView | None:
    """How a question's key is drawn for one student, or None for the same key on every
    page (an order item, written answers and the other types)."""
    view = KEY_VIEWS.get(question.type)
    if view is not None:
        return view
    if question.item.lettered and not question.item.never_shown_solved:
        return _lettered_key
    return None


def _answer_body(question: Question, order: Order, result: Result) -> str:
    """What the student answered, as they saw the question (in `order`), drawn by its type."""
    stored = result.response
    try:
        view = ANSWER_VIEWS.get(question.type)
        if view is not None:
            return view(question, order, stored, result)
        if question.item.lettered:
            return _lettered(question, order, stored)
        if isinstance(stored, str):
            return f"<p>{esc(stored)}</p><p>{len(stored.split())} words</p>"
        return f"<p>{esc(json.dumps(stored, ensure_ascii=False))}</p>"
    except Exception:  # one odd answer must not stop the page
        return f"<p>{esc(json.dumps(stored, ensure_ascii=False, default=str))}</p>"


SKIPPED = '<p class="skipped">Skipped: not answered (not counted as a wrong answer).</p>'


def _answer_html(
    question: Question, order: Order, result: Result | None, level: tuple[str, str] | None
) -> str:
    """What the student answered, as they saw the question, with its score or level."""
    if result is None:
        return SKIPPED
    body = _answer_body(question, order, result)
    if result.score is not None:
        body += f"<p>Score: <b>{result.score:.2f}</b> of 1</p>"
    elif level is not None:
        grade, comment = level
        body += f"<p>Level given: <b>{esc(grade or 'not levelled yet')}</b></p>"
        if comment:
            body += f"<p>Your comment: {esc(comment)}</p>"
    if not result.counted:
        body += '<p class="skipped">Too short to count as answered.</p>'
    return body


def _drawn_key(view: KeyView, question: Question, result: Result) -> str:
    try:
        return view(question, result)
    except Exception:  # a key that cannot be drawn must not stop the report
        return _key_html(question)
