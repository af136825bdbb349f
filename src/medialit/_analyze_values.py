"""Judgements of value found through a general lexicon, not a list fitted to some texts, and
forecasts in a main clause ("will", docs/rules.md §5; `prediction`).

docs/rules.md §2 rule 1: a judgement of value is opinion in anyone's voice; §10: a judgement in
a side word ("a standard rejoinder") leaves the author's fact, where the judgement is the point
opinion is the key. So an evaluative adjective counts where it is the sentence's point:
- the predicate: "the decision was unacceptable", "it is incredibly important that …", "has been
  particularly harsh", "I feel amazing" (a feeling said with a value word, §5);
- the head of the predicate: "it was an amazing moment", "they are powerful tools", "these
  efforts play an indispensable role";
- the label a naming verb puts on something: "called the plan a brilliant idea", "described
  him as 'a good man'" (§3, criticism and praise in their own words);
- a speaker's own stance: "I love it", "we encourage …", "we strongly condemn …".
Never as a side word before a noun in the subject or object ("a harsh winter hit the region").

The adjectives are data/analyzer.csv's class `evaluative`, derived once from Pattern's
subjectivity lexicon (benchmarks/make_evaluative.py), less class `checkable_adjective`
(subjective in reviews, but in news a state evidence can settle: "cold", "illegal", "famous")
and class `feeling` (a mental state, speculation by §5: "they are happy").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from medialit._analyze_lists import _norm, _span, _words

_COPULA = (
    r"(?:am|is|are|was|were|be|been|being|remains?|remained|seems?|seemed|'re|'m|"
    r"feel|feels|felt|looks?|looked|sounds?|sounded|becomes?|became)"
)
# words between the verb and the adjective: "is incredibly important", "was super special"
_INTENSIFIER = (
    r"(?:so|very|too|truly|deeply|simply|utterly|plainly|quite|really|super|always|also|just|"
    r"still|even|most|more|rather|pretty|all|both|particularly|incredibly|extremely|absolutely|"
    r"equally|especially|genuinely|totally|completely|entirely|clearly|certainly|definitely|"
    r"highly|hugely|enormously|remarkably|exceptionally|fundamentally|profoundly|undeniably)"
)
_DETERMINER = r"(?:a|an|the|such\s+an?|one\s+of\s+the|quite\s+an?|one)"
# what may follow a bare predicate adjective: the clause ends, or goes on with its complement
_PREDICATE_END = re.compile(
    r"\s*(?:$|[.,;:!?\"\u201d\u2019)\u2014-]|(?:and|or|but|to|that|for|of|in|about|because|"
    r"when|as|enough|with|at|on|by|if|given|since|while|from|throughout|until|during|"
    r"after|before|like)\b)"
)
# "the worst since 1987", "the best on record": a measured record, checkable
_RECORD_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?:since|on record|ever recorded|in (?:\d+|decades|years|a decade))\b"
)
_NAMING_AFTER = 160  # how far after "called" the label may stand (characters)
_NAMING = re.compile(
    r"\b(?:called|calls|call|calling|described|describes|describe|describing|branded|brands|"
    r"labell?ed|labels|dubbed|dubs|characteri[sz]ed|characteri[sz]es)\b"
    r"(?!\s+(?:for|on|off|up|upon|in|out|back|to)\b)",
    re.IGNORECASE,
)


@cache
def evaluative() -> frozenset[str]:
    """The evaluative adjectives the rules use (see the module's docstring)."""
    return _words("evaluative") - _words("checkable_adjective") - _words("feeling")


@cache
def _alternation() -> str:
    """The evaluative adjectives as one regex alternation, longest first."""
    return "|".join(sorted(evaluative(), key=len, reverse=True))


@cache
def _predicate() -> re.Pattern[str]:
    words = _alternation()
    return re.compile(
        rf"\b{_COPULA}(?:n't|\s+not|\s+never)?(?:\s+{_INTENSIFIER}){{0,3}}"
        rf"(\s+{_DETERMINER})?(?:\s+{_INTENSIFIER}){{0,2}}\s+({words})\b(?!-)"
        # "right next to", "pretty far away": an adverb of place or time, no judgement
        r"(?!\s+(?:next|away|now|here|there|after|before|behind|outside|beside|across|"
        r"around|back|off|along|below|above)\b)"
    )


@cache
def _role() -> re.Pattern[str]:
    words = _alternation()
    return re.compile(
        rf"\b(?:play|plays|played|playing)\s+(?:a|an)(?:\s+{_INTENSIFIER})?\s+(?:{words})"
        r"\s+(?:role|part)\b"
    )


@cache
def _label() -> re.Pattern[str]:
    words = _alternation()
    return re.compile(
        rf"(?:\bas|\b{_DETERMINER})(?:\s+[a-z.]+(?:'s|\u2019s))?\s+[\"\u201c\u2018']?"
        rf"(?:{_INTENSIFIER}\s+)?(?P<word>{words})\b(?!-)",
        re.IGNORECASE,
    )


@cache
def _stance() -> re.Pattern[str]:
    verbs = "|".join(sorted(_words("stance_verb"), key=len, reverse=True))
    return re.compile(
        rf"(?:^|[\s\"\u201c(])(?:i|we)(?:\s+(?:{_INTENSIFIER}|\w+ly|do|really))?\s+(?:{verbs})"
        r"\b(?!\s+to\b)"
    )


def value_judgement(lower: str, text: str, embedded: Callable[[str, int], bool]) -> str:
    """The words by which a sentence judges value ('' if none): `lower` is the sentence in
    lower case, normalised; `text` as printed (a label in capitals is a name: "a hall called
    the Grand Palace"); `embedded` tells whether a position lies in a relative or adverbial
    clause ("a team that is good", "because it is cheap"), where an adjective is a side
    detail of the sentence, not its point."""
    for match in _predicate().finditer(lower):
        word = match.group(2)
        if re.search(r"\bthere\s+$", lower[max(0, match.start() - 8) : match.start()]):
            continue  # "there was a strong wind": a thing exists, no predicate judges it
        if re.search(
            r"\b(?:may|might|could)\s+(?:\w+\s+)?$",
            lower[max(0, match.start() - 20) : match.start()],
        ):
            continue  # "the news may be good": a guess about value, hedged (§4)
        if re.match(r"\s+than\b", lower[match.end() :]) and not re.search(
            r"\b(?:more|less)\s", match.group(0)
        ):
            continue  # "worse than expected": a comparison with a measure, checkable
        ending = not match.group(1) and word.endswith("ing")
        if ending and not _PREDICATE_END.match(lower, match.end()):
            continue  # "was stabbing people", "is winning the race": a verb in -ing
        if embedded(lower, match.start()) or _RECORD_AFTER.match(lower, match.end()):
            continue
        return match.group(0).strip()
    role = _role().search(lower)
    if role and not embedded(lower, role.start()):
        return role.group(0)
    printed = text or lower
    for naming in _NAMING.finditer(printed):
        if re.search(r"(?i)\bso-$", printed[max(0, naming.start() - 3) : naming.start()]):
            continue  # "the so-called …": distancing, no label of the speaker's own
        window = re.split(r"[.;!?]\s", printed[naming.end() : naming.end() + _NAMING_AFTER])[0]
        label = _label().search(window)
        if label and label.group("word").islower():
            return f"{naming.group(0)} … {label.group(0).strip()}"
    stance = _stance().search(lower)
    if stance and not re.search(r"\b(?:whom|who|which|that|what)\s*$", lower[: stance.start() + 1]):
        return stance.group(0).strip(' "\u201c(')
    for match in _INTENSIFIED.finditer(lower):  # "it was very competitive" (round 7)
        word = match.group("word")
        if word in _not_judging() or word.endswith("ed") or embedded(lower, match.start()):
            continue
        if _HEDGED_BEFORE.search(lower[: match.start()]):
            continue  # "I think this is probably very novel": a guess about value (§4)
        after = lower[match.end() :].split()
        if match.group("degree") == "so" and any(w in _words("auxiliary") for w in after):
            continue  # "became so widespread (that) the council was …": a result, a degree
        return match.group(0).strip()
    return ""


# a gradable adjective raised by a degree word, as the predicate: "was very competitive", "is a
# very resilient city", "looks so alluring" (docs/rules.md §2 rule 1: a judgement of value)
_INTENSIFIED = re.compile(
    rf"\b{_COPULA}\s+(?:(?:a|an)\s+)?(?P<degree>very|so|extremely|incredibly|remarkably|hugely|"
    r"truly|really)\s+(?P<word>[a-z]{4,})\b(?!\s+(?:to|that|as|of|much|many|few|little)\b)"
)
_HEDGED_BEFORE = re.compile(r"\b(?:probably|possibly|perhaps|maybe|may|might|could|i think)\b")


@cache
def _not_judging() -> frozenset[str]:
    """Words after a degree word that describe a checkable state, a feeling or an amount."""
    return (
        _words("checkable_adjective")
        | _words("feeling")
        | _words("self_allegation")
        | _words("complement_taker")
        | frozenset({"much", "many", "often", "well", "close", "long", "high", "low", "large"})
    )


# A prediction in the main clause (docs/rules.md §5, Predictions): "will", "won't", "shall" or
# "'ll" before a verb, not the noun ("the will of the people", "political will to").
_FUTURE = re.compile(
    r"\b(?P<aux>will|won't|shall|'ll)\s+(?:(?:not|also|never|soon|still|likely|probably|surely|"
    r"certainly|then|now|each|all|only|finally|eventually|continue to)\s+)*(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_NOT_A_VERB = frozenset({"of", "to", "and", "or", "the", "a", "an", "that", "is", "was", "for"})
# what a plan or package already decided is made of, described for those who made it (§5: not a
# prediction): "the aid package will include …"
_ARRANGEMENT = frozenset({"include", "consist", "comprise", "feature", "contain"})
# what makes the clause of "will" subordinate: a relative, a question word, a conjunction
_SUBORDINATE = re.compile(
    r"\b(?:who|whom|whose|which|that|how|what|where|when|whether|if|unless|although|though|"
    r"because|since|while|until|once|as|so|hoping|believe|believes|expect|expects|contend|"
    r"said|says|say)\b"
)
# "it is clear that …": the author asserts what follows, no subordinate clause of a forecast
_SURE_THAT = re.compile(
    r"\b(?:it|this)\s+(?:is|was|'s|seems)\s+(?:\w+\s+)?(?:clear|obvious|certain|evident|plain)"
    r"\s+that\b"
)
# "sometimes they will …": a habit, a present practice, not a forecast
_HABITUAL = re.compile(r"\b(?:sometimes|often|usually|always|typically|generally|tends? to)\b")


def prediction(main: str) -> str:
    """The future auxiliary of a main clause that forecasts ('will' and the verb after it), or ''.
    A 'will' inside a relative or subordinate clause, and a habitual 'will', are not counted."""
    lower = _norm(main).lower()
    if not any(word in lower for word in ("will", "won't", "shall", "'ll")):
        return ""
    if _HABITUAL.search(lower) or lower.rstrip(" \"'\u201d").endswith("?"):
        return ""  # a habit; a question ("Will rates fall?") asserts nothing (§2)
    for match in _FUTURE.finditer(lower):
        if match.group("verb") in _NOT_A_VERB:
            continue  # "the will of the people": the noun
        if match.group("verb") in _ARRANGEMENT:
            return ""
        clause = re.split(r"[,;:\u2014\u2013]|\s-\s|\band\b|\bbut\b", lower[: match.start()])[-1]
        if _SUBORDINATE.search(_SURE_THAT.sub(" ", clause)):
            continue
        return _span(main, match.group(0).split()[0]) or match.group(0).split()[0]
    return ""
