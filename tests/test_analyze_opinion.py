"""Opinion, public bodies and denials in other words, in many made-up wordings (issue 25).

Every sentence here is made up for the test; none is taken from an article. Opinion is a
judgement of value or a recommendation, in anyone's voice (docs/rules.md §2 rule 1), a stance
or pledge of support declared is opinion (§2, "Acts of speech"), but a value word on the side
of a factual sentence leaves it fact (§10, "A judgement in a side word").
"""

from __future__ import annotations

import pytest
from analyzer_rows import row

# --- a judgement that is the sentence's point: opinion, in any voice ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A free press is essential to any democracy.",
        "Clean water is vital for the health of every child.",
        "Independent courts are crucial to the rule of law.",
        "The decision to close the library was cruel.",
        "Jailing reporters for their work is simply indefensible.",
        "The new fee is unfair to the poorest families.",
        "Such attacks on journalists are intolerable.",
        "The reporters who stayed in the city were brave.",
        "The plan to cut the school budget is misguided.",
        "Disinformation is a threat to public health.",
        "The reopening of the bridge is a triumph for the whole town.",
        "The ruling was a victory for press freedom.",
        "It is important to check a story before sharing it.",
        "Censorship is an assault on everyone's right to know.",
        '"The ban is shameful," the senator said.',
        "The union said the pay offer was inadequate.",
        "Critics called the new law a disgrace.",
        '"Their courage is admirable," Maria Lopez said.',
    ],
)
def test_a_judgement_of_value_is_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] == "opinion", record["why"]


# --- recommendations: must, should, call on, urge, it is time to --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The government must release the jailed reporters at once.",
        "Parents should talk to their children about what they see online.",
        "Schools ought to teach pupils how to check a source.",
        "We call on the authorities to drop all charges against the editor.",
        "We urge every reader to report false stories to the platform.",
        "The council needs to listen to the residents.",
        "It is time to end the blockade.",
        "The United Nations called on both sides to stop the fighting.",
        '"Leaders must act now," the activist said.',
        "Let us remember those who lost their lives.",
    ],
)
def test_a_recommendation_is_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] == "opinion", record["why"]


# --- stances and pledges declared: opinion (§2, acts of speech) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We stand with the journalists of the city.",
        "We stand by our reporters.",
        "We are against any attempt to silence the press.",
        "We condemn the attack on the newspaper's office.",
        "We support the right of every citizen to protest peacefully.",
        "We welcome the release of the two photographers.",
        "We remain committed to a free and open internet.",
    ],
)
def test_a_stance_declared_is_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] == "opinion", record["why"]
    assert record["source_type"] == "author", record["why"]  # "we" outside quotes: the author


# --- side value words and legal or asked obligations leave a sentence as it was -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Brave reporters covered the floods for three weeks.",
        "The cruel winter of 1947 closed the port for two months.",
        "The foolish plan was dropped in 2019 after a vote.",
        "The museum holds an essential collection of old maps.",
        "The court ruled that the station must reopen by June.",
        "The panel will decide how the money should be spent.",
        "The heroic rescue took place on Sunday morning.",
        "The bridge should reopen by Friday, engineers said.",
        "A vital road link was closed on Monday after a landslide.",
        "Under the law, drivers must carry a licence.",
    ],
)
def test_a_side_value_word_or_a_reported_duty_does_not_make_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] != "opinion", record["why"]


# --- a public body named by its function speaks as a named group (§6) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said a man had been arrested near the station.",
        "Prosecutors said the suspect had left the country.",
        "The army said it had pulled its troops back from the border.",
        "The government said the new rules would start in March.",
        "Local police said the road had reopened.",
        "A man was arrested on Friday, police said.",
    ],
)
def test_a_public_body_named_by_its_function_is_a_named_group(text: str) -> None:
    record = row(text)
    assert record["source_type"] == "named_group", record["why"]
    assert record["kind"] == "claim", record["why"]


def test_a_police_officer_is_still_an_unnamed_person() -> None:
    record = row("A police officer at the scene said three people were hurt.")
    assert record["source_type"] == "anonymous", record["why"]


# --- denial without a denial verb (§3) ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The singer says she had no history of drug use.",
        "The company said it played no part in the leak.",
        "The minister said he had no knowledge of the payments.",
        "The club insists it had no involvement in the transfer.",
        "The ministry rejected the report.",
        "The agency said there was no evidence of fraud.",
    ],
)
def test_a_denial_in_other_words_is_denial(text: str) -> None:
    record = row(text)
    assert record["kind"] == "denial", record["why"]


def test_no_plans_is_no_denial() -> None:
    record = row("The mayor said she had no plans to run again.")
    assert record["kind"] != "denial", record["why"]
