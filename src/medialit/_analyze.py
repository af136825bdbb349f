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

This module is the pipeline (a sentence's features, its pieces, its rows; the checks on the
text; `compare` with a key). Who speaks is `_analyze_speakers`; what the wording says (hedges,
boosters, judgements, denials, wishes, evidence) is `_analyze_wording`; the word lists and
patterns they share are `_analyze_lists`.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from medialit._analyze_lists import _AUX, _QUOTES, _cue_class, _norm, _outer, _span, _tokens, _words
from medialit._analyze_speakers import (
    _TRAILING,
    _Attribution,
    _attribution,
    _segment,
    _Sentence,
    _source_type,
)
from medialit._analyze_wording import (
    _DISTANCING_ADVERBS,
    _boosters,
    _denies_in_other_words,
    _epistemic_should,
    _evidence,
    _feeling,
    _headline_critics,
    _hedges,
    _judgement,
    _rejects,
    _wish,
    courtesy,
    denial_phrase,
    expressed_state,
    first_statement,
    labelled_false,
    loaded_word,
    prediction,
)
from medialit._article import piece_suffix

# The analyzer's sentences are the article's: one splitter, one abbreviation list.
from medialit._article import split_paragraphs as split_paragraphs
from medialit._article import split_sentences as split_sentences
from medialit._data import STATEMENT_COLUMNS
from medialit._rules import Derivation, cue_words, derive_kind, motive_words

if TYPE_CHECKING:  # pandas is imported only when a table is asked for
    import pandas as pd

# statements.csv's columns, with the rule that fired (`why`) where the key has its explanation.
COLUMNS = (*STATEMENT_COLUMNS[:-1], "why")
# The most text analyze() reads at once: a long article is 50 kB, so 2 MB is forty of them.
MAX_TEXT_BYTES = 2_000_000
# Below this share of the commonest English words, a text is not English (English news: 35-45 %).
ENGLISH_SHARE = 0.15


@lru_cache(maxsize=4096)
def _derive(
    rules: Callable[..., Derivation], *args: str, checkable: bool, source: str, text: str = ""
) -> Derivation:
    """`rules(*args, …)` remembered: the rules are pure, and cue lookups cost most of the time."""
    return rules(*args, checkable=checkable, source=source, text=text)


# a unit that ends with its question mark, or with a quoted question and its attribution
# ('"Why now?" the mayor asked.')
_ASKED = re.compile(r"\?[\s\"\u201d\u2019')\]]*$|\?[\"\u201d]\s+[^\"\u201c\u201d?]{1,80}$")
_SAYING_CUES = frozenset({"saying", "adding", "arguing", "insisting", "warning"})
# How an unnamed speaker is described: no motive of the statement's
_ANONYMITY = re.compile(
    r"\b(?:who\s+)?(?:did not|didn't|does not|doesn't|do not|don't|would not|wouldn't)\s+"
    r"(?:want|wish)\s+to\s+be\s+(?:named|identified|quoted)\b",
    re.IGNORECASE,
)


def _unnamed_wish_removed(text: str) -> str:
    return _ANONYMITY.sub(" ", text) if " be " in text else text


def _features(
    piece: str, mask: str, attribution: _Attribution, outer: str = ""
) -> dict[str, object]:
    outer = outer or _outer(piece, mask)
    span = attribution.span
    # a hedge in the speaker's name ("a report to appear in Nature") hedges nothing
    hedges = _hedges(piece.replace(span, " " * len(span)) if span else piece)
    notes = list(attribution.notes)
    if outer.rstrip().endswith("?"):  # docs/rules.md §2: a question is no hedge
        notes.append("a question ('?') asserts nothing: the outlet vouches only that it asked")
    boosters = _boosters(piece)
    main = _TRAILING.sub("", piece)  # ", saying people should not …": not the main clause
    if attribution.cues and attribution.cues[0].lower() in _SAYING_CUES:
        main = piece  # "Ann Lee offered condolences, saying …": what she said is the content
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
    if not rejects:  # "has nothing to do with", "rejects the accusations" (§3)
        rejects = denial_phrase(_norm(piece).lower(), attribution.source_type != "author")
    if judgement and labelled_false(_norm(piece).lower()):
        judgement = ""  # "called the claims 'pure fiction'": the label is the denial's words
        rejects = rejects or labelled_false(_norm(piece).lower())
    # "reportedly", "allegedly": a distancing adverb hedges what it touches (§4), whoever speaks
    hedges += [c for c in attribution.cues if c.lower() in _DISTANCING_ADVERBS]
    lower = piece.lower()
    for adverb in _DISTANCING_ADVERBS:  # "detained for allegedly wearing …": a side detail
        if adverb in lower and adverb not in {h.lower() for h in hedges}:
            hedges.append(_span(piece, adverb))
    if attribution.source_type == "author" and _cue_class(cue) == "belief":
        hedges.append(cue)  # the writer's "I think", "we believe": a hedge in the author's voice
    rules_cue = f"{cue}; rejects: {rejects}" if rejects else cue
    derived = _derive(
        derive_kind,
        attribution.source_type,
        rules_cue.strip("; "),
        "; ".join(hedges),
        checkable=not judgement,
        source=attribution.source if attribution.source_type != "author" else "",
        # a motive stated flatly ("wants") is speculation, by the course's rules; not the
        # speaker's wish to stay unnamed ("who did not want to be named")
        text=_unnamed_wish_removed(piece),
    )
    kind, why_kind = derived.kind, derived.why
    also = ""
    wish = _wish(_unnamed_wish_removed(main))
    feeling = "" if wish else (_feeling(main) or expressed_state(_norm(main).lower()))
    if kind in {"fact", "claim"} and (wish or feeling) and not rejects:
        # a wish, hope, plan, intention or feeling (§5): nobody's observable fact
        attributed = attribution.source_type != "author"
        what = f"a wish or intention ('{wish}')" if wish else f"a feeling ('{feeling}')"
        kind, why_kind = "speculation", f"{what}, which no one can see"
        why_kind += " → speculation" + (" (claim accepted: they said it)" if attributed else "")
        also = "claim" if attributed else ""
    elif kind == "speculation" and attribution.source_type != "author" and motive_words(main):
        also = "claim"  # a motive stated by a source: that they said it is checkable (§7)
    future = prediction(main) if kind == "fact" and attribution.source_type == "author" else ""
    if future and not rejects and not judgement:  # "the telescope will help …" (§5 Predictions)
        kind, also = "speculation", "fact"
        why_kind = f"'{future}' forecasts what has not happened yet → speculation"
    loaded = loaded_word(_norm(piece).lower()) if attribution.source_type == "author" else ""
    if kind == "fact" and loaded and not outer.rstrip().endswith("?"):
        kind, also = "opinion", "fact"  # "trumped-up charges": the author judges (§10)
        why_kind = f"'{loaded}' is a loaded word, the author's judgement → opinion (fact accepted)"
    if kind in {"claim", "speculation"} and not rejects and _ASKED.search(piece):
        # "How well do we know our soldiers?" in a quotation: a speaker's question asserts
        # nothing either (docs/rules.md §2: keyed like a question, the speaker as source)
        why_kind = f"a question asserts nothing, whoever asks it → fact ({kind} accepted)"
        kind, also = "fact", kind
    if courtesy(piece):  # "Thank you for having me.": asserts nothing (§2, courtesies)
        kind, also, why_kind = "fact", "", "a courtesy asserts nothing checkable → fact"
    if kind == "opinion" and rejects and first_statement(piece, rejects, judgement):
        kind, why_kind = "denial", f"'{rejects}' rejects a claim first → denial"
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


# What may follow the cue of a lead-in that only announces a quotation (docs/rules.md §2):
# nothing, "that", "this", "the following", an addressee, and a short where or how it was said
# ("to the media", "through a text message"), never a clause ("in a statement that profits fell")
_PREP = r"(?:to|through|in|on|at|via|during|after|before|from|with|by|for|over)"
_LEAD_TAIL = re.compile(
    r"(?:that|as follows|(?:this|these words|the following|thus)|(?:reporters|journalists|"
    r"the (?:media|press)|them|him|her|us|me|"
    r"(?:the\s+)?[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)*))?"
    rf"(?:\s*\b{_PREP}(?:\s+(?!that\b)[\w\u2019'.-]+){{1,3}})*"
)


def _lead_in(item: _Sentence) -> bool:
    """'Carol Narcisse added:', 'Wang stated that:', 'He told VOA through a text:': a lead-in
    that only announces a quotation asserts nothing; the author's `fact` (docs/rules.md §2)."""
    own = item.attribution
    if item.paragraph == 0 or own.source_type == "author" or not own.cues:
        return False
    tail = item.outer[own.end :].strip()
    if not tail.endswith(":") or not _LEAD_TAIL.fullmatch(tail[:-1].strip() or "that"):
        return False
    words = _tokens(tail)
    return len(words) <= 7 and not any(w.lower() in _AUX for w in words)


_HEADLINE_COLON = re.compile(r"(?P<who>[^:\"\u201c\u2018]{2,60}):\s+(?P<what>\S+(?:\s+\S+){2,})")
_NOT_A_STATEMENT = re.compile(r"(?:an?\s+)?(?:interview|reports?|review|profile|\d)", re.I)


def _headline_speaker(piece: str) -> str:
    """'Police: fire was set on purpose', 'Foreign Minister Ana Ruiz: …': a headline that opens
    with a source and a colon gives that source's word (docs/rules.md §8). The source must be
    a title, a body or people by their role ('Minister', 'Police', 'Officials'); a place, a
    column's name or a genre ('Kenya:', 'Netizen Report:', 'Analysis:') is a label."""
    match = _HEADLINE_COLON.match(piece)
    if not match or _NOT_A_STATEMENT.match(match.group("what")):
        return ""
    who = match.group("who").strip()
    words = [w.lower().strip(".,") for w in who.split()]
    if not 1 <= len(words) <= 8 or (len(words) > 1 and words[-1] in _words("document_head")):
        return ""  # "Netizen Report:", "Research Highlights:": a series, not a source
    # a competition is a section label in a sports headline ("Premier League: Arsenal beat …")
    heads = (_words("person_title") | _words("anonymous_head") | _words("org_word")) - {"league"}
    titled = any(w in _words("person_title") for w in words[:-1]) and who.split()[-1][:1].isupper()
    return who if words[-1] in heads or titled else ""


def _rows(item: _Sentence) -> list[dict[str, object]]:
    attribution = item.attribution
    speaker = _headline_speaker(item.text) if item.paragraph == 0 else ""
    if speaker and attribution.source_type == "author":
        source, source_type, _ = _source_type(speaker, [])
        attribution = _Attribution(source=source, source_type=source_type, cues=[":"])
        whole = _features(item.text, item.mask, attribution, item.outer)
        whole["why"] = f"a headline that opens with its source and a colon; {whole['why']}"
        accepted = [k for k in str(whole["also_acceptable"]).split("; ") if k]
        if whole["kind"] != "opinion":  # §8: the source's word and the headline's own voice
            accepted += [k for k in ("claim", "fact") if k != whole["kind"] and k not in accepted]
        whole["also_acceptable"] = "; ".join(accepted)
        return _rows_of(item, [(item.text, whole, attribution)])
    if _lead_in(item):
        cue = attribution.cues[0]
        attribution = _Attribution()
        whole = _features(item.text, item.mask, attribution, item.outer)
        whole["why"] = (
            f"a lead-in ('{cue}' and a colon) only announces the quotation after it: the "
            f"author's own voice → {whole['kind']}"
        )
        whole["also_acceptable"] = "claim" if whole["kind"] == "fact" else whole["also_acceptable"]
        return _rows_of(item, [(item.text, whole, attribution)])
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
    return _rows_of(item, pieces)


def _rows_of(
    item: _Sentence, pieces: list[tuple[str, dict[str, object], _Attribution]]
) -> list[dict[str, object]]:
    rows = []
    for index, (piece, feats, own) in enumerate(pieces):
        suffix = piece_suffix(index) if len(pieces) > 1 else ""
        headline = item.paragraph == 0 and not piece.rstrip().endswith(".")  # not a sentence
        critics = _headline_critics(piece) if headline else None
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
    cue_words()  # raises AnalyzerWithheld at once in a released test copy
    return _records(_check_text(text, stacklevel=3))


def analyze(text: str) -> pd.DataFrame:
    """Split an English news article into statements and label each with the course's rules.

    At most 2 MB of text (a ValueError says so); a TextWarning when the text looks like a web
    page's HTML or not like English. Time grows in proportion to the text's length.
    """
    import pandas as pd

    cue_words()  # raises AnalyzerWithheld at once in a released test copy
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
