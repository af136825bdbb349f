"""The fourth round's rule classes (docs/rules.md §2, §3, §6; issue 25): block quotations,
denials in a speaker's own words, public reactions with no one named, a country's officials,
duties and stances stated as the speaker's own. Each class in several wordings, every sentence
made up for the test (none is taken from an article), so a rule that fits one sentence and
not its class fails here.
"""

from __future__ import annotations

import pytest
from analyzer_rows import row, rows

# --- a block quotation: the paragraph after "X said:" is X's (§2, quotations; a lead-in) ------


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("In an interview, the mayor, Ann Ruiz, said:", "Ann Ruiz"),
        ("Tom Berg, a baker who has worked in the town for 30 years, added:", "Tom Berg"),
        ("The farmers' union said:", "union"),
    ],
)
def test_the_paragraph_after_a_lead_in_with_a_colon_is_the_speakers(
    lead: str, speaker: str
) -> None:
    found = rows(
        f"The council met on Monday. {lead}\n\nWe have waited for years. The bridge is "
        "closed every spring.\n\nThe council will vote on Friday."
    )
    quoted = [r for r in found if str(r["text"]).startswith(("We have", "The bridge is"))]
    assert len(quoted) == 2
    for record in quoted:
        assert speaker in str(record["source"]), record["why"]
        assert record["source_type"] != "author", record["why"]
    after = next(r for r in found if str(r["text"]).startswith("The council will"))
    assert after["source_type"] == "author", after["why"]  # narration again: the block ended


def test_a_block_goes_on_only_while_its_speaker_says_i_or_we() -> None:
    found = rows(
        "Residents were divided. Lena Vos, a teacher, said:\n\nThe road is dangerous.\n\n"
        "I walk my children to school every day.\n\nThat road was built in 1970."
    )
    by_start = {str(r["text"])[:8]: r for r in found}
    assert by_start["The road"]["source_type"] == "named_person"
    assert by_start["I walk m"]["source_type"] == "named_person"
    assert by_start["The road"]["source"] == by_start["I walk m"]["source"]
    last = found[-1]
    assert last["source_type"] == "author", last["why"]


def test_a_colon_before_a_list_in_the_authors_voice_hands_nothing_to_anyone() -> None:
    found = rows("The new rules cover three areas:\n\nParking near schools is banned.")
    assert found[-1]["source_type"] == "author", found[-1]["why"]


# --- denials in a speaker's own words (§3: a denial without a denial verb) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Accusations that the company paid bribes are completely false.",
        "The reports about the minister's trip are categorically untrue.",
        "All of these allegations are utterly baseless.",
        "It is simply false for the opposition to claim that the vote was rigged.",
        "It is wrong to suggest that the club hid the money.",
        "The firm was not involved in any way.",
        "Our staff were in no way responsible for the leak.",
        "The recent news stories have badly misrepresented what the charity does.",
        "The minister denied any involvement in the deal.",
        "Union leaders have denounced these criticisms.",
        "The club condemned the allegations on Friday.",
        'The spokesman called the accusations "complete nonsense."',
        "The embassy dismissed the reports as pure fabrication.",
        "A spokeswoman called the claims lies.",
    ],
)
def test_a_rejection_in_other_words_is_a_denial(text: str) -> None:
    record = row(text)
    assert record["kind"] == "denial", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The team was involved in the final.",
        "The storm was not connected to the earlier flood.",
        "The ministry condemned the attack.",
        'The coach called the plan "absurd."',
        "The court denied bail to the two men.",
        "The report was published in March.",
    ],
)
def test_a_rejection_of_no_assertion_is_no_denial(text: str) -> None:
    record = row(text)
    assert record["kind"] != "denial", record["why"]


# --- duties, rights and tolerance said as norms; set phrases of praise and blame (§2 rule 1) ---


@pytest.mark.parametrize(
    "text",
    [
        "All of us have a responsibility to protect the river.",
        "Every parent has a moral duty to speak up.",
        "When the state fails us, it is our natural right to defend ourselves.",
        "It's my right to know where the money went.",
        "Such conduct cannot be tolerated.",
        "Attacks on nurses will not be tolerated.",
        "We need justice and security.",
        "We all need more patience with each other.",
        "She was a nurse of the highest order.",
        "This is the very foundation of a free press.",
        "The failure is painfully obvious.",
        "Today marks a watershed in the fight against malaria.",
        "The remark was completely inappropriate.",
        "This result is one important step toward a cure.",
    ],
)
def test_a_norm_or_a_set_phrase_of_judgement_is_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] == "opinion", record["why"]


# --- a stance declared by the speaker itself, in other forms (§2, §5 a wish about others) ----


@pytest.mark.parametrize(
    "text",
    [
        "The station joins its colleagues abroad in condemning the expulsions.",
        "We join the other outlets named in the order and condemn this attempt to silence them.",
        "The United States stands with all who seek peace.",
        "We wish the council would show the same urgency on housing.",
        "I only wish the league had listened to the players.",
        "We question their knowledge of the subject.",
    ],
)
def test_a_stance_in_the_speakers_own_name_is_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] == "opinion", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "Parents have a legal duty to send their children to school.",
        "The team joined the league in 1990.",
        "He wished he had stayed home.",
        "The road was closed for most of the day.",
        "The union stood with the strikers at the gate on Monday.",
        "The permit cannot be renewed after March.",
    ],
)
def test_a_duty_in_law_an_act_or_a_wish_of_ones_own_is_no_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] != "opinion", record["why"]


# --- who speaks: a country's officials, one unnamed person, one of a group (§6) -------------


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Malaysian police say the two women were arrested.", "named_group"),
        ("Afghan officials said dozens of police were wounded.", "named_group"),
        ("Turkish authorities say the journalist was killed.", "named_group"),
        ("On Tuesday, the Russian delegate insisted that the group is a company.", "named_group"),
        ("Western officials said the talks had failed.", "anonymous"),
        ("A spokesman at the U.S. embassy in Harare told VOA the streets were calm.", "anonymous"),
        ("One official at the French ministry said the plan was dropped.", "anonymous"),
        (
            "At least one of the women arrested in Kuala Lumpur has said she was tricked.",
            "anonymous",
        ),
        (
            "In a press conference on Monday, attended by reporters from Reuters, a police "
            "spokesperson said the men had fired first.",
            "anonymous",
        ),
    ],
)
def test_who_speaks_for_a_country_and_who_is_one_unnamed_person(
    text: str, source_type: str
) -> None:
    record = row(text)
    assert record["source_type"] == source_type, record["why"]


# --- a public reaction with no one named: a vague source, an empty cue (§3) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "The verdict sparked outrage across the country.",
        "The judge's decisions have provoked widespread anger and accusations of bias.",
        "The escape leaves the country in turmoil.",
        "The public reaction has been a mix of anger and disbelief.",
        "Reactions to the ruling were full of shock.",
        "Indeed, many are wondering how the guards missed him.",
        "In recent years, the website has been praised for its coverage of the war.",
        "The new law was widely criticized as a threat to the press.",
    ],
)
def test_a_public_reaction_with_no_one_named_has_a_vague_source(text: str) -> None:
    record = row(text)
    assert record["source_type"] == "vague", record["why"]
    assert record["cue"] == "", record["why"]
    assert record["kind"] in {"claim", "fact", "speculation"}, record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was praised by the mayor for its speed.",
        "The storm caused damage in four towns.",
        "The fire sparked a blaze in the next building.",
        "Protesters were arrested in the capital.",
        "The audit raised questions about the spending.",
    ],
)
def test_an_event_or_a_judgement_with_its_judge_is_no_vague_reaction(text: str) -> None:
    record = row(text)
    assert record["source_type"] != "vague", record["why"]


# --- a lead-in naming a group of people gives the block quotation to them (§2) --------------


@pytest.mark.parametrize(
    "lead",
    [
        "Others, teachers included, defended the change:",
        "Many parents also felt the decision was rushed:",
        "Residents reacted quickly:",
    ],
)
def test_a_lead_in_naming_a_group_gives_the_next_paragraph_to_the_group(lead: str) -> None:
    found = rows(f"The law passed on Monday. {lead}\n\nIt is about time. I have waited years.")
    for record in found[-2:]:
        assert record["source_type"] == "anonymous", record["why"]


def test_a_colon_after_an_act_or_a_list_hands_nothing_on() -> None:
    found = rows(
        "Lawyers for the group attempted to reach him, but were told only this:\n\n"
        "The ordeal lasted only a few hours."
    )
    assert found[-1]["source_type"] == "author", found[-1]["why"]


# --- praise and blame with their label after "as" (§3: criticism in its own words) ----------


@pytest.mark.parametrize(
    "text",
    [
        "Journalists are criticizing the new rules as \u201cdictatorial.\u201d",
        "Others defended the senator's remarks as harmless.",
        "The mayor hailed the deal as historic.",
        "Critics attacked the budget as wasteful.",
    ],
)
def test_praise_or_blame_with_its_label_is_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] == "opinion", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister defended the plan as part of a wider reform.",
        "The club welcomed him as its new coach.",
        "Fans are praising the coach for the win.",
    ],
)
def test_praise_or_blame_without_a_label_of_judgement_is_no_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] != "opinion", record["why"]


def test_criticism_in_the_progressive_has_its_critics_as_source() -> None:
    record = row("Local journalists are criticizing the new media rules.")
    assert record["source_type"] == "anonymous", record["why"]
    assert record["kind"] in {"claim", "fact"}, record["why"]


# --- feelings and commitments (§5), numbers and statistics that are no hedge (§4) -----------


@pytest.mark.parametrize(
    "text",
    [
        "We are committed to serving our readers.",
        "I remain committed to advancing civilian security.",
        "The government remains gravely concerned by the repression.",
        "Residents are concerned about the noise.",
    ],
)
def test_a_commitment_or_a_concern_is_speculation(text: str) -> None:
    record = row(text)
    assert record["kind"] in {"speculation", "opinion"}, record["why"]
    assert record["kind"] == "speculation" or "committed" in str(record["why"]), record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The crew landed approximately an hour and a half after lift-off.",
        "Bloggers pay roughly US $900 per year to publish.",
        "The clock has a margin of approximately plus or minus 2 minutes.",
        "The effects cannot be shown in the GDP estimate for the quarter.",
        "The ministry concerned did not answer.",
    ],
)
def test_an_approximate_quantity_or_a_named_statistic_is_no_hedge(text: str) -> None:
    record = row(text)
    assert record["kind"] == "fact", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The first point is simple: all of the accusations you have heard about us are false.",
        "These allegations about the mayor are untrue.",
        "The recent stories about Mr. Lee's arrest have badly mischaracterized what we do.",
        "The charity has been subject to misleading and baseless accusations.",
        "Our staff have been the target of fabricated claims for months.",
        "The minister insisted that the firm is just a private company.",
    ],
)
def test_a_rejection_in_a_speakers_own_name_is_a_denial(text: str) -> None:
    record = row(text)
    assert record["kind"] == "denial", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "He faced false charges of theft in 1990 and was cleared in 1992.",
        "The company is just a few miles from the border.",
        "The reports are published every Friday.",
    ],
)
def test_a_false_charge_narrated_or_a_plain_report_is_no_denial(text: str) -> None:
    record = row(text)
    assert record["kind"] != "denial", record["why"]


# --- judgement nouns and value words the lists lacked (§2 rule 1) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our work has become even more vital since the floods.",
        "Many readers felt the comment was uncalled for.",
        "She said she thought the driver was being an idiot.",
        "This is an injustice for my family.",
        "The nurses were heroes.",
        "Fixing the roads has become an imperative.",
    ],
)
def test_a_judgement_noun_or_value_word_as_the_predicate_is_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] == "opinion", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "He was a war hero.",
        "The driver was a man from Ohio.",
        "The vital signs of the patient were stable.",
    ],
)
def test_a_description_of_a_person_or_a_side_word_is_no_judgement(text: str) -> None:
    record = row(text)
    assert record["kind"] != "opinion", record["why"]


# --- who holds a view named by a noun, a view verb, an adverb after a name (§3, §6) ---------


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("There are accusations from opposition lawmakers that the mayor lied.", "anonymous"),
        ("There have been suggestions, by the minister Ann Lee, that the fire was set.", "named"),
        ("The former president was accused of corruption by his successor.", "anonymous"),
        ("Media speculated that the move was political.", "anonymous"),
        ("Local newspapers speculated that the mayor would resign.", "anonymous"),
        ("Ann Lee later said that she had lied.", "named"),
    ],
)
def test_who_holds_a_view_named_by_a_noun_or_a_verb(text: str, source_type: str) -> None:
    record = row(text)
    assert str(record["source_type"]).startswith(source_type), record["why"]


def test_a_speculation_stated_is_speculation() -> None:
    record = row("Media speculated that the move was political.")
    assert record["kind"] == "speculation", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "Police charged the man with theft.",
        "The claims were filed in March.",
        "The new media law takes effect in May.",
    ],
)
def test_an_act_or_a_thing_named_hands_nothing_to_anyone(text: str) -> None:
    record = row(text)
    assert record["source_type"] == "author", record["why"]


# --- keeping something and refusing access are acts, not speech or denials (§3) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan maintains full diplomatic relations with only 13 countries.",
        "The club maintained a small office in the capital until 2010.",
        "Two reporters were denied access to the court.",
    ],
)
def test_keeping_something_or_refusing_access_is_an_act(text: str) -> None:
    record = row(text)
    assert record["kind"] == "fact", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor maintains his innocence.",
        "The company maintained that it had done nothing wrong.",
    ],
)
def test_maintaining_ones_innocence_or_a_clause_stays_a_denial(text: str) -> None:
    record = row(text)
    assert record["kind"] == "denial", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "We join our other partners named by the government in this action and condemn it.",
        "I prefer the old rules.",
        "The embassy encourages citizens to register online.",
        "The United States urges all parties to return to talks.",
    ],
)
def test_advice_or_a_preference_in_the_speakers_own_name_is_opinion(text: str) -> None:
    record = row(text)
    assert record["kind"] == "opinion", record["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The plan encourages farmers to plant trees, the ministry said.",
        "She encouraged him to apply in 2010.",
    ],
)
def test_a_plans_aim_or_a_past_encouragement_is_no_advice(text: str) -> None:
    record = row(text)
    assert record["kind"] != "opinion", record["why"]


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("An Acme spokesman said the recall covered 3,000 cars.", "anonymous"),
        ("A Boeing spokeswoman said the jet had been inspected.", "anonymous"),
        ("An Interior Ministry spokesperson told reporters the border was open.", "anonymous"),
        ("Two Acme spokesmen said the plant would reopen.", "anonymous"),
        ("Acme spokesman John Smith said the plant would reopen.", "named_person"),
        ("Acme said in a statement that the plant would reopen.", "named_group"),
    ],
)
def test_one_unnamed_spokesperson_is_anonymous_whichever_body(text, source_type):
    """docs/rules.md §6: one unnamed person with 'a' or a number is anonymous even when speaking
    for a named body; a name decides; the body speaking is a named group."""
    assert row(text)["source_type"] == source_type
