"""Quotations printed apart from their cue: a block quotation after a lead-in that ends with
its speaker and a colon ("In an interview, the mayor said:", "Others defended the plan:"), and a
quotation with no cue of its own, given to whoever its block names (docs/rules.md §2: a lead-in
gives the quotation after it to its speaker; a continued quotation keeps its attribution)."""

from __future__ import annotations

import re
from collections.abc import Callable

from medialit._analyze_lists import _Q
from medialit._analyze_sources import _source_type
from medialit._analyze_types import _Attribution, _Sentence

_NAME_WHO_SAID = re.compile(
    r"(?:^|,\s+)(?P<np>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}),\s+(?:who|whose)\b"
    r"[^:]*,\s+(?P<cue>said|says|added|adds|told\s+[\w\s]{1,30}|wrote|writes|continued|"
    r"explained|stated|declared|argued)\s*:\s*$"
)
_GROUP_LEAD = re.compile(
    r"^(?P<np>(?:Others|Some|Many|Most|Those|Several|A\s+few|Few|[A-Z][a-z]+s)\b[^:]{0,70}?)"
    r"\s+(?:also\s+|instead\s+|however\s+|quickly\s+)?(?P<verb>said|wrote|added|argued|"
    r"defended|protested|responded|replied|reacted|commented|tweeted|posted|felt|agreed|"
    r"disagreed|countered|explained|warned|complained|insisted|noted|asked|objected|"
    r"criticized|criticised|praised|welcomed|joked|cheered|mocked)\b[^:]*:\s*$"
)


def _block_lead(
    paragraph: list[_Sentence],
    lead: _Attribution | None,
    number: int,
    turns: list[str],
    strip: Callable[[str], str],
) -> _Attribution | None:
    """Whose block quotation the next paragraph may be: a paragraph that ends with its speaker
    and a colon ("In an interview, the mayor said:", "Others defended the plan:") announces a
    quotation printed as a paragraph of its own, without quotation marks (a block quotation,
    docs/rules.md §2: a lead-in gives the quotation after it to its speaker). The block goes on
    to the next paragraph only where that paragraph speaks as "I" or "we"."""
    if not paragraph or turns[number]:
        return None
    last = paragraph[-1]
    if last.outer.rstrip(" \u201d\"'").endswith(":"):
        found = last.attribution
        if found.source_type not in {"author", "vague"} and found.cues:
            return found
        named = _NAME_WHO_SAID.search(last.outer)  # "Ann Lee, who is called 'X' by some, said:"
        if named:
            source, stype, _ = _source_type(named.group("np"), [])
            if stype in {"named_person", "named_group"}:
                return _Attribution(source=source, source_type=stype, cues=[named.group("cue")])
        group = _GROUP_LEAD.match(strip(last.outer))  # the lead-in without its opening
        if group:
            # "Others, women included, defended the remarks:", "Many parents also felt …:": a
            # lead-in naming a group gives the quotation after it to that group (§2)
            source, stype, _ = _source_type(group.group("np"), [])
            if stype in {"anonymous", "named_group", "named_person"}:
                return _Attribution(source=source, source_type=stype, cues=[group.group("verb")])
        return None
    if lead is not None and all(item.attribution.source == lead.source for item in paragraph):
        return lead  # the block goes on to a paragraph in which its speaker says "I" or "we"
    return None


def _block_quoted(found: _Attribution, lead: _Attribution) -> _Attribution:
    """A sentence of a block quotation: its speaker is the lead-in's, whatever it cites (a cue
    inside it is read only for the kind, docs/rules.md §2), unless it opens with a quotation."""
    note = f"a block quotation after the lead-in: {lead.source} speaks"
    return _Attribution(
        source=lead.source,
        source_type=lead.source_type,
        cues=found.cues if found.source_type != "author" else [],
        notes=[note],
        end=found.end,
    )


# a headline that names whose statement or remarks the page prints ("Statement from NOAA
# Administrator X on …", "FBI Director X's Statement on …", "Remarks by X")
_STATEMENT_TOPIC = (
    r"(?:\s+(?:on|at|about|regarding|to|before|following)\b.*)?$"  # "… on the report"
)
_STATEMENT_BY = re.compile(
    rf"\b(?:Statement|Remarks)\s+(?:from|by)\s+(?P<np>[^:;,]+?){_STATEMENT_TOPIC}"
)
_STATEMENT_OF = re.compile(
    rf"^(?:A\s+)?(?P<np>[A-Z][^:;,]*?)(?:['\u2019]s)?\s+(?:Statement|Remarks){_STATEMENT_TOPIC}"
)


def _headline_speaker(sentences: list[_Sentence]) -> _Attribution | None:
    """Whose statement a page prints, when its headline says so: its quotations with no cue of
    their own are that speaker's (docs/rules.md §2, "A lead-in, then the statement")."""
    if not sentences or sentences[0].paragraph != 0:
        return None
    headline = sentences[0].text.strip()
    match = _STATEMENT_BY.search(headline) or _STATEMENT_OF.match(headline)
    if not match or match.group("np").split()[0].lower() in {"joint", "a", "the"}:
        return None
    source, source_type, _ = _source_type(match.group("np").strip(), [])
    if source_type not in {"named_person", "named_group"}:
        return None
    return _Attribution(source=source, source_type=source_type)


def _quotes_to_speakers(sentences: list[_Sentence]) -> None:
    """A quotation without its own cue belongs to whoever its block names, else the last, else
    the speaker a statement's headline names."""
    by_block: dict[int, _Attribution] = {}
    for item in sentences:
        if item.starts_quoted and item.attribution.cues:
            by_block.setdefault(item.block, item.attribution)
    last: _Attribution | None = _headline_speaker(sentences)
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
        elif item.person and not item.starts_quoted:  # '… Ann Lee is a coach. "I love it."'
            last = _Attribution(source=item.person, source_type="named_person")
    _papers_carry_on(sentences)


# a case's own papers as the source of an account ("According to court documents, …")
_CASE_PAPERS = re.compile(
    r"\b(?:court (?:documents|records|filings)|(?:the|an?) (?:superseding )?indictment|"
    r"(?:the|a) (?:criminal )?complaint|(?:his|her|their|the) plea agreements?|"
    r"charging documents|documents filed|(?:the|an) affidavit|evidence presented)\b",
    re.IGNORECASE,
)
# the case itself, told by the author: where the papers' account ends
_PROCEEDING = re.compile(
    r"\b(?:pleaded|pled|sentenced|sentencing|convicted|faces|facing|investigat\w*|prosecut\w*|"
    r"announced|trial|jury|judge|charged|indicted|arrested|extradited|scheduled|"
    r"injured|killed|wounded)\b",
    re.IGNORECASE,
)
# "I", "we": a speaker's own voice (used here and by _analyze_speakers, which imports it)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|we're|we've|our|us)\b")


def _papers_carry_on(sentences: list[_Sentence]) -> None:
    """Sentences after "According to court documents, …" that go on telling what the defendant
    did, with no source, cue or quotation of their own, carry the papers' account on until the
    author tells the case itself (a plea, a sentence, an investigation: docs/rules.md §2, "How
    far reported speech carries"; the author's fact is also accepted there)."""
    papers: _Attribution | None = None
    for item in sentences:
        own = item.attribution
        if own.cues and own.cues[0] == "According to" and _CASE_PAPERS.search(own.source):
            papers = own
            continue
        if papers is None:
            continue
        if (
            own.source_type != "author"
            or own.cues
            or item.starts_quoted
            or _Q in item.outer
            or _PROCEEDING.search(item.text)
            or _FIRST_PERSON.search(item.outer)
            or item.paragraph == 0
        ):
            papers = None
            continue
        item.attribution = _Attribution(
            source=papers.source,
            source_type=papers.source_type,
            cues=list(papers.cues),
            notes=[f"the account of {papers.source} carried on, no new source"],
        )
