"""The seventh round's rule classes (docs/rules.md §3, §4; issue 25): a verb that can name an act
("added") followed by a quotation reports what was said; the verbs that may follow a quotation
before its speaker ('"…," tweeted X'); a currency's code before an approximate number; and
"mostly", which says how much, not how sure. Each class in several wordings, every sentence
made up for the test (none is taken from an article), with negative cases.
"""

from __future__ import annotations

import pytest
from analyzer_rows import row

# --- "added" + a quotation: reported content, not an act (§3) ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ana Ruiz added \u201cwe have several leads\u201d on the suspects.",
        "Coach Tom Reed added \u201cthe team never gave up,\u201d pointing to the last minute.",
        "The club agreed \u201cthe referee was right\u201d in the end.",
    ],
)
def test_a_verb_with_a_quotation_as_its_object_reports_what_was_said(sentence: str) -> None:
    found = row(sentence)
    assert found["source_type"] != "author" and found["kind"] != "fact", found["why"]


def test_a_verb_with_a_plain_object_stays_an_act() -> None:
    found = row("The club added background and reaction to its report.")
    assert found["source_type"] == "author", found["why"]


# --- the verbs that may stand between a quotation and its speaker (§2, §3) ---------------------


@pytest.mark.parametrize(
    ("verb", "cue_class_kind"),
    [("tweeted", "claim"), ("posted", "claim"), ("stated", "claim"), ("insisted", "claim")],
)
def test_a_speaker_after_a_quotation_and_a_verb_of_saying(verb: str, cue_class_kind: str) -> None:
    found = row(f"\u201cThe vote was rigged,\u201d {verb} opposition leader Ana Ruiz.")
    assert (found["source"], found["kind"]) == ("opposition leader Ana Ruiz", cue_class_kind), (
        found["why"]
    )


# --- a currency's code before an approximate number (§4, Not hedges) --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She was released on bail of approximately USD 25,500.",
        "The fine came to about EUR 3 million.",
        "The project cost roughly HKD 200,000.",
    ],
)
def test_an_approximate_sum_in_a_currency_code_is_no_hedge(sentence: str) -> None:
    found = row(sentence)
    assert (found["kind"], found["hedges"]) == ("fact", ""), found["why"]


def test_a_sum_in_a_currency_code_keeps_a_real_hedge() -> None:
    found = row("The fine could reach EUR 3 million.")
    assert (found["kind"], found["hedges"]) == ("speculation", "could"), found["why"]


# --- "mostly": how much, not how sure (§4, Not hedges) ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The whales were hunted mostly within a single decade.",
        "The protests have been mostly peaceful.",
    ],
)
def test_mostly_is_no_hedge(sentence: str) -> None:
    found = row(sentence)
    assert (found["kind"], found["hedges"]) == ("fact", ""), found["why"]


def test_a_real_hedge_beside_mostly_still_hedges() -> None:
    assert row("The protests could stay mostly peaceful.")["kind"] == "speculation"


# --- "asked X to …", "asked for …": a request reported as an act (§3, calls and appeals) -------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry asked Britain to send him to the United States for trial.",
        "The defendant asked the judge for more time.",
        "The council asks residents to save water.",
    ],
)
def test_a_request_is_the_authors_fact(sentence: str) -> None:
    found = row(sentence)
    assert (found["kind"], found["source_type"]) == ("fact", "author"), found["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters asked the minister whether taxes would rise.",
        "The mayor asked: \u201cWho pays for the bridge?\u201d",
    ],
)
def test_a_reported_question_keeps_its_asker(sentence: str) -> None:
    assert row(sentence)["source_type"] != "author", row(sentence)["why"]


# --- a degree word raising an adjective as the predicate: a judgement (§2 rule 1) -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It was very competitive.",
        "Our town is a very resilient town.",
        "The final was extremely entertaining.",
        "\u201cThe crowd was really wonderful,\u201d said coach Ana Ruiz.",
    ],
)
def test_an_intensified_adjective_as_the_predicate_is_a_judgement(sentence: str) -> None:
    found = row(sentence)
    assert found["kind"] == "opinion", found["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The river is very long.",  # a measure
        "The team was very tired after the match.",  # a feeling
        "We are very aware of the shortages.",
        "The cases are really rare.",  # a checkable rarity
        "The rumours became so widespread that the council met on Sunday.",  # a result
        "I think the find is probably very novel.",  # hedged
    ],
)
def test_an_intensified_measure_feeling_or_guess_is_no_judgement(sentence: str) -> None:
    assert row(sentence)["kind"] != "opinion", row(sentence)["why"]


# --- "ignored demands to …": others' demands, named as a noun, are no recommendation (§2) -------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry ignored demands to release the prisoners.",
        "The mayor faces calls to resign over the bridge.",
        "The club played on despite appeals to stop the match.",
    ],
)
def test_demands_named_as_a_noun_are_no_recommendation(sentence: str) -> None:
    assert row(sentence)["kind"] != "opinion", row(sentence)["why"]


def test_a_demand_made_in_the_sentence_is_still_a_recommendation() -> None:
    found = row("The union demands that the mine close.")
    assert found["kind"] == "opinion", found["why"]


# --- the rulebook's newer hedges, now in data/cues.csv (§3, §4) -------------------------------


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("It looked like a gunfight.", "looked like"),
        ("The crowd sounded like a storm.", "sounded like"),
        ("The island is considered a safe harbour.", "is considered"),
    ],
)
def test_an_impression_or_an_agentless_view_is_a_hedge(sentence: str, hedge: str) -> None:
    found = row(sentence)
    assert (found["kind"], found["hedges"]) == ("speculation", hedge), found["why"]


@pytest.mark.parametrize(
    "sentence",
    ["The house looked old and empty.", "The court considered the appeal on Monday."],
)
def test_looks_and_considering_as_acts_are_no_hedge(sentence: str) -> None:
    assert row(sentence)["hedges"] == "", row(sentence)["why"]


# --- a speaker named with appositions before "said" (§6) --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Ana Lopes, an investigator with Licadho, a local rights group, said the denials "
            "were unsurprising.",
            "Ana Lopes, an investigator with Licadho, a local rights group",
        ),
        (
            "Am Sam Ath, an investigator with a rights group, said the report was published "
            "on Monday.",
            "Am Sam Ath, an investigator with a rights group",
        ),
        (
            "Will Ortiz, the club's captain, said the pitch was wet.",
            "Will Ortiz, the club's captain",
        ),
    ],
)
def test_the_named_speaker_before_appositions_speaks(sentence: str, source: str) -> None:
    found = row(sentence)
    assert (found["source"], found["kind"]) == (source, "claim"), found["why"]


def test_a_clause_before_the_speaker_after_a_comma_still_hands_over() -> None:
    """'A man robbed a bank on Friday, police said.': the speaker after the comma."""
    assert row("A man robbed a bank on Friday, police said.")["source"] == "police"


def test_a_verb_in_a_subject_still_rules_it_out_as_a_speaker() -> None:
    found = row("Person Who Was Not an Official Calls Editors, Ministry Says")
    assert found["source"] != "Person Who Was Not an Official Calls Editors", found["why"]
