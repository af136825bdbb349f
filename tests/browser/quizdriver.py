"""Answer medialit quizzes in the browser by real clicks and keys, and read what they show.

The widget structure this relies on is the contract in src/medialit/_quiz_view.py: the question
box has class `medialit-q-<id>`, a "Check answer" button and a `medialit-feedback` element;
options are labelled with their text alone, sort drop-downs "S05 kind", order drop-downs "1.",
"2.", ... (options: the event texts), how-sure drop-downs "S05 how sure" (options "0 % (surely
not)", "10 %", ... "100 % (surely yes)"), mark buttons one per word in text order, named by the
word, after "✓ " when marked. Every drop-down starts on "— choose —".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from playwright.sync_api import Locator, expect

import medialit
from medialit import _search_index as search_index
from medialit._quiz import Question
from medialit.items import ITEM_TYPES, key_tokens, letters
from medialit.items.search import SCAN_DEPTH

SHOW_QUIZ = re.compile(r"""show_quiz\(\s*["']([a-z0-9-]+)["']\s*(?:,\s*["']([a-z0-9-]+)["'])?""")
SEARCH_REASON = "The source with no stake says otherwise."
REFLECTION_TEXT = (
    "The article says who claims what, but it never shows me the evidence, so I would check "
    "elsewhere."
)
CHOOSE = "— choose —"
# How sure, in percent, for the 1st, 2nd, ... statement of a confidence question: distinct
# values, so feedback that reads "you said 80 %" for the wrong statement fails the check.
CONFIDENCE_PLAN = (80, 20, 100, 50, 0, 70, 30, 90, 10, 60, 40)


@dataclass(frozen=True)
class Shown:
    """A question a lesson shows: the lesson file, the quiz slug, the question."""

    lesson: str
    slug: str
    qid: str
    type: str


def shown_questions(notebook: Path) -> list[Shown]:
    """Every question a lesson notebook shows through show_quiz, in notebook order."""
    nb = nbformat.read(notebook, as_version=4)
    found: list[Shown] = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for slug, qid in SHOW_QUIZ.findall(cell.source):
            quiz = medialit.load_quiz(slug)
            ids = [qid] if qid else [q.id for q in quiz.questions]
            found += [Shown(notebook.name, slug, i, quiz.question(i).type) for i in ids]
    return found


def plan_one_of_each_type(notebooks: list[Path]) -> dict[str, Shown]:
    """One shown question per item type, drawn from as few lessons as possible."""
    shown = [s for nb in notebooks for s in shown_questions(nb)]
    plan: dict[str, Shown] = {}
    while True:
        missing = [t for t in ITEM_TYPES if t not in plan]
        by_lesson: dict[str, set[str]] = {}
        for s in shown:
            if s.type in missing:
                by_lesson.setdefault(s.lesson, set()).add(s.type)
        if not by_lesson:
            return plan
        # Greedy set cover: the lesson that adds the most missing types (then the earliest).
        lesson = max(sorted(by_lesson), key=lambda name: len(by_lesson[name]))
        for s in shown:
            if s.lesson == lesson and s.type in missing and s.type not in plan:
                plan[s.type] = s


def question(slug: str, qid: str) -> Question:
    """The question model, as the kernel builds it for the default student."""
    return medialit.load_quiz(slug).question(qid)


def _nothing() -> None:
    return None


def choices(q: Question) -> list[tuple[str, dict[str, Any]]]:
    """(shown letter, choice) of a lettered question, in the order the student sees them."""
    return [(shown, choice) for shown, _, choice in q.shown_choices]


def right_order(q: Question) -> list[str]:
    """The shown letters of an order question's events, earliest first (the bank's order)."""
    return [q.shown_letter(key) for key in letters(len(q.shown_choices))]


def confidence_plan(q: Question) -> dict[str, int]:
    """The percentage the tests give each statement of a confidence question."""
    ids = q.shown_statement_ids
    assert len(ids) <= len(CONFIDENCE_PLAN), f"{q.id}: more statements than CONFIDENCE_PLAN"
    return dict(zip(ids, CONFIDENCE_PLAN, strict=False))


def level_label(percent: int) -> str:
    """The text of a how-sure option, as the drop-down shows it."""
    extra = {0: " (surely not)", 50: " (no idea)", 100: " (surely yes)"}.get(percent, "")
    return f"{percent} %{extra}"


def _option_key(q: Question, text: str) -> str:
    """The key of the option (single, multiple) or event (order) a control shows as `text`."""
    return next(k for k, o in choices(q) if o["text"] == text)


def answer(box: Locator, q: Question, settle: Callable[[], None] = _nothing) -> Any:
    """Fill in a response with real clicks and keys; return the response the controls hold.

    `settle` waits until the kernel has taken every change (see Lab.settle).
    """
    page = box.page
    settle()
    t = q.type
    if t == "single":
        key, option = next((k, o) for k, o in choices(q) if o["correct"])
        box.get_by_role("radio", name=option["text"], exact=True).click()
        settle()
        return key
    if t == "multiple":
        right = next(k for k, o in choices(q) if o["correct"])
        wrong = next((k for k, o in choices(q) if not o["correct"]), None)
        picked = [k for k in (right, wrong) if k is not None]
        for key, option in choices(q):
            tick = box.get_by_role("checkbox", name=option["text"], exact=True)
            if tick.is_checked() != (key in picked):  # it may show an earlier saved answer
                tick.click()
                settle()
        return sorted(picked)
    if t == "sort":
        cats = q.item.categories(q)  # type: ignore[attr-defined]
        response = {sid: cats[i % len(cats)] for i, sid in enumerate(q.shown_statement_ids)}
        for sid, cat in response.items():
            box.get_by_label(f"{sid} kind", exact=True).select_option(label=cat)
            settle()
        return response
    if t == "mark":
        assert q.statement is not None
        marked = sorted(key_tokens(q.statement.text, q.item.key_phrases(q)))  # type: ignore[attr-defined]
        words = box.locator(".widget-toggle-button")
        assert words.count() == len(q.item.tokens(q))  # type: ignore[attr-defined]
        for i in range(words.count()):
            if _pressed(words.nth(i)) != (i in marked):  # it may show an earlier saved answer
                words.nth(i).click()
                settle()
        return marked
    if t == "order":
        events = dict(choices(q))
        keys = right_order(q)
        for n, key in enumerate(keys, start=1):
            box.get_by_label(f"{n}.", exact=True).select_option(label=events[key]["text"])
            settle()
        return keys
    if t == "confidence":
        # Click the drop-down open, type the start of the level (the list jumps to it, as
        # type-ahead does in every native list), Enter to take it.
        plan = confidence_plan(q)
        for sid, percent in plan.items():
            select = _level(box, sid)
            select.click()
            page.keyboard.type(str(percent))
            page.keyboard.press("Enter")
            settle()
            expect(select.locator("option:checked")).to_have_text(level_label(percent))
        return {sid: percent / 100 for sid, percent in plan.items()}
    if t == "reflection":
        area = box.get_by_role("textbox")
        area.click()
        area.press_sequentially(REFLECTION_TEXT)
        settle()
        return REFLECTION_TEXT
    if t == "search":
        # A careful path by mouse: type the key's first search, click down the results past
        # the top ones, open the careful page, then search the outlet's name and open the
        # page about it, which shows who is behind it.
        query, target, depth = search_plan(q)
        _search_by_mouse(box, query, settle)
        for n in range(1, depth + 1):
            _result_option(box, n).click()
            settle()
        shown = [p.id for p in q.item.results(q, query)]  # type: ignore[attr-defined]
        _result_option(box, shown.index(target) + 1).click()
        settle()
        box.get_by_role("button", name="Open the selected result").click()
        settle()
        card = box.locator(".medialit-card")
        expect(card).to_contain_text("It reports:")
        expect(card).not_to_contain_text("Owner or funder")
        outlet = search_index.pages()[target].profile
        about = search_index.about_id(outlet)
        _search_by_mouse(box, outlet, settle)
        position = [p.id for p in q.item.results(q, outlet)].index(about) + 1  # type: ignore[attr-defined]
        _result_option(box, position).click()
        settle()
        box.get_by_role("button", name="Open the selected result").click()
        settle()
        expect(card).to_contain_text("Owner or funder")
        status = q.spec["answer"]
        box.get_by_label("Status", exact=True).select_option(value=status)
        settle()
        reason = box.get_by_label("Reason", exact=True)
        reason.click()
        reason.fill("")  # it may show an earlier saved reason
        reason.press_sequentially(SEARCH_REASON)
        settle()
        record = search_record(box)
        assert record["queries"][-2:] == [query, outlet] and target in record["opened"]
        assert record["scanned"] >= depth or record["opened"][0] != target, record
        return {**record, "status": status, "reason": SEARCH_REASON}
    if t == "catch":
        # Correct every statement the machine gets wrong to the key's kind; leave the rest.
        response = catch_plan(q)
        for sid, kind in response.items():
            box.get_by_label(f"{sid} kind", exact=True).select_option(label=kind)
            settle()
        return response
    if t == "catch-own":
        area = box.get_by_role("textbox")
        area.click()
        area.fill(OWN_ARTICLE)
        settle()
        box.get_by_role("button", name="Show the machine's labels").click()
        settle()
        first = medialit.analyze(OWN_ARTICLE).iloc[0]
        other = "opinion" if first["kind"] != "opinion" else "fact"
        box.get_by_label(f"{first['id']} kind", exact=True).select_option(label=other)
        settle()
        return {"text": OWN_ARTICLE, "corrections": {first["id"]: other}}
    raise AssertionError(f"unknown item type {t!r}")


OWN_ARTICLE = (
    "Council slams mayor over bridge\n\nThe city council on Monday voted to close the old "
    "bridge. Residents say the crossing is unsafe."
)


def catch_plan(q: Question) -> dict[str, str]:
    """The key's kind for each statement of a catch question that the machine gets wrong."""
    from medialit.items.catch import machine_labels

    machine = machine_labels(q)
    return {
        sid: q.statements[sid].accepted[0]
        for sid in q.spec["statements"]
        if machine[sid][0] not in q.statements[sid].accepted
    }


def search_plan(q: Question) -> tuple[str, str, int]:
    """The key's first search, the careful page it finds (the first of `first` shown), and
    how far down the results a careful student reads: past that page and the first three."""
    query = q.spec["queries"][0]
    shown = [p.id for p in q.item.results(q, query)]  # type: ignore[attr-defined]
    target = next(k for k in q.spec["first"] if k in shown)
    return query, target, max(SCAN_DEPTH, shown.index(target) + 1)


def search_record(box: Locator) -> dict[str, Any]:
    """What the search widget says it will keep: the searches typed, the pages opened and how
    far the student read before the first opening (earlier saved ones included)."""
    history = box.locator(".medialit-search-history")
    return {
        "queries": history.locator("li.medialit-query").all_inner_texts(),
        "opened": [
            li.get_attribute("data-page") for li in history.locator("li.medialit-opened").all()
        ],
        "scanned": int(history.locator(".medialit-scanned").inner_text()),
    }


def _clear_focused(box: Locator) -> None:
    """Delete what the focused text box holds (an earlier saved answer), key by key."""
    keys = box.page.keyboard
    keys.press("End")
    for _ in range(box.page.evaluate("() => document.activeElement.value.length")):
        keys.press("Backspace")


def _search_by_mouse(box: Locator, words: str, settle: Callable[[], None]) -> None:
    """Click the search box, type the words, click Search."""
    field = box.get_by_role("textbox", name="Search")
    field.click()
    field.fill("")
    field.press_sequentially(words)
    settle()
    box.get_by_role("button", name="Search", exact=True).click()
    settle()
    expect(box.get_by_label("Results", exact=True).locator("option").first).to_be_visible()


def _result_option(box: Locator, n: int) -> Locator:
    """The n-th result (1 = the top one) in the results list."""
    return box.get_by_label("Results", exact=True).locator("option").nth(n - 1)


def _pressed(button: Locator) -> bool:
    return "mod-active" in (button.get_attribute("class") or "").split()


def _level(box: Locator, sid: str) -> Locator:
    return box.get_by_label(f"{sid} how sure", exact=True)


def check(box: Locator) -> Locator:
    """Press "Check answer"; return the feedback element."""
    box.get_by_role("button", name="Check answer").click()
    return box.locator(".medialit-feedback")


def expect_feedback(feedback: Locator, q: Question, response: Any) -> None:
    """Wait until the feedback shows the verdict and every line the model gives."""
    result = q.check(response)
    assert result.valid, result.feedback
    expect(feedback).to_contain_text(result.verdict)
    for line in result.feedback.splitlines():
        if line.strip():
            expect(feedback).to_contain_text(line.strip())


def expect_restored(box: Locator, q: Question, response: Any) -> None:
    """After a restart: does the question show the saved answer, in feedback and controls?"""
    feedback = box.locator(".medialit-feedback")
    expect(feedback).to_contain_text("Your last saved answer")
    expect_feedback(feedback, q, response)
    t = q.type
    if t == "single":
        option = dict(choices(q))[response]
        expect(box.get_by_role("radio", name=option["text"], exact=True)).to_be_checked()
    elif t == "multiple":
        for key, option in choices(q):
            box_ = box.get_by_role("checkbox", name=option["text"], exact=True)
            expect(box_).to_be_checked(checked=key in response)
    elif t == "sort":
        for sid, cat in response.items():
            select = box.get_by_label(f"{sid} kind", exact=True)
            expect(select.locator("option:checked")).to_have_text(cat)
    elif t == "mark":
        words = box.locator(".widget-toggle-button")
        for i in range(words.count()):
            if i in response:
                expect(words.nth(i)).to_have_class(re.compile(r"\bmod-active\b"))
            else:
                expect(words.nth(i)).not_to_have_class(re.compile(r"\bmod-active\b"))
    elif t == "order":
        events = dict(choices(q))
        for n, key in enumerate(response, start=1):
            select = box.get_by_label(f"{n}.", exact=True)
            expect(select.locator("option:checked")).to_have_text(events[key]["text"])
    elif t == "confidence":
        for sid, p in response.items():
            checked = _level(box, sid).locator("option:checked")
            expect(checked).to_have_text(level_label(round(p * 100)))
    elif t == "reflection":
        expect(box.get_by_role("textbox")).to_have_value(response)
    elif t == "catch":
        for sid, kind in response.items():
            checked = box.get_by_label(f"{sid} kind", exact=True).locator("option:checked")
            expect(checked).to_have_text(kind)
    elif t == "catch-own":
        expect(box.get_by_role("textbox")).to_have_value(response["text"])
        for sid, kind in response["corrections"].items():
            checked = box.get_by_label(f"{sid} kind", exact=True).locator("option:checked")
            expect(checked).to_have_text(kind)
    elif t == "search":
        expect(box.get_by_role("textbox", name="Search")).to_have_value(response["queries"][-1])
        last = search_index.pages()[response["opened"][-1]]
        expect(box.locator(".medialit-card")).to_contain_text(last.title)
        expect(box.get_by_label("Reason", exact=True)).to_have_value(response["reason"])


def saved_answers(home: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The latest saved answer per (quiz, question) in every answer file under `home`."""
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted(home.glob("answers-*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8"))["answers"]:
            latest[(entry["quiz"], entry["question"])] = entry
    return latest


# --- keyboard only ----------------------------------------------------------------------

TAB_LIMIT = 40  # more Tab presses than any question has controls: a focus trap fails the test

# Where focus is and what it is on, for deciding the next key.
_FOCUS = """box => {
  const el = document.activeElement;
  const label = el.closest('label') || el.closest('.widget-inline-hbox')?.querySelector('label');
  return {
    inside: box.contains(el),
    tag: el.tagName.toLowerCase(),
    type: (el.getAttribute('type') || el.getAttribute('role') || '').toLowerCase(),
    text: (el.textContent || '').trim().slice(0, 80),
    label: label ? label.textContent.trim() : '',
  };
}"""


def _focus(box: Locator) -> dict[str, Any]:
    return box.evaluate(_FOCUS)


def start(box: Locator) -> None:
    """Put the keyboard's starting point at the top of the question (as a screen reader would)."""
    box.evaluate("box => { box.tabIndex = -1; box.focus(); }")


def tab_to(box: Locator, want: Any) -> dict[str, Any]:
    """Press Tab until focus is inside the question on a control `want` accepts."""
    for _ in range(TAB_LIMIT):
        box.page.keyboard.press("Tab")
        focus = _focus(box)
        if focus["inside"] and want(focus):
            return focus
    raise AssertionError(f"Tab never reached the control; focus ended on {_focus(box)}")


def _is_check_button(focus: dict[str, Any]) -> bool:
    return focus["tag"] == "button" and "Check answer" in focus["text"]


def keyboard_answer(box: Locator, q: Any, settle: Callable[[], None] = _nothing) -> Any:
    """Answer with Tab, arrows, Space and Enter (and typing, for text); return the response.

    `settle` waits until the kernel has taken every change (see Lab.settle).
    """
    keys = box.page.keyboard
    settle()
    start(box)
    t = q.type
    if t == "single":
        key = next(k for k, o in choices(q) if o["correct"])
        labels = box.locator("input[type=radio]").evaluate_all(
            "els => els.map(e => e.closest('label').textContent.trim())"
        )
        position = labels.index(dict(choices(q))[key]["text"])
        tab_to(box, lambda f: f["type"] == "radio")
        # Tab lands on the checked radio if there is one (an earlier saved answer), else on
        # the first; arrows move from there and check as they go.
        here = box.locator("input[type=radio]").evaluate_all(
            "els => els.indexOf(document.activeElement)"
        )
        if here == position:
            keys.press("Space")
            settle()
        for _ in range(abs(position - here)):
            keys.press("ArrowDown" if position > here else "ArrowUp")
            settle()
        response: Any = key
    elif t == "multiple":
        right = next(k for k, o in choices(q) if o["correct"])
        wrong = next(k for k, o in choices(q) if not o["correct"])
        picked = sorted([right, wrong])
        for _ in choices(q):
            focus = tab_to(box, lambda f: f["type"] == "checkbox")
            ticked = box.page.evaluate("() => document.activeElement.checked")
            if ticked != (_option_key(q, focus["label"]) in picked):  # maybe an earlier answer
                keys.press("Space")
                settle()
        response = picked
    elif t == "reflection":
        tab_to(box, lambda f: f["tag"] == "textarea")
        keys.type(REFLECTION_TEXT)
        settle()
        response = REFLECTION_TEXT
    elif t == "mark":
        marked: list[int] = []
        words = box.locator(".widget-toggle-button")
        for i in range(words.count()):
            tab_to(box, lambda f: f["tag"] == "button" and "Check answer" not in f["text"])
            want = i in (0, 2)  # any words will do: the feedback is checked against the model
            if _pressed(words.nth(i)) != want:  # it may show an earlier saved answer
                keys.press("Space")
                settle()
            if want:
                marked.append(i)
        response = marked
    elif t == "search":
        # Type the search, Enter on Search, arrow down the results past the top ones (each
        # one read), arrow back to the careful page, Space on Open, arrows for the status,
        # type a reason: every part of a search reachable by keyboard.
        query, target, depth = search_plan(q)
        position = [p.id for p in q.item.results(q, query)].index(target) + 1
        tab_to(box, lambda f: f["tag"] == "input")
        _clear_focused(box)  # it may show an earlier saved search
        keys.type(query)
        settle()
        tab_to(box, lambda f: f["tag"] == "button" and f["text"] == "Search")
        keys.press("Enter")
        settle()
        tab_to(box, lambda f: f["tag"] == "select")
        for _ in range(depth):
            keys.press("ArrowDown")
            settle()
        for _ in range(depth - position):
            keys.press("ArrowUp")
            settle()
        chosen = box.page.evaluate("() => document.activeElement.selectedIndex")
        assert chosen == position - 1, f"the results list shows {chosen + 1}, not {position}"
        tab_to(box, lambda f: f["tag"] == "button" and "Open the selected" in f["text"])
        keys.press("Space")
        settle()
        expect(box.locator(".medialit-card")).to_contain_text("It reports:")
        tab_to(box, lambda f: f["tag"] == "select" and f["label"] == "Status")
        wanted = q.spec["answer"]
        label = wanted.replace("_", " ")  # the drop-down shows "official claim"
        for _ in range(20):  # more presses than the status list has entries
            shown = box.page.evaluate("() => document.activeElement.selectedOptions[0].text")
            if shown.replace("\u00a0", " ").strip() == label:
                break
            keys.press("ArrowDown")
            settle()
        tab_to(box, lambda f: f["tag"] == "input")
        _clear_focused(box)
        keys.type(SEARCH_REASON)
        settle()
        record = search_record(box)
        assert record["queries"][-1] == query and target in record["opened"], record
        response = {**record, "status": wanted, "reason": SEARCH_REASON}
    elif t in ("sort", "order", "confidence"):
        plan = confidence_plan(q) if t == "confidence" else {}
        chosen: dict[str, str] = {}  # drop-down label -> the option it shows
        for n in range(1, box.locator("select").count() + 1):
            focus = tab_to(box, lambda f: f["tag"] == "select")
            # Index 0 is "— choose —". Sort: the first category will do; order: the n-th
            # event for place n, so each one is used once; how sure: the planned level.
            if t == "sort":
                target = 1
            elif t == "order":
                target = n
            else:
                sid = focus["label"].removesuffix(" how sure")
                target = 1 + plan[sid] // 10  # 0 %, 10 %, ... 100 % follow "— choose —"
            for _ in range(20):  # more presses than any drop-down has options
                index = box.page.evaluate("() => document.activeElement.selectedIndex")
                assert index is not None, (
                    f"focus left the drop-down {focus['label']!r} for {_focus(box)}: did a "
                    "JupyterLab shortcut take the arrow key?"
                )
                if index == target:
                    break
                keys.press("ArrowDown" if index < target else "ArrowUp")
                settle()
            shown = box.page.evaluate("() => document.activeElement.selectedOptions[0].text")
            # ipywidgets writes option labels with no-break spaces (U+00A0).
            chosen[focus["label"]] = shown.replace("\u00a0", " ").strip()
        if t == "sort":
            response = {label.removesuffix(" kind"): text for label, text in chosen.items()}
        elif t == "order":
            response = [_option_key(q, chosen[f"{n}."]) for n in range(1, len(chosen) + 1)]
        else:
            want = {f"{sid} how sure": level_label(p) for sid, p in plan.items()}
            assert chosen == want, f"the drop-downs show {chosen}, not {want}"
            response = {sid: p / 100 for sid, p in plan.items()}
    else:
        raise AssertionError(f"unknown item type {t}")
    tab_to(box, _is_check_button)
    keys.press("Enter")
    return response
