"""What a statement's wording says: the hedges that really hedge it and the boosters,
judgements and recommendations evidence cannot settle, denials (with or without a denial verb),
wishes and intentions, a headline's verb of criticism, and the evidence it offers.
"""

from __future__ import annotations

import re
from functools import cache

from medialit._analyze_lists import (
    _EMBEDDERS,
    _NAMING,
    _Q,
    _SPACES,
    _cue_class,
    _norm,
    _patterns,
    _span,
    _title_case,
    _tokens,
    _words,
)
from medialit._analyze_speakers import _Attribution, _in_relative_clause
from medialit._analyze_stance import act_not_cue as act_not_cue
from medialit._analyze_stance import body_stance, judged_in_other_words, quoted_judgement
from medialit._analyze_stance import courtesy as courtesy
from medialit._analyze_stance import denial_phrase as denial_phrase
from medialit._analyze_stance import expressed_state as expressed_state
from medialit._analyze_stance import first_statement as first_statement
from medialit._analyze_stance import labelled_false as labelled_false
from medialit._analyze_stance import loaded_word as loaded_word
from medialit._analyze_stance import stated_by as stated_by
from medialit._analyze_values import prediction as prediction
from medialit._analyze_values import value_judgement
from medialit._rules import words_of

_NEGATION = re.compile(r"\b(?:not|no|never|nothing|neither|nor|\w+n't)\b")
_NUMBER = re.compile(
    # a currency's code before the number: "approximately USD 25,500" (round 7)
    r"^(?:plus or minus |us |u\.s\. )?(?:a |an |\$|£|€|(?:usd|eur|gbp|hkd|cad|aud|inr|rmb|cny|"
    r"jpy|ngn|kes|zar|php|idr|rub|try|chf|sek|nok|brl|mxn)\s?)?"
    r"(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|"
    r"nine\b|ten\b|eleven\b|twelve\b|twenty\b|thirty\b|forty\b|fifty\b|hundred|thousand|"
    r"million|billion|dozen|half\b|a third|a quarter|one-|two-|three-|several hundred|"
    r"doubl|tripl|halv|quadrupl|"
    # "approximately an hour and a half", "about a week": a unit counted once
    r"(?:hour|minute|second|day|week|month|year|decade|century|mile|kilomet|metre|meter|foot|"
    r"pound|kilo|ton|percent|per cent)s?\b)"
)


_NOUN_BEFORE = frozenset({"the", "a", "an", "united", "its", "their", "his", "her", "these"})


@cache
def _complement_takers() -> frozenset[str]:
    """Words after which 'that' opens a reported clause, not a relative one ('said that')."""
    return (
        _words("reporting")
        | _words("say_verb")
        | frozenset(words_of("belief") + words_of("neutral"))
        | _words("complement_taker")
    )


def _embedded(lower: str, start: int, modal: bool = False, reach: int = 10) -> str:
    """The word opening an embedded clause the position lies in ("that", "which"), if any."""
    # the clause the position lies in, looked for in the last 300 characters (ten words)
    window = re.split(r"[,;:\"\u201c\u201d]", lower[max(0, start - 300) : start])[-1]
    words = _tokens(window)[-reach:]
    complement_takers = _complement_takers()
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in _words("ambiguous_cue") and i > 0 and words[i - 1] in _NOUN_BEFORE:
            continue  # "the United States", "the reports": a noun, not a verb of saying
        if word in _words("reporting") or word in _words("say_verb"):
            # "which critics say could …": the reporting verb itself sits in a relative clause
            before = " ".join(words[:i])
            return "which" if before and _in_relative_clause(before) else ""
        if word in _EMBEDDERS:
            if word == "that" and (i == 0 or words[i - 1] in complement_takers):
                return ""
            if word == "that" and words[i - 1] in {"and", "but"}:
                return ""  # "… and that has to change": a pronoun, no clause opens
            if modal and len(words) - 1 - i > 3:
                return ""  # "males who take part in raids also may …": the clause has ended
            if word == "if":
                return ""
            return word
    return ""


def _in_clause(lower: str, start: int) -> bool:
    """Does the position lie in a relative or adverbial clause (25 words back)?"""
    return bool(_embedded(lower, start, reach=25))


# "Models point to …", "the data points to …": only findings hedge with "point to" (§4)
_FINDINGS = re.compile(
    r"\b(?:data|models?|findings?|evidence|results?|figures|surveys?|stud(?:y|ies)|research|"
    r"analys[ie]s|records|statistics|signs|indicators|trends?|tests?|measurements?|"
    r"observations?|images?|samples?)\s*$"
)
# "May Chen, the captain, said": a first name opening the sentence, not the modal
_NAME_MAY = re.compile(r"May\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,")


def _hedges(text: str) -> list[str]:
    """The words that lower the certainty of the sentence itself (not of a number or clause)."""
    pats = _patterns()
    lower = _norm(text).lower()
    found: list[str] = []
    approximators = _words("approximator")
    for match in pats.hedge.finditer(lower):
        word = _SPACES.sub(" ", match.group(0))
        after = lower[match.end() : match.end() + 200].lstrip()
        before = lower[max(0, match.start() - 40) : match.start()].rstrip()
        if word == "about" or (word in approximators and _NUMBER.match(after)):
            continue  # a number's approximator, or "about" the preposition
        if word == "mostly" or (word.startswith("point") and not _FINDINGS.search(before)):
            continue  # "mostly …": how much, not how sure (§4); "26 points to lead": a noun
        if word == "estimate" and (
            _NUMBER.match(after)
            or re.search(
                r"\b(?:the|an?|its|their|this|that|our)\s+(?:[\w-]+\s+){0,2}$", before + " "
            )
        ):
            continue  # "the GDP estimate for the quarter": a statistic named, not a guess
        if (
            word == "may"
            and text[match.start()] == "M"
            and (match.start() > 0 or _NAME_MAY.match(text))
            and (
                not _title_case(text)
                or _MONTH.search(lower[max(0, match.start() - 12) : match.end() + 6])
            )
        ):
            continue  # the month or a name ("Theresa May"); in a title-case headline a modal
        if word == "could" and re.match(r"(?:not |n't )?be (?:further|\w+er|more|less)\b", after):
            continue  # "could not be prouder": emphasis, not doubt
        if word == "could" and (
            re.match(r"(?:not\s+|n't\s+|never\s+)(?!be\s+ruled|rule\s+out|have\b)", after)
            or re.search(r"\b(?:neither|nor|no one|nobody)\b[^,;]*$", before)
        ):
            continue  # "the family could not visit": an ability denied in the past, no doubt (§4)
        if word.startswith("appear") and re.match(r"(?:in|on|at|before|with|for)\b", after):
            continue  # "The findings appear in the journal": published, not a doubt
        if word in {"might", "kind of", "sort of"} and re.search(
            r"\b(?:the|a|this|that|what|any|some|every|its|their|his|her|our|same)$", before
        ):
            continue  # "the might of the Maghreb", "the kind of truth": nouns, not hedges
        if word.endswith(("believe", "think")) and after.startswith("in "):
            continue  # "we believe in a free press": a value held, not a guess
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
    counterfactual = _COUNTERFACTUAL.search(lower)
    if counterfactual and "would" not in found:  # "If they had the chance, they would …"
        found.append("would")
    return [_span(text, w) for w in found]


_MONTH = re.compile(
    r"(?:\b(?:in|on|of|since|until|by|last|next|this|past|early|late|mid|from|to|and|through)"
    r"[\s-]+"
    r"may\b|\bmay\s+\d)"
)
# a condition contrary to fact and what would follow: a guess (docs/rules.md §5, §10)
_COUNTERFACTUAL = re.compile(r"^if\b[^,]{3,120}\b(?:had|were)\b[^,]{0,80},[^,]{0,60}\bwould\b")


def _boosters(text: str) -> list[str]:
    pats = _patterns()
    lower = _norm(text).lower()
    found: list[str] = []
    for match in pats.booster.finditer(lower):
        word = _SPACES.sub(" ", match.group(0))
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
    return "should" in text.lower() and bool(_SHOULD_TIME.search(_norm(text)))


_SHOULD_TIME = re.compile(  # "before Friday", not "before leaving school"
    r"\bshould\s+(?:\w+\s+){0,4}?(?:(?:by|before|within)\s+(?!\w+ing\b|(?:it|they|we|he|she|"
    r"you|i|the|a|an|this|that)\b)|"
    r"(?:soon|tomorrow|next|later|this)\b)",
    re.IGNORECASE,
)


_RULING = re.compile(r"\b(?:ruled|rules|ordered|orders|decided|decides|held|decreed)\s+that\b")


# a law or rule that obliges: "under the law", "the rules say that", "by law"
_LEGAL = re.compile(
    r"\b(?:under|by)\s+(?:the\s+|a\s+|its\s+|new\s+|current\s+)*(?:law|laws|rules|"
    r"regulations|constitution|treaty|contract|agreement)\b|\b(?:law|laws|rules|regulations|"
    r"constitution|treaty|contract|act|bill|code)\s+(?:says?|said|states?|stated|requires?|"
    r"required|provides?|stipulates?)\s+(?:that\s+)?"
)


_RECORD = re.compile(r"\s+(?:since|in|on record|level|rate|point|figure|number|for)\b")
_NEED_DESCRIBED = re.compile(r"\b(?:was|were|had been) (?:a|the) $")  # "there was a need to"
_MODAL_BEFORE = re.compile(r"\b(?:will|would|may|might|could|shall|'ll)\s+(?:\w+\s+)?$")
# a wh- or whether-clause (_QUESTION_CLAUSE): what ought to be done is asked or assigned, not
# recommended; but a cleft that states a norm is advice, no remit: "That's how it should be.",
# "This is what we must do." (round 5)
_NORM_CLEFT = re.compile(
    r"^[\"\u201c']?(?:and\s+|but\s+|so\s+)?(?:that|this)(?:'s|\u2019s|\s+is)\s+(?:exactly\s+|just\s+|"
    r"precisely\s+)?(?:how|what|why|where|the\s+way)\s+(?:it|things|we|you|they|everyone|"
    r"a\s+\w+|the\s+\w+)\s+(?:should|must|ought\s+to|need\s+to|has\s+to|have\s+to)\b"
)
_WE_BEFORE = re.compile(r"\bwe\s+(?:all\s+|really\s+|still\s+|also\s+)?$")  # "that we need to"
_OWN_NEED = re.compile(r"\bi\s+(?:\w+ly\s+|also\s+|still\s+|just\s+)?$")
_PROUD = re.compile(
    r"\b(?:could|can)(?:n't|\s+not|\s+never|\s+hardly)\s+be\s+(?:prouder|happier|more\s+"
    r"(?:proud|pleased|grateful|thankful|delighted)|trusted|believed|relied\s+(?:on|upon)|"
    r"taken\s+seriously)\b|\bcannot\s+be\s+(?:trusted|believed|relied\s+(?:on|upon)|taken\s+"
    r"seriously)\b|\b(?:may|might)\s+as\s+well\b|\b(?:may|might|could)\s+(?:\w+\s+)?be\s+"
    r"(?:high\s+)?time\s+(?:to|for)\b"
)
# a sentence that opens with a verb of advice or appeal, no subject: an imperative (§2 rule 1)
_IMPERATIVE = re.compile(
    r"^\s*((?:think|remember|consider|imagine|stop|let's|let us|don't|do not|never forget|"
    r"make sure|keep|join|protect|stand up|speak up|ask|choose|learn|treat|respect|please|"
    r"beware|avoid|be careful|be kind|be aware)\b)"
    r"(?!\s+(?:of|is|are|was|were|has|have|had|and|or|for)\b)"
)
_QUESTION_CLAUSE = re.compile(r"\b(?:how|what|whether|when|where|if)\b")
_CLAUSE_END = re.compile(r"[,;:\"\u201c\u201d()]")


def _clause_before(lower: str, start: int) -> str:
    """The words of the clause before a position (back to a comma or quote; ten words)."""
    window = _CLAUSE_END.split(lower[max(0, start - 120) : start])[-1]
    return " ".join(window.split()[-10:])


def _described_call(lower: str, start: int) -> bool:
    """Is a 'call for' described, not made here: a noun ("Calls for reform grew", "the calls
    for", "growing calls for") or the verb of a relative clause ("the group, which called
    for …")?"""
    before = _clause_before(lower, start).split()
    if not before or before[-1] in _words("determiner") or before[-1].endswith("ing"):
        return True
    if "to" in before and before[-1] in {"and", "or", "to"}:  # "… to protest and call for …"
        return True  # a purpose, described
    if lower[start:].startswith("demand") and re.match(
        r"demands?\b\s*(?:[.,;:]|$|of\b|from\b)", lower[start:]
    ):
        return True  # "a dispute over censorship demands.": a noun
    # "ignored demands to return …", "despite calls for …": the noun, what others asked (round 7)
    if re.match(r"(?:demands|calls|appeals)\b", lower[start:]) and before[-1] in _CALL_OBJECT_OF:
        return True
    # "arrested because he called for protests": a call given as a reason or a time, described
    return any(w in {"which", "who", "because", "after", "since", "until"} for w in before)


# verbs and prepositions whose object "demands", "calls", "appeals" are, as nouns
_CALL_OBJECT_OF = frozenset(
    {
        *("ignored", "ignores", "ignore", "rejected", "rejects", "resisted", "resists"),
        *("defied", "defies", "heeded", "heeds", "answered", "met", "faced", "faces"),
        *("despite", "amid", "amidst", "against", "after", "following", "to", "with"),
    }
)


def _second_statement(lower: str, start: int, cues: list[str]) -> bool:
    """Is a recommendation verb the second statement of a sentence whose first is someone's
    report ("Ann told reporters the shop would close and called on the town to help")? The
    first main clause is keyed (docs/rules.md §2, one sentence holding two statements)."""
    said = [c.lower() for c in cues if c.lower() in _words("say_verb")]
    before = lower[max(0, start - 8) : start]
    return bool(said) and before.endswith(" and ") and 0 <= lower.find(said[0]) < start - 30


def _judgement(text: str, outer: str, cues: list[str]) -> str:
    """Why a statement is a judgement or recommendation evidence cannot settle ('' if not)."""
    pats = _patterns()
    lower = _CONTRACTED_BE.sub(r"\1 is", _norm(text).lower())  # "it's important" = "it is …"
    for cue in cues:
        if cue.lower() in _words("recommendation"):
            at = lower.find(cue.lower())
            if cue.lower().startswith("call") and at > 0 and _described_call(lower, at):
                continue  # "marched … to protest and call for …": a purpose, described
            return f"'{cue}' makes a recommendation"
    for match in pats.recommendation.finditer(lower):
        word = match.group(0)
        after = lower[match.end() : match.end() + 200].lstrip()
        if word in _words("deontic"):
            if _RULING.search(lower[max(0, match.start() - 90) : match.start()]):
                continue  # "the court ruled that the stations must reopen": an order reported
            if _LEGAL.search(lower[max(0, match.start() - 90) : match.start()]):
                continue  # "under the law, drivers must carry a licence": a rule reported
            if word == "must" and after.startswith(("have", "not have")):
                continue  # epistemic: "must have left" ("should have been" still judges)
            if word == "should" and _epistemic_should(lower[match.start() : match.start() + 200]):
                continue
            if (
                word in {"need to", "needs to", "has to", "have to"}
                and (
                    _embedded(lower, match.start()) or _MODAL_BEFORE.search(lower, 0, match.start())
                )
                and not _WE_BEFORE.search(lower, 0, match.start())
            ):
                continue  # "we will have to close": a necessity foreseen, not a recommendation
            if _NEED_DESCRIBED.search(lower[max(0, match.start() - 20) : match.start()]):
                continue  # "there was a need to act": a need described, no advice given
            if _QUESTION_CLAUSE.search(
                _clause_before(lower, match.start())
            ) and not _NORM_CLEFT.match(lower):
                continue  # "advise on how the holiday should be marked": a remit, no advice
            if word in {"have to", "need to"} and _OWN_NEED.search(lower, 0, match.start()):
                continue  # "I have to work two jobs": the speaker's own necessity, no advice
            return f"'{_span(text, word)}' (what ought to be done) makes a recommendation"
        if _second_statement(lower, match.start(), cues):
            continue  # "X told supporters … and called on the army to …": key the first (§2)
        if word.startswith(("call", "demand")) and _described_call(lower, match.start()):
            continue  # "Calls for a holiday grew", "the group, which called for …": described
        return f"'{_span(text, word)}' makes a recommendation"
    stance = body_stance(lower) or quoted_judgement(text) or judged_in_other_words(lower)
    if stance:  # "The agency condemns …", "praised his 'unmatched energy'" (§2, §3)
        return f"'{_span(text, stance)}': a stance or judgement declared in its own words"
    imperative = _IMPERATIVE.match(lower)
    if imperative and lower.rstrip(" \"'\u201d").endswith((".", "!")):  # "Think first.": advice
        return f"'{_span(text, imperative.group(1))}' (an imperative) makes a recommendation"
    proud = _PROUD.search(lower)
    if proud:  # "couldn't be prouder", "can't be trusted", "may as well": judged, advised (§5, §10)
        return f"'{_span(text, proud.group(0))}' is a judgement of value"
    judged = pats.judgement.search(lower)
    if judged and judged.group(0).endswith("wrong") and _CLAIM_FALSE.search(lower):
        judged = None  # "the report is wrong": a claim rejected (a denial), not a judgement
    if judged and judged.group(0) == "the lowest" and _RECORD.match(lower, judged.end()):
        judged = None  # "the lowest since 2009": a measured record, not a judgement
    if judged:
        return f"'{_span(text, judged.group(0))}' is a judgement of value"
    predicate = _value_predicate().search(lower)
    for nominal in _value_nominal().finditer(lower) if not predicate else ():
        if not _embedded(lower, nominal.start(), reach=25):  # "a league that is powerful"
            predicate = nominal
            break
    if predicate:  # "the decision was cruel": the judgement is the point, not a side word
        return f"'{_span(text, predicate.group(0))}' is a judgement of value"
    predicate = predicate or _SOMETHING_GOOD.search(lower)  # "it'll be something special"
    if predicate:
        return f"'{_span(text, predicate.group(0))}' is a judgement of value"
    value = value_judgement(lower, _norm(text), _in_clause)
    if value and not (value.endswith("wrong") and _CLAIM_FALSE.search(lower)):
        return f"'{value}': an evaluative word is the point, a judgement of value"
    duty = _DUTY.search(lower)
    if duty:  # "it is your task to …": what someone ought to do
        return f"'{_span(text, duty.group(0))}' says what ought to be done: a recommendation"
    naming = [c for c in cues if c.lower().split()[-1] in _NAMING]
    if naming and _Q in outer:
        return f"'{naming[0]}' + quoted words: the speaker puts a label on it, a judgement"
    return ""


@cache
def _value_predicate() -> re.Pattern[str]:
    """A value adjective as the predicate ("it was brave", "is simply cruel"), never as a side
    word before a noun ("brave reporters"): only there is the judgement the sentence's point."""
    words = "|".join(sorted(_words("value_adjective")))
    return re.compile(
        r"\b(?:am|is|are|was|were|be|been|being|remains?|remained|seems?|seemed|'s|'re|"
        r"become|becomes|became)"
        r"(?:\s+not)?(?:\s+(?:so|very|too|truly|deeply|simply|both|utterly|plainly|quite|"
        r"completely|totally|entirely|wholly|clearly|grossly|even\s+more|more|ever\s+more))?"
        rf"\s+(?:{words})\b(?!\s+(?!and\b|or\b|to\b|of\b|in\b|for\b|since\b|because\b|as\b|at\b|"
        r"on\b|with\b|after\b|during\b|when\b)[a-z]+\s+[a-z])"
    )


# "it's", "that's": the verb "is", so "it's important to" reads as "it is important to"
_CONTRACTED_BE = re.compile(r"\b(it|that|this|there|what|here)'s\b")
# "something (very) special": a value word on an empty noun, the whole point (§2 rule 1, §10)
_SOMETHING_GOOD = re.compile(
    r"\bsomething\s+(?:(?:very|really|truly|so)\s+)?(?:special|great|good|wonderful|amazing|"
    r"incredible|beautiful|terrible|awful|historic|remarkable|extraordinary)\b"
)
_DUTY = re.compile(
    r"\bit is (?:the|your|our|their|his|her|its|a)\s+(?:[a-z]+\s+)?(?:task|duty|"
    r"responsibility|obligation|mission)\s+(?:of|to)\b"
)


@cache
def _value_nominal() -> re.Pattern[str]:
    """A value word in the predicate: "it is good to see", "they are powerful tools", "is an
    excellent leader" (docs/rules.md §2 rule 1: the judgement is the sentence's point), never a
    side word before a noun in the subject ("powerful storms hit the coast")."""
    words = "|".join(sorted(_words("value_attribute")))
    return re.compile(
        r"\b(?:am|is|are|was|were|remains?|remained|seems?|seemed|isn't|aren't|wasn't)"
        r"(?:\s+not|\s+neither\s+[a-z]+\s+nor)?(?:\s+(?:a|an|the|such|so))?(?:\s+(?:very|truly|deeply|simply|utterly|extremely|"
        rf"so|really|also|both|not)){{0,3}}\s+(?:{words})\b(?!\s+than\b)(?!-)"
    )


def _rejects(content: str) -> str:
    """The words by which reported content rejects an accusation ('does not … breach')."""
    lower = _norm(content).lower()
    self_words = _patterns().self_allegation
    for neg in _NEGATION.finditer(lower):
        window = lower[neg.start() : neg.end() + 70]
        match = _patterns().allegation.search(window)
        if match and _PERCEIVED.search(window[: match.start()]):
            match = None  # "had not seen the accusations": not heard of them, no rejection
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
    ) or _CLAIM_FALSE.search(lower)
    return _span(content, match.group(0)) if match else ""


_PERCEIVED = re.compile(r"\b(?:seen|read|heard|received|reviewed|studied)\b")
# "the reports were completely untrue", "the accusations are false": a claim called not so
_CLAIM_FALSE = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|charges?|rumou?rs?|stories|story|that|this|"
    r"figures|numbers|accounts?|assertions?|suggestions?)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:is|are|was|were|had been|have been|has been)\s+"
    r"(?:\w+ly\s+)?(?:untrue|false|baseless|unfounded|groundless|fabricated|lies|nonsense|"
    r"a lie|made up|wrong|incorrect|inaccurate|misleading|unsubstantiated|unproven|bogus|"
    r"trumped up|politically motivated|not true|without (?:any )?(?:basis|foundation|merit))\b"
)


# a contested cue whose content narrows what others said: it rejects the rest (§3)
_RESTRICTION = re.compile(
    r"\b(?:only|merely|solely|nothing but|(?:(?<=is )|(?<=are ))just(?= an? ))\b"
)  # "is just a private company": it is that and no more, against those who say more
_DISTANCING_ADVERBS = frozenset({"reportedly", "allegedly", "supposedly", "purportedly"})
_STILL_NEVER = re.compile(
    r"\b(?:still|continues? to|has always|have always|always)\s+(?:\w+\s+){0,1}?"
    r"(?:says?|said|maintains?|maintained|insists?|insisted|argues?|claims?)\s+(?:that\s+)?"
    r"(?:it|he|she|they|we|i)\s+(?:never|did\s+not|didn't|had\s+not|hadn't|was\s+not|wasn't)\b"
)
# "says she had no history of drug use", "said it played no part in": the speaker rejects a
# charge about itself, in other words than a denial verb
_NO_PART = re.compile(
    r"\b(?:says?|said|insists?|insisted|maintains?|maintained|stresse[sd]|adds?|added)\s+"
    r"(?:that\s+)?(?:it|he|she|they|we|i)\s+(?:had|has|have|bore|bears|played|plays|took|"
    r"takes|was|were|is|are)\s+(?:had\s+)?no\s+(?:[\w-]+\s+){0,2}?(?:history|involvement|"
    r"knowledge|part|role|connection|links?|ties|contact|responsibility|wrongdoing|intention|"
    r"hand|record)\b"
)
_INNOCENCE = re.compile(
    r"\b(?:maintain(?:s|ed|ing)?|protest(?:s|ed|ing)?|assert(?:s|ed|ing)?|insist(?:s|ed)? on|"
    r"proclaim(?:s|ed|ing)?|declar(?:es|ed|ing))\s+(?:his|her|their|its|my|our)\s+innocence\b"
)


def _denies_in_other_words(text: str, attribution: _Attribution) -> str:
    """A denial without a denial verb (docs/rules.md §3): "insists it did nothing wrong",
    "maintains his innocence", "still says it never …", a contested cue before a negation."""
    lower = _norm(text).lower()
    for pattern, hint in ((_INNOCENCE, "innocen"), (_STILL_NEVER, "never"), (_NO_PART, "no ")):
        match = pattern.search(lower) if hint in lower or "not" in lower else None
        if match:
            return _span(text, match.group(0))
    contested = [c for c in attribution.cues if _cue_class(c) == "contested"]
    if contested and attribution.source_type != "author":
        after = lower[attribution.end :] if attribution.end else lower
        negation = _NEGATION.search(after[:80])
        if negation and len(_tokens(after[: negation.start()])) <= 5:
            return f"{contested[0]} … {negation.group(0)}"
        only = _RESTRICTION.search(after[:90])  # "maintained the camera recorded only traffic"
        if only and len(_tokens(after[: only.start()])) <= 7:
            return f"{contested[0]} … {only.group(0)}"
    return ""


@cache
def _feeling_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(_words("feeling")))
    return re.compile(
        r"\b(?:am|is|are|was|were|be|been|being|feel|feels|felt|remain|remains|remained|"
        r"'m|'re)(?:n't|\s+not|\s+never)?\s+(?:(?:so|very|too|more|less|really|\w+ly)\s+)?"
        rf"(?:{words})\b"
    )


def _feeling(text: str) -> str:
    """A feeling stated of someone ('are not happy', 'felt angry'): a mental state (§5)."""
    lower = _norm(text).lower()
    for match in _feeling_pattern().finditer(lower):
        if re.search(
            r"\b(?:don't|do not|never)\s*$", lower[max(0, match.start() - 12) : match.start()]
        ):
            continue  # "Don't be afraid!": an appeal, no one's feeling stated
        return _span(text, match.group(0))
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
