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
