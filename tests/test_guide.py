"""The teaching guide and the teacher's briefing, checked against what they describe.

docs/teaching-guide.md names lessons, quiz items, statements and commands; the briefing cites
addresses from the course's sourced facts (its data tables, `src/medialit/data/*.csv`).
Lessons, banks and the command line change while the guide stays put: these tests make a stale
name fail instead of misleading a teacher.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

import medialit
from medialit.cli import _parser

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "teaching-guide.md"
BRIEFING = ROOT / "docs" / "briefing.md"
HUB_GUIDE = ROOT / "deploy" / "jupyterhub" / "README.md"
DATA = ROOT / "src" / "medialit" / "data"
# While the facts table is being built, the project's record it is written from may sit
# beside the repository; an address found there is accepted too.

LESSONS = list(medialit.load_course().lessons)
PHASES = ("Hook", "Mini-lesson", "Quiz", "Pair discussion", "Exit ticket")
PARTS = ("Misconceptions to expect", "Discussion prompts", "Timings", "When time is short")
CLASS_MINUTES = 45
MIN_ITEMS_PER_LESSON = 3  # misconceptions are drawn from at least this many of the lesson's items
MIN_CITED_ADDRESSES = 60

LESSON_HEADING = re.compile(r"^### Lesson (\d\d) · ([a-z0-9-]+)\b.*$", re.MULTILINE)
ITEM_REF = re.compile(
    r"(?<![\w/.-])(" + "|".join(map(re.escape, LESSONS)) + r")/([a-z0-9]+(?:-[a-z0-9]+)*)"
)
STATEMENT_REF = re.compile(r"\bS\d\d[a-z]?\b")
CODE = re.compile(r"```[a-z]*\n(.*?)```|`([^`\n]+)`", re.DOTALL)
# A tool's name alone (`medialit`) names the tool; with words after it, it is a command.
COMMAND = re.compile(r"^(?:\.venv/bin/)?(medialit|make)\s+(\S.*)$")
ADDRESS = re.compile(r"https?://[^\s<>`]+")


def text(path: Path) -> str:
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing"
    return path.read_text(encoding="utf-8")


def sections(guide: str) -> dict[str, tuple[str, str]]:
    """{slug: (number, text of its section)}: from its heading to the next heading of level 1-3."""
    out: dict[str, tuple[str, str]] = {}
    for match in LESSON_HEADING.finditer(guide):
        rest = guide[match.end() :]
        end = re.search(r"^#{1,3} ", rest, re.MULTILINE)
        out[match.group(2)] = (match.group(1), rest[: end.start() if end else len(rest)])
    return out


@cache
def bank_ids(slug: str) -> frozenset[str]:
    return frozenset(q.id for q in medialit.load_quiz(slug, student="x").questions)


def commands(markdown: str) -> list[str]:
    """Every `medialit …` or `make …` line the document shows, in code spans and code blocks."""
    found = []
    for block, span in CODE.findall(markdown):
        for line in (block or span).splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()
            if COMMAND.match(line):
                found.append(line)
    return found


def addresses(markdown: str) -> list[str]:
    """Every http(s) address, without the punctuation of the sentence around it."""
    out = []
    for raw in ADDRESS.findall(markdown):
        address = raw.rstrip(".,;:")
        while address.endswith(")") and address.count(")") > address.count("("):
            address = address[:-1].rstrip(".,;:")
        out.append(address)
    return out


# --------------------------------------------------------------------------- the guide
def test_every_lesson_has_its_section_in_course_order():
    """Does the guide have a section for every lesson of the course, numbered as the course
    numbers it, in the course's order?"""
    found = [(m.group(1), m.group(2)) for m in LESSON_HEADING.finditer(text(GUIDE))]
    expected = [(f"{n:02d}", slug) for n, slug in enumerate(LESSONS)]
    assert found == expected


@pytest.mark.parametrize("slug", LESSONS)
def test_lesson_plan_has_every_phase_and_fills_45_minutes(slug: str):
    """Does each lesson's plan table hold hook, mini-lesson, quiz, pair discussion and exit
    ticket, with minutes that add up to one 45-minute class?"""
    number, section = sections(text(GUIDE)).get(slug, ("", ""))
    assert section, f"no section for lesson {slug}"
    rows = re.findall(r"^\| ([A-Za-z -]+?) \| (\d+) \|", section, re.MULTILINE)
    phases = [phase for phase, _ in rows]
    assert phases == list(PHASES), f"lesson {number}: plan phases {phases}"
    assert sum(int(minutes) for _, minutes in rows) == CLASS_MINUTES, f"lesson {number}"


@pytest.mark.parametrize("slug", LESSONS)
def test_lesson_section_has_every_part(slug: str):
    """Does each lesson's section give misconceptions, prompts, timings (for students new to
    Python and for classes that skip the exercises) and what to drop when time is short?"""
    _, section = sections(text(GUIDE)).get(slug, ("", ""))
    for part in PARTS:
        assert f"**{part}" in section, f"lesson {slug}: no '{part}'"
    timings = section.split("**Timings", 1)[-1]
    assert "New to Python" in timings, f"lesson {slug}: no timing for students new to Python"
    assert "exercises" in timings, f"lesson {slug}: no timing for classes that skip exercises"


@pytest.mark.parametrize("slug", LESSONS)
def test_lesson_names_its_own_items_and_debatable_statements(slug: str):
    """Are each lesson's misconceptions drawn from named items of its own bank, and does its
    pair discussion name at least one statement?"""
    _, section = sections(text(GUIDE)).get(slug, ("", ""))
    misconceptions = section.split("**Misconceptions to expect**", 1)[-1].split("**Discussion")[0]
    own = {item for lesson, item in ITEM_REF.findall(misconceptions) if lesson == slug}
    assert len(own) >= MIN_ITEMS_PER_LESSON, f"lesson {slug}: items named {sorted(own)}"
    discussion = re.search(r"^\| Pair discussion \|[^\n]*", section, re.MULTILINE)
    assert discussion and STATEMENT_REF.search(discussion.group(0)), f"lesson {slug}"


def test_every_item_the_guide_names_exists_in_its_bank():
    """Does every `lesson/item` the guide names exist in that lesson's question bank?"""
    named = ITEM_REF.findall(text(GUIDE))
    assert named, "the guide names no items"
    missing = sorted({f"{s}/{i}" for s, i in named if i not in bank_ids(s)})
    assert not missing, f"items named in the guide but not in their bank: {missing}"


@pytest.mark.parametrize("slug", LESSONS)
def test_exit_ticket_is_a_reflection_of_the_lesson(slug: str):
    """Is each exit ticket one of the lesson's own reflection items, so that it is saved in the
    student's answer file and reaches the teacher in reflections.csv?"""
    _, section = sections(text(GUIDE)).get(slug, ("", ""))
    ticket = re.search(r"^\| Exit ticket \|[^\n]*", section, re.MULTILINE)
    assert ticket, f"lesson {slug}: no exit ticket"
    named = [item for lesson, item in ITEM_REF.findall(ticket.group(0)) if lesson == slug]
    assert named, f"lesson {slug}: the exit ticket names no item of the lesson"
    quiz = medialit.load_quiz(slug, student="x")
    for item in named:
        assert item in bank_ids(slug), f"{slug}/{item} is not in its bank"
        assert quiz[item].type == "reflection", f"{slug}/{item} is not a reflection"


def misconceptions(guide: str) -> list[tuple[str, str, list[str]]]:
    """(lesson, item, the option texts the bullet quotes) for every misconception bullet."""
    out = []
    for slug, (_, section) in sections(guide).items():
        part = section.split("**Misconceptions to expect**", 1)[-1].split("**Discussion")[0]
        for bullet in re.findall(r"^- (.*(?:\n  .*)*)", part, re.MULTILINE):
            bullet = bullet.replace("\n  ", " ")
            named = ITEM_REF.match(bullet.lstrip("`"))
            assert named, f"lesson {slug}: a misconception names no item: {bullet[:60]}"
            quoted = re.findall(r'\*"(.+?)"\*', bullet) + re.findall(
                r"(?<!\*)\*([\w+]+)\*(?!\*)", bullet
            )
            out.append((named.group(1), named.group(2), quoted))
    return out


def same_quotes(text: str) -> str:
    return text.replace("'", '"').rstrip("…. ")


def test_misconceptions_quote_wrong_options_of_their_item():
    """Is every answer a misconception quotes a wrong option of the item it names, so that a
    reworded or re-keyed option shows up here?"""
    checked = 0
    for slug, item, quoted in misconceptions(text(GUIDE)):
        assert item in bank_ids(slug), f"{slug}/{item} is not in its bank"
        question = medialit.load_quiz(slug, student="x")[item]
        wrong = [
            same_quotes(o["text"]) for o in question.spec.get("options", []) if not o["correct"]
        ]
        for quote in quoted:
            assert any(same_quotes(quote) in option for option in wrong), (
                f"{slug}/{item}: {quote!r} is not a wrong option of this item"
            )
            checked += 1
    assert checked >= 2 * len(LESSONS), f"only {checked} wrong options quoted"


def test_every_statement_the_guide_names_exists():
    """Does every statement id the guide names (S07, S22b) exist in statements.csv, or as a
    sentence of the article?"""
    known = set(medialit.load_statements()["id"]) | {
        f"S{n:02d}" for n in range(1, len(medialit.load_article().sentences) + 1)
    }
    named = set(STATEMENT_REF.findall(text(GUIDE)))
    assert named - known == set()


@cache
def make_targets() -> frozenset[str]:
    out = subprocess.run(
        ["make", "--no-print-directory", "-s", "help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return frozenset(re.findall(r"^make (\S+)", out, re.MULTILINE))


@cache
def cli_subcommands() -> str:
    return subprocess.run(
        [sys.executable, "-m", "medialit.cli", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout


def test_guide_shows_commands():
    """Does the guide show the commands a teacher needs (so the next test checks something)?"""
    shown = " ".join(commands(text(GUIDE)))
    for needed in ("progress export", "gradebook", "--score best", "--score latest", "make app"):
        assert needed in shown, f"the guide shows no `{needed}` command"


@pytest.mark.parametrize("line", commands(GUIDE.read_text(encoding="utf-8")))
def test_every_command_the_guide_shows_exists(line: str):
    """Is every `make …` and `medialit …` command in the guide one that the Makefile's help or
    the medialit command line knows, with options it accepts?"""
    tool, rest = COMMAND.match(line).groups()  # type: ignore[union-attr]
    words = shlex.split(rest)
    if tool == "make":
        targets = [w for w in words if "=" not in w]
        assert targets, f"{line}: no target"
        assert set(targets) <= make_targets(), f"{line}: `make help` lists {sorted(make_targets())}"
        for setting in (w for w in words if w.startswith("LESSON=")):
            number = setting.split("=", 1)[1]
            assert list((ROOT / "notebooks").glob(f"{number}-*.ipynb")), f"{line}: no lesson"
        return
    assert words, f"{line}: no subcommand"
    assert re.search(rf"^\s+{re.escape(words[0])}\b", cli_subcommands(), re.MULTILINE), (
        f"{line}: `medialit --help` does not list {words[0]!r}"
    )
    try:
        _parser().parse_args(words)
    except SystemExit as exit_:
        pytest.fail(f"{line}: the medialit command line refuses it (exit {exit_.code})")


def test_settings_example_in_the_guide_is_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Does the guide's medialit-settings.yaml example switch assessment mode on for exactly
    the lessons it names, when read by the course's own settings code?"""
    from medialit import _settings

    guide = text(GUIDE)
    blocks = re.findall(r"```yaml\n(.*?)```", guide, re.DOTALL)
    example = next((b for b in blocks if "assessment:" in b), None)
    assert example, "the guide shows no medialit-settings.yaml example"
    (tmp_path / _settings.TEACHER_SETTINGS_FILE).write_text(example, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MEDIALIT_ASSESSMENT", raising=False)
    monkeypatch.delenv("MEDIALIT_SETTINGS", raising=False)
    assert _settings.problem() == ""
    on = {slug for slug in LESSONS if _settings.assessment(slug)}
    named = set(re.findall(r"assessment: \[([^\]]*)\]", example)[0].replace(" ", "").split(","))
    assert on == named and on <= set(LESSONS)


# --------------------------------------------------------------------------- the briefing
def test_briefing_addresses_come_from_facts():
    """Does every address in the briefing appear, character for character, in the course's
    sourced facts (its data tables), and does the briefing cite enough of them?"""
    cited = addresses(text(BRIEFING))
    assert len(set(cited)) >= MIN_CITED_ADDRESSES, f"only {len(set(cited))} addresses cited"
    known = "".join(path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.csv")))
    unknown = sorted({a for a in cited if a not in known})
    assert not unknown, f"addresses the course's sourced facts do not hold: {unknown}"


def test_briefing_cites_every_event():
    """Does every bulleted statement about events in the briefing give an address, or say that
    it is unverified here?"""
    briefing = text(BRIEFING)
    events = briefing.split("## Teaching a current war sensitively", 1)[0]
    start = events.find("## The article")
    assert start >= 0, "the briefing has no section on the article"
    bullets = re.findall(r"^- (.*(?:\n  .*)*)", events[start:], re.MULTILINE)
    assert bullets, "no bulleted statements"
    uncited = [b[:80] for b in bullets if not ADDRESS.search(b) and "unverified here" not in b]
    assert not uncited, f"bullets with no address and no 'unverified here': {uncited}"


def test_briefing_has_the_sensitivity_note():
    """Does the briefing carry the note on teaching a current war, and say that no side's
    officials are taken at their word?"""
    note = text(BRIEFING).split("## Teaching a current war sensitively", 1)
    assert len(note) == 2, "no section 'Teaching a current war sensitively'"
    assert "family" in note[1] and "at their word" in note[1]


def anchor(heading: str) -> str:
    """The anchor a Markdown renderer such as GitHub's gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_guide_links_resolve():
    """Do the guide's, the briefing's and the hub guide's links point at files, and at
    headings, that exist?"""
    for doc in (GUIDE, BRIEFING, HUB_GUIDE):
        for target, fragment in re.findall(r"\]\(([^)#\s]*)(?:#([^)\s]*))?\)", text(doc)):
            if re.match(r"https?://", target):
                continue
            linked = doc.parent / target if target else doc
            assert linked.is_file(), f"{doc.name}: broken link {target}"
            if fragment:
                headings = re.findall(r"^#{1,6} (.+)$", text(linked), re.MULTILINE)
                assert fragment in {anchor(h) for h in headings}, f"{doc.name}: no #{fragment}"


def test_hub_guide_names_the_settings_the_hub_and_install_read():
    """Does the hub guide name every MEDIALIT_ setting that install.sh and the hub's
    configuration read, and no setting they do not?"""
    deploy = HUB_GUIDE.parent
    read = set(re.findall(r"MEDIALIT_[A-Z_]+", text(deploy / "install.sh")))
    read |= set(
        re.findall(r"environ\.get\(\"(MEDIALIT_[A-Z_]+)", text(deploy / "jupyterhub_config.py"))
    )
    named = set(re.findall(r"MEDIALIT_[A-Z_]+", text(HUB_GUIDE)))
    # MEDIALIT_HANDIN is what the hub gives each student's JupyterLab, not a hub setting.
    assert read and read == named - {"MEDIALIT_HANDIN"}, (read, named)
