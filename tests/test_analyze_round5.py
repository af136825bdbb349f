"""The fifth round's rule classes (docs/rules.md §2, §3, §6; issue 25): a claim called not so in
a sentence of its own, a cleft that corrects who did it, a norm stated as "that's how it should
be", criticism or praise with its own words in the progressive, a pronoun of a person the text
names, a dateline or an aside before the speaker, and the records of a proceeding. Each class
in several wordings, every sentence made up for the test (none is taken from an article), with
a negative case, so a rule that fits one sentence and not its class fails here.
"""

from __future__ import annotations

import pytest
from analyzer_rows import row, rows

# --- a claim called not so in a sentence of its own (§3) --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "That's just false.",
        "This is simply not true.",
        "That is a lie.",
        "It\u2019s completely untrue.",
        '"That is absolutely false," the minister said.',
    ],
)
def test_a_sentence_that_calls_what_was_said_false_is_a_denial(sentence: str) -> None:
    found = rows(f"Critics say the plant leaks. {sentence}")
    assert found[-1]["kind"] == "denial", found[-1]["why"]


@pytest.mark.parametrize(
    "sentence",
    ["This is a true story.", "That was not the first case.", "It was a false start for the team."],
)
def test_false_inside_a_longer_claim_is_no_denial(sentence: str) -> None:
    found = rows(f"The plant opened in May. {sentence}")
    assert found[-1]["kind"] != "denial", found[-1]["why"]


# --- a cleft that puts the right party in the wrong one's place (§3) --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the ministry that broke the rules, not the union.",
        "It was the landlord who cut the power \u2013 not the tenants.",
        "It is the factory that pollutes the river, and not the farms.",
    ],
)
def test_a_cleft_that_corrects_who_did_it_is_a_denial(sentence: str) -> None:
    assert rows(sentence)[-1]["kind"] == "denial", rows(sentence)[-1]["why"]


@pytest.mark.parametrize(
    "sentence",
    ["It is the river that floods each spring.", "It was not the first time the bridge closed."],
)
def test_a_cleft_without_a_correction_is_no_denial(sentence: str) -> None:
    assert rows(sentence)[-1]["kind"] != "denial", rows(sentence)[-1]["why"]


# --- a norm stated as "that's how it should be" (§1: a judgement of what ought to be) ---------


@pytest.mark.parametrize(
    "sentence",
    [
        "That\u2019s how it should be.",
        "This is what we must do.",
        "That is exactly how things should work.",
        "And that's the way it has to be.",
    ],
)
def test_that_is_how_it_should_be_is_an_opinion(sentence: str) -> None:
    found = rows(f"The board meets every month. {sentence}")
    assert found[-1]["kind"] == "opinion", found[-1]["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel will advise on how the holiday should be marked.",
        "That is how the bill was passed.",
    ],
)
def test_a_remit_or_a_description_of_how_is_no_opinion(sentence: str) -> None:
    assert rows(sentence)[-1]["kind"] != "opinion", rows(sentence)[-1]["why"]


# --- criticism or praise with its own words, in the progressive (§3) --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Teachers in the region are condemning what they call "a broken promise".',
        'Fans were praising the coach for a "brave, clever" season.',
        'Residents are denouncing the plan as "a land grab".',
    ],
)
def test_condemning_with_quoted_words_is_an_opinion(sentence: str) -> None:
    found = rows(sentence)
    assert found[-1]["kind"] == "opinion", found[-1]["why"]


def test_condemning_without_quoted_words_is_no_opinion() -> None:
    found = rows("Teachers are condemning the plan at a meeting on Monday.")
    assert found[-1]["kind"] != "opinion", found[-1]["why"]


# --- who speaks (§6) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "As the mayor toured the site with Ann Ruiz and Tom Berg, he said, "
        '"This will change the town."',
        'Ann Ruiz runs a bakery on the main street. "Bread is dearer," she told reporters.',
        'Tom Berg farms near the river. The farm is a century old. "We sell less," he says.',
    ],
)
def test_he_or_she_is_a_person_the_text_names(text: str) -> None:
    found = rows(text)
    assert found[-1]["source_type"] == "named_person", found[-1]["why"]


@pytest.mark.parametrize(
    "text",
    [
        'The roads were closed. "We cannot get out," they said.',
        'The farm has been in the family for a century. "We sell less," she says.',
        "He claims to have seen the crash.",
    ],
)
def test_a_pronoun_with_no_person_named_stays_unnamed(text: str) -> None:
    found = rows(text)
    assert found[-1]["source_type"] == "anonymous", found[-1]["why"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Lagos \u2014 Nurse Ada Obi says the wards are full.", "Nurse"),
        ("Nairobi \u2014 Rights advocates in Kenya say the arrests were illegal.", "Rights"),
        ("New Delhi \u2013 Farmers from three states say prices have fallen.", "Farmers"),
    ],
)
def test_a_dateline_before_the_speaker_is_not_the_speaker(sentence: str, speaker: str) -> None:
    record = rows(sentence)[-1]
    assert "\u2014" not in str(record["source"]) and "\u2013" not in str(record["source"])
    assert str(record["source"]).startswith(speaker), record["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Ann Ruiz, in an interview released Monday, said the budget would pass.",
        "Tom Berg, speaking to reporters after the vote, said the plan was dead.",
        "Mayor Lena Vos, at a rally in the park, said taxes would fall.",
    ],
)
def test_an_aside_after_the_speaker_says_where_not_who(sentence: str) -> None:
    record = row(sentence)
    assert record["source_type"] == "named_person", record["why"]
    assert "," not in str(record["source"]), record["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to court documents, the man sold fake tickets for two years.",
        "According to his plea agreement, the clerk took bribes from 2019 to 2021.",
        "The indictment says the two brothers hid the money abroad.",
        "Court filings say the company paid no tax for a decade.",
    ],
)
def test_the_records_of_a_proceeding_are_a_named_body(sentence: str) -> None:
    record = row(sentence)
    assert record["source_type"] == "named_group", record["why"]


def test_documents_with_no_proceeding_stay_unnamed() -> None:
    record = row("According to documents seen by reporters, the firm paid no tax.")
    assert record["source_type"] != "named_group", record["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Center for Rights reported recently that two women were jailed.",
        "The agency found earlier that the dam leaked.",
        "The firm announced publicly on Monday that it would close the plant.",
    ],
)
def test_an_adverb_between_the_verb_and_that_keeps_the_clause(sentence: str) -> None:
    record = row(sentence)
    assert record["source_type"] == "named_group", record["why"]
    assert record["kind"] == "claim", record["why"]


@pytest.mark.parametrize(
    "sentence",
    ["The team reported only one case that week.", "Liberia has not reported any new cases."],
)
def test_a_noun_after_the_verb_still_leaves_the_authors_fact(sentence: str) -> None:
    assert row(sentence)["source_type"] == "author", row(sentence)["why"]


# --- a motive judged deceitful, as a noun (§2 rule 1: a judgement of value) --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The offer is a transparent ploy to win votes.",
        "The inquiry was a charade from the start.",
        "The hearing was a political smokescreen, she said.",
        "The firm is resorting to trickery to keep its customers.",
        "Critics called the visit a publicity stunt.",
    ],
)
def test_a_motive_judged_deceitful_is_an_opinion(sentence: str) -> None:
    assert rows(sentence)[-1]["kind"] == "opinion", rows(sentence)[-1]["why"]


@pytest.mark.parametrize(
    "sentence", ["The band played a show of stunts on Friday.", "The smoke cleared by noon."]
)
def test_neighbouring_neutral_words_are_no_judgement(sentence: str) -> None:
    assert rows(sentence)[-1]["kind"] != "opinion", rows(sentence)[-1]["why"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ploy worked, the police said.", "the police"),
        ("The plan failed, officials said on Monday.", "officials"),
        ("The fire is out, firefighters say.", "firefighters"),
        ("Turnout was low, observers noted.", "observers"),
    ],
)
def test_a_short_clause_before_the_comma_is_not_the_speaker(text, source):
    """'X happened, the police said.': the speaker is after the comma however short the clause
    (docs/rules.md §6); a name with its description before the verb keeps its apposition."""
    assert row(text)["source"] == source


def test_a_description_after_a_name_stays_with_the_name():
    found = row("Mara Holt, an independent candidate, said the plan was bad.")
    assert found["source"].startswith("Mara Holt") and found["source_type"] == "named_person"
