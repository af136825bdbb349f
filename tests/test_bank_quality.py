"""Items that test reading, not guessing, and student-facing text held to one standard.

Figures over every question bank (`src/medialit/data/quizzes/*.yaml`) and every student-facing
text (banks, lessons, solutions' markdown, context and timeline), each with the limit issue 11
sets. Print the figures with `pytest -q tests/test_bank_quality.py -s -k figures`.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "medialit" / "data"
BANKS = sorted((DATA / "quizzes").glob("*.yaml"))
LESSONS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SOLUTIONS = sorted((ROOT / "solutions").glob("*.ipynb"))

MAX_KEY_LONGEST = 1 / 3  # the keyed option is the longest in at most a third of single items
MAX_KEY_SHORTEST = 1 / 3  # ... and the shortest in at most a third (the opposite give-away)
MIN_FOUR_OPTIONS = 0.9  # share of single items with at least four options (30 of 31 today)
# Words that make a wrong option a straw man: no careful reader would pick it.
ABSOLUTE = re.compile(
    r"\b(always|never|must be|everything|nothing|nobody|none|proves?|surely|certainly)\b", re.I
)
# Student-facing text cites outlets and dates, never the course's own files.
INTERNAL = re.compile(r"FACTS\.md|TEACHING\.md|DESIGN\.md|background file|statements\.csv row")
# A government's say-so is never "confirmed"/"settled"/"proved" in the course's voice.
ACTORS = (
    r"(?:US|U\.S\.|United States|White House|Pentagon|Blinken|Kirby|Treasury|governments?|"
    r"Washington|Kyiv|Ukraine|Moscow|Kremlin|Russia|Tehran|Iran|Budanov|Zelensk\w*|Peskov|"
    r"officials?)"
)
GOVERNMENT_CONFIRMS = re.compile(
    rf"\b{ACTORS}\b[^.;:]{{0,50}}?\b(?:confirm\w*|settled|proved?)\b"
    rf"|\b(?:confirm\w*|settled|proved?)\s+by\s+(?:the\s+)?{ACTORS}\b"
    r"|\bconfirmed\s+(?:\w+\s+){0,2}(?:deliver\w*|transfers?|missiles?)\b",
    re.I,
)
NEGATED = re.compile(r"\b(?:not|never|no|cannot|unconfirmed|nor)\b|n't", re.I)


def single_items() -> list[tuple[str, dict[str, Any]]]:
    items = []
    for path in BANKS:
        for question in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            if question["type"] == "single":
                items.append((f"{path.stem}:{question['id']}", question))
    return items


def figures() -> dict[str, Any]:
    items = single_items()
    longest, shortest, four, straw = [], [], [], []
    for name, question in items:
        lengths = [len(option["text"]) for option in question["options"]]
        key = next(i for i, option in enumerate(question["options"]) if option["correct"])
        if lengths[key] == max(lengths) and lengths.count(max(lengths)) == 1:
            longest.append(name)
        if lengths[key] == min(lengths) and lengths.count(min(lengths)) == 1:
            shortest.append(name)
        if len(lengths) >= 4:
            four.append(name)
        for option in question["options"]:
            if not option["correct"] and ABSOLUTE.search(option["text"]):
                straw.append(f"{name}: {option['text']!r}")
    return {
        "single": len(items),
        "key_longest": longest,
        "key_shortest": shortest,
        "four_or_more": four,
        "straw": straw,
    }


def test_figures_are_within_the_limits() -> None:
    """Is the key rarely the longest or shortest option, are most items 4-option, no straw men?"""
    found = figures()
    n = found["single"]
    print(
        f"\nsingle-choice items: {n}; key longest: {len(found['key_longest'])} "
        f"({len(found['key_longest']) / n:.0%}); key shortest: {len(found['key_shortest'])} "
        f"({len(found['key_shortest']) / n:.0%}); four or more options: "
        f"{len(found['four_or_more'])} ({len(found['four_or_more']) / n:.0%}); "
        f"straw options: {len(found['straw'])}"
    )
    assert n >= 20
    assert len(found["key_longest"]) <= MAX_KEY_LONGEST * n, found["key_longest"]
    assert len(found["key_shortest"]) <= MAX_KEY_SHORTEST * n, found["key_shortest"]
    assert len(found["four_or_more"]) >= MIN_FOUR_OPTIONS * n
    assert not found["straw"], found["straw"]


def test_the_straw_check_catches_absolute_words() -> None:
    """Does the straw-man pattern flag "must be true" and "always", and pass a fair option?"""
    assert ABSOLUTE.search("It must be true, because the journalist trusted the source.")
    assert ABSOLUTE.search("Because experts are always right.")
    assert not ABSOLUTE.search("It is probably false, because honest sources give their names.")


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield " ".join(value.split())
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def student_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every passage a student reads."""
    for path in BANKS:
        for text in strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            yield path.name, text
    for path in [*LESSONS, *SOLUTIONS]:
        for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            if cell["cell_type"] == "markdown":
                yield (
                    f"{path.parent.name}/{path.name} cell {number}",
                    " ".join("".join(cell["source"]).split()),
                )
    for name in ("context.csv", "timeline.csv", "statements.csv"):
        with (DATA / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for column in ("summary", "event", "explanation"):
                    if row.get(column):
                        yield f"{name} {next(iter(row.values()))} {column}", row[column]


def government_confirms(text: str) -> list[str]:
    return [
        sentence
        for sentence in re.split(r"(?<=[.!?])\s+", text)
        if GOVERNMENT_CONFIRMS.search(sentence) and not NEGATED.search(sentence)
    ]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The US confirmed Fath-360 deliveries on 10 Sep 2024.", True),
        ("The first confirmed missile delivery was announced by the US.", True),
        ("It was confirmed by the White House.", True),
        ("The US government said Fath-360 missiles were delivered (Iran denies).", False),
        ("No second outlet confirmed this order.", False),
        ("The White House could not confirm it.", False),
    ],
)
def test_the_confirmed_check(text: str, flagged: bool) -> None:
    """Does the check catch a government's word called "confirmed" and pass honest wording?"""
    assert bool(government_confirms(text)) is flagged


def test_no_government_is_confirmed_in_the_course_voice() -> None:
    """Is no government's say-so "confirmed", "settled" or "proved" in student-facing text?"""
    found = [
        f"{where}: {hit}" for where, text in student_texts() for hit in government_confirms(text)
    ]
    assert not found, "\n".join(found)


def test_student_text_never_cites_internal_files() -> None:
    """Does student-facing text cite outlets and dates, never the course's own files?"""
    found = [f"{where}: {text[:120]}" for where, text in student_texts() if INTERNAL.search(text)]
    assert not found, "\n".join(found)


def test_one_spelling_of_zelenskyy_in_the_course_voice() -> None:
    """Does the course write "Zelenskyy" in its own prose (the article's "Zelenskyj" aside)?"""
    found = [
        f"{where}: {text[:120]}"
        for where, text in student_texts()
        if re.search(r"\bZelensky\b", text)
    ]
    assert not found, "\n".join(found)


def test_as_of_is_not_before_what_the_summary_reports() -> None:
    """Does every context row's as_of come no earlier than the latest year its summary names?"""
    with (DATA / "context.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            years = [int(y) for y in re.findall(r"\b(20[12]\d)\b", row["summary"])]
            assert int(row["as_of"][:4]) >= max(years, default=0), row["statement_id"]


def test_one_standard_for_every_government() -> None:
    """Do like cases get like statuses (S10 and S17), and do denials show if they held up?"""
    with (DATA / "context.csv").open(encoding="utf-8") as handle:
        rows = {row["statement_id"]: row for row in csv.DictReader(handle)}
    for column in ("status_at_publication", "status_later"):
        assert rows["S10"][column] == rows["S17"][column] == "disputed"
        assert rows["S21"][column] == "contradicted"  # what Moscow and Tehran denied held up
        assert rows["S22a"][column] == "partly_corroborated"  # "Partly corroborated" (row 8)
        assert rows["S15a"][column] == "official_claim"  # only officials of two sides said so


def test_the_glossary_has_the_terms_and_every_lesson_links_to_it() -> None:
    """Is there a glossary with the course's hard words, linked from every lesson's first cell?"""
    glossary = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").lower()
    entries = [line for line in glossary.splitlines() if line.startswith("- **")]
    for term in (
        "kernel",
        "widget",
        "aggregator",
        "wire agency",
        "state media",
        "security council",
        "resolution",
        "iaea",
        "enrichment",
        "brier score",
        "calibration",
        "motive",
    ):
        assert any(term in line.split("**:")[0] for line in entries), term
    for path in LESSONS:
        first = "".join(json.loads(path.read_text(encoding="utf-8"))["cells"][0]["source"])
        assert "](../docs/glossary.md)" in first, path.name


MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
PUBLISHED = (2022, 12, 7)  # about 7 Dec 2022 (the article's date, lesson 01)


def source_date(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a source's date as context.csv gives it; None if none."""
    iso = re.search(r"\b(20\d\d)-(\d\d)(?:-(\d\d))?(?:\s*\((\d\d) \w+\))?", text)
    if iso:
        day = iso.group(3) or iso.group(4)
        return int(iso.group(1)), int(iso.group(2)), int(day) if day else None
    words = re.search(r"(?:(\d{1,2}) )?([A-Z][a-z]{2})\w* (?:(\d{1,2}) )?(20\d\d)", text)
    if words and words.group(2).lower() in MONTHS:
        day = words.group(1) or words.group(3)
        return int(words.group(4)), MONTHS[words.group(2).lower()], int(day) if day else None
    return None


def test_source_dates_are_read() -> None:
    """Are the date shapes context.csv uses read right (ISO, month only, '8 Dec' notes)?"""
    assert source_date("2022-10-21") == (2022, 10, 21)
    assert source_date("2022-12 (08 Dec)") == (2022, 12, 8)
    assert source_date("2022-12") == (2022, 12, None)
    assert source_date("Oct 18 2022") == (2022, 10, 18)
    assert source_date("~18 Oct 2022") == (2022, 10, 18)
    assert source_date("no date") is None


def test_status_at_publication_rests_on_sources_from_before_it() -> None:
    """Does every status 'as of 7 Dec 2022' that needs outside backing cite a source from then?"""
    with (DATA / "context.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    late = []
    for row in rows:
        if row["status_at_publication"] in ("anonymous_claim", "unverified"):
            continue  # the article's own unnamed sources, or nothing: no outside source needed
        dates = [source_date(part.split("|")[1]) for part in row["sources"].split(" ; ")]
        known = [d for d in dates if d]

        def before(d: tuple[int, int, int | None]) -> bool:
            if d[2] is None:  # month only: the publication month counts as "about then"
                return d[:2] <= PUBLISHED[:2]
            return d <= PUBLISHED

        if not any(before(d) for d in known):
            late.append(row["statement_id"])
    assert not late, f"statuses at publication backed only by later sources: {late}"


def test_the_unsupported_phrase_is_the_key() -> None:
    """Does missiles-in-first-sentence key the whole unsupported phrase, "missiles made by Iran"?"""
    bank = yaml.safe_load((DATA / "quizzes" / "first-read.yaml").read_text(encoding="utf-8"))
    item = next(q for q in bank["questions"] if q["id"] == "missiles-in-first-sentence")
    assert item["key"] == ["missiles made by Iran"]


# Ask first, reveal after: each quiz comes before the cell that would answer it.
ASK_BEFORE_REVEAL = [
    ("01-first-read", "missiles-in-first-sentence", "The body backs up the drones"),
    ("02-who-is-speaking", "sort-source-types", 'opening = statements[statements["paragraph"]'),
    ("02-who-is-speaking", "consistent-reports", "Who is speaking? The cue"),
    ("02-who-is-speaking", "anonymity-cost", "But anonymity has a cost"),
    ("03-fact-claim-denial", "kind-of-s21", 'isin(["S12", "S05", "S21", "S04"])'),
    ("03-fact-claim-denial", "author-voice", "own_voice = statements"),
    ("03-fact-claim-denial", "guess-in-s09", 'isin(["S09a", "S09b"])'),
    ("04-how-sure", "hedge-in-s04", 'The phrase "said to be" is a hedge'),
    ("04-how-sure", "booster-from-anonymous", "A booster tells you how sure"),
    ("04-how-sure", "s09-two-directions", "The first half guesses"),
    ("04-how-sure", "who-is-unsure", 'hedged = statements[statements["hedges"] != ""]'),
    ("04-how-sure", "lost-attribution-s08", 'statements.loc[["S06", "S07", "S08", "S09a"]'),
    ("05-evidence", "testimony-s17", "testimony = statements["),
    ("05-evidence", "against-interest", "The leaders in Moscow deny it."),
    ("07-lateral-reading", "missiles-in-s02", "The drones were well documented by then"),
    ("07-lateral-reading", "what-deny-leaves-out", "That is true as far as it goes."),
    ("07-lateral-reading", "resolution-s18", "Part of this is settled"),
    ("07-lateral-reading", "order-big-picture", "show_table(timeline)"),
    ("07-lateral-reading", "order-october", "show_table(timeline)"),
    ("07-lateral-reading", "confirmed-later", "Some anonymous claims later became"),
    ("08-by-the-numbers", "unnamed-share", 'unnamed = others["source_type"]'),
    ("08-by-the-numbers", "hedged-count", 'hedged = statements["hedges"] != ""'),
]


@pytest.mark.parametrize(("stem", "quiz", "reveal"), ASK_BEFORE_REVEAL)
def test_quiz_is_asked_before_its_answer_is_shown(stem: str, quiz: str, reveal: str) -> None:
    """Does the quiz come before the cell that reveals its answer?"""
    cells = json.loads((ROOT / "notebooks" / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
    texts = ["".join(cell["source"]) for cell in cells]
    asked = next(i for i, t in enumerate(texts) if f'"{quiz}")' in t)
    shown = next(i for i, t in enumerate(texts) if reveal in t)
    assert asked < shown
