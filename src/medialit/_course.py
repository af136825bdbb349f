"""A course is a folder: the article, its statements, context, timeline, banks, lesson order.

`load_course()` is the package's own course (`medialit/data/`); `load_course(folder)` reads
another (a practice article, a teacher's new article) laid out the same way:

    course.yaml       title and lesson order (slugs; `quizzes/<slug>.yaml` is its bank)
    article.txt       the text, headline first, paragraphs separated by blank lines
    statements.csv    layer 1, one row per statement (validated against the article)
    context.csv       layer 2, optional (what other sources said)
    sources.csv       optional (who is behind each outlet cited)
    timeline.csv      optional (dated events around the article)
    quizzes/*.yaml    question banks, one per lesson

Everything is read on first use and validated; the public loaders hand out fresh copies, so a
notebook may change its tables freely. Nothing here imports the quiz engine, the store or the
widgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit import _withheld
from medialit._article import Article, parse_article
from medialit._data import (
    CONTEXT_COLUMNS,
    CONTEXT_FILE,
    MAX_DATA_BYTES,
    SOURCE_COLUMNS,
    SOURCES_FILE,
    STATEMENT_COLUMNS,
    STATEMENTS_FILE,
    _split_list,
    read_context,
    read_source_rows,
    read_statement_rows,
    statement_frame,
)
from medialit._timeline import COLUMNS as TIMELINE_COLUMNS
from medialit._timeline import TIMELINE_FILE, parse_timeline

if TYPE_CHECKING:
    import pandas as pd

MANIFEST = "course.yaml"
ARTICLE_FILE = "article.txt"
QUIZ_FOLDER = "quizzes"
MAX_BANK_BYTES = 1_000_000  # a bank is a few kB; anything bigger is a mistake, not a quiz
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Statement:
    """One statement (or a plain sentence, whose kind is None): what a quiz item quotes."""

    id: str
    text: str
    kind: str | None = None
    explanation: str = ""
    sentence: str = ""
    also_acceptable: tuple[str, ...] = ()
    source: str = ""
    cue: str = ""
    hedges: str = ""
    boosters: str = ""

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every kind that scores: the keyed one first, then the defensible others."""
        return (self.kind, *self.also_acceptable) if self.kind else ()


def _read_text(path: Path, limit: int = MAX_DATA_BYTES) -> str:
    try:
        if path.stat().st_size > limit:
            raise ValueError(f"{path.name}: larger than {limit} bytes; not a course file")
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path.name}: cannot read ({error})") from error


def parse_yaml(source: str, text: str) -> Any:
    """YAML as plain data (safe loader only); a ValueError names the file."""
    import yaml

    try:
        # The C SafeLoader where libyaml is built in: ten times faster than the pure one.
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.YAMLError as exc:
        raise ValueError(f"{source}: not valid YAML: {exc}") from None


@dataclass(frozen=True, eq=False)
class Course:
    """One course folder; tables and banks are read on first use and kept."""

    folder: Path
    title: str
    lessons: tuple[str, ...]
    # Items ("slug/item-id") asked before the course and after it: the gradebook's gain.
    pre_check: tuple[str, ...] = ()
    post_check: tuple[str, ...] = ()
    _banks: dict[str, Any] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return f"<Course {self.title!r}: {len(self.lessons)} lessons, {self.folder}>"

    # ---- the article and its tables ----------------------------------------------------
    @cached_property
    def article(self) -> Article:
        """The article: text, paragraphs, sentences."""
        return parse_article(_read_text(self.folder / ARTICLE_FILE))

    @cached_property
    def withheld(self) -> bool:
        """Is this a students' copy for a test (`medialit release`), whose tables keep no
        labels (kinds, sources, statuses, the timeline's events)?"""
        return _withheld.is_released(self.folder / STATEMENTS_FILE)

    @cached_property
    def _statement_rows(self) -> list[dict[str, str]]:
        # Checked rows, without pandas: the quiz path needs no table (a browser kernel
        # loads pandas only where a table is made).
        if self.withheld:
            return _withheld.statement_rows(self.folder / STATEMENTS_FILE, self.article)
        return read_statement_rows(self.folder / STATEMENTS_FILE, self.article)

    @cached_property
    def _statements(self) -> pd.DataFrame:
        if self.withheld:
            public = _withheld.PUBLIC[STATEMENTS_FILE]
            return _withheld.frame(self._statement_rows, STATEMENT_COLUMNS, public)
        return statement_frame(self._statement_rows)

    @cached_property
    def _source_rows(self) -> list[dict[str, str]]:
        path = self.folder / SOURCES_FILE
        return read_source_rows(path) if path.exists() else []

    @cached_property
    def _context(self) -> pd.DataFrame:
        import pandas as pd

        path = self.folder / CONTEXT_FILE
        if not path.exists():
            return pd.DataFrame(columns=list(CONTEXT_COLUMNS))
        if _withheld.is_released(path):
            public = _withheld.PUBLIC[CONTEXT_FILE]
            return _withheld.frame(_withheld.read_public(path), CONTEXT_COLUMNS, public)
        return read_context(path, self._statements)

    @cached_property
    def _sources(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self._source_rows, columns=list(SOURCE_COLUMNS))

    @cached_property
    def _timeline_text(self) -> str | None:
        path = self.folder / TIMELINE_FILE
        return _read_text(path) if path.exists() else None

    def statements(self) -> pd.DataFrame:
        """Layer 1 as a fresh table."""
        return self._statements.copy(deep=True)

    def context(self) -> pd.DataFrame:
        """Layer 2 as a fresh table (empty where the course has none)."""
        return self._context.copy(deep=True)

    def sources(self) -> pd.DataFrame:
        """Who is behind each outlet the course cites, as a fresh table (may be empty)."""
        return self._sources.copy(deep=True)

    def source(self, outlet: str) -> dict[str, str] | None:
        """The profile of one outlet, matched by its name or the name before a bracket
        (`"AP"` finds "AP (Associated Press)"); None if the course has no profile."""
        wanted = outlet.strip().casefold()
        for row in self._source_rows:
            name = str(row["outlet"])
            if wanted in (name.casefold(), name.split(" (")[0].casefold()):
                return {k: str(v) for k, v in row.items()}
        return None

    def timeline(self) -> pd.DataFrame:
        """The dated events as a fresh table (empty where the course has none)."""
        import pandas as pd

        if self._timeline_text is None:
            return pd.DataFrame(columns=list(TIMELINE_COLUMNS))
        path = self.folder / TIMELINE_FILE
        if _withheld.is_released(path):
            public = _withheld.PUBLIC[TIMELINE_FILE]
            return _withheld.frame(_withheld.read_public(path), TIMELINE_COLUMNS, public)
        return parse_timeline(self._timeline_text)

    @cached_property
    def statement_table(self) -> dict[str, Statement]:
        """Every statement by id, plus every plain sentence id of the article (a bank may
        quote a sentence that statements.csv splits in two: S09 beside S09a and S09b)."""
        table: dict[str, Statement] = {}
        for row in self._statement_rows:
            table[str(row["id"])] = Statement(
                id=str(row["id"]),
                text=str(row["text"]),
                kind=str(row["kind"]),
                explanation=str(row["explanation"]),
                sentence=str(row["sentence"]),
                also_acceptable=tuple(_split_list(row["also_acceptable"])),
                source=str(row["source"]),
                cue=str(row["cue"]),
                hedges="; ".join(_split_list(row["hedges"])),
                boosters="; ".join(_split_list(row["boosters"])),
            )
        for sid, _, text in self.article.sentence_rows:
            table.setdefault(sid, Statement(id=sid, text=text, sentence=sid))
        return table

    # ---- banks ---------------------------------------------------------------------------
    def bank_slugs(self) -> list[str]:
        """The slugs of the course's question banks, in lesson order."""
        return [
            slug for slug in self.lessons if (self.folder / QUIZ_FOLDER / f"{slug}.yaml").is_file()
        ]

    def bank_text(self, slug: str) -> tuple[str, str]:
        """(a name for messages, the YAML text) of one bank of this course."""
        if not SLUG.match(slug):
            raise ValueError(f"{slug!r}: a quiz slug is lowercase kebab-case, e.g. 'first-read'")
        path = self.folder / QUIZ_FOLDER / f"{slug}.yaml"
        source = f"{QUIZ_FOLDER}/{slug}.yaml"
        if not path.is_file():
            known = ", ".join(self.bank_slugs()) or "none"
            raise ValueError(f"{source}: no such quiz (known: {known})")
        return source, _read_text(path, MAX_BANK_BYTES)


_CHECK_ITEM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$")


def read_manifest(folder: Path) -> tuple[str, tuple[str, ...], dict[str, tuple[str, ...]]]:
    """(title, lessons, {pre_check, post_check}) from a course folder's course.yaml; every
    bank must be listed."""
    source = f"{folder.name}/{MANIFEST}"
    data = parse_yaml(source, _read_text(folder / MANIFEST))
    if (
        not isinstance(data, dict)
        or not {"title", "lessons"} <= set(data)
        or not set(data) <= {"title", "lessons", "pre_check", "post_check"}
    ):
        raise ValueError(
            f"{source}: needs the keys title and lessons (and may have pre_check, post_check)"
        )
    checks: dict[str, tuple[str, ...]] = {}
    for key in ("pre_check", "post_check"):
        items = data.get(key) or []
        if not isinstance(items, list) or not all(
            isinstance(i, str) and _CHECK_ITEM.match(i) for i in items
        ):
            raise ValueError(f"{source}: {key} must list items as lesson-slug/item-id")
        checks[key] = tuple(items)
    title, lessons = data["title"], data["lessons"]
    if not isinstance(title, str) or not title.strip():
        raise ValueError(f"{source}: title must be non-empty text")
    if not isinstance(lessons, list) or not all(
        isinstance(s, str) and SLUG.match(s) for s in lessons
    ):
        raise ValueError(f"{source}: lessons must be a list of kebab-case slugs")
    if len(set(lessons)) != len(lessons):
        raise ValueError(f"{source}: a lesson is listed twice")
    banks = folder / QUIZ_FOLDER
    found = sorted(p.stem for p in banks.glob("*.yaml")) if banks.is_dir() else []
    unlisted = [slug for slug in found if slug not in lessons]
    if unlisted:
        raise ValueError(f"{source}: quizzes/{unlisted[0]}.yaml is not in the lesson list")
    return title.strip(), tuple(lessons), checks


def load_course(folder: str | Path | None = None) -> Course:
    """A course from its folder; without one, the course this package ships (cached)."""
    if folder is None:
        return _default_course()
    path = Path(folder).expanduser()
    if not (path / MANIFEST).is_file():
        raise ValueError(f"{path}: not a course folder (it has no {MANIFEST})")
    title, lessons, checks = read_manifest(path)
    if (path / "cues.csv").is_file():  # a teacher's full course beside a released package
        from medialit import _rules

        _rules.CUE_FOLDERS.append(path)
    return Course(path, title, lessons, checks["pre_check"], checks["post_check"])


@lru_cache(maxsize=1)
def _default_course() -> Course:
    # The package ships as files (never zipped: notebooks and Voila read them), so its data
    # folder is a real folder beside this module.
    folder = Path(__file__).resolve().parent / "data"
    title, lessons, checks = read_manifest(folder)
    return Course(folder, title, lessons, checks["pre_check"], checks["post_check"])


def _course(course: Course | None) -> Course:
    return course if course is not None else _default_course()


# ---- the public loaders: the package's course unless another is given --------------------
def load_article(course: Course | None = None) -> Article:
    """The course article, de-duplicated, with paragraphs and a sentences table."""
    return _course(course).article


def load_statements(course: Course | None = None) -> pd.DataFrame:
    """Layer 1: one row per statement of the article, with its kind, source and cues."""
    return _course(course).statements()


def load_context(course: Course | None = None) -> pd.DataFrame:
    """Layer 2: what other sources said about a statement, then and later (data/facts.csv)."""
    return _course(course).context()


def load_sources(course: Course | None = None) -> pd.DataFrame:
    """Who is behind each outlet the course cites: kind, owner or funder, base, stance, sources."""
    return _course(course).sources()


def load_timeline(course: Course | None = None) -> pd.DataFrame:
    """Dated events before and after the article: date, date_note, event, source."""
    return _course(course).timeline()
