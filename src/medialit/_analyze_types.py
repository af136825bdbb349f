"""The analyzer's working records: who speaks in a sentence (`_Attribution`) and a sentence
with its quotations and speaker (`_Sentence`), shared by the modules that find speakers."""

from __future__ import annotations

from dataclasses import dataclass, field

from medialit._analyze_sources import AUTHOR


@dataclass
class _Attribution:
    source: str = AUTHOR
    source_type: str = "author"
    cues: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    end: int = 0  # where the attribution ends in the outer text (content starts after)
    span: str = ""  # the speaker's words as written ("a report to appear in Nature")


@dataclass
class _Sentence:
    sid: str
    paragraph: int
    text: str
    mask: str  # "1" inside a quotation, "0" outside, one per character
    outer: str
    starts_quoted: bool
    block: int  # quotation block this sentence opens or continues (-1: none)
    attribution: _Attribution = field(default_factory=_Attribution)
    person: str = ""  # a person the sentence names without a cue ("Ann Lee is a coach.")
