"""What kind of source speaks: a speaker's words as written (the source phrase) given a source
type (docs/rules.md §6): the author, a named person, a named group, unnamed people
(anonymous) or no people at all (vague); pronouns and surnames resolved to speakers named
before.
"""

from __future__ import annotations

import re

from medialit._analyze_lists import (
    _APPOSITION,
    _DAY_NAME,
    _DAYS,
    _DETERMINERS,
    _QUANTIFIERS,
    _norm,
    _tokens,
    _words,
)
from medialit._rules import words_of

AUTHOR = "the article"
NO_ONE = "no one named"

# an adverb after the speaker's name, before the verb ("Lelisa later said"): not the speaker
_TRAILING_ADVERBS = frozenset(
    {"later", "also", "then", "again", "now", "previously", "earlier", "too", "once", "still",
     "first", "herself", "himself", "themselves", "itself", "repeatedly", "reportedly"}
)  # fmt: skip
# round 5: an aside between commas after the speaker ("X, in a statement,", "X, speaking on
# Monday,"): it says where or how the speaker spoke
_ASIDE = re.compile(
    r"(?<=\w),\s*(?:in|on|at|during|via|through|after|before|speaking|writing)\s+[^,]{2,80},?$"
)
# round 5: the records of a proceeding ("court documents", "his plea agreement", "the
# indictment") are a court's or a public body's documents, named by function: named_group
_RECORDS_OF_PROCEEDINGS = re.compile(
    r"\b(?:court|judicial|police|prosecution|charging|trial|case)\s+(?:documents?|records?|"
    r"filings?|papers|transcripts?)\b|\b(?:plea\s+agreements?|indictments?|criminal\s+"
    r"complaints?|affidavits?|charge\s+sheets?)\b",
    re.IGNORECASE,
)
_GENERIC_PLURAL = re.compile(r"(?:ers|ists|ors|ians|ents|ics)$")
_NATIONALITY = re.compile(r"(?:ian|ese|ish|can|ean|i)$")


# a middle initial between two names ("James A. Dawson"): left out when names are counted
_MIDDLE_INITIAL = re.compile(r"(?<=[a-z] )[A-Z]\.\s+(?=[A-Z][a-z])")


def _source_type(
    np: str, speakers: list[tuple[str, str]], speakers_only: bool = False
) -> tuple[str, str, str]:
    """(source, source_type, note) for a speaker's words as written; pronouns resolved. "We"
    and "I" outside a quotation are the writer, unless `speakers_only` (a transcript's turn)."""
    pats_pron = _words("pronoun")
    # "Silva, who took office in 2022" -> "Silva"
    clean = re.sub(r",\s*(?:who|whose|which)\b[^,]*,?$", "", np.strip(" ,.:;")).strip()
    # round 5: "Trump, in an interview released Wednesday,": where or how, not who, speaks
    clean = _ASIDE.sub("", clean).strip() or clean
    low_words = [_norm(w).lower().strip(".,") for w in _tokens(clean)]
    while len(low_words) > 1 and low_words[-1] in _TRAILING_ADVERBS:
        clean = clean[: clean.rstrip().rfind(" ")].rstrip(" ,")  # "Lelisa later": Lelisa
        low_words = low_words[:-1]
    if not low_words:
        return NO_ONE, "vague", ""
    if len(low_words) == 1 and low_words[0] in {"we", "i"} and not speakers_only:
        return AUTHOR, "author", f"'{clean}' outside a quotation: the writer (an editorial's voice)"
    if len(low_words) == 1 and low_words[0] in pats_pron:
        person = low_words[0] in _words("personal_pronoun")
        for source, stype in reversed(speakers):
            if (stype == "named_person") == person:
                return source, stype, f"'{clean}' = {source}, named before"
        if speakers:
            source, stype = speakers[-1]
            return source, stype, f"'{clean}' = {source}, the last speaker named"
        if person:  # "he"/"she": a person the text names (checked: _NAME_IN_BODY, speakers)
            note = f"'{clean}' = a person the text names, though not as a speaker"
            return clean, "named_person", note
        return clean, "anonymous", f"'{clean}' refers to no speaker named before"
    if (
        len(low_words) > 1
        and low_words[-1] in _words("subject_pronoun")
        and low_words[-2] not in {"and", "or", "but"}
    ):  # "the last time he says", "Later she said": the pronoun speaks, the rest is a time
        return _source_type(_tokens(clean)[-1], speakers, speakers_only)
    if low_words[-1] in {"media", "outlets", "newspapers"} and not any(
        w[:1].isupper() for w in _tokens(clean)[1:]
    ):  # "Media speculated", "local media reported": unnamed bodies (§6)
        return clean, "anonymous", "unnamed bodies, described by a noun for a kind of body"
    if _RECORDS_OF_PROCEEDINGS.search(clean):  # docs/rules.md §6: documents of a named body
        return clean, "named_group", "the records of a court or a public body speak for it"
    unnamed = _unnamed_people(clean, low_words)
    if unnamed:
        return clean, "anonymous", unnamed
    country = _COUNTRYS_OFFICIALS.match(clean)
    if country and not _NOT_A_COUNTRY.match(country.group("origin")):
        # docs/rules.md §6: a country's officials are its government's; an office-holder known
        # only by title ("the Russian delegate") speaks for that office
        return clean, "named_group", "a country's officials or its office-holder speak for it"
    apposition = _APPOSITION.match(clean)
    if apposition and len(low_words) > 2:  # "Jane Dorn, a city engineer": Jane Dorn's type
        name = apposition.group("name")
        _, stype, note = _source_type(name, speakers)
        if stype in {"named_person", "named_group"} and name[:1].isupper():
            return clean, stype, note
    head = _person_head(low_words)
    if head < len(low_words):  # "Chinese scientists involved in the study": the people, not
        _, stype, note = _source_type(" ".join(_tokens(clean)[:head]), speakers)  # the study
        return clean, stype, note
    bodies = _words("function_body")
    if " ".join(low_words) in {"authorities", "the authorities", "officials"} and any(
        stype == "named_group" and any(w in bodies for w in source.lower().split())
        for source, stype in speakers
    ):  # docs/rules.md §6: "Authorities" the text ties to a named body are that body
        return clean, "named_group", "authorities of a body the text has named"
    body = [w for w in low_words if w not in {"the", "local", "state", "federal", "city", "there"}]
    if body and (
        " ".join(body) in _words("function_body")
        or (
            len(low_words) == 1 and low_words[0] in _words("org_word")  # "Council slams mayor"
        )
    ):
        note = "a public body named by its function, speaking as that body"
        return clean, "named_group", note  # "Police said", "the army said" (docs/rules.md §6)
    generic = _words("anonymous_head") | _words("vague_head")
    for source, stype in reversed(speakers):  # "Silva" after "Governor Maria Silva"
        if (
            len(low_words) == 1
            and low_words[0] not in generic  # "Police" after "US police" is no surname
            and source.lower().split()[-1] == low_words[0]
            and source != clean
        ):
            return source, stype, f"'{clean}' = {source}, named before"
    words = _tokens(_MIDDLE_INITIAL.sub("", clean))  # "James A. Dawson": two names side by side
    anonymous, vague, orgs = _words("anonymous_head"), _words("vague_head"), _words("org_word")
    titles = _words("person_title")
    if _TITLED_NAME.search(clean):  # "Dr. Ana Silva of the University of Porto": a person
        return clean, "named_person", ""
    proper = []
    for i, word in enumerate(words):
        bare = _norm(word).rstrip(".,").removesuffix("'s")
        if not bare or not (bare[0].isupper() or bare[0].isdigit()):
            continue
        lowered = bare.lower()
        alone = len(words) == 2 or (len(words) > 2 and words[1].endswith(","))
        pair = f"{bare} {_norm(words[1]).rstrip('.,')}" if i == 0 and alone else ""
        if lowered in _DAYS and _DAY_NAME.fullmatch(pair) and not pair.endswith(" Day"):
            pass  # "May Chen", "May Chen, the captain": a first name ("Sunday Times" a paper)
        elif lowered in _DAYS | _DETERMINERS | _QUANTIFIERS or lowered in _words("connective"):
            continue
        if i == 0 and (lowered in anonymous or lowered in vague):
            continue
        if i == 0 and lowered in orgs and len(words) == 1:
            continue
        title_case = bare[1:].islower()  # "Health", not "NASA"
        named_body = _norm(words[-1]).lower().strip(".,") in orgs  # "Evidências news site"
        if (
            i == 0
            and title_case
            and len(words) > 1
            and words[1][:1].islower()
            and lowered not in orgs
            and not named_body
            and not _norm(word).rstrip(".,").endswith("'s")  # "Rwanda's president": a name
        ):
            continue  # "Health officials": capital only because the sentence starts there
        if i == 0 and title_case and len(words) == 1 and _GENERIC_PLURAL.search(lowered):
            continue  # "Astronomers", "Residents": a plural common noun, not a name
        nxt = words[i + 1] if i + 1 < len(words) else ""
        origin = _NATIONALITY.search(lowered) or lowered in _words("origin_adjective")
        possessive = _norm(word).rstrip(".,").endswith("'s")  # "Rwanda's president": a name
        if (
            origin
            and not possessive
            and (nxt[:1].islower() or _norm(nxt).lower() in _words("origin_adjective"))
        ):
            continue  # "Russian military experts", "Western officials": an adjective, not a name
        proper.append((i, lowered))
    head_informant = any(w in _words("informant_head") for w in low_words)
    if proper:
        first_proper = proper[0][0]
        before = low_words[:first_proper]
        if head_informant and any(w in _words("informant_link") for w in before):
            return clean, "anonymous", ""
        listing = "," in clean or " and " in clean
        if low_words[0] == "the" and first_proper == 1 and not any(w in titles for w in low_words):
            return clean, "named_group", ""  # "the Daily Courier": a person's name takes no "the"
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
    chunk = re.split(r"\b(?:published|released|issued|conducted|carried)\b", chunk)[0]
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
        if low_words[-1] in _people_nouns():  # "experts say": a noun for people (§6)
            return clean, "anonymous", "unnamed people, however thin the description"
        return clean, "vague", ""
    return clean, "anonymous", ""


# "Malaysian police", "Afghan officials", "the Russian delegate": a nationality adjective
# (a capital, not a place's compass word) before a body's officials or an office
_COUNTRYS_OFFICIALS = re.compile(
    r"^(?:(?P<the>the)\s+)?(?P<origin>[A-Z][a-z]+(?:ian|ese|ish|can|ean|an|i|ch|ic))\s+"
    r"(?:(?:police|officials|authorities|government|military|army|prosecutors|ministry|"
    r"security\s+forces|armed\s+forces)"
    r"|(?(the)(?:delegate|delegation|representative|ambassador|envoy|mission|foreign\s+minister|"
    r"president|prime\s+minister)|(?!)))$"
)
_NOT_A_COUNTRY = re.compile(
    r"^(?:Western|Eastern|Northern|Southern|Foreign|Local|Arab|African|European|Asian|Latin|"
    r"American|Muslim|Christian|Jewish|Republican|Democratic|Islamic|Catholic)$"
)


def _person_head(low_words: list[str]) -> int:
    """Where the description of unnamed people ends: after the noun for people, before a
    participle that describes them ("soldiers interviewed by the newspaper", "scientists
    involved in the study", "a spokesman speaking on condition of anonymity"). The length
    of the list when no participle follows such a noun."""
    people = _words("anonymous_head")
    for i, word in enumerate(low_words[:-1]):
        after = low_words[i + 1]
        if word in people and len(after) > 4 and after.endswith(("ed", "ing")):
            return i + 1
    return len(low_words)


_TITLED_NAME = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen)\.?\s+[A-Z][\w'’-]+\s+[A-Z]")
# officials of a body the text names speak for it, on the record (§6): not "people in a place"
_SPEAKS_FOR_A_BODY = frozenset(
    {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "authorities",
     "police", "prosecutors", "leaders", "members", "staff", "employees"}
)  # fmt: skip
_COUNTING = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "several", "many", "some", "few", "dozens", "hundreds", "thousands", "numerous", "other"}
)  # fmt: skip
_ONE_OF = re.compile(
    r"^(?:at\s+least\s+)?(?:one|two|three|four|five|some|several|many|most|none|each|both|"
    r"all|few)\s+of\s+(?:the|these|those|their|his|her)\s+(?:[a-z-]+\s+)??(?P<people>[a-z]+)\b"
)
_GROUP_OF = re.compile(
    r"\b(?:group|team|panel|delegation|coalition|number|handful|dozen|couple)\s+of\s+"
    r"(?:(?:\d+|[a-z]+)\s+)?(?P<people>[a-z]+)\b"
)


def _people_nouns() -> frozenset[str]:
    return _words("anonymous_head") | _words("people_noun") | frozenset(words_of("people"))


def _unnamed_people(clean: str, low_words: list[str]) -> str:
    """Why a speaker is unnamed people whatever names stand in the description ('' if not):
    a noun for people counted or with "a" ("a United Nations official", "several Uyghurs"),
    a named person's family or lawyer ("her family", "Smith's lawyers"), a group of people
    ("a group of 16 lawyers"). docs/rules.md §6: the noun for people decides."""
    if "," in clean or len(low_words) < 2:
        return ""  # "a spokesman, John Smith": the name follows
    people = _people_nouns()
    one_of = _ONE_OF.match(" ".join(low_words))
    plain = {"women", "men", "people", "children", "girls", "boys", "others", "suspects"}
    if one_of and (
        one_of.group("people") in people | plain or one_of.group("people")[:-1] in people
    ):
        return "unnamed people, counted among others ('one of the women …')"
    before = re.split(r"\b(?:at|in|of|for|from|with)\b", " ".join(low_words))[0].split()
    if (
        low_words[0] in {"a", "an", "one"}
        and len(before) >= 2
        and before[-1] in people
        and not any(w[:1].isupper() for w in _tokens(clean)[1 : len(before)])
    ):  # "a spokesman at the U.S. embassy": one unnamed person, whichever body (§6)
        return "one unnamed person with 'a', even speaking for a named body"
    last, raw_last = low_words[-1], _norm(_tokens(clean)[-1])
    if low_words[0] in _COUNTING or low_words[0].isdigit():
        if last in people:  # "an Acme spokesman": one unnamed person, whichever body (§6)
            return "unnamed people, described by what they are"
        plural_name = raw_last[:1].isupper() and last.endswith("s") and low_words[0] != "a"
        if plural_name and low_words[0] not in {"an", "one"}:
            return "unnamed people, counted ('several …'): a group of people, not a name"
    if (
        len(low_words) <= 4
        and last in people
        and not last.startswith("spokes")
        and any(w.endswith("'s") for w in low_words[:-1])
    ):  # ("Brandt's spokeswoman" speaks for Brandt, on the record: named)
        return "a named person's family or helpers are unnamed people"
    head = re.split(
        r"\b(?:in|at|of|from|across|near|on|around|inside|outside)\b", " ".join(low_words)
    )
    words = head[0].split()
    if (
        len(head) > 1
        and words
        and words[-1] in people - _SPEAKS_FOR_A_BODY
        and not any(w[:1].isupper() for w in _tokens(clean)[1 : len(words)])
    ):  # "Parents in the region", "Doctors at the hospital": people, not the place
        return "unnamed people, wherever they are"
    group = _GROUP_OF.search(" ".join(low_words))
    if group and group.group("people") in people:
        return "a group of unnamed people"
    return ""
