"""The statement analyzer: any English news article, read the way lesson 03 teaches.

`analyze(text)` splits an article into sentences, finds who speaks in each (the source as
written, its cue, pronouns resolved to the last speaker, quotations that run over several
sentences), the hedges that really hedge it and the boosters, and whether it is a judgement
or a recommendation; then the course's own rules (`medialit._rules.derive_kind`, the code the
rules test uses) give the kind. Every row says why in words a student can check.

Deterministic, offline, no trained model: regular expressions and word lists. Sentences come
from the package's one splitter (`medialit._article.split_sentences`, abbreviations in
`data/abbreviations.csv`). The cue classes, hedges and boosters are `data/cues.csv` (lesson
03's cue words); the analyzer's own lists (reporting verbs, judgement words, approximators,
the function words its rules look for...) are `data/analyzer.csv`, each word with where it
comes from. `docs/analyzer.md` gives the rules, the measured figures and the known failures.
"""

from __future__ import annotations

import csv
import re
import warnings
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from medialit._article import piece_suffix, split_paragraphs, split_sentences
from medialit._data import STATEMENT_COLUMNS
from medialit._rules import Derivation, cue_class, derive_kind, motive_words, words_of

if TYPE_CHECKING:  # pandas is imported only when a table is asked for
    import pandas as pd

ANALYZER_FILE = "analyzer.csv"
# statements.csv's columns, with the rule that fired (`why`) where the key has its explanation.
COLUMNS = (*STATEMENT_COLUMNS[:-1], "why")
AUTHOR = "the article"
# A pronoun or a surname is resolved among the last speakers named (an article names a few
# dozen): a bound, so that a long text costs time in proportion to its length.
SPEAKER_MEMORY = 100
# The most text analyze() reads at once: a long article is 50 kB, so 2 MB is forty of them.
MAX_TEXT_BYTES = 2_000_000
# Below this share of the commonest English words, a text is not English (English news: 35-45 %).
ENGLISH_SHARE = 0.15
NO_ONE = "no one named"

# Quotation marks: curly ones open or close, a straight one toggles.
_OPEN, _CLOSE, _TOGGLE = "\u201c\u201e\u00ab", "\u201d\u00bb", '"'
_QUOTES = _OPEN + _CLOSE + _TOGGLE
_Q = "\u00abQ\u00bb"  # stands for a quotation in the text outside quotes


_NEGATION = re.compile(r"\b(?:not|no|never|nothing|neither|nor|\w+n't)\b")
_NUMBER = re.compile(
    r"^(?:a |an |\$|£|€)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|"
    r"nine\b|ten\b|eleven\b|twelve\b|twenty\b|thirty\b|forty\b|fifty\b|hundred|thousand|"
    r"million|billion|dozen|half\b|a third|a quarter|one-|two-|three-|several hundred)"
)
_DATELINE = re.compile(
    r"^(?:\([A-Za-z .]+\)\s*[-\u2014\u2013]+\s*|[A-Z][A-Z .,'-]{2,}(?:\s*\([A-Za-z .]+\))?\s*"
    r"[-\u2014\u2013]+\s*)"
)
_INTERJECTION = re.compile(
    r",\s*(?:however|meanwhile|too|also|though|in turn|for (?:its|his|her|their) part)\s*(?:,|$)",
    re.IGNORECASE,
)
# A clause tacked on after the speaker: '…," she told CNBC, arguing that …'
_TRAILING = re.compile(
    r",\s*(?:adding|arguing|saying|noting|calling|citing|referring|explaining|insisting|"
    r"warning|stressing)\b.*$",
    re.IGNORECASE,
)
_PERSON_START = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+(?=\s+[a-z])")
_GENERIC_PLURAL = re.compile(r"(?:ers|ists|ors|ians|ents|ics)$")
_NATIONALITY = re.compile(r"(?:ian|ese|ish|can|ean|i)$")


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[str, ...]]:
    """The analyzer's word lists by class, from data/analyzer.csv."""
    text = resources.files("medialit.data").joinpath(ANALYZER_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    table: dict[str, list[str]] = {}
    for number, row in enumerate(csv.DictReader(lines), start=1):
        word, cls = (row.get("word") or "").strip(), (row.get("class") or "").strip()
        if not word or not cls or not (row.get("source") or "").strip():
            raise ValueError(f"{ANALYZER_FILE}, row {number}: a word, a class and a source needed")
        table.setdefault(cls, []).append(word.lower())
    return {cls: tuple(words) for cls, words in table.items()}


@lru_cache(maxsize=4096)
def _derive(
    rules: Callable[..., Derivation], *args: str, checkable: bool, source: str, text: str = ""
) -> Derivation:
    """`rules(*args, …)` remembered: the rules are pure, and cue lookups cost most of the time."""
    return rules(*args, checkable=checkable, source=source, text=text)


@lru_cache(maxsize=4096)
def _cue_class(cue: str) -> str:
    """`_rules.cue_class`, remembered: the same few cues come back in every article."""
    return cue_class(cue)


@cache
def _words(cls: str) -> frozenset[str]:
    """One word list of data/analyzer.csv, by its class."""
    if cls not in _lists():
        raise ValueError(f"{ANALYZER_FILE} has no word of class {cls!r}")
    return frozenset(_lists()[cls])


# Function words and small verb lists the rules below use (what each is for: the comment at
# the top of data/analyzer.csv).
_AUX = _words("auxiliary")
_FINITE = _words("finite_verb")  # "the plan appears to work": finite, with no auxiliary
_DAYS = _words("calendar_word")
_DETERMINERS = _words("determiner")
_NAMING = _words("naming_verb")  # 'called the decision "arbitrary"': a label, a judgement
_PARTICIPLES = _words("opening_participle")  # "Asked whether …, she said"
_QUANTIFIERS = _words("quantifier")
_EMBEDDERS = _words("embedder")
_AMBIGUOUS = _words("ambiguous_cue")  # "The EU states": a verb only before that, :, a quote
_KEEP_IN_CUE = _words("keep_in_cue")


def _alternation(phrases: set[str] | frozenset[str]) -> str:
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@dataclass(frozen=True)
class _Patterns:
    """Compiled once: the cue verbs and phrase lists as regular expressions."""

    cue: re.Pattern[str]
    final: re.Pattern[str]
    final_quote: re.Pattern[str]
    inverted: re.Pattern[str]
    inverted_end: re.Pattern[str]
    according: re.Pattern[str]
    vague: re.Pattern[str]
    hedge: re.Pattern[str]
    booster: re.Pattern[str]
    judgement: re.Pattern[str]
    recommendation: re.Pattern[str]
    allegation: re.Pattern[str]
    self_allegation: re.Pattern[str]
    wish: re.Pattern[str]
    headline_verb: re.Pattern[str]
    coordinated: re.Pattern[str]
    say: frozenset[str]
    np_cues: frozenset[str]
    act_objects: frozenset[str]


# Words between a speaker and the cue verb ("has said", "officially deny", "don't believe").
_PRE = re.compile(
    r"(?:(?:has|have|had|also|officially|now|later|again|publicly|repeatedly|still|do|does|"
    r"did|not|don't|doesn't|didn't|never|(?!family|assembly|ally|supply|rally)[a-z]+ly)\s+){0,3}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    attribution = {
        w
        for w in words_of("neutral")
        + words_of("distancing")
        + words_of("endorsing")
        + words_of("denial")
        + words_of("contested")
        + words_of("belief")
        if " " not in w or w in ("pointed out", "called baseless")
    } - {"reportedly", "allegedly", "supposedly", "so-called", "according to"}
    verbs = (
        attribution
        | _words("reporting")
        | _words("reporting_np")
        | _words("say_verb")
        | _words("denial_extra")
        | _words("progressive")
    )
    verbs -= {"according to"}
    cue = _alternation(verbs)
    # "report", "claim": nouns as often as verbs, so cues only where they close a sentence
    end_cue = rf"{cue}|(?:{_alternation(_words('base_form'))})(?=\s*[.!?]?\s*$)"
    flags = re.IGNORECASE
    hedges = set(words_of("hedge")) | _words("passive_hedge")
    return _Patterns(
        cue=re.compile(rf"\b(?:{cue})\b", flags),
        final=re.compile(
            rf"(?:,|{_Q})\s*(?P<np>[^,\u00ab]{{1,100}}?)\s+(?P<pre>(?:(?:has|have|had)\s+)?)"
            rf"(?P<cue>{end_cue})"
            r"(?P<tail>(?:\s+[^\s,]+){0,5}?)\s*[.!?]?\s*$",
            flags,
        ),
        final_quote=re.compile(
            rf"{_Q}\s*,?\s*(?P<np>[^\u00ab]{{1,100}}?)\s+(?P<pre>(?:(?:has|have|had)\s+)?)"
            rf"(?P<cue>{end_cue})(?P<tail>(?:\s+[^\s\u00ab]+){{0,12}}?)\s*[.!?]?\s*$",
            flags,
        ),
        inverted=re.compile(
            rf"{_Q}\s*,?\s*(?P<cue>said|says|added|adds|told|asked|wrote|explained|continued)\s+"
            r"(?P<np>[^,.;\u00ab]+)",
            flags,
        ),
        inverted_end=re.compile(
            r",\s*(?P<cue>says|said|adds|added|reports|reported|writes|wrote|notes|noted)\s+"
            r"(?P<np>[^,.;\u00ab]+?)\s*[.!?]?\s*$",
            flags,
        ),
        according=re.compile(r"\baccording to\s+(?P<np>[^,:;.\u00ab]+)", flags),
        vague=re.compile(
            r"\b(?:it is (?:said|believed|thought|understood|reported)|(?:is|are|was|were) said "
            r"to|some say|reportedly|allegedly|supposedly|(?:is|are|was|were) (?:expected|"
            r"believed|thought|feared|reported) to)\b",
            flags,
        ),
        hedge=re.compile(rf"(?<![\w'])(?:{_alternation(hedges)})(?![\w'])", flags),
        booster=re.compile(
            rf"(?<![\w'])(?:{_alternation(set(words_of('booster')))})(?![\w'])", flags
        ),
        judgement=re.compile(rf"(?<![\w'])(?:{_alternation(_words('judgement'))})(?![\w'])", flags),
        recommendation=re.compile(
            rf"(?<![\w'])(?:{_alternation(_words('recommendation'))})(?![\w'])", flags
        ),
        allegation=re.compile(
            rf"(?<![\w'])(?:{_alternation(_words('allegation'))})(?![\w'])", flags
        ),
        self_allegation=re.compile(
            rf"(?<![\w'])(?:{_alternation(_words('self_allegation'))})(?![\w'])", flags
        ),
        wish=re.compile(rf"(?<![\w'])(?:{_alternation(_words('wish'))})(?![\w'])", flags),
        headline_verb=re.compile(
            rf"(?<![\w'])(?:{_alternation(_words('headline_verb'))})(?![\w'])", flags
        ),
        coordinated=re.compile(
            rf"\b(?:and|but)\s+(?:also\s+)?(?P<cue>{_alternation(verbs)})\b", flags
        ),
        say=_words("say_verb"),
        np_cues=_words("reporting_np"),
        act_objects=_words("act_object"),
    )


# ---------------------------------------------------------------------------------------------
# Paragraphs and sentences


# The one splitter lives with the article: medialit._article.split_sentences.


# ---------------------------------------------------------------------------------------------
# One sentence's parts


@dataclass
class _Attribution:
    source: str = AUTHOR
    source_type: str = "author"
    cues: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    end: int = 0  # where the attribution ends in the outer text (content starts after)
    span: str = ""  # the speaker's words as written ("a report to appear in Nature")


_QUOTE_CHAR = re.compile(f"[{_QUOTES}]")


def _quote_mask(text: str, inside: bool) -> tuple[str, bool]:
    """Which characters lie inside a quotation ("1") or not ("0"), and whether one is still
    open at the end. A string, so slices and runs are found at C speed."""
    parts: list[str] = []
    last = 0
    for match in _QUOTE_CHAR.finditer(text):
        parts.append(("1" if inside else "0") * (match.start() - last))
        parts.append("1")  # the quotation mark itself belongs to the quotation
        ch = match.group(0)
        inside = True if ch in _OPEN else False if ch in _CLOSE else not inside
        last = match.end()
    parts.append(("1" if inside else "0") * (len(text) - last))
    return "".join(parts), inside


_RUNS = re.compile(r"1+|0+")


def _outer(text: str, mask: str) -> str:
    """The words outside quotation marks, each quotation standing as one placeholder."""
    if len(mask) != len(text):
        raise ValueError("a quotation mask must cover its text")
    parts = [
        f" {_Q} " if run.group(0)[0] == "1" else text[run.start() : run.end()]
        for run in _RUNS.finditer(mask)
    ]
    return re.sub(r"[ \t]+", " ", "".join(parts)).strip()


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w'’&$%.-]+", text)


def _norm(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _np_ok(np: str, max_words: int = 20) -> bool:
    words = _tokens(np)
    if not words or len(words) > max_words or _Q in np:
        return False
    low = [_norm(w).lower() for w in words]
    cased = [_norm(w) for w in words]  # "The WHO" is a name, "who" a relative pronoun
    if "who" in cased[1:]:  # "a farmer who asked not to be named": the clause describes him
        low = low[: cased.index("who", 1)]
    if any(w in _AUX for w in low):
        return False
    return low[-1] not in _DETERMINERS | _words("dangling_word")


def _strip_opening(np: str) -> str:
    """Drop a dateline, a leading connective or adverbial ("However,", "On Friday,")."""
    np = _DATELINE.sub("", np).strip()
    np = _INTERJECTION.sub("", np)  # "Voice of America, however, disputes"
    while "," in np:
        head, rest = np.split(",", 1)
        head_words = head.strip().lower().split()
        if not head_words:
            np = rest.strip()
            continue
        opener = (
            head.strip().lower() in _words("connective")
            or head_words[0] in _words("opening_preposition")
            or head_words[0] in _DAYS
            or head_words[0] in _words("subordinator")
            or head_words[0] in _PARTICIPLES  # "Asked whether …, she said"
        )
        if not opener:
            break
        np = rest.strip()
    first = np.split(" ", 1)
    if len(first) == 2 and first[0].lower() in _words("leading_conjunction"):
        np = first[1]
    return np.strip(" ,")


def _in_relative_clause(np: str) -> bool:
    """Does the speaker sit inside a relative clause ('The plan, which critics say …')?"""
    low = [_norm(w) for w in _tokens(np)]  # lowercase only: "The WHO" is a name
    for i in range(len(low) - 1, -1, -1):
        if low[i] in _words("relative_pronoun"):
            tail = low[i + 1 :]
            if low[i] == "who" and tail:  # "a farmer who lives nearby said": who + its verb
                return False
            return not any(w in _AUX or w in _FINITE or w.endswith("ed") for w in tail)
    return False


def _has_clause(rest: str, belief: bool = False) -> bool:
    """Does a reporting verb govern a clause (that..., a quote, a finite verb), not a noun?"""
    rest = rest.strip()
    if belief and re.match(r"(?:[\w'’-]+\s+){0,4}to\s", rest):
        return True  # "Analysts expect shares to fall"
    if not rest or rest[0] in ":," or rest.startswith(_Q):
        return True
    low = [_norm(w).lower() for w in _tokens(rest)]
    if low and low[0].endswith("ing") and len(low[0]) > 5:
        return True  # "have reported finding six planets"
    when = _DAYS | _words("time_word")
    for i, word in enumerate(low[:6]):
        if word in _words("clause_opener"):
            if i == 0 or all(w in when or w[:1].isdigit() for w in low[:i]):
                return True
            break
    # a relative clause belongs to the object: "found planets that could support life"
    for i, word in enumerate(low):
        if word in {"that", "which", "who"}:
            low = low[:i]
            break
    if any(w in _AUX or w in _FINITE for w in low):
        return True
    # a past-tense verb after a noun: "believe the driver they stopped acted alone"
    return any(
        w.endswith("ed") and i > 1 and low[i - 1] not in _DETERMINERS | _words("passive_auxiliary")
        for i, w in enumerate(low)
    )


def _source_type(np: str, speakers: list[tuple[str, str]]) -> tuple[str, str, str]:
    """(source, source_type, note) for a speaker's words as written; pronouns resolved."""
    pats_pron = _words("pronoun")
    # "Silva, who took office in 2022" -> "Silva"
    clean = re.sub(r",\s*(?:who|whose|which)\b[^,]*,?$", "", np.strip(" ,.:;")).strip()
    low_words = [_norm(w).lower().strip(".,") for w in _tokens(clean)]
    if not low_words:
        return NO_ONE, "vague", ""
    if len(low_words) == 1 and low_words[0] in pats_pron:
        person = low_words[0] in _words("personal_pronoun")
        for source, stype in reversed(speakers):
            if (stype == "named_person") == person:
                return source, stype, f"'{clean}' = {source}, named before"
        if speakers:
            source, stype = speakers[-1]
            return source, stype, f"'{clean}' = {source}, the last speaker named"
        return clean, "anonymous", f"'{clean}' refers to no speaker named before"
    generic = _words("anonymous_head") | _words("vague_head")
    for source, stype in reversed(speakers):  # "Silva" after "Governor Maria Silva"
        if (
            len(low_words) == 1
            and low_words[0] not in generic  # "Police" after "US police" is no surname
            and source.lower().split()[-1] == low_words[0]
            and source != clean
        ):
            return source, stype, f"'{clean}' = {source}, named before"
    words = _tokens(clean)
    anonymous, vague, orgs = _words("anonymous_head"), _words("vague_head"), _words("org_word")
    titles = _words("person_title")
    proper = []
    for i, word in enumerate(words):
        bare = _norm(word).rstrip(".,").removesuffix("'s")
        if not bare or not (bare[0].isupper() or bare[0].isdigit()):
            continue
        lowered = bare.lower()
        if lowered in _DAYS | _DETERMINERS | _QUANTIFIERS or lowered in _words("connective"):
            continue
        if i == 0 and (lowered in anonymous or lowered in vague):
            continue
        if i == 0 and lowered in orgs and len(words) == 1:
            continue
        title_case = bare[1:].islower()  # "Health", not "NASA"
        if (
            i == 0
            and title_case
            and len(words) > 1
            and words[1][:1].islower()
            and lowered not in orgs
        ):
            continue  # "Health officials": capital only because the sentence starts there
        if i == 0 and title_case and len(words) == 1 and _GENERIC_PLURAL.search(lowered):
            continue  # "Astronomers", "Residents": a plural common noun, not a name
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if _NATIONALITY.search(lowered) and nxt[:1].islower():
            continue  # "Russian military experts": an adjective, not a name
        proper.append((i, lowered))
    head_informant = any(w in _words("informant_head") for w in low_words)
    if proper:
        first_proper = proper[0][0]
        before = low_words[:first_proper]
        if head_informant and any(w in _words("informant_link") for w in before):
            return clean, "anonymous", ""
        listing = "," in clean or " and " in clean
        if any(w in titles for w in low_words) or (
            not listing
            and len(proper) >= 2
            and proper[1][0] == proper[0][0] + 1
            and not any(w in orgs for _, w in proper)
        ):
            return clean, "named_person", ""
        return clean, "named_group", ""
    if head_informant and any(w in _words("informant_link") for w in low_words):
        return clean, "anonymous", ""
    definite = any(w in _words("definite") or w.endswith("'s") for w in low_words)
    chunk = re.split(r"\b(?:on|in|from|by|at|of|for|to)\b", " ".join(low_words), maxsplit=1)[0]
    if chunk.split() and chunk.split()[-1] in _words("document_head") and "media" not in chunk:
        return clean, "named_group", "a document speaks for whoever published it"
    if low_words[0] == "the" and low_words[-1] in titles:
        for source, stype in reversed(speakers):  # "the minister" after "Minister Lavrov"
            if stype == "named_person" and low_words[-1] in source.lower():
                return source, stype, f"'{clean}' = {source}, named before"
        return clean, "named_person", "a title with 'the' points to a person named earlier"
    if definite and any(w in orgs for w in low_words):
        return clean, "named_group", ""
    if low_words[-1] in vague and len(low_words) <= 2:
        return clean, "vague", ""
    return clean, "anonymous", ""


def _cue_text(match: re.Match[str]) -> str:
    """The cue as written, with its auxiliary or negation ("has said", "don't believe")."""
    pre = [w for w in match.group("pre").split() if w.lower() in _KEEP_IN_CUE]
    return " ".join([*pre, re.sub(r"\s+", " ", match.group("cue"))])


def _act_object(after: str) -> str:
    """The legal or procedural object of a rejection ("an appeal"), if that is what it is."""
    words = [_norm(w).lower().strip(".,") for w in _tokens(after)[:5]]
    for i, word in enumerate(words):
        if word in _patterns().act_objects:
            return " ".join(words[: i + 1])
        if i >= 3:
            break
    return ""


def _final_ok(match: re.Match[str], outer: str, paragraph: int) -> bool:
    """Is '…, the committee recommended.' an attribution at the end of the sentence?"""
    if not outer.rstrip(" .!?").endswith(match.group(0).rstrip(" .!?")):
        return False
    np = match.group("np")
    if match.group("cue")[:1].isupper() and paragraph != 0:
        return False  # "… in the United States.": part of a name, not a verb
    if paragraph <= 1 and _np_ok(np, 6):
        return True  # a headline or standfirst: "…, group says"
    tail = _tokens(match.group("tail") or "")
    if not _np_ok(np, 10) or _tokens(np)[0].lower() in _EMBEDDERS | {"and", "or", "but", "as"}:
        return False
    if any(w.lower() in _AUX for w in tail):
        return False
    # after a quotation or with a verb of saying; any cue when it closes the sentence
    # ("…, a study finds.", "…, researchers claim.")
    said = match.group(0).startswith(_Q) or match.group("cue").lower() in _patterns().say
    return said or (len(tail) <= 3 and _np_ok(np, 8))


def _attribution(outer: str, paragraph: int, speakers: list[tuple[str, str]]) -> _Attribution:
    """Who speaks in a sentence, from the words outside its quotations."""
    pats = _patterns()
    found: list[tuple[int, str, str, int]] = []  # (priority, np, cue, end of attribution)
    match = pats.according.search(outer)
    if match:
        found.append((0, match.group("np"), "According to", match.end()))
    match = pats.inverted.search(outer)
    if match and _np_ok(match.group("np"), 10):
        found.append((1, match.group("np"), match.group("cue"), match.end()))
    match = pats.inverted_end.search(outer)
    if match and _np_ok(match.group("np"), 12):
        found.append((1, match.group("np"), match.group("cue"), len(outer)))
    trimmed = _TRAILING.sub(".", outer)
    if outer.startswith(_Q):  # '"A," Governor Silva said, "but B."': the speaker in the middle
        outer_end = re.sub(rf"\s*,\s*{_Q}\s*[.!?]?\s*$", ".", trimmed)
        match = pats.inverted.search(outer_end)
        if match and _np_ok(match.group("np"), 10):
            found.append((1, match.group("np"), match.group("cue"), len(outer)))
    else:
        outer_end = trimmed
    match = pats.final_quote.search(outer_end)
    if not (match and _final_ok(match, outer_end, paragraph)):
        match = pats.final.search(outer_end)
    if match and match.group("cue").lower().endswith("ing"):
        match = None  # ", disputing the result": a participle, not the speaker's verb
    if match and _final_ok(match, outer_end, paragraph):
        priority = 1 if match.group(0).startswith(_Q) else 3
        found.append((priority, match.group("np"), _cue_text(match), len(outer)))
    body = _DATELINE.sub("", outer)
    offset = len(outer) - len(body)
    for match in pats.cue.finditer(body):
        cue = re.sub(r"\s+", " ", match.group(0)).lower()
        prefix = body[: match.start()]
        tail = prefix[-80:]  # the words just before the verb: a short search, not a long one
        pre = _PRE.search(tail)
        np_raw = prefix[: len(prefix) - len(tail) + pre.start()] if pre else prefix
        progressive = re.search(r"\b(?:is|are|was|were)\s*$", np_raw, re.I)
        if cue in _words("progressive"):
            if not progressive:
                continue  # "Flood warning confirmed": an -ing form is a cue only after is/are
            np_raw = np_raw[: progressive.start()]  # "the party is rejecting": "the party"
        elif re.search(r"\b(?:is|are|was|were|been|being|be|to)\s*$", np_raw, re.I):
            break  # passive ("have been reported") or an infinitive: no one speaks here
        np = _strip_opening(np_raw)
        if np_raw.rstrip().endswith(",") and re.search(r",\s*(?:who|whose|which)\s", np):
            np = re.split(r",\s*(?:who|whose|which)\s", np, maxsplit=1)[0]  # "Ann, who …, said"
        rest = body[match.end() :]
        if not np_raw.strip():
            continue  # "Asked whether …": the sentence opens with the verb
        if not _np_ok(np):
            break
        if not np_raw.rstrip().endswith(",") and _in_relative_clause(np):
            continue  # "The plan, which critics say could cost jobs, was approved"
        if match.group(0)[0].isupper() and paragraph != 0:
            continue  # "The United States": part of a name, not a verb
        if cue in _AMBIGUOUS and not re.match(rf"\s*(?:that\b|to\b|:|{_Q})", rest):
            continue  # "The EU states then imposed": a noun
        belief = _cue_class(cue) == "belief"
        takes_np = (
            cue in pats.np_cues
            or _cue_class(cue) == "endorsing"
            or cue in _words("denial_extra")
            or cue in _words("progressive")
            or _cue_class(cue) == "distancing"  # "claimed victory", "alleged fraud"
        )
        preposition = re.match(r"\s*(?:in|on|at|by|for|after|as|from|to|with|over|of)\b", rest)
        if takes_np and preposition and not _has_clause(rest, belief):
            break  # "Ebola case confirmed in Congo": a passive participle, no one speaks
        if cue not in pats.say and not takes_np and not _has_clause(rest, belief):
            break
        if cue in _NAMING and not re.match(rf"\s*(?:[\w'’-]+\s+){{0,7}}?{_Q}", rest):
            break
        words = (pre.group(0).split() if pre else []) + [match.group(0)]
        kept = [w for w in words if w.lower() in _KEEP_IN_CUE] + [words[-1]]
        found.append((2, np, " ".join(kept), offset + match.end()))
        break
    match = pats.vague.search(outer)
    if match and not found:
        found.append((4, "", match.group(0), match.end()))
    if not found:
        return _Attribution()
    _, np, cue, end = min(found, key=lambda f: f[0])
    attribution = _Attribution(cues=[cue], end=end, span=np.strip())
    if _cue_class(cue) == "denial" or cue.lower().split()[-1] in _words("denial_extra"):
        after = outer[end:]
        obj = _act_object(after)
        if obj:
            return _Attribution(
                notes=[f"'{cue} {obj}' reports an act (a decision), not a denial of a claim"]
            )
    if not np:
        attribution.source, attribution.source_type = NO_ONE, "vague"
    else:
        source, stype, note = _source_type(_strip_opening(np), speakers)
        attribution.source, attribution.source_type = source, stype
        if note:
            attribution.notes.append(note)
    for extra in pats.coordinated.finditer(outer[end:]):
        word = re.sub(r"\s+", " ", extra.group("cue"))
        if word.lower() not in {c.lower() for c in attribution.cues}:
            attribution.cues.append(word)
    return attribution


# ---------------------------------------------------------------------------------------------
# Hedges, boosters, judgements, denials


@cache
def _complement_takers() -> frozenset[str]:
    """Words after which 'that' opens a reported clause, not a relative one ('said that')."""
    return (
        _words("reporting")
        | _words("say_verb")
        | frozenset(words_of("belief") + words_of("neutral"))
        | _words("complement_taker")
    )


def _embedded(lower: str, start: int, modal: bool = False) -> str:
    """The word opening an embedded clause the position lies in ("that", "which"), if any."""
    # the clause the position lies in, looked for in the last 300 characters (ten words)
    window = re.split(r"[,;:\"\u201c\u201d]", lower[max(0, start - 300) : start])[-1]
    words = _tokens(window)[-10:]
    complement_takers = _complement_takers()
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in _words("reporting") or word in _words("say_verb"):
            # "which critics say could …": the reporting verb itself sits in a relative clause
            before = " ".join(words[:i])
            return "which" if before and _in_relative_clause(before) else ""
        if word in _EMBEDDERS:
            if word == "that" and (i == 0 or words[i - 1] in complement_takers):
                return ""
            if modal and len(words) - 1 - i > 3:
                return ""  # "males who take part in raids also may …": the clause has ended
            if word == "if":
                return ""
            return word
    return ""


def _hedges(text: str) -> list[str]:
    """The words that lower the certainty of the sentence itself (not of a number or clause)."""
    pats = _patterns()
    lower = _norm(text).lower()
    found: list[str] = []
    approximators = _words("approximator")
    for match in pats.hedge.finditer(lower):
        word = re.sub(r"\s+", " ", match.group(0))
        after = lower[match.end() : match.end() + 200].lstrip()
        before = lower[max(0, match.start() - 40) : match.start()].rstrip()
        if word == "about" or (word in approximators and _NUMBER.match(after)):
            continue  # a number's approximator, or "about" the preposition
        if word == "estimate" and _NUMBER.match(after):
            continue
        if word == "may" and text[match.start()] == "M" and match.start() > 0:
            continue  # the month
        if word == "could" and re.match(r"(?:not |n't )?be (?:further|\w+er|more|less)\b", after):
            continue  # "could not be prouder": emphasis, not doubt
        if word == "doubt" and before.endswith("no"):
            continue  # "no doubt" is a booster
        if word in {"possible", "likely", "unlikely"} and re.match(r"[a-z]", after):
            nxt = after.split()[0].strip(".,;:")
            if nxt not in _words("topic_follower"):
                continue  # "possible aid": names a topic, hedges nothing
        if _embedded(lower, match.start(), modal=word in _words("modal")):
            continue  # "planets that could support life"
        if word not in found:
            found.append(word)
    return [_span(text, w) for w in found]


def _span(text: str, word: str) -> str:
    """The word as it appears in the text (case kept)."""
    body = re.escape(word).replace(r"\ ", r"\s+")
    match = re.search(rf"(?<![\w']){body}(?![\w'])", _norm(text), re.I)
    return text[match.start() : match.end()] if match else word


def _boosters(text: str) -> list[str]:
    pats = _patterns()
    lower = _norm(text).lower()
    found: list[str] = []
    for match in pats.booster.finditer(lower):
        word = re.sub(r"\s+", " ", match.group(0))
        after = lower[match.end() : match.end() + 200].lstrip()
        if word == "must" and not after.startswith("have"):
            continue  # deontic "must be done" is a recommendation, not certainty
        if word == "we know" and re.search(
            r"(?:n't|not)\s*$", lower[max(0, match.start() - 40) : match.start()]
        ):
            continue
        if word not in found:
            found.append(word)
    return [_span(text, w) for w in found]


def _epistemic_should(text: str) -> bool:
    """Is 'should' an expectation ('should arrive by Saturday'), not what ought to be done?"""
    return bool(
        re.search(
            r"\bshould\s+(?:\w+\s+){0,4}?(?:by|before|within|soon|tomorrow|next|later|this)\b",
            _norm(text),
            re.IGNORECASE,
        )
    )


_RULING = re.compile(r"\b(?:ruled|rules|ordered|orders|decided|decides|held|decreed)\s+that\b")


def _judgement(text: str, outer: str, cues: list[str]) -> str:
    """Why a statement is a judgement or recommendation evidence cannot settle ('' if not)."""
    pats = _patterns()
    lower = _norm(text).lower()
    for cue in cues:
        if cue.lower() in _words("recommendation"):
            return f"'{cue}' makes a recommendation"
    for match in pats.recommendation.finditer(lower):
        word = match.group(0)
        after = lower[match.end() : match.end() + 200].lstrip()
        if word in _words("deontic"):
            if _RULING.search(lower[max(0, match.start() - 90) : match.start()]):
                continue  # "the court ruled that the stations must reopen": an order reported
            if word == "must" and after.startswith(("have", "not have")):
                continue  # epistemic: "must have left" ("should have been" still judges)
            if word == "should" and _epistemic_should(lower[match.start() : match.start() + 200]):
                continue
            if word in {"need to", "needs to", "has to", "have to"} and _embedded(
                lower, match.start()
            ):
                continue
            return f"'{_span(text, word)}' (what ought to be done) makes a recommendation"
        return f"'{_span(text, word)}' makes a recommendation"
    judged = pats.judgement.search(lower)
    if judged:
        return f"'{_span(text, judged.group(0))}' is a judgement of value"
    naming = [c for c in cues if c.lower().split()[-1] in _NAMING]
    if naming and _Q in outer:
        return f"'{naming[0]}' + quoted words: the speaker puts a label on it, a judgement"
    return ""


def _rejects(content: str) -> str:
    """The words by which reported content rejects an accusation ('does not … breach')."""
    lower = _norm(content).lower()
    self_words = _patterns().self_allegation
    for neg in _NEGATION.finditer(lower):
        window = lower[neg.start() : neg.end() + 70]
        match = _patterns().allegation.search(window)
        if match and len(_tokens(window[: match.start()])) <= 7:
            return _span(content, window[: match.end()].strip())
        # "we were not involved": the speaker denies something about itself
        subject = _tokens(lower[max(0, neg.start() - 30) : neg.start()])[-3:]
        match = self_words.search(window)
        if (
            match
            and len(_tokens(window[: match.start()])) <= 5
            and any(w in _words("subject_pronoun") for w in subject)
        ):
            return _span(content, window[: match.end()].strip())
    match = re.search(
        r"\bcalled\b[^.]{0,60}?\b(?:baseless|false|untrue|lies|fabricated|groundless)\b", lower
    )
    return match.group(0) if match else ""


_DISTANCING_ADVERBS = frozenset({"reportedly", "allegedly", "supposedly", "purportedly"})
_STILL_NEVER = re.compile(
    r"\b(?:still|continues? to|has always|have always|always)\s+(?:\w+\s+){0,1}?"
    r"(?:says?|said|maintains?|maintained|insists?|insisted|argues?|claims?)\s+(?:that\s+)?"
    r"(?:it|he|she|they|we|i)\s+(?:never|did\s+not|didn't|had\s+not|hadn't|was\s+not|wasn't)\b"
)
_INNOCENCE = re.compile(
    r"\b(?:maintain(?:s|ed|ing)?|protest(?:s|ed|ing)?|assert(?:s|ed|ing)?|insist(?:s|ed)? on|"
    r"proclaim(?:s|ed|ing)?|declar(?:es|ed|ing))\s+(?:his|her|their|its|my|our)\s+innocence\b"
)


def _denies_in_other_words(text: str, attribution: _Attribution) -> str:
    """A denial without a denial verb (docs/rules.md §3): "insists it did nothing wrong",
    "maintains his innocence", "still says it never …", a contested cue before a negation."""
    lower = _norm(text).lower()
    for pattern, hint in ((_INNOCENCE, "innocen"), (_STILL_NEVER, "never")):
        match = pattern.search(lower) if hint in lower or "not" in lower else None
        if match:
            return _span(text, match.group(0))
    contested = [c for c in attribution.cues if _cue_class(c) == "contested"]
    if contested and attribution.source_type != "author":
        after = lower[attribution.end :] if attribution.end else lower
        negation = _NEGATION.search(after[:80])
        if negation and len(_tokens(after[: negation.start()])) <= 5:
            return f"{contested[0]} … {negation.group(0)}"
    return ""


@cache
def _wish_stems() -> tuple[str, ...]:
    return tuple(sorted({w.split()[-2] if len(w.split()) > 1 else w for w in _words("wish")}))


def _wish(text: str) -> str:
    """The first wish, hope, plan or intention phrase in a statement ('' if none)."""
    lower = text.lower()
    if not any(stem in lower for stem in _wish_stems()):  # the regex only where it may match
        return ""
    match = _patterns().wish.search(_norm(text).lower())
    return _span(text, match.group(0)) if match else ""


def _headline_critics(headline: str) -> tuple[str, str] | None:
    """(critics, verb) of a headline whose verb carries someone's judgement ("Council slams
    mayor", docs/rules.md §8): the critics speak, not the author. None for other headlines."""
    match = _patterns().headline_verb.search(headline)
    if not match or match.start() == 0:
        return None
    subject = headline[: match.start()].strip(" ,:")
    if not subject or len(subject.split()) > 6 or not subject[:1].isupper():
        return None
    return subject, match.group(0)


def _evidence(text: str, attribution: _Attribution) -> str:
    lower = text.lower()
    if attribution.source_type != "author":
        src = attribution.source.lower()
        if re.search(r"\b(video|footage|photo|photos|images|debris)\b", src):
            return "physical"
        if re.search(r"\b(?:report|study|survey|document|resolution|filing|records?)\b", src):
            return "document"
        return "testimony"
    if re.search(r"\b(?:debris|wreckage|footage|video|photographs?|remains|fragments?)\b", lower):
        return "physical"
    if re.search(r"\b(resolution|treaty|law|bill|report|document|court papers|filing)\b", lower):
        return "document"
    if re.search(
        r"\b(sanctions?|court|ruling|injunction|imposed|repealed|passed|voted|ruled|decree)\b",
        lower,
    ):
        return "official_record"
    return "none"


# ---------------------------------------------------------------------------------------------
# The analyzer


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


def _segment(text: str) -> list[_Sentence]:
    """Sentences with their quotation state and local attribution."""
    sentences: list[_Sentence] = []
    speakers: list[tuple[str, str]] = []
    block, open_block = -1, False
    for number, (_, paragraph) in enumerate(split_paragraphs(text)):
        inside = False
        carried = open_block
        for sentence in split_sentences(paragraph):
            mask, still = _quote_mask(sentence, inside)
            lead = sentence.lstrip()
            starts_quoted = bool(lead) and (inside or lead[0] in _QUOTES)
            if starts_quoted and not inside and not carried:
                block += 1
            carried = False
            outer = _outer(sentence, mask)
            sid = f"S{len(sentences) + 1:02d}"
            item = _Sentence(sid, number, sentence, mask, outer, starts_quoted, block)
            item.attribution = _attribution(outer, number, speakers)
            if item.attribution.source_type != "author" and item.attribution.source != NO_ONE:
                speakers.append((item.attribution.source, item.attribution.source_type))
            else:  # "Kofi Yamgnane is the spokesman …": a person a later 'he' may mean
                person = _PERSON_START.match(_strip_opening(outer))
                if person and _source_type(person.group(0), [])[1] == "named_person":
                    speakers.append((person.group(0), "named_person"))
            if len(speakers) > 2 * SPEAKER_MEMORY:  # a pronoun looks back so far, not further
                del speakers[:-SPEAKER_MEMORY]
            sentences.append(item)
            inside = still
        open_block = inside
    _quotes_to_speakers(sentences)
    return sentences


def _quotes_to_speakers(sentences: list[_Sentence]) -> None:
    """A quotation without its own cue belongs to whoever its block names, else the last."""
    by_block: dict[int, _Attribution] = {}
    for item in sentences:
        if item.starts_quoted and item.attribution.cues:
            by_block.setdefault(item.block, item.attribution)
    last: _Attribution | None = None
    for index, item in enumerate(sentences):
        quoted_only = item.starts_quoted and not item.attribution.cues
        if quoted_only and item.outer.replace(_Q, "").strip(" .,;:!?") == "":
            owner = by_block.get(item.block)
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            if (
                owner is None
                and following is not None
                and following.paragraph == item.paragraph
                and not following.starts_quoted
                and _Q not in following.outer
                and following.attribution.cues
                and following.attribution.source_type in {"named_person", "named_group"}
            ):  # '"The plant stays open." Tom Reed, the manager, told reporters.'
                owner = following.attribution
            owner = owner or last
            if owner is not None:
                item.attribution = _Attribution(
                    source=owner.source,
                    source_type=owner.source_type,
                    notes=[f"inside a quotation by {owner.source}"],
                )
        if item.attribution.source_type != "author" and item.attribution.cues:
            last = item.attribution


def _features(
    piece: str, mask: str, attribution: _Attribution, outer: str = ""
) -> dict[str, object]:
    outer = outer or _outer(piece, mask)
    span = attribution.span
    # a hedge in the speaker's name ("a report to appear in Nature") hedges nothing
    hedges = _hedges(piece.replace(span, " " * len(span)) if span else piece)
    notes = list(attribution.notes)
    if outer.rstrip().endswith("?"):
        hedges.append("?")  # a question asserts nothing: the writer raises a possibility
        notes.append("a question ('?') states nothing, it raises a possibility")
    boosters = _boosters(piece)
    main = _TRAILING.sub("", piece)  # ", saying people should not …": not the main clause
    judgement = _judgement(main, _TRAILING.sub("", outer), attribution.cues)
    if _epistemic_should(main):
        hedges.append(_span(piece, "should"))
        notes.append("'should' + a time: an expectation, not a recommendation")
    rejects = ""
    if attribution.source_type != "author" and _cue_class("; ".join(attribution.cues)) in {
        "neutral",
        "contested",
        "",
    }:
        rejects = _rejects(piece)
    cue = "; ".join(attribution.cues)
    extra = [c for c in attribution.cues if c.lower().split()[-1] in _words("denial_extra")]
    if extra and not rejects:
        rejects = extra[0]  # "refuted": a denial verb cues.csv does not list
    if not rejects:
        rejects = _denies_in_other_words(main, attribution)
    # "reportedly", "allegedly": a distancing adverb hedges what it touches (§4), whoever speaks
    hedges += [c for c in attribution.cues if c.lower() in _DISTANCING_ADVERBS]
    rules_cue = f"{cue}; rejects: {rejects}" if rejects else cue
    derived = _derive(
        derive_kind,
        attribution.source_type,
        rules_cue.strip("; "),
        "; ".join(hedges),
        checkable=not judgement,
        source=attribution.source if attribution.source_type != "author" else "",
        text=piece,  # a motive stated flatly ("wants") is speculation, by the course's rules
    )
    kind, why_kind = derived.kind, derived.why
    also = ""
    wish = _wish(main)
    if kind in {"fact", "claim"} and wish and not rejects:
        # a wish, hope, plan or intention (§5): nobody's observable fact, whoever states it
        attributed = attribution.source_type != "author"
        kind, why_kind = "speculation", f"a wish or intention ('{wish}'), which no one can see"
        why_kind += " → speculation" + (" (claim accepted: they said it)" if attributed else "")
        also = "claim" if attributed else ""
    elif kind == "speculation" and attribution.source_type != "author" and motive_words(main):
        also = "claim"  # a motive stated by a source: that they said it is checkable (§7)
    if rejects and kind != "denial" and attribution.source_type == "author":
        # "He maintains his innocence": the subject rejects a claim, whatever the verb (§3)
        kind, why_kind = "denial", f"'{rejects}' rejects a claim → denial"
    if judgement:
        notes.append(judgement)
    if rejects:
        notes.append(f"the content rejects a claim ('{rejects}')")
    why = "; ".join([*notes, why_kind]) if notes else why_kind
    return {
        "also_acceptable": also,
        "kind": kind,
        "cue": cue,
        "hedges": "; ".join(hedges),
        "boosters": "; ".join(boosters),
        "checkable": not judgement,
        "why": why,
    }


def _split_points(item: _Sentence) -> list[int]:
    """Where a sentence may hold two different things: a headline's colon, a colon before a
    quotation after a clause of its own, ', but'."""
    points = []
    text = item.text
    for match in re.finditer(r":\s+", text):
        pos = match.start()
        if item.mask[pos] == "1":
            continue
        before = text[: pos + 1]
        after = text[match.end() :]
        if item.paragraph == 0 and len(before.split()) >= 2 and len(after.split()) >= 2:
            own = _attribution(_outer(before, item.mask[: len(before)]), 0, [])
            if not (
                own.cues and not _outer(before, item.mask[: len(before)])[own.end :].strip(": ")
            ):
                points.append(match.end())  # not after "X says:", which only attributes
        elif after[:1] in _QUOTES:
            rest = _norm(_outer(before, item.mask[: len(before)]))[item.attribution.end :]
            if any(w.lower() in _AUX for w in _tokens(rest)):
                points.append(match.end())
    for match in re.finditer(r",[\"\u201d]?\s+but\s", text):
        points.append(match.start() + len(match.group(0)) - len("but "))
    return sorted(set(points))


def _rows(item: _Sentence) -> list[dict[str, object]]:
    attribution = item.attribution
    whole = _features(item.text, item.mask, attribution, item.outer)
    pieces: list[tuple[str, dict[str, object], _Attribution]] = []
    start = 0
    points = _split_points(item)
    for point in [*points, len(item.text)] if points else []:
        raw = item.text[start:point]
        first = start + len(raw) - len(raw.lstrip())
        piece = raw.strip()
        mask = item.mask[first : first + len(piece)]
        own = attribution
        if item.paragraph == 0:
            own = _attribution(_outer(piece, mask), 0, [])
        pieces.append((piece, _features(piece, mask, own), own))
        start = point
    if len({p[1]["kind"] for p in pieces}) < 2:
        pieces = [(item.text, whole, attribution)]
    rows = []
    for index, (piece, feats, own) in enumerate(pieces):
        suffix = piece_suffix(index) if len(pieces) > 1 else ""
        critics = _headline_critics(piece) if item.paragraph == 0 else None
        if (
            critics
            and (own.source_type == "author" or critics[1].lower() in str(feats["cue"]).lower())
            and (
                feats["kind"] == "fact"
                or (
                    feats["kind"] == "opinion"  # judged only by the headline verb itself
                    and not _judgement(piece.replace(critics[1], " "), "", [])
                )
            )
        ):
            source, source_type, _ = _source_type(critics[0], [])
            own = _Attribution(source=source, source_type=source_type, cues=[critics[1]])
            feats = {**feats, "kind": "claim", "cue": critics[1], "checkable": True}
            feats["why"] = (
                f"a headline verb that carries someone's judgement ('{critics[1]}'): "
                f"{source}'s criticism, not the author's fact → claim"
            )
        rows.append(
            {
                "id": item.sid + suffix,
                "sentence": item.sid,
                "paragraph": item.paragraph,
                "text": piece,
                "kind": feats["kind"],
                "source": own.source,
                "source_type": own.source_type,
                "cue": feats["cue"],
                "hedges": feats["hedges"],
                "boosters": feats["boosters"],
                "evidence": _evidence(piece, own),
                "checkable": feats["checkable"],
                "also_acceptable": feats.get("also_acceptable", ""),
                "why": feats["why"],
            }
        )
    return rows


class TextWarning(UserWarning):
    """The text is not what the analyzer reads (a web page's HTML, not English): its labels
    may mean nothing. A warning, not an error: the analyzer still runs."""


_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|/?(?:html|head|body|div|span|p|a|br|script|style|meta|link|article|"
    r"section|h[1-6]|ul|ol|li|table|tr|td|img|figure|header|footer|nav)\b[^<>]{0,500}>)",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]+")


def _check_text(text: object, stacklevel: int) -> str:
    """The text, if the analyzer can read it: a str of at most MAX_TEXT_BYTES. Warns (does not
    stop) when it looks like a web page's HTML or not like English."""
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs the article's text as a str, not {type(text).__name__}")
    size = len(text) if len(text) > MAX_TEXT_BYTES else len(text.encode("utf-8", "replace"))
    if size > MAX_TEXT_BYTES:
        raise ValueError(
            f"This text is {size / 1_000_000:.1f} MB; the analyzer reads at most "
            f"{MAX_TEXT_BYTES // 1_000_000} MB at a time (about 300,000 words, far more than one "
            "article). Analyze one article at a time, or cut the text into parts under 2 MB."
        )
    sample = text[:100_000]
    if len(_HTML_TAG.findall(sample)) >= 3:
        warnings.warn(
            "This text looks like a web page's code (HTML: it holds tags such as <p> or <div>). "
            "The analyzer reads the words of an article: open the page in a browser, select the "
            "article's text, copy it and paste it as plain text.",
            TextWarning,
            stacklevel=stacklevel,
        )
    words = [w.lower() for w in _LETTERS.findall(sample)]
    common = _words("common_english")
    if len(words) >= 30 and sum(w in common for w in words) < ENGLISH_SHARE * len(words):
        warnings.warn(
            "This text does not look like English: few of the commonest English words ('the', "
            "'of', 'said'...) are in it. The analyzer knows only English news writing, so its "
            "labels for this text would mean nothing.",
            TextWarning,
            stacklevel=stacklevel,
        )
    return text


def _records(text: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for item in _segment(text):
        rows.extend(_rows(item))
    return rows


def analyze_records(text: str) -> list[dict[str, object]]:
    """The analyzer's rows as plain dicts (what `analyze` puts in a table)."""
    return _records(_check_text(text, stacklevel=3))


def analyze(text: str) -> pd.DataFrame:
    """Split an English news article into statements and label each with the course's rules.

    At most 2 MB of text (a ValueError says so); a TextWarning when the text looks like a web
    page's HTML or not like English. Time grows in proportion to the text's length.
    """
    import pandas as pd

    records = _records(_check_text(text, stacklevel=3))
    table = pd.DataFrame(records, columns=list(COLUMNS))
    table["paragraph"] = table["paragraph"].astype(int)
    table["checkable"] = table["checkable"].astype(bool)
    return table


# ---------------------------------------------------------------------------------------------
# The analyzer beside a key (the benchmark, the tests, and later lesson 09 and teachers)


def offsets(text: str, pieces: list[str]) -> list[int]:
    """Where each piece starts in `text`; pieces are exact substrings, in reading order."""
    out, pos = [], 0
    for piece in pieces:
        start = text.find(piece, pos)
        if start < 0:
            raise ValueError(f"not an exact substring of the text, in order: {piece[:60]!r}")
        out.append(start)
        pos = start + 1
    return out


def compare(text: str, key: list[dict[str, str]]) -> list[dict[str, object]]:
    """The analyzer's statement at each key row's start: its kind, and whether the key accepts it.

    `key` rows need `text` (an exact substring, in reading order) and `kind`; `also_acceptable`
    (`; `-joined) widens the accept-set, as in `statements.csv`. Each result carries the key's
    `id` (if any), `accepted`, the analyzer's `predicted_id`, `predicted_kind`,
    `predicted_source_type`, `predicted_evidence`, `agree` (on kind) and `why`.
    """
    records = analyze_records(text)
    starts = offsets(text, [str(r["text"]) for r in records])
    out = []
    for row, start in zip(key, offsets(text, [r["text"] for r in key]), strict=True):
        found = max(bisect_right(starts, start) - 1, 0)
        predicted = records[found]
        accepted = [row["kind"], *filter(None, (row.get("also_acceptable") or "").split("; "))]
        out.append(
            {
                "id": row.get("id", ""),
                "accepted": "|".join(accepted),
                "predicted_id": predicted["id"],
                "predicted_kind": predicted["kind"],
                "predicted_source_type": predicted["source_type"],
                "predicted_evidence": predicted["evidence"],
                "agree": predicted["kind"] in accepted,
                "why": predicted["why"],
            }
        )
    return out
