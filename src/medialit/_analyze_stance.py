"""Stances and denials in other words: the classes of docs/rules.md §3 and §5 that a
list of single words misses (issue 25 §2), each a general pattern, never one article's sentence.

- A body's own declared stance in the present tense ("The ministry strongly condemns …",
  "The club applauds …") is opinion (§2, statements a body publishes in its own name), and so
  is criticism or praise reported with its own quoted words ("condemned 'a cowardly act'", §3).
- A denial without a denial verb (§3): "has nothing to do with", "were taken out of context",
  "falsely accused us", "rejects the accusations", "stands by its report", a claim called
  "wrong" or "without foundation" in the speaker's words.
- A worry, hope or view reported as expressed ("expressed concern that …", "see it as …",
  §3 more cue words): a mental state, speculation.
"""

from __future__ import annotations

import re
from functools import cache

from medialit._analyze_lists import _words

_STANCE_VERBS = (
    r"(?:condemns|denounces|deplores|decries|applauds|commends|salutes|lauds|praises|"
    r"welcomes the|welcomes this|welcomes its)"
)
# "The ministry strongly condemns …": a stance declared in the present, by the speaker itself
_BODY_STANCE = re.compile(
    rf"\b(?:(?:strongly|firmly|fully|warmly|also|again)\s+)?{_STANCE_VERBS}\b"
)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:\w+\s+)?$")


# a stance declared in the present by the speaker itself in other forms: "VOA joins its
# colleagues in condemning …", "we join them and condemn …", "the country stands with every
# family …", "we wish the council would act" (a wish about others' conduct, docs/rules.md §5),
# "we question their knowledge of …"
_OWN_STANCE = re.compile(
    r"\bjoins?\s+(?:with\s+)?[^.;]{1,120}?\bin\s+(?:condemning|denouncing|deploring|decrying|"
    r"calling\s+(?:for|on)|urging|welcoming|praising|applauding|mourning|protesting)\b"
    r"|\b(?:we|i)\s+(?:[a-z.]+\s+){0,20}?and\s+(?:strongly\s+|firmly\s+)?(?:condemn|denounce|"
    r"deplore|decry|applaud|commend|salute|reject)\s+(?:this|these|that|those|the|its|their|such|"
    r"all|any|it|them|him|her)\b"
    r"|\bstands?\s+(?:firmly\s+|resolutely\s+|united\s+|together\s+|shoulder\s+to\s+shoulder\s+)?"
    r"with\s+(?:all|every|each|those|everyone|our)\b"
    r"|\b(?:we|i)\s+(?:only\s+|really\s+|truly\s+|just\s+)?wish\s+(?:that\s+)?(?!to\b|you\b)"
    r"(?:[\w'-]+\s+){1,5}?(?:would|could|were|had|did)\b"
    r"|\b(?:we|i)\s+(?:seriously\s+|strongly\s+|also\s+)?question\s+(?:their|his|her|its|the|"
    r"this|that|whether)\b"
    # "the United States encourages all parties to talk": advice in the speaker's own name
    r"|(?<!plan\s)(?<!bill\s)(?<!law\s)(?<!rule\s)(?<!scheme\s)(?<!policy\s)(?<!programme\s)"
    r"(?<!program\s)\b(?:encourages|urges|implores|exhorts)\s+(?:[\w'-]+\s+){1,5}?to\s+[a-z]+"
    # "I prefer the old rules": the speaker's own preference
    r"|(?:^|[\s\"\u201c])(?:i|we)\s+(?:much\s+|still\s+|really\s+)?prefer\b"
)


def body_stance(lower: str) -> str:
    """The present-tense stance verb of a body's own statement ('' if none): "The agency
    strongly condemns the attack", "The club welcomes the ruling", "VOA joins … in
    condemning", "we wish the council would …"."""
    for match in (*_BODY_STANCE.finditer(lower), *_OWN_STANCE.finditer(lower)):
        if _RELATIVE_BEFORE.search(lower[max(0, match.start() - 20) : match.start()]):
            continue  # "a group that condemns violence": a description, not a stance declared
        return match.group(0)
    return ""


_JUDGING_VERB = re.compile(
    r"\b(?:condemned|criticized|criticised|denounced|praised|lauded|hailed|slammed|blasted|"
    r"decried|deplored|applauded|commended|attacked|ridiculed|mocked"
    # round 5: the same in the progressive ("are condemning what they call 'barbaric acts'")
    r"|condemning|criticizing|criticising|denouncing|praising|lauding|hailing|slamming|"
    r"blasting|decrying|deploring|applauding|commending|ridiculing|mocking)\b"
    r"[^\"\u201c\u2018.;:]{0,40}?[\"\u201c\u2018]"
)


# "described the arrest as a gross violation of his rights": the label judges (§3, praise and
# criticism in their own words)
_NAMED_AS = re.compile(
    r"\b(?:described|describes|describing|branded|brands|labell?ed|labels|termed|terms|"
    r"characteri[sz]ed|characteri[sz]es|denounced|condemned|hailed)\b[^.;:]{0,80}?\bas\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:violation|threat|attack|assault|betrayal|disgrace|"
    r"insult|affront|travesty|sham|farce|mockery|outrage|scandal|injustice|failure|triumph|"
    r"milestone|step\s+(?:forward|backward|backwards)|setback|blow)\b"
)


# "are criticizing the guidelines as 'dictatorial'", "defended the remarks as harmless",
# "hailed the deal as historic": a verb of praise or blame whose label after "as" is a quoted
# word or an adjective of judgement (§3, criticism and praise in their own words)
_JUDGED_AS = re.compile(
    r"\b(?:criticiz|criticis|defend|prais|hail|denounc|condemn|slamm|attack|celebrat|welcom|"
    r"ridicul|mock|lambast|blast|castigat)\w*\b[^.;:]{0,110}?\bas\s+(?:[\"\u201c\u2018]\s*\w"
    r"|(?:an?\s+|the\s+)?(?:\w+ly\s+)?(?:[a-z-]+(?:ous|ful|less|ive|ic|able|ible|ant|ent|ial|ary|"
    r"ish|ist|ing))\b(?!\s+(?:as|to|of)\b))"
)


def quoted_judgement(text: str) -> str:
    """Criticism or praise reported with its own quoted words ("condemned 'the lack of free
    elections'", "praised his 'unmatched energy'") or a label after "as" ("defended the remarks
    as harmless"): the judgement is the content (§3)."""
    lower = text.lower().replace("\u2019", "'")
    match = (
        _JUDGING_VERB.search(text.replace("\u2019", "'"))
        or _NAMED_AS.search(lower)
        or _JUDGED_AS.search(lower)
    )
    return match.group(0).rstrip('"\u201c\u2018 ') if match else ""


# "says they are innocent": the speaker rejects the charge, whatever the voice of the sentence
_SAYS_INNOCENT = re.compile(
    r"\b(?:says?|said|insists?|insisted|maintains?|maintained|argues?|argued)\s+(?:that\s+)?"
    r"(?:\w+\s+){1,3}?(?:is|are|was|were|had been)\s+(?:\w+ly\s+)?(?:innocent|not guilty)\b"
)
_DENIAL_PHRASE = re.compile(
    r"\b(?:ha[sd]|have|had)\s+(?:absolutely\s+)?nothing\s+to\s+do\s+with\b"
    r"|\b(?:taken|quoted|lifted)\s+out\s+of\s+context\b"
    r"|\bmisquoted\b|\bmisrepresent(?:ed|s|ing)\b"
    r"|\b(?:falsely|wrongly|wrongfully|baselessly|mistakenly)\s+(?:accus|claim|alleg|said|stat|"
    r"suggest|report|assert|charg|blam)\w*"
    r"|\b(?:without|ha[sd]\s+(?:\w+ly\s+)?no|have\s+(?:\w+ly\s+)?no|with\s+no|there\s+(?:is|was)\s+"
    r"(?:\w+ly\s+)?no)\s+(?:\w+\s+){0,2}?(?:foundation|basis|grounds|truth)\b"
)
# a denial verb with what others asserted as its object, wherever it stands in the sentence;
# a verb of criticism with a criticism or an accusation as its object rejects it too ("have
# denounced these criticisms", docs/rules.md §3: rejecting a criticism or an accusation)
_REJECTS_ASSERTIONS = re.compile(
    r"\b(?:rejects?|rejected|rejecting|deny|denies|denied|denying|dismiss(?:es|ed|ing)?|"
    r"disputes?|disputed|refutes?|refuted|denounc(?:es|ed|ing)|condemn(?:s|ed|ing)?|"
    r"decr(?:ies|ied)|slamm?(?:s|ed)?)\s+(?:(?:all|the|these|those|such|any|its|their|his|"
    r"her|recent|latest|repeated)\s+)*"
    r"(?:[\w-]+\s+)?(?:assertions?|accusations?|allegations?|claims?|charges?|reports?|"
    r"suggestions?|insinuations?|criticisms?)\b"
    # "deny any connection with", "denied all involvement": the part others said it played
    r"|\b(?:deny|denies|denied|denying)\s+(?:any|all|every)\s+(?:[\w-]+\s+)?(?:connection|"
    r"involvement|link|links|role|part|wrongdoing|responsibility|knowledge)\b"
)
# a claim called not so with a speaker's emphasis, or a rejection stated as a rule of the
# speaker's own: "the accusations are categorically false", "it is false to allege that …",
# "was not involved in any way", "the stories have mischaracterized what we do" (§3); in any
# voice, because narration does not talk so (a first-person statement's rejections are its
# writer's denials, docs/rules.md §2)
_EMPHATIC_FALSE = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|charges?|rumou?rs?|stories|story|"
    r"assertions?|suggestions?)\b(?:[^.;]|\.(?=\S)){0,120}?\b(?:is|are|was|were)\s+"
    r"(?:(?:all|simply|just)\s+)?(?:categorically|completely|totally|utterly|entirely|absolutely|"
    r"patently|demonstrably|wholly|flatly|plainly)\s+(?:false|untrue|baseless|unfounded|"
    r"groundless|fabricated|wrong|incorrect|inaccurate|fake|made up|invented)\b"
    r"|\bit\s+is\s+(?:\w+ly\s+)?(?:false|untrue|wrong|a\s+lie|incorrect|misleading)\s+"
    r"(?:for\s+(?:[\w'\u2019-]+\s+){1,4}?)?to\s+(?:allege|claim|say|suggest|assert|accuse|"
    r"imply|pretend|insist)\b"
    r"|\b(?:not|never)\s+(?:been\s+)?(?:involved|responsible|connected|linked|implicated)\b"
    r"[^.;]{0,40}?\b(?:in\s+any\s+way|whatsoever|at\s+all|in\s+any\s+form|in\s+any\s+manner)\b"
    r"|\bin\s+no\s+way\s+(?:involved|responsible|connected|linked|implicated)\b"
    # "all of the accusations you have heard … are false": a present rejection, a speaker's
    r"|^(?:[^.;]*:\s*)?(?:all\s+(?:of\s+)?)?(?:the|these|those|such)\s+(?:[\w-]+\s+)?(?:accusations|"
    r"allegations|claims|charges|rumou?rs|reports|stories)\b(?:[^.;]|\.(?=\S)){0,100}?\b(?:is|are)\s+"
    r"(?:all\s+)?(?:false|untrue|baseless|unfounded|groundless|fabricated|lies|fake)\b"
    # "has been subject to baseless accusations": on the receiving end of what it calls false
    r"|\b(?:subject(?:ed)?\s+to|target(?:ed)?\s+(?:of|by|with)|victims?\s+of)\s+"
    r"(?:[\w,-]+\s+){0,4}?(?:false|baseless|unfounded|groundless|fabricated|"
    r"fake|bogus|spurious)\s+(?:accusations|allegations|claims|charges|rumou?rs|reports)\b"
    r"|\b(?:reports?|stories|story|accounts?|coverage|articles?|press|media)\b[^.;]{0,60}?"
    r"\b(?:(?:have|has|had)\s+)?(?:\w+ly,?\s+(?:and\s+\w+ly,?\s+)?)?(?:mischaracteri[sz]ed|"
    r"misrepresented|distorted|twisted|misstated)\b"
)
# round 5: what was just said called not so in a sentence of its own ("That's just false.",
# "This is simply not true."), and a cleft that puts the right party in the wrong one's place
# ("It is the ministry that broke the rules, not the union."): a claim rejected (§3), in any
# voice, because narration does not talk so
_REJECTED_OUTRIGHT = re.compile(
    r"^[\"\u201c']?(?:that|this|it|all\s+(?:of\s+)?(?:that|this))\s*(?:'s|\u2019s|\s+is|\s+was)\s+"
    r"(?:(?:just|simply|completely|totally|utterly|absolutely|patently|plainly|flatly|"
    r"categorically|entirely|all)\s+)*(?:false|untrue|not\s+true|a\s+lie|lies|a\s+falsehood|"
    r"not\s+the\s+case|nonsense|fiction|a\s+myth)\s*[.!][\"\u201d']?$"
    r"|^[\"\u201c']?it\s+(?:is|was)\s+(?!not\b)[^,;]{1,60}?\s+(?:that|who)\s+[^;]{5,}?"
    r"(?:,|\s[\u2013\u2014-]|\u2014)\s*(?:and\s+)?not\s+(?:the\s+)?[\w'\u2019 -]{2,40}"
    r"[.!][\"\u201d']?$"
)
# "stands by its report": a source keeps to what it said, against those who say it is wrong
_STANDS_BY = re.compile(
    r"\bstands?\s+by\s+(?:its|the|his|her|their|our|my)\s+(?:\w+\s+){0,2}?(?:story|stories|"
    r"report|reports|reporting|facts|statement|account|findings)\b"
)
# "the report was 'wrong and has no foundation'": a claim called not so, quotes and all
_CALLED_FALSE = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|charges?|rumou?rs?|assessment|findings)\b"
    r"(?:[^.;]|\.(?=\S)){0,90}?\b(?:is|are|was|were)\s+[\"\u201c']?\s*(?:\w+ly\s+)?(?:untrue|false|baseless|"
    r"unfounded|groundless|fabricated|wrong|incorrect|inaccurate|misleading|lies|nonsense)\b"
)


# "called the accusations 'complete nonsense'", "dismissed the reports as lies": the label a
# naming verb puts on what others asserted says it is not so; a denial (§3, "called …
# baseless"), not a judgement of the speaker's own
_LABELLED_FALSE = re.compile(
    r"\b(?:called|calls|call|calling|described|describes|branded|brands|labell?ed|termed|"
    r"dismissed|dismisses|denounced|denounces|characteri[sz]ed)\s+(?:(?:the|these|those|such|"
    r"all|its|their|his|her|recent|latest)\s+)*(?:[\w-]+\s+)?(?:assertions?|accusations?|"
    r"allegations?|claims?|charges?|reports?|rumou?rs?|stories|story|suggestions?|them|it)\b"
    r"[^.;]{0,40}?[\s\"\u201c\u2018'](?:(?:a|an|as|pure|complete|total|utter|absolute|"
    r"sheer|simply|just|outright|blatant)\s+)*(?:nonsense|lies|a\s+lie|false|untrue|"
    r"baseless|groundless|unfounded|fabricated|fabrications?|fake|fiction|absurd|rubbish|"
    r"slander(?:ous)?|smears?|a\s+hoax|hoax|ludicrous|preposterous|made\s+up|invented|"
    r"disinformation|propaganda)\b"
    # the label before its object: "dismissed as groundless the reports of …", "denounced on
    # Tuesday as 'completely' baseless the latest allegations" (round 6)
    r"|\b(?:called|branded|labell?ed|termed|dismissed|dismisses|denounced|denounces|rejected|"
    r"rejects|characteri[sz]ed)\s+(?:[\w-]+\s+){0,2}?as\s+(?:[\"\u201c\u201d\u2018\u2019']?(?:a|an|"
    r"pure|complete|completely|total|totally|utter|utterly|absolute|absolutely|entirely|wholly|"
    r"sheer|simply|just|outright|blatant)[\"\u201c\u201d\u2018\u2019']?\s+)*[\"\u201c\u2018']?(?:false|"
    r"untrue|baseless|groundless|unfounded|fabricated|fake|fiction|absurd|lies|nonsense)"
    r"[\"\u201d\u2019']?\s+[^.;]{0,60}?\b(?:assertions?|accusations?|allegations?|claims?|"
    r"charges?|reports?|rumou?rs?|stories|story|suggestions?)\b"
)


def labelled_false(lower: str) -> str:
    """The words by which a speaker labels what others asserted as not so ('' if none):
    "called the claims 'pure fabrication'", "dismissed the reports as lies" (§3)."""
    match = _LABELLED_FALSE.search(lower.replace("\u2019", "'"))
    return match.group(0) if match else ""


_TITLE_DOT = re.compile(r"\b(mr|mrs|ms|dr|prof|gen|sen|rep|gov|st|jr|sr)\.")


def denial_phrase(lower: str, attributed: bool) -> str:
    """A denial in other words than a denial verb (docs/rules.md §3) ('' if none). Phrases a
    writer may use of a third party ("has nothing to do with") count only where a source
    speaks; a denial verb with an accusation as its object counts in any voice."""
    lower = _TITLE_DOT.sub(r"\1", lower)  # "Mr. Sokha": no sentence ends inside a name
    for pattern, own in ((_REJECTS_ASSERTIONS, True), (_STANDS_BY, True), (_SAYS_INNOCENT, True),
                         (_EMPHATIC_FALSE, True), (_LABELLED_FALSE, True),
                         (_REJECTED_OUTRIGHT, True), (_DENIAL_PHRASE, False),
                         (_CALLED_FALSE, False)):  # fmt: skip
        if not (own or attributed):
            continue
        match = pattern.search(lower)
        if match:
            return match.group(0)
    return ""


# "she feels like she has won", "some hope remained that …": a feeling or hope stated (§5)
_FEELS = re.compile(
    r"\bfeel(?:s|ing)?\s+(?:like|as\s+if|as\s+though|that)\b|\bfelt\s+(?:like|as\s+if|as\s+"
    r"though|that)\b|\b(?:some|little|no|much|faint|slim)\s+hopes?\s+"
    r"(?:\w+\s+){0,2}?that\b"
)
_EXPRESSED = re.compile(
    r"\bexpress(?:ed|es|ing)?\s+(?:\w+\s+){0,2}?(?:concerns?|fears?|worry|worries|hopes?|"
    r"confidence|doubts?|skepticism|scepticism|optimism|frustration|anger|dismay|alarm|"
    r"disappointment)\b"
)
_SEES_AS = re.compile(
    r"\b(?:see|sees|saw|view|views|viewed|regard|regards|regarded)\s+(?:it|this|that|them|him|"
    r"her|the\s+[\w-]+(?:\s+[\w-]+)?)\s+as\s+[\w']+"
)


def expressed_state(lower: str) -> str:
    """A worry, hope or view reported ("expressed concern that …", "analysts see it as an
    attempt to …"): a mental state, speculation (docs/rules.md §3, §5) ('' if none)."""
    match = _EXPRESSED.search(lower) or _SEES_AS.search(lower) or _FEELS.search(lower)
    return match.group(0) if match else ""


def first_statement(text: str, rejects: str, judgement: str) -> bool:
    """Does the denial come before the recommendation or stance that made the unit opinion
    ("VOA rejects the accusations and calls on the agency to …")? One sentence, two
    statements: its first main clause is keyed (docs/rules.md §2)."""
    lower = text.lower().replace("\u2019", "'")
    quoted = re.match(r"'([^']+)'", judgement)
    at = lower.find(rejects.lower().split(" … ")[0])
    if not quoted or at < 0:
        return False
    word = quoted.group(1).lower()
    if word.startswith("stands"):  # "stands by the facts": the denial is the stance
        return True
    return at < lower.find(word) if word in lower else False


@cache
def _loaded() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, _words("loaded")), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


def loaded_word(lower: str) -> str:
    """A strongly judging word ("shameful", "trumped-up") in the author's own voice ('' if
    none): a judgement even as a side word, opinion accepted (docs/rules.md §10)."""
    match = _loaded().search(lower)
    return match.group(0) if match else ""


@cache
def _judged_noun() -> re.Pattern[str]:
    nouns = sorted(
        {w.split()[1] for w in _words("judgement") if re.fullmatch(r"an? [a-z]+", w)}, key=len
    )
    return re.compile(
        rf"\b(?:is|are|was|were|be|been|remains?|'s)\s+(?:also\s+|simply\s+|just\s+)?an?\s+"
        rf"(?:[a-z-]+\s+){{1,2}}(?:{'|'.join(nouns)})\b"
    )


# "is to be commended", "is of utmost concern": a judgement in a fixed form (§2 rule 1)
_FIXED_JUDGEMENT = re.compile(
    r"\b(?:is|are|was|were)\s+to\s+be\s+(?:\w+ly\s+)?(?:commended|praised|applauded|"
    r"congratulated|condemned|blamed|admired|celebrated|lauded|deplored|regretted)\b"
    r"|\b(?:is|are|was|were|remains?)\s+of\s+(?:the\s+)?(?:utmost|great|grave|serious|deep|"
    r"paramount|vital|critical|enormous)\s+(?:concern|importance|significance)\b"
)


# what matters, said as a rule of life: "the key to peace is …", "what matters most is …",
# "it's not about winning, it's about …", "the most important thing is …" (§2 rule 1)
_WHAT_MATTERS = re.compile(
    r"(?:^|[\"\u201c\u2018'(,]\s*|\band\s+)the\s+key\s+to\b[^.;]{0,80}?\b(?:is|are|lies)\b"
    r"|\b(?:what|all\s+that)\s+(?:really\s+)?matters?(?:\s+most)?\s+is\b"
    r"|(?:^|[\"\u201c\u2018'(]\s*)the\s+(?:single\s+)?most\s+important\s+(?:[\w-]+\s+){1,6}?"
    r"(?:is|are)\b"
    r"|\bit(?:'s|\s+is)\s+not\s+about\b[^.]{0,80}?\bit(?:'s|\s+is)\s+about\b"
    r"|\bat\s+the\s+end\s+of\s+the\s+day,?\s+(?:it|this|that|what)(?:'s|\s+is)\b"
    r"|\bthe\s+(?:best|only|right)\s+way\s+to\b[^.;]{0,60}?\b(?:is|are)\b"
    # "Critical to the mission is the health of the crew": the value word put first
    r"|^(?:critical|crucial|central|essential|vital|fundamental|paramount)\s+to\b[^.;]{0,80}?"
    r"\b(?:is|are)\b"
)


# what someone ought to do or may claim, said as a norm (§2 rule 1: a recommendation): "we
# all have a responsibility to protect …", "it is our right to defend ourselves", "such acts
# cannot be tolerated", "we need justice and security"
_NORM = re.compile(
    r"\b(?:have|has|bear|bears|carry|carries)\s+(?:a|an|the)\s+"
    r"(?:(?!legal\b|statutory\b|contractual\b|constitutional\b)[a-z-]+\s+)?(?:responsibility|"
    r"duty|obligation)\s+to\b"
    r"|\b(?:it\s+is|it's|is)\s+(?:our|my|your|everyone's|everybody's)\s+(?:[a-z-]+\s+)?"
    r"(?:right|duty|responsibility)\s+to\b"
    r"|\b(?:cannot|can't|can\s+not|must\s+not|should\s+not|will\s+not|won't|shall\s+not)\s+be\s+"
    r"(?:\w+ly\s+)?(?:tolerated|condoned|excused|justified|forgiven)\b"
    r"|(?:^|[\s\"\u201c(])we\s+(?:all\s+|really\s+|urgently\s+|still\s+|also\s+|badly\s+|"
    r"simply\s+|just\s+)?need\s+(?!to\b)(?:more\s+|a\s+|an\s+|the\s+|real\s+)?[a-z]+"
)
# praise and blame in set phrases whose words are each neutral: "a patriot of the highest
# order", "the very foundation of", "painfully obvious", "a watershed moment" (§2 rule 1)
_SET_JUDGEMENT = re.compile(
    r"\bof\s+the\s+(?:highest|first|finest)\s+(?:order|rank|calibre|caliber)\b"
    r"|\bsecond\s+to\s+none\b"
    r"|\b(?:is|are|was|were|remains?)\s+the\s+very\s+(?:foundation|heart|essence|definition|"
    r"embodiment|cornerstone|bedrock)\s+of\b"
    r"|\b(?:painfully|glaringly|blatantly|abundantly|patently|woefully|sorely)\s+(?:obvious|"
    r"clear|evident|inadequate|lacking|insufficient)\b"
    r"|\b(?:is|was|marks?|marked)\s+(?:a|an|this)\s+(?:\w+\s+)?watershed\b"
    # a person judged by a noun: "she was a hero", "they are liars", "was being an idiot"
    r"|\b(?:is|are|was|were|being|been|'re|'s)\s+(?:such\s+|truly\s+|real\s+)?(?:an?\s+)?"
    r"(?:(?!war\b)[a-z]+\s+)?(?:hero|heroes|villain|villains|coward|cowards|liar|liars|idiot|"
    r"idiots|fool|fools|traitor|traitors|thug|thugs|genius|crook|crooks)\b"
)


def judged_in_other_words(lower: str) -> str:
    """A judgement the word lists miss by one word ("is a preventable tragedy", "is a total
    sham"), in a fixed form ("is to be commended", "is of utmost concern"), a norm ("have a
    responsibility to", "cannot be tolerated") or a set phrase ("of the highest order") ('' if
    none)."""
    match = (
        _FIXED_JUDGEMENT.search(lower)
        or _judged_noun().search(lower)
        or _WHAT_MATTERS.search(lower.lstrip())
        or _NORM.search(lower)
        or _SET_JUDGEMENT.search(lower)
    )
    return match.group(0) if match else ""


# "Analysts interviewed by the paper expressed doubts", "Economists see it as …", "Scientists
# from the university report the discovery of …": the subject states a view or a finding
_STATED_BY = re.compile(
    r"^(?:[^,\"\u201c]{0,60},\s+(?=the\s|[A-Z]))?(?P<np>(?:[A-Z]|the\s)[\w'\u2019.()-]*"
    r"(?:\s+[\w'\u2019.()-]+){0,12}?)\s+"
    r"(?:have\s+|has\s+|had\s+|also\s+|again\s+|publicly\s+)?(?P<verb>expressed|expresses|"
    r"express|see|sees|view|views|viewed|regard|regards|regarded|report|reports|commented|"
    r"comments|spoken\s+out|spoke\s+out|speaks\s+out)\b"
)


def stated_by(text: str) -> tuple[str, str] | None:
    """(subject, verb) of a sentence whose subject states a view, worry or finding with a verb
    the cue lists leave out ("expressed concern", "see it as", "report the discovery"), or None.
    The caller checks that the subject is a speaker (docs/rules.md §6), not a thing."""
    match = _STATED_BY.match(text.strip())
    if not match or _words("relative_pronoun") & set(match.group("np").lower().split()):
        return None
    verb = match.group("verb")
    if verb.startswith(("see", "view", "regard")) and not _SEES_AS.search(text.lower()):
        return None  # "residents see the river rise": seeing, no view stated
    np = match.group("np")
    return (np, verb) if _speaker_like(np) else None


def _speaker_like(np: str) -> bool:
    """Does a noun phrase name or describe people or a body ("Economists", "Scientists from
    the University of Utah", "The minister"), not a thing ("The statue")?"""
    words = np.replace("\u2019", "'").split()
    people = (
        _words("anonymous_head")
        | _words("people_noun")
        | _words("person_title")
        | _words("org_word")
        | _words("function_body")
    )
    for i, word in enumerate(words):
        bare = word.strip(".,()'").removesuffix("'s")
        lower = bare.lower()
        if lower in people or lower.rstrip("s") in people or lower.removesuffix("es") in people:
            return True
        if i > 0 and bare[:1].isupper() and lower not in {"of", "the"}:
            return True  # a name inside the phrase: "Scientists from the University …"
    return False


# verbs that report speech only with a content ("added that …", "'…,' she added") and an act
# with an object or an infinitive ("added background", "agreed to help")
_ACT_CUES = frozenset(
    {
        *("agreed", "agrees", "agree", "added", "adds", "testified", "testifies"),
        *("continues", "continued", "invited", "invites"),
        # "Taiwan maintains full diplomatic relations with …": keeping something, no speech
        *("maintains", "maintained", "maintain"),
    }
)
# what starts a content: "that", a quotation, punctuation; "added its voice to": speech too
_CONTENT_START = re.compile(
    # a quotation (the «Q» of the outer text) is content too: 'He added "we have leads"' (round 7)
    r"^\s*(?:that\b|[:,;\"\u201c\u2018'\u2014\u00ab-]|$|\.|(?:its|their|his|her|our|my)\s+voices?\b"
    # "added he expects …", "agreed the plan was fair": a clause without "that"
    r"|(?:he|she|they|it|we|i|there)\b|(?:[\w'-]+\s+){1,4}?(?:is|are|was|were|will|would|had|"
    r"has|have|could|should|may|might|must|can|did|does|do)\b)"
)


def act_not_cue(cues: list[str], rest: str) -> bool:
    """Is the one cue a verb of an act here, not of speech: what follows is an object or an
    infinitive, no content ("Pakistan agreed to cooperate", "added background and reaction",
    "did not explain how …"), so the author reports the act (docs/rules.md §3)?"""
    words = cues[0].lower().split() if len(cues) == 1 else [""]
    if words[-1] == "explain" and "not" in words:  # "did not explain how …": nothing said
        return not re.match(r"\s*[:\"\u201c\u2018']", rest)
    if words[-1].startswith("maintain") and re.match(r"\s*(?:\w+\s+)?innocence\b", rest.lower()):
        return False  # "maintains his innocence": a stance on a charge, the speaker's (§3)
    if words[-1] in {"asked", "asks", "ask"}:  # "asked Britain to send him": a request, an act
        return not _ASKED_WHAT.match(rest)  # "asked whether …", '"Why?" she asked': a question
    return words[-1] in _ACT_CUES and not _CONTENT_START.match(rest)


# what follows "asked" when a question is reported: a question word, a quotation, a colon
_ASKED_WHAT = re.compile(
    r"^\s*(?:$|\.|[:,\"\u201c\u00ab]|(?:[\w'\u2019-]+\s+){0,5}?(?:whether|if|why|how|what|when|"
    r"who|whom|where|which)\b)"
)


# "Thank you.", "Thanks for having me.", "It's great to be with you.": a courtesy (§2)
_COURTESY = re.compile(
    r"^\W*(?:thank\s+you|thanks(?!\s+to\b)|many\s+thanks|you're\s+welcome|my\s+pleasure|good\s+(?:morning|"
    r"afternoon|evening)|(?:it's|it\s+is)\s+(?:great|good|a\s+pleasure|an\s+honou?r)\s+to\s+be\s+"
    r"(?:here|with\s+you|on\s+the\s+show))\b[^.!?]{0,60}[.!]?\W*$",
    re.IGNORECASE,
)


def courtesy(text: str) -> bool:
    """Is the unit only a courtesy ("Thank you for having me on today.")? It asserts nothing
    checkable: keyed like a question, fact, the speaker as source (docs/rules.md §2)."""
    return bool(_COURTESY.match(text.replace("\u2019", "'")))


# a public reaction with no one named (docs/rules.md §3, more cue words): "the verdict sparked
# outrage", "reactions were full of shock", "left the country in turmoil", "many are
# wondering", praise or criticism in the passive with no one after "by" ("has been praised for
# its coverage"): a vague source, with an empty cue
_PUBLIC_REACTION = re.compile(
    r"\b(?:spark(?:s|ed|ing)?|provok(?:es|ed|ing|e)|trigger(?:s|ed|ing)?|caus(?:es|ed|ing)|"
    r"dr(?:ew|aws)|stirr?(?:s|ed|ing)?|ignit(?:es|ed|ing)|fuel(?:s|led|ed|ing)?|prompt(?:s|ed))"
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:wide|widespread|renewed|public|international|"
    r"national|fresh|fierce|heated|mixed|much|strong|angry|a\s+wave\s+of|\w+)\s+)?"
    r"(?:outrage|controversy|criticism|backlash|anger|debate|concerns?|alarm|uproar|"
    r"condemnation|indignation|fury|shock|divergence\s+of\s+opinions?|disbelief|dismay|"
    r"doubts?|questions|reactions?)\b"
    r"|\b(?:leaves?|left|leaving|plunged|plunges|threw|throws)\s+(?:[\w'\u2019-]+\s+){1,4}?in\s+"
    r"(?:turmoil|shock|disbelief|uproar|mourning|outrage|disarray)\b"
    r"|\b(?:the\s+)?(?:public\s+|online\s+|initial\s+)?reactions?\s+(?:to\s+[^.;]{1,60}?\s+)?"
    r"(?:ha[sv]e?\s+been|were|was|is|are|remain(?:s|ed)?)\s+(?:full\s+of|a\s+mix|mixed|"
    r"largely|overwhelmingly|swift|fierce|angry|divided|one\s+of)\b"
    r"|^(?:indeed,?\s+|but\s+|and\s+)?(?:many|some|others|few)\s+(?:are\s+|were\s+)?"
    r"(?:wondering|asking|wonder|asked|questioning)\b"
    r"|\b(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:\w+ly\s+)?(?:praised|criticized|"
    r"criticised|condemned|lauded|hailed|applauded|slammed|denounced)\s+(?:for|as)\b"
    r"(?![^.;]*\bby\s+(?:the\s+)?[A-Za-z])"
)


def public_reaction(text: str) -> str:
    """A public reaction or a judgement with no one named ('' if none): the source is vague,
    the cue empty (docs/rules.md §3; claim, fact and speculation are accepted)."""
    match = _PUBLIC_REACTION.search(text.lower().replace("\u2019", "'"))
    return match.group(0) if match else ""
