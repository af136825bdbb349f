"""The course's rules for the kind of a statement, as code: one place for the course and tests.

Lesson 03 teaches them and `shared/context/TEACHING.md` section 2 states them (FactBank's
source-relative factuality made teachable). Applied in order:

1. Not checkable even in principle (a judgement of value, a recommendation) -> `opinion`.
   A prediction is never an opinion: it can be checked later, so it is speculation (rule 2
   or 3). Each word has one meaning: "prediction" belongs to speculation only.
2. Attributed to someone other than the author:
   a denial cue -> `denial`; an endorsing cue ("confirmed") -> `fact` (the author vouches);
   hedged, a belief cue ("believes", "fears") or a motive ("wants") -> `speculation`;
   otherwise -> `claim`.
   A vague source without a hedge ("consistent reports", "experts say") is a claim, like any
   other attribution: the vagueness is about *who* speaks, a hedge about *how sure*. "Is said
   to" is a vague attribution that also carries a hedge ("said to be"), so it gives
   speculation; claim stays defensible there (German *sollen*: second-hand information).
3. In the author's own voice: hedged, or naming a motive -> `speculation`; otherwise -> `fact`
   (presented as fact; whether it holds is lateral reading's job).
   A motive or intent ("wants", "aims to", "seeks to", "intends to") is nobody's observable
   fact: no one can see into a government's head, so a motive stated flatly is a guess.
4. "X said Y" holds two statements; the kind is Y's, the content a reader takes away.

The cue classes, hedges, boosters and motive words are data (`data/cues.csv`, from
TEACHING.md section 3 and lesson 03), shared by these rules, the course's own statements
table and its tests. `derive_kind` looks for motive words only when it is given the
statement's `text`; without it the result is what the three columns alone give.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CUES_FILE = "cues.csv"
CUE_CLASSES = (
    "neutral",
    "distancing",
    "endorsing",
    "denial",
    "contested",
    "belief",
    "vague",
    "hedge",
    "booster",
    "motive",
)
_ATTRIBUTION = ("neutral", "distancing", "endorsing", "denial", "contested", "belief", "vague")


@lru_cache(maxsize=1)
def cue_words() -> dict[str, str]:
    """Every listed word or phrase (lowercase) -> its class, from data/cues.csv."""
    text = resources.files("medialit.data").joinpath(CUES_FILE).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        word, cls = (row.get("word") or "").strip().lower(), (row.get("class") or "").strip()
        if not word or cls not in CUE_CLASSES:
            raise ValueError(f"{CUES_FILE}, line {line}: a word and one of {CUE_CLASSES} needed")
        if word in table:
            raise ValueError(f"{CUES_FILE}, line {line}: {word!r} is listed twice")
        table[word] = cls
    return table


def words_of(cls: str) -> tuple[str, ...]:
    """The listed words of one class, e.g. `words_of("hedge")`."""
    return tuple(w for w, c in cue_words().items() if c == cls)


def _phrases(value: str) -> list[str]:
    return [p.strip().lower() for p in value.split(";") if p.strip()]


def _contains(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", text) is not None


def cue_class(cue: str) -> str:
    """The class of a cue (`"According to"` -> neutral, `"deny"` -> denial); '' for none.

    Of several cues (`"said; denied"`) the strongest signal wins: denial, then endorsing,
    belief, distancing, contested, vague, neutral. A cue in no list counts as neutral.
    """
    table = cue_words()
    found: set[str] = set()
    for phrase in _phrases(cue):
        if phrase in table and table[phrase] in _ATTRIBUTION:
            found.add(table[phrase])
            continue
        hits = [table[w] for w in table if table[w] in _ATTRIBUTION and _contains(phrase, w)]
        found.update(hits or ["neutral"])
    for cls in ("denial", "endorsing", "belief", "distancing", "contested", "vague", "neutral"):
        if cls in found:
            return cls
    return ""


def motive_words(text: str) -> list[str]:
    """The listed motive words ("wants", "aims to") found in a text, in list order."""
    low = text.lower()
    return [w for w in words_of("motive") if _contains(low, w)] if low else []


@dataclass(frozen=True)
class Derivation:
    """A kind, the rule that gave it (1-3) and why, in words a student can check."""

    kind: str
    rule: int
    why: str


def derive_kind(
    source_type: str,
    cue: str = "",
    hedges: str = "",
    *,
    checkable: bool = True,
    source: str = "",
    text: str = "",
) -> Derivation:
    """The kind the course's rules give a statement from its columns (see the module doc)."""
    who = f"source '{source}' ({source_type})" if source else f"source type {source_type}"
    if not checkable:
        return Derivation("opinion", 1, "not checkable even in principle: a judgement → opinion")
    hedged = _phrases(hedges)
    hedge_note = f"hedged ({'; '.join(hedged)})" if hedged else "no hedge"
    motives = motive_words(text)
    if motives and not hedged:
        hedge_note = f"a motive ({'; '.join(motives)}), which no one can see"
    if source_type != "author":
        cls = cue_class(cue) or "neutral"
        said = f"cue '{cue}' ({cls})" if cue.strip() else "no cue"
        if cls == "denial":
            return Derivation("denial", 2, f"{said} + {who} → denial")
        if cls == "endorsing":
            return Derivation("fact", 2, f"{said}: the author vouches → fact")
        if hedged or motives or cls == "belief":
            why = hedge_note if (hedged or motives) else "a belief, weaker than a claim"
            return Derivation("speculation", 2, f"{said} + {who}, {why} → speculation")
        return Derivation("claim", 2, f"{said} + {who}, {hedge_note} → claim")
    if hedged or motives:
        return Derivation("speculation", 3, f"the author's own voice, {hedge_note} → speculation")
    return Derivation("fact", 3, "the author's own voice, no source, no hedge → fact")
