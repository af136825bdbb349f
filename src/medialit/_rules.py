"""The course's rules for the kind of a statement, as code: one place for the course and tests.

docs/rules.md states them in the course's own words and lesson 03 teaches them (FactBank's
source-relative factuality, Saurí & Pustejovsky 2009, made teachable). Applied in order
(docs/rules.md §2):

1. A judgement of value or a recommendation, which no evidence could settle -> `opinion`
   (here: not checkable even in principle). A prediction is never an opinion: it is
   speculation (§1, §5). Each word has one meaning: "prediction" belongs to speculation only.
2. Attributed to someone other than the author:
   a denial cue -> `denial`; an endorsing cue ("confirmed") -> `fact` (the author vouches, §3);
   hedged (§4), a prediction or a motive (§5), or a belief cue ("believes", "fears") ->
   `speculation`; otherwise -> `claim`.
   A vague source without a hedge ("consistent reports") is a claim, like any other
   attribution: the vagueness is about *who* speaks, a hedge about *how sure* (§6). "Is said
   to" is a vague attribution that also carries a hedge ("said to be"), so it gives
   speculation; claim stays defensible there (German *sollen*: second-hand information).
3. In the author's own voice: hedged, a prediction or a motive -> `speculation`; otherwise ->
   `fact` (presented as fact; whether it holds is lateral reading's job, §11).
   A motive or wish ("wants", "aims to", "is trying to") is nobody's observable fact: no one can
   see into a government's head, so a motive stated flatly is a guess (§5).
4. "X said Y" holds two statements; the kind is Y's, the content a reader takes away (§7).
   Where someone is reported to forecast something or to state a motive, claim (the outer
   layer) is also accepted (§5, §10): `two_layer_claim` says when.

The cue classes, hedges, boosters, motive words, prediction markers and nouns for people are
data (`data/cues.csv`, each row citing its section of docs/rules.md), shared by these rules,
the course's own statements table and its tests. `derive_kind` looks for motive words and
prediction markers only when it is given the statement's `text`; without it the result is
what the three columns alone give.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

CUES_FILE = "cues.csv"
# Full course folders loaded by a teacher (`--course`) where the package's data is a released
# test copy without the cue lists: the lists are read from there.
CUE_FOLDERS: list[Path] = []
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
    "mental_state",
    "future",
    "people",
)
_ATTRIBUTION = ("neutral", "distancing", "endorsing", "denial", "contested", "belief", "vague")


@lru_cache(maxsize=1)
def cue_words() -> dict[str, str]:
    """Every listed word or phrase (lowercase) -> its class, from data/cues.csv."""
    path = resources.files("medialit.data").joinpath(CUES_FILE)
    if not path.is_file():  # a released test copy leaves the analyzer's lists out
        from medialit._withheld import AnalyzerWithheld

        found = [folder / CUES_FILE for folder in CUE_FOLDERS if (folder / CUES_FILE).is_file()]
        if not found:
            raise AnalyzerWithheld()
        path = found[-1]
    text = path.read_text(encoding="utf-8")
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


def whole_words(pattern: str) -> str:
    """`pattern` matched only as whole words: no letter, digit or apostrophe just before or after
    it ("may" in "it may rain", not in "dismay" or "mayor"). The one word boundary of the rules
    and the analyzer (`\\b` would find "don" in "don't")."""
    return rf"(?<![\w']){pattern}(?![\w'])"


def _contains(text: str, phrase: str) -> bool:
    return re.search(whole_words(re.escape(phrase)), text) is not None


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


# ---- the rest of the rulebook: predictions, wishes, two layers, source types -------------
# derive_kind is shared with the analyzer, whose output on the practice articles is compared
# with people's keys; it applies the motive words of class `motive` only. `apply_rules` adds
# what docs/rules.md §5-§7 say beyond it (predictions; the other motive and wish phrases; the
# two layers), so the course's keys can be checked against the whole rulebook.


def mental_states(text: str) -> list[str]:
    """The motive and wish phrases (docs/rules.md §5) found in a text: "wants", "is trying
    to", "hoped that" ... (classes `motive` and `mental_state`)."""
    low = text.lower()
    listed = words_of("motive") + words_of("mental_state")
    return [w for w in listed if _contains(low, w)] if low else []


def prediction_words(text: str) -> list[str]:
    """The markers of a statement about what will happen (docs/rules.md §5): "will",
    "won't", "going to" (class `future`)."""
    low = text.lower()
    return [w for w in words_of("future") if _contains(low, w)] if low else []


def names_people(source: str) -> bool:
    """Does a source phrase hold a noun for people ("diplomats", "a source in New York",
    "Russian military experts")? Then an unnamed source is anonymous; without one ("consistent
    reports", "diplomatic circles", "are said to") it is vague (docs/rules.md §6)."""
    low = source.lower()
    return any(_contains(low, w) for w in words_of("people"))


@dataclass(frozen=True)
class Ruling:
    """What the whole rulebook gives a statement: the kind, the other kinds it requires a key
    to accept, and why."""

    kind: str
    also: tuple[str, ...]
    why: str


def apply_rules(
    source_type: str,
    cue: str = "",
    hedges: str = "",
    *,
    checkable: bool = True,
    source: str = "",
    text: str = "",
) -> Ruling:
    """The kind docs/rules.md gives, and the kinds it says a key must also accept.

    - §2, §3: `derive_kind`; an endorsing cue gives fact, with claim accepted (a source still
      speaks).
    - §5: a prediction ("will") or a motive or wish ("is trying to") is speculation, whoever
      says it; where the sentence reports that someone forecast it or stated it, claim is
      also accepted (the two layers, §7).
    """
    base = derive_kind(source_type, cue, hedges, checkable=checkable, source=source, text=text)
    if base.kind in ("opinion", "denial"):
        return Ruling(base.kind, (), base.why)
    attributed = source_type != "author"
    forecast, minds = prediction_words(text), mental_states(text)
    if forecast or minds:
        what = (
            f"a prediction ({'; '.join(forecast)})"
            if forecast
            else f"a motive or wish ({'; '.join(minds)})"
        )
        if attributed:
            return Ruling(
                "speculation",
                ("claim",),
                f"{what}, reported of a source → speculation; that they said it: claim too",
            )
        return Ruling("speculation", (), f"{what} in the author's own voice → speculation")
    if base.kind == "fact" and attributed:  # an endorsing cue: the author vouches
        return Ruling("fact", ("claim",), base.why + "; a source still speaks: claim too")
    return Ruling(base.kind, (), base.why)
