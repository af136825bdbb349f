"""The eighth round's rule classes (docs/rules.md §2, §3; issue 25): verbs of saying the lists
lacked ("reiterated", "reaffirmed", "clarified", "joked", …) name their subject as the speaker;
a lead-in that only announces a quotation ("Carol Ode added:", "Wang stated that:") is the
author's `fact`, while the quotation after it stays its speaker's; a headline that opens with
a source and a colon ("Police: …") gives that source's word, a label ("Analysis: …") does
not; "claims", "notes", "states" after a subject that is only a name are verbs. Every
sentence made up for the test (none is taken from an article), with negative cases.
"""

from __future__ import annotations

import pytest
from analyzer_rows import row, rows

from medialit._analyze import analyze_records

# --- verbs of saying the lists lacked (§3) -----------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    ["reiterated", "reaffirmed", "clarified", "joked", "remarked", "boasted", "lamented",
     "complained", "cautioned", "hinted", "disclosed", "recounted", "countered"],
)  # fmt: skip
def test_a_verb_of_saying_names_its_subject_as_the_speaker(verb: str) -> None:
    found = row(f"Mayor Ana Ruiz {verb} that the bridge would stay closed until spring.")
    assert found["source"] == "Mayor Ana Ruiz" and found["source_type"] == "named_person", found[
        "why"
    ]
    assert found["kind"] in {"claim", "speculation"}, found["why"]


def test_a_verb_of_saying_after_a_quotation_still_gives_the_speaker() -> None:
    found = row("\u201cThe bridge stays shut,\u201d Mayor Ana Ruiz reiterated on Friday.")
    assert found["source"] == "Mayor Ana Ruiz", found["why"]


def test_a_noun_spelt_like_no_verb_of_saying_gives_no_speaker() -> None:
    found = row("The remarks of the mayor drew a crowd of two hundred people.")
    assert found["source_type"] == "author", found["why"]


# --- a lead-in that only announces a quotation (§2) -------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Coach Tom Reed added:",
        "Tom Reed, who trains the junior team, stated that:",
        "He said this to the reporters:",
        "Tom Reed told VOA through a text message:",
        "After thanking the fans, Coach Tom Reed continued:",
    ],
)
def test_a_lead_in_is_the_authors_fact_and_the_quotation_stays_the_speakers(lead: str) -> None:
    found = rows(f"Coach Tom Reed spoke after the match.\n\n{lead}\n\n\u201cWe played badly.\u201d")
    lead_row = next(r for r in found if str(r["text"]) == lead)
    assert (lead_row["source_type"], lead_row["kind"]) == ("author", "fact"), lead_row["why"]
    assert "lead-in" in str(lead_row["why"])
    quotation = next(r for r in found if str(r["text"]).startswith("\u201cWe played"))
    assert quotation["source_type"] == "named_person", quotation["why"]
    assert "Tom Reed" in str(quotation["source"]), quotation["source"]


@pytest.mark.parametrize(
    "lead",
    [
        "Coach Tom Reed said the team would appeal:",  # a statement of its own before the colon
        "Coach Tom Reed said the team lost because of the rain:",
    ],
)
def test_a_lead_in_that_says_something_keeps_its_speaker(lead: str) -> None:
    found = rows(f"{lead}\n\n\u201cWe will win the next one.\u201d")
    assert found[0]["source_type"] == "named_person", found[0]["why"]


# --- a headline that opens with its source and a colon (§8) -----------------------------------


@pytest.mark.parametrize(
    ("headline", "source", "kind"),
    [
        ("Police: the fire was set on purpose", "Police", "claim"),  # the rulebook's own example
        ("Mayor Ana Ruiz: the bridge stays shut all winter", "Mayor Ana Ruiz", "claim"),
        ("Officials: two dead in the storm", "Officials", "claim"),
        ("Minister: the port could close next week", "Minister", "speculation"),
    ],
)
def test_a_headline_source_and_a_colon_give_that_sources_word(
    headline: str, source: str, kind: str
) -> None:
    found = analyze_records(f"{headline}\n\nThe fire began at night.")[0]
    assert (found["source"], found["cue"], found["kind"]) == (source, ":", kind), found["why"]
    assert "fact" in str(found["also_acceptable"]), found["also_acceptable"]


@pytest.mark.parametrize(
    "headline",
    [
        "Kenya: police defend their response to the protests",  # a place as a label
        "Netizen Report: journalists are under fire everywhere",  # a column's name
        "Analysis: the vote is closer than it looks",  # a genre
        "Research Highlights: May 11, 2022",  # a series and a date
        "Coach Tom Reed: an interview with the new coach",  # no statement after the colon
    ],
)
def test_a_label_and_a_colon_name_no_source(headline: str) -> None:
    found = analyze_records(f"{headline}\n\nThe fire began at night.")[0]
    assert found["source_type"] == "author", found["why"]


# --- "claims", "notes", "reports" after a subject that is only a name (§3) ---------------------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Krisher-Ode claims the new tax breaks the law.", "Krisher-Ode"),
        ("Ana Ruiz notes the rise in prices since March.", "Ana Ruiz"),
        ("Lopez states the border will stay closed.", "Lopez"),
    ],
)
def test_a_verb_spelt_like_a_noun_after_a_name_is_a_verb(sentence: str, source: str) -> None:
    found = row(sentence)
    assert found["source"] == source, found["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The claims the minister made were false.",
        "Her hopes of a medal ended in the heats.",
        "The EU states then imposed new tariffs.",
    ],
)
def test_the_same_words_as_nouns_name_no_speaker(sentence: str) -> None:
    assert row(sentence)["source_type"] == "author", row(sentence)["why"]


def test_a_noun_before_a_verb_of_saying_is_not_the_speaker() -> None:
    found = row("News reports say a student was killed in the protests.")
    assert found["source"] != "News", found["why"]


# --- after batch 15's record: data/cues.csv follows the rulebook's "point to" (§4) ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Models point to emissions from power plants as the cause.",
        "The survey data points to a fall in reading among teenagers.",
    ],
)
def test_findings_that_point_to_something_are_hedged(sentence: str) -> None:
    found = row(sentence)
    assert found["kind"] == "speculation" and "point" in str(found["hedges"]), found["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz scored 26 points to lead the team to the title.",
        "Unemployment fell by 0.2 percentage point to 3.5 percent in May.",
    ],
)
def test_points_after_a_number_are_no_hedge(sentence: str) -> None:
    assert row(sentence)["hedges"] == "", row(sentence)["why"]


def test_a_first_name_may_opening_the_sentence_is_no_hedge() -> None:
    assert row("May Chen, the captain, said the team would win.")["hedges"] == ""
    assert row("May the best team win, the coach said.")["hedges"] == "May"
