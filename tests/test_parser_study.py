"""benchmarks/parser_study.py, the parser tried for the analyzer's sources (issue 25; not
adopted, docs/analyzer.md says why): its word lists come from the analyzer's data and its
speaker rule does what its docstring says, on hand-built parses (spaCy is not a dependency)."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _study():
    spec = importlib.util.spec_from_file_location(
        "parser_study", ROOT / "benchmarks/parser_study.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["parser_study"] = module
    spec.loader.exec_module(module)
    return module


@dataclass(eq=False)
class Tok:
    """The few attributes of a spaCy token the study reads."""

    text: str
    pos_: str
    dep_: str
    lemma_: str = ""
    head: Tok | None = None
    children: list[Tok] = field(default_factory=list)


def _parse(verb: str, lemma: str, subject: str, subject_pos: str, *, dep: str = "ROOT",
           clause: bool = False, quote: bool = False, modifier: str = "") -> list[Tok]:  # fmt: skip
    """'<modifier> <subject> <verb> [that …] ["]' as a parse: the verb the head of the rest."""
    root = Tok(verb, "VERB", dep, lemma)
    top = Tok("was", "AUX", "ROOT", "be") if dep != "ROOT" else root
    root.head = top
    subj = Tok(subject, subject_pos, "nsubj", subject.lower(), root)
    tokens = [subj, root]
    if modifier:
        mod = Tok(modifier, "PROPN", "compound", modifier, subj)
        subj.children.append(mod)
        tokens.insert(0, mod)
    root.children.append(subj)
    if clause:
        comp = Tok("is", "AUX", "ccomp", "be", root)
        root.children.append(comp)
        tokens.append(comp)
    if quote:
        mark = Tok("“", "PUNCT", "punct", "“", root)
        root.children.append(mark)
        tokens.append(mark)
    if top is not root:
        top.children.append(root)
        tokens.append(top)
    return tokens


VERBS = {"said", "says", "announced", "added"}
LEMMAS = {"say", "announce", "add"}
BODIES = {"ministry"}


def _speaker(study, tokens: list[Tok], reading: str = "A") -> str | None:
    return study.parse_speaker(tokens, reading, VERBS, LEMMAS, BODIES)


def test_word_lists_come_from_the_analyzers_data():
    verbs, bodies = _study().word_lists()
    assert {"said", "told", "insisted", "denied", "claimed"} <= verbs  # say lists and cues
    assert "according to" not in verbs  # phrases are not verbs of a parse
    assert {"ministry", "government", "court"} <= bodies
    assert "said" not in bodies and "ministry" not in verbs


@pytest.mark.parametrize(
    ("subject", "pos", "modifier", "expected"),
    [
        ("Pence", "PROPN", "", "named"),
        ("ministry", "NOUN", "", "named"),  # a listed body
        ("officials", "NOUN", "Kremlin", "named"),  # a proper-noun modifier
        ("officials", "NOUN", "", "unnamed"),
        ("he", "PRON", "", None),  # pronouns are the rules' to carry over
        ("Who", "NOUN", "", None),  # a pronoun the tagger called a noun
    ],
)
def test_the_subject_of_a_listed_verb_is_the_source(subject, pos, modifier, expected):
    study = _study()
    tokens = _parse("said", "say", subject, pos, modifier=modifier)
    assert _speaker(study, tokens) == expected


def test_verbs_the_lists_lack_count_only_in_reading_b_with_a_clause_and_a_name():
    study = _study()
    bare = _parse("hinted", "hint", "Lavrov", "PROPN")
    with_clause = _parse("hinted", "hint", "Lavrov", "PROPN", clause=True)
    common = _parse("hinted", "hint", "officials", "NOUN", clause=True)
    assert _speaker(study, bare, "A") is None and _speaker(study, with_clause, "A") is None
    assert _speaker(study, bare, "B") is None
    assert _speaker(study, with_clause, "B") == "named"
    assert _speaker(study, common, "B") is None


def test_reading_c_needs_the_statement_itself():
    study = _study()
    act = _parse("announced", "announce", "Washington", "PROPN")  # '… announced $120 million'
    stated = _parse("announced", "announce", "Washington", "PROPN", clause=True)
    lead_in = _parse("added", "add", "Narcisse", "PROPN", quote=True)
    assert _speaker(study, act, "A") == "named"
    assert _speaker(study, act, "C") is None
    assert _speaker(study, stated, "C") == "named"
    assert _speaker(study, lead_in, "C") == "named"


def test_only_main_clauses_are_read():
    """The root, or a verb joined to it by 'and' or as an aside; not a complement clause
    ('the minister said the bank estimates …': the bank is no speaker of the sentence)."""
    study = _study()
    assert _speaker(study, _parse("said", "say", "Pence", "PROPN", dep="conj")) == "named"
    assert _speaker(study, _parse("said", "say", "Pence", "PROPN", dep="parataxis")) == "named"
    assert _speaker(study, _parse("said", "say", "Pence", "PROPN", dep="ccomp")) is None
    assert _speaker(study, _parse("said", "say", "Pence", "PROPN", dep="advcl")) is None
    relative = _parse("said", "say", "Pence", "PROPN", dep="conj")
    relative[-1].dep_ = "relcl"  # the verb's head is no main clause either
    assert _speaker(study, relative) is None


@pytest.mark.parametrize(
    ("word", "pos"), [("everyone", "PRON"), ("national", "ADJ"), ("It", "PRON")]
)
def test_a_subject_must_be_a_noun_or_a_proper_noun(word, pos):
    assert _speaker(_study(), _parse("said", "say", word, pos)) is None
