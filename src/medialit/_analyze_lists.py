"""The analyzer's word lists and patterns, and the small text helpers all its parts share.

The word lists are `data/analyzer.csv` (each word with where it comes from) beside lesson 03's
cue words in `data/cues.csv` (`medialit._rules`); the patterns are compiled from them once.
A sentence's quotations are kept as a mask ("1" inside, "0" outside), and the words outside
them (`_outer`) stand each quotation as one placeholder, `_Q`. An interview transcript's
speaker labels ("((Name ))", "Name:") give each paragraph's speaker (`_turns`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

from medialit._rules import cue_class, whole_words, words_of

ANALYZER_FILE = "analyzer.csv"

# Quotation marks: curly ones open or close, a straight one toggles.
_OPEN, _CLOSE, _TOGGLE = "\u201c\u201e\u00ab", "\u201d\u00bb", '"'
_QUOTES = _OPEN + _CLOSE + _TOGGLE
_Q = "\u00abQ\u00bb"  # stands for a quotation in the text outside quotes


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
    """Any of the phrases, the longest first where one begins another (a space: any spaces).

    Written as a trie ("sa(?:id|ys)", not "said|says"): the regex engine tries each branch
    in turn, so a few hundred cue words cost a few hundred tries at every position unless
    shared beginnings are tried once. The longer continuation comes before the end of a
    shorter phrase, so the match preferred is the one a longest-first list would give."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = []
    for char in sorted(c for c in node if c):
        head = r"\s+" if char == " " else re.escape(char)
        branches.append(head + _trie_pattern(node[char]))
    if not branches:
        return ""
    ends = "" in node
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")


def _any_of(phrases: set[str] | frozenset[str]) -> str:
    """A pattern for any of the phrases, each only as whole words."""
    return whole_words(f"(?:{_alternation(phrases)})")


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


# A title's abbreviation inside a speaker's name ("said Dr. Mina Okafor"): its stop ends nothing.
# A middle initial ("said James A. Dawson", "Matthew R. Galeotti"): a capital, a stop and a name
# after it, case kept (the patterns ignore case otherwise).
_TITLE_ABBREVIATION = (
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|St|Jr|Sr)\."
    r"|(?-i:\b[A-Z]\.(?=\s+[A-Z][a-z]))"
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
            # after the quotation, a verb of saying then its speaker: '"…," tweeted X' (round 7)
            rf"{_Q}\s*,?\s*(?P<cue>said|says|added|adds|told|asked|wrote|explained|continued|"
            rf"tweeted|posted|stated|noted|declared|insisted|argued|warned|replied|responded|"
            rf"recalled|remarked)\s+"
            rf"(?P<np>(?:{_TITLE_ABBREVIATION}|[^,.;\u00ab])+)",
            flags,
        ),
        inverted_end=re.compile(
            r",\s*(?P<cue>says|said|adds|added|reports|reported|writes|wrote|notes|noted)\s+"
            rf"(?P<np>(?:{_TITLE_ABBREVIATION}|[^,.;\u00ab])+?)"
            # ", an economist at …", ", senior analyst with …"
            rf"(?:\s*,\s*(?:a\s|an\s|the\s|[a-z])[^.;:\u00ab]+?)?\s*[.!?]?"
            # "…, said Mr. Lee: “…”": the quotation he goes on with
            rf"(?:\s*:\s*{_Q}\s*[.!?]?)?\s*$",
            flags,
        ),
        according=re.compile(r"\baccording to\s+(?P<np>[^,:;.\u00ab]+)", flags),
        vague=re.compile(
            r"\b(?:it is (?:said|believed|thought|understood|reported)|(?:is|are|was|were) said "
            r"to|some say|(?<!for )(?<!of )(?<!, )(?:reportedly|allegedly|supposedly)|"
            # "is understood to", "is thought to": hearsay with no one named; "is expected to"
            # is a hedge in the author's voice (docs/rules.md §4), not a source
            r"(?:is|are|was|were) (?:believed|reported|thought|feared|understood) to|"
            # a passive report with no one named (docs/rules.md §3): a vague source, a claim
            r"(?:(?:has|have|had) been|was|were) reported(?! to\b)(?![^;]{0,80}\bby\b)|"
            # "there are concerns that …", "Added to this are fears that …": no people (§6)
            r"(?:there\s+)?(?:is|are|was|were|have been|has been)\s+(?:(?:new|growing|mounting|"
            r"widespread|some|also)\s+)?(?:concerns?|fears?|worries)\b)\b",
            flags,
        ),
        hedge=re.compile(_any_of(hedges), flags),
        booster=re.compile(_any_of(set(words_of("booster"))), flags),
        judgement=re.compile(_any_of(_words("judgement")), flags),
        recommendation=re.compile(_any_of(_words("recommendation")), flags),
        allegation=re.compile(_any_of(_words("allegation")), flags),
        self_allegation=re.compile(_any_of(_words("self_allegation")), flags),
        wish=re.compile(_any_of(_words("wish")), flags),
        headline_verb=re.compile(_any_of(_words("headline_verb")), flags),
        coordinated=re.compile(
            rf"\b(?:and|but)\s+(?:also\s+)?(?P<cue>{_alternation(verbs)})\b", flags
        ),
        say=_words("say_verb"),
        np_cues=_words("reporting_np"),
        act_objects=_words("act_object"),
    )


# The speaker-finding patterns of _analyze_speakers (each says what it finds).
# "…, said in a statement", "…, said on Monday": a time or a place after the verb, no speaker
_NOT_A_SPEAKER = re.compile(
    r"(?:in|on|at|by|for|after|before|during|from|to|with|over|of|last|earlier|later|this|"
    r"yesterday|today|tonight|late|early)\b",
    re.IGNORECASE,
)
_INNOCENCE_OBJECT = re.compile(r"\s*(?:on\s+)?(?:his|her|their|its|my|our)\s+innocence\b", re.I)
_DOCUMENT_BY = re.compile(
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:report|study|survey|statement|analysis|review|audit)\s+"
    r"(?:by|from)\s+(?P<author>.+)$",
    re.IGNORECASE,
)
_CHARGE = re.compile(
    r"^(?:a|an)\s+(?:charge|claim|accusation|allegation|view|suggestion|version|description|"
    r"characteri[sz]ation|criticism|assessment)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_SUBJECT_THEN_SAYING = re.compile(
    r"(?P<np>[^,]{2,80}?)\s+(?:is|are|was|were|remained|remains|seemed|appeared|has been|"
    r"have been|had been)\s+[^,]{1,60},\s*(?P<cue>warning|saying|adding|arguing|noting|"
    r"insisting|stressing|explaining|pointing out)\b",
    re.IGNORECASE,
)
# "Former champion Ann Lee offered condolences, saying …": a named subject's act, then its words
_NAMED_THEN_SAYING = re.compile(
    r"(?P<np>[^,]{0,80}?[A-Z][\w'’-]+)\s+(?:[a-z]+ed|[a-z]+s|met|made|gave|sent|took|held|wrote)"
    r"\b[^,]{1,120},\s*(?P<cue>saying|adding|arguing|insisting|warning)\b"
)
# "The club thanked Keane for his work and said …": the subject of the first verb speaks
_COORDINATED_SUBJECT = re.compile(
    r"(?P<np>(?:[A-Z][\w'’.-]*|the|a|an)(?:\s+[\w'’.-]+){0,4}?)\s+[a-z]+(?:ed|s)\b[^,;]*"
    r"\s(?:and|but)(?:\s+(?:also|then|later))?$"
)
_APPOSITION = re.compile(r"^(?P<name>[^,]+),\s+(?:(?:a|an|the)\s+[^,]+|\d{1,3}),?$")
_CLOSING_QUOTE = re.compile(rf"\s*,\s*{_Q}\s*[.!?]?\s*$")
_BE_END = re.compile(r"\b(?:is|are|was|were)\s*$", re.I)
_PASSIVE_END = re.compile(r"\b(?:is|are|was|were|been|being|be|to)\s*$", re.I)
_RELATIVE = re.compile(r",\s*(?:who|whose|which)\s")
_CLAUSE_START = re.compile(rf"\s*(?:that\b|to\b|:|{_Q})")
_PREPOSITION = re.compile(r"\s*(?:in|on|at|by|for|after|as|from|to|with|over|of)\b")
# a verb of saying, then where, when or to whom, then its clause: "said in an interview on
# Thursday with a radio host that …", "clarified in the proceedings that …" (round 6)
_PP_THEN_THAT = re.compile(
    r"\s*(?:in|on|at|during|before|after|to|with|via|through|from|over)\s[^.;:!?\u00ab]{1,100}?\bthat\b"
)
# a label a naming verb puts on something: quoted ('called the plan, unveiled on Monday, a
# "farce"'), or after "as" ("described the plan as a way to …"; not after "call", "called on")
_QUOTE_SOON = re.compile(rf"\s*(?:[\w'’.,-]+\s+){{0,12}}?{_Q}")
_AS_SOON = re.compile(r"\s*(?:[\w'’.,-]+\s+){1,12}?as\b")
# "His claim is disputed by hundreds of citizens": a denial in the passive, its speaker after by
_PASSIVE_DENIAL = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?"
    r"(?P<cue>denied|disputed|rejected|dismissed|refuted|repudiated|debunked)\s+by\s+"
    rf"(?P<np>[^,.;:{_Q[0]}]+)",
    re.IGNORECASE,
)


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
    return _BLANKS.sub(" ", "".join(parts)).strip()


# Compiled once: these run on every sentence (re's own cache costs a lookup per call).
_BLANKS = re.compile(r"[ \t]+")
_TOKEN = re.compile(r"[\w'’&$%.-]+")
_SPACES = re.compile(r"\s+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _norm(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _span(text: str, word: str) -> str:
    """The word as it appears in the text (case kept)."""
    match = _word_pattern(word).search(_norm(text))
    return text[match.start() : match.end()] if match else word


@lru_cache(maxsize=1024)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(whole_words(re.escape(word).replace(r"\ ", r"\s+")), re.I)


# A speaker label at the start of a paragraph of an interview's transcript: "((Name ))" (as
# Wikinews prints it), or "Name:" / "Q:" when several paragraphs open so.
_PAREN_LABEL = re.compile(r"^\(\(\s*(?P<name>[^()\n]{1,60}?)\s*\)\)\s*")
_COLON_LABEL = re.compile(r"^(?P<name>Q|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s+")
# Page furniture that opens a paragraph with a colon, not a speaker's label
_NOT_A_LABEL = frozenset(
    {
        "note", "update", "source", "sources", "photo", "image", "picture", "caption",
        "credit", "correction", "related", "read more", "watch", "listen", "video",
        "editor's note", "warning", "breaking", "opinion", "analysis", "comment",
    }
)  # fmt: skip
_FIRST_PERSON = re.compile(r"(?<![\w'])(?:I|I'm|I've|I’m|I’ve|[Yy]ou|[Ww]e|[Mm]y|[Oo]ur)(?![\w'’])")
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[-•*])\s")


def _turns(paragraphs: list[str]) -> list[str]:
    """Who speaks each paragraph of an interview transcript ('' where no label decides).

    A label names the speaker until the next label; a paragraph without one continues the turn
    when a label comes later or it is an item of a list. A speaker whose every turn is a
    question (and "Q") is the interviewer: the author's voice, '' here."""
    labels = [_PAREN_LABEL.match(p) for p in paragraphs]
    colon = [_COLON_LABEL.match(p) for p in paragraphs]
    colon = [m if m and m.group("name").lower() not in _NOT_A_LABEL else None for m in colon]
    # "Question:" and "Q:" are the interviewer; "Secretary Pompeo:" and "Pompeo:" one speaker
    names = [_label_key(m.group("name")) for m in colon if m]
    if len(set(names)) >= 2 and len(names) > len(set(names)):  # two speakers, taking turns
        labels = [a or b for a, b in zip(labels, colon, strict=True)]
    if not any(labels):
        return [""] * len(paragraphs)
    turns, current = [], ""
    last_label = max(i for i, m in enumerate(labels) if m)
    for i, (paragraph, match) in enumerate(zip(paragraphs, labels, strict=True)):
        if match:
            current = match.group("name").strip()
        elif not (
            i < last_label
            or _LIST_ITEM.match(paragraph)
            # after the last label, an answer goes on while it speaks as "I" or "you"
            or (current and _FIRST_PERSON.search(paragraph))
        ):
            current = ""
        turns.append(current)
    asks: dict[str, bool] = {}
    for paragraph, turn in zip(paragraphs, turns, strict=True):
        if turn:
            asks[turn] = asks.get(turn, True) and paragraph.rstrip().endswith("?")
    return ["" if not t or _label_key(t) == "q" or asks.get(t) else t for t in turns]


_INTERVIEWER = frozenset({"q", "question", "interviewer"})


def _label_key(name: str) -> str:
    """Who a speaker's label stands for: the interviewer ("q"), or the name's last word."""
    low = name.strip().lower()
    return "q" if low in _INTERVIEWER else low.split()[-1]


_MANNER_ADVERB = re.compile(r"[a-z]{3,}ly|earlier|again|also|later|once")


def _has_clause(rest: str, belief: bool = False, say: bool = False) -> bool:
    """Does a reporting verb govern a clause (that..., a quote, a finite verb), not a noun?"""
    rest = rest.strip()
    if belief and re.match(r"(?:[\w'’-]+\s+){0,4}to\s", rest):
        return True  # "Analysts expect shares to fall"
    if not rest or rest[0] in ":," or rest.startswith(_Q) or (say and _PP_THEN_THAT.match(rest)):
        return True
    low = [_norm(w).lower() for w in _tokens(rest)]
    if low and low[0].endswith("ing") and len(low[0]) > 5:
        return True  # "have reported finding six planets"
    when = _DAYS | _words("time_word")
    for i, word in enumerate(low[:6]):
        if word in _words("clause_opener"):
            if i == 0 or all(
                w in when or w[:1].isdigit() or _MANNER_ADVERB.fullmatch(w) for w in low[:i]
            ):  # "reported recently that", "said publicly on Monday that": round 5
                return True
            if word == "that" and low[0] in _words("opening_preposition") | {"to", "with"}:
                return True  # "said on Facebook that", "told reporters in Paris that"
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


_SMALL_WORDS = frozenset({"with", "from", "into", "over", "after", "about", "than", "that", "this"})


def _title_case(text: str) -> bool:
    """Is a line written in title case ("Minister Says Budget Will Balance"), as headlines are?"""
    words = [w for w in _tokens(text) if len(w) > 3 and w.lower() not in _SMALL_WORDS]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


# "May Chen,", "June Almeida,": a month or a day that is a first name, before a capitalised one
_DAY_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z'’-]+")


def _day_name(head: str) -> bool:
    """'May Chen', 'June Almeida': a first name; 'May Day', 'Monday Morning': a time."""
    times = {"day", "morning", "afternoon", "evening", "night"}
    return bool(_DAY_NAME.fullmatch(head)) and head.split()[1].lower() not in times


def _verb_inside(np: str) -> bool:
    """A verb in the simple past after a final "said", before any preposition or relative word
    and not after a determiner ("said the report came out on Monday"): a clause, not a speaker
    ("said a man who saw the crash", "said people familiar with the plans" are speakers)."""
    words = _tokens(np)  # case kept: "said Rose Grew" is a name
    for before, word in pairwise(words):
        if word in _STOPS_NP:
            return False
        if word in _PAST and before.lower() not in _DETERMINERS and not before.endswith("'s"):
            return True
    return False


_PAST = _words("simple_past")
_STOPS_NP = frozenset(
    {"who", "that", "which", "whose", "where", "when", "of", "for", "at", "with", "in", "on"}
    | {"by", "from", "to", "about"}
)


# "… of the Department of Justice": a body after a speaker's name and title
_OF_BODY = re.compile(r"\s+(?:of|at|for|with|from)\s+(?=(?:the\s+)?[A-Z])")
_HOW_SOON = re.compile(r"\s*(?:how|what|why|where|when)\b")  # an account, not a label
# "The minister, asked about the delay, said …": an aside with a cue ("asked") between a
# subject and its verb of saying; the speaker finder reads the sentence without it
_ASIDE_THEN_SAID = re.compile(
    r",\s*(?:when\s+|after\s+being\s+|if\s+)?[a-z]+ed\b(?!(?:\s+\w+)?\s+as\s)"  # "named as X"
    r"[^,.;:\u00ab\"\u201c\u201d]{0,60},(?=\s*(?:said|says|told|tells|added|adds|stated|states|"
    r"insisted|insists|argued|argues|warned|warns|noted|notes)\b)"
)
