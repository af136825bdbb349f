"""The teacher's pack to print (`medialit handouts`)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from medialit._course import load_course
from medialit._handouts import KINDS, write_handouts
from medialit._quiz import read_quiz
from medialit._rules import words_of

ROOT = Path(__file__).resolve().parents[1]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.links: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links.extend(v or "" for k, v in attrs if tag == "a" and k == "href")


def _read(path: Path) -> _Text:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("handouts")
    write_handouts(out)
    return out


def test_the_rules_cards_kinds_are_the_rulebooks():
    """Does the rules card define the five kinds in the words of docs/rules.md §1?"""
    rules = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    section = rules.split("## 1. The five kinds", 1)[1].split("## 2.", 1)[0]
    for kind, meaning in KINDS:
        assert f"| **{kind}** | {meaning} |" in section, kind
    assert len(KINDS) == section.count("| **")


def test_every_page_is_written_and_linked_from_the_index(pack: Path):
    """Is every page of the pack linked from index.html, with one key per lesson bank?"""
    course = load_course()
    pages = {p.name for p in pack.glob("*.html")} - {"index.html"}
    assert set(_read(pack / "index.html").links) == pages
    keys = sorted(p for p in pages if p.startswith("key-"))
    assert len(keys) == len(course.bank_slugs())
    assert "key-05-evidence.html" in keys


def test_the_article_page_carries_every_sentence_with_its_id(pack: Path):
    """Does the printed article hold every sentence, exactly, right after its id?"""
    page = (pack / "article.html").read_text(encoding="utf-8")
    for sid, _, sentence in load_course().article.sentence_rows:
        assert f'<span class="sid">{sid}</span>{html.escape(sentence)}' in page, sid


def test_the_rules_card_takes_its_words_from_the_cue_lists(pack: Path):
    """Are the card's hedges and denial cues the course's own lists?"""
    text = " ".join(_read(pack / "rules-card.html").parts)
    assert words_of("hedge")[0] in text
    assert words_of("denial")[0] in text


def test_exit_tickets_hold_every_reflection_prompt(pack: Path):
    """Is there one slip for every reflection prompt of every lesson?"""
    page = (pack / "exit-tickets.html").read_text(encoding="utf-8")
    course = load_course()
    prompts = [
        q.prompt
        for slug in course.bank_slugs()
        for q in read_quiz(slug, "t", course=course).questions
        if q.type == "reflection"
    ]
    assert prompts
    assert page.count('class="slip"') == len(prompts)
    text = " ".join(_read(pack / "exit-tickets.html").parts)
    for prompt in prompts:
        assert prompt in text


def test_the_key_pages_show_option_texts(pack: Path):
    """Does a lesson's key show the keyed option's text, not only a letter?"""
    course = load_course()
    quiz = read_quiz("evidence", "t", course=course)
    single = next(q for q in quiz.questions if q.type == "single")
    keyed = next(c for c in single.spec["options"] if c.get("correct"))
    text = " ".join(_read(pack / "key-05-evidence.html").parts)
    assert keyed["text"] in text


def test_paper_sizes(tmp_path: Path):
    """Is the page size A4 or Letter as asked, and is anything else refused clearly?"""
    write_handouts(tmp_path / "letter", lessons=["evidence"], paper="letter")
    assert "size:letter" in (tmp_path / "letter" / "rules-card.html").read_text()
    assert len(list((tmp_path / "letter").glob("key-*.html"))) == 1
    with pytest.raises(ValueError, match="a4, letter"):
        write_handouts(tmp_path / "x", paper="a5")


def test_the_command_writes_the_pack_and_refuses_a_file_as_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """Does `medialit handouts 05 --out DIR` write one lesson's pack, and is --out onto a file,
    or an unknown lesson, refused in plain words?"""
    from medialit.cli import main

    assert main(["handouts", "05", "--out", str(tmp_path / "pack"), "--paper", "letter"]) == 0
    assert "Open index.html" in capsys.readouterr().out
    assert [p.name for p in (tmp_path / "pack").glob("key-*.html")] == ["key-05-evidence.html"]
    (tmp_path / "afile").write_text("x")
    assert main(["handouts", "--out", str(tmp_path / "afile")]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert main(["handouts", "99", "--out", str(tmp_path / "p2")]) == 2
    assert "no lesson '99'" in capsys.readouterr().out


def test_the_teaching_guide_uses_every_handout():
    """Does the teaching guide show the command, name every page the pack holds (one key per
    lesson as key-NN-slug.html), and give a plan for a class that works on paper?"""
    guide = (ROOT / "docs" / "teaching-guide.md").read_text(encoding="utf-8")
    assert "medialit handouts --out" in guide
    for page in ("article.html", "rules-card.html", "questions-card.html", "exit-tickets.html"):
        assert f"`{page}`" in guide, page
    assert "`key-NN-slug.html`" in guide
    named_keys = re.findall(r"key-(\d\d)-([a-z-]+)\.html", guide)
    course = load_course()
    for number, slug in named_keys:
        assert course.lessons[int(number)] == slug, (number, slug)
    assert "paper fallback" in guide and "shuffle: false" in guide
