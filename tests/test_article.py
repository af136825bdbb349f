"""The article as data: the de-duplicated text, its paragraphs and its 24 sentences."""

# The pinned sentences are quoted whole, so they cannot wrap at 100 characters.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from medialit._article import parse_article, split_sentences
from medialit._course import load_article

# Generated once from the splitter's output, then checked sentence by sentence against
# ../shared/article/kremlin-iran-weapons.txt by eye. Other files refer to these ids.
EXPECTED = [
    ("S01", 0, "Kremlin wants more Iran weapons: Moscow is probably ordering hundreds of drones and missiles"),
    ("S02", 1, "For weeks, Russia has been attacking Ukraine's infrastructure with kamikaze drones and missiles made by Iran."),
    ("S03", 1, "According to diplomats, Moscow is now trying to get supplies."),
    ("S04", 1, "Hundreds of weapons are said to be on the Kremlin's shopping list."),
    ("S05", 2, "According to diplomats, Russia has again ordered hundreds of drones and ballistic missiles from Iran."),
    ("S06", 2, '"We know that Iran is planning to significantly increase its deliveries of unmanned aerial vehicles and missiles to Russia," sources at the United Nations said in New York.'),
    ("S07", 2, "Moscow wants to counteract the acute shortage of military supplies."),
    ("S08", 2, "There are several hundred projectiles and hundreds of drones."),
    ("S09", 2, '"I don\'t think they\'ve shipped yet, but they\'re definitely on the order books," a source in New York said.'),
    ("S10", 3, "According to consistent reports, Iran had already sent drones to Russia in August, which can be used, for example, to attack military objects such as radar systems and artillery."),
    ("S11", 3, "A few weeks later, Russian forces repeatedly attacked targets in Ukraine with Iranian Shahed 136 kamikaze drones, which crashed at high speed and caused extensive damage."),
    ("S12", 3, "The EU states then imposed additional sanctions on Iran, which had already been subject to a number of punitive measures."),
    ("S13", 4, "At first it was not clear how exactly Russia could show its appreciation for the war aid given to the leadership in Tehran."),
    ("S14", 4, 'According to diplomatic circles, it is less about money and more about military aid: "There will probably be a much deeper defense cooperation - with massive effects on the security of the region."'),
    ("S15", 5, "The influential regional power Iran, with which another international nuclear agreement is becoming increasingly unlikely, has recently continued to upgrade its nuclear power."),
    ("S16", 5, "Ukrainian President Volodymyr Zelenskyy suggested that the nuclear power Russia could help Iran in its nuclear program in return for the weapons."),
    ("S17", 5, "According to Zelenskyj, the Russian army is also instructed by Iranians when using the drones."),
    ("S18", 6, "A UN Security Council resolution passed after the 2015 nuclear deal with Iran bans Iran from such arms deals."),
    ("S19", 6, "The United States, Britain, France and Germany called for a United Nations investigation into Iranian-armed attacks in Ukraine in October."),
    ("S20", 6, "Zelenskyy accused Iran of supporting the Russian war of destruction against the infrastructure and energy facilities in his country."),
    ("S21", 7, "The leaders in Moscow and Tehran officially deny that Iranian drones are being used in Ukraine."),
    ("S22", 7, "However, Russian military experts also said in the state media that these are unmanned aircraft of Iranian design, which Russia is using in Ukraine under the name Geran - in English: geranium."),
    ("S23", 7, "Pieces of debris discovered on the ground also seem to indicate this."),
    ("S24", 7, "Russia and Iran have long cooperated militarily."),
]  # fmt: skip


def test_all_sentences_pinned() -> None:
    """Are the 24 sentences, their ids and paragraphs exactly the ones other files refer to?"""
    rows = [tuple(row) for row in load_article().sentences.itertuples(index=False)]
    assert rows == EXPECTED


def test_sentences_are_substrings_of_the_text() -> None:
    """Is every sentence an exact piece of the article text?"""
    article = load_article()
    for sid, _, text in EXPECTED:
        assert text in article.text, sid
        assert article.sentence(sid) == text


def test_paragraph_zero_is_the_headline() -> None:
    """Is paragraph 0 the headline, and is it one sentence despite its colon?"""
    article = load_article()
    assert article.headline == article.paragraphs[0] == EXPECTED[0][2]
    assert len(article.paragraphs) == 8
    sentences = article.sentences
    assert list(sentences.loc[sentences["paragraph"] == 0, "id"]) == ["S01"]


def test_text_is_deduplicated() -> None:
    """Does the packaged text hold the headline and the first sentence only once?"""
    text = load_article().text
    assert text.count(EXPECTED[0][2]) == 1
    assert text.count(EXPECTED[1][2]) == 1


def test_unknown_sentence_id_names_the_range() -> None:
    """Does asking for a sentence that does not exist say which ids do?"""
    with pytest.raises(KeyError, match="S01 to S24"):
        load_article().sentence("S25")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A quote closing with '."' stays with its sentence.
        ('He said "we go." Then he left.', ['He said "we go."', "Then he left."]),
        # A quote closing with '," ...' is not a sentence end.
        ('"We know it," a source said. Next one.', ['"We know it," a source said.', "Next one."]),
        # Abbreviations followed by a capital letter do not split.
        ("The U.S. Army came. Mr. Smith left.", ["The U.S. Army came.", "Mr. Smith left."]),
        # A sentence may begin with an opening quote.
        ('It ended. "Never again," she said.', ["It ended.", '"Never again," she said.']),
        # Lower case after a period is no boundary; question marks are.
        ("Is it 3 p.m. now? Yes.", ["Is it 3 p.m. now?", "Yes."]),
        ("One sentence only", ["One sentence only"]),
    ],
)
def test_splitter_edge_cases(paragraph: str, expected: list[str]) -> None:
    """Does the splitter keep quotes and abbreviations with their sentence?"""
    assert split_sentences(paragraph) == expected


def test_headline_with_colon_and_period_is_one_sentence() -> None:
    """Is a headline never split, even when it holds a colon or a full stop?"""
    article = parse_article("Head: Part one. Part Two\n\nBody one. Body two.\n")
    assert list(article.sentences["text"]) == ["Head: Part one. Part Two", "Body one.", "Body two."]
    assert list(article.sentences["paragraph"]) == [0, 1, 1]
    assert list(article.sentences["id"]) == ["S01", "S02", "S03"]


def test_a_sentence_is_a_plain_string_that_shows_as_an_escaped_quotation():
    """Is article.sentence() the exact text, shown in a notebook as an escaped block quote?"""
    article = load_article()
    sentence = article.sentence("S09")
    assert sentence == article.sentences.set_index("id").loc["S09", "text"]
    assert type(str(sentence)) is str and sentence.id == "S09"
    shown = sentence._repr_html_()
    assert shown.startswith("<blockquote") and "<b>S09</b>" in shown
    assert "&quot;I don&#x27;t think" in shown


def test_show_table_lays_out_a_table_for_reading():
    """Does show_table put the id index in a column, hide row numbers and format dates?"""
    import medialit

    timeline = medialit.load_timeline()
    html = medialit.show_table(timeline.head(3)).to_html()
    assert "text-align: left" in html
    first = timeline["date"].iloc[0].strftime("%d %b %Y")
    assert first in html and "00:00:00" not in html
    ids = medialit.show_table(medialit.load_statements().set_index("id").head(2)).to_html()
    assert ">id<" in ids and "S01a" in ids


def test_one_splitter_and_one_abbreviation_list_for_article_and_analyzer():
    """Do the article and the analyzer split with the same function, and does no abbreviation
    of data/abbreviations.csv end a sentence before an ordinary word?"""
    from medialit import _analyze, _article

    assert _analyze.split_sentences is _article.split_sentences
    assert _analyze.split_paragraphs is _article.split_paragraphs
    listed = _article.abbreviations()
    assert {"Mr.", "U.S.", "Calif.", "Inc."} <= listed["abbreviation"]
    for word in sorted(listed["abbreviation"]):
        assert split_sentences(f"They met {word} Lee there. Then they left.") == [
            f"They met {word} Lee there.",
            "Then they left.",
        ], word


def test_dotted_initials_and_name_suffixes():
    """'C.L. Gammon' is one name; a name's suffix closes it before a new sentence."""
    assert split_sentences(
        "The party nominated Bill Bayes and C.L. Gammon for office. It won."
    ) == [
        "The party nominated Bill Bayes and C.L. Gammon for office.",
        "It won.",
    ]
    assert split_sentences("It is named after James H. Madsen Jr. Scientists believe it.") == [
        "It is named after James H. Madsen Jr.",
        "Scientists believe it.",
    ]
    assert split_sentences("Martin Jr., his son, spoke. He left.") == [
        "Martin Jr., his son, spoke.",
        "He left.",
    ]


def test_a_text_without_a_headline_splits_its_first_paragraph():
    """A first paragraph of sentences (no headline) is split; a headline stays one unit."""
    body = parse_article("Prices rose. Wages fell.\n\nThey said so.")
    assert [text for _, _, text in body.sentence_rows] == [
        "Prices rose.",
        "Wages fell.",
        "They said so.",
    ]
    headline = parse_article("Court repeals injunction. Wikimedia wins\n\nThe court ruled.")
    assert headline.sentence_rows[0][2] == "Court repeals injunction. Wikimedia wins"
