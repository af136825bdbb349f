# ruff: noqa: E501  (the decisions are one line each, to read them as a table)
"""Settle the two readings of the new development set into its keys (run once, kept as record).

Reads `readings/reader-a/<text>.csv` and `readings/reader-b/<text>.csv` (the two independent
readings, keyed against docs/rules.md before any analyzer run) and the units they keyed
(`readings/units/<text>.csv`: the sentence splitter's units at keying time), and writes `keys/<text>.csv`, on the units of the package's current sentence splitter (see remap). Where the two readings agree, the key takes
their value; where they differ, the decision below applies, made by docs/rules.md, and the
key's `explanation` records it after the reading's own note. Cue disagreements that are only
the span of the cue ("said" against "he said", "also said") are settled to the attribution
verb alone, the form the analyzer and data/cues.csv use. Where the readings name the same
speaker differently ("he" against "Scott Halpin"), the key takes reader A's fuller name; a
decision on the source is recorded where the speaker itself was in question.

Batch 2 (texts 17-37) was read against the rulebook before its paragraphs for the cases the
readers found silent were added; its disagreements are settled by the rulebook as it now
stands. RULEBOOK holds the keys where both readings agree but the rulebook says otherwise
(batch 2), and the batch-1 keys those later paragraphs contradict; each records its reason.
Batch 3 (texts 38-53, 55-57) was read against the rulebook before 87338c0, whose paragraphs
ruled the cases its readers found silent; it is settled the same way, and the batch-1 and
batch-2 keys those paragraphs contradict are in RULEBOOK with their reasons. Batch 4 (texts
58-65, 68-77) was read against the rulebook before ef3dccf and is settled the same way (its
readers did not see data/cues.csv, so hedge and booster disagreements are settled by it and
§4); the batch-1 to batch-3 keys the paragraphs of ef3dccf contradict are in RULEBOOK. Batch 5
(texts 78-84, 88-97) was read against the rulebook before 0421bd9 and is settled the same way;
the batch-1 to batch-4 keys the paragraphs of 0421bd9 contradict are in RULEBOOK. Batch 6
(texts 98-119, numbered with three digits from 100) was read against the rulebook before f8ce464
and is settled the same way (hedge and booster disagreements by data/cues.csv and §4); the
batch-1 to batch-5 keys the paragraphs of f8ce464 contradict are in RULEBOOK. Batch 7 (texts
120-128, 131-141; 129 and 130 unused) was read against the rulebook before 28c8996 and is
settled the same way; the batch-1 to batch-6 keys the paragraphs of 28c8996 contradict are in
RULEBOOK. Batch 8 (texts 142-151, 153-162; 152 and 163 unused) was read against the rulebook
before 1ef2b98 and is settled the same way (hedge and booster disagreements by data/cues.csv and
§4); the batch-1 to batch-7 keys the paragraphs of 1ef2b98 contradict are in RULEBOOK, and two
RULEBOOK entries of batch 7's settling (77 S02, 136 S04) now give the empty cue 1ef2b98 words.
Batch 9 (texts 164-172, 175-184; 173, 174 and 185 unused) was read against the rulebook before
b068e42 and is settled the same way (hedge and booster disagreements by data/cues.csv and §4); the
keys where both readings agree but b068e42 says otherwise (167's lead-in verb as cue, and the
speaker as source accepted in 170, 172, 175 and 184) are in RULEBOOK and SPEAKER_CLAIM, and so
are the batch-1 to batch-8 keys its paragraphs contradict: SPEAKER_CLAIM accepts claim, the
official as source, in the transcripts of 148-150 and the statements under a headline of 105
and 144. Batch 10 (texts 186-191, 197-201, 203; 192-196, 202, 204 and 205 unused) was read
against the rulebook before 1b4d55c and is settled the same way (hedge spans by data/cues.csv and
§4); where both readings agree but 1b4d55c says otherwise, RULEBOOK gives 197 S02's 'its reported
negotiations' its hedge and keys 200 S06 (a fragment completing the quotation before it) as Pam
Johnson's claim; the batch-1 to batch-9 keys searched for its cases (replies that point
elsewhere, 'reported' before a noun, trailing attributions) needed no change. Batch 10 is in the
test part beside batch 9, never seen (both have since moved to the tuning part). Batch 11 (texts
205-221; 204 dropped before keying, its Global Voices partner content perhaps outside CC BY; 222
and 223 unused) was read against the rulebook before 86a58d7 and is settled the same way (hedge and
booster disagreements by data/cues.csv and §4); it is the test part's never-seen batch. Where both
readings agree but 86a58d7 says otherwise, RULEBOOK keys 209 S13 (a unit of the scenario the author
imagines for the reader) as speculation, fact accepted. The batch-1 to batch-10 keys searched for
its cases (pleas of not guilty, endorsing cues whose object is a claim, 'joked', 'quipped' and
'teased', headline labels with a colon, habitual 'will', imagined scenarios) needed no change.
Batch 12 (texts 222-224, 226, 227, 232-239; 225 dropped before keying, a VOA copy whose wording
reads like RFE/RL with no credit visible; 228-231, 240 and 241 unused) was read against the
rulebook before b8668f2 and is settled the same way (hedge and booster disagreements by
data/cues.csv and §4); it is the test part's never-seen batch. Where both readings agree but
b8668f2 says otherwise, RULEBOOK keys 222 S04 ('highlighted' read as 'stressed', a neutral cue)
without fact accepted and gives 235 S07 (a lead-in whose post is not in the text) evidence
document. The batch-1 to batch-11 keys searched for its cases (lead-ins whose quotation is
missing, congratulations, 'potential' and 'possible' before a noun, 'looked like', 'seemed like'
and 'sounded like', cue verbs not on the lists such as 'highlighted', 'argues', 'considers' and
'strives') are corrected in RULEBOOK where they contradict it: 38 S15 ('considers' a belief cue),
102 S25 and 205 S07 ('possible' before a noun no hedge), and the lead-ins of 112 S05, 136 S08 and
153 S11, S13 and S14, whose posts the stored pages left out.
Batch 13 (texts 240-246, 250-258; 247 dropped before keying, a rough transcript copy whose first
line is a sentence fragment; 248, 249 and 259 unused) was read against the rulebook before ee87723
and is settled the same way (hedge and booster disagreements by data/cues.csv and §4); it is in
the test part beside batch 12, never seen. Where both readings agree but ee87723 says otherwise,
RULEBOOK keys 243 S04 ('possibly damaging information', a hedge adverb inside a noun phrase) as
the Intercept's claim with no hedge, speculation accepted, and lists 256 S12's 'is considered' as
a hedge. The batch-1 to batch-12 keys searched for its cases (verbless topic headlines, 'wanted'
and 'wants' in the legal sense, 'almost' and 'nearly' softening a degree, hedge adverbs inside a
noun phrase, 'is considered' with no one named) are corrected in RULEBOOK where they contradict
it: 20 S01 and 72 S01 (headlines that only name a topic: fact, opinion accepted), 114 S05 and 117
S08 ('almost' softening a degree: speculation accepted), 28 S03 and 237 S03 ('considered' with no
one named: a hedge, claim accepted).
Batch 14 (texts 260-266, 270-276; 267 dropped before keying, the same affair as 262; 268, 269 and
277-279 unused) was read against the rulebook before 02b3ffd and is settled the same way (hedge and
booster disagreements by data/cues.csv and §4); it is the test part's never-seen batch. Where both
readings agree but 02b3ffd says otherwise, RULEBOOK keys 263 S20 ('I don't know how we are going to
cope', not knowing said of oneself) as Tuboh's claim, speculation accepted. The batch-1 to batch-13
keys searched for its cases (dedications, a quotation opening a paragraph after 'X said', units
printed twice, not knowing said of oneself, attribution inside the subject) needed no change.
Batch 15 (texts 280-285, 290-295; 286-289 unused) was read against the rulebook before 477e03f and
is settled the same way (hedge and booster disagreements by data/cues.csv and §4); it is the test
part's never-seen batch. Where both readings agree but 477e03f says otherwise, RULEBOOK keys 280
S04 ('the two-month investigation … revealed', findings whose makers the text neither names nor
describes) as vague with the cue 'revealed' and evidence document. The batch-1 to batch-14 keys
searched for its cases (findings and data of unnamed makers, 'point to', sources joining unnamed
people and a named person, one attribution inside another, what others know said by the author)
are corrected in RULEBOOK where they contradict it: 273 S04 ('a survey found': vague), 273 S03
('inadequate awareness': speculation accepted), 128 S02, 09 S06 and 161 S03 (the agencies, the
court and Muratov as source, the outlet the evidence), 216 S03 and 23 S07 (the cue that hands the
statement to the person quoted).
NAMES gives reader B's name where it is the fuller one for the same speaker, or the same name without reader A's pronoun.

Run: python benchmarks/corpus/settle.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
FIELDS = ("kind", "source", "source_type", "cue", "hedges", "boosters", "evidence")
KEY_COLUMNS = ["id", "paragraph", "text", *FIELDS, "also_acceptable", "explanation"]
MEASURED = ("kind", "source_type", "evidence", "cue", "hedges", "boosters", "also_acceptable")

# (text number, unit id) -> (values that differ from reader A's, the decision in words)
DECISIONS: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("01", "S08"): (
        {"also_acceptable": ""},
        "§2: a question asserts nothing, so it is the author's fact; it states no hope, so speculation is not accepted (B).",
    ),
    ("02", "S01"): ({}, "§3 an announcement that is the act: fact, claim accepted (A)."),
    ("03", "S10"): (
        {"also_acceptable": "claim;speculation"},
        "§5 an action with its stated purpose: speculation accepted; the plans are Tseng's own, reported from the interview, so claim is accepted too (B).",
    ),
    ("03", "S11"): (
        {"also_acceptable": "claim"},
        "as S10: what he talked about is his, so claim is accepted (B).",
    ),
    ("04", "S06"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("04", "S12"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("04", "S13"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("05", "S09"): (
        {"also_acceptable": "speculation"},
        "§10 a hedge on a side detail: 'indicate' is on the hedge list (§4) and touches the information, not the main point, so speculation is accepted beside claim (B).",
    ),
    ("06", "S08"): (
        {"also_acceptable": "claim"},
        "§7 two layers: the economists' view in the side clause is theirs, so claim is accepted (B).",
    ),
    ("06", "S14"): ({"boosters": ""}, "§4: 'just' is not on the booster list (A)."),
    ("07", "S01"): (
        {},
        "§2 a unit of several sentences is keyed by its first and accepts the kinds the others give: denial (the citizens dispute it) and fact (the crackdown, the deaths) (A).",
    ),
    ("08", "S04"): (
        {},
        "§3 an announcement that is the act: fact, claim accepted; §5 a stated purpose: speculation accepted (A).",
    ),
    ("08", "S09"): (
        {},
        "§2 rule 1 comes first: 'malign behavior' is the author's judgement of value, opinion; §10 names no reason to accept fact for a value word over checkable detail, so none is accepted (A).",
    ),
    ("09", "S05"): (
        {"also_acceptable": "speculation"},
        "§5 an observable action with its stated purpose ('to challenge'): speculation accepted (B).",
    ),
    ("09", "S06"): (
        {"evidence": "official_record"},
        "§9 several things pointed to: the court's ruling (official record) over the tweet that reports it (B); §3 rulings: claim, with KTN the source of the report ('according to' at the end, §3); fact is not accepted, as the ruling is passed on, not reported flatly (A).",
    ),
    ("10", "S02"): (
        {"also_acceptable": ""},
        "§3: 'announced' with a that-clause hands the content to the federation: claim; fact is not among the accepted kinds for 'announced that' (B).",
    ),
    ("10", "S07"): ({"evidence": "official_record"}, "§9: a law is on the public record (B)."),
    ("12", "S01"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("12", "S02"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("12", "S05"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("12", "S06"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("12", "S07"): (
        {"also_acceptable": ""},
        "§3: courts' acts reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("13", "S03"): (
        {},
        "§10 a hedge on a side detail ('reportedly nicknamed'): speculation, fact accepted; the main point is the author's, so the source is the author, with no cue and no evidence (A).",
    ),
    ("13", "S05"): (
        {"also_acceptable": ""},
        "§3: a jury's verdict and sentence reported flatly are the author's fact, official record; no second kind (B).",
    ),
    ("13", "S06"): (
        {"also_acceptable": "claim"},
        "§3 denial in other words ('maintains his innocence'); the blaming of regulators is his claim, so claim is accepted (B).",
    ),
    ("13", "S08"): (
        {},
        "§5: 'sought' is on the list of wishes ('seeks to'), an observable candidacy: fact, speculation accepted (A).",
    ),
    ("13", "S09"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("14", "S07"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("14", "S08"): ({"evidence": "official_record"}, "§9: the same nomination as S07 (B)."),
    ("14", "S10"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("14", "S12"): (
        {"evidence": "official_record"},
        "§9: a party's pick of running mate is a nomination, on the record (B).",
    ),
    ("14", "S15"): (
        {"evidence": "official_record"},
        "§9: a primary's result and a party's nomination are on the record (B).",
    ),
    ("14", "S16"): (
        {"evidence": "official_record"},
        "§9: a party's nomination is a formal act on the record (B).",
    ),
    ("15", "S01"): (
        {},
        "§6: 'scientists from the University of Utah' are people not named, listed as anonymous (A).",
    ),
    ("15", "S02"): (
        {},
        "§6: 'Scientists' are people not named: anonymous (A); §2 several sentences: the first (the naming) is fact, so fact is accepted (A).",
    ),
    ("16", "S11"): (
        {"also_acceptable": "claim"},
        "§3 'announced his candidacy' is the announcement that is the act: fact, claim accepted; the rules give no reason to accept speculation here (neither reading's set).",
    ),
}
CUE_SPAN = {  # cue disagreements that are only the cue's span: the verb alone
    ("02", "S06"), ("03", "S08"), ("03", "S09"), ("05", "S07"), ("05", "S09"), ("06", "S02"),
    ("06", "S03"), ("06", "S04"), ("06", "S05"), ("09", "S03"), ("09", "S06"), ("09", "S09"),
    ("09", "S10"), ("09", "S11"), ("09", "S12"), ("09", "S15"), ("10", "S10"), ("11", "S06"),
    ("13", "S03"),
}  # fmt: skip

# Batch 2 (texts 17-37): read against the rulebook before b8152c7; settled by the rulebook as it
# stands after b8152c7, whose new paragraphs ruled the cases the two readers found silent.
DECISIONS.update(
    {
        ("19", "S10"): ({}, "Cue: the cue word 'concerns' alone, without the conjunction (A)."),
        ("19", "S12"): (
            {"kind": "claim", "also_acceptable": "speculation"},
            "§4: 'can' is not a hedge ('it can hurt' is the rulebook's own example), so Halpin's unhedged words are his claim (§2.2); read as a feeling (§5), speculation is also accepted (B).",
        ),
        ("20", "S03"): (
            {"also_acceptable": ""},
            "§10 attributed judgements: the Charter's principle quoted by Pence is a judgement of value, not a factual charge, so claim is not accepted (B).",
        ),
        ("20", "S04"): (
            {"kind": "claim", "also_acceptable": "opinion"},
            "§2 a unit of several sentences is keyed by its first: 'can attest to that truth', handed to Pence by 'he stated', is his claim ('can' is ability, not a hedge, §4) (B); the second sentence's 'dark cloud of tyranny' is a judgement, so opinion is accepted (B); the cue is the verb of the first sentence, 'stated' (A).",
        ),
        ("21", "S09"): (
            {"also_acceptable": "opinion"},
            "§10 a judgement in a side word ('effectively a police state' is the rulebook's own example): the author's fact, opinion accepted (B).",
        ),
        ("22", "S07"): (
            {"also_acceptable": "claim;opinion"},
            "§3 an announcement that is the act (his defection) and a call reported as an act: fact, claim accepted (B); the call's content is given as a recommendation ('to defect'), so opinion is accepted too (§3 calls; beyond both readings).",
        ),
        ("22", "S08"): (
            {"also_acceptable": "denial;claim"},
            "§2 acts of speech reported as acts: rejecting Maduro's authority and recognising Guaido are reported flatly as what he did, so fact is the key, with the author as source, and the content's kind, denial, is accepted (A); recognising is also an announcement that is the act (§3: claim accepted, as B).",
        ),
        ("22", "S12"): (
            {},
            "§10 a modal inside a fact needs a modal; 'remains unclear' has none, so no second kind is accepted (A).",
        ),
        ("23", "S02"): ({}, "Cue: the phrase without the auxiliary 'has' (A)."),
        ("23", "S07"): (
            {},
            "Cue: 'quoted … as saying' is one cue, keyed by its verb 'quoted' (A).",
        ),
        ("24", "S13"): (
            {"hedges": "I think; probably; generally speaking"},
            "§4: 'generally' is on the hedge list, so 'generally speaking' is a hedge as well (B); the kind is speculation either way.",
        ),
        ("25", "S05"): (
            {},
            "§4 (ruled after the readings): 'allegedly' is a distancing cue and a hedge at once — speculation, claim accepted, the word standing among the hedges (A); the attribution is 'according to' (A).",
        ),
        ("25", "S06"): (
            {"cue": "said; claiming"},
            "§3: 'said' hands the first clause and the distancing 'claiming' the second to the authorities; both are cues of the sentence (B).",
        ),
        ("26", "S01"): (
            {
                "kind": "fact",
                "source": "the article",
                "source_type": "author",
                "cue": "",
                "evidence": "official_record",
                "also_acceptable": "opinion",
            },
            "neither reading: §3 calls (ruled after the readings) makes a call or appeal reported as an act the author's fact, with opinion accepted where the content is a recommendation ('police urged residents to stay away' is the rulebook's own example); so the source is the article, not the police both readings name, and the evidence, by §9, is the record of a named institution's public call (as the call made at the UN), not testimony.",
        ),
        ("27", "S03"): (
            {"also_acceptable": "fact;claim"},
            "§5 an attributed wish: the protesters 'say they want', so claim is accepted beside fact (B).",
        ),
        ("27", "S05"): (
            {"also_acceptable": ""},
            "§2 acts of speech (ruled after the readings): 'we stand with you' is a pledge of support whose content is a stance, opinion, the key both readings give; §10 attributed judgements: claim is accepted only for a factual charge, which a stance is not, and the stance is no pledge about the future, so speculation is not accepted either (neither reading: both accepted claim).",
        ),
        ("28", "S04"): (
            {},
            "§2.1 'a moral foreign policy' makes the first statement a judgement of value, opinion (A); the unit holds a second sentence ('We took obligations … in 1948'), a checkable claim, so claim is accepted (§2 what is keyed) (A).",
        ),
        ("28", "S06"): (
            {"also_acceptable": "opinion"},
            "§10 a judgement in a side word: 'the dignity that inheres in all human beings' is a value premise beside a checkable historical claim, so opinion is accepted (B).",
        ),
        ("30", "S03"): (
            {"also_acceptable": "speculation;claim"},
            "§2 one sentence, two statements: the side clause is the farmers' forecast ('they contend will favor'), speculation, and as an attributed forecast claim is accepted too (§5) (B).",
        ),
        ("30", "S08"): (
            {"also_acceptable": "speculation"},
            "§5 not a motive: an action with its stated purpose ('tried to restrain them'), fact, speculation also accepted (B).",
        ),
        ("31", "S02"): (
            {"also_acceptable": "speculation"},
            "§5 not a motive: an action with its stated purpose ('to protest … and call for the release'), fact, speculation also accepted (B).",
        ),
        ("31", "S06"): (
            {"also_acceptable": ""},
            "§10 attributed judgements (ruled after the readings): claim is accepted only for a factual charge; 'insults the will of the people' is not one (B).",
        ),
        ("31", "S08"): (
            {"also_acceptable": ""},
            "§10 attributed judgements (ruled after the readings): claim is accepted only for a factual charge; 'it's important to honor the election result' is a recommendation (B).",
        ),
        ("31", "S09"): (
            {"kind": "speculation", "also_acceptable": "claim"},
            "§5 a mental state given as the cause of an observable act ('That's why we have come here'): the reason is the guess, speculation; claim accepted as attributed (B).",
        ),
        ("32", "S03"): (
            {},
            "§5: the point is the government's reasoning ('concluded that there was a need'), a mental state given as the cause of the founding, speculation; fact accepted because the establishing is stated (A).",
        ),
        ("32", "S04"): (
            {},
            "§9: the founding of a government broadcaster is a formal act of an institution, on the record (A).",
        ),
        ("32", "S05"): (
            {"source": "the Voice of America"},
            "§2 quotations (ruled after the readings): a quoted text with no attribution words, whose speaker the text makes clear, has that speaker as source — the Voice of America, in its first broadcast (B) — and an empty cue: 'broadcast' in the sentence before names the show and hands nothing (A).",
        ),
        ("32", "S06"): (
            {"source": "the Voice of America", "also_acceptable": ""},
            "§2 quotations: the speaker as source, the Voice of America (B), and an empty cue (A); §3, §5: 'Daily at this time we shall speak to you' is a fixed schedule described by those who make it, claim, not an intention still to be carried out, so speculation is not accepted (B).",
        ),
        ("32", "S07"): (
            {"source": "the Voice of America"},
            "§2 quotations: the speaker as source, the Voice of America (B), and an empty cue (A).",
        ),
        ("32", "S08"): (
            {"source": "the Voice of America"},
            "§2 quotations: the speaker as source, the Voice of America (B), and an empty cue (A).",
        ),
        ("32", "S11"): (
            {"also_acceptable": ""},
            "§10 attributed judgements (ruled after the readings): claim is accepted only for a factual charge; Kennedy's 'an extremely difficult and sensitive task' is not one (B).",
        ),
        ("33", "S01"): (
            {},
            "§2: a unit of two sentences is keyed by its first (fact); the second, the United States joining the celebration of 'the importance of press freedom', is an act of speech reported flatly whose content is a judgement, so opinion is accepted (§2 acts of speech) (A).",
        ),
        ("34", "S05"): (
            {"also_acceptable": "fact;claim"},
            "§4 (ruled after the readings): 'allegedly' is a distancing cue and a hedge at once, speculation with claim accepted; fact stays accepted for the detention stated flatly (§10 a hedge on a side detail) (B).",
        ),
        ("34", "S09"): (
            {"also_acceptable": "fact"},
            "§2 acts of speech (ruled after the readings): the content he declared ('unjustly shed') is a judgement, opinion, the key both readings give; the offering of condolences is reported flatly, so fact is accepted (A); §10 attributed judgements: claim is not accepted for a judgement that is no factual charge (B).",
        ),
        ("35", "S01"): (
            {"also_acceptable": "opinion"},
            "§10 a judgement in a side word ('parrots propaganda' is the rulebook's own example): the author's fact, the match checkable, opinion accepted (B).",
        ),
        ("35", "S03"): (
            {"also_acceptable": "opinion"},
            "§10 a judgement in a side word ('parroted'): the author's fact, the match checkable, opinion accepted (B).",
        ),
        ("35", "S07"): (
            {"also_acceptable": "opinion"},
            "§10 a judgement in a side word ('propaganda'): the author's fact, the likeness checkable, opinion accepted (B).",
        ),
        ("35", "S08"): (
            {"source_type": "vague", "also_acceptable": "speculation"},
            "§6 (ruled after the readings): a chatbot such as Gemini cannot speak for itself, vague (B); §10 a judgement that is also a forecast: speculation accepted; §10 attributed judgements: claim is not accepted (B).",
        ),
        ("35", "S09"): (
            {"source_type": "vague"},
            "§2.1 'represents the fundamental interest of the Chinese people' is a political judgement no evidence could settle, opinion (A); claim is accepted because the article itself presents it as 'a claim the CCP itself maintains' (§1: a kind is how the text presents a statement) (A); §6: Gemini is a vague source (B).",
        ),
        ("35", "S10"): (
            {"source_type": "vague"},
            "§7 label by Y: Gemini's assertion, claim; the main clause ('Gemini also mirrored Beijing's talking points') is the author's fact, so fact is accepted (§2 one sentence, two statements) (A); §6: Gemini is a vague source (B).",
        ),
        ("35", "S11"): (
            {"also_acceptable": "claim;denial"},
            "§3 the author correcting a source (ruled after the readings; 'X does not recognise it' is its own example): the author's fact, with denial (B) and claim also accepted.",
        ),
        ("37", "S02"): (
            {},
            "§5, §7 Diogu's reported forecast: speculation, claim accepted; §2 one sentence, two statements: the first main clause (Mbonye spoke to Diogu) is a flat event, so fact is accepted (A).",
        ),
        ("37", "S06"): (
            {"also_acceptable": ""},
            "§10 attributed judgements (ruled after the readings): claim is accepted only for a factual charge; 'it's good to see' is not one (B).",
        ),
        ("37", "S07"): (
            {"also_acceptable": ""},
            "§10 attributed judgements (ruled after the readings): claim is accepted only for a factual charge; 'it's good to see' is not one (B).",
        ),
        ("37", "S11"): (
            {},
            "§5, §7: what benefits the league will bring is a forecast Diogu makes, so claim is accepted beside speculation (A).",
        ),
    }
)
CUE_SPAN |= {
    ("18", "S05"), ("18", "S07"), ("19", "S02"), ("19", "S03"), ("19", "S04"), ("19", "S15"),
    ("21", "S07"), ("22", "S03"), ("22", "S11"), ("24", "S13"), ("24", "S14"), ("25", "S08"),
    ("26", "S06"),
}  # fmt: skip

# Batch 3 (texts 38-53, 55-57): read against the rulebook before 87338c0; settled by the rulebook
# as it stands after 87338c0, whose new paragraphs ruled the cases the two readers found silent.
DECISIONS.update(
    {
        ("38", "S03"): (
            {"evidence": "testimony", "also_acceptable": "speculation;claim"},
            "§9 speeches, offers and testimony (ruled after the readings; 'an offer made at a summit' its own example): an offer is someone's word on a public occasion, not a formal act, and the sentence gives its content, so testimony (neither reading); §2 acts of speech: the offer reported flatly is fact, the content's kind, a pledge about the future, speculation, accepted (A); §3 an announcement that is the act: claim accepted (B).",
        ),
        ("38", "S04"): (
            {},
            "§3 criticism and praise (ruled after the readings; 'called the plan \"a brilliant idea\"' its own example): where the sentence gives the judgement's own words ('an \"incredible offer\"'), opinion is the key, claim and fact accepted (A).",
        ),
        ("38", "S09"): (
            {"kind": "fact", "evidence": "none", "also_acceptable": "opinion;speculation"},
            "§2 courtesies (ruled after the readings; 'Thank you.' its own example): a courtesy asserts nothing checkable, keyed like a question, fact, evidence none, the speaker as source and the printed label as cue; opinion and speculation (a feeling) are also accepted; claim is not among them (neither reading: both keyed opinion).",
        ),
        ("38", "S10"): (
            {"cue": "characterized"},
            "Cue: the attribution verb alone, 'characterized', without 'by some as' (neither reading's span).",
        ),
        ("38", "S13"): (
            {"also_acceptable": "opinion"},
            "§10 a judgement in a side word ('the important statement'): the point, the department's decision, is stated flatly; opinion is accepted (B).",
        ),
        ("38", "S15"): (
            {},
            "§2 claim: his account of the department's priority, checkable against what it does; 'considers' reads as a belief, so speculation is accepted (A); it is no stance declared as an act of speech, so opinion is not accepted (A).",
        ),
        ("38", "S16"): (
            {},
            "§5 a priority is close to an aim, so speculation is accepted beside his claim (A); the sentence reports what the department does, not a judgement, so opinion is not accepted (A).",
        ),
        ("39", "S10"): (
            {},
            "§4 the hedge 'appear to' is on the main point: speculation; §10 accepts claim beside an attributed speculation for a reported forecast or wish (two layers), not for a hedged finding, so claim is not accepted (A).",
        ),
        ("39", "S12"): (
            {},
            "§2 rule 3: the test stated flatly in the author's voice; no later sentence attributes it (S14 is a new statement), so the paraphrase line of §2 does not apply and claim is not accepted (A).",
        ),
        ("39", "S13"): (
            {},
            "§2 rule 3: stated flatly in the author's voice; no later cue attributes it, so claim is not accepted (A).",
        ),
        ("39", "S14"): (
            {},
            "§4 what the fields list: 'greatly' is not on the booster list (A).",
        ),
        ("40", "S01"): (
            {"also_acceptable": "speculation;claim"},
            "§5 knowing and awareness (ruled after the readings): the key is the kind of what is known, the allegations stated flatly, fact, and speculation is accepted (A); §2 paraphrase before its cue: the headline gives, unquoted, what King says in S06, so claim is accepted (B).",
        ),
        ("40", "S04"): (
            {"also_acceptable": "speculation;claim"},
            "§2 acts of speech: the statement offering training is reported flatly, fact, and the content's kind, an offer about the future, speculation, is accepted (A); §3 an announcement that is the act: claim accepted (B).",
        ),
        ("40", "S05"): (
            {},
            "§5 not a motive: an action with its stated purpose ('to help with security'), fact, speculation also accepted (A).",
        ),
        ("40", "S06"): ({}, "Cue: 'told' without its object (A)."),
        ("40", "S09"): (
            {"cue": "said", "also_acceptable": ""},
            "Cue: the attribution verb alone, 'said' (B); §2 acts of speech: the declared support is a stance, opinion; §10 attributed judgements: claim is accepted only for a factual charge, which a stance is not (B).",
        ),
        ("40", "S10"): (
            {"cue": "said"},
            "§2 quotations: a continued quotation keeps the attribution's cue, the verb alone, 'said' (B); the source keeps the fuller name, King (A).",
        ),
        ("41", "S03"): (
            {"also_acceptable": "speculation;claim"},
            "§2 one sentence, two statements: the first main clause, the author's fact, is the key; the second hands Kagame's suggestion to him with 'suggested', a cue and a hedge at once, so speculation and, as with 'allegedly' (§4), claim are accepted (B).",
        ),
        ("41", "S04"): (
            {"also_acceptable": "claim"},
            "§4: 'suggested' is the cue and the hedge at once, as 'allegedly' is: speculation, claim accepted (B).",
        ),
        ("41", "S05"): (
            {},
            "§9 several things pointed to: the arrests and the trial are formal acts on the record, which come before Kagame's word (A); §3 'alleged' (ruled after the readings) is a hedge on a side detail: speculation, claim accepted (both).",
        ),
        ("42", "S01"): (
            {"cue": "expressed skepticism", "also_acceptable": "fact;speculation"},
            "Cue: the phrase without its preposition, 'expressed skepticism' (B); §3 criticism in the body: claim, fact accepted; the skepticism is a doubt about what the decision will bring, a forecast held by the analysts (§5), so speculation is accepted too (B).",
        ),
        ("42", "S04"): ({}, "Cue: 'told' without its object (A)."),
        ("42", "S06"): (
            {"also_acceptable": "speculation;opinion"},
            "§10 a judgement in a side word ('a substantial opportunity'): opinion accepted (B), beside speculation for the stated aim (§5, both).",
        ),
        ("43", "S04"): (
            {"evidence": "none"},
            "§9: the unit's point is a possible sentence not yet passed; nothing on the record backs it yet, so evidence none (B).",
        ),
        ("43", "S08"): (
            {},
            "§3 the denial test: saying the charges are politically motivated gives a motive for them; it does not say that anything asserted is false, so denial is not accepted (A).",
        ),
        ("43", "S10"): (
            {"evidence": "none"},
            "§9: an unofficial primary is no formal act of an institution; its result is an event stated flatly, evidence none (B).",
        ),
        ("44", "S03"): (
            {"evidence": "testimony"},
            "§9 speeches, offers and testimony (ruled after the readings; 'a speech to a parliament' its own example): a speech is someone's word on a public occasion, not a formal act of an institution, and the sentence gives the appeal's content, so testimony (neither reading); §3 calls: the author's fact, opinion accepted (both).",
        ),
        ("44", "S05"): (
            {
                "kind": "fact",
                "source": "the article",
                "source_type": "author",
                "cue": "",
                "also_acceptable": "claim",
            },
            "§2 rule 3: the author states flatly whose view S04 gave; the sentence itself judges nothing, so fact, with the author as source and evidence document (the newspaper's editorial, §9) (B); as it hands the view to the newspaper, claim is accepted (§7 two layers) (A).",
        ),
        ("45", "S02"): (
            {"boosters": ""},
            "§5 knowing (ruled after the readings): the key is the kind of what is known, a prediction, speculation; 'knows' is on neither the cue nor the booster list, so the author states it, with no cue and no booster (A for the source, B for the boosters); claim is not accepted (A).",
        ),
        ("45", "S03"): (
            {
                "source": "Elsa Desmond",
                "source_type": "named_person",
                "cue": "is not even expecting",
                "evidence": "testimony",
                "also_acceptable": "claim",
            },
            "§3: 'expect' is a belief cue, which hands the forecast to Desmond: speculation, and, as a forecast someone holds, claim is accepted (§5, §7) (B).",
        ),
        ("45", "S05"): (
            {},
            "§5 feelings: the author states her feeling; 'feels like' is not on the cue list, so the author is the source and claim is not accepted, as she is not quoted saying it (A).",
        ),
        ("45", "S12"): (
            {"also_acceptable": ""},
            "§10 attributed judgements: claim is accepted only for a factual charge; 'It's not about who wins' is not one (B).",
        ),
        ("45", "S15"): (
            {},
            "§4 what the fields list: 'simply' is not on the booster list (A); the point is a hedged cause, not a judgement, so opinion is not accepted (A).",
        ),
        ("46", "S01"): (
            {"also_acceptable": "fact;claim"},
            "§2 acts of speech (ruled after the readings): a stance declared in the author's own voice, here the editorial's, is opinion, claim and fact accepted (A, with claim by the same line).",
        ),
        ("46", "S03"): (
            {"also_acceptable": "speculation"},
            "§2 a unit of two sentences is keyed by its first; the second gives an action with its purpose (§5, speculation accepted); its 'great personal risk' is no judgement of value, so opinion is not accepted (B).",
        ),
        ("47", "S02"): (
            {},
            "§4 what the fields list: 'decisively' is not on the booster list (A); §10 a judgement in a side word ('decisively'): opinion accepted beside speculation for the stated purpose (§5) (A).",
        ),
        ("47", "S17"): (
            {},
            "§3 the author correcting a source ('charged falsely'): the author's fact, with claim and denial also accepted (A).",
        ),
        ("48", "S06"): (
            {},
            "§10 a technical reading: 'was key to winning' is a judgement in form and a causal claim in substance, so both are accepted, the claim the key as his word handed by 'says' (A).",
        ),
        ("48", "S15"): (
            {"kind": "opinion", "also_acceptable": "speculation"},
            "§5 feelings (ruled after the readings): a feeling said with a value word ('I love it', as the rulebook's 'I adore it') is a judgement, opinion first, speculation accepted; §10 attributed judgements: claim is not accepted (neither reading: both keyed speculation).",
        ),
        ("48", "S18"): (
            {},
            "§5 feelings and wishes stated of himself: speculation, claim accepted; 'Basketball is my heart' is a feeling said in value words, so opinion is accepted (§5) (A).",
        ),
        ("49", "S11"): (
            {},
            "§9 speeches, offers and testimony (ruled after the readings): the sentence reports only that the overview was given, not its content, so evidence none (A).",
        ),
        ("50", "S02"): (
            {"also_acceptable": ""},
            "§5 feelings: 'embarrassed' is a feeling without a value word, speculation; the rulebook gives no reason to accept opinion for it (B).",
        ),
        ("50", "S03"): (
            {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
            "§2 acts of speech (ruled after the readings; 'The regiment condemns …' in a commander's message its own example): a stance declared in the author's own voice is opinion, claim and fact accepted, with the author as source, no cue and no evidence (B).",
        ),
        ("50", "S07"): (
            {"kind": "fact", "hedges": "", "also_acceptable": "speculation"},
            "§2 rules, laws and bills (ruled after the readings; 'may be punished by a fine' its own example): a modal in the rule's own penalty belongs to the rule, not to the writer's doubt, so it is no hedge: fact in the author's voice, speculation accepted (B).",
        ),
        ("50", "S09"): (
            {"also_acceptable": "fact"},
            "§2 rule 1: 'should' is the commander's recommendation, followed by his own advice ('Think before you type'), not stated as a rule in force; as it may restate a conduct rule, fact is accepted (§2 rules, laws and bills) (B).",
        ),
        ("51", "S06"): (
            {"also_acceptable": "speculation"},
            "§3 denial in other words, speculation accepted for the belief in the second clause; the rulebook gives no reason to accept claim beside a denial (B).",
        ),
        ("53", "S08"): (
            {},
            "§2 claim: 'frustrated by a stiff Ukrainian resistance' says the forces are held back, a military situation one can observe; read as a feeling (§5) it is speculation, accepted (A).",
        ),
        ("55", "S01"): (
            {"also_acceptable": ""},
            "§8 a headline naming its subject flatly; 'Science for the Soldier' judges nothing, so opinion is not accepted (B).",
        ),
        ("55", "S04"): (
            {"kind": "opinion", "also_acceptable": "fact"},
            "§2 rule 1, §10: 'critical' judges importance and is the sentence's point, so opinion is the key; fact is accepted, the importance being in substance a claim about what the system needs (§10 a technical reading) (B).",
        ),
        ("55", "S05"): (
            {"kind": "opinion", "also_acceptable": "fact"},
            "§2 a fragment is keyed as the statement it belongs to, S04 (B).",
        ),
        ("56", "S06"): (
            {"also_acceptable": "speculation;claim"},
            "§2 rules, laws and bills (ruled after the readings): what the bill says is fact in the author's voice, 'likely' inside its condition is no hedge, speculation accepted; its quoted words come from the bill, so claim is accepted too (B).",
        ),
        ("56", "S08"): (
            {"evidence": "document", "also_acceptable": "fact;speculation"},
            "§9: the judgement is about what 'the proposed law' says, a text a reader could look up: document (B); §10 a legal reading ('everything is permissible to monitor' could be settled against the bill): fact accepted (B), and speculation for the motive in 'under the guise of' (both).",
        ),
        ("56", "S09"): (
            {"evidence": "document"},
            "§9: what a bill says is its text, and the reason clause states it ('binding for every Nigerian citizen'): document (B).",
        ),
        ("56", "S11"): (
            {},
            "§2 rules, laws and bills (ruled after the readings): the bill's section quoted is claim, opinion accepted for 'must not'; 'likely' in the rule's own condition is no hedge, and speculation is accepted (A).",
        ),
        ("57", "S10"): (
            {},
            "§5 feelings (ruled after the readings): a feeling said in value words ('never gets old', 'always exciting') is a judgement, opinion first, speculation accepted (A); §10 attributed judgements: claim is not accepted (A).",
        ),
        ("57", "S11"): (
            {},
            "§5 a feeling in value words ('an amazing moment'): opinion, speculation accepted; §10 attributed judgements: claim is not accepted (A).",
        ),
        ("57", "S12"): (
            {},
            "§5 feelings in value words ('an honor', 'super special'): opinion, speculation accepted; §10 attributed judgements: claim is not accepted (A).",
        ),
    }
)
CUE_SPAN |= {("40", "S06"), ("42", "S04")}  # fmt: skip
# Batch 4 (texts 58-65, 68-77): read against the rulebook before ef3dccf; settled by the rulebook
# as it stands after ef3dccf, whose new paragraphs ruled the cases the two readers found silent.
# The readers did not see data/cues.csv: hedge and booster disagreements are settled by it and §4.
DECISIONS.update(
    {
        ("58", "S01"): (
            {"also_acceptable": ""},
            "§3 denial without a denial verb ('says he did nothing wrong'): denial; no line of §10 accepts claim beside a plain denial in other words (B).",
        ),
        ("58", "S02"): (
            {"also_acceptable": "speculation"},
            "§10 a hedge on a side detail ('allegedly' on the news report): speculation accepted; no line of §10 accepts claim beside a plain denial in other words (B).",
        ),
        ("58", "S03"): (
            {},
            "§4 (ruled after the readings): 'absolutely' stressing a statement is a booster (A).",
        ),
        ("58", "S04"): (
            {"cue": "said", "also_acceptable": ""},
            "Cue: the attribution verb alone, 'said' (B); §4 (ruled after the readings): 'largely' says how much, not how sure, so it is no hedge and speculation is not accepted (B).",
        ),
        ("58", "S05"): ({"cue": "said"}, "Cue: the attribution verb alone, 'said' (B)."),
        ("59", "S01"): (
            {},
            "§5 (ruled after the readings): a schedule an institution has set for someone (a prisoner's release, a move to house arrest) is a decision already made: fact, speculation accepted (A).",
        ),
        ("59", "S02"): (
            {},
            "§5 (ruled after the readings): a release date the prison has set is a decision already made: fact, speculation accepted (A).",
        ),
        ("59", "S04"): (
            {},
            "§5 (ruled after the readings): the house confinement the authorities have set is a decision already made: fact, speculation accepted (A).",
        ),
        ("59", "S08"): (
            {},
            "§5 (ruled after the readings): the quarantine the prison has set before his release is a schedule already made: fact, speculation accepted (A); §9: a medical quarantine is an operational act, evidence none (both).",
        ),
        ("60", "S03"): (
            {"cue": "rejects"},
            "§2 statements a body publishes in its own name (ruled after the readings; 'The club rejects the accusations' its own example): the director's statement names VOA in the third person, so VOA is the source (named_group), its verb the cue, and rejecting the accusations made about it is a denial; the call on the CDC is a recommendation (opinion), and fact and claim are accepted because the author is the same body (A; cue the verb alone).",
        ),
        ("60", "S08"): (
            {"evidence": "document"},
            "§9: the statement names the CDC memo, a text a reader could look up (released under the records request of S04) (B).",
        ),
        ("61", "S07"): (
            {"also_acceptable": ""},
            "§2 rule 2: the point is the violence the source reports; 'unwilling and unable' describes the government's conduct, not a motive the sentence gives as a cause (§5), so speculation is not accepted (B).",
        ),
        ("62", "S04"): (
            {"also_acceptable": "claim"},
            "§5 feelings: 'I am alarmed' is a feeling without a value word, speculation with claim accepted; opinion is accepted only for a feeling said in a value word (B).",
        ),
        ("62", "S06"): (
            {},
            "§10 a judgement in a side word ('made the situation worse'): the author's fact, opinion accepted (A).",
        ),
        ("63", "S02"): (
            {},
            "§4 (ruled after the readings): 'absolutely' stressing a statement is a booster (A).",
        ),
        ("63", "S07"): ({}, "Cue: the verbs without the pronoun (A)."),
        ("64", "S03"): (
            {"also_acceptable": ""},
            "§3 'according to' is neutral: the electoral council's declared results are its claim on the record (§9 an election result declared by the body that runs it); no line accepts fact for a neutral cue (B).",
        ),
        ("64", "S08"): (
            {"also_acceptable": "claim"},
            "§2 rule 1: the request 'Take our word for it', attributed to the regime by 'says', is opinion; claim is accepted as both readings did, and fact is not, the sentence being the regime's words as the author puts them (B).",
        ),
        ("64", "S09"): (
            {},
            "§4 (ruled after the readings): 'absolutely' stressing a statement is a booster (A).",
        ),
        ("64", "S10"): (
            {"cue": "condemned"},
            "Cue: the verb of the main statement alone, 'condemned' (B).",
        ),
        ("65", "S02"): (
            {},
            "§2 statements a body publishes in its own name (ruled after the readings; 'The agency condemns …' its own example): the statement names Voice of America in the third person, so it is the source (named_group) and 'condemns' the cue; a declared condemnation is opinion, fact and claim accepted (A).",
        ),
        ("65", "S04"): (
            {"also_acceptable": ""},
            "§4 idioms (ruled after the readings; 'nothing could be simpler' its own example): 'could' in 'Nothing could be further from the truth' is no hedge (A); a denial in other words accepts no second kind under §10 (B).",
        ),
        ("65", "S05"): (
            {"also_acceptable": "speculation"},
            "§4 idioms (ruled after the readings; 'couldn't be happier' its own example): 'could not be prouder' holds no hedge (A); §5 a feeling in value words: opinion, speculation accepted; §10 attributed judgements: claim is not accepted (B).",
        ),
        ("65", "S06"): (
            {"also_acceptable": ""},
            "§4 (ruled after the readings): 'largely' says how much, not how sure, so speculation is not accepted; the ranking is Reporters Without Borders' through 'according to', and no line accepts fact for a neutral cue (B).",
        ),
        ("68", "S01"): (
            {},
            "§3 a judgement given in its own words ('can't be trusted'): opinion, claim and fact accepted (A); §6 (ruled after the readings): the minister is named in the text, so named_person in the headline too (both).",
        ),
        ("68", "S03"): (
            {},
            "§3 a judgement given in its own words: opinion, claim and fact accepted; §10 a hedge on a side detail ('allegedly' on the reasons): speculation accepted (A).",
        ),
        ("68", "S04"): (
            {},
            "§10 a hedge on a side detail ('reportedly'): speculation, with fact accepted for the interview stated flatly; no one is named, so claim is not accepted (A).",
        ),
        ("68", "S06"): (
            {"kind": "denial", "also_acceptable": "claim"},
            "§3 denial without a denial verb: saying the treasurer's words were taken out of context rejects what the journalists reported, so denial (B); claim stays accepted, as the rejection is made by asserting a reading of its own (both readings accept it).",
        ),
        ("68", "S07"): (
            {},
            "§2 one sentence holding two statements: the first clause, his claim, is keyed and the second's kinds are accepted; the second gives the judgement's own words ('sensationalized and biased'), opinion, with fact accepted for the act (§3) (A).",
        ),
        ("68", "S12"): (
            {"also_acceptable": "claim"},
            "§2 statements a body publishes in its own name (ruled after the readings): Loop PNG's statement rejects what the minister asserted about it, a denial; claim is accepted, the statement's author being the same body (B).",
        ),
        ("68", "S13"): (
            {"kind": "opinion", "also_acceptable": "claim;denial;fact"},
            "§2 statements a body publishes in its own name (ruled after the readings): rejecting attempts to interfere is a declared stance, not a rejection of anything asserted, so opinion (B); fact and claim are accepted, the author being the same body, and denial for the denial verb (§3 refusals).",
        ),
        ("69", "S03"): (
            {"also_acceptable": ""},
            "§5: 'because he called for national protests' gives an observable act as the reason, not a mental state, so speculation is not accepted (B).",
        ),
        ("69", "S09"): (
            {"evidence": "none"},
            "§9: the sentence's point is that the pleas were ignored, an event; the detention is the background of its side clause (B).",
        ),
        ("70", "S02"): (
            {"also_acceptable": "fact"},
            "§7: the activist's claim, the author's receipt of the message accepted as fact; 'disturbing' is a side word on the message, not the content a reader takes away, so opinion is not accepted (B).",
        ),
        ("70", "S04"): (
            {"also_acceptable": "speculation"},
            "§2 rule 3: the main statement, the author's memory of other instances, is stated flatly: fact (A); the harassers' motive in the side clause ('simply because she was a woman', §5) gives speculation, accepted (both); 'countless' is no judgement of value, so opinion is not accepted.",
        ),
        ("70", "S07"): (
            {"also_acceptable": "speculation"},
            "§5 the author's own reason for writing (ruled after the readings; 'Because today is my birthday.' its own example): the author's fact, speculation accepted (A for the kind, B for the accepted kind).",
        ),
        ("70", "S08"): (
            {"also_acceptable": ""},
            "§2 rule 3: a flat event and a flat state of affairs; no word of it judges value, so opinion is not accepted (B).",
        ),
        ("70", "S12"): (
            {"kind": "opinion", "also_acceptable": "fact"},
            "§2 rule 1: the sentence's point is a verdict on a nation's 'mentality', which no evidence could settle: opinion; fact accepted for the abuse it states (§10 a judgement in a side word read the other way) (B).",
        ),
        ("70", "S14"): (
            {"also_acceptable": ""},
            "§2 rule 1: the narrative the author voices has no speaker in the text, so claim is not accepted (B).",
        ),
        ("71", "S02"): (
            {"also_acceptable": "opinion"},
            "§4 'seems to' makes it speculation (both); 'missed a rare window of opportunity' judges the year, so opinion is accepted (§10 a hedged judgement) (B).",
        ),
        ("71", "S10"): (
            {},
            "§5: a hope is a mental state, speculation whoever states it; the rules give no reason to accept fact (A).",
        ),
        ("71", "S11"): (
            {"also_acceptable": ""},
            "§2 rule 1: 'dismal' is the sentence's point, so opinion, with no second kind (§10 side words accept fact only where the judgement is not the point) (B).",
        ),
        ("71", "S13"): (
            {"also_acceptable": "opinion"},
            "§2 rule 3: a cause stated flatly; 'highly influential' and 'main reasons' judge, opinion accepted (§10); no hedge or mental state, so speculation is not accepted (B).",
        ),
        ("71", "S15"): (
            {},
            "§5 a feeling attributed to another: speculation, claim accepted; 'tired of not being number one' has no value word, so opinion is not accepted (A).",
        ),
        ("72", "S01"): (
            {"also_acceptable": "speculation"},
            "§8, §2 rule 1: the judgements are the headline's point, so fact is not accepted; 'to Justify' is a motive, speculation accepted (B).",
        ),
        ("72", "S02"): (
            {"also_acceptable": "opinion;claim"},
            "§4: 'It is obvious' is the booster (the adjective form of 'obviously' in data/cues.csv), listed as printed like 'The fact is' (A); §2 (ruled after the readings): a quoted text whose speaker the text does not make clear, the page's epigraph, is keyed in the author's voice as printed, claim accepted (neither reading).",
        ),
        ("72", "S08"): (
            {"also_acceptable": "opinion"},
            "§5 not a prediction: the report's plan for its own text, fact; 'most salient false narratives' a judgement in side words, opinion accepted (§10); the narratives are named, not passed on, so claim is not accepted (B).",
        ),
        ("72", "S09"): (
            {},
            "§3 the author correcting a source: fact, claim and denial accepted; 'Kremlin-fabricated' is a judgement in a side word, opinion accepted (§10) (A).",
        ),
        ("73", "S03"): (
            {"also_acceptable": ""},
            "§2 rule 1: what conduct is 'about' is a judgement no evidence could settle: opinion (A); §10 attributed judgements: claim is accepted only for a factual charge, which this is not (neither reading's set).",
        ),
        ("73", "S06"): (
            {"also_acceptable": ""},
            "§2 rule 1: leadership as the foundation of trust is a judgement: opinion (A); §10 attributed judgements: claim is accepted only for a factual charge (neither reading's set).",
        ),
        ("74", "S04"): (
            {"also_acceptable": "claim"},
            "§5 feelings: 'happy' is a feeling without a value word, speculation with claim accepted; opinion is not accepted (B).",
        ),
        ("74", "S09"): (
            {"also_acceptable": ""},
            "§3 'declared' is neutral: the organisation's claim; no line accepts fact for a neutral cue (B).",
        ),
        ("75", "S07"): (
            {"also_acceptable": "claim;opinion"},
            "§3 an announcement that is the act ('declared war'): fact, claim accepted; §2 acts of speech: the content's kind, a stance ('Either you are with us …'), opinion, accepted (B).",
        ),
        ("75", "S09"): (
            {"also_acceptable": ""},
            "§2 rule 3: relations and aid stated flatly; 'significant' sizes the support, it does not judge its value, so opinion is not accepted (B).",
        ),
        ("76", "S02"): (
            {},
            "§9: a detention by police is official_record, and where a sentence points to several things the record is keyed (A).",
        ),
        ("76", "S03"): ({}, "Cue: 'according to' without its object (A)."),
        ("76", "S08"): (
            {"also_acceptable": "fact"},
            "§3 criticism in the body: the LHRC's claim, fact accepted; 'most vocal' is the author's side word, not the content, so opinion is not accepted (B).",
        ),
        ("76", "S10"): (
            {},
            "§3 a judgement given in its own words ('press freedom has limits'): opinion, claim and fact accepted (A).",
        ),
        ("76", "S12"): ({}, "Cue: the verb 'told' alone (A)."),
        ("77", "S01"): (
            {},
            "§8, §2 rule 1: the judgement 'dramatic slide' is the point, opinion; fact accepted for the abductions and arrests; the phrase is quoted without a clear speaker (§2, ruled after the readings), so claim is accepted (A).",
        ),
        ("77", "S10"): (
            {},
            "§3 an announcement that is the act: reporting Magoti missing is an act the author reports flatly, fact, claim accepted (A).",
        ),
    }
)
CUE_SPAN |= {("68", "S03"), ("71", "S15")}  # fmt: skip

# Batch 5 (texts 78-84, 88-97): read against the rulebook before 0421bd9; settled by the rulebook
# as it stands after 0421bd9, whose new paragraphs ruled the cases the two readers found silent.
# The readers did not see data/cues.csv: hedge and booster disagreements are settled by it and §4.
DECISIONS.update(
    {
        ("78", "S03"): (
            {"also_acceptable": "claim"},
            "§3 an endorsing cue ('revealed') inside the flat report: the study's finding is vouched for, fact, and claim is accepted as for any endorsing cue (B).",
        ),
        ("79", "S09"): (
            {},
            "§5 a motive given as the cause of an observable act: speculation, claim accepted; 'victimize' judges the act, a judgement in a side word (§10), so opinion is accepted (A).",
        ),
        ("80", "S04"): (
            {"also_acceptable": "claim"},
            "§3 endorsing 'noted': fact, claim accepted; 'arbitrary arrest' is the report's own category of abuse, passed on with the report, not the editorial's side-word judgement, so opinion is not accepted (B).",
        ),
        ("80", "S09"): ({"cue": "noted"}, "Cue: the attribution verb alone, 'noted' (B)."),
        ("81", "S02"): (
            {},
            "§2 rule 3: 'peaceful' and 'the largest in decades' are checkable descriptions, not judgements of value, so §10 gives no reason to accept opinion (A).",
        ),
        ("81", "S07"): (
            {"also_acceptable": "fact;opinion"},
            "Cue: the attribution verb alone, 'rejected' (A); §2 acts of speech reported as acts: the rejection is reported flatly as what Blinken did, so fact is accepted beside the denial (B); 'attempt to avoid responsibility' is the editorial's judgement, opinion accepted (both).",
        ),
        ("81", "S09"): (
            {},
            "§2 rule 1 'a grievous mistake' is a judgement; it is said of what 'would' follow and names the Cuban people's feelings ('tired', §5), so speculation is accepted (A).",
        ),
        ("82", "S10"): (
            {"also_acceptable": "claim;opinion"},
            "§2 broadcast transcripts (ruled after the readings): the host speaks as the outlet, the author's fact, and claim is also accepted; 'the great need' is a judgement in a side word, opinion accepted (§10) (B).",
        ),
        ("82", "S11"): (
            {},
            "§2 lead-ins (ruled after the readings): a unit that is only a speaker's printed label is the author's fact, the quotation's kinds accepted; Moeti's quotation gives claim (S12) and opinion (S13) (A).",
        ),
        ("82", "S13"): (
            {},
            "§2 rule 1 'a preventable tragedy' is a judgement; its condition ('if Africans can get fair access') looks forward, so speculation is accepted (A).",
        ),
        ("82", "S22"): (
            {"also_acceptable": "speculation;claim"},
            "§2 rule 1 'of utmost concern' judges importance: opinion; concern is a feeling, speculation accepted (§5) (A); §2 broadcast transcripts (ruled after the readings): the host's lines accept claim; the flat reading (fact) is not accepted, as the point is the judgement (neither reading's set).",
        ),
        ("82", "S25"): (
            {},
            "§2 lead-ins (ruled after the readings): a speaker's printed label is the author's fact with the quotation's kind accepted; the correspondent speaks as the outlet, fact with claim accepted (S26), so claim is accepted (B).",
        ),
        ("82", "S26"): (
            {},
            "§2 broadcast transcripts (ruled after the readings): a correspondent speaks as the outlet, the author's fact, claim also accepted (B).",
        ),
        ("82", "S27"): (
            {},
            "§2 broadcast transcripts (ruled after the readings): the correspondent's line carried on, the author's fact, claim also accepted (B).",
        ),
        ("83", "S04"): ({}, "Cue: the attribution verb alone, 'told' (A)."),
        ("83", "S06"): (
            {},
            "Cue: the sentence has two attributed clauses and each verb is a cue, 'did not rule out' (a hedge, §3 more cue words) and 'stressed' (a neutral cue, ruled after the readings) (A).",
        ),
        ("83", "S08"): (
            {},
            "§3 an intention a source states about what his government will do and has not yet done ('would not be turned over'): speculation, claim also accepted (B).",
        ),
        ("84", "S03"): (
            {},
            "§9 a charge made in a statement is someone's word: testimony (B); the ban is the formal act, but the sentence points to what the department said, not to the ban.",
        ),
        ("84", "S04"): (
            {},
            "§9 a resignation from an office is a handover of office, a formal act: official_record (B).",
        ),
        ("84", "S05"): (
            {},
            "§9 a named outlet's report (ruled after the readings, 'according to The Daily Star' its own example): named_group, evidence document (A).",
        ),
        ("88", "S02"): (
            {},
            "§5 the author's guess of what most people would do, fact accepted for the weather; the image of pulling up the covers is colour, not a judgement of value, so opinion is not accepted (A).",
        ),
        ("88", "S05"): (
            {},
            "§2 a unit of several sentences (the splitter joins at '1:12:17.\"I') is keyed by its first and accepts the kinds the others give: Steele's quotation, claim, and its purpose ('honoring my mother', §5), speculation (A).",
        ),
        ("89", "S08"): (
            {},
            "§5 'not giving up' reads the team's attitude, so speculation is accepted beside the flat record; it judges nothing, so opinion is not accepted (A).",
        ),
        ("89", "S09"): (
            {},
            "§5 the author reads a state of mind from the win: speculation, fact accepted for the win; 'how serious they are' is a mental state, not a judgement of value, so opinion is not accepted (A).",
        ),
        ("90", "S02"): (
            {"also_acceptable": "opinion"},
            "§5 a prediction in the author's voice: speculation; 'brilliant' is a judgement in a side word (§10), so opinion is accepted (B).",
        ),
        ("90", "S03"): (
            {"evidence": "physical"},
            "§9 a photograph shown with the article and pointed to ('(at right)'; ruled after the readings): physical (B).",
        ),
        ("91", "S01"): (
            {"source": "those concerned (not named)", "source_type": "vague"},
            "§8 a headline verb of concern with no one named (ruled after the readings, 'Plan Raises Worries' its own example): a vague source, claim, fact and speculation accepted; the cue is the headline's verb (A's kind, cue, evidence and accept-set; the source vague, neither reading).",
        ),
        ("92", "S01"): (
            {},
            "§8 a headline reporting an act with its stated purpose ('to resist', §5): fact, speculation accepted; 'crackdown' names what the police did, not a judgement of value, so opinion is not accepted (A).",
        ),
        ("92", "S07"): (
            {},
            "§2 rule 3: 'violently' describes how the confrontations went, a checkable manner, not a judgement of value (A).",
        ),
        ("93", "S05"): (
            {"also_acceptable": "denial", "evidence": "testimony"},
            "§3 more cue words (ruled after the readings): 'clarified' is a neutral cue, claim (A); so fact is not accepted; she rejects a link, so denial is accepted (both). §9 a judge's remarks in court that are not the ruling are testimony (ruled after the readings; both readings gave official_record).",
        ),
        ("93", "S08"): (
            {},
            "§9 an agreement that was made is official_record; §5 the act with its stated purpose ('to help'): speculation accepted (A).",
        ),
        ("93", "S09"): (
            {},
            "§3 rulings passed on: a judge's finding is claim, official_record; fact is not accepted, as the finding is passed on, not vouched for (A; as 09 S06).",
        ),
        ("94", "S05"): (
            {},
            "§2 rule 3: 'made things worse' is spelled out by the checkable 'increasing the lack of jobs', not a judgement of value (A).",
        ),
        ("94", "S06"): (
            {"also_acceptable": ""},
            "§2 rule 3 the request to the IMF is stated flatly, with no purpose clause or mental state for §5, so speculation is not accepted (B).",
        ),
        ("94", "S08"): (
            {"also_acceptable": "claim;fact;speculation"},
            "§3 praise in its own words: opinion, claim and fact accepted (both); the second clause's threat to the transition is a risk that looks forward, so speculation is accepted (B); §6 unnamed bodies (ruled after the readings): 'Western governments' anonymous (both).",
        ),
        ("94", "S12"): (
            {},
            "§5 past acts with their aim ('to appease'): fact, speculation accepted; 'appease' names the aim, not a judgement of value (A).",
        ),
        ("95", "S05"): (
            {"source_type": "named_group"},
            "§6 a study's findings (ruled after the readings) speak for the researchers who published them: named_group, as the text names their institutions (S01) and co-author Gownaris; evidence document (B).",
        ),
        ("95", "S09"): (
            {"source_type": "named_group"},
            "§6 a study's findings (ruled after the readings): named_group, the researchers' institutions named (S01), evidence document (B).",
        ),
        ("95", "S10"): (
            {"source_type": "named_group"},
            "§6 a study's data ('according to the figures' its own example, ruled after the readings): named_group, evidence document (B); 'according to' is a neutral cue, claim, and fact is not accepted (A).",
        ),
        ("95", "S12"): (
            {"also_acceptable": "claim"},
            "§2 reported speech carried on (ruled after the readings): the unquoted figures carry on the study's data of S10, so the study's claim is accepted beside the author's flat fact (B).",
        ),
        ("95", "S13"): ({"also_acceptable": "claim"}, "As S12 (B)."),
        ("96", "S12"): (
            {"also_acceptable": "opinion"},
            "§2 the author's own rhetorical questions in a column (ruled after the readings): fact, the judgement they imply accepted, opinion (B).",
        ),
        ("96", "S13"): ({"also_acceptable": "opinion"}, "As S12 (B)."),
        ("96", "S14"): ({"also_acceptable": "opinion"}, "As S12 (B)."),
        ("96", "S15"): (
            {},
            "§4 'seemed' on a feeling (§5) in the columnist's voice: speculation; ambivalence is a feeling, not a judgement of value, so opinion is not accepted (A).",
        ),
        ("97", "S02"): (
            {},
            "A fragment keyed as the statement it belongs to (S03) (A).",
        ),
        ("97", "S03"): (
            {},
            "§3 more cue words (ruled after the readings): 'see X as' gives a view, a belief cue: speculation, with claim (his own words), opinion (the view judges his work) and fact (the pull-quote read in the author's voice) accepted (A).",
        ),
        ("97", "S05"): (
            {},
            "§2 rule 3 biography stated flatly; 'creative passion' is a side detail §10 gives no hedge or modal for, so speculation is not accepted (A).",
        ),
        ("97", "S13"): (
            {"boosters": "", "also_acceptable": ""},
            "§4 and data/cues.csv: 'evident' is not on the booster list ('evidently' is) (B); the point is the author's judgement, so fact is not accepted (A).",
        ),
    }
)
# Batch 6 (texts 98-119): read against the rulebook before f8ce464; settled by the rulebook as it
# stands after f8ce464, whose new paragraphs ruled the cases the two readers found silent.
# The readers did not see data/cues.csv: hedge and booster disagreements are settled by it and §4.
DECISIONS.update(
    {
        ("99", "S07"): (
            {},
            "§2 a unit of several sentences is keyed by its first (the author's fact) and accepts the kinds the others give: Cosby's 'has said ... were consensual' rejects the accusations, and rejecting an accusation (§3, ruled after the readings) is denial with claim accepted (A).",
        ),
        ("99", "S08"): (
            {},
            "§3 courts' acts reported flatly (the hung jury, the mistrial) are the author's fact, official record; no second kind (A; as 12 S01).",
        ),
        ("100", "S07"): (
            {"also_acceptable": "claim;fact"},
            "§3 'expressed concern' reports a worry: speculation, claim accepted; §2 the body names itself in the third person, so fact is accepted; concern is a feeling, not a declared stance, so opinion is not accepted (B).",
        ),
        ("100", "S11"): (
            {"also_acceptable": ""},
            "§2 rule 3 a list stated flatly in the statement's own voice; the body is the author here, not a source named in the third person, so claim is not accepted ('approximately 70' rounds a number, §4) (B).",
        ),
        ("100", "S13"): (
            {},
            "§3 refusing to recognise a claim to a territory (ruled after the readings) is a refusal like rejecting a proposal: fact where the author reports it as an act, as here (a past act, 'reaffirmed' in the Crimea Declaration), claim and denial accepted; the Declaration is a text a reader could look up, document (A).",
        ),
        ("101", "S10"): (
            {"also_acceptable": "speculation;opinion"},
            "§2 condolences and sympathy offered are courtesies (ruled after the readings): fact, evidence none, the speaker as source and his label as cue, opinion and speculation accepted (A's kind and evidence); the courtesy line accepts no claim (as 38 S07) (neither reading's set).",
        ),
        ("102", "S12"): (
            {},
            "§2 an unquoted sentence that carries reported speech on after its cue (S11) belongs to the same speaker with the same cue, Duncan, 'said'; the author's fact is also accepted (A).",
        ),
        ("102", "S14"): ({"cue": "said"}, "Cue: the attribution verb alone, 'said' (B)."),
        ("102", "S15"): ({"cue": "said"}, "Cue: the attribution verb alone, 'said' (B)."),
        ("102", "S16"): ({"cue": "said"}, "Cue: the attribution verb alone, 'said' (B)."),
        ("102", "S17"): ({"cue": "said"}, "Cue: the attribution verb alone, 'said' (B)."),
        ("102", "S18"): (
            {},
            "§2 one sentence with two statements is keyed by its first main clause: 'he expected to earn' comes with a belief cue, speculation; the second clause (the present loss) gives claim, accepted (A).",
        ),
        ("102", "S19"): ({"cue": "said"}, "Cue: the attribution verb alone, 'said' (B)."),
        ("102", "S22"): ({"cue": "said"}, "Cue: the attribution verb alone, 'said' (B)."),
        ("102", "S23"): (
            {"cue": "said"},
            "Cue: the attribution verb alone, 'said' (B); §2 rule 1 'we need them' works as a recommendation (keep them as markets), so opinion is accepted; a need is not a wish or motive of §5, so speculation is not (A).",
        ),
        ("103", "S01"): (
            {
                "kind": "claim",
                "source": "Malaysia",
                "source_type": "named_group",
                "cue": "Malaysia:",
                "evidence": "testimony",
                "also_acceptable": "fact",
            },
            "§8 a headline that opens with a name and a colon (ruled after the readings, 'Police: fire was set on purpose' its own example) gives that source's word: claim, Malaysia the source and the colon its cue, fact accepted (B).",
        ),
        ("103", "S02"): (
            {"also_acceptable": "speculation"},
            "§3 'suspected' as a status (ruled after the readings, 'the man suspected of theft' its own example) is no hedge: the kind is the main clause's, claim, and speculation is also accepted (B).",
        ),
        ("103", "S07"): (
            {},
            "§3 denial in other words: Khalid rejects the women's account (a claim, not a criticism or an accusation of the police), so the line that accepts claim beside a rejected criticism does not apply (A).",
        ),
        ("103", "S10"): (
            {"boosters": "it was clear"},
            "§4 'it was clear' is the booster, listed as printed like 'It is obvious' (72 S02) and 'it is clear' (07 S10) (B).",
        ),
        ("103", "S11"): ({"cue": "said"}, "Cue: the attribution verb alone, 'said' (B)."),
        ("103", "S12"): (
            {},
            "§4 and §10 a modal inside a fact ('how Russia could show its appreciation' its own example, listed with no hedge in the main article's S13): 'could' in 'it is unclear how ... could' is not listed as a hedge (A).",
        ),
        ("103", "S14"): (
            {},
            "§5 an observable action with its aim ('are looking for additional suspects', like 'try to isolate suspected cases'): the kind follows the action, claim, and speculation is also accepted (A).",
        ),
        ("104", "S03"): (
            {},
            "§4 'are expected to' is a hedge and the forecast is the author's (§5); no one is named as forecasting it, so the two layers of §7 give no claim (A).",
        ),
        ("104", "S05"): (
            {"also_acceptable": "fact"},
            "§5 a feeling the author reports flatly of others ('the engineers were surprised' its own example, ruled after the readings): speculation, fact accepted (B).",
        ),
        ("104", "S08"): (
            {},
            "§10 a hedge on a side detail ('may have triggered' in the relative clause): the hedge makes the unit speculation, fact accepted for the main clause stated flatly; §4 the fields list the hedge in whichever clause it stands (A).",
        ),
        ("105", "S02"): (
            {"also_acceptable": "claim;opinion"},
            "§2 rules, laws and bills: what the VOA Charter requires is fact in the author's voice, claim where it is attributed to the document ('as stated in the VOA Charter'); 'big differences' judges in a side word, opinion accepted (§10) (B).",
        ),
        ("105", "S05"): (
            {"also_acceptable": "denial;claim"},
            "§3 the author correcting a source ('debunked'): fact, denial accepted; §2 the statement names VOA in the third person, so claim is accepted; 'debunked' says the information is false, not a judgement of value, so opinion is not accepted (B).",
        ),
        ("105", "S08"): (
            {},
            "§3 the author correcting a source (the White House release): fact, claim and denial accepted; an answer to a criticism that names it (ruled after the readings) accepts claim and denial too (A).",
        ),
        ("105", "S09"): (
            {},
            "§10 'false', 'misleading' are judgements in side words, opinion accepted; §5 'to further its narrative' is an action's purpose, speculation accepted; §3 the author correcting a source, denial accepted (A).",
        ),
        ("105", "S11"): (
            {},
            "§9 a ban or restriction a government decides (ruled after the readings, 'restrictions imposed on reporters' its own example): the barring of VOA's staff by the Chinese government is official_record (A).",
        ),
        ("106", "S01"): (
            {},
            "§2 acts of speech: an offer reported flatly is fact and the content's kind is accepted; help pledged for the future is speculation (§5) (A).",
        ),
        ("106", "S02"): (
            {},
            "§2 acts of speech: the offer reported flatly is fact, the pledge's kind accepted, speculation (A); 'mysterious' says the disappearance is unexplained, a checkable description, not a judgement of value, so opinion is not accepted (§2 rule 3).",
        ),
        ("106", "S04"): (
            {},
            "§2 one sentence with two statements is keyed by its first main clause: 'Pence did not indicate whether ...' is the author's fact; the quotation hedged by a speaker's own 'I think' (§4, ruled after the readings) gives speculation, and his word claim, both accepted (A).",
        ),
        ("106", "S07"): (
            {"cue": "said"},
            "Cue: the attribution verb alone, 'said' (B); §4 and data/cues.csv: 'if it turns out' is a condition, not on the hedge list; 'could' is (A).",
        ),
        ("106", "S08"): ({"cue": "said"}, "Cue: the attribution verb alone, 'said' (B)."),
        ("106", "S10"): (
            {"also_acceptable": "fact"},
            "§10 a hedge on a side detail ('possibly', inside Turkey's claim): speculation, fact accepted for the main point the author states flatly; the main point is not attributed, so claim is not accepted (B).",
        ),
        ("107", "S04"): (
            {"also_acceptable": "fact;claim"},
            "§2 statements a body publishes in its own name: 'stands with' declares a present stance, opinion, fact and claim accepted; it pledges nothing about the future, so speculation is not accepted (B).",
        ),
        ("107", "S05"): ({"cue": "condemns"}, "Cue: the attribution verb alone, 'condemns' (B)."),
        ("107", "S09"): (
            {},
            "§2 acts of speech: a stance declared in the author's own voice ('We offer our full support', with 'for too long', 'deserve' judging) is opinion, §2 rule 1 first; the pledge about the future gives speculation, and fact and claim are accepted (A).",
        ),
        ("108", "S08"): (
            {},
            "§5 a present risk ('locusts threaten crops' its own example) is the author's fact; speculation is also accepted (A).",
        ),
        ("108", "S09"): (
            {"kind": "fact", "also_acceptable": "opinion"},
            "§2 rule 3 a charge the author states flatly, checkable in principle (what governments do and fail to do); 'failing to redress' judges in a side word, opinion accepted (§10) (B).",
        ),
        ("108", "S10"): (
            {},
            "§6 a study's findings or data (here the organisations' rankings) speak for those who published them, anonymous where only described, evidence document either way (A).",
        ),
        ("109", "S06"): (
            {"evidence": "official_record"},
            "§9 an election result stated flatly is official_record whether or not the text names the body that declared it (ruled after the readings) (B).",
        ),
        ("110", "S06"): (
            {},
            "§2 rule 1 'especially relevant' judges importance and is the sentence's point: opinion, fact accepted for the checkable vulnerability (A; as 82 S22 'of utmost concern').",
        ),
        ("110", "S12"): (
            {},
            "§2 a quotation that follows an attributed paraphrase (S11) belongs to the same speaker with the same cue, 'expressed dismay' (A).",
        ),
        ("112", "S05"): (
            {"also_acceptable": "claim"},
            "§2 lead-ins: the author's fact with the quoted tweet's kind accepted, claim; 'typical' describes how common the tweet is, not a judgement of value, so opinion is not accepted (B).",
        ),
        ("112", "S08"): (
            {},
            "§3 the author correcting a source: fact, denial accepted; 'notorious' is a judgement in a side word, opinion accepted (§10); 'In reality' is a booster like 'in fact' (§4) (A).",
        ),
        ("112", "S10"): (
            {"evidence": "official_record"},
            "§9 an extradition is a state's formal act, like arrests and handovers, reported in the author's voice: official_record (B).",
        ),
        ("113", "S01"): (
            {"also_acceptable": ""},
            "§8 a headline stating a situation flatly; 'Long Road' is an image of how long it took, not a judgement of value, so opinion is not accepted (B).",
        ),
        ("113", "S03"): (
            {},
            "§2 rule 3: 'controversial' reports that the term was disputed, a checkable description, not the author's judgement of value, so opinion is not accepted (A).",
        ),
        ("113", "S08"): (
            {},
            "§3 rejecting a criticism (ruled after the readings, 'denounced the criticism' its own example): denial, claim accepted, and fact too as the author reports the act flatly (A).",
        ),
        ("113", "S10"): (
            {"also_acceptable": ""},
            "§2 rule 3: 'difficult to measure' states a limit of what can be known, not a judgement of value, so opinion is not accepted (B).",
        ),
        ("114", "S02"): (
            {},
            "§5 knowing a judgement (ruled after the readings, 'realised the delay was a serious mistake' its own example): 'a serious problem' is opinion by §2 rule 1, fact and speculation accepted (A).",
        ),
        ("114", "S04"): (
            {"also_acceptable": "speculation;fact"},
            "§2 one sentence with two statements: Putin's claim is keyed, its stated motive accepted (speculation, §5), and the author's clause ('shocking most everyone') gives fact, accepted (B).",
        ),
        ("114", "S09"): (
            {"also_acceptable": "fact"},
            "§5 a feeling the author reports flatly of others (ruled after the readings): speculation, fact accepted (B).",
        ),
        ("114", "S10"): (
            {"also_acceptable": ""},
            "§2 rule 3: 'enormous influence' describes a degree, not a judgement of value (as 'the largest in decades', 81 S02), so opinion is not accepted (B).",
        ),
        ("114", "S13"): (
            {"also_acceptable": ""},
            "§2 rule 3: the image 'Russia's footprint is everywhere' states a presence, not a judgement of value, so opinion is not accepted (B).",
        ),
        ("115", "S03"): (
            {},
            "§10 a hedge on a side detail ('allegedly breaking'): speculation, fact accepted for the posting stated flatly; the main point is the author's, so claim is not accepted (A).",
        ),
        ("115", "S07"): (
            {},
            "§2 lead-ins: the act reported flatly is the author's fact and the quotation's kind is accepted, opinion (S08); the apology's own words give claim, accepted (A).",
        ),
        ("115", "S08"): (
            {"boosters": ""},
            "§4 and data/cues.csv: 'completely' is not on the booster list (B); §10 attributed judgements: claim is accepted only for a factual charge, and 'does not reflect the values of our brand' is a stance, so claim is not accepted (A).",
        ),
        ("116", "S07"): (
            {},
            "§2 lead-ins: the author's fact, the quotation's kind accepted; the question it announces (S08) is fact, so no other kind is added (A).",
        ),
        ("116", "S08"): (
            {"source": "Medigo", "cue": "ask the question", "evidence": "document"},
            "§2 a quotation is its speaker's whatever it cites (ruled after the readings): Medigo's question, with the cue of the lead-in (S07); 'confirms' inside it is read only for the kind, fact, claim accepted; §6 a study's findings, evidence document (B).",
        ),
        ("117", "S01"): (
            {"also_acceptable": ""},
            "§2 a headline worded as a question without its '?' is the author's fact; 'heavily censored' describes a degree, not a judgement of value it takes for granted, so opinion is not accepted (B).",
        ),
        ("117", "S03"): (
            {"also_acceptable": "speculation;opinion", "evidence": "official_record"},
            "§5 measures with their stated purpose: fact, speculation accepted (both); 'at least at a superficial level' is the author's ironic judgement in a side word, opinion accepted (§10) (B). §9 a restriction a government body imposes (ruled after the readings, 'a notice forbidding a topic' its own example) is official_record (both readings gave none).",
        ),
        ("117", "S04"): (
            {"evidence": "physical"},
            "§9 a recording the text reports as showing the event (ruled after the readings, 'security-camera video of an attack' its own example): physical (B).",
        ),
        ("117", "S08"): (
            {"also_acceptable": "claim"},
            "§3 praise in the body reported flatly ('praising her'): the users' judgement, claim, accepted beside the author's fact (B).",
        ),
        ("118", "S05"): (
            {"also_acceptable": ""},
            "§2 rule 3: 'low' is spelled out by the number (23%), a checkable description, not a judgement of value (B).",
        ),
        ("119", "S03"): (
            {"also_acceptable": "speculation;fact"},
            "§3 'announced that' a decided schedule: claim, speculation accepted for the step to come (§5); §2 one sentence with two statements: the welcome by users, the author's clause, gives fact, accepted (B).",
        ),
    }
)
CUE_SPAN |= {("110", "S02"), ("110", "S11")}  # fmt: skip
# Batch 7 (texts 120-128, 131-141): read against the rulebook before 28c8996; settled by the rulebook
# as it stands after 28c8996, whose new paragraphs ruled the cases the two readers found silent.
# The readers did not see data/cues.csv: hedge and booster disagreements are settled by it and §4.
DECISIONS.update(
    {
        ("120", "S01"): (
            {},
            "§3 rejecting an accusation: denial, claim accepted, and fact too as the headline reports the act flatly (A).",
        ),
        ("120", "S04"): (
            {"hedges": "we expect"},
            "§4 a speaker's own 'we expect' is a hedge (ruled after the readings), listed as the rulebook words it (B).",
        ),
        ("120", "S07"): (
            {"cue": "witness reports"},
            "Cue: the words that hand the content to its source, 'witness reports', without the preposition (B).",
        ),
        ("120", "S10"): (
            {"source_type": "anonymous"},
            "Cue: the two attribution verbs alone, 'told' and 'said' (A); §6 one unnamed person with 'a' is anonymous even when speaking for a named body ('a spokesman at the embassy said' its own example, ruled after the readings), where both readings had named_group.",
        ),
        ("120", "S11"): (
            {},
            "§2 acts of speech: a warning reported as an act is the author's fact and the content's kind is accepted, opinion (a recommendation); the warning's words are reported as the act, so claim is not accepted (A).",
        ),
        ("120", "S13"): (
            {},
            "§6 one unnamed person with 'a' is anonymous even when speaking for a named body ('a State Department official said' its own example, ruled after the readings); the call is the official's reported word, not an act the author reports flatly, so fact is not accepted (A).",
        ),
        ("121", "S03"): (
            {"also_acceptable": ""},
            "§10 attributed judgements: claim is accepted only for a factual charge, and 'a great success' is praise; the tweet is Trump's, so the author's fact is not accepted (B).",
        ),
        ("121", "S04"): (
            {"also_acceptable": "claim"},
            "§2 the tweet continued keeps its source and cue; 'Hard work' is close to a checkable claim, accepted (§10); the author's fact is not (B).",
        ),
        ("121", "S10"): (
            {},
            "§2 acts of speech: that accusations exist is stated flatly, so fact is accepted beside the Democrats' claim; 'has tried to' an attempt, speculation accepted (§5) (A).",
        ),
        ("122", "S09"): (
            {},
            "§2 a lead-in that announces the quotation: the author's fact with the quotation's kinds accepted; the quotation is a courtesy (S10), which accepts opinion and speculation (A).",
        ),
        ("122", "S10"): (
            {"kind": "fact", "evidence": "none", "also_acceptable": "speculation;opinion"},
            "§2 thanks and gratitude are courtesies (ruled after the readings, 'We are very grateful for …' its own example): fact, evidence none, the speaker as source and her label as cue, opinion and speculation accepted; the courtesy line accepts no claim (as 101 S10) (neither reading's set).",
        ),
        ("123", "S01"): (
            {"evidence": "official_record"},
            "§9 a decision about a detainee (a release) is a formal act, official_record (B).",
        ),
        ("123", "S02"): (
            {"also_acceptable": "speculation;opinion"},
            "§3 scare quotes ('pardoned', ruled after the readings, 'a \"pardoned\" prisoner' its own example) list no hedge, the kind is the sentence's, and speculation is also accepted; 'regime' judges in a side word, opinion accepted (§10) (B).",
        ),
        ("123", "S09"): (
            {"also_acceptable": ""},
            "§10 attributed judgements: claim is accepted only for a factual charge, and the call with 'unjustly' is a stance; the call is the spokesman's own word, not an act the author reports, so fact is not accepted (B).",
        ),
        ("124", "S03"): (
            {"kind": "fact", "also_acceptable": "speculation"},
            "§2 a lead-in that announces the statement and §5 the author's reason for speaking: fact, speculation accepted for 'would like to' (B).",
        ),
        ("124", "S06"): (
            {"boosters": ""},
            "§4 and data/cues.csv: 'To be honest' is not on the booster list (B); §5 the writer's own feeling, with 'unfortunate' judging in a side word (opinion accepted); the line that accepts fact is for feelings reported of others (A).",
        ),
        ("124", "S07"): (
            {"also_acceptable": "fact;denial;opinion"},
            "§5 the main clause is the writer's feeling, speculation; §2 a statement under a speaker's own name (ruled after the readings): its rejection of the allegations against his side ('without a shred of serious or credible evidence') is a denial, fact also accepted, and the judging words give opinion (B).",
        ),
        ("124", "S09"): (
            {},
            "§2 rule 3 a general statement of how diplomacy is done; 'normally' says how often (§4) and no word makes it a recommendation, so opinion is not accepted; 'I'm going to use' an intention, speculation accepted (A).",
        ),
        ("124", "S10"): (
            {},
            "§2 rule 3 a general practice stated flatly; no word makes it a recommendation, so opinion is not accepted (A).",
        ),
        ("124", "S11"): (
            {"kind": "fact", "also_acceptable": "speculation"},
            "§5 'seek' with a noun ('seek ways', like 'seeks justice', ruled after the readings) names an act: fact, speculation accepted (B's kind); no word makes it a recommendation, so opinion is not accepted (as S09-S10) (A's set).",
        ),
        ("124", "S12"): (
            {"kind": "denial", "also_acceptable": "fact;claim;opinion;speculation"},
            "§2 a statement under a speaker's own name (ruled after the readings): calling the accusations against the writer's side 'inaccurate, misleading and baseless' rejects them, a denial, fact and claim also accepted; §5 a motive as a manner word ('intentionally', ruled after the readings) keeps the main clause's kind, speculation accepted; the judging words give opinion, accepted (neither reading's kind; both readings' kinds accepted).",
        ),
        ("124", "S13"): (
            {},
            "§5 the writer's own feeling: speculation; the line that accepts fact is for feelings the author reports of others (A).",
        ),
        ("124", "S15"): (
            {"also_acceptable": "speculation;opinion"},
            "§5 'have sought to' followed by what was done reports acts: fact, speculation accepted; 'fair', 'great peoples' judge in side words, opinion accepted (§10) (B).",
        ),
        ("124", "S18"): (
            {"kind": "denial", "also_acceptable": "fact;claim;speculation;opinion"},
            "§2 a statement under a speaker's own name (ruled after the readings): saying the press stories 'mischaracterized' what his side does rejects them, a denial, fact and claim also accepted; §5 a motive as a manner word ('intentionally') keeps the main clause's kind, speculation accepted; opinion accepted for 'mischaracterized' (neither reading's kind; both accepted).",
        ),
        ("125", "S02"): (
            {},
            "§3 findings: what the department had identified is its finding, passed on flatly, so claim is accepted beside the author's fact (A).",
        ),
        ("125", "S09"): (
            {},
            "§10 attributed judgements: claim is accepted only for a factual charge, and 'a national security imperative' judges importance (A).",
        ),
        ("126", "S03"): (
            {},
            "§2 rule 3: 'humanity's first' and 'the first full-scale demonstration' are checkable, not judgements of value, so opinion is not accepted (A).",
        ),
        ("126", "S05"): (
            {},
            "§2 rule 3: 'the only one we have' is checkable; it supports the judgement before it but judges nothing, so opinion is not accepted (A).",
        ),
        ("126", "S07"): (
            {},
            "§4 and data/cues.csv: 'proven' is not on the booster list ('prove' is, as printed) (A); 'serious as a defender' is a self-judgement, not a mental state the text ascribes, so speculation is not accepted (A).",
        ),
        ("126", "S15"): (
            {},
            "§10 attributed judgements: claim is accepted only for a factual charge, and 'one important step' judges importance (A).",
        ),
        ("127", "S04"): (
            {},
            "§3 a court's act reported flatly is the author's fact, official_record, with the ruling's rejection of the appeal (denial) accepted; it passes on no finding in words, so claim is not accepted (as 99 S08) (B).",
        ),
        ("127", "S05"): (
            {},
            "§3 a denial verb: denial, claim accepted, and fact for the court's order in the second clause (§2 one sentence with two statements) (A).",
        ),
        ("127", "S07"): (
            {},
            "§3 rejecting an accusation: the mother's 'injustice', because RT called her son only an interpreter, rejects the charge against him, so denial is accepted beside claim (A).",
        ),
        ("127", "S10"): (
            {"kind": "speculation", "also_acceptable": "claim;opinion"},
            "§5 the point is the arrest's aim as she reads it ('a threat to other journalists to refrain'), a motive: speculation, claim accepted for her attributed word (§7), opinion for the interpretation (B).",
        ),
        ("128", "S01"): (
            {"cue": "Report:"},
            "§8 a headline that opens with a name and a colon with a belief cue in it ('Report: Minister Believes …' its own example, ruled after the readings): speculation, claim and fact accepted, the colon its cue; 'Believes' gives the kind, not a second cue (B).",
        ),
        ("128", "S02"): (
            {"cue": "according to"},
            "Cue: 'according to' hands the sentence to The New York Times; 'have concluded' stands inside its report (B); §3 findings of a report ('an intelligence assessment' its own example): fact is also accepted (A).",
        ),
        ("128", "S03"): (
            {},
            "§5 the messages' content is a forecast ('would announce the lockdown'), so speculation is accepted beside the Times's claim (§7) (A).",
        ),
        ("128", "S08"): (
            {"also_acceptable": ""},
            "§2 rule 3: 'enormous', 'huge' describe a degree in a factual charge, not a judgement of value (as 'enormous influence', 114 S10), so opinion is not accepted (B).",
        ),
        ("131", "S09"): (
            {"source_type": "anonymous"},
            "§3 an answer to the criticism that names it ('Massacre' in the headline): claim, denial accepted; 'no intention' a mental state, speculation accepted (§5); 'legitimate defence' is a legal reading, not a judgement of value, so opinion is not accepted (A). §6 one unnamed person with 'a' is anonymous even when speaking for a named body (ruled after the readings), where both readings had named_group.",
        ),
        ("131", "S10"): (
            {"source_type": "anonymous"},
            "§3 rejecting an accusation: 'never to kill' rejects the charge of a massacre, denial, claim accepted, and speculation for the intention (§5) (A); §6 one unnamed person with 'a' is anonymous (ruled after the readings), where both readings had named_group.",
        ),
        ("132", "S01"): (
            {"also_acceptable": "opinion;speculation"},
            "§9 several things pointed to: the arrest and the charge sheet's definition are formal acts, official_record over the document (A); §3 scare quotes on 'Defines' (ruled after the readings) list no hedge, and speculation is also accepted (both readings had opinion only).",
        ),
        ("132", "S02"): (
            {},
            "§2 acts of speech: what the NIA outlined is its word (claim accepted) and a recommendation (opinion accepted) beside the author's fact (A).",
        ),
        ("132", "S04"): (
            {"kind": "fact", "also_acceptable": "opinion"},
            "§10 a judgement in a side word ('gutsy'): what he was known for is stated flatly, fact, opinion accepted (B).",
        ),
        ("132", "S06"): (
            {},
            "§9 officials repeating the charge sheet's accusation in their own words (ruled after the readings): testimony (A); §6 a country's officials ('Indian officials') are its government's, named_group (both).",
        ),
        ("132", "S09"): (
            {
                "cue": "go on to include",
                "evidence": "official_record",
                "also_acceptable": "opinion;claim",
            },
            "§2 a quotation after its lead-in (S08) keeps the lead-in's cue, 'go on to include' (B); §9 an accusation made in a charge sheet is the charge (ruled after the readings): official_record, where both readings had document; the hedged charge is attributed, so claim is accepted (§7) (B).",
        ),
        ("132", "S10"): (
            {"cue": "go on to include", "evidence": "official_record"},
            "§2 a quotation after its lead-in (S08) keeps the lead-in's cue, 'go on to include' (B); §9 an accusation made in a charge sheet is the charge (ruled after the readings): official_record, where both readings had document.",
        ),
        ("133", "S07"): (
            {},
            "§2 a lead-in: the author's fact, the quotation's kind accepted (opinion), and claim for the attributed branding 'a \"criminal\" by his critics' (A).",
        ),
        ("133", "S15"): (
            {},
            "§6 a country's officials ('Afghan officials', ruled after the readings, 'Indian officials' its own example) are its government's: named_group (A).",
        ),
        ("134", "S01"): (
            {},
            "§3 a headline verb of concern or criticism with no one named ('Sparks Outrage') has a vague source: claim, fact and speculation accepted (A).",
        ),
        ("134", "S03"): (
            {
                "kind": "claim",
                "source": 'not named ("sparked outrage")',
                "source_type": "vague",
                "cue": "sparked outrage",
                "evidence": "testimony",
                "also_acceptable": "fact;speculation;opinion",
            },
            "§3 a public reaction with no one named in the body ('the verdict sparked outrage' its own example, ruled after the readings) has a vague source: claim, fact and speculation accepted; 'trial by public opinion' judges in a side word, opinion accepted (§10) (neither reading's kind; both readings' sets accepted).",
        ),
        ("134", "S04"): (
            {},
            "§2 how far reported speech carries (ruled after the readings): the narration of the night is the reports' account (S06 'according to reports'), so claim is accepted beside the author's fact (A).",
        ),
        ("134", "S05"): (
            {},
            "§2 how far reported speech carries, as S04: claim accepted; 'with the intention of' a motive on a side detail, speculation accepted (§5) (A).",
        ),
        ("135", "S07"): (
            {"also_acceptable": ""},
            "§2 rule 3: 'frictions' describes disagreements a reader could check, not a judgement of value, so opinion is not accepted (B).",
        ),
        ("136", "S01"): (
            {},
            "§3 a headline verb of concern or criticism with no one named ('Sparks Renewed Controversy') has a vague source: claim, fact and speculation accepted (A).",
        ),
        ("137", "S07"): (
            {"also_acceptable": ""},
            "§3 'estimates that' is a neutral cue (ruled after the readings): claim, speculation accepted only where the estimate is about the future, and this one is of 2017's revenues; it is a consultancy's estimate, not a report's finding, so fact is not accepted (neither reading's set).",
        ),
        ("138", "S05"): (
            {},
            "§2 how far reported speech carries (ruled after the readings): the sentence continues Lelisa's allegation (S04) with no new source, so a careful reader may hear her account and claim is accepted beside fact (A).",
        ),
        ("138", "S08"): (
            {},
            "§3 taking back one's own account ('recanted her story and said …', ruled after the readings, its own example): the new account is a claim, Lelisa with 'said' its cue, denial accepted, and fact for the TV appearance (A).",
        ),
        ("139", "S01"): (
            {},
            "§10 a judgement in a side word ('iconic' praises the textiles), opinion accepted (A).",
        ),
        ("139", "S02"): (
            {"also_acceptable": "speculation"},
            "§5 an observable action with its aim ('converge … to purchase kanga'): the kind follows the action, fact, speculation accepted (B).",
        ),
        ("139", "S07"): (
            {},
            "§2 rule 1: 'central to the experience' judges importance in a side clause, opinion accepted (§10; as 110 S06) (A).",
        ),
        ("139", "S09"): (
            {},
            "§9 a decision of an authority sent as a letter points to the decision (ruled after the readings, 'an eviction notice' its own example): official_record (A).",
        ),
        ("140", "S01"): (
            {},
            "§5 'Seeks Justice' (a noun after 'seeks', ruled after the readings) names an act: fact, speculation accepted; 'Racist' judges in a side word, opinion accepted (§10) (A).",
        ),
    }
)
CUE_SPAN |= {("120", "S03"), ("120", "S05"), ("120", "S06"), ("121", "S03"), ("121", "S04"), ("128", "S07"), ("128", "S08"), ("137", "S05")}  # fmt: skip
# Batch 8 (texts 142-151, 153-162; 152 and 163 unused): read against the rulebook before 1ef2b98;
# settled by the rulebook as it stands after 1ef2b98, whose new paragraphs ruled the cases the two
# readers found silent. The readers did not see data/cues.csv: hedge and booster disagreements are
# settled by it and §4.
DECISIONS.update(
    {
        ("142", "S02"): (
            {
                "source": "the article",
                "source_type": "author",
                "cue": "",
                "evidence": "none",
                "also_acceptable": "claim",
            },
            "§2 which wins (ruled after the readings): the embassy's statement also speaks as 'we' (S04, S09), so it is the author's voice throughout, this third-person sentence included: its feeling is speculation, the named body as source (claim) accepted, the cue empty; the writer's own feeling accepts no fact (as 124 S13), and a feeling is no courtesy, so opinion is not accepted (neither reading's set; both readings had the embassy as source).",
        ),
        ("142", "S08"): (
            {"also_acceptable": "fact;claim"},
            "§2 acts of speech: a stance declared in the author's own voice ('receive our strongest condemnation') is opinion, claim and fact also accepted (B).",
        ),
        ("142", "S09"): (
            {"also_acceptable": "fact;claim"},
            "§2 acts of speech: a stance declared in the author's own voice ('We encourage …') is opinion, claim and fact also accepted (B).",
        ),
        ("143", "S02"): (
            {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
            "§2 which wins (ruled after the readings): VOA's statement also speaks as 'we' (S04, S08, S09, S12), so it is the author's voice throughout, this sentence naming VOA in the third person included: the cue is empty (neither reading's cue), evidence none; the condemnation is opinion, fact and the named body as source (claim) accepted (both readings had VOA as source).",
        ),
        ("143", "S04"): (
            {"also_acceptable": "fact;claim;speculation"},
            "§2 acts of speech: 'we stand firm' is a stance declared in the author's own voice, claim and fact also accepted (B); §5 a commitment ('our commitment', ruled after the readings) is a pledge, speculation also accepted (neither reading's set).",
        ),
        ("143", "S06"): (
            {},
            "§10: the judgement ('the very foundation') is the sentence's point, so opinion is the key and fact is not accepted (A).",
        ),
        ("143", "S08"): (
            {"also_acceptable": "fact;claim;speculation"},
            "§2 acts of speech: the condemnation in the author's voice is opinion, fact and claim accepted; §5 a commitment ('we remain committed to', ruled after the readings) is a pledge, speculation accepted (B).",
        ),
        ("144", "S02"): (
            {"also_acceptable": "opinion;speculation"},
            "§2 courtesies: a salutation asserts nothing, fact, evidence none, opinion and speculation accepted as for any courtesy (as 122 S10) (B).",
        ),
        ("144", "S06"): (
            {},
            "§5 a present risk ('threatens international peace') is the author's fact, speculation also accepted (A).",
        ),
        ("144", "S07"): (
            {},
            "§2 acts of speech: a stance declared in the author's own voice is opinion, claim and fact accepted; §2 which wins (ruled after the readings): the named body as source (claim) is also accepted (A).",
        ),
        ("144", "S11"): (
            {"also_acceptable": "opinion"},
            "§5 a commitment ('I remain committed to', ruled after the readings): speculation, opinion accepted where it declares a stance; §2 the main clause is the grammatical one (ruled after the readings), not the opening 'As I have throughout my career', so fact is not accepted (B).",
        ),
        ("144", "S13"): (
            {},
            "§5 the purpose of a document ('serve as a roadmap forward to end the scourge') is what its authors declared: fact, speculation accepted; opinion for the side judgement (§10) (A).",
        ),
        ("145", "S05"): (
            {"also_acceptable": ""},
            "§2 rule 1: the praise is the sentence's point; 'who competed …' is a relative clause of it, not a second statement, so fact is not accepted (B).",
        ),
        ("146", "S01"): (
            {},
            "§8 a headline verb that carries someone's judgement ('Condemns'): claim, fact accepted; §2 acts of speech: the condemnation's content is a stance, opinion accepted (A).",
        ),
        ("146", "S06"): (
            {},
            "§2 a quotation keeps its attribution's cue ('told'): Deng's account of what his country did is a claim; it answers a decision, not an accusation the text names, so denial is not accepted (§3) (A).",
        ),
        ("146", "S07"): (
            {},
            "§2 the quotation continued (S06): claim; no accusation named for it to reject, so denial is not accepted (§3) (A).",
        ),
        ("146", "S08"): (
            {},
            "§2 the quotation with its attribution: claim; no accusation named for it to reject, so denial is not accepted (§3) (A).",
        ),
        ("147", "S13"): (
            {},
            "§5 not a motive: an action described with its stated purpose ('to prevent or treat'), fact, speculation also accepted (A).",
        ),
        ("148", "S04"): (
            {"also_acceptable": "fact;claim;opinion"},
            "§2 a statement under a speaker's own name: rejecting Russia's allegation about the speaker's side is a denial, fact and claim accepted; 'legitimate' judges in a side word, opinion accepted (§10) (B).",
        ),
        ("148", "S08"): (
            {},
            "§4 and data/cues.csv: 'painfully obvious' is not on the booster list ('obviously' is, as printed) (A); calling Russia's allegations about the speaker's side false rejects them, so denial is accepted (§2 a statement under a speaker's own name) (A).",
        ),
        ("148", "S10"): (
            {},
            "§3 a denial verb ('deny'): denial, claim accepted, and fact as the author reports the act flatly (A).",
        ),
        ("148", "S12"): (
            {"also_acceptable": "claim;opinion"},
            "§3 the endorsing cue 'admitted': fact, claim accepted; 'finally, nakedly' judge in side words, opinion accepted (§10) (B).",
        ),
        ("149", "S04"): (
            {"also_acceptable": ""},
            "§2 rule 1: questioning the briefers' knowledge judges their competence; 'question' here is no belief cue, so speculation is not accepted (B).",
        ),
        ("149", "S07"): (
            {"boosters": "really"},
            "§4 and data/cues.csv: 'really' stressing the statement is a booster, 'let’s be clear' is not on the list (neither reading's list); §2 a lead-in that announces what follows: fact, with the kinds of what follows accepted, opinion and speculation (S09 'a blatant attempt to distract') (A).",
        ),
        ("149", "S14"): (
            {},
            "§2 which wins (ruled after the readings): the remarks speak as 'we' (S02-S04, S12), so this sentence naming the United States in the third person is the author's voice, and the cue field is empty for the author, a denial in the author's voice included; denial, fact and claim accepted (A).",
        ),
        ("150", "S02"): (
            {"also_acceptable": "speculation"},
            "§2 a lead-in that announces the statement and §5 the speaker's reason for speaking: fact, speculation accepted for 'shall now make' (as 124 S03) (B).",
        ),
        ("150", "S06"): (
            {},
            "§2 'As others have said, …' (ruled after the readings) is the speaker's own statement, the kind by what it says: 'using the Security Council' (as a platform for disinformation, S07) judges, opinion; claim also accepted; fact accepted for the use read flatly (A).",
        ),
        ("150", "S07"): (
            {"also_acceptable": "claim;speculation"},
            "§2 the verbless sentence continues S06 and shares its key: opinion, claim accepted ('as others have said', ruled after the readings); speculation accepted for the aim ascribed ('a platform to spout', §5); the judgement is the point, so fact is not accepted (§10) (neither reading's set).",
        ),
        ("150", "S09"): (
            {},
            "§10: the judgement ('a well-worn pattern' of accusing others of one's own violations) is the sentence's point, so opinion is the key, fact accepted for the accusations a reader could check, speculation for 'intends to perpetrate' (§5) (A).",
        ),
        ("150", "S11"): (
            {},
            "§2 one sentence with two statements: the first main clause ('We heard this morning fanciful claims') reports what was said, fact, with 'fanciful' a side judgement; the second clause's opinion and the dismissal (denial) accepted (A).",
        ),
        ("153", "S01"): (
            {"also_acceptable": "opinion;speculation"},
            "§3 scare quotes (''inappropriate'') list no hedge and accept speculation; the word judges in a side word, opinion accepted (§10); no critic is named in the headline, so claim is not accepted (B).",
        ),
        ("153", "S05"): (
            {"also_acceptable": "opinion;claim"},
            "§2 a lead-in that only announces a quotation: the author's fact, the quotation's kinds accepted, opinion (S06) and claim (S07) (B).",
        ),
        ("153", "S09"): (
            {"kind": "opinion", "also_acceptable": "speculation;claim"},
            "§2 a fragment keyed as the statement it belongs to (S10): opinion, speculation and claim accepted (B).",
        ),
        ("153", "S10"): (
            {"kind": "opinion", "also_acceptable": "speculation;claim"},
            "§5 a feeling said with a value word counts as a judgement: 'I prefer' ranks one thing above another, like 'I always loved' (S06, keyed opinion by both readings); speculation (the feeling) and claim (quoted of himself) accepted (B).",
        ),
        ("153", "S13"): (
            {
                "kind": "fact",
                "source": "the article",
                "source_type": "author",
                "cue": "",
                "evidence": "none",
                "also_acceptable": "claim;opinion",
            },
            "§2 a lead-in that only announces a quotation (the woman's post is not in the stored text): the author's fact, as S14 'Carol Narcisse added:'; 'protested' reports criticism (§3), claim accepted, and the quotation's kind, opinion (B).",
        ),
        ("153", "S15"): (
            {},
            "§3 a belief cue ('felt') introducing a judgement ('uncalled for'): opinion, speculation accepted; the criticism reported as an act gives fact and claim accepted (A).",
        ),
        ("153", "S17"): (
            {},
            "§2 a lead-in that names an unnamed group (S16 'Others, women included, defended …:', ruled after the readings, 'Others defended him:' its own example) gives the quotations after it to that group, with its cue: the rule for a quoted text whose speaker is not made clear is for quotations with no lead-in at all (A). 'Women' is a noun for people, so anonymous (§6).",
        ),
        ("153", "S18"): (
            {},
            "§2 a lead-in that names an unnamed group (S16, ruled after the readings) gives the quotations after it to that group, with its cue 'defended' (A); 'fortunate' judges in a side word, opinion accepted (§10).",
        ),
        ("153", "S19"): (
            {},
            "§2 a lead-in that names an unnamed group (S16, ruled after the readings) gives the quotations after it to that group (A); a rhetorical question is keyed like a question, fact, evidence none, the judgement it implies accepted (opinion).",
        ),
        ("153", "S20"): (
            {"also_acceptable": "opinion;denial"},
            "§2 a lead-in that names an unnamed group (S16, ruled after the readings) gives the quotations after it to that group, with its cue (A); the first statement ('I am a woman') is a claim, the judgement that nothing calls for an apology accepted (opinion), and it rejects the criticism of the senator, so denial is accepted (§3) (B's addition).",
        ),
        ("153", "S21"): (
            {},
            "§2 a lead-in that names an unnamed group (S16, ruled after the readings) gives the quotations after it to that group, with its cue (A); the judgement is opinion; the quotation has a source, so the author's claim is not accepted.",
        ),
        ("153", "S22"): (
            {},
            "§2 a lead-in that names an unnamed group (S16, ruled after the readings) gives the quotations after it to that group, with its cue (A); 'could' hedges a guessed effect, speculation, claim accepted for the attributed word (§7).",
        ),
        ("154", "S08"): (
            {},
            "§5 not a motive: an action with its stated purpose ('as a precaution'), fact, speculation also accepted (A).",
        ),
        ("155", "S03"): (
            {"evidence": "official_record"},
            "§9: the sentence offers the establishment of National Health Insurance in 1995, a government's formal act, in support: official_record (B).",
        ),
        ("155", "S08"): (
            {},
            "§2 rules: what a body's published text says, quoted from it, is claim, and fact is accepted as the definition is stated as it stands and a reader could check it (A).",
        ),
        ("155", "S09"): (
            {"also_acceptable": "speculation;opinion"},
            "§5 not a motive: an action with its stated purpose ('to understand'), fact, speculation accepted; 'a seasoned diplomat' judges in a side word, opinion accepted (§10) (B).",
        ),
        ("155", "S10"): (
            {},
            "§4 and data/cues.csv list 'seems' (A's form); §10 a modal inside a fact ('how or if Taiwan could regain', like 'how Russia could show its appreciation') is not listed as a hedge (A).",
        ),
        ("156", "S01"): (
            {},
            "§4 and data/cues.csv: 'signals' is not a hedge; the headline states the attack and what it shows in its own voice, fact (A).",
        ),
        ("156", "S03"): (
            {},
            "§3 criticism in the body: claim, fact accepted; the list of “traitors” in scare quotes distances the writer without a word, speculation also accepted (A).",
        ),
        ("156", "S13"): (
            {"evidence": "physical"},
            "§9 a recording the text reports as showing the event ('The video below shows', S10): the guard shouting at the camera is what it shows, physical (B).",
        ),
        ("156", "S14"): (
            {"cue": "shouts"},
            "Cue: the attribution verb alone, 'shouts' (B); §2 an order ('F*ck off', ruled after the readings) is a recommendation in its strongest form, opinion, the question in it accepted as fact (both).",
        ),
        ("156", "S15"): (
            {"cue": "shouts"},
            "Cue: the attribution verb alone, 'shouts' (B); §5 a threat is an intention he states: speculation, claim accepted (both).",
        ),
        ("157", "S02"): (
            {"also_acceptable": "opinion;claim;speculation"},
            "§2 acts of speech reported flatly: fact, the content's kinds accepted, the name-calling opinion and the threat speculation (§5), claim for his words (B).",
        ),
        ("157", "S03"): (
            {},
            "§4 and data/cues.csv: 'As if' is not on the hedge list, 'allegedly' is (A).",
        ),
        ("157", "S05"): (
            {"evidence": "document"},
            "§9: she said it in her alert on Facebook (S04), a post a reader could look up: document (B).",
        ),
        ("157", "S09"): (
            {},
            "§2 a quoted text whose speaker the text does not make clear, with no lead-in at all: the author's voice as printed, claim accepted; it accuses the police, it rejects no accusation, so denial is not accepted (A).",
        ),
        ("158", "S01"): (
            {"also_acceptable": "claim"},
            "§3 an announcement that is the act (announcing the winners): fact, claim accepted; §9 an election result, official_record (B).",
        ),
        ("158", "S05"): (
            {},
            "§2 rule 2 'said': claim; 'unfairly' a judgement in a factual charge, opinion accepted (§10); 'used state resources to benefit' ascribes an aim, speculation accepted (§5) (A).",
        ),
        ("158", "S07"): (
            {"also_acceptable": "claim"},
            "§2 rule 3: the filing reported as an act; 'questioning' reports criticism (§3), so claim is accepted (B).",
        ),
        ("158", "S08"): (
            {"also_acceptable": "claim;opinion"},
            "§2 a lead-in that only announces a quotation: the author's fact, the quotation's kinds accepted, opinion (S09) and claim (S10) (B).",
        ),
        ("158", "S12"): (
            {},
            "§5 a plan not yet carried out: speculation, claim accepted; the telling is reported as an act, so fact is also accepted (§2 acts of speech) (A).",
        ),
        ("158", "S14"): (
            {},
            "§2 a question asserts nothing: fact, evidence none; the judgement it implies (opinion) and the condition (speculation) accepted (A).",
        ),
        ("159", "S01"): (
            {"kind": "claim", "also_acceptable": "speculation"},
            "§3 the distancing cue 'allege' hands the accusation to the investigators: claim; §5 the motive ('disgruntled', 'over a confiscated phone') is a side detail of the act alleged, speculation accepted (B).",
        ),
        ("159", "S02"): (
            {},
            "§3 'X announced that' with an intention not yet carried out ('would be seeking legal advice'): speculation, claim accepted (A).",
        ),
        ("159", "S04"): (
            {},
            "§4 and data/cues.csv: 'suggestions' is not on the hedge list ('suggest', 'suggests' are), 'may' is (A). Cue: the words that hand the content to its source, 'suggestions, by' (A).",
        ),
        ("159", "S05"): (
            {"source": "others", "cue": "claim"},
            "§2 the main clause is the grammatical one, not a subordinate clause that opens the sentence ('While some say X, others claim Y': the key is 'others claim Y', ruled after the readings): the source is 'others' with 'claim' as its cue, vague (§6 a pronoun is no noun for people); claim, denial accepted (neither reading's source and cue).",
        ),
        ("160", "S08"): (
            {"also_acceptable": "claim;opinion"},
            "§5 his answer to his own question guesses what such a man would do: speculation, claim and the judgement it implies accepted; a quotation asserts nothing in the author's voice here, so fact is not accepted (B).",
        ),
        ("160", "S10"): (
            {"source_type": "vague"},
            "§6 'many' is a pronoun, no noun for people ('Many are wondering' its own example, ruled after the readings): vague (B).",
        ),
        ("161", "S01"): (
            {},
            "§8 a headline with a name and a colon: claim, fact accepted; 'might' is a modal inside the statement (§10), speculation accepted (A).",
        ),
        ("161", "S09"): (
            {"evidence": "official_record"},
            "§9: the opening of Navalny's trial is a court's formal act, official_record, as the same speech's S07 (both readings) (B).",
        ),
        ("161", "S10"): (
            {"evidence": "official_record"},
            "§9: the prison term he faces and the closed proceedings point to the court's formal acts, official_record, as S09 (B).",
        ),
    }
)
# Where both readings name the same speaker and reader B's name is the fuller one.
NAMES = {
    ("47", "S13"): "Secretary of State Mike Pompeo",
    ("47", "S14"): "Secretary of State Mike Pompeo",
    ("47", "S15"): "Secretary of State Mike Pompeo",
    ("71", "S15"): "Head of the Turkmen Initiative for Human Rights Farid Tukhbatullin",
    ("73", "S03"): "panelist Bolaños",
    ("73", "S04"): "panelist Bolaños",
    ("73", "S05"): "panelist Bolaños",
    ("73", "S06"): "panelist Bolaños",
    ("90", "S08"): "NASA Administrator Bill Nelson",
    ("90", "S09"): "NASA Administrator Bill Nelson",
    ("93", "S05"): "Judge Amy Berman Jackson",
    ("119", "S03"): "Saudi minister of communication and information technology Abdullah Al-Swaha",
    ("120", "S05"): "Moyo",
    ("121", "S08"): "Trump",
    ("146", "S05"): "Deng Dau Deng",
    ("146", "S06"): "Deng Dau Deng",
    ("146", "S07"): "Deng Dau Deng",
    ("146", "S08"): "Deng Dau Deng",
    ("146", "S10"): "Deng Dau Deng",
    ("146", "S11"): "Deng Dau Deng",
    ("146", "S12"): "Deng Dau Deng",
    ("153", "S06"): "André Haughton",
    ("153", "S07"): "André Haughton",
    ("153", "S08"): "André Haughton",
    ("153", "S09"): "André Haughton",
    ("153", "S10"): "André Haughton",
    ("156", "S04"): "Harlem Désir",
}
CUE_SPAN |= {("164", "S03"), ("164", "S04"), ("177", "S05")}  # fmt: skip
# Batch 9 (texts 164-172, 175-184; 173, 174 and 185 unused): read against the rulebook before
# b068e42; settled by the rulebook as it stands after b068e42, whose new paragraphs ruled the
# cases the two readers found silent (a transcript a body publishes of its own official's
# remarks, salutations, a lead-in then a statement, 'apparent' before a noun). Hedge and booster
# disagreements are settled by data/cues.csv and §4.
_SPINRAD = {
    "source": "Dr. Rick Spinrad",
    "source_type": "named_person",
    "cue": "",
    "evidence": "document",
}
_LEADIN_166 = "§2 a lead-in, then the statement (b068e42): printed in quotation marks under the headline 'Statement from NOAA Administrator Dr. Rick Spinrad', the statement is the named speaker's quotation, no cue where only a headline names the speaker, a written statement its evidence (§9 document), the kind by what it says, the author's voice also accepted (B's source)"
_POMPEO = {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"}
_TRANSCRIPT_184 = "§2 a transcript a body publishes of its own official's remarks (b068e42, 'SECRETARY POMPEO:' its own example): the official speaks as the department, the author's voice, the label no cue, the official as source (claim) also accepted (B's source and cue)"
DECISIONS.update(
    {
        ("164", "S03"): (
            {"kind": "opinion", "also_acceptable": "claim"},
            "§2 rule 1: Nixon's quoted words judge the landing's worth, opinion (B); the quotation is his (§7 two layers), claim accepted (A); a quoted judgement asserts nothing in the author's voice, so fact is not accepted.",
        ),
        ("164", "S04"): (
            {"boosters": ""},
            "§4 and data/cues.csv: 'truly' is not on the booster list (B).",
        ),
        ("164", "S10"): (
            {"also_acceptable": "fact;opinion"},
            "§5 not a prediction: the Artemis programme is a decision already made, described by those who make it, so fact is accepted beside the speculation both readings keyed; 'than was ever thought possible' a side judgement, opinion accepted (B).",
        ),
        ("164", "S11"): (
            {},
            "§5 a commitment ('we will stay') is a pledge about the future: speculation; it names no arrangement already made, so fact is not accepted (A).",
        ),
        ("164", "S12"): (
            {},
            "§5 a plan not yet carried out (sending astronauts to Mars), a pledge: speculation, no fact (A).",
        ),
        ("164", "S13"): (
            {"also_acceptable": ""},
            "§2 rule 3: the naming of the approach carries no judgement word, so opinion is not accepted (B).",
        ),
        ("165", "S03"): (
            {},
            "§2 the main clause is the grammatical one: 'Rick has dedicated his career to the science …' is a checkable assertion in a quotation, claim; the praise stands in side words (§10), opinion accepted; fact is not accepted for a quotation (A).",
        ),
        ("165", "S04"): (
            {"also_acceptable": "opinion;speculation"},
            "§2 thanks and gratitude are courtesies: fact, evidence none, opinion and speculation accepted as for any courtesy (as 122 S10, 144 S02) (B).",
        ),
        ("166", "S02"): (
            {**_SPINRAD},
            _LEADIN_166
            + "; the recommendation is opinion, and claim stays accepted for the named speaker (A's set).",
        ),
        ("166", "S03"): (
            {**_SPINRAD},
            _LEADIN_166 + "; the recommendation continues S02: opinion, claim accepted (A's set).",
        ),
        ("166", "S04"): (
            {**_SPINRAD, "kind": "claim", "also_acceptable": "opinion;fact"},
            _LEADIN_166
            + "; a quotation is its speaker's whatever it cites (§2), so what the report's authors highlight is Spinrad's claim, the 'must play' recommendation opinion, the author's voice (fact) also accepted (B).",
        ),
        ("166", "S05"): (
            {**_SPINRAD, "kind": "claim", "also_acceptable": "opinion;fact"},
            _LEADIN_166
            + ": a checkable assertion in a quotation is claim, the author's voice (fact) accepted, 'essential' a side judgement (B).",
        ),
        ("166", "S06"): (
            {**_SPINRAD, "kind": "claim", "also_acceptable": "fact"},
            _LEADIN_166
            + ": the report's release in his quotation is claim, the author's voice (fact) accepted (B).",
        ),
        ("166", "S07"): (
            {**_SPINRAD, "kind": "claim", "also_acceptable": "fact;speculation"},
            _LEADIN_166
            + ": the activities in his quotation are claim, fact (the author's voice) and speculation (their purpose) accepted (B); §4 what the fields list: 'might' is on the hedge list and is listed in whichever clause it stands (A).",
        ),
        ("166", "S08"): (
            {**_SPINRAD, "also_acceptable": "claim"},
            _LEADIN_166 + ": an aim, speculation, claim accepted for the quotation (B).",
        ),
        ("166", "S09"): (
            {**_SPINRAD, "also_acceptable": "claim;opinion"},
            _LEADIN_166
            + ": a goal and a forecast, speculation, claim and the declared stance (opinion) accepted (B).",
        ),
        ("166", "S10"): ({**_SPINRAD}, _LEADIN_166 + "."),
        ("167", "S01"): (
            {},
            "§3 an announcement that is the act: fact, claim accepted; continuing the litigation is the department's formal act in court (§3 officials' acts reported flatly, §9), official_record (A).",
        ),
        ("167", "S02"): (
            {"also_acceptable": ""},
            "§2 a lead-in, then the statement (b068e42): the lead-in itself is the author's fact; no second kind (B).",
        ),
        ("167", "S04"): (
            {"also_acceptable": "fact"},
            "§2 a lead-in, then the statement (b068e42): Sessions' statement is printed in quotation marks, his quotation, a checkable assertion claim, the author's voice (fact) also accepted (B).",
        ),
        ("167", "S07"): (
            {},
            "§9 several things pointed to: the court's injunction (official_record) over the statement that reports it (A).",
        ),
        ("167", "S10"): (
            {},
            "§2 a quotation is its speaker's whatever it cites: claim, 'showing' read only for the kind, fact accepted (A); b068e42 also accepts the author's voice (fact).",
        ),
        ("167", "S12"): (
            {},
            "§2 rule 1: a rhetorical judgement in a quotation, opinion; claim accepted for the quotation (§7 two layers) (A); a judgement is no fact.",
        ),
        ("167", "S13"): (
            {"kind": "opinion", "also_acceptable": "speculation;claim"},
            "§10: 'progress' is the sentence's point, a judgement of value, so opinion; 'it will continue' a forecast, speculation accepted; claim accepted for the quotation (B).",
        ),
        ("168", "S01"): (
            {},
            "§9: the headline names the news release, a text a reader could look up: document (A).",
        ),
        ("169", "S09"): (
            {"also_acceptable": "speculation;claim"},
            "§7 two layers: that he said it is checkable, so claim is accepted beside the commitment's speculation (B).",
        ),
        ("170", "S06"): (
            {},
            "§2 salutations are courtesies (b068e42, 'Director Wyche and members of the NASA family;' from these remarks its own example); §4 what the fields list: words used as boosters, and 'of course' here only introduces the next addressees, no booster (A).",
        ),
        ("170", "S08"): (
            {},
            "§2 a fragment is keyed as the statement it belongs to: S07, opinion with fact accepted (both readings' S07) (A).",
        ),
        ("170", "S09"): ({}, "§2 a fragment keyed as S07: opinion, fact accepted (A)."),
        ("170", "S13"): (
            {},
            "§2 a fragment keyed as S11, the weather stated flatly; 'sweltering' describes, it does not judge (A).",
        ),
        ("170", "S16"): (
            {},
            "§2 rule 3: Kennedy's making it clear is an event stated flatly; the author narrates, no reported content, so claim is not accepted (A).",
        ),
        ("170", "S17"): (
            {"kind": "speculation", "also_acceptable": "claim;opinion"},
            "§3/§5 an intention the speaker states about what he will do ('We choose to go to the Moon in this decade'): speculation, claim accepted; the reasons given ('because they are hard') a stance, opinion accepted (B).",
        ),
        ("170", "S18"): (
            {"also_acceptable": "speculation;opinion"},
            "§5 knowing: the kind of what is known, a need ('had to make major advances'), which also reads as a recommendation, opinion accepted (B).",
        ),
        ("170", "S20"): (
            {"also_acceptable": "fact"},
            "§2 the judgement is the key; the second main clause ('we came together to do just that') is stated flatly, so fact is accepted (B).",
        ),
        ("171", "S04"): (
            {"also_acceptable": "claim"},
            "§2 which wins: the named body as source (claim) accepted; 'oldest' is checkable, no judgement, so opinion is not accepted (B).",
        ),
        ("171", "S05"): (
            {},
            "§2 which wins: the statement names the Park Police in the third person, the named body as source (claim) accepted; §5 an action with its purpose, speculation accepted (A).",
        ),
        ("171", "S06"): (
            {},
            "§2 which wins: the named body (the Park Police) as source, claim accepted (A).",
        ),
        ("171", "S07"): (
            {},
            "§2 which wins: the named body as source, claim accepted; §5 an action with its purpose, speculation accepted (A).",
        ),
        ("171", "S08"): ({}, "§2 which wins: the named body as source, claim accepted (A)."),
        ("171", "S10"): (
            {"also_acceptable": ""},
            "§2 rule 3: the sentence names no body of the writer's, so claim is not its to accept; 'focal point' describes, no judgement (B).",
        ),
        ("172", "S02"): (
            {"also_acceptable": ""},
            "§2 a lead-in, then the statement (b068e42): the lead-in itself is the author's fact; no second kind (B).",
        ),
        ("172", "S06"): (
            {"kind": "fact", "also_acceptable": "speculation"},
            "§5 not a prediction: a schedule the speaker has set for his own briefing is a decision already made: fact, speculation accepted (B).",
        ),
        ("172", "S08"): (
            {"also_acceptable": ""},
            "§2 rule 3: authority and oversight stated flatly; 'close' describes the oversight, no judgement, so opinion is not accepted (B).",
        ),
        ("172", "S10"): (
            {},
            "§2 rule 1: a judgement of value no evidence could settle: opinion, fact not accepted (A).",
        ),
        ("172", "S11"): (
            {"also_acceptable": ""},
            "§2 rule 1: as S10, a judgement of value ('makes the public more safe') accepts no other kind (neither reading's set).",
        ),
        ("172", "S14"): (
            {},
            "§2 a lead-in (b068e42: the lead-in itself is the author's fact): 'It's also important to note' leads in to the finding, fact accepted beside the judgement (A).",
        ),
        ("175", "S07"): (
            {},
            "§3 criticism in the body: 'X condemned Y' reports X's judgement, claim, X the source, fact accepted; §6 countries described by a number, not named, anonymous (A).",
        ),
        ("175", "S08"): (
            {"also_acceptable": "speculation"},
            "§5: 'to distract' ascribes a motive, speculation accepted beside the judgement (B).",
        ),
        ("175", "S10"): (
            {},
            "§3 an announcement that is the act: fact, claim accepted; the aggravation a side judgement, opinion accepted (A).",
        ),
        ("175", "S13"): (
            {"also_acceptable": "opinion;claim"},
            "§5 a commitment: speculation, opinion accepted; the sentence names the United States and the remarks are the Mission's, so the named body as source (claim) is accepted (§2 which wins; b068e42 an official's remarks at the UN) (B).",
        ),
        ("176", "S09"): (
            {},
            "§2 rule 3: 'woke up' is an idiom for scoring late, no judgement (A).",
        ),
        ("177", "S05"): (
            {"also_acceptable": "fact"},
            "§3 scare quotes or a term in use: 'crowned' as a thief-in-law is the term in use among those it names (as 'the so-called Wolf Pack case'), no distancing, so speculation is not accepted (B); no judgement word, so opinion is not accepted (A); fact accepted for the second clause (both).",
        ),
        ("178", "S04"): (
            {"also_acceptable": ""},
            "§2 rule 1: 'a well-worn playbook' is a judgement of value; 'We know' a booster changes nothing (§4); no other kind (neither reading's set).",
        ),
        ("178", "S05"): (
            {"also_acceptable": "opinion;denial"},
            "§3 denial in other words: calling Russia's statements 'bombastic and preposterous lies' rejects them, denial accepted beside opinion (B).",
        ),
        ("178", "S07"): (
            {"kind": "denial", "also_acceptable": "fact;claim;opinion"},
            "§2 a statement under the writer's own name: its rejections are denials ('– not Ukraine' rejects Russia's accusation), the cue empty; fact, the named body as source (claim) and opinion accepted (B).",
        ),
        ("178", "S08"): (
            {"kind": "denial", "also_acceptable": "fact;claim"},
            "§2 as S07: the rejection ('– not Ukraine') in the writer's own statement is a denial, fact and claim accepted (B).",
        ),
        ("178", "S09"): (
            {"also_acceptable": "denial;opinion"},
            "§2 as S07-S08: the third 'it is Moscow that …' continues the rejection, denial accepted; 'senseless' a side judgement, opinion accepted (B).",
        ),
        ("178", "S13"): (
            {},
            "§2 rule 1: 'abusing its responsibilities' is the point, a judgement, so fact is not accepted; 'It must also be said' is no booster (A).",
        ),
        ("178", "S14"): (
            {},
            "§5 the purpose of a body is what it declared: fact, speculation accepted (A).",
        ),
        ("179", "S02"): (
            {},
            "§3 a denial cue ('are denying'): denial; the rulebook accepts no second kind for it (A).",
        ),
        ("179", "S04"): (
            {},
            "§3 the distancing cue 'claimed': claim, speculation accepted; the text disputes the caller's claim (S05), so fact is not accepted (A). The caller is described, not named (§6 anonymous), both readings.",
        ),
        ("179", "S06"): (
            {},
            "§2 rule 2: a neutral cue hands the count to the syndicate, claim; fact is not accepted (A).",
        ),
        ("179", "S08"): (
            {"also_acceptable": ""},
            "§2 how far reported speech carries: S07 (the AP's citation) stands between it and the syndicate's 'said' (S06), so no cue carries on; the author's fact stated flatly (B).",
        ),
        ("180", "S08"): (
            {"also_acceptable": "opinion"},
            "§3 passive reports: 'is often framed as' with no one named is a vague claim; the second clause's judgement, opinion accepted (both); the rule names no other kind (neither reading's fact or speculation).",
        ),
        ("181", "S02"): (
            {},
            "§10 a judgement in side words ('success stories'): opinion accepted (A).",
        ),
        ("181", "S03"): (
            {"also_acceptable": "opinion"},
            "§10 a judgement in side words ('significant … accomplishments'): opinion accepted, as S02 (B).",
        ),
        ("181", "S04"): (
            {"also_acceptable": "opinion;speculation"},
            "§5 the purpose of a document is what its makers declared: fact, speculation accepted; 'harnessing intellectual capital' a side judgement, opinion accepted (B).",
        ),
        ("181", "S07"): (
            {"also_acceptable": "speculation;opinion"},
            "§5 an action with its stated purpose: fact, speculation accepted; 'redefine the frontiers of the possible' a side judgement, opinion accepted (B).",
        ),
        ("182", "S01"): (
            {},
            "§3 'expressed concern' (here 'alarm') reports a worry: speculation, claim accepted; a reported feeling is no fact (A).",
        ),
        ("182", "S02"): ({}, "§2 a fragment is keyed as the statement it belongs to: S03 (A)."),
        ("182", "S03"): (
            {},
            "§3 'expressed alarm' reports a worry: speculation, claim accepted, no fact (A).",
        ),
        ("182", "S04"): (
            {"also_acceptable": "claim"},
            "§2 rule 1: a recommendation in a quotation, opinion, claim accepted for the quotation (§7); a quoted call is no fact (B).",
        ),
        ("182", "S07"): (
            {"source": "Legesse Tulu", "source_type": "named_person"},
            "§2 a quotation that carries on keeps its speaker: the statement is the spokesperson Legesse Tulu's of S06, so he is the source, named_person, evidence document (B).",
        ),
        ("182", "S08"): (
            {},
            "§2 rule 3: the outlet's own note that it could not verify; 'could not' is inability, no hedge on the list (§4), so speculation is not accepted (A).",
        ),
        ("182", "S10"): (
            {},
            "§3 a denial cue ('denied'): denial; the rulebook accepts no second kind for it (A).",
        ),
        ("182", "S13"): (
            {"source": "the article", "source_type": "author", "cue": ""},
            "§4 the hedge 'appeared to' is the author's, on the sentence's main clause (Abiy issued a call), so the author is the source with no cue (B); the call's words stand in a side clause (§2 the main clause is the grammatical one).",
        ),
        ("183", "S04"): (
            {},
            "§2 rule 3: arrests and clashes stated flatly; 'violent' describes, no judgement (A).",
        ),
        ("183", "S07"): (
            {"cue": "published a recap"},
            "Cue: the words that hand the content to PROVEA, 'published a recap', without the date (B).",
        ),
        ("184", "S02"): ({**_POMPEO}, _TRANSCRIPT_184 + "; a greeting is a courtesy."),
        ("184", "S03"): (
            {**_POMPEO},
            _TRANSCRIPT_184
            + "; a salutation is a courtesy (b068e42, 'Good afternoon, everybody' its own example).",
        ),
        ("184", "S04"): (
            {**_POMPEO},
            _TRANSCRIPT_184
            + "; the speaker's own reason for speaking, fact, speculation accepted, claim for the official (A's set).",
        ),
        ("184", "S05"): (
            {**_POMPEO},
            _TRANSCRIPT_184 + "; claim accepted for the official (A's set).",
        ),
        ("184", "S06"): (
            {**_POMPEO, "kind": "fact"},
            _TRANSCRIPT_184
            + ": that Zarif put out a map is the author's fact (B), 'childlike' a side judgement, opinion accepted.",
        ),
        ("184", "S07"): (
            {**_POMPEO},
            _TRANSCRIPT_184
            + "; claim accepted for the official (A's set), no speculation: the sentence judges, it guesses no mind.",
        ),
        ("184", "S08"): (
            {**_POMPEO, "kind": "fact", "also_acceptable": "opinion;claim"},
            _TRANSCRIPT_184
            + ": the first main clause in the author's voice is fact, the recommendation opinion, the official claim (B).",
        ),
        ("184", "S09"): (
            {**_POMPEO, "kind": "fact", "also_acceptable": "claim;opinion"},
            _TRANSCRIPT_184
            + ": the Iranians' telling a story is the author's fact, claim for the official (B).",
        ),
        ("184", "S10"): (
            {**_POMPEO, "also_acceptable": "fact;claim;opinion"},
            _TRANSCRIPT_184
            + ": the rejection is a denial in the author's voice, cue empty; fact, claim and opinion accepted as for a statement under one's own name (as 60 S03) (B).",
        ),
        ("184", "S11"): (
            {**_POMPEO, "also_acceptable": "opinion;fact;claim"},
            _TRANSCRIPT_184
            + ": 'pure and blatant disinformation' rejects the account, denial, opinion, fact and claim accepted (B).",
        ),
        ("184", "S12"): (
            {**_POMPEO, "kind": "fact", "also_acceptable": "claim"},
            _TRANSCRIPT_184
            + ": the message passed is the author's fact, claim for the official (B).",
        ),
        ("184", "S13"): (
            {**_POMPEO, "kind": "fact", "also_acceptable": "opinion;claim"},
            _TRANSCRIPT_184
            + "; §2 an instruction that only points elsewhere ('You can go see them') asserts nothing: fact, opinion accepted (B), claim for the official.",
        ),
        ("184", "S14"): (
            {**_POMPEO, "kind": "denial", "also_acceptable": "fact;claim"},
            _TRANSCRIPT_184
            + "; §2 a statement under one's own name: its rejections are denials ('They're there' rejects the Iranian message), denial (A), fact (B) and claim accepted.",
        ),
        ("184", "S15"): (
            {**_POMPEO},
            _TRANSCRIPT_184
            + "; the hedged forecast is speculation, claim for the official and opinion for the judgements accepted (A's set).",
        ),
        ("184", "S16"): ({**_POMPEO}, _TRANSCRIPT_184 + "."),
        ("184", "S17"): ({**_POMPEO}, _TRANSCRIPT_184 + "."),
        ("184", "S18"): (
            {**_POMPEO, "kind": "fact", "also_acceptable": "speculation;claim"},
            _TRANSCRIPT_184
            + "; §5 not a prediction: a schedule the speaker has set, fact, speculation accepted (B), claim for the official.",
        ),
    }
)
NAMES.update(
    {
        ("165", "S06"): "Richard (Rick) W. Spinrad",
        ("165", "S07"): "Richard (Rick) W. Spinrad",
        ("165", "S08"): "Richard (Rick) W. Spinrad",
    }
)

AUTHOR = {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"}

# Keys where both readings agree but the rulebook says otherwise: the paragraphs added after
# the readings (b8152c7) for batch 2, and for batch 1 (settled before them) the keys those
# paragraphs contradict. Applied after the readings' agreement or the decision above.
RULEBOOK: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("05", "S05"): (
        {"evidence": "official_record"},
        "Both readings give evidence none; the rulebook (§9, a paragraph added after this key was settled) says an arrest by police is a formal act of an institution: official_record.",
    ),
    ("16", "S06"): (
        {"evidence": "official_record"},
        "Both readings give evidence none; the rulebook (§9, a paragraph added after this key was settled) says arrests are formal acts of an institution: official_record.",
    ),
    ("17", "S06"): (
        {"also_acceptable": "claim;denial"},
        "Both readings accept claim only; the rulebook (§3 the author correcting a source, 'Lavrov incorrectly said' its own example) accepts denial as well.",
    ),
    ("22", "S03"): (
        {"kind": "speculation", "also_acceptable": "claim;fact"},
        "Both readings key claim; the rulebook (§3 'announced that', §5) says an intention X states about what X will do ('would start collecting aid' its own example) is speculation, claim accepted; the call to the military, a second statement reported as an act (§2, §3 calls), gives fact, also accepted.",
    ),
    ("22", "S04"): (
        {"kind": "speculation", "also_acceptable": "claim"},
        "Both readings key claim; the rulebook (§3 'announced that', §5) says an intention X states about what X will do and has not yet done ('would transport aid') is speculation, claim accepted.",
    ),
    ("25", "S05"): (
        {"evidence": "official_record"},
        "Both readings give testimony; the rulebook (§9) says a detention by police is a formal act, official_record, and the record comes before the police's word (§9 several things pointed to).",
    ),
    ("25", "S07"): (
        {"also_acceptable": "opinion"},
        "Both readings accept nothing; the rulebook (§10 a judgement in a side word, 'a standard rejoinder' its own example) accepts opinion beside the fact.",
    ),
    ("27", "S04"): (
        {"also_acceptable": "opinion"},
        "Both readings accept nothing; the rulebook (§2 acts of speech) says that where the act is reported flatly (Pence voiced strong support) fact is the key and the content's kind, a stance (opinion), is also accepted.",
    ),
    ("31", "S07"): (
        {"also_acceptable": "speculation"},
        "Both readings accept claim; the rulebook (§2 acts of speech: 'we are against the coup' is a stance, opinion; §10 attributed judgements) accepts claim only for a factual charge, which a stance is not; speculation stays accepted for the stated feeling (§5).",
    ),
    ("31", "S12"): (
        {"also_acceptable": "speculation;claim;opinion"},
        "Both readings accept speculation and claim; the rulebook (§2 acts of speech) also accepts the content's kind: 'We don't want military dictatorship' is a stance, opinion.",
    ),
    ("33", "S02"): (
        {"also_acceptable": ""},
        "Both readings accept claim; the rulebook (§10 attributed judgements) accepts claim only for a factual charge, and Blinken's 'powerful tools', 'the core institution' judge value.",
    ),
    ("34", "S02"): (
        {"also_acceptable": "opinion"},
        "Both readings accept nothing; the rulebook (§2 acts of speech) says that where chanting is reported flatly fact is the key and the content's kind is also accepted: 'Don't be afraid' is a recommendation, opinion.",
    ),
    ("34", "S05"): (
        {"evidence": "official_record"},
        "Both readings give evidence none; the rulebook (§9) says a detention by police is a formal act of an institution: official_record.",
    ),
    ("37", "S15"): (
        {"kind": "speculation", "also_acceptable": ""},
        "Both readings key the fragment as Diogu's claim; the rulebook (§2 quotations, 'You know, for the longest time.' its own example) keys a fragment as the statement it belongs to, S16's 'I think soccer stood up top': speculation.",
    ),
    # Batch 1 and 2 keys that the paragraphs of 87338c0 (added after they were settled) contradict.
    ("10", "S07"): (
        {"evidence": "document"},
        "The rulebook (§9 speeches, offers and testimony, a paragraph added after this key was settled) says what a law says is its text: document, and only that it was passed or applied is official_record; the sentence states what Iran's laws say.",
    ),
    ("19", "S15"): (
        {"kind": "claim", "also_acceptable": "speculation"},
        "The rulebook (§5 knowing and awareness, a paragraph added after this key was settled) keys 'realize' by the kind of what is known, read by the rules: that China cannot afford a trade war, unhedged ('cannot' is ability, §4), is Flynn's claim; speculation is accepted for the state of mind.",
    ),
    ("30", "S07"): (
        {"evidence": "testimony"},
        "The rulebook (§9 speeches, offers and testimony, a paragraph added after this key was settled) says an offer is someone's word on a public occasion, not a formal act of an institution: testimony when the sentence gives its content (to suspend the laws for 18 months).",
    ),
    ("32", "S10"): (
        {"evidence": "document", "also_acceptable": "opinion"},
        "The rulebook (§2 rules, laws and bills; §9, paragraphs added after this key was settled) says what a law requires is fact in the author's voice, with opinion also accepted where it is worded as 'must', and what a law says is its text: document.",
    ),
    # Batch 3: both readings agree, the paragraphs of 87338c0 say otherwise.
    ("38", "S05"): (
        {"kind": "claim", "also_acceptable": "fact;denial"},
        "Both readings key denial; the rulebook (§3 rejecting a proposal, 'rejected the idea of …' its own example) says refusing a proposal says nothing asserted is false: the source's decision, claim when the source states it, as Pompeo does in the interview; fact and denial are also accepted.",
    ),
    ("38", "S06"): (
        {"also_acceptable": "opinion;speculation"},
        "Both readings accept nothing; the rulebook (§2 courtesies) keys the interviewer's thanks like a question, fact, and accepts opinion and speculation (a feeling).",
    ),
    ("38", "S07"): (
        {"kind": "fact", "evidence": "none", "also_acceptable": "opinion;speculation"},
        "Both readings key opinion with evidence testimony; the rulebook (§2 courtesies, 'It's great to be with you.' its own example) keys a courtesy like a question: fact, evidence none, the speaker as source and the label as cue; opinion and speculation are also accepted.",
    ),
    ("38", "S08"): (
        {"kind": "fact", "evidence": "none", "also_acceptable": "opinion;speculation"},
        "Both readings key opinion with evidence testimony; the rulebook (§2 courtesies, 'Thank you.' its own example) keys a courtesy like a question: fact, evidence none, the speaker as source and the label as cue; opinion and speculation are also accepted.",
    ),
    ("42", "S08"): (
        {"evidence": "document"},
        "Both readings give official_record; the rulebook (§9 speeches, offers and testimony) says what a law says is its text: document; the sentence states what the African Growth and Opportunity Act provides.",
    ),
    ("48", "S21"): (
        {"also_acceptable": "speculation"},
        "Both readings accept claim beside speculation; the rulebook (§5 a feeling said with a value word, 'a wonderful feeling' its own example) makes 'a phenomenal feeling' a judgement, opinion with speculation accepted, and §10 attributed judgements accepts claim only for a factual charge.",
    ),
    ("49", "S03"): (
        {"evidence": "none"},
        "Both readings give official_record; the rulebook (§9 speeches, offers and testimony, 'testimony before a committee' its own example) says testimony is someone's word, not a formal act of an institution, and the sentence reports only that it happened: none.",
    ),
    ("50", "S06"): (
        {"evidence": "document"},
        "Both readings give official_record; the rulebook (§9) says what a rule or law says is its text: document; the sentence states what the rules prohibit.",
    ),
    ("50", "S07"): (
        {"evidence": "document"},
        "Both readings give official_record; the rulebook (§9) says what a law says is its text: document; the sentence states the penalties the UCMJ and the laws provide.",
    ),
    ("50", "S08"): (
        {"evidence": "document"},
        "Both readings give official_record; the rulebook (§9) says what a rule says is its text: document.",
    ),
    ("50", "S11"): (
        {"evidence": "document"},
        "Both readings give official_record; the rulebook (§9) says what the laws and the Constitution say is their text: document.",
    ),
    ("50", "S13"): (
        {"kind": "fact", "evidence": "document", "also_acceptable": "opinion"},
        "Both readings key opinion ('should'); the rulebook (§2 rule 1 and rules, laws and bills, 'staff should not accept gifts' its own example) says the content of a rule in force is not the writer's recommendation: fact in the author's voice, opinion accepted for 'should'; what a rule says is its text, document (§9).",
    ),
    ("57", "S15"): (
        {"kind": "opinion", "also_acceptable": "speculation"},
        "Both readings key speculation with claim accepted; the rulebook (§5 a feeling said with a value word) makes 'I feel amazing' a judgement, opinion, speculation accepted; §10 attributed judgements accepts claim only for a factual charge.",
    ),
    # Batch 1-3 keys that the paragraphs of ef3dccf (added after they were settled) contradict.
    ("56", "S10"): (
        {**AUTHOR, "kind": "fact", "evidence": "document", "also_acceptable": "claim"},
        "The rulebook (§2 lead-ins, a paragraph added after this key was settled: 'She put it this way:' its own example) keys a lead-in that only announces a quotation as the author's fact, with the quotation's kind (claim, S11) also accepted; the sentence names the bill's section, a text a reader could look up (§9 document).",
    ),
    # Batch 4: both readings agree, the paragraphs of ef3dccf say otherwise.
    ("59", "S03"): (
        {"also_acceptable": "speculation"},
        "Both readings accept nothing; the rulebook (§5, a schedule an institution has set for someone, 'a prisoner's release date' its own example) accepts speculation beside the fact.",
    ),
    ("60", "S04"): (
        {"evidence": "document"},
        "Both readings give official_record; the rulebook (§9) says documents released under a records request are document.",
    ),
    ("60", "S10"): (
        {"boosters": ""},
        "Both readings list 'clearly' as a booster; the rulebook (§4 idioms and manner, 'clearly written' its own example) says a word used for manner ('clearly outlined') is no booster.",
    ),
    ("63", "S09"): (
        {"kind": "claim", "also_acceptable": "speculation"},
        "Both readings key speculation; the rulebook (§5 attempts in the past, 'attempted to block' its own example) says a past attempt is an observable act, so the kind follows the action: the report's claim, speculation accepted.",
    ),
    ("63", "S10"): (
        {"also_acceptable": "fact"},
        "Both readings accept nothing; the rulebook (§3 findings of a report, 'concluded' its own example) keys a named body's assessment as its claim, evidence document, and accepts fact ('concludes' read as endorsing).",
    ),
    ("68", "S08"): (
        {"also_acceptable": "speculation"},
        "Both readings accept nothing; the rulebook (§2 lead-ins, 'She put it this way:' its own example) keys the lead-in as the author's fact and accepts the quotation's kind: its question is fact, its condition contrary to fact (S10) speculation.",
    ),
    ("71", "S08"): (
        {"evidence": "official_record"},
        "Both readings give evidence none; the rulebook (§9) says a handover of office is a formal act: official_record.",
    ),
    ("72", "S03"): (
        {"also_acceptable": "speculation;claim"},
        "Both readings accept speculation; the rulebook (§2, a quoted text whose speaker the text does not make clear, 'an epigraph' its own example) keys the page's epigraph in the author's voice as printed and accepts claim.",
    ),
    ("73", "S04"): (
        {"also_acceptable": "opinion"},
        "Both readings accept nothing; the rulebook (§2, a rhetorical question a source asks in a quotation) keys it like a question, fact, and accepts the recommendation it implies (know your soldiers): opinion.",
    ),
    ("73", "S05"): (
        {"also_acceptable": "opinion"},
        "Both readings accept nothing; the rulebook (§2, a rhetorical question a source asks in a quotation) keys it like a question, fact, and accepts the recommendation it implies: opinion.",
    ),
    # Batch 1-4 keys that the paragraphs of 0421bd9 (added after they were settled) contradict.
    ("26", "S01"): (
        {"evidence": "testimony"},
        "The rulebook (§9 calls, a paragraph of 0421bd9 added after this key was settled) says a call made in a statement or at a briefing is someone's word, testimony, and only a call a body formally adopts is official_record; the police's call to residents was made in a statement, not adopted.",
    ),
    ("33", "S05"): (
        {"evidence": "document"},
        "The rulebook (§9 a named organisation's report, a paragraph of 0421bd9 added after this key was settled) says 'according to' a named organisation points to its published report: document; the count of jailed reporters is the Committee's published census.",
    ),
    ("36", "S10"): (
        {"source_type": "anonymous"},
        "The rulebook (§6 unnamed bodies, 'local media' its own example, a paragraph of 0421bd9 added after this key was settled) keys an unnamed body described by a noun for a kind of body as anonymous, not vague.",
    ),
    ("68", "S04"): (
        {"also_acceptable": "fact;claim"},
        "The rulebook (§3 more cue words, a paragraph of 0421bd9 added after this key was settled) says 'expressed concern' reports a worry: speculation, claim accepted.",
    ),
    # Batch 5: both readings agree, the paragraphs of 0421bd9 say otherwise.
    ("79", "S07"): (
        {"cue": "says"},
        "Both readings give no cue; the rulebook (§2, a quotation that follows an attributed paraphrase, a paragraph of 0421bd9) gives it the paraphrase's speaker and cue: Mamombe, 'says' (S06).",
    ),
    ("79", "S08"): (
        {"cue": "says"},
        "As S07: Mamombe's quotation carried on keeps the cue 'says' (§2).",
    ),
    ("79", "S09"): (
        {"cue": "says"},
        "As S07: Mamombe's quotation carried on keeps the cue 'says' (§2).",
    ),
    ("79", "S10"): (
        {"cue": "says"},
        "As S07: Mamombe's quotation carried on keeps the cue 'says' (§2).",
    ),
    ("79", "S11"): (
        {"cue": "says"},
        "As S07: Mamombe's quotation carried on keeps the cue 'says' (§2).",
    ),
    ("79", "S12"): (
        {"cue": "says"},
        "As S07: Mamombe's quotation carried on keeps the cue 'says' (§2).",
    ),
    ("80", "S06"): (
        {"evidence": "document"},
        "Both readings give testimony; the rulebook (§9 a named organisation's report, 'Oxfam reported' its own example) says it points to a published report: document.",
    ),
    ("81", "S05"): (
        {"source_type": "anonymous"},
        "Both readings give vague; the rulebook (§6 unnamed bodies, 'local media' its own example) keys 'independent media' as anonymous.",
    ),
    ("82", "S03"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 lead-ins: a unit that is only a speaker's printed label is the author's fact with the quotation's kind accepted; §2 broadcast transcripts (a paragraph of 0421bd9, added after the readings): the host's lines accept claim) accepts claim.",
    ),
    ("82", "S04"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 broadcast transcripts (a paragraph of 0421bd9, added after the readings)) keys the outlet's host and correspondents in the author's voice and also accepts claim.",
    ),
    ("82", "S05"): (
        {"also_acceptable": "speculation;claim"},
        "Both readings accept speculation; the rulebook (§2 broadcast transcripts (a paragraph of 0421bd9, added after the readings)) keys the outlet's host and correspondents in the author's voice and also accepts claim.",
    ),
    ("82", "S09"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 lead-ins: a unit that is only a speaker's printed label is the author's fact with the quotation's kind accepted; §2 broadcast transcripts (a paragraph of 0421bd9, added after the readings): the host's lines accept claim) accepts claim.",
    ),
    ("82", "S14"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 lead-ins: a unit that is only a speaker's printed label is the author's fact with the quotation's kind accepted; §2 broadcast transcripts (a paragraph of 0421bd9, added after the readings): the host's lines accept claim) accepts claim.",
    ),
    ("82", "S15"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 broadcast transcripts (a paragraph of 0421bd9, added after the readings)) keys the outlet's host and correspondents in the author's voice and also accepts claim.",
    ),
    ("82", "S16"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 broadcast transcripts (a paragraph of 0421bd9, added after the readings)) keys the outlet's host and correspondents in the author's voice and also accepts claim.",
    ),
    ("82", "S17"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 broadcast transcripts (a paragraph of 0421bd9, added after the readings)) keys the outlet's host and correspondents in the author's voice and also accepts claim.",
    ),
    ("82", "S18"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 lead-ins: a unit that is only a speaker's printed label is the author's fact with the quotation's kind accepted; §2 broadcast transcripts (a paragraph of 0421bd9, added after the readings): the host's lines accept claim) accepts claim.",
    ),
    ("82", "S19"): (
        {
            "source": "the article",
            "source_type": "author",
            "cue": "",
            "evidence": "none",
            "also_acceptable": "opinion;speculation;claim",
        },
        "Both readings give the host as source with her label as cue; the rulebook (§2 broadcast transcripts (a paragraph of 0421bd9, added after the readings)) says the label is no cue and the host's courtesies are keyed as the interviewer's (the author's fact, opinion and speculation accepted, as 38 S06), with claim also accepted.",
    ),
    ("82", "S20"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 broadcast transcripts (a paragraph of 0421bd9, added after the readings)) keys the outlet's host and correspondents in the author's voice and also accepts claim.",
    ),
    ("82", "S21"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 broadcast transcripts (a paragraph of 0421bd9, added after the readings)) keys the outlet's host and correspondents in the author's voice and also accepts claim.",
    ),
    ("82", "S23"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 broadcast transcripts (a paragraph of 0421bd9, added after the readings)) keys the outlet's host and correspondents in the author's voice and also accepts claim.",
    ),
    ("82", "S24"): (
        {"also_acceptable": "claim"},
        "Both readings accept nothing; the rulebook (§2 lead-ins: the quotation's kind accepted; §2 broadcast transcripts (a paragraph of 0421bd9, added after the readings): the correspondent's lines accept claim) accepts claim.",
    ),
    ("96", "S07"): (
        {"also_acceptable": "opinion"},
        "Both readings accept nothing; the rulebook (§2 the author's own rhetorical questions in a column, a paragraph of 0421bd9) keys them as fact and accepts the judgement they imply: opinion.",
    ),
    ("96", "S08"): (
        {"also_acceptable": "opinion"},
        "As S07: the author's rhetorical question, opinion accepted.",
    ),
    # Batch 1-5 keys that the paragraphs of f8ce464 (added after they were settled) contradict.
    ("02", "S10"): (
        {"evidence": "official_record"},
        "The rulebook (§9 election results, a paragraph of f8ce464 added after this key was settled) says an election result stated flatly is official_record whether or not the text names the body that declared it: Labour won last year's general election with a majority.",
    ),
    ("03", "S15"): (
        {"evidence": "official_record"},
        "The rulebook (§9 election results, a paragraph of f8ce464 added after this key was settled) says an election result stated flatly is official_record: Capp was elected interim Lord Mayor.",
    ),
    ("04", "S05"): (
        {"evidence": "official_record"},
        "The rulebook (§9 election results, a paragraph of f8ce464 added after this key was settled) says an election result stated flatly is official_record: her place and share of the vote.",
    ),
    ("04", "S08"): (
        {"evidence": "official_record"},
        "The rulebook (§9 election results, a paragraph of f8ce464 added after this key was settled) says an election result stated flatly is official_record: the votes she received.",
    ),
    ("04", "S09"): (
        {"evidence": "official_record"},
        "The rulebook (§9 election results, a paragraph of f8ce464 added after this key was settled) says an election result stated flatly is official_record: the party's results compared, Johnson's 0.99 percent.",
    ),
    ("04", "S10"): (
        {"evidence": "official_record"},
        "The rulebook (§9 election results, a paragraph of f8ce464 added after this key was settled) says an election result stated flatly is official_record: Johnson's 3.27 percent.",
    ),
    ("24", "S14"): (
        {"kind": "opinion", "also_acceptable": "speculation"},
        "The rulebook (§3 more cue words and §4, paragraphs of f8ce464 added after this key was settled) makes a speaker's own 'I think' a hedge and a belief cue, and where what it introduces is a judgement of value, opinion comes first, speculation accepted: 'very important for mining' judges importance.",
    ),
    ("32", "S09"): (
        {"kind": "fact", "also_acceptable": "speculation"},
        "The rulebook (§5 attempts in the past, a paragraph of f8ce464 added after this key was settled) says 'has sought to' followed by what was done reports acts, like attempts: the author's fact, speculation accepted; VOA's broadcasts of American life are what was done.",
    ),
    ("33", "S06"): (
        {"evidence": "official_record"},
        "The rulebook (§9 bans and restrictions, a paragraph of f8ce464 added after this key was settled) says a restriction a government decides on reporters is a formal act: official_record; Russia's authorities restricting independent reporting.",
    ),
    ("45", "S05"): (
        {"also_acceptable": "fact"},
        "The rulebook (§5 feelings, a paragraph of f8ce464 added after this key was settled) says a feeling the author reports flatly of others is speculation with fact also accepted.",
    ),
    ("45", "S20"): (
        {"also_acceptable": "fact"},
        "The rulebook (§5 feelings, a paragraph of f8ce464 added after this key was settled) says a feeling the author reports flatly of others is speculation with fact also accepted.",
    ),
    ("65", "S01"): (
        {"kind": "denial", "evidence": "testimony", "also_acceptable": "claim;fact;opinion"},
        "The rulebook (§3 rejecting a criticism or an accusation, 'denounced the criticism' its own example; §9 a statement a body publishes in its own name; paragraphs of f8ce464 added after this key was settled) keys VOA denouncing Maduro's attacks, which accused it of biased reporting (S03), as denial, claim and fact accepted (opinion stays accepted for 'Verbal Attacks'), and the statement's own body as source gives testimony.",
    ),
    ("65", "S02"): (
        {"evidence": "testimony", "also_acceptable": "claim;fact;denial"},
        "The rulebook (§9 a statement a body publishes in its own name, a paragraph of f8ce464 added after this key was settled) gives testimony where the body, named in the third person, is the source; the condemnation stays opinion (§2), and as it answers Maduro's accusations, denial is accepted (§3 rejecting a criticism, f8ce464).",
    ),
    ("69", "S04"): (
        {"evidence": "official_record"},
        "The rulebook (§9 election results, a paragraph of f8ce464 added after this key was settled) says an election result stated flatly is official_record: the 2019 elections won by Buhari.",
    ),
    ("81", "S07"): (
        {"also_acceptable": "fact;opinion;claim"},
        "The rulebook (§3 rejecting a criticism or an accusation, a paragraph of f8ce464 added after this key was settled) keys it as denial with claim accepted: Blinken rejects Diaz-Canel's blaming of the United States (S06).",
    ),
    # Batch 6: both readings agree, the paragraphs of f8ce464 say otherwise.
    ("110", "S13"): (
        {"also_acceptable": "denial"},
        "Both readings accept nothing; the rulebook (§3 an answer to a criticism, a paragraph of f8ce464) keys a justification as claim and accepts denial where the text names the criticism it answers ('Responding to the criticism').",
    ),
    ("110", "S14"): (
        {"also_acceptable": "denial"},
        "As S13: the sub-committee's answer to the criticism carried on (§3 an answer to a criticism, f8ce464), denial accepted.",
    ),
    ("118", "S09"): (
        {"kind": "opinion", "also_acceptable": "speculation"},
        "Both readings key speculation with opinion accepted; the rulebook (§3 more cue words, a paragraph of f8ce464) says where the view a belief cue introduces ('sees') is a judgement of value, here a recommendation (the need for massive investment), opinion comes first, speculation accepted.",
    ),
    # Batch 7: both readings agree, the paragraphs of 28c8996 say otherwise.
    ("124", "S17"): (
        {"kind": "denial", "also_acceptable": "fact;claim"},
        "Both readings key the author's fact with denial accepted; the rulebook (§2 a statement published under a speaker's own name, a paragraph of 28c8996) says a rejection of what others asserted about the writer's side is a denial, fact and claim also accepted: 'All of the accusations … about the United States … are false'.",
    ),
    ("131", "S11"): (
        {"source_type": "anonymous"},
        "Both readings have named_group; the rulebook (§6 one unnamed person with 'a', a paragraph of 28c8996) says 'a police spokesperson' is anonymous even when speaking for a named body.",
    ),
    ("131", "S12"): (
        {"source_type": "anonymous"},
        "As S11: the police spokesperson's words carried on; one unnamed person with 'a' is anonymous (§6, a paragraph of 28c8996).",
    ),
    ("132", "S08"): (
        {"evidence": "official_record"},
        "Both readings have document; the rulebook (§9 an accusation made in a charge sheet is the charge, a paragraph of 28c8996) gives official_record: the officials' claim that Yousuf is not a real journalist stands in their statements to the court, their charge sheet.",
    ),
    ("136", "S04"): (
        {
            "kind": "claim",
            "source": 'not named ("sparked … renewed controversy")',
            "source_type": "vague",
            "cue": "",
            "evidence": "testimony",
            "also_acceptable": "fact;speculation",
        },
        "Both readings key the author's fact; the rulebook (§3 a public reaction with no one named in the body, a paragraph of 28c8996, 'the verdict sparked outrage' its own example) gives a vague source: claim, fact and speculation accepted (the fans who debate are no source of the controversy named). Its cue is empty (the same paragraph as 1ef2b98 worded it, after this key was settled with 'has sparked').",
    ),
    # Batch 8: both readings agree, the paragraphs of 1ef2b98 say otherwise.
    ("142", "S06"): (
        {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
        "Both readings give the United States as source with its verb as cue; the rulebook (§2 which wins, a paragraph of 1ef2b98, 'The United States stands with …' in an embassy's statement that also says 'we' its own example) says the statement is the author's voice throughout: the stance is opinion, the named body as source (claim) and fact accepted, the cue empty.",
    ),
    ("142", "S10"): (
        {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
        "As S06, the rulebook's own example ('The United States stands with …', §2 which wins, a paragraph of 1ef2b98): the author's voice, the cue empty; opinion, with speculation for 'we will continue to invest', fact and claim accepted.",
    ),
    ("147", "S06"): (
        {"kind": "fact", "also_acceptable": "opinion"},
        "Both readings key opinion with fact accepted; the rulebook (§2 an instruction that only points the reader elsewhere, a paragraph of 1ef2b98, 'For more, visit …' its own example) says it asserts nothing: the author's fact, opinion also accepted.",
    ),
    ("147", "S09"): (
        {"source": "researchers"},
        "Both readings give 'The finding' as source; the rulebook (§9 a study's finding that 'suggests', a paragraph of 1ef2b98) says it speaks for those who published it (§6): the researchers of S08, anonymous, 'suggests' its cue and a hedge, speculation, claim accepted (as both readings keyed the rest).",
    ),
    ("147", "S12"): (
        {"source_type": "vague"},
        "Both readings have anonymous; the rulebook (§6 a pronoun is no noun for people, a paragraph of 1ef2b98, 'Many are wondering', 'some argue' its own examples) makes 'Others confirmed' vague.",
    ),
    ("149", "S05"): (
        {
            "source": "the article",
            "source_type": "author",
            "cue": "",
            "evidence": "none",
            "also_acceptable": "claim",
        },
        "Both readings give the United States as source; the rulebook (§2 which wins, a paragraph of 1ef2b98) says remarks in which the speaker says 'we' are the author's voice throughout, their sentences naming the speaker's country in the third person included: the feeling is speculation, the named body as source (claim) accepted, the cue empty; the line that accepted fact (the author being the same body) is for statements wholly in the third person, and the writer's own feeling accepts no fact (as 124 S13).",
    ),
    ("149", "S12"): (
        {"kind": "opinion", "also_acceptable": "speculation"},
        "Both readings key speculation with opinion accepted; the rulebook (§5 a wish about what others should do, a paragraph of 1ef2b98, 'We wish the council would act as fast' its own example) says it works as a recommendation: opinion, speculation also accepted.",
    ),
    ("151", "S07"): (
        {"kind": "fact", "also_acceptable": "opinion"},
        "Both readings key opinion with fact accepted; the rulebook (§2 an instruction that only points the reader elsewhere, a paragraph of 1ef2b98, 'see the technical note' its own example) says it asserts nothing: the author's fact, opinion also accepted.",
    ),
    # Batch 9: both readings agree, the paragraphs of b068e42 say otherwise.
    **{
        ("167", f"S{i:02d}"): (
            {"cue": "issued"},
            "Both readings give 'issued the following statement' as cue; the rulebook (§2 a lead-in, then the statement, a paragraph of b068e42: printed in quotation marks, the statement is the named speaker's quotation with the lead-in's verb as cue) gives the verb alone, 'issued'.",
        )
        for i in (3, 4, 7, 8, 9, 10, 11, 12, 13, 14)
    },
    ("167", "S05"): (
        {"cue": "issued", "also_acceptable": "opinion;fact"},
        "Both readings key Sessions' claim with the cue 'issued the following statement'; the rulebook (§2 a lead-in, then the statement, a paragraph of b068e42) gives the lead-in's verb as cue, 'issued', and accepts the author's voice for a statement printed in quotation marks: fact also accepted.",
    ),
    ("167", "S06"): (
        {"cue": "issued", "also_acceptable": "opinion;fact"},
        "As S05 (§2 a lead-in, then the statement, b068e42): the cue 'issued', the author's voice (fact) also accepted.",
    ),
    # Batch 1-6 keys that the paragraphs of 28c8996 (added after they were settled) contradict.
    ("09", "S02"): (
        {"also_acceptable": "claim;speculation"},
        "The rulebook (§3 scare quotes, a paragraph of 28c8996 added after this key was settled) says scare quotes around a word distance the writer without a word: no hedge listed, the kind is the sentence's, and speculation is also accepted: the opposition's “swearing-in” ceremony.",
    ),
    ("77", "S02"): (
        {
            "kind": "claim",
            "source": 'not named ("sparked an international outcry")',
            "source_type": "vague",
            "cue": "",
            "evidence": "testimony",
            "also_acceptable": "fact;speculation;opinion",
        },
        "The rulebook (§3 a public reaction with no one named in the body, a paragraph of 28c8996 added after this key was settled, 'the verdict sparked outrage' its own example) gives a vague source: claim, fact and speculation accepted; opinion stays accepted for the quoted 'dramatic slide'. Its cue is empty (the same paragraph as 1ef2b98 worded it, after this key was settled with 'has sparked').",
    ),
    ("75", "S02"): (
        {
            "kind": "claim",
            "source": 'not named ("has stirred controversy on social media")',
            "source_type": "vague",
            "cue": "",
            "evidence": "testimony",
            "also_acceptable": "fact;speculation;opinion",
        },
        "The rulebook (§3 a public reaction with no one named in the body, a paragraph of 28c8996 added after this key was settled, with an empty cue as 1ef2b98 worded it) gives 'has stirred controversy on social media' a vague source: claim, fact and speculation accepted; opinion stays accepted for the side words ('heated', 'better suited for diplomatic channels'). Found by the fourth round of rules on 6 December. 47 S03's 'widely condemned' stays the author's: it is a relative clause on a side detail of a sentence whose main statement is fact (§2 one sentence holding two statements), and claim is accepted there.",
    ),
    ("90", "S06"): (
        {"evidence": "physical"},
        "The rulebook (§3 a thing as the subject of an endorsing verb, a paragraph of 28c8996 added after this key was settled) keys 'The Webb image shows …' as the author's fact with the thing as its evidence: the image, pointed to as in S03, is physical (§9 a photograph pointed to).",
    ),
    ("96", "S01"): (
        {"also_acceptable": "opinion;speculation"},
        "The rulebook (§3 scare quotes, a paragraph of 28c8996 added after this key was settled) accepts speculation where scare quotes distance the writer without a word: Jamaica ‘celebrates’.",
    ),
    ("96", "S02"): (
        {"also_acceptable": "opinion;speculation"},
        "The rulebook (§3 scare quotes, a paragraph of 28c8996 added after this key was settled) accepts speculation where scare quotes distance the writer without a word: a “celebration” of the departure.",
    ),
    # Batch 1-7 keys that the paragraphs of 1ef2b98 (added after they were settled) contradict.
    ("44", "S04"): (
        {"kind": "opinion", "also_acceptable": "speculation;claim"},
        "The rulebook (§5 a wish about what others should do, a paragraph of 1ef2b98 added after this key was settled, 'We wish the council would act as fast' its own example) says it works as a recommendation: opinion, speculation also accepted; claim stays accepted for the attributed wish.",
    ),
    ("60", "S03"): (
        {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
        "The rulebook (§2 which wins, a paragraph of 1ef2b98 added after this key was settled) says a statement in which the writer speaks as 'we' (S02 'We were shocked', S07 'our statement') is the author's voice throughout, its sentences naming the writer's body in the third person included, and the cue field is empty for the author, a denial in the author's voice included: VOA's rejection stays a denial, the named body as source (claim), fact and opinion accepted.",
    ),
    ("95", "S05"): (
        {
            "source": "scientists from the University of Washington and Center for Ecosystem Sentinels"
        },
        "The rulebook (§9 a study's finding that 'suggests', a paragraph of 1ef2b98 added after this key was settled) says it speaks for those who published it (§6): the scientists S01 names, named_group by their organisations, with 'suggested' its cue and a hedge.",
    ),
    ("95", "S09"): (
        {
            "source": "scientists from the University of Washington and Center for Ecosystem Sentinels"
        },
        "As S05: a study's finding that 'suggests' speaks for those who published it (§9, a paragraph of 1ef2b98 added after this key was settled).",
    ),
    ("100", "S06"): (
        {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
        "The rulebook (§2 which wins, a paragraph of 1ef2b98 added after this key was settled) says a statement in which the writer speaks as 'we' (S12 'We call on Russia') is the author's voice throughout, its sentences naming the United States in the third person included: the stance is opinion, the named body as source (claim) and fact accepted, the cue empty.",
    ),
    ("100", "S07"): (
        {
            "source": "the article",
            "source_type": "author",
            "cue": "",
            "evidence": "none",
            "also_acceptable": "claim",
        },
        "As S06 (§2 which wins, a paragraph of 1ef2b98): the author's voice, the cue empty; the feeling is speculation, the named body as source (claim) accepted; fact was accepted because the author was the same body, a line for statements wholly in the third person, and the writer's own feeling accepts no fact (as 124 S13).",
    ),
    ("100", "S10"): (
        {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
        "As S06 (§2 which wins, a paragraph of 1ef2b98): the call is the author's opinion, the named body as source (claim) and fact accepted, the cue empty.",
    ),
    ("100", "S14"): (
        {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
        "As S06 (§2 which wins, a paragraph of 1ef2b98): the condemnation is the author's opinion, the named body as source (claim) and fact accepted, the cue empty.",
    ),
    ("107", "S04"): (
        {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
        "The rulebook (§2 which wins, a paragraph of 1ef2b98 added after this key was settled, 'The United States stands with …' its own example) says a statement in which the writer speaks as 'we' (S06, S09) is the author's voice throughout, its sentences naming the United States in the third person included: opinion, the named body as source (claim) and fact accepted, the cue empty.",
    ),
    ("107", "S05"): (
        {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
        "As S04 (§2 which wins, a paragraph of 1ef2b98): the condemnation is the author's opinion, claim, fact and speculation accepted as before, the cue empty.",
    ),
    ("107", "S08"): (
        {"source": "the article", "source_type": "author", "cue": "", "evidence": "none"},
        "As S04, the rulebook's own example ('The United States stands with …', §2 which wins, a paragraph of 1ef2b98): the author's voice, the cue empty.",
    ),
    ("134", "S03"): (
        {"cue": ""},
        "The rulebook (§3 a public reaction with no one named in the body, as 1ef2b98 worded it after this key was settled) gives such a reaction an empty cue, where the settled key had 'sparked outrage'.",
    ),
}

# b068e42: in a transcript a body publishes of its own official's remarks, and in a statement
# printed without quotation marks under a lead-in or headline that names its speaker, the
# official (the speaker) as source, claim, is also accepted. Keys where both readings agree
# (or the decision above stands) but claim was not accepted: every unit the official speaks,
# the headline or lead-in and the courtesies (salutations, thanks, condolences) left out.
_REMARKS = "the rulebook (§2, a transcript a body publishes of its own official's remarks, a paragraph of b068e42 added after this key was settled, an ambassador's remarks at the UN its own example) says the official speaks as the body, the author's voice, and the official as source (claim) is also accepted"
_STATEMENT = "the rulebook (§2 a lead-in, then the statement, a paragraph of b068e42 added after this key was settled) says a statement printed without quotation marks under a lead-in or headline naming its speaker is the author's voice, the speaker as source (claim) also accepted"
SPEAKER_CLAIM: dict[tuple[str, str], str] = {
    **{("105", f"S{i:02d}"): f"Claim also accepted: {_STATEMENT} (the headline 'A statement from VOA Director Amanda Bennett')." for i in (3, 4, 6, 7, 9, 10, 11)},
    **{("144", f"S{i:02d}"): f"Claim also accepted: {_STATEMENT} (the headline 'Message From the Secretary of State')." for i in (3, 4, 5, 6, 8, 9, 10, 11, 12, 13)},
    **{("148", f"S{i:02d}"): f"Claim also accepted: {_REMARKS}." for i in (3, 5, 6, 7, 8, 9)},
    **{("149", f"S{i:02d}"): f"Claim also accepted: {_REMARKS}." for i in (3, 4, 6, 7, 8, 9, 10, 11, 12, 15, 16)},
    **{("150", f"S{i:02d}"): f"Claim also accepted: {_REMARKS}." for i in (2, 5, 8, 9, 10, 11)},
    # Batch 9: both readings keyed the author's voice without the official as source.
    **{("170", f"S{i:02d}"): f"Claim also accepted: {_REMARKS.replace(' added after this key was settled', '')} (NASA's transcript of its Administrator's remarks)." for i in (7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24)},
    **{("172", f"S{i:02d}"): f"Claim also accepted: {_STATEMENT.replace(' added after this key was settled', '')} ('Director Wray issued the following statement' without quotation marks its own example)." for i in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 19)},
    **{("175", f"S{i:02d}"): f"Claim also accepted: {_REMARKS.replace(' added after this key was settled', '')}." for i in (4, 5, 6, 8, 9, 11, 12)},
    **{("184", f"S{i:02d}"): f"Claim also accepted: {_REMARKS.replace(' added after this key was settled', '')} ('SECRETARY POMPEO:' its own example)." for i in (6, 16, 17)},
}  # fmt: skip

# Batch 10 (texts 186-191, 197-201, 203; 192-196, 202, 204, 205 unused), read against the
# rulebook before 1b4d55c and settled by it as it now stands (hedge and booster spans by
# data/cues.csv and §4).
CUE_SPAN |= {("199", "S04"), ("199", "S07"), ("199", "S08"), ("203", "S04")}  # fmt: skip
NAMES.update(
    {
        ("203", "S01"): "the National Police Service",
        ("203", "S08"): "the National Police Service",
    }
)
_CUE_ONLY = "§3: the cue of the sentence's own attribution verb; the second verb ('call', 'said') attributes the quoted words inside to the same speaker and is read only for the kind (§2), as A."
DECISIONS.update(
    {
        ("186", "S05"): (
            {"also_acceptable": "fact;claim"},
            "§6 'was said to' is a vague source that carries a hedge, on a side detail (§10): speculation, fact accepted for the flat main clause, and claim stays acceptable (sollen, §6) (B); the hedge spanned as data/cues.csv lists it with its auxiliary, 'was said to' (A).",
        ),
        ("186", "S06"): (
            {},
            "§2 rule 2 a neutral cue: claim; 'never back down' reports conduct and 'so bad' describes the weather, no judgement of value is the point (§2 rule 1, §10), so opinion is not accepted (A).",
        ),
        ("186", "S09"): (
            {},
            "§2 rule 3: the main clause (the demands have expanded) stated flatly; the demands are the protesters', reported as their content, not the author's call, so opinion is not accepted (A).",
        ),
        ("186", "S10"): (
            {},
            "§9: a handover of sovereignty agreed between governments is a formal act like an agreement signed and a handover of office: official_record (A).",
        ),
        ("187", "S03"): (
            {},
            "§2 rule 3 and §7: that the vision echoed the ad is checkable against the ad (a document, §9); the ad's quoted promise is its word, claim accepted; 'echoed' holds no judgement of value, so opinion is not accepted (A).",
        ),
        ("187", "S08"): (
            {"evidence": "official_record"},
            "§9 several things pointed to: the charges (formal acts of prosecutors, official_record) over the organisation's count that reports them (B).",
        ),
        ("187", "S09"): (
            {"kind": "opinion", "also_acceptable": "speculation;fact"},
            "§2 rule 1 and §5: 'resorting to trickery' is the sentence's point and a judgement of value, which comes first; 'in an effort to' ascribes a motive, speculation accepted; fact accepted for the act (B).",
        ),
        ("188", "S02"): (
            {"also_acceptable": "claim;speculation"},
            "§2 the first main clause (the planned issue) is the author's fact; the cartoonists' allegation (distancing cue) is accepted as claim, and 'who were angered' ascribes a feeling (§5), speculation accepted (B).",
        ),
        ("188", "S06"): (
            {"also_acceptable": ""},
            "§2 rule 3: who runs the paper and what its masthead prints are stated flatly and checkable in the masthead; the self-description hands the reader no content the author does not vouch for, so claim is not accepted (B).",
        ),
        ("188", "S10"): (
            {},
            "§2 rule 1: the judgements ('stupidity', 'hypocrisy', 'sadly') come first: opinion; the institutions that 'keep quiet' are a checkable statement in the same quotation, so claim is accepted (A).",
        ),
        ("189", "S03"): (
            {},
            "§3 a neutral cue ('According to') does not vouch: claim, documents of the court case (named_group, document); the author does not vouch for the content, so fact is not accepted (A, as most keys with 'according to').",
        ),
        ("189", "S04"): (
            {},
            "§2 how far reported speech carries: S05-S08, which both readings give to the court documents with no new cue, show their account carries through S04; a careful reader could end it here (background), so the author's fact is accepted (A, B's reading accepted).",
        ),
        ("189", "S10"): (
            {"also_acceptable": "claim"},
            "§3 an announcement that is the act, in the author's voice: fact, claim accepted (B); §9 the sentence reports only that the announcement was made (speeches and announcements reported as happening): evidence none (A).",
        ),
        ("190", "S05"): (
            {"also_acceptable": "claim"},
            "As 189 S10: §3 an announcement that is the act: fact, claim accepted (B); §9 it reports only that the sentence was announced: evidence none (A).",
        ),
        ("190", "S09"): (
            {},
            "As 189 S03: §3 a neutral cue does not vouch: claim, the plea agreement and court documents (named_group, document); fact is not accepted (A).",
        ),
        ("191", "S01"): (
            {},
            "§8 the headline labels the piece flatly; 'top' means most popular, as S04 says, a checkable ranking, so opinion is not accepted (A).",
        ),
        ("191", "S04"): (
            {},
            "§2 a line that only points the reader to what follows: the author's fact, opinion also accepted (A).",
        ),
        ("191", "S07"): (
            {},
            "§5 not a prediction: a schedule already set (13 months of work under way) is fact, speculation accepted (A), as 184 S18.",
        ),
        ("191", "S10"): (
            {"also_acceptable": "opinion"},
            "§2 a trailing attribution (1b4d55c, 'That's what Nathan Robinson said about …' its own example) is keyed like a lead-in: the author's fact, the quotation's kind (S09 opinion) also accepted; the footage is named as what he spoke about, no claim of its own (B).",
        ),
        ("197", "S04"): (
            {},
            "§3 a neutral cue ('reported') does not vouch: claim, the Center (named_group), the sentence it reports the closest record (official_record, §9); fact is not accepted (A).",
        ),
        ("197", "S05"): (
            {},
            "§2 how far reported speech carries: the charges continue the Center's report with no new source, a careful reader could carry it one sentence on, so claim is accepted beside the author's fact and the opinion of 'spurious' (§10) (A).",
        ),
        ("197", "S06"): (
            {
                "kind": "claim",
                "source": "Bahareh Hedayat",
                "source_type": "named_person",
                "cue": "compared",
                "also_acceptable": "fact;opinion",
            },
            "§3 an act of speech reported in the body (her comparison in a tweet) hands its content to her: claim, Hedayat the source, 'compared' the cue, fact accepted for the act reported flatly, opinion for the comparison's judgement; the tweet is a document (§9) (B).",
        ),
        ("197", "S07"): (
            {"evidence": "official_record"},
            "§9: the main clause's punishment by the regime (prison sentences, as S08 says) is a formal act of courts: official_record (B).",
        ),
        ("197", "S08"): (
            {},
            "§2 rule 3, §9 the sentences are official_record; 'daring' is a judgement in a side word (§10), opinion accepted; the reason given is the ground of the sentences, no mental state ascribed, so speculation is not accepted (A).",
        ),
        ("199", "S04"): ({}, "§2 rule 2 a neutral cue at the end (§3): claim."),
        ("199", "S06"): (
            {"also_acceptable": "fact"},
            "§3 criticism in the body ('blames'): claim, fact accepted; the sentence gives no judgement words of his own, so opinion is not accepted (B).",
        ),
        ("199", "S07"): ({}, "§2 rule 2 a neutral cue: claim."),
        ("199", "S08"): (
            {},
            "§2 a quotation continued keeps its speaker and cue (S14b): claim, opinion accepted for 'vilified and castigated'.",
        ),
        ("199", "S11"): (
            {},
            "§9 a body's formal decision to list a country: official_record; 'it sees as' states the body's view in a side clause (§10), so speculation is accepted (A).",
        ),
        ("199", "S14"): (
            {},
            "§9: the sentence's point is a state of affairs (U.S. support was part of a policy); the policy's announcement is only named, and a speech or announcement reported as happening points to nothing: none (A).",
        ),
        ("200", "S01"): (
            {"also_acceptable": "fact"},
            "§8 and §5: the headline reports a feeling (doubt) of described owners flatly: speculation, fact accepted; 'sowing seeds of doubt' is no verb of speech, so claim is not accepted (B).",
        ),
        ("200", "S02"): (
            {},
            "§5 a feeling (a heavier burden) the author reports flatly of a named person: speculation, fact accepted (A).",
        ),
        ("200", "S03"): (
            {"also_acceptable": ""},
            "§2 rule 2 a neutral cue: claim; the routine is hers, the author vouches only that she said it, so fact is not accepted (B).",
        ),
        ("201", "S01"): (
            {"also_acceptable": "denial"},
            "§8 a headline reporting Trump's word with a neutral cue: claim, denial accepted (it dismisses the allegations); a neutral cue does not vouch, so fact is not accepted (B).",
        ),
        ("201", "S06"): (
            {"also_acceptable": "claim;denial"},
            "§5 a belief of others Trump states: speculation, claim accepted; §3 it rejects the bounty allegations the text names (S02, S03 'his dismissal'), so denial is accepted too (B).",
        ),
        ("203", "S02"): ({}, _CUE_ONLY),
        ("203", "S04"): (
            {},
            "§2 rule 1 a judgement ('excessive', 'unnecessary'): opinion, claim accepted; a joint written statement: document.",
        ),
        ("203", "S06"): (
            {},
            "§6 reports with no author: vague, claim; a vague source does not vouch, so fact is not accepted (A).",
        ),
        ("203", "S09"): ({}, _CUE_ONLY),
        ("203", "S11"): (
            {"evidence": "none"},
            "§2 a reply that only points elsewhere (1b4d55c, 'referred VOA to a statement' its own example): the author's fact, evidence none (B); the pointer does not say what the statement holds, so claim is not accepted (A).",
        ),
    }
)
RULEBOOK.update(
    {
        ("197", "S02"): (
            {"hedges": "reported"},
            "Both readings list no hedge; the rulebook (§4, 'reported' before a noun works as 'reportedly', 1b4d55c, 'its reported negotiations' its own example) makes 'reported' a hedge, here on a side detail (one item of the list whose point is the alarms raised): the kind stays, speculation accepted.",
        ),
        ("200", "S06"): (
            {
                "kind": "claim",
                "source": "Pam Johnson",
                "source_type": "named_person",
                "cue": "told VOA",
                "evidence": "testimony",
                "also_acceptable": "fact",
            },
            "Both readings give the author's fact; the rulebook (§2, a fragment that completes the sentence before it, 1b4d55c, 'Driven there in part by tariffs …' its own example) keys it as the statement it belongs to: Pam Johnson's claim (S05), and as an unquoted sentence carrying her account on, the author's fact accepted.",
        ),
    }
)

# Batch 11 (texts 205-221; 204 dropped before keying, 222 and 223 unused), read against the
# rulebook before 86a58d7 and settled by it as it now stands (hedge and booster disagreements by
# data/cues.csv and §4). 86a58d7 ruled the cases its readers found silent: an imagined scenario
# told to the reader, a made-up dialogue quoted from a post, a headline's label and colon,
# habitual 'will', an endorsing cue whose object is a claim, 'joked', a plea of not guilty.
NAMES.update(
    {
        **{("212", f"S{i:02d}"): "Facebook user Ilyas Mynzhasarov" for i in (9, 11, 12, 13, 14)},
        **{("213", f"S{i:02d}"): "Hayden (@Haydenfreedom)" for i in (15, 16)},
        **{("216", f"S{i:02d}"): "Russian Foreign Ministry spokeswoman Maria Zakharova" for i in (2, 6, 7, 8)},
        **{("218", f"S{i:02d}"): "Assistant Attorney General Makan Delrahim" for i in (4, 5, 6)},
        **{("220", f"S{i:02d}"): "Indian army chief Gen. Bipin Rawat" for i in (2, 3)},
        **{("221", f"S{i:02d}"): "Chief Warrant Officer 2 Chris Madden" for i in (4, 5, 6, 7)},
        **{("221", f"S{i:02d}"): "Coast Guard Chief Petty Officer Syreeta Bromfield" for i in (13, 14, 15)},
    }
)  # fmt: skip
_SCENE = "§2 a scenario the author imagines and tells to the reader (86a58d7, 'You came to Puerto Rico for …' its own example): it presents nothing as having happened, speculation (the minds and plans it gives its figures, §5); fact is also accepted, as S14 says the scene took place the day before"
_COURT_DOCS = "§6 documents of a named body speak for it (named_group) and §9: court documents a reader could look up are a document, as 189 S03 and 190 S09 of batch 10 (B); the account of the acts stays the court documents' claim, fact accepted (both readings)."
_PLEA = "§3 a plea of not guilty reported flatly (86a58d7, 'pleaded not guilty to …' its own example) is a formal act in court: the author's fact, evidence official_record, denial also accepted (B)"
_QUESTION = "a question asserts nothing: evidence none, as the rhetorical questions a source asks in 73 S04, 158 S14 and 201 S05 (B)"
DECISIONS.update(
    {
        ("205", "S02"): (
            {},
            "§5 an act with its stated purpose ('worked … to protect'): fact, speculation accepted; 'around the clock' describes the effort, no judgement of value is the point (§10), so opinion is not accepted (A).",
        ),
        ("205", "S05"): (
            {},
            "§9 a statement a body publishes in its own name is testimony where the body is the source in the third person ('CDC reported' on CDC's own page, §2): testimony (A).",
        ),
        ("205", "S06"): (
            {},
            "§10 a hedge on a side detail ('suggesting'): speculation, fact accepted; 'In a breakthrough' is a judgement in a side word, opinion also accepted (A).",
        ),
        ("205", "S07"): (
            {},
            "§4 and data/cues.csv: 'possible' is a listed hedge, here on a side detail (§10, the causes still investigated): speculation, fact accepted for the flat main clause (A).",
        ),
        ("205", "S09"): (
            {},
            "§5 an action with its stated purpose ('to meet the outbreak's evolving challenges'): fact, speculation accepted; no judgement of value in words, so opinion is not accepted (A).",
        ),
        ("206", "S07"): (
            {},
            "§9: the sentence names a text a reader could look up, the article in Zootaxa that reports the comparison: document (A).",
        ),
        ("207", "S01"): (
            {"also_acceptable": "claim"},
            "§8 and §5 a prediction in the headline: speculation; the forecast is the study's, named in S03, so claim is accepted as for paraphrase before its cue (§2) (B).",
        ),
        ("207", "S02"): (
            {"also_acceptable": "claim"},
            "§5 a prediction with the hedge 'could': speculation; §2 paraphrase before its cue: the study's attribution only comes in S03, so claim is also accepted (B).",
        ),
        ("207", "S03"): (
            {},
            "§6 a study's findings speak for the researchers who published them, named_group where the text names their institutions (S05 names them), so the source is the scientists (A); the cue lists both attribution words as the keys write cues, with a semicolon: 'According to; found' (A).",
        ),
        ("208", "S05"): (
            {},
            "§2 rule 3: that he grew the party with campaigns is checkable; no judgement of value is the point (§10), so opinion is not accepted (A).",
        ),
        ("208", "S08"): (
            {},
            "§9: a party's pick of running mate is a nomination, on the record, as batch 1's 14 S12: official_record (A).",
        ),
        ("209", "S02"): (
            {},
            f"{_SCENE} (both readings); the aside on the colonizers' attraction holds no judgement of value in words, so opinion is not accepted (A).",
        ),
        ("209", "S03"): (
            {},
            f"§2 a fragment that completes the sentence before it is keyed as S02: {_SCENE}; no judgement of value in words, so opinion is not accepted (A).",
        ),
        ("209", "S06"): (
            {},
            "§2 (86a58d7): people a scenario imagines ('your friends', 'your parents' its own examples) are anonymous (§6) (A).",
        ),
        ("209", "S07"): (
            {},
            f"{_SCENE}; the visitor's intention ('ready to focus on') is the point; no judgement of value in words, so opinion is not accepted (A).",
        ),
        ("209", "S11"): (
            {"kind": "speculation", "also_acceptable": "fact;opinion"},
            f"{_SCENE}: the hurricane heading for 'your worry-free fantasy' is part of the imagined scene, so speculation is the key and fact accepted (neither reading's kind); 'worry-free fantasy' judges the visitor's view in side words, opinion accepted (B).",
        ),
        ("209", "S12"): (
            {},
            f"{_SCENE}; the visitor's attempt and reason ('because a hurricane was not on your must-see itinerary') give the figure a mind (A).",
        ),
        ("210", "S03"): (
            {"also_acceptable": "speculation"},
            "§5 not a prediction (86a58d7, 'sometimes they will pursue charges, other times they will wait' its own example): habitual 'will' describes a present practice, fact, speculation accepted; the main clause is 'other times they will pursue …' (§2) (B).",
        ),
        ("210", "S09"): (
            {"evidence": "testimony"},
            "§9: what prosecutors argue at trial is their word on a public occasion, like a judge's remarks in court (testimony), not the charge itself (official_record); the content is their accusation, claim accepted (B).",
        ),
        ("211", "S09"): (
            {},
            "§9: a candidate's pick of running mate is the ticket's nomination, on the record, as 208 S08 and batch 1's 14 S12: official_record (A).",
        ),
        ("211", "S12"): (
            {},
            "§2 rule 3: the party's platform stated flatly; the quoted words name its own term in use (§3, as 'so-called' naming a term), not an assertion handed to a source, so claim is not accepted (A).",
        ),
        ("211", "S14"): (
            {},
            "§9 several things pointed to: the growth is shown by ballot access secured in eight states, a formal act of the states' election bodies, like a nomination: official_record; 'has grown' is checkable, no judgement of value, so opinion is not accepted (A).",
        ),
        ("212", "S03"): (
            {},
            "§2 rule 3: an inauguration reported flatly; 'flagship' describes the project's standing, checkable, no judgement of value (§10), so opinion is not accepted (A).",
        ),
        ("212", "S10"): (
            {
                "source": "Facebook user Ilyas Mynzhasarov",
                "source_type": "named_person",
                "evidence": "document",
                "also_acceptable": "speculation;opinion",
            },
            "§2 a made-up dialogue quoted from someone's post (86a58d7, a parody meme its own example) is that poster's, with an empty cue: the meme's title line is its first line, keyed by what it says (a title, fact), opinion also accepted (satire is a judgement), and as a fragment introducing the line after it (§2) the kind of S11, speculation, also accepted; the post is a document (§9) (B).",
        ),
        ("212", "S12"): (
            {"evidence": "none"},
            f"§2 a made-up dialogue quoted from a post (86a58d7): the poster's line keyed by what it says; {_QUESTION}; opinion accepted (satire).",
        ),
        ("212", "S14"): (
            {},
            "§2 a made-up dialogue quoted from a post (86a58d7): each line keyed by what it says, opinion also accepted (satire is a judgement): the naming 'we call this …' is the poster's line with an empty cue, §2 rule 2 claim; fact accepted as both readings (A).",
        ),
        ("213", "S03"): (
            {},
            "§4 the hedge 'apparently' is on the main clause (that he has been in hiding), not on a side detail, so fact is not accepted (§10); 'self-professed' names his own claim, no hedge (A).",
        ),
        ("213", "S06"): (
            {},
            "§3 a neutral cue ('stated', from the lead-in) does not vouch: claim; an admission against interest is still his word (§11), so fact is not accepted (A).",
        ),
        ("213", "S07"): (
            {},
            "§2 an unquoted sentence that carries reported speech on after its cue: Wang's, the author's fact also accepted; 'Alleged' before a noun is a hedge (§3), speculation, claim accepted (A).",
        ),
        ("213", "S09"): (
            {},
            "§3 'claimed' is a distancing cue, not a hedge: claim; no hedge word in the unit, so speculation is not accepted (A).",
        ),
        ("213", "S10"): (
            {},
            "§2 the last item of the list after 'Wang stated that:' keeps source and cue: claim; 'with impunity' says no one is punished, a checkable charge, not a judgement of value (§10), so opinion is not accepted (A).",
        ),
        ("213", "S14"): (
            {},
            "§2 a lead-in that announces a quotation: the author's fact, the quotation's kind (S15, claim) also accepted, and the call's content a recommendation (§3 calls), opinion (A).",
        ),
        ("213", "S15"): (
            {"cue": ""},
            "§2 a quoted text with no attribution words, whose speaker the text makes clear (the post's signature, S17, a unit of its own keyed as a trailing attribution): the speaker as source, an empty cue (B).",
        ),
        ("213", "S16"): (
            {"cue": "", "evidence": "none"},
            f"As S15: the post's speaker with an empty cue (B); §2 a rhetorical question a source asks: fact, opinion accepted; {_QUESTION}.",
        ),
        ("213", "S17"): (
            {},
            "§2 a unit that is only a trailing attribution is keyed like a lead-in: the author's fact, the quotation's kind accepted; it names the post and its date, a text a reader could look up (§9 a post is a document) (A).",
        ),
        ("213", "S19"): (
            {"also_acceptable": "fact;claim"},
            "§4 'apparently' hedges the first clause: speculation, fact accepted for the flat second clause; §2 how far reported speech carries: the sentence may carry on 60 Minutes' account of S18, so claim is also accepted (B).",
        ),
        ("214", "S01"): (
            {
                "kind": "fact",
                "source": "the article",
                "source_type": "author",
                "cue": "",
                "also_acceptable": "denial",
            },
            f"{_PLEA}; a headline reporting an event flatly is the author's fact (§8).",
        ),
        ("214", "S02"): (
            {
                "kind": "fact",
                "source": "the article",
                "source_type": "author",
                "cue": "",
                "also_acceptable": "denial",
            },
            f"{_PLEA}; 'accused of' names a status (§3, as 'suspected'), no hedge, but the plea, not the accusation, is the sentence's point, so speculation is not accepted.",
        ),
        ("214", "S04"): (
            {"also_acceptable": "denial"},
            f"{_PLEA}: 'entered a plea of not guilty' is the rule's own example; the rule accepts denial only, not claim.",
        ),
        ("215", "S07"): (
            {},
            "§4 and data/cues.csv: 'proved' is a listed booster, listed as printed (A).",
        ),
        ("215", "S11"): (
            {"also_acceptable": "speculation"},
            "§2 rule 3 the bout's result stated flatly; 'the Marines desire' is a wish on a side detail (§5), speculation accepted; 'shut the door' is a figure for stopping them, no judgement of value (§10), so opinion is not accepted (B).",
        ),
        ("216", "S02"): (
            {},
            "§3 rejecting an accusation ('denied allegations'): denial, claim accepted, fact too as the author reports the act flatly (A).",
        ),
        ("216", "S03"): (
            {},
            "§3 a neutral cue ('cited witness who said') does not vouch: claim, so fact is not accepted (A).",
        ),
        ("216", "S06"): (
            {},
            "§3 an answer to a criticism that justifies without saying it is false: claim; denial is also accepted as the text names the criticism it answers (S02's allegations); the effort's stated purpose (§5) speculation (A).",
        ),
        **{
            ("217", f"S{i:02d}"): ({"evidence": "document"}, _COURT_DOCS)
            for i in (3, 4, 5, 6, 7, 8)
        },
        ("217", "S09"): (
            {
                "kind": "fact",
                "source": "the article",
                "source_type": "author",
                "cue": "",
                "evidence": "none",
                "also_acceptable": "claim",
            },
            "§2 how far reported speech carries: the injuries are the blast's outcome, no longer the defendants' conduct the court documents narrate, plainly the author's narration: fact, evidence none; the line is close, so the documents' claim is also accepted (B).",
        ),
        ("217", "S10"): (
            {},
            "§3 an announcement that is the act, in the author's voice: fact, claim accepted, as 189 S10 and 190 S05 of batch 10 (A).",
        ),
        ("218", "S07"): (
            {},
            "§5 a commitment ('the commitment … to work together to uncover these crimes') is a pledge about the future: speculation, opinion also accepted as it declares a stance, and claim for the quotation (§7) (A).",
        ),
        ("219", "S05"): (
            {},
            "§6 officials the text ties to a body ('The government wants to send her back', next sentence; a country's officials are its government's): named_group (A).",
        ),
        ("219", "S07"): (
            {},
            "§5 a wish the author reports flatly: speculation, fact accepted; no cue hands it to her, so claim is not accepted (A).",
        ),
        ("219", "S16"): (
            {},
            "§5 a present risk is stated as a state of affairs (the author's fact, claim if attributed), speculation accepted: the lawyer's claim with the distancing cue 'claims' (§3) (A).",
        ),
        ("220", "S02"): (
            {},
            "§3 'alleged' as a verb is a distancing cue, not a hedge ('allegedly' and 'alleged' before a noun are): claim, so speculation is not accepted (A).",
        ),
        ("220", "S03"): (
            {},
            "§5 an intention ascribed to others ('were waiting to infiltrate'), attributed: speculation, claim accepted; §2 rule 2 puts a motive before the contested cue's claim (A).",
        ),
        ("220", "S05"): (
            {},
            "§2 rule 1 judgements ('a desperate attempt'): opinion, speculation accepted for the ascribed aim (§5); §3 an answer to an accusation the text names (India's allegations, S01): denial also accepted (A).",
        ),
        ("220", "S06"): (
            {},
            "§9: the military's 'separate statement' is a written statement a reader could look up: document, as 203 S04 of batch 10 (A); the warning of consequences is a forecast, no judgement of value, so opinion is not accepted (A).",
        ),
        ("221", "S06"): (
            {},
            "§2 one sentence holding two statements: key the first main clause, 'Maybe that's not what we wanted' (a hedge and a wish, speculation), and accept the second's kind, 'a great outcome' (opinion); claim accepted (§7) (A).",
        ),
        ("221", "S13"): (
            {"cue": "said"},
            "§3 the cue is the attribution verb, 'said'; 'hoped' is the belief cue read for the kind (speculation), as the second verb in batch 10's 203 S02 (B).",
        ),
        ("221", "S14"): (
            {"cue": "said", "evidence": "none"},
            f"§3 where the cue stands: the attribution in S15 ('she said'), the verb alone (B); {_QUESTION}.",
        ),
        ("221", "S15"): (
            {"cue": "said"},
            "§3 the verb alone (B); §10 attributed judgements: a recommendation is no factual charge, so claim is not accepted (A).",
        ),
    }
)
RULEBOOK.update(
    {
        ("209", "S13"): (
            {"kind": "speculation", "also_acceptable": "fact;opinion"},
            "Both readings key the author's fact; the rulebook (§2 a scenario the author imagines and tells to the reader, 86a58d7, 'You came to Puerto Rico for …' its own example) says it presents nothing as having happened: speculation, fact also accepted where the text says the scene happened (S14: it took place the day before). JetBlue taking 'you' to a shelter is part of that scene: speculation, fact accepted; 'your dream for our reality' a judgement in side words, opinion accepted (both readings).",
        ),
    }
)

# Batch 12 (texts 222-224, 226, 227, 232-239; 225 dropped before keying, 228-231, 240 and 241
# unused), read against the rulebook before b8668f2 and settled by it as it now stands (hedge and
# booster disagreements by data/cues.csv and §4). b8668f2 ruled the cases its readers found
# silent: a cue verb not on the lists read as the nearest listed word, congratulations, a lead-in
# whose quotation the stored page left out, 'potential'/'possible' before a noun, 'looked like'.
_MISSING = "§2 a lead-in whose quotation is not in the text (b8668f2: the embedded post the stored page left out), keyed by its own words"
_ONLINE = "it stands among the 'global online reactions' of S05 after Helsley's tweet, so it points to a post: document"
DECISIONS.update(
    {
        ("222", "S02"): (
            {"also_acceptable": "claim;speculation"},
            "§3 denial without a denial verb, claim accepted; §5 a motive as a manner word ('politically motivated') ascribes a mind to the report: speculation accepted; it names a motive, not a judgement of value in words, so opinion is not accepted (B).",
        ),
        ("222", "S03"): (
            {},
            "§3 an answer to a criticism that faults the report's basis without saying it is false: claim, denial accepted; that the conclusion did not rely on every angle is a checkable charge about its method, no judgement of value, so opinion is not accepted (A).",
        ),
        ("222", "S05"): (
            {},
            "§3 denial in other words; 'we don't count it as' is a cue not on the lists, read as the nearest listed words (b8668f2), 'regards X as', a belief cue: speculation accepted beside claim (A).",
        ),
        ("222", "S08"): (
            {},
            "§2 rule 2 neutral cues: claim; 'unsurprising' says the denials were expected, an assessment rather than a judgement of value, so opinion is accepted, not the key, and the second clause (the findings match the EU's statements) is a checkable claim (A).",
        ),
        ("223", "S01"): (
            {"also_acceptable": "speculation;claim"},
            "§3 'potential' before a noun is no hedge (b8668f2, 'faces potential economic collapse' its own example): a present risk, the author's fact, speculation accepted; §2 paraphrase before its cue: S03 gives the same collapse to observers and labor groups, so claim is accepted, as 207 S01 of batch 11 (B).",
        ),
        ("223", "S02"): (
            {"also_acceptable": "speculation"},
            "§2 rule 3 a present state stated flatly; §5 not a motive of Hun Sen's: the pressure is described with its aim ('to reverse'), like an action with its stated purpose: fact, speculation accepted (B).",
        ),
        ("223", "S04"): (
            {},
            "§5 a decision already made, described by the body that makes it: claim when attributed, speculation accepted; 'told … it will lose' hands the content to the EU as 'announced that' does (§3), so fact is not accepted, as 10 S02 (A).",
        ),
        ("223", "S05"): (
            {},
            "§2 how far reported speech carries: the condition continues the EU's decision with no new source or cue, not the author's own narration: the EU's claim with its cue; the author's fact accepted (A).",
        ),
        ("223", "S06"): (
            {},
            "§10 a hedged judgement that is also a forecast ('could be disastrous'): opinion first (§2 rule 1), speculation accepted; §10 attributed judgements: no factual charge, so claim is not accepted (A).",
        ),
        ("223", "S10"): (
            {},
            "§2 rule 1 a recommendation ('they should reconsider'); the condition ('If the government really care') asserts nothing about the government's mind, so speculation is not accepted (A).",
        ),
        ("224", "S01"): (
            {"also_acceptable": "speculation"},
            "§8 a headline reporting a search flatly: fact; §5 'seeks' with a noun names an act, speculation accepted, as S02 (both readings) (B).",
        ),
        ("224", "S08"): (
            {"kind": "speculation", "hedges": "looked like", "also_acceptable": "claim"},
            "§4 'looked like' for an impression is a hedge, as 'seemed' is (b8668f2, 'it looked like a gunfight' its own example): speculation, claim accepted (§7) (B).",
        ),
        ("224", "S11"): (
            {},
            "§2 rule 3 an event stated flatly; 'were enjoying' reports a feeling of others in a side word (§5 a feeling the author reports flatly, §10 a side detail): speculation accepted (A).",
        ),
        ("224", "S13"): (
            {},
            "§2 key the first main clause (claim), the forecast and the motive accepted (speculation); 'a lot of licks' tells hardships suffered, no judgement of value, so opinion is not accepted (A).",
        ),
        ("226", "S07"): (
            {},
            "§3 a neutral cue ('According to') does not vouch: claim, the court records (named_group, document); fact is not accepted for the sentence that carries the cue, as 189 S03 and 190 S09 of batch 10 (A).",
        ),
        ("226", "S15"): (
            {},
            "§2 how far reported speech carries: S12-S14, which both readings give to the author with the court records' claim accepted, show where a careful reader could end the account; S15 goes on with the same conduct, so claim is accepted as there (A).",
        ),
        ("227", "S01"): (
            {},
            "§3 an order of the party reported flatly as an act: the author's fact, official_record (§9), the order's content a demand, opinion accepted; the later cue (S02) gives Matutu only the corruption charge, not the order, so claim is not accepted (A).",
        ),
        ("227", "S03"): (
            {},
            "§2 acts of speech reported as acts: that Matutu named these officials is reported flatly, the author's fact, evidence none as for chants reported flatly (31 S12, 111 S05); the accusation the naming carries, Matutu's claim, accepted (A).",
        ),
        ("233", "S05"): (
            {},
            "§4 'estimated at' before a number only rounds it ('is estimated to number fewer than 50'): no hedge, so speculation is not accepted; the impersonal estimate gives claim, accepted (A).",
        ),
        ("233", "S13"): (
            {},
            "§2 rule 2 the quotation continued: claim; that sightings help understand the population is checkable, no judgement of value, so opinion is not accepted (A).",
        ),
        ("235", "S06"): (
            {"also_acceptable": ""},
            f"{_MISSING}: the act it reports, 'X tweeted:', is the author's fact (its own example), with no kind of a quotation to accept; a tweet is named, document (B).",
        ),
        ("235", "S08"): (
            {},
            f"{_MISSING}: the act it reports is the author's fact, claim and denial also accepted ('Y defended him:' its own example); {_ONLINE} (A).",
        ),
        ("235", "S09"): (
            {},
            "§4 and data/cues.csv: 'indicate' is a listed hedge, and as the verb of the attribution 'has indicated' signals the return rather than states it, as 64 S04's 'indicated': listed as printed (A).",
        ),
        ("235", "S10"): (
            {"also_acceptable": "claim"},
            "§5 a plan not yet carried out: speculation, claim accepted (§7); 'issued a statement that' hands the content to the Archdiocese as 'announced that' does (§3), so fact is not accepted, as 10 S02 (B).",
        ),
        ("235", "S13"): (
            {"cue": "claimed"},
            "§3 the cue is the attribution verb alone, 'claimed' (B).",
        ),
        ("235", "S14"): (
            {"also_acceptable": "opinion"},
            f"{_MISSING}: the author's fact, and a judging word of the author's makes opinion also accepted ('brought out some cynics' its own example); the cynics' words are not in the text, so no claim of theirs is accepted (B).",
        ),
        ("236", "S15"): (
            {},
            "§2 printed Q&A: claim; 'rare' says how often, checkable, no judgement of value, so opinion is not accepted (A).",
        ),
        ("236", "S16"): (
            {"also_acceptable": ""},
            "§5 a decision or schedule already made, described by those who make it (the campaign's activities lined up): a present arrangement, claim when attributed; the rule accepts no speculation for it (B).",
        ),
        ("236", "S19"): (
            {"also_acceptable": ""},
            "§3 the test for a denial: the 'No' answers a question and rejects nothing anyone asserted, so denial is not accepted; keyed as the statement it belongs to (S20), claim (B).",
        ),
        ("237", "S01"): (
            {},
            "§8 a headline worded as a question is the author's fact; it asks whether the protests are exceptionalism and takes no judgement for granted, so opinion is not accepted (A).",
        ),
        ("237", "S03"): (
            {},
            "§2 one sentence holding two statements: the first main clause praises the university ('traditions of academic excellence and world-class research'), a judgement that is its point, so opinion comes first (§2 rule 1); the second clause (the appointment ill-received, with 'an alleged plagiarist' a hedge on a side detail, §3) gives fact and speculation, accepted (A).",
        ),
        ("238", "S01"): (
            {},
            "§5 a feeling the author reports flatly of people described ('Angolans furious'): speculation, fact accepted; §3's vague source for a public reaction is for reactions with no one named, so claim is not accepted (A).",
        ),
        ("238", "S02"): (
            {"also_acceptable": "opinion"},
            "§3 a call or demand reported as an act is the author's fact; its content is a demand, opinion accepted; the rule accepts no claim for it (B).",
        ),
        ("238", "S03"): (
            {},
            "§4 'could have died' hedges the main point, the toll: speculation; not a hedge on a side detail, so fact is not accepted (as 213 S03 of batch 11); the label 'a massacre' in the relative clause gives opinion and claim, accepted (A).",
        ),
        ("238", "S05"): (
            {},
            "§2 key the main clause: that the organisation refers to a treaty is an act reported flatly, the author's fact, the treaty a text (§9 document); the relative clause 'according to the movement, made the area a protectorate' is the movement's claim, accepted (A).",
        ),
        ("238", "S07"): (
            {"cue": "according to"},
            "§3 the cue is the attribution words alone, 'according to', as the keys write it (B).",
        ),
        ("238", "S09"): (
            {},
            "§2 a pointer in the author's voice to videos the text does not hold, keyed by its own words (b8668f2): the author's fact, the recording pointed to physical (§9); it states what the videos contain and is no instruction ('visit', 'see'), so opinion is not accepted (A).",
        ),
        ("238", "S10"): (
            {},
            "§3 a denial cue rejecting the police's version: denial, claim accepted, fact too as the author reports the act flatly, as 216 S02 of batch 11 (A).",
        ),
        ("239", "S03"): (
            {},
            "§2 rules, laws and bills: what a measure in force says is the author's fact; 'will be eligible' belongs to the rule, not a forecast, and for modal words inside a rule speculation is also accepted (A).",
        ),
        ("239", "S08"): (
            {"cue": "according to"},
            "§3 the cue is the attribution words alone, 'according to' (B); 'estimated that' before a number rounds it (§4) and the estimate is not about the future ('estimates that', §3), so speculation is not accepted (A).",
        ),
    }
)
RULEBOOK.update(
    {
        # Batch 12: both readings agree, the paragraphs of b8668f2 say otherwise.
        ("222", "S04"): (
            {"also_acceptable": ""},
            "Both readings accept fact, reading 'highlighted' as 'found' (endorsing); the rulebook (§3 a cue verb not on the lists, a paragraph of b8668f2, 'highlighted' as 'stressed' its own example) reads it as a neutral cue: the report's claim, and a neutral cue does not vouch, so fact is not accepted (as 213 S06 and 216 S03 of batch 11).",
        ),
        ("235", "S07"): (
            {"evidence": "document"},
            f"Both readings give evidence none; the rulebook (§2 a lead-in whose quotation is not in the text, a paragraph of b8668f2, 'is clearly no fan of' its own example) keys it by its own words, speculation with fact and opinion accepted as both readings do, and says its evidence is document where it points to a post: {_ONLINE}.",
        ),
        # Batch 1-11 keys that the paragraphs of b8668f2 (added after they were settled) contradict.
        ("38", "S15"): (
            {"kind": "speculation", "also_acceptable": "claim"},
            "The rulebook (§3 a cue verb not on the lists, a paragraph of b8668f2 added after this key was settled, 'we consider' as 'we believe' its own example) reads 'the State Department considers …' in the Secretary's own words as a belief cue: speculation (§2 rule 2), claim accepted; the key had read it as a belief and still kept claim.",
        ),
        ("102", "S25"): (
            {"kind": "claim", "hedges": "", "also_acceptable": "speculation"},
            "The rulebook (§3, a paragraph of b8668f2 added after this key was settled) says 'possible' before a noun names an option, not how sure the sentence is: no hedge; Trump's word with a neutral cue is his claim, and the deal still open gives speculation, accepted (as for a present risk, §5).",
        ),
        ("205", "S07"): (
            {"kind": "fact", "hedges": "", "also_acceptable": "speculation"},
            "The rulebook (§3, a paragraph of b8668f2 added after this key was settled) says 'possible' before a noun names an option, not how sure the sentence is: no hedge; that the investigation continues is the author's fact, the causes still open give speculation, accepted. This replaces the decision above, which followed data/cues.csv's 'possible'.",
        ),
        ("112", "S05"): (
            {"also_acceptable": ""},
            "The rulebook (§2 a lead-in whose quotation is not in the text, a paragraph of b8668f2 added after this key was settled) keys it by its own words: the tweet it announces is not in the stored text, so no kind of the tweet is accepted; the author's fact, document (it points to a post).",
        ),
        ("136", "S08"): (
            {"also_acceptable": "fact;opinion"},
            "The rulebook (§2 a lead-in whose quotation is not in the text, a paragraph of b8668f2 added after this key was settled, 'is clearly no fan of' its own example) keys it by its own words: an attitude it ascribes (the fans' longing for his return) is a mind, speculation, fact and opinion also accepted; the embedded posts it announced are not in the text, nor named as posts in it, so its evidence stays none.",
        ),
        ("153", "S11"): (
            {"evidence": "document"},
            "The rulebook (§2 a lead-in whose quotation is not in the text, a paragraph of b8668f2 added after this key was settled) says its evidence is document where it points to a post: 'tweeting:' points to Mitchell's tweet (§9 several things pointed to: the document over the senator's word).",
        ),
        ("153", "S13"): (
            {"also_acceptable": "claim"},
            "The rulebook (§2 a lead-in whose quotation is not in the text, a paragraph of b8668f2 added after this key was settled) keys it by its own words: the act it reports, the author's fact, with claim accepted as for a criticism reported as an act (§3); the quotation's kind (opinion) is no longer accepted, as the woman's post is not in the text and no judging word is.",
        ),
        ("153", "S14"): (
            {"also_acceptable": ""},
            "The rulebook (§2 a lead-in whose quotation is not in the text, a paragraph of b8668f2 added after this key was settled, 'X tweeted:' its own example) keys it by its own words: 'added:' reports only the act, the author's fact; Narcisse's words are not in the text, so no kind of hers is accepted.",
        ),
    }
)

# Batch 13 (texts 240-246, 250-258; 247 dropped before keying, 248, 249 and 259 unused), read
# against the rulebook before ee87723 and settled by it as it now stands (hedge and booster
# disagreements by data/cues.csv and §4). ee87723 ruled the cases its readers found silent: a
# headline that only names a topic, 'wanted'/'wants him' in the legal sense, 'almost' softening a
# degree, a hedge adverb inside a noun phrase, 'is considered' with no one named.
_TOPIC = "§8 a headline that only names a topic, with no verb (ee87723, 'The Iranian Threat' its own example), asserts nothing checkable: the author's fact; opinion also accepted where its words judge"
NAMES.update({("244", f"S{n:02d}"): "Linda Sarsour of Until Freedom" for n in range(9, 14)})
DECISIONS.update(
    {
        ("240", "S01"): (
            {},
            "§4 and data/cues.csv: the hedge is listed as printed with its copula, 'are expected to', as the keys write 'is expected to' (104 S03, 22 S02) (A).",
        ),
        ("240", "S02"): (
            {},
            "§9 an act of an institution reported in the author's voice points to its record: the rate decision the Fed announced at the end of its policy meeting, official_record, as for a body's formal decision; the aim is the decision's declared purpose (§5), fact with speculation accepted as both readings (A).",
        ),
        ("240", "S04"): (
            {},
            "§5 a decision already made, described by the body that makes it (the policy the Fed set at its meeting, allowing inflation above the target): not a plan of an act not yet done; claim when attributed, speculation accepted, as 223 S04 of batch 12 (A).",
        ),
        ("240", "S05"): (
            {"also_acceptable": "claim"},
            "§5 an aim stated by the body of itself: speculation, claim accepted (§7); the aim is a policy target, not a declared stance or a judgement of value, so opinion is not accepted (B).",
        ),
        ("240", "S07"): (
            {"kind": "claim", "also_acceptable": "speculation"},
            "§2 rule 2 neutral cue: what the changes do is Powell's claim; the sentence is no pledge itself ('we will …'), it names a commitment, a pledge about the future (§5), so speculation is accepted; no judgement of value, so opinion is not (B).",
        ),
        ("241", "S01"): (
            {"kind": "fact", "also_acceptable": "opinion"},
            f"{_TOPIC} ('Threat' judges Iran) (B).",
        ),
        ("241", "S05"): (
            {"also_acceptable": ""},
            "§2 rule 2 neutral cue: Pence's claim; that those who dominate their own people rarely stop there is a generalisation about what happens, 'rarely' saying how often (§4), with no judgement of value in its words, so opinion is not accepted, as 236 S15 of batch 12 (B).",
        ),
        ("241", "S07"): (
            {"also_acceptable": "fact"},
            "§2 rule 1 the judgement is the sentence's point, opinion, with fact accepted as both readings; the paraphrase-before-its-cue rule needs a later cue that gives this sentence to someone, and the quotation after it (S08) is Pence's own words on another point, so claim is not accepted: the editorial speaks (B).",
        ),
        ("241", "S08"): (
            {},
            "§2 a quoted text with no attribution words whose speaker the text makes clear: Pence, empty cue, as both readings; fact would be accepted only for a quotation whose speaker the text does not make clear, so it is not (A).",
        ),
        ("241", "S09"): (
            {},
            "§2 the quotation continued (S14b): Pence's claim; fact is not accepted, as for S08; 'terrorist groups' is a label that judges, a judgement in a side word, opinion accepted (§10) (A).",
        ),
        ("241", "S12"): (
            {},
            "§5 an intention about an act not yet done (no further waiver): speculation, claim accepted (§7); 'made clear' inside the quotation is read only for the kind, and as a cue not on the lists it is nearest to 'clarified', a neutral cue (§3), so fact is not accepted (A).",
        ),
        ("242", "S03"): (
            {"also_acceptable": ""},
            "§2 rule 3 the hearing described flatly; 'little beyond' says how much the answers held, checkable against the report, no judgement of value, so opinion is not accepted (B).",
        ),
        ("242", "S05"): (
            {"cue": "estimated"},
            "§3 the cue is the attribution verb alone, 'estimated' (B).",
        ),
        ("242", "S08"): (
            {"also_acceptable": ""},
            "§3 the report quoted with a neutral cue, 'said': claim; a neutral cue does not vouch, so fact is not accepted (fact is accepted for 'found', read as endorsing, as in S07); the finding that the evidence was not sufficient rejects nothing anyone in the text asserted, so denial is not accepted (B).",
        ),
        ("242", "S09"): (
            {"also_acceptable": "claim;speculation"},
            "§3 'uncovered' read as 'revealed' (endorsing): fact, claim accepted, as both readings; §5 attempts in the past report acts done with an aim: speculation is also accepted (B).",
        ),
        ("242", "S11"): (
            {},
            "§3 criticism in the body with its own words ('described … as one of the most serious \"challenges\"'): the judgement is the content, opinion; claim and fact are also accepted, the act of describing reported (A).",
        ),
        ("242", "S12"): (
            {},
            "§2 rule 1 a judgement and recommendation under a neutral cue, 'said': opinion; §10 attributed judgements accept claim only where the judgement is a factual charge in substance, and this one is not, so claim is not accepted (A).",
        ),
        ("242", "S15"): (
            {"kind": "denial", "also_acceptable": "claim;speculation"},
            "§2 the order: a source rejecting a claim comes before a hedge; 'the president was not exculpated' rejects Trump's claim that he was exonerated (S10 names it): denial, claim accepted; 'allegedly' is a hedge on a side detail (§3 'alleged', §10), speculation accepted (B).",
        ),
        ("243", "S01"): (
            {},
            "§5 a hearing the committee has set for the nominee is a decision already made: fact, speculation accepted; §9 an institution's scheduling decision points to its record, official_record, as the scheduled hearing and release of 169 S04 and 59 S01 (A).",
        ),
        ("243", "S02"): (
            {},
            "§5 the hearings the Senate committee has scheduled are a decision already made: fact, speculation accepted; §9 an institution's formal decision, official_record, as S01 (A).",
        ),
        ("243", "S04"): (
            {"cue": "reported"},
            "§3 the cue is the attribution verb alone, 'reported' (B).",
        ),
        ("243", "S09"): (
            {"also_acceptable": "speculation"},
            "§3 the cue is the attribution verb alone, 'said' (A); §5 an attempt in the past ('tried to shout') reports an act done with an aim: the kind follows the act, speculation also accepted, as 242 S09 (B).",
        ),
        ("243", "S16"): (
            {},
            "§3 a call reported as an act is the author's fact, its content a recommendation, opinion accepted; the rule accepts no claim for it, as 238 S02 of batch 12 (A).",
        ),
        ("243", "S18"): (
            {},
            "§2 rule 1 comes first: 'there is no reason for any further delay' is a judgement and recommendation, the sentence's point: opinion; the first clause is Grassley's claim, accepted, and 'would have any bearing' a forecast, speculation accepted; no denial verb and nothing asserted is called false (refusing a request, §3), so denial is not accepted (A).",
        ),
        ("244", "S08"): (
            {},
            "§3 'expressed concern (that)' reports a feeling: the cue is the phrase, 'expressed anger', as the keys write 'expressed concern', 'expressed dismay' (78 S02, 110 S11) (A).",
        ),
        ("245", "S06"): (
            {},
            "§5 'wants him' in the legal sense (ee87723, 'the Department of Justice wants him in connection with …' its own example) names a legal pursuit, not a mind: fact, speculation accepted; the pursuit is the charges and the extradition request of S08-S10, formal acts, official_record (§9) (A).",
        ),
        ("245", "S09"): (
            {"also_acceptable": "fact;speculation"},
            "§2 rule 2 the charge is the department's claim; fact is accepted for the accusation reported flatly as an act (§3, as for criticism in the body) (A), and speculation for the purpose of the act charged ('to read secret documents', §5 an action with its stated purpose) (B).",
        ),
        ("245", "S15"): (
            {},
            "§3 distancing cue 'claims': claim; §5 the act charged is given with its aim ('to break into'), an action with its stated purpose: speculation accepted, as S09 (A).",
        ),
        ("246", "S02"): (
            {},
            "§3 the cue is the attribution verb alone, 'told' (A).",
        ),
        ("250", "S01"): (
            {},
            "§8 a headline reporting the game flatly: fact; 'fights until the end' praises the team's spirit, a judgement in a side word (§10), opinion accepted, as 232 S01's 'thriller' of batch 12 (A).",
        ),
        ("250", "S06"): (
            {"also_acceptable": ""},
            "§2 rule 3 the play described flatly; 'controlled much of the second half' is checkable (the shots, the attacks the sentence names), no judgement of value, so opinion is not accepted (B).",
        ),
        ("250", "S09"): (
            {},
            "§2 one sentence holding two statements: the main clause is the one with a verb, 'we did everything we could', Eseyin's claim; 'Tough experience' is a feeling said with a value word (§5: opinion, speculation), both accepted (A).",
        ),
        ("250", "S13"): (
            {"also_acceptable": ""},
            "§2 a unit the splitter cut after 'Pfc.', keyed as the sentence it begins: the author's fact; 'best opportunity' compares the chances within the match, checkable, no judgement of value, so opinion is not accepted (B).",
        ),
        ("251", "S01"): (
            {"also_acceptable": "speculation"},
            "§8 a headline reporting arrests flatly (official_record); 'targeting' ascribes an aim, a motive as a manner word (§5), speculation accepted; it names a motive, not a judgement of value in words, so opinion is not accepted, as 222 S02 of batch 12 (B).",
        ),
        ("251", "S04"): (
            {"also_acceptable": "speculation"},
            "§2 rule 3 the charges' earlier use (official_record); 'to target' ascribes an aim (§5), speculation accepted; a motive, not a judgement of value, so opinion is not accepted, as S01 (B).",
        ),
        ("252", "S01"): (
            {"also_acceptable": ""},
            "§8 a headline reporting arrests flatly (official_record); 'intimidation' names the acts the text reports (S05: the intimidation he faced from officials), not a judgement of value, so opinion is not accepted (B).",
        ),
        ("252", "S13"): (
            {},
            "§3 the cue is the attribution verb alone, 'said' (A).",
        ),
        ("253", "S01"): (
            {},
            "§2 rule 1 a headline with a verb whose point is the judgement ('The cult of personality is alive and kicking'): opinion; §10 accepts fact for a judgement in a side word, not where the judgement is the sentence's point, so fact is not accepted (A).",
        ),
        ("253", "S04"): (
            {},
            "§3 criticism in the body: the users' claim, fact accepted (the author reports it flatly); 'grand tour' describes the tour, no judgement of value, so opinion is not accepted (A).",
        ),
        ("253", "S07"): (
            {"also_acceptable": "fact;opinion"},
            "§2 key the main clause, §7 label by Y: the payment is the users' claim, the circulation of posts the author's fact, accepted; 'hefty' judges the sum, a judgement in a side word (§10), opinion accepted; 'only a matter of time' says the posts were to be expected, about the past, neither a hedge nor a forecast, so speculation is not accepted (B).",
        ),
        ("253", "S09"): (
            {},
            "§2 rule 1 the author's judgement is the sentence's point: opinion; 'continues to push for' ascribes an aim, as 'is working to' (§5), speculation accepted; fact is not accepted where the judgement is the point (§10), as S01 (A).",
        ),
        ("254", "S01"): (
            {
                "kind": "claim",
                "source": "NASA",
                "source_type": "named_group",
                "cue": "Helps Find",
                "also_acceptable": "fact",
            },
            "§2 a statement a body publishes in its own name that names the body in the third person (a NASA release's headline) has that body as source and its verb as cue; §3 findings of a study of a named body ('Find … that'): claim, evidence document, fact accepted ('find' read as endorsing, and the author is the same body) (B).",
        ),
        ("255", "S06"): (
            {"evidence": "document"},
            "§9 the sentence names a text a reader could look up and read, the dictionary by its title, and states what it holds: document (B).",
        ),
        ("255", "S07"): (
            {"evidence": "document"},
            "§9 the authorship and what the work allows point to the published dictionary, a text a reader could look up: document, as S06 (B).",
        ),
        ("256", "S05"): (
            {},
            "§2 rule 1 'it's ironic' is the author's judgement and the sentence's point: opinion; fact is not accepted where the judgement is the point (§10) (A).",
        ),
        ("256", "S06"): (
            {"evidence": "none"},
            "§2 key the first main clause: that the group takes its name from a statistic is the author's fact and points to nothing (§9 none); the Police Service's word backs only the clause after the colon, whose claim is accepted (B).",
        ),
        ("256", "S08"): (
            {},
            "§2 rule 1 the author's reading of what the march means ('not merely a protest of alarm; … also a gesture of mourning'), the point of the sentence in a column, no evidence could settle: opinion; fact accepted for the event's declared purpose (§5); it names no aim or mind, so speculation is not accepted (A).",
        ),
        ("256", "S10"): (
            {"also_acceptable": "opinion;speculation"},
            "§2 the author's own rhetorical question: fact, the judgement it implies accepted (opinion); 'could' names an option ('we could numbly stumble'), as 'can' does (§4: what is possible or able is no hedge), so no hedge is listed (A); §10 a modal inside a fact: speculation accepted (B).",
        ),
        ("256", "S11"): (
            {"also_acceptable": ""},
            "§2 rule 3 stated flatly; 'an economic and social hub' describes the country's place in the region, no judgement of value, so opinion is not accepted (B).",
        ),
        ("256", "S12"): (
            {"also_acceptable": "claim"},
            "§3 'is considered' with no one named (ee87723, 'it is considered a developed country' its own example) works as 'is believed': a vague source and a hedge, speculation, claim also accepted (A); the second clause, the World Bank's estimate, is a claim, accepted; a vague source with a hedge does not vouch, so fact, which both readings accepted, is not accepted, as 114 S11's 'are believed to'.",
        ),
        ("256", "S14"): (
            {},
            "§2 a fragment with no verb in the author's voice is keyed as the sentence it introduces (S15: fact, opinion accepted in both readings), so opinion is accepted (A).",
        ),
        ("257", "S01"): (
            {"kind": "claim", "also_acceptable": "opinion;fact"},
            "§3 criticism with no one named ('has often been described as') has a vague source: claim, fact accepted; the label in its own words ('the country of \"revolving doors\"') is a judgement, opinion accepted (B).",
        ),
        ("257", "S03"): (
            {"evidence": "none", "also_acceptable": "speculation"},
            "§9 a state of affairs over years stated flatly, naming no arrest, points to nothing, as §9's 'Russia and Iran have long cooperated militarily': none; 'targeted' ascribes an aim (§5 a motive as a manner word), speculation accepted; a motive, not a judgement of value, so opinion is not accepted, as 251 S01 (B).",
        ),
        ("257", "S04"): (
            {"kind": "fact", "also_acceptable": "opinion"},
            "§3 a thing as the subject of an endorsing verb ('attests to') is no speaker: the author's fact, the new arrests continuing the practice S02 describes; 'crackdowns' and 'tradition' judge in side words (§10), opinion accepted (B).",
        ),
        ("257", "S05"): (
            {"kind": "fact", "also_acceptable": "opinion"},
            "§3 a thing as the subject of an endorsing verb ('signals', read as 'shows') is no speaker: the author's fact, the decree and the new arrests formal acts (official_record); the 'revolving doors' label judges in a side phrase (§10), opinion accepted; 'signals' is not the hedge 'indicate' here, so speculation is not accepted (B).",
        ),
        ("257", "S06"): (
            {"cue": "complain of"},
            "§3 the cue is the attribution verb alone, 'complain of' (B); §3 criticism in the body: the complainants' claim, fact accepted (the act reported flatly), and denial for the institutions' dismissal in the second clause (§2) (A).",
        ),
        ("257", "S08"): (
            {"also_acceptable": "speculation"},
            "§5 'politically motivated' is a motive as a manner word: the main clause's kind, fact, speculation accepted; 'victim' names the harm the sentence reports, no judgement of value, so opinion is not accepted, as 222 S02 of batch 12 (B).",
        ),
        ("258", "S01"): (
            {"also_acceptable": "speculation"},
            "§3 'on suspicion of' names what she is accused of, as 'suspected of' as a status: no hedge, the kind is the main clause's (fact), speculation also accepted (B).",
        ),
        ("258", "S07"): (
            {"also_acceptable": "speculation"},
            "§2 rule 3 a pending trial on charges (official_record); the reason given for the charges is a motive ascribed to an act (§5), speculation accepted; 'bloody' describes the killings, no judgement of value, so opinion is not accepted (B).",
        ),
        ("258", "S08"): (
            {"also_acceptable": ""},
            "§2 rule 3 stated flatly; 'forced to dissolve' reports what happened to the organisation, checkable, no judgement of value, so opinion is not accepted (B).",
        ),
    }
)
RULEBOOK.update(
    {
        # Batch 13: both readings agree, the paragraphs of ee87723 say otherwise.
        ("243", "S04"): (
            {"kind": "claim", "hedges": "", "also_acceptable": "fact;speculation"},
            "Both readings list 'possibly' as a hedge on a side detail and key speculation; the rulebook (§4, a paragraph of ee87723, 'possibly damaging information' its own example) says a hedge adverb inside a noun phrase qualifies the description, not the sentence: no hedge on the sentence, speculation also accepted. The Intercept's report under a neutral cue is its claim (§2 rule 2), fact accepted for the act of reporting stated flatly, as both readings.",
        ),
        ("256", "S12"): (
            {"hedges": "is considered"},
            "Both readings list no hedge; the rulebook (§3, a paragraph of ee87723) says 'is considered' with no one named is a vague source and a hedge: listed as printed, as 'looked like' in 224 S08 of batch 12.",
        ),
        # Batch 1-12 keys that the paragraphs of ee87723 (added after they were settled) contradict.
        ("20", "S01"): (
            {"kind": "fact", "also_acceptable": "opinion"},
            f"The rulebook ({_TOPIC}, a paragraph of ee87723 added after this key was settled, this headline its second example): 'A Challenge' judges the situation, so opinion is accepted.",
        ),
        ("72", "S01"): (
            {"kind": "fact", "also_acceptable": "opinion;speculation"},
            f"The rulebook ({_TOPIC}, a paragraph of ee87723 added after this key was settled): after the series label and its colon (§8, keyed by what follows) the headline names its topic with no verb, so the decision above, that the judgements are the headline's point, gives way: 'Lies' and 'Unjustifiable' judge, opinion accepted; 'to Justify' names a motive, speculation accepted.",
        ),
        ("114", "S05"): (
            {"also_acceptable": "speculation"},
            "The rulebook (§4, a paragraph of ee87723 added after this key was settled) says 'almost' and 'nearly' softening a degree say how much, no hedge, and speculation is also accepted: 'Almost simultaneously' softens how close in time, not a number.",
        ),
        ("117", "S08"): (
            {"also_acceptable": "claim;speculation"},
            "The rulebook (§4, a paragraph of ee87723 added after this key was settled) says 'almost' and 'nearly' softening a degree say how much, no hedge, and speculation is also accepted: 'Almost immediately' softens how soon, not a number.",
        ),
        ("28", "S03"): (
            {"kind": "speculation", "hedges": "are considered;roughly", "also_acceptable": "claim"},
            "The rulebook (§3, a paragraph of ee87723 added after this key was settled) says 'is considered' with no one named works as 'is believed': a vague source and a hedge, speculation, claim also accepted; in Berkowitz's words no one is named as considering the rights inherent, so his claim becomes speculation, claim accepted. §4 (b8152c7) names this unit's 'roughly what we mean today' as a hedge on a meaning, so it is listed too.",
        ),
        ("237", "S03"): (
            {"hedges": "alleged;considered", "also_acceptable": "fact;speculation;claim"},
            "The rulebook (§3, a paragraph of ee87723 added after this key was settled) says 'is considered' with no one named works as 'is believed': a vague source and a hedge, claim also accepted; 'Considered to be the \"Harvard of Turkey\"' names no one, so 'considered' is listed as a hedge and claim is accepted; the praise in the first main clause stays the key (§10 a hedged judgement: opinion first).",
        ),
    }
)

# Batch 14 (texts 260-266, 270-276; 267 dropped before keying, the same affair as 262; 268, 269 and
# 277-279 unused), read against the rulebook before 02b3ffd and settled by it as it now stands (hedge
# and booster disagreements by data/cues.csv and §4). 02b3ffd ruled the cases its readers found
# silent: a dedication opening a column, a quotation opening a new paragraph after 'X said', a unit
# printed twice, not knowing said of oneself, attribution inside the subject.
_VERB = "§3 the cue is the attribution verb alone"
_FUKAH = f"{_VERB}, 'said' (B)"
_AYAK = "§3 taking back one's own account: her new account after retracting (S06), that he is still in his residence in Juba, rejects her earlier claim that he was released: claim, denial also accepted (B)."
_BORITH = f"{_VERB}, 'said' (B)."
_CATEGORICALLY = "§4 and data/cues.csv: 'categorically' is not on the booster list, and here it says how he denied, a word of manner (§4 idioms and manner) (B)."
NAMES.update(
    {
        ("260", "S03"): "South Sudan Information Minister Michael Makuei",
        ("260", "S04"): "South Sudan Information Minister Michael Makuei",
        ("261", "S07"): "General Chhum Socheat",
        ("261", "S08"): "General Chhum Socheat",
        ("262", "S10"): "Deborah Krisher-Steele",
        ("266", "S04"): "General Hing Bun Heang",
        ("266", "S05"): "General Hing Bun Heang",
        ("266", "S06"): "General Hing Bun Heang",
        ("274", "S04"): "Ramil Niyazov-Adyldzhyan",
    }
)
DECISIONS.update(
    {
        ("260", "S01"): (
            {"also_acceptable": "claim;fact;speculation"},
            "§3 scare quotes: the quotation marks round 'Freed' give the word to the reports the government denies and distance the writer without a word: no hedge listed, speculation also accepted, as the scare-quoted headline words of 132 S01 and 153 S01 (B).",
        ),
        ("260", "S03"): (
            {"cue": "told"},
            f"{_VERB}, 'told' (B); the quotation's attribution stands in S04.",
        ),
        ("260", "S04"): ({"cue": "told"}, f"{_VERB}, 'told' (B)."),
        ("260", "S05"): ({"cue": "told"}, f"{_VERB}, 'told' (B)."),
        ("260", "S06"): (
            {"cue": "telling"},
            f"{_VERB}, 'telling', the verb that hands her new account to her (A's verb without its object); 'retracted' reports the act of taking back, not the new account's cue, as 138 S08 keys 'said' beside 'recanted' (neither reading's span).",
        ),
        ("260", "S07"): ({"also_acceptable": "denial"}, _AYAK),
        ("260", "S08"): ({"also_acceptable": "denial"}, _AYAK),
        ("260", "S12"): (
            {},
            "§5 a schedule an institution has set for someone (a prisoner's release date, a hearing) is a decision already made, not a forecast: the elders' meeting to finalize his release 'tomorrow morning', passed on by Malong and Ayak, is her claim, speculation accepted for the release still to come, as S13's 'that meeting was to take place Friday morning', which both readings keyed so (A).",
        ),
        ("260", "S13"): ({"cue": "said"}, f"{_VERB}, 'said' (B)."),
        ("260", "S16"): ({"cue": "told"}, f"{_VERB}, 'told' (B)."),
        ("261", "S02"): ({"boosters": ""}, _CATEGORICALLY),
        ("261", "S03"): (
            {"source": "no one named", "source_type": "vague", "evidence": "testimony"},
            "§3 a public reaction with no one named ('Speculation has been rife', as 'sparked outrage') has a vague source with an empty cue, and §9 a vague source's word is testimony, as 134 S03 and 160 S06; the hedge 'alleged' before a noun makes it speculation, claim and fact accepted, as both readings (B).",
        ),
        ("261", "S05"): (
            {},
            "§3 rejecting reports: denial, claim and fact accepted; 'fake news' labels the reports false, the denial in other words, not a judgement of value no evidence could settle, so opinion is not accepted; 'an attempt to disrupt bilateral ties' ascribes an aim, speculation accepted (A).",
        ),
        ("261", "S06"): (
            {"boosters": ""},
            f"§2 a unit printed twice (02b3ffd: a page that repeats its lead paragraph) is keyed as it was the first time, S02: {_CATEGORICALLY}",
        ),
        ("262", "S02"): ({"cue": "told"}, f"{_VERB}, 'told' (B)."),
        ("262", "S04"): ({"cue": "told"}, f"{_VERB}, 'told' (B)."),
        ("262", "S05"): (
            {"cue": "wrote"},
            f"{_VERB}, 'wrote' (B); the quotation's attribution stands in S07.",
        ),
        ("262", "S06"): ({"cue": "wrote"}, f"{_VERB}, 'wrote' (B)."),
        ("262", "S07"): ({"cue": "wrote"}, f"{_VERB}, 'wrote' (B)."),
        ("262", "S08"): (
            {"cue": "added"},
            f"{_VERB}, 'added' (B); the quotation's attribution stands in S09.",
        ),
        ("262", "S09"): ({"cue": "added"}, f"{_VERB}, 'added' (B)."),
        ("262", "S11"): (
            {"also_acceptable": ""},
            "§3 'X announced that …' hands the content, an investigation under way, to X: claim; fact is accepted for an announcement that is itself the act, not for the content handed on, as 110 S08 (B).",
        ),
        ("263", "S02"): (
            {},
            "§6 a country's officials are its government's ('Indian officials'): 'In Cameroon, officials say' names the country beside them, in a story of the Cameroonian government's forces (S12): named_group (A).",
        ),
        ("263", "S03"): ({"cue": "told"}, f"{_VERB}, 'told' (B)."),
        ("263", "S04"): ({"cue": "said"}, f"{_FUKAH}; the quotation's attribution stands in S06."),
        ("263", "S05"): ({"cue": "said"}, f"{_FUKAH}."),
        ("263", "S06"): ({"cue": "said"}, f"{_FUKAH}."),
        ("263", "S07"): (
            {"cue": "said"},
            f"§2 a quotation that opens a new paragraph with no cue of its own, right after the paragraph whose quotation ended with 'Fukah said' (02b3ffd), is Fukah's continued quotation with his cue; {_FUKAH}. §5 not knowing said of oneself (02b3ffd, this unit its own example): claim, speculation accepted, as both readings.",
        ),
        ("263", "S08"): ({"cue": "said"}, f"{_FUKAH}; the quotation continued from S07 (S14b)."),
        ("263", "S09"): ({"cue": "said"}, f"{_FUKAH}; the quotation continued from S07 (S14b)."),
        ("263", "S10"): ({"cue": "said"}, f"{_FUKAH}; the quotation continued from S07 (S14b)."),
        ("263", "S11"): ({"cue": "said"}, f"{_FUKAH}; the quotation continued from S07 (S14b)."),
        ("263", "S14"): (
            {"kind": "claim", "also_acceptable": "speculation"},
            "§5 not knowing, said of oneself (02b3ffd, 'I don't even know where my children are'), is the speaker's claim about his own state: claim, speculation accepted; 'We did not know exactly what to do' says what they did not know, not a feeling (B).",
        ),
        ("263", "S17"): (
            {"also_acceptable": ""},
            "§2 the quotation continued: his account that the military set the fires; 'decided to put them down with flames' reports a decision carried out, an act, not a motive, as 99 S09 and 63 S10, so speculation is not accepted (B).",
        ),
        ("263", "S18"): (
            {"cue": "said"},
            f"{_VERB}, 'said' (B); §4 degree and description: 'nearly completely' softens a degree, no hedge, speculation also accepted (A).",
        ),
        ("263", "S19"): (
            {"cue": "said"},
            f"{_VERB}, 'said' (B); the quotation's attribution stands in S20.",
        ),
        ("263", "S20"): ({"cue": "said"}, f"{_VERB}, 'said' (B)."),
        ("265", "S06"): ({"cue": "said"}, _BORITH),
        ("265", "S07"): ({"cue": "said"}, _BORITH),
        ("265", "S08"): ({"cue": "said"}, _BORITH),
        ("265", "S09"): ({"cue": "said"}, _BORITH),
        ("265", "S10"): ({"cue": "said"}, _BORITH),
        ("266", "S02"): ({"cue": "told"}, f"{_VERB}, 'told' (B)."),
        ("266", "S05"): (
            {},
            "§9 the quoted words are his: testimony; the video is the lead-in's evidence (S04, physical), while what he says in it is his word, as the quotations after a recorded scene in 156 S14 and S15 (A).",
        ),
        ("266", "S06"): (
            {},
            "§9 the quotation continued from the video: his word, testimony, as S05 (A).",
        ),
        ("270", "S01"): (
            {},
            f"{_TOPIC} (after the label 'My truth:', §8 keyed by what follows): 'The pain of being silenced' judges, opinion accepted, and names a feeling (§5), speculation accepted, as 72 S01's motive in a topic headline (A).",
        ),
        ("270", "S09"): (
            {"boosters": ""},
            "§4 and data/cues.csv: 'it is evident' is not on the booster list ('evidently' is), as 97 S13's 'evident' (B); 'apparent' here means feigned, an adherence the author calls false, no doubt of the writer's, and no hedge is listed, so §10 gives no reason to accept speculation (A).",
        ),
        ("270", "S11"): (
            {
                "kind": "fact",
                "source": "the article",
                "source_type": "author",
                "cue": "",
                "also_acceptable": "claim;opinion",
            },
            "§2 rule 3: the author says what Havel's work is about ('refers to an existence based on lies and pretense'), a topic checkable in the named book (§9 document), not a statement handed to Havel; claim accepted for Havel's account passed on, as S10's 'as … Havel argues'; 'aspects that are accentuated in the Cuban regime' is the author's judgement, opinion accepted (B).",
        ),
        ("271", "S03"): (
            {},
            "§9 several things pointed to: the arrests, a formal act of the police, and the YouTube skit, a public post: the official record over the document (A).",
        ),
        ("271", "S04"): (
            {"also_acceptable": "fact"},
            "§3 criticism in the body reported without its own words: the comedians' claim, fact accepted; the made-up-dialogue line that accepts opinion is for satire's quoted lines, not for a report that they criticised, so opinion is not accepted (B).",
        ),
        ("271", "S05"): (
            {},
            "§3 a public reaction with no one named ('caused a stir within some government circles'; 'circles' as §3's and §6's 'diplomatic circles', no noun for people): vague source, claim, fact and speculation accepted, evidence testimony; 'lopsided' judges in a side word, opinion accepted (§10) (A).",
        ),
        ("271", "S06"): (
            {"also_acceptable": "fact;opinion"},
            "§3 an accusation in a statement: the police's claim, fact accepted (the act reported); the quoted 'unnecessary apprehension' judges in the police's own words (§3 criticism with its own words, §10 a judgement in a side word), opinion accepted (B).",
        ),
        ("271", "S08"): (
            {},
            "§4 and data/cues.csv: the hedge 'is expected to', listed as printed, 'expected to', its copula shared with 'are currently detained' ('expected' alone is a belief cue) (A).",
        ),
        ("271", "S09"): (
            {"also_acceptable": ""},
            f"{_MISSING}: 'NTV Uganda reported on the case' reports an act of speech without its content, as 'X tweeted:', the author's fact; claim is accepted where the lead-in says what was said ('defended him'), and this one does not (B).",
        ),
        ("273", "S07"): (
            {"also_acceptable": "opinion;speculation;claim;denial"},
            "§3 the author correcting a source ('dishonestly portrayed by the government', as 'Lavrov incorrectly said'): the author's fact; claim (what the government says) and denial (the author rejects it) are also accepted by that rule (B, and denial, which neither reading listed); 'dishonestly' judges and ascribes a mind as a manner word (§5), opinion and speculation accepted, as both readings.",
        ),
        ("274", "S02"): (
            {"also_acceptable": "opinion"},
            "§2 key the main clause (the diaspora lives elsewhere): the author's fact; the side clause's 'a policy of genocide' is the author's own legal judgement (§10), opinion accepted; it is attributed to no one, so claim is not accepted (B).",
        ),
        ("274", "S04"): (
            {"also_acceptable": ""},
            "§2 rule 2 his self-description ('describes himself as', read as 'stated', neutral): claim; a neutral cue does not vouch, and fact is accepted beside a cue only for endorsing cues and reported criticism, so it is not (B).",
        ),
        ("275", "S04"): ({"cue": "pointed out"}, f"{_VERB}, 'pointed out' (B)."),
        ("275", "S05"): (
            {"cue": "pointed out"},
            f"{_VERB}, 'pointed out' (B); the quotation continued (S14b).",
        ),
        ("275", "S08"): (
            {"also_acceptable": ""},
            f"{_MISSING}: that the justice quoted the Rapporteur in a dissenting opinion is the author's fact; the sentence does not say what was quoted, so claim is not accepted (B).",
        ),
        ("276", "S01"): (
            {"also_acceptable": "fact"},
            "§2 a quotation in a headline that names its speaker: Jaswal's, no cue; a warning worded as an order is opinion (§2 orders), the author's voice (fact) accepted; the speaker is made clear by the headline, and §10 accepts claim for an attributed judgement only where it is a factual charge, so claim is not accepted (B).",
        ),
        ("276", "S07"): (
            {"kind": "fact", "also_acceptable": "opinion"},
            "§10 a judgement in a side word: the sentence states what happened to her application and since when, checkable; 'arbitrary' qualifies the noun 'issues': the author's fact, opinion accepted (B).",
        ),
        ("276", "S08"): (
            {"also_acceptable": ""},
            "§2 rule 3 biography stated flatly; 'award-winning' and 'a wide range of topics' describe, the list follows, no judgement of value, so opinion is not accepted (B).",
        ),
    }
)
RULEBOOK.update(
    {
        # Batch 14: both readings agree, the paragraphs of 02b3ffd say otherwise.
        ("263", "S20"): (
            {"kind": "claim", "also_acceptable": "speculation"},
            "Both readings key speculation, a worry about the future; the rulebook (§5, a paragraph of 02b3ffd) says not knowing, said of oneself, is the speaker's claim about his own state: 'I don't know how we are going to cope if this persists' is Tuboh's claim, and the future he does not know stays accepted as speculation.",
        ),
    }
)

# Batch 15 (texts 280-285, 290-295; 286-289 unused), read against the rulebook before 477e03f and
# settled by it as it now stands (hedge and booster disagreements by data/cues.csv and §4). 477e03f
# ruled the cases its readers found silent: findings and data whose makers the text neither names
# nor describes, 'point to' of data, a source joining unnamed people and a named person, one
# attribution inside another, what others know or do not know said by the author.
_INSIDE = "§6 one attribution inside another"
_NESTED = f"{_INSIDE} (477e03f)"
_PRESSURE = "§10 a judgement in a side word needs a word that judges"
NAMES.update(
    {
        ("282", "S05"): "media researchers — and Bowker",
        ("282", "S11"): "Mozambique's press regulator and Information Office, Gabinfo",
        ("283", "S03"): "Geng Shuang, a Chinese foreign ministry spokesman",
        ("283", "S05"): "Kenneth Roth, the group's executive director",
        ("283", "S06"): "Kenneth Roth, the group's executive director",
        ("291", "S08"): "head coach Lt. Col. Jeremiah Kirschman of Fairchild Air Force Base, Wash.",
        ("291", "S09"): "head coach Lt. Col. Jeremiah Kirschman of Fairchild Air Force Base, Wash.",
        ("294", "S04"): "Command Sgt. Maj. J. Curt Cornelison, the FORSCOM command sergeant major",
        ("295", "S04"): "Tongogara Machimbidza, a Harare resident",
        ("295", "S07"): "Freelance photographer, Henry Chimbiri",
        ("295", "S10"): "MDC vice president, Tendai Biti",
        ("295", "S11"): "MDC vice president, Tendai Biti",
    }
)
DECISIONS.update(
    {
        ("280", "S08"): (
            {"cue": "called"},
            f"{_NESTED}, 'Guardian Media reports that the commissioner called the situation …' this unit its own example: Griffith, whose words are given, is the source, with the words that hand the statement to him, 'called', as cue; Guardian Media's report is the evidence (document), as both readings; 'reports' ('reports that') hands the sentence to the outlet, not to him, so neither reading's cue.",
        ),
        ("280", "S09"): (
            {"cue": "described"},
            f"{_VERB}, 'described' (B); Griffith's words carried on through Guardian Media's report, evidence document as S08.",
        ),
        ("281", "S02"): (
            {},
            "§6 findings and data whose makers the text neither names nor describes (477e03f, 'according to statistics' its own example): vague, evidence document, the kind by the cue: the neutral 'According to' gives claim, and a neutral cue does not vouch, so fact is not accepted (A).",
        ),
        ("281", "S08"): (
            {},
            "§9 what her work on Instagram shows is checkable in her posts, a text a reader could look up (a post is a document), as what a named book is about in 270 S11 (A).",
        ),
        ("282", "S02"): (
            {"also_acceptable": "speculation"},
            "§5 a present risk ('a bloody conflict that threatens the government's plans') in the observers' account: speculation accepted (B); 'a wider crackdown' names a campaign of restrictions the text goes on to report and 'bloody' the killing (S07), descriptions evidence could settle, not judgements of value, so opinion is not accepted.",
        ),
        ("282", "S08"): (
            {"also_acceptable": ""},
            "§3 a cue verb not on the lists: 'highlighted' is read as 'stressed' (neutral, the rulebook's own example): the analysts' claim; a neutral cue does not vouch, so fact is not accepted, as 222 S04 (B).",
        ),
        ("282", "S11"): (
            {},
            "§9 the accusation stands in Gabinfo's statement revoking his press credentials (S10), a regulator's formal decision, as an accusation in a charge sheet is the charge: official_record; several things pointed to: the official record over the written statement (A).",
        ),
        ("283", "S02"): (
            {},
            "§3 a cue verb not on the lists: 'details' is read as 'reports' (neutral): the watchdog's claim; a neutral cue does not vouch, so fact is not accepted; 'efforts to harass and intimidate' report acts with an aim (§5 attempts), speculation accepted (A).",
        ),
        ("283", "S03"): (
            {"cue": "quotes … as saying"},
            f"{_NESTED}, 'The New York Times quotes the spokesman as saying …' this unit its own example: Geng Shuang is the source and 'quotes … as saying' the cue, written as the rulebook prints it (B); the Times' report is the evidence (document), as both readings.",
        ),
        ("283", "S04"): (
            {},
            "§3 a call reported as an act: the author's fact, its content a recommendation (opinion accepted) and Geng's word carried on from S03 (claim accepted); 'remove its tinted lenses' says the report is biased, a rejection of its accusations in other words that carries on S03's 'groundless' (§3 rejecting an accusation), so denial is accepted too (A).",
        ),
        ("284", "S08"): (
            {"source_type": "vague"},
            "§6 findings and data whose makers the text neither names nor describes (477e03f, 'models point to …' this unit its own example): vague, evidence document (B); §4 'point to' of models indicates, as 'suggest' does: a hedge, speculation, claim and fact accepted, as both readings.",
        ),
        ("284", "S11"): (
            {},
            "§6 a study's findings or data have evidence document either way: 'were found' gives a finding of the database named in S10 (A); the author's fact, claim accepted (the NASA scientists' finding), as both readings.",
        ),
        ("284", "S12"): (
            {"also_acceptable": ""},
            "§5 a forecast: what the new database 'will provide' is what no one present decides, as what a new status 'will give' a company (the rulebook's own example); the purpose of a programme is for aims it declares ('aims to'), which the sentence does not state, so fact is not accepted (B).",
        ),
        ("285", "S03"): (
            {"also_acceptable": "speculation"},
            "§5 a reaction of others the author reports flatly: that Bashir's policies 'antagonized' the United States and Israel ascribes their hostility in a side clause, speculation accepted beside the history stated flatly (B).",
        ),
        ("285", "S05"): (
            {},
            "§2 key the first main clause: 'He commended the Sudanese people for their continued calls …' reports praise without judging words of its own (the quoted words are the people's calls): claim, fact accepted (§3 praise in the body); the second clause gives the praise in its own words ('courage in advancing the aspirations …'), opinion accepted (A).",
        ),
        ("285", "S06"): (
            {},
            "§2 courtesies: thanks are a courtesy, opinion and speculation (a feeling) also accepted; the key is the thanks reported as an act, fact, with his quotation's claim and judging words accepted, as both readings (A).",
        ),
        ("285", "S07"): (
            {},
            "§9 several things pointed to: Trump's announcement (his word) and the government's agreement to pay the victims, a formal act (official_record): the official record over someone's word (A).",
        ),
        ("290", "S04"): (
            {"cue": "noted"},
            f"{_VERB}, 'noted', without the passive's auxiliaries and its 'by', as 'disputed' for 'is disputed by' in 07 S02 (neither reading's span).",
        ),
        ("290", "S07"): (
            {},
            f"{_PRESSURE}: 'the failure to protect user information' names what happened (the data was not protected, as the investigation found), checkable, so opinion is not accepted (A).",
        ),
        ("292", "S12"): (
            {},
            "§2 rule 1 comes first: 'critical for national security' judges the order's importance, opinion; claim accepted, as its security reading is a factual charge in substance (§10 attributed judgements, a technical reading) (A).",
        ),
        ("293", "S03"): (
            {"also_acceptable": "opinion;speculation"},
            "§3 scare quotes: the single quotation marks round ‘data localization’ give the governments' label, which the same clause calls 'instruments of arbitrary censorship', and distance the writer from it: speculation accepted; 'arbitrary censorship' judges, opinion accepted (B).",
        ),
        ("293", "S07"): (
            {"also_acceptable": ""},
            f"{_PRESSURE}: 'months of pressure' names acts the next sentences report (her accreditation refused, the harassment she reported), checkable, so opinion is not accepted (B).",
        ),
        ("293", "S10"): (
            {"also_acceptable": ""},
            f"{_PRESSURE}: 'similar pressure' names acts, as S07, so opinion is not accepted (B).",
        ),
        ("293", "S13"): (
            {},
            "§4 'seems' hedges the sentence's main point in the author's voice: speculation; fact is accepted beside a hedge only where it touches a side detail (§10), so it is not (A).",
        ),
        ("295", "S05"): (
            {"cue": "said"},
            f"{_VERB}, 'said' (B); the quotation's attribution stands in S06.",
        ),
        ("295", "S06"): ({"cue": "said"}, f"{_VERB}, 'said' (B)."),
        ("295", "S10"): (
            {"also_acceptable": "claim"},
            "§2 a quotation that follows an attributed paraphrase: Biti's, with the cue 'urged'; his appeal in his own words is a recommendation, opinion, claim accepted; fact is accepted for an act the author reports flatly (S09) or an unquoted sentence that carries reported speech on, not for his quoted words (B).",
        ),
    }
)
RULEBOOK.update(
    {
        # Batch 15: both readings agree, the paragraphs of 477e03f say otherwise.
        ("280", "S04"): (
            {
                "source": "the two-month investigation that led to the raid",
                "source_type": "vague",
                "cue": "revealed",
                "evidence": "document",
            },
            "Both readings key the author's voice with evidence none, finding no rule for an investigation whose makers the text does not give; the rulebook (§6, a paragraph of 477e03f, 'the two-month investigation revealed …' this unit its own example) says findings whose makers the text neither names nor describes are vague, evidence document, the kind by the cue and the hedges: the endorsing 'revealed' gives fact, claim accepted, and 'reportedly' on a side detail (the cooperation with the police) makes it speculation, fact and claim accepted (§10), with 'questionable' judging in a side word (opinion accepted), as both readings.",
        ),
        # Batch 1-14 keys that the paragraphs of 477e03f (added after they were settled) contradict.
        ("273", "S04"): (
            {"source_type": "vague"},
            "The rulebook (§6, a paragraph of 477e03f added after this key was settled) says findings and data whose makers the text neither names nor describes are vague, evidence document: 'a survey' names and describes no one who made it, so its finding is vague (the key had read the makers as described, anonymous); the kind by the cue as before, claim with fact accepted ('found', §3 findings of a report).",
        ),
        ("273", "S03"): (
            {"also_acceptable": "opinion;speculation"},
            "The rulebook (§5, a paragraph of 477e03f added after this key was settled) says what others know or do not know, said by the author, is the author's fact where it follows from what they were shown, speculation also accepted: the 'inadequate awareness of the right to privacy' follows from the survey of S04, so the fact stays and speculation is accepted beside opinion.",
        ),
        ("128", "S02"): (
            {"source": "U.S. intelligence agencies", "cue": "concluded"},
            f"The rulebook ({_INSIDE}, a paragraph of 477e03f added after this key was settled) gives the statement to those whose words are given, with the words that hand it to them as cue, and makes the outlet that carries them the evidence: the conclusion The New York Times reports is the agencies' (a country's government bodies, named_group, as 'U.S. defense and intelligence officials' in 201 S09), 'concluded' its cue (the verb alone); the Times' report stays the evidence (document); claim with fact accepted as before (§3 findings of a report). This replaces the cue decided above.",
        ),
        ("09", "S06"): (
            {"source": "the high court", "cue": "ruled"},
            f"The rulebook ({_INSIDE}, a paragraph of 477e03f added after this key was settled) gives the statement to the body whose words are given, with the words that hand it to it as cue, the outlet that carries them the evidence: the ruling KTN's tweet reports is the high court's (§3 rulings: claim, named_group), with 'ruled' as cue; the evidence stays official_record (§9 several things pointed to: the ruling over the tweet that reports it).",
        ),
        ("161", "S03"): (
            {"source": "Dmitry Muratov", "source_type": "named_person", "cue": "called for"},
            f"The rulebook ({_INSIDE}, a paragraph of 477e03f added after this key was settled, 'Guardian Media reports that the commissioner called …' its own example) gives the statement to the person whose words are given, with the words that hand it to him as cue, and makes the outlet the evidence: 'As DW writes, he called for the release …' is Muratov's call, 'called for' its cue, DW's report the evidence (document, as before); his call passed on is his claim, the act (fact) and its recommendation (opinion) accepted as before.",
        ),
        ("216", "S03"): (
            {"cue": "said"},
            f"The rulebook ({_INSIDE}, a paragraph of 477e03f added after this key was settled, 'Guardian Media reports that the commissioner called …' its own example, with 'called' as cue) makes the words that hand the statement to the person whose words are given the cue, and the outlet the evidence: 'The Bloomberg News story cited witness who said …' hands the account to the witness with 'said', while 'cited' hands it to the story, the evidence (document, as before).",
        ),
        ("23", "S07"): (
            {"cue": "quoted … as saying"},
            f"The rulebook ({_INSIDE}, a paragraph of 477e03f added after this key was settled, 'The New York Times quotes the spokesman as saying …' its own example) names 'quotes … as saying' as the cue that hands the statement to the person quoted: 'quoted … as saying', not the verb alone (this replaces the decision above); the judge stays the source, and the evidence stays official_record (§9 several things pointed to: the court's sentence over the state media's reports).",
        ),
    }
)

# Units the readers keyed that the fixed splitter cuts (several sentences in one unit) or joins
# (one sentence cut at "C.L."): per new sentence, in order, the values that differ from the
# settled row, taken from what the readers' notes and accept-sets give each sentence.
SPLITS: dict[tuple[str, str], list[tuple[dict[str, str], str]]] = {
    ("07", "S01"): [
        (
            {"also_acceptable": ""},
            "The lead sentence: Lukashenka's claimed victory (both readings' key).",
        ),
        (
            {
                "kind": "denial",
                "source": "hundreds of thousands of Belarusian citizens",
                "source_type": "anonymous",
                "cue": "disputed",
                "also_acceptable": "",
            },
            "The second sentence: the citizens dispute his claim, the denial both readings accepted (§3 denial cue 'disputed'; §6 people described, not named).",
        ),
        (
            {**AUTHOR, "kind": "fact", "cue": "", "also_acceptable": ""},
            "The third sentence: the crackdown in the author's voice, the fact reader A accepted (§2 rule 3).",
        ),
        (
            {**AUTHOR, "kind": "fact", "also_acceptable": ""},
            "The fourth sentence: the deaths in the author's voice, the fact reader A accepted (§2 rule 3).",
        ),
    ],
    ("08", "S01"): [
        (
            {},
            "The first sentence: 'abysmal', 'illegitimate' in the editorial's own voice (§2 rule 1), as both readings say.",
        ),
        (
            {
                "source": "Elliott Abrams",
                "source_type": "named_person",
                "cue": "said",
                "evidence": "testimony",
            },
            "The second sentence: Abrams's 'terrible', a judgement of value in his voice (§2 rule 1), as both readings say ('both opinion').",
        ),
    ],
    ("15", "S01"): [
        (
            {"evidence": "testimony"},
            "The first sentence: the scientists' report (neutral cue, §3), fact accepted as both readings did; the paper is named only in the next sentence, so the evidence here is their word.",
        ),
        (
            {**AUTHOR, "kind": "fact", "evidence": "document", "also_acceptable": ""},
            "The second sentence: the exhibit and the paper stated flatly; the paper is a text a reader could look up (§9 document).",
        ),
        (
            {**AUTHOR, "kind": "fact", "evidence": "none", "also_acceptable": "speculation"},
            "The third sentence: the finding in the author's voice ('was found to be'), the fact both readings accepted; 'previously thought to be' is a hedge word on a side detail (§10), so speculation is accepted.",
        ),
    ],
    ("15", "S02"): [
        (
            {**AUTHOR, "kind": "fact", "also_acceptable": "", "hedges": ""},
            "The first sentence: the naming stated flatly, the fact both readings' notes give.",
        ),
        (
            {"also_acceptable": ""},
            "The second sentence: the belief cue 'believe' makes the age estimate speculation (§3), as both readings keyed it.",
        ),
    ],
}
JOINS = {("14", "S07"): "S08"}  # the unit and the one it continues: one sentence, one key


def word_set(cell: str) -> frozenset[str]:
    return frozenset(part.strip().lower() for part in cell.split(";") if part.strip())


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def differs(a: dict[str, str], b: dict[str, str]) -> list[str]:
    out = [f for f in ("kind", "source_type", "evidence") if a[f] != b[f]]
    return out + [f for f in MEASURED[3:] if word_set(a[f]) != word_set(b[f])]


def settle(units_dir: Path = HERE / "readings" / "units") -> None:
    for path in sorted((HERE / "readings" / "reader-a").glob("*.csv")):
        number = path.name.split("_", 1)[0]
        a_rows = read(path)
        b_rows = read(HERE / "readings" / "reader-b" / path.name)
        units = read(units_dir / path.name)
        keys = []
        for a, b, unit in zip(a_rows, b_rows, units, strict=True):
            split = differs(a, b)
            row = {"id": unit["id"], "paragraph": unit["paragraph"], "text": unit["text"]}
            row.update({f: a[f] for f in (*FIELDS, "also_acceptable")})
            explanation = a["note"]
            where = (number, unit["id"])
            if where in NAMES:
                row["source"] = NAMES[where]
            if split:
                values, why = DECISIONS.get(where, ({}, ""))
                if "cue" in split and where in CUE_SPAN:
                    why = (why + " " if why else "") + "Cue: the attribution verb alone (A)."
                if not why:
                    raise SystemExit(f"{number} {unit['id']}: no decision for {split}")
                if "source" in values and a["source"] != b["source"]:
                    split.insert(0, "source")  # recorded where the source itself is decided
                row.update(values)
                explanation += f" Readings differed on {', '.join(split)}; settled: {why}"
            elif where in DECISIONS:
                raise SystemExit(f"{number} {unit['id']}: a decision, but the readings agree")
            if where in RULEBOOK:
                values, why = RULEBOOK[where]
                row.update(values)
                explanation += f" {why}"
            if where in SPEAKER_CLAIM:
                if row["kind"] == "claim" or "claim" in word_set(row["also_acceptable"]):
                    raise SystemExit(f"{number} {unit['id']}: claim is already accepted")
                row["also_acceptable"] += ";claim"
                explanation += f" {SPEAKER_CLAIM[where]}"
            # the kinds accepted, written as the keys write them ("fact;claim", no spaces)
            row["also_acceptable"] = ";".join(
                k.strip() for k in row["also_acceptable"].split(";") if k.strip()
            )
            row["explanation"] = explanation
            keys.append(row)
        keys = remap(number, keys, (HERE / "texts" / f"{path.stem}.txt").read_text("utf-8"))
        out = HERE / "keys" / path.name
        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=KEY_COLUMNS)
            writer.writeheader()
            writer.writerows(keys)


def remap(number: str, keys: list[dict[str, str]], text: str) -> list[dict[str, str]]:
    """The settled rows carried over to the units of the package's current splitter: a unit
    that held several sentences becomes one row per sentence (SPLITS), a sentence the old
    splitter cut becomes one row (JOINS); every row says which unit of the readings it was."""
    from medialit._article import parse_article

    rows = []
    skip: set[str] = set()
    by_id = {k["id"]: k for k in keys}
    for key in keys:
        if key["id"] in skip:
            continue
        old = f"Keyed in the readings as unit {key['id']}."
        if (number, key["id"]) in SPLITS:
            for values, why in SPLITS[(number, key["id"])]:
                rows.append(
                    {
                        **key,
                        **values,
                        "explanation": f"{key['explanation']} {old} Split by the fixed splitter: {why}",
                    }
                )
        elif (number, key["id"]) in JOINS:
            nxt = by_id[JOINS[(number, key["id"])]]
            skip.add(nxt["id"])
            text_joined = f"{key['text']} {nxt['text']}"
            why = f"Keyed in the readings as units {key['id']} and {nxt['id']}, one sentence the old splitter cut at the initials; joined, with their common key."
            rows.append({**key, "text": text_joined, "explanation": f"{key['explanation']} {why}"})
        else:
            rows.append({**key, "explanation": f"{key['explanation']} {old}"})
    units = parse_article(text).sentence_rows
    if len(units) != len(rows):
        raise SystemExit(f"{number}: {len(rows)} key rows for {len(units)} units")
    for row, (sid, paragraph, sentence) in zip(rows, units, strict=True):
        if (
            " ".join(sentence.split()) != " ".join(row["text"].split())
            and row["text"] not in sentence
        ) and sentence not in row["text"]:
            raise SystemExit(f"{number} {sid}: key row does not match the unit")
        row.update({"id": sid, "paragraph": str(paragraph), "text": sentence})
    return rows


if __name__ == "__main__":
    settle()
