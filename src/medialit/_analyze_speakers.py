"""Who speaks in each sentence: an article cut into sentences with their quotations, the
source as written and its cue, pronouns resolved to the last speaker, quotations that run over
several sentences given to whoever their block names.

Sentences come from the package's one splitter (`medialit._article.split_sentences`).
"""

from __future__ import annotations

import re

from medialit._analyze_blocks import (
    _FIRST_PERSON,
    _block_lead,
    _block_quoted,
    _quotes_to_speakers,
)
from medialit._analyze_lists import (
    _AMBIGUOUS,
    _AS_SOON,
    _ASIDE_THEN_SAID,
    _AUX,
    _BE_END,
    _CHARGE,
    _CLAUSE_START,
    _CLOSING_QUOTE,
    _COLON_LABEL,
    _COORDINATED_SUBJECT,
    _DAYS,
    _DETERMINERS,
    _DOCUMENT_BY,
    _EMBEDDERS,
    _FINITE,
    _HOW_SOON,
    _INNOCENCE_OBJECT,
    _KEEP_IN_CUE,
    _NAMED_THEN_SAYING,
    _NAMING,
    _NOT_A_SPEAKER,
    _OF_BODY,
    _PAREN_LABEL,
    _PARTICIPLES,
    _PASSIVE_DENIAL,
    _PASSIVE_END,
    _PREPOSITION,
    _Q,
    _QUANTIFIERS,
    _QUOTE_SOON,
    _QUOTES,
    _RELATIVE,
    _SPACES,
    _SUBJECT_THEN_SAYING,
    _cue_class,
    _day_name,
    _has_clause,
    _norm,
    _outer,
    _patterns,
    _quote_mask,
    _title_case,
    _tokens,
    _turns,
    _verb_inside,
    _words,
)
from medialit._analyze_sources import NO_ONE, _source_type
from medialit._analyze_stance import act_not_cue, labelled_false, public_reaction, stated_by
from medialit._analyze_types import _Attribution, _Sentence
from medialit._article import split_paragraphs, split_sentences

# A pronoun or a surname is resolved among the last speakers named (an article names a few
# dozen): a bound, so that a long text costs time in proportion to its length.
SPEAKER_MEMORY = 100

_DATELINE = re.compile(
    r"^(?:\([A-Za-z .]+\)\s*[-\u2014\u2013]+\s*|[A-Z][A-Z .,'-]{2,}(?:\s*\([A-Za-z .]+\))?\s*"
    r"[-\u2014\u2013]+\s*)"
)
# a place in title case before a dash, as datelines print it ("Nairobi \u2014", an en dash too)
_PLACE_DATELINE = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*[\u2014\u2013]\s*(?=[A-Z])")
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
_TIME_NOUNS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "evening",
     "afternoon", "night", "time", "season", "decade"}
)  # fmt: skip
# round 5: "he"/"she" with no speaker before is a person the text names, if it names one (two
# capitalised words not opening a sentence, "Mr Hale", "President Nixon", "Ann Lee")
_PRONOUN_NOTE = "a person the text names, though not as a speaker"
_NAME_IN_BODY = re.compile(
    r"\b(?!(?:The|A|An|This|That|These|Those|In|On|At|As|For|But|And|When|If|After|Our|"
    r"We|It|They|He|She)\b)[A-Z][a-z]+\.?\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+"
)
# a subject that is only a name ("Krisher-Steele", "Ann Lee"): "claims", "notes" after it is a
# verb even without "that" (round 8); "The EU" (a determiner first) is not only a name
_NAME_ONLY = re.compile(
    r"(?!(?:The|A|An|This|Its|His|Her|Their|Our)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
)
_CLAUSE_OPENER = re.compile(
    r"\s+(?:(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we)\b|[A-Z][a-z]|\d)"
)
_PERSON_START = re.compile(  # "Tom Hale is …", "Mara Holt, an independent candidate, …"
    r"(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)(?=\s+[a-z]|,\s+(?:a|an|the|\d)\b)"
)
# the end of a speaker set off by commas: "The bridge, the mayor said on Friday, will …"
_ASIDE_END = re.compile(
    r"\s*(?:(?:on|in|at|last|this|late|early|earlier)\b[^,.;]{0,25}|(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|yesterday|today)?,",
    re.IGNORECASE,
)
_QUOTED_AS = re.compile(
    r"\bquoted\s+(?P<np>[^,;:\u00ab]{2,80}?)\s+as\s+(?:saying|telling|stating|warning)\b"
)
# after a quotation, a clause of its own ('"…" because they feared'), not its speaker
_NOT_AFTER_QUOTE = (
    _words("subordinator") | _words("connective") | _EMBEDDERS | {"or", "because", "since"}
)
# a person named after a lowercase role: "farmer Jeff Fisher can …", "journalist Ann Lee said"
_ROLE_NAME = re.compile(
    r"\b(?!(?:after|over|under|other|whether|either|neither|rather|later|never|ever|together|"
    r"another|however|former|per)\b)[a-z]+(?:er|or|ist|ian|ant|ent|ess)(?:\s+(?:is|was))?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?"
    r"(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=\s+[a-z]|\s*,)"
)


# Words between a speaker and the cue verb ("has said", "officially deny", "don't believe").
_PRE = re.compile(
    r"(?<![\w'’.-])(?:(?:has|have|had|also|officially|now|later|again|publicly|repeatedly|still|do|does|just|"
    r"long|already|often|since|once|always|even|first|"
    r"did|not|don't|doesn't|didn't|never|(?!family|assembly|ally|supply|rally)(?-i:[a-z]+ly))\s+){0,3}$",
    re.IGNORECASE,
)


# a determiner or possessive right before an ambiguous cue makes it a noun ("its claims")
_POSSESSED = re.compile(
    r"(?:\b(?:its|their|his|her|our|my|your)\s+(?:[a-z-]+\s+)?|\b(?:the|these|those)\s+)$",
    re.IGNORECASE,
)


_NAME_AUX = re.compile(r"(?:Am|May|Will)$")  # spelt like a verb, capitalised as a name


def _np_ok(np: str, max_words: int = 20) -> bool:
    words = _tokens(np)
    if not words or len(words) > max_words or _Q in np:
        return False
    low = [_norm(w).lower() for w in words]
    cased = [_norm(w) for w in words]  # "The WHO" is a name, "who" a relative pronoun
    if "who" in cased[1:]:  # "a farmer who asked not to be named": the clause describes him
        low = low[: cased.index("who", 1)]
    if any(w in _AUX and not _NAME_AUX.match(c) for w, c in zip(low, cased, strict=False)):
        return False  # a verb inside; a name's "Am", "May", "Will" ("Am Sam Ath") is no verb
    return low[-1] not in _DETERMINERS | _words("dangling_word")


def _strip_opening(np: str) -> str:
    """Drop a dateline, a leading connective or adverbial ("However,", "On Friday,")."""
    np = _DATELINE.sub("", np).strip()
    np = _PLACE_DATELINE.sub("", np).strip()  # "Nairobi — Human rights advocates": round 5
    np = _COLON_LABEL.sub("", _PAREN_LABEL.sub("", np))  # a transcript's label: not the speaker
    np = _INTERJECTION.sub("", np)  # "Voice of America, however, disputes"
    while "," in np:
        head, rest = np.split(",", 1)
        head_words = head.strip().lower().split()
        if not head_words:
            np = rest.strip()
            continue
        opener = (
            head.strip().lower() in _words("connective")
            # "Earlier this month,", "Later that day,": a time, not the speaker
            or (head_words[0] in _words("connective") and head_words[-1] in _TIME_NOUNS)
            or head_words[0] in _words("opening_preposition")
            or (head_words[0] in _DAYS and not _day_name(head.strip()))
            or head_words[0] in _words("subordinator")
            or head_words[0] in _PARTICIPLES  # "Asked whether …, she said"
            # "attended by reporters,", "accompanied by aides,": a side detail, not the speaker
            or (len(head_words) > 1 and head_words[0].endswith("ed") and head_words[1] == "by")
        )
        if not opener:
            break
        np = rest.strip()
    first = np.split(" ", 1)
    if len(first) == 2 and first[0].lower() in _words("leading_conjunction") | {"as"}:
        np = first[1]  # "as several residents told reporters, …": the residents
    return np.strip(" ,")


def _in_relative_clause(np: str) -> bool:
    """Does the speaker sit inside a relative clause ('The plan, which critics say …')?"""
    low = [_norm(w) for w in _tokens(np)]  # lowercase only: "The WHO" is a name
    for i in range(len(low) - 1, -1, -1):
        if low[i] in _words("relative_pronoun"):
            tail = low[i + 1 :]
            if low[i] == "that" and tail and tail[0] in _TIME_NOUNS:
                continue  # "Later that week she said": a time, no relative clause
            if low[i] == "who" and tail:  # "a farmer who lives nearby said": who + its verb
                return False
            return not any(w in _AUX or w in _FINITE or w.endswith("ed") for w in tail)
    return False


def _cue_text(match: re.Match[str]) -> str:
    """The cue as written, with its auxiliary or negation ("has said", "don't believe")."""
    pre = [w for w in match.group("pre").split() if w.lower() in _KEEP_IN_CUE]
    return " ".join([*pre, _SPACES.sub(" ", match.group("cue"))])


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
    if match.group("cue")[:1].isupper() and (paragraph != 0 or not _title_case(outer)):
        return False  # "… in the United States.": part of a name, not a verb
    if _tokens(np) and _tokens(np)[0].lower() in _EMBEDDERS:
        return False  # "…, where many users called for …": a relative clause, no speaker
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


def _inverted_np(match: re.Match[str]) -> str:
    """The speaker after '«Q» said': a long title and name cut before the body it belongs to
    ("said Assistant Attorney General Makan Delrahim of the Department of Justice's Antitrust
    Division": the person, named in its first five words)."""
    np = match.group("np")
    if _np_ok(np, 10):
        return np
    head = _OF_BODY.split(np, maxsplit=1)[0]
    return head if head[:1].isupper() and _np_ok(head, 10) else np


def _attribution(outer: str, paragraph: int, speakers: list[tuple[str, str]]) -> _Attribution:
    """Who speaks in a sentence, from the words outside its quotations."""
    pats = _patterns()
    found: list[tuple[int, str, str, int]] = []  # (priority, np, cue, end of attribution)
    match = pats.according.search(outer)
    if match:
        np = match.group("np")
        by = _DOCUMENT_BY.match(np)  # "according to a report by the army": the army speaks
        found.append((0, by.group("author") if by else np, "According to", match.end()))
    match = _QUOTED_AS.search(outer) if "quoted" in outer else None
    if match and _np_ok(match.group("np"), 10):  # "state media quoted judge Ali Reza as saying"
        found.append((1, match.group("np"), "quoted … as saying", match.end()))
    match = pats.inverted.search(outer)
    np = _inverted_np(match) if match else ""
    if match and _np_ok(np, 10):
        found.append((1, np, match.group("cue"), match.end()))
    match = pats.inverted_end.search(outer)
    if (
        match
        and ":" in match.group(0)[len(match.group("np")) :]
        and not match.group("np")[:1].isupper()
    ):
        match = None  # "…, said the attacker fled: «…»": a clause said, no speaker named after
    end_np = match.group("np") if match else ""  # ", said the report came out": a clause
    if (
        match
        and _np_ok(end_np, 12)
        and not _NOT_A_SPEAKER.match(end_np)
        and not _verb_inside(end_np)
    ):
        found.append((1, end_np, match.group("cue"), len(outer)))
    trimmed = _TRAILING.sub(".", outer)
    if outer.startswith(_Q):  # '"A," Governor Silva said, "but B."': the speaker in the middle
        outer_end = _CLOSING_QUOTE.sub(".", trimmed)
        match = pats.inverted.search(outer_end)
        np = _inverted_np(match) if match else ""
        if match and _np_ok(np, 10):
            found.append((1, np, match.group("cue"), len(outer)))
    else:
        outer_end = trimmed
    match = pats.final_quote.search(outer_end)
    if not (match and _final_ok(match, outer_end, paragraph)):
        match = pats.final.search(outer_end)
    if match and match.group("cue").lower().endswith("ing"):
        match = None  # ", disputing the result": a participle, not the speaker's verb
    if match and _final_ok(match, outer_end, paragraph):
        priority = 1 if match.group(0).startswith(_Q) else 3
        np = _CHARGE.sub("", match.group("np"))  # "…, a charge Nordnet rejects": Nordnet
        if np != match.group("np") and _cue_class(match.group("cue")) == "denial":
            priority = 1  # "Critics say …, a claim the minister denies": the denial closes it
        found.append((priority, np, _cue_text(match), len(outer)))
    match = _PASSIVE_DENIAL.search(outer) if " by " in outer else None
    if match and _np_ok(match.group("np"), 10) and not _act_object(outer[: match.start()]):
        found.append((2, match.group("np"), match.group("cue"), match.end()))
    body = _DATELINE.sub("", outer)
    offset = len(outer) - len(body)
    body = _ASIDE_THEN_SAID.sub(lambda m: "," + " " * (len(m[0]) - 1), body)  # offsets hold
    for match in pats.cue.finditer(body):
        cue = _SPACES.sub(" ", match.group(0)).lower()
        prefix = body[: match.start()]
        tail = prefix[-80:]  # the words just before the verb: a short search, not a long one
        pre = _PRE.search(tail)
        np_raw = prefix[: len(prefix) - len(tail) + pre.start()] if pre else prefix
        progressive = _BE_END.search(np_raw)
        if cue in _words("progressive"):
            if not progressive:
                continue  # "Flood warning confirmed": an -ing form is a cue only after is/are
            np_raw = np_raw[: progressive.start()]  # "the party is rejecting": "the party"
        elif _PASSIVE_END.search(np_raw):
            break  # passive ("have been reported") or an infinitive: no one speaks here
        last = _tokens(np_raw)[-1:] or [""]
        if np_raw.rstrip()[-1:].isalnum() and (
            last[0].lower() in _DETERMINERS | _QUANTIFIERS
            or last[0].isdigit()
            or _norm(last[0]).lower().endswith("'s")  # "the country's estimated 150 million"
        ):
            continue  # "detained two suspects", "the claims office": a noun, not a verb
        first, _, second = np_raw.rpartition(", and ")
        verb = any(w in _AUX or w in _FINITE or w.endswith("ed") for w in _tokens(first.lower()))
        if (
            (verb or "," not in first)
            and len(_tokens(first)) >= 5
            and 0 < len(_tokens(second)) <= 4
            and _Q not in np_raw
        ):
            note = "the sentence's first main clause is the author's; the speaker comes after"
            return _Attribution(notes=[note])  # "Protesters had …, and Britain said …" (§2)
        after_quote = np_raw.rsplit(_Q, 1)[1].lstrip(" ,") if _Q in np_raw else ""
        if after_quote and after_quote.split()[0].lower() not in _NOT_AFTER_QUOTE:
            np_raw = after_quote  # '"…," he told VOA while loading seed': he speaks
        np = _strip_opening(np_raw)
        if "," in np and _ASIDE_END.match(body, match.end()):
            np = np.rsplit(",", 1)[1].strip()  # "The suspect, police said, fled": police
        if np.split(" ", 1)[0].lower() in _EMBEDDERS and len(_tokens(np)) == 1:
            continue  # "When asked to describe …": the verb has no subject here
        head, _, last_np = np.rpartition(",")
        head_words = [w.lower() for w in _tokens(head)[1:]]
        clause = any(
            w in _AUX or w in _FINITE or (len(w) > 4 and w.endswith("ed")) for w in head_words
        )
        if (
            head
            # "…, Paper Says"; "The ploy worked, the police said.": a clause before the comma
            and (len(_tokens(head)) >= (2 if paragraph == 0 else 5) or clause)
            and len(_tokens(body[match.end() :])) <= 4
            # "X, a rights group, said the … were …": what follows is said, X speaks
            and not (body[match.end() :].strip(" .!?") and _has_clause(body[match.end() :]))
            and _np_ok(last_np, 6)
            and _tokens(last_np)[0].lower() not in _words("relative_pronoun") | {"whose"}
        ):  # "A man robbed a bank on Friday, police said.": the speaker after the comma
            np = _CHARGE.sub("", last_np.strip())  # ", a charge Nordnet rejects"
        if np_raw.rstrip().endswith(",") and _RELATIVE.search(np):
            np = _RELATIVE.split(np, maxsplit=1)[0]  # "Ann, who …, said"
        rest = body[match.end() :]
        if not np_raw.strip():
            continue  # "Asked whether …": the sentence opens with the verb
        label = labelled_false(match.group(0) + rest.replace(_Q, " "))  # "denounced as false …"
        if (
            (
                not rest.strip(" .!?")
                or (
                    _PREPOSITION.match(rest)
                    and not _has_clause(rest, say=cue in pats.say)
                    and not label
                )
            )
            and not re.search(rf"[,:{_Q[0]}]", np_raw)
            and not _INNOCENCE_OBJECT.match(rest)
            and _cue_class(cue) != "denial"
        ):
            break  # "The trial continues.", "Talks continued on Tuesday.": nothing is said
        coordinated = _COORDINATED_SUBJECT.match(np)
        if coordinated and not _np_ok(np):  # "The club thanked Keane and said …": the club
            np = coordinated.group("np")
        if not _np_ok(np):
            break
        if not np_raw.rstrip().endswith(",") and _in_relative_clause(np):
            continue  # "The plan, which critics say could cost jobs, was approved"
        if match.group(0)[0].isupper() and paragraph != 0:
            continue  # "The United States": part of a name, not a verb
        # "Ann Lee claims the …": a verb, if a clause can start after it ("EU states then
        # imposed", "Climate fears grew", "News reports say": nouns)
        named_verb = _NAME_ONLY.fullmatch(np) and _CLAUSE_OPENER.match(rest)
        if cue in _AMBIGUOUS and not _CLAUSE_START.match(rest) and not named_verb:
            continue  # "The EU states then imposed": a noun; "Ann Lee claims the …": a verb
        if cue in _AMBIGUOUS and _POSSESSED.search(np_raw):
            continue  # "changed its false claims to …", "her hopes of": a noun, owned
        belief = _cue_class(cue) == "belief"
        takes_np = (
            cue in pats.np_cues
            # "Economists had expected a small rise", "Police suspect arson": a short subject
            # ("health workers try to isolate suspected cases": an adjective, no one believes)
            or (belief and len(_tokens(np)) <= 4 and "to" not in _tokens(np.lower()))
            or _cue_class(cue) == "endorsing"
            or cue in _words("denial_extra")
            or cue in _words("progressive")
            or _cue_class(cue) == "distancing"  # "claimed victory", "alleged fraud"
        )
        preposition = _PREPOSITION.match(rest) and not label
        if takes_np and preposition and not _has_clause(rest, belief):
            break  # "Ebola case confirmed in Congo": a passive participle, no one speaks
        if (
            cue not in pats.say
            and not takes_np
            and not _has_clause(rest, belief)
            and not _INNOCENCE_OBJECT.match(rest)  # "He maintains his innocence": he speaks
        ):
            break
        if cue in _NAMING and not (
            _QUOTE_SOON.match(rest)
            or (not cue.startswith("call") and _AS_SOON.match(rest))
            or (cue.startswith("describ") and _HOW_SOON.match(rest))  # "described how …"
        ):
            break
        words = (pre.group(0).split() if pre else []) + [match.group(0)]
        wrong = [w for w in words if w.lower() in _words("correction_adverb")]
        if wrong:  # "Lavrov incorrectly said …": the author corrects the source (§3)
            note = f"'{wrong[0]} {words[-1]}': the author says the source was wrong"
            return _Attribution(notes=[note])
        kept = [w for w in words if w.lower() in _KEEP_IN_CUE] + [words[-1]]
        found.append((2, np, " ".join(kept), offset + match.end()))
        break
    opening = _strip_opening(outer)
    match = _SUBJECT_THEN_SAYING.match(opening) if not found else None
    rest = opening[match.end() :] if match else ""
    if (  # "Experts were cautious, warning that …" (not "It was cold, adding to the misery")
        match
        and _np_ok(match.group("np"), 6)
        and not _PREPOSITION.match(rest)
        and _has_clause(rest)
    ):
        found.append((3, match.group("np"), match.group("cue"), len(outer)))
    match = _NAMED_THEN_SAYING.match(opening) if not found else None
    if match and _np_ok(match.group("np"), 10) and len(opening[match.end() :].split()) >= 3:
        np = match.group("np")  # "Former champion Ann Lee offered condolences, saying …"
        if _source_type(np, [])[1] in {"named_person", "named_group"}:
            found.append((3, np, match.group("cue"), match.end()))
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
        word = _SPACES.sub(" ", extra.group("cue"))
        if word.lower() not in {c.lower() for c in attribution.cues}:
            attribution.cues.append(word)
    return attribution


def _stated_or_act(found: _Attribution, outer: str) -> _Attribution:
    """A subject that states a view or finding with a verb the cue lists leave out speaks
    ("Analysts … expressed doubts", "Scientists from X report …"); a cue verb used for an act
    hands nothing to anyone ("Pakistan agreed to cooperate") (docs/rules.md §3, §6)."""
    stated = stated_by(outer) if found.source_type == "author" else None
    if stated:
        source, source_type, note = _source_type(stated[0], [])
        if source_type not in {"author", "vague"} and _np_ok(stated[0], 13):
            notes = [note] if note else []
            return _Attribution(source, source_type, [stated[1]], notes, span=stated[0])
    held = _HELD_BY.search(outer) if found.source_type == "author" and not found.cues else None
    holder = (held.group("np") or held.group("np2") or "").rstrip(" .") if held else ""
    if held and _np_ok(holder, 12):  # "There are accusations from X that …": X's
        source, source_type, note = _source_type(_strip_opening(holder), [])
        if source_type != "author":
            cue = held.group("cue") or held.group("cue2")
            return _Attribution(source, source_type, [cue], [note] if note else [], span=source)
    if found.source_type == "author" and not found.cues and public_reaction(outer):
        note = f"'{public_reaction(outer)}': a public reaction with no one named"
        return _Attribution(NO_ONE, "vague", [], [note])
    if act_not_cue(found.cues, outer[found.end :]):
        note = f"'{found.cues[0]}' takes an object here, no reported content: an act"
        return _Attribution(notes=[note])
    return found


def _segment(text: str) -> list[_Sentence]:
    """Sentences with their quotation state and local attribution."""
    sentences: list[_Sentence] = []
    speakers: list[tuple[str, str]] = []
    block, open_block = -1, False
    paragraphs = [paragraph for _, paragraph in split_paragraphs(text)]
    turns = _turns(paragraphs)
    block_lead: _Attribution | None = None  # "X said:" closing the paragraph before
    block_goes_on = False  # the paragraph before was a block quotation's
    for number, paragraph in enumerate(paragraphs):
        inside = False
        carried = open_block
        first = len(sentences)
        if block_lead is not None and (
            turns[number]
            or paragraph.lstrip()[:1] in _QUOTES  # a quotation in marks, a turn: their own rules
            or (block_goes_on and not _FIRST_PERSON.search(_UNQUOTED.sub(" ", paragraph)))
            or paragraph.rstrip().endswith(":")  # a lead-in of its own (the quotation left out)
        ):
            block_lead = None
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
            item.attribution = _stated_or_act(_attribution(outer, number, speakers), outer)
            if block_lead is not None:
                item.attribution = _block_quoted(item.attribution, block_lead)
            if turns[number] and item.attribution.source_type == "author":
                label = turns[number]
                people = [name for name, kind in speakers if kind == "named_person"]
                if label == "A" and people:  # "Q: … A: …": the person the story introduced
                    label = people[-1]
                source, stype, _ = _source_type(label, speakers, speakers_only=True)
                item.attribution = _Attribution(
                    source=source,
                    source_type=stype,
                    cues=item.attribution.cues,  # "I think …" in an answer: still a belief
                    end=item.attribution.end,
                    notes=[f"{source} speaks here (the interview's label names the speaker)"],
                )
            if item.attribution.notes and item.attribution.notes[0].endswith(_PRONOUN_NOTE):
                body = " ".join(s.text for s in sentences if s.paragraph) + " " + sentence
                if not _NAME_IN_BODY.search(body):  # "he" with no person named: unnamed
                    item.attribution.source_type = "anonymous"
                    item.attribution.notes[0] = f"'{item.attribution.source}' names no one"
            source = item.attribution.source
            if item.attribution.source_type != "author" and source != NO_ONE:
                if source.lower() not in _words("pronoun"):  # an unresolved 'he' names no one
                    speakers.append((source, item.attribution.source_type))
            else:  # "Kofi Yamgnane is the spokesman …", "farmer Jeff Fisher can only look"
                person = _ROLE_NAME.search(outer)  # a title-case headline names no one
                if number != 0 or not _title_case(outer):
                    person = _PERSON_START.match(_strip_opening(outer)) or person
                name = person.group("name") if person else ""
                if name and _source_type(name, [])[1] == "named_person":
                    speakers.append((name, "named_person"))
                    item.person = name
            if len(speakers) > 2 * SPEAKER_MEMORY:  # a pronoun looks back so far, not further
                del speakers[:-SPEAKER_MEMORY]
            sentences.append(item)
            inside = still
        open_block = inside
        block_goes_on = block_lead is not None
        block_lead = _block_lead(sentences[first:], block_lead, number, turns, _strip_opening)
        block_goes_on = block_goes_on and block_lead is not None
    _quotes_to_speakers(sentences)
    return sentences


# what someone asserted, named by a noun with its holder: "accusations from opposition
# Democrats that …", "suggestions, by the adviser, that …", "Z accused of corruption by his
# successor" (a headline's passive): the holder is the source (docs/rules.md §3, §6)
_HELD_BY = re.compile(
    r"\b(?P<cue>accusations?|allegations?|claims?|suggestions?|charges?|assertions?|warnings?)"
    r"\s*,?\s+(?:from|by)\s+(?P<np>[^,;:]{3,80}?)\s*,?\s+that\b"
    r"|\b(?P<cue2>accused)\s+of\b[^,;:]{1,80}?\bby\s+(?P<np2>(?:his|her|their|its|the)\s+[^,;:]{2,40})$"
)
_UNQUOTED = re.compile(r"[\u201c\"][^\u201d\"]*[\u201d\"]")  # a quotation, to see what is outside
