"""The sixth round's rule classes (docs/rules.md §5, §6; issue 25): a forecast in the author's
voice, and a speaker named after a quotation with a long title, a middle initial or the body
the speaker belongs to. Each class in several wordings, every sentence made up for the test
(none is taken from an article), with negative cases, so a rule that fits one sentence and not
its class fails here.
"""

from __future__ import annotations

import pytest
from analyzer_rows import row, rows

from medialit._analyze import analyze_records

# --- a forecast in the author's voice is speculation (§5, Predictions) ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The drought will push food prices higher next year.",
        "Rising seas will make the low islands uninhabitable within decades.",
        "The new vaccine won't end the outbreak on its own.",
        "We will stay on the island this time.",
        "The company will also continue to cut jobs in the north.",
        "Coastal Towns Will Lose Their Beaches by 2050",
        "It is clear that the new rules will not stop the smugglers.",
    ],
)
def test_a_forecast_in_the_authors_voice_is_speculation(sentence: str) -> None:
    found = row(sentence)
    assert found["kind"] == "speculation", found["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Families who will lose their homes received letters on Monday.",  # a relative clause
        "The aid package will include loans for small farmers.",  # what was decided is made of
        "Sometimes the court will delay a hearing for weeks.",  # a habit, not a forecast
        "Will prices fall this winter?",  # a question asserts nothing
        "The vote showed the will of the people.",  # the noun
        "The mayor has the political will to act.",
        "The guide lists the days when the museum will close.",  # a clause inside
    ],
)
def test_will_outside_a_main_clause_forecast_is_no_speculation(sentence: str) -> None:
    found = row(sentence)
    assert found["kind"] == "fact", found["why"]


def test_a_forecast_someone_is_reported_to_make_stays_their_claim() -> None:
    """The sentence reports that they forecast it: claim, the two layers of §5 and §7."""
    found = row("The central bank said inflation will fall next year.")
    assert (found["kind"], found["source_type"]) == ("claim", "named_group"), found["why"]


# --- the speaker after a quotation: long titles, initials, the body after 'of' (§6) ----------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "\u201cWe will not tolerate fraud,\u201d said Deputy Attorney General Nora Felder "
            "of the State Department of Justice\u2019s Consumer Protection Division.",
            "Deputy Attorney General Nora Felder",
        ),
        (
            "\u201cThe findings are clear,\u201d said Chief Scientist Omar Haddad of the "
            "National Institute for Coastal Research in the northern province.",
            "Chief Scientist Omar Haddad",
        ),
        (
            "\u201cThe charges show our resolve,\u201d said Laura J. Menke, Special Agent in "
            "Charge of the Field Office.",
            "Laura J. Menke",
        ),
        (
            "\u201cWe found the boat,\u201d said Harbour Master Tom R. Ellis.",
            "Harbour Master Tom R. Ellis",
        ),
    ],
)
def test_the_speaker_named_after_a_quotation_with_a_long_title(sentence: str, source: str) -> None:
    found = row(sentence)
    assert (found["source"], found["source_type"]) == (source, "named_person"), found["why"]
    assert found["kind"] != "fact", found["why"]


@pytest.mark.parametrize(
    ("name", "source_type"),
    [("Ana M. Silva", "named_person"), ("the Ministry of Health", "named_group")],
)
def test_a_middle_initial_keeps_a_person_a_person(name: str, source_type: str) -> None:
    found = row(f"\u201cThe wells are dry,\u201d said {name}.")
    assert found["source_type"] == source_type, found["why"]


def test_a_long_description_without_a_name_is_not_cut_to_a_name() -> None:
    """Nothing before 'of' is a name: the speaker is not made up from the description."""
    found = rows(
        "\u201cThe doors were locked,\u201d said the night guard of the old warehouse by the "
        "river in the east of the city near the harbour."
    )[-1]
    assert found["source_type"] != "named_person", found["why"]


# --- the account of a case's papers carried on (§2, How far reported speech carries) ----------

RELEASE = (
    "A Denver man was sentenced today to five years in prison for wire fraud.\n\n"
    "According to court documents, Jon Reyes ran a roofing firm in Aurora. "
    "He billed insurers for repairs that never took place. "
    "In total, the insurers paid him $2 million.\n\n"
    "Reyes pleaded guilty in March. "
    "The FBI investigated the case."
)


def test_sentences_after_according_to_court_documents_carry_the_papers_account() -> None:
    found = rows(RELEASE)
    carried = [r for r in found if r["source"] == "court documents"]
    starts = [str(r["text"])[:12] for r in carried]
    assert starts == ["According to", "He billed in", "In total, th"]
    assert all(r["kind"] == "claim" for r in carried), [r["why"] for r in carried]


def test_the_case_told_by_the_author_ends_the_papers_account() -> None:
    """A plea, a sentence, an investigation: the author's own telling again."""
    found = {str(r["text"])[:12]: r for r in rows(RELEASE)}
    for start in ("A Denver man", "Reyes pleade", "The FBI inve"):
        assert found[start]["source_type"] == "author", found[start]["why"]


@pytest.mark.parametrize(
    "opening",
    [
        "According to the mayor, the roofing firm was run well.",  # a person, not the papers
        "According to court documents, the firm was run well. \u201cIt was a scam,\u201d she said.",
    ],
)
def test_no_papers_account_carries_past_a_person_or_a_quotation(opening: str) -> None:
    found = rows(f"{opening} The firm billed insurers twice.")
    assert found[-1]["source"] != "court documents", found[-1]["why"]


# --- a statement printed in quotation marks under a headline that names its speaker (§2) -------


@pytest.mark.parametrize(
    ("headline", "source_type"),
    [
        ("Statement from Harbour Director Dr. Ines Moreau on the Storm Report", "named_person"),
        ("Mayor Tomas Reyes\u2019s Statement on the Bridge Closure", "named_person"),
        ("Remarks by Minister Lena Ortiz at the Water Summit", "named_person"),
        ("Coast Guard Statement on the Ferry Accident", "named_group"),
    ],
)
def test_a_quoted_statement_belongs_to_the_speaker_its_headline_names(
    headline: str, source_type: str
) -> None:
    found = analyze_records(
        f"{headline}\n\n"
        '"The storm was the worst in ten years. We opened two shelters on Friday.\n\n'
        '"We will rebuild the harbour wall."'
    )[1:]
    assert all(r["source_type"] == source_type for r in found), [r["why"] for r in found]
    assert found[1]["kind"] == "claim", found[1]["why"]


@pytest.mark.parametrize(
    "headline",
    ["Joint Statement on the Ferry Accident", "Storm Closes the Harbour", "A Statement on Storms"],
)
def test_a_headline_that_names_no_speaker_gives_the_quotation_to_no_one(headline: str) -> None:
    found = analyze_records(f'{headline}\n\n"The storm was the worst in ten years."')[1:]
    assert found[0]["source_type"] == "author", found[0]["why"]


def test_the_headline_speaker_does_not_take_a_quotation_whose_speaker_is_named() -> None:
    found = analyze_records(
        "Statement from Mayor Tomas Reyes on the Storm\n\n"
        '"The wall held," said harbour engineer Ana Lopes.'
    )[1:]
    assert found[0]["source"] == "harbour engineer Ana Lopes", found[0]["why"]


# --- a verb of saying with where, when or to whom before its clause (§3) ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said on Monday in a speech to parliament that taxes will rise.",
        "Mayor Ana Ruiz said in an interview on Thursday with a local radio station that the "
        "bridge is safe.",
        "The coach told reporters after the match in the team's hotel that he will stay.",
    ],
)
def test_a_clause_after_a_long_phrase_of_place_and_time_is_what_was_said(sentence: str) -> None:
    found = row(sentence)
    assert found["source_type"] != "author" and found["kind"] != "fact", found["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The team found planets in a distant system that could support life.",
        "The mayor spoke in the hall that the city built in 1900.",
    ],
)
def test_a_relative_clause_after_a_place_is_no_reported_content(sentence: str) -> None:
    assert row(sentence)["source_type"] == "author", row(sentence)["why"]


# --- "described how …": an account, not a label (§3) -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz, a nurse in the capital, described how the clinic ran out of oxygen.",
        "The witness described what she saw that night.",
        "Farmers described why the harvest failed.",
    ],
)
def test_described_how_reports_an_account(sentence: str) -> None:
    found = row(sentence)
    assert (found["kind"], found["source_type"] != "author") == ("claim", True), found["why"]


def test_described_with_a_plain_object_is_no_account() -> None:
    found = row("She described the house.")
    assert found["source_type"] == "author", found["why"]


# --- a question asserts nothing, whoever asks it (§2) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz is the coach. \u201cHow well do we know our players?",
        "\u201cWhat is the city doing about the floods?\u201d the mayor asked.",
        "Ana Ruiz spoke to reporters. \u201cWhy would anyone want to leave?\u201d",
    ],
)
def test_a_question_in_a_speakers_words_is_fact(text: str) -> None:
    found = next(r for r in rows(text) if "?" in str(r["text"]))
    assert found["kind"] == "fact" and found["source_type"] != "author", found["why"]


def test_a_statement_after_a_question_keeps_its_kind() -> None:
    found = rows("\u201cWho is to blame? The company,\u201d said union leader Ana Ruiz.")
    assert [r["kind"] for r in found] == ["fact", "claim"], [r["why"] for r in found]


# --- a claim labelled false before its object: "dismissed as groundless the reports" (§3) -------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry denounced as baseless the latest allegations by its rival.",
        "The ministry dismissed as groundless the reports of shelling.",
        "The club on Friday rejected as \u201ccompletely\u201d false the claims of match-fixing.",
    ],
)
def test_a_label_of_falsity_before_its_object_is_a_denial(sentence: str) -> None:
    found = row(sentence)
    assert (found["kind"], found["source_type"]) == ("denial", "named_group"), found["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The critics denounced as a disgrace the new law.",
        "The party dismissed as irrelevant the reports of a split.",
    ],
)
def test_a_label_that_is_no_falsity_before_its_object_is_no_denial(sentence: str) -> None:
    assert row(sentence)["kind"] != "denial", row(sentence)["why"]
