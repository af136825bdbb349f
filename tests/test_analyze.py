"""The statement analyzer: splitting, speakers, hedges, judgements and denials, by the rules.

Every text here is written for the test, or quoted from the public-domain (VOA) and CC BY
(Wikinews) articles of the dev corpus; the court sentence follows Wikinews, "Berlin court
repeals preliminary injunction against Wikimedia Germany" (CC BY 2.5,
en.wikinews.org, the article of that name). Articles 04-06 of the corpus are evaluation
only: their text never appears in this file; the corpus test reads them at run time, if present.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from analyzer_rows import row

import medialit
from medialit import _analyze
from medialit._analyze import (
    COLUMNS,
    analyze,
    analyze_records,
    compare,
    offsets,
    split_sentences,
)
from medialit._course import load_article
from medialit._data import EVIDENCE, KINDS, SOURCE_TYPES

CORPUS = Path(os.environ.get("MEDIALIT_CORPUS", Path(__file__).parents[2] / "shared" / "corpus"))


# --- sentences -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # a quote closing with ." ends its sentence; ," never does
            'Officials met on Monday. "We agreed on a plan." The talks will resume.',
            ["Officials met on Monday.", '"We agreed on a plan."', "The talks will resume."],
        ),
        (
            '"We are ready," the mayor said. "The roads are clear."',
            ['"We are ready," the mayor said.', '"The roads are clear."'],
        ),
        (  # abbreviations: U.S., Gen., Jan., Mr., initials
            "Gen. Lee met U.S. officials on Jan. 5 in Washington. Mr. John F. Smith was there.",
            [
                "Gen. Lee met U.S. officials on Jan. 5 in Washington.",
                "Mr. John F. Smith was there.",
            ],
        ),
        (  # a sentence that ends with U.S. before a typical opener
            "The company moved to the U.S. The move took a year.",
            ["The company moved to the U.S.", "The move took a year."],
        ),
        (  # a dateline stays with its sentence
            "PARIS (AP) \u2014 Workers went on strike. Trains stopped.",
            ["PARIS (AP) \u2014 Workers went on strike.", "Trains stopped."],
        ),
        (  # curly quotes, attribution after the quote
            "\u201cIt is over,\u201d she said. \u201cWe lost.\u201d",
            ["\u201cIt is over,\u201d she said.", "\u201cWe lost.\u201d"],
        ),
        ("Prices rose 2.5 percent. Wages did not.", ["Prices rose 2.5 percent.", "Wages did not."]),
    ],
)
def test_sentences_of_news_copy(paragraph: str, expected: list[str]) -> None:
    """Does the splitter keep quotes, abbreviations and datelines whole, and split the rest?"""
    assert split_sentences(paragraph) == expected


def test_headline_without_full_stop_is_its_own_statement() -> None:
    """Is a headline without a full stop one statement, in paragraph 0, before the body?"""
    rows = analyze_records("Storm hits coast\n\nThe storm hit the coast on Monday. Roads closed.")
    assert [(r["paragraph"], r["text"]) for r in rows] == [
        (0, "Storm hits coast"),
        (1, "The storm hit the coast on Monday."),
        (1, "Roads closed."),
    ]


def test_lines_are_paragraphs_when_no_line_is_blank() -> None:
    """Does pasted text with single line breaks still give a headline and paragraphs?"""
    rows = analyze_records("Storm hits coast\nThe storm hit the coast.\nRoads closed.")
    assert [r["paragraph"] for r in rows] == [0, 1, 2]


def test_the_course_article_splits_into_its_24_sentences() -> None:
    """Does the analyzer find the 24 sentences tests/test_article.py pins, with their ids?"""
    article = load_article()
    rows = analyze_records(article.text)
    sentences: dict[str, str] = {}
    for record in rows:
        sentences.setdefault(str(record["sentence"]), "")
        sentences[str(record["sentence"])] += " " + str(record["text"])
    pinned = article.sentences
    assert list(sentences) == list(pinned["id"])
    for sid, text in zip(pinned["id"], pinned["text"], strict=True):
        assert sentences[sid].strip() == text


# --- the table -------------------------------------------------------------------------------

SAMPLE = (
    "Council approves new bridge\n\n"
    'The council approved the bridge on Tuesday. "It will change the town," Mayor Ann Lee said. '
    '"Traffic will probably fall." Critics say the cost is too high.\n\n'
    "The builder denied that it had overcharged the town."
)


def test_the_table_has_the_statements_schema_plus_why() -> None:
    """Are the columns, types and vocabularies those of statements.csv, plus `why`?"""
    table = analyze(SAMPLE)
    assert tuple(table.columns) == COLUMNS
    assert table["paragraph"].dtype == "int64" and table["checkable"].dtype == bool
    assert set(table["kind"]) <= set(KINDS)
    assert set(table["source_type"]) <= set(SOURCE_TYPES)
    assert set(table["evidence"]) <= set(EVIDENCE)
    assert table["id"].is_unique
    assert (table["also_acceptable"] == "").all()
    for record in table.to_dict("records"):
        assert record["text"] in SAMPLE
        for hedge in filter(None, record["hedges"].split("; ")):
            assert hedge in record["text"]


def test_analyze_is_exported_lazily() -> None:
    """Is `medialit.analyze` the analyzer, listed in the public API?"""
    assert medialit.analyze is analyze
    assert "analyze" in medialit.__all__


def test_a_text_is_required() -> None:
    """Does a wrong argument get a clear TypeError rather than a traceback deep inside?"""
    with pytest.raises(TypeError, match="str"):
        analyze(None)  # type: ignore[arg-type]


def test_same_text_same_table_in_any_process() -> None:
    """Is the analyzer deterministic, even across processes with different hash seeds?"""
    assert analyze(SAMPLE).equals(analyze(SAMPLE))
    code = (
        "import json, sys; from medialit._analyze import analyze_records; "
        "print(json.dumps(analyze_records(sys.stdin.read())))"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code],
            input=SAMPLE,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1] == json.loads(json.dumps(analyze_records(SAMPLE)))


def test_kinds_come_from_the_course_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Is every kind the one `_rules.derive_kind` returns (one place for the rules, not two)?"""
    calls = []
    real = _analyze.derive_kind

    def spy(*args: object, **kwargs: object) -> object:
        derived = real(*args, **kwargs)  # type: ignore[arg-type]
        calls.append(derived.kind)
        return derived

    monkeypatch.setattr(_analyze, "derive_kind", spy)
    kinds = [r["kind"] for r in analyze_records(SAMPLE)]
    assert kinds and all(kind in calls for kind in kinds)


def test_why_names_the_cue_the_source_and_the_kind() -> None:
    """Can a student check the reason: the cue, its class, the source and the kind?"""
    record = row('"It will change the town," Mayor Ann Lee said.')
    assert record["kind"] == "claim"
    assert record["why"] == (
        "cue 'said' (neutral) + source 'Mayor Ann Lee' (named_person), no hedge → claim"
    )
    for record in analyze_records(SAMPLE):
        assert str(record["kind"]) in str(record["why"])


# --- sources ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "source_type"),
    [
        (
            "Kremlin spokesman Dmitry Peskov said the talks had ended.",
            "Kremlin spokesman Dmitry Peskov",
            "named_person",
        ),
        (
            "Two senior Iranian officials said the deal was signed.",
            "Two senior Iranian officials",
            "anonymous",
        ),
        ("According to consistent reports, the plant has closed.", "consistent reports", "vague"),
        ("Experts say the virus is spreading.", "Experts", "anonymous"),  # §6: people
        ("A source in New York said the ships had left.", "A source in New York", "anonymous"),
        (
            "Officials at the ministry said the plan was ready.",
            "Officials at the ministry",
            "named_group",
        ),
        (
            "People close to the ministry said the plan was ready.",
            "People close to the ministry",
            "anonymous",
        ),
        (
            "The World Health Organization said cases had doubled.",
            "The World Health Organization",
            "named_group",
        ),
        ("The rains have stopped.", "the article", "author"),
        ("Hundreds of weapons are said to be on the list.", "no one named", "vague"),
    ],
)
def test_source_as_written_and_its_type(text: str, source: str, source_type: str) -> None:
    """Is the speaker taken as written and typed named, anonymous (described) or vague?"""
    record = row(text)
    assert (record["source"], record["source_type"]) == (source, source_type)


def test_a_pronoun_cue_goes_to_the_last_named_speaker() -> None:
    """Does 'he said' go to the last speaker named, and does the why say so?"""
    text = "Coach Tim Ruiz said the team was tired. He said the players needed rest."
    record = row(text, "He said")
    assert record["source"] == "Coach Tim Ruiz" and record["source_type"] == "named_person"
    assert "'He' = Coach Tim Ruiz" in str(record["why"])


def test_a_quotation_over_several_sentences_belongs_to_its_speaker() -> None:
    """Do the sentences of a long quotation belong to the speaker named at its end (VOA, 01)?"""
    text = (
        '"People want to bury their dead. They want to clean them. And so we are informing '
        'them. Sometimes, in some cases, we are even negotiating burial," said Tolbert.'
    )
    rows = analyze_records(text)
    assert len(rows) == 4
    assert {r["source"] for r in rows} == {"Tolbert"}
    # The course's motive rule (a motive stated flatly is a guess, whoever states it) makes the
    # two "want" sentences speculation; the corpus keys them claim (see docs/analyzer.md).
    assert [r["kind"] for r in rows] == ["speculation", "speculation", "claim", "claim"]
    assert [r["cue"] for r in rows] == ["", "", "", "said"]


def test_a_quotation_after_its_attribution_belongs_to_the_speaker() -> None:
    """Is an unattributed quotation after a quoted speaker that speaker's too?"""
    text = (
        '"We do not know the motive," said Ann Cole, a police spokeswoman. "We are still looking."'
    )
    record = row(text, '"We are still')
    assert record["source"] == "Ann Cole" and record["kind"] == "claim"


# --- hedges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hedges", "kind"),
    [
        ("The virus has killed more than 200 people.", "", "fact"),  # VOA, 01
        ("This outbreak has had about a 70 percent fatality rate.", "", "fact"),  # VOA, 01
        ("At least nine fires burned in two towns.", "", "fact"),
        ("The storm left approximately 3,000 homes without power.", "", "fact"),
        ("Astronomers have found planets that could support life.", "", "fact"),
        ("The bridge, which may be the oldest in Europe, was closed.", "", "fact"),
        ("The talks will probably fail.", "probably", "speculation"),
        ("The fire may have started in the kitchen.", "may", "speculation"),
        ("Monday, Obama and Bush discussed possible aid to the industry.", "", "fact"),  # VOA, 03
        ("Cases have risen since the end of May.", "", "fact"),
    ],
)
def test_only_hedges_of_the_sentence_count(text: str, hedges: str, kind: str) -> None:
    """Are approximators, 'possible aid' and hedges in embedded clauses left out?"""
    record = row(text)
    assert (record["hedges"], record["kind"]) == (hedges, kind)


def test_a_negated_belief_is_a_hedged_claim_not_a_denial() -> None:
    """Is 'police don't believe …' speculation (a belief), not a denial?"""
    record = row("Police don't believe the two fires are linked.")
    assert record["kind"] == "speculation"
    assert record["cue"] == "don't believe"


def test_analysts_with_might_is_speculation() -> None:
    """Does a hedge in what unnamed analysts said give speculation (VOA, 03)? "Analysts" is a
    noun for people: anonymous (docs/rules.md §6), as the practice key has it."""
    record = row(
        "Analysts said General Motors, the largest U.S. car company might go bankrupt "
        "without government help, jeopardizing millions of jobs tied to the industry."
    )
    assert (record["kind"], record["source_type"], record["hedges"]) == (
        "speculation",
        "anonymous",
        "might",
    )


# --- denials, acts, endorsements ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Supreme Court rejected an appeal by the company on Monday.", "fact"),
        ("A judge dismissed the lawsuit against the mayor.", "fact"),
        ("The ministry denied that its troops had crossed the border.", "denial"),
        ("The company rejected the allegations.", "denial"),
        ("The firm said it had done nothing illegal.", "denial"),
        ("The court found that the article does not constitute a breach of his rights.", "denial"),
        ("She said she would reject the results if the count was not repeated.", "claim"),
        ("Police confirmed that two men had been arrested.", "fact"),
    ],
)
def test_denials_are_rejected_claims_not_acts(text: str, kind: str) -> None:
    """Is a rejected appeal an act (fact), a rejected claim a denial, a conditional a claim?"""
    assert row(text)["kind"] == kind


def test_an_act_says_why_it_is_not_a_denial() -> None:
    """Does the why tell a student that rejecting an appeal is a decision, not a denial?"""
    assert "not a denial" in str(row("The court rejects an appeal by the city.")["why"])


# --- opinions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new agency must be funded properly and given more staff.",
        "Schools should teach students to check their sources.",
        "The union called for an end to the cuts.",
        'The lawyer called the decision "arbitrary".',
        "The minister said the plan was unfair to farmers.",
        "Parks should get more money, the council recommended.",
    ],
)
def test_judgements_and_recommendations_are_opinions(text: str) -> None:
    """Is a recommendation or a judgement of value an opinion, even without a cue?"""
    record = row(text)
    assert record["kind"] == "opinion" and record["checkable"] is False


def test_a_recommendation_without_a_cue_has_no_cue() -> None:
    """Does a cue-less recommendation stay in the author's voice with an empty cue?"""
    record = row("The new agency must be funded properly.")
    assert (record["cue"], record["source_type"], record["boosters"]) == ("", "author", "")
    assert "recommendation" in str(record["why"])


def test_flagging_economy_is_not_an_opinion() -> None:
    """Does an evaluative word used as a description leave a checkable fact (VOA, 03)?"""
    assert row("Washington is also working to bolster the flagging economy.")["kind"] == "fact"


# --- the course article and the dev corpus ---------------------------------------------------


def test_agreement_with_the_course_statements() -> None:
    """Does the analyzer agree with statements.csv on at least 26 of its 29 rows (measured)?

    The three it misses are listed in docs/analyzer.md: S15a (a hedge in a comma-set
    relative clause), S19 ("called for", which the rules make a recommendation) and S22b
    (the writer's aside after a reported clause).
    """
    table = medialit.load_statements()
    keys = [{k: str(v) for k, v in row.items()} for row in table.to_dict("records")]
    rows = compare(load_article().text, keys)
    agree = sum(bool(r["agree"]) for r in rows)
    assert {r["id"] for r in rows if not r["agree"]} <= {"S15a", "S19", "S22b"}
    assert agree >= 26, f"{agree} of {len(table)}"


@pytest.mark.skipif(
    not (CORPUS / "annotations.csv").exists(), reason="no development corpus here (MEDIALIT_CORPUS)"
)
def test_kind_agreement_on_the_dev_corpus() -> None:
    """On the dev corpus (read at run time), are kinds and sentence units above the floors? A
    kind scores when the corpus's key or the people's key of the same sentence (the practice
    articles made from 01-03) accepts it, as benchmarks/bench_analyze.py scores it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_analyze", Path(__file__).parents[1] / "benchmarks" / "bench_analyze.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    with (CORPUS / "annotations.csv").open(encoding="utf-8") as handle:
        keys = list(csv.DictReader(handle))
    found = right = 0
    for article in sorted({k["article"] for k in keys}):
        path = next((CORPUS / "articles").glob(f"{article}_*.txt"))
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        records = analyze_records(body)
        starts = list(zip(offsets(body, [str(r["text"]) for r in records]), records, strict=True))
        for key in (k for k in keys if k["article"] == article):
            offset = body.index(key["match"])
            found += any(start == offset for start, _ in starts)
            predicted = [r for start, r in starts if start <= offset][-1]
            right += predicted["kind"] in bench.dev_kinds(key)
    assert found / len(keys) >= 0.98
    assert right / len(keys) >= 0.92


@pytest.mark.parametrize(
    ("text", "start", "source", "kind"),
    [
        (  # the speaker between two halves of a quotation
            '"We are not there yet," Governor Ana Ruiz said, "but prices are falling."',
            '"We are',
            "Governor Ana Ruiz",
            "claim",
        ),
        (  # a participle clause before the speaker
            "Ana Ruiz said rates held. Asked whether cuts could come, she said it was too early.",
            "Asked",
            "Ana Ruiz",
            "claim",
        ),
        (  # a surname alone, after the full name
            "Gov. Ana Ruiz said rates held. Ruiz, who took office in 2022, told us all agreed.",
            "Ruiz,",
            "Gov. Ana Ruiz",
            "claim",
        ),
        (  # the speaker of a relative clause does not speak the sentence
            "The plan, which critics say could cost jobs, was approved on Friday.",
            "The plan",
            "the article",
            "fact",
        ),
        # a question asserts nothing: the author's voice, fact (docs/rules.md §2), no hedge
        ("Will rates fall?\n\nThe bank met on Monday.", "Will", "the article", "fact"),
        ("Analysts expect shares to fall.", "Analysts", "Analysts", "speculation"),
    ],
)
def test_speakers_in_harder_places(text: str, start: str, source: str, kind: str) -> None:
    """Are speakers found mid-quote, after a participle clause, by surname; is a question
    the author's?"""
    record = row(text, start)
    assert (record["source"], record["kind"]) == (source, kind)


@pytest.mark.parametrize(
    ("text", "start", "source", "kind"),
    [
        (
            "The airline, however, disputes the pilots' account.",
            "The airline",
            "The airline",
            "denial",
        ),
        ('The union characterized the offer as "an insult".', "The union", "The union", "opinion"),
        (
            'Ann Cole said it was late. "It is ready," she told us, adding that it was cheap.',
            '"It is',
            "Ann Cole",
            "claim",
        ),
        ("Mayor Ann Cole said the city was not involved.", "Mayor", "Mayor Ann Cole", "claim"),
        ('Mayor Ann Cole said: "We were not involved."', "Mayor", "Mayor Ann Cole", "denial"),
    ],
)
def test_interjections_labels_and_self_denials(
    text: str, start: str, source: str, kind: str
) -> None:
    """Is 'however' no part of a name; a label in quotes a judgement; 'we were not' a denial?"""
    record = row(text, start)
    assert (record["source"], record["kind"]) == (source, kind)


@pytest.mark.parametrize(
    ("text", "kind", "source_type"),
    [
        ("Health officials on Monday refuted rumors of a cholera outbreak.", "denial", "anonymous"),
        ("The ministry said doctors should arrive by Saturday.", "speculation", "named_group"),
        ("Clear communication from the authorities is crucial in a crisis.", "opinion", "author"),
        ("The WHO said it was working with the ministry.", "claim", "named_group"),
        (
            '"We have no cases," Ann Cole, the health minister, told a news conference.',
            "claim",
            "named_person",
        ),
        ("Flood warning confirmed in three towns", "fact", "author"),
    ],
)
def test_more_cues_and_modals(text: str, kind: str, source_type: str) -> None:
    """'refuted' denies; 'should … by Saturday' expects; 'is crucial' judges; names in capitals?"""
    record = row(text)
    assert (record["kind"], record["source_type"]) == (kind, source_type)


def test_progressive_cues_and_a_person_named_in_passing() -> None:
    """Does 'is rejecting' deny, and does 'He told' go to the person the text just named?"""
    text = (
        "The opposition party is rejecting the official results. The party said it would go "
        "to court. Tom Hale is the party's spokesman. He told reporters the count was wrong."
    )
    assert row(text, "The opposition")["kind"] == "denial"
    assert row(text, "He told")["source"] == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "start", "source", "kind"),
    [
        ("The party has claimed victory after the vote.", "The party", "The party", "claim"),
        (
            "But Ann Hale, whose party has ruled for years, claimed on Sunday that all was well.",
            "But",
            "Ann Hale",
            "claim",
        ),
        ("Official results on Monday said turnout was high.", "Official", None, "claim"),
        ('Ann Hale called it "fraud", disputing the count.', "Ann", "Ann Hale", "opinion"),
    ],
)
def test_claimed_objects_whose_clauses_documents(
    text: str, start: str, source: str | None, kind: str
) -> None:
    """'claimed victory' attributes; 'whose …' is no part of the name; results speak (named)?"""
    record = row(text, start)
    assert record["kind"] == kind
    assert record["source"] == (source or record["source"])
    assert record["source_type"] != "author"


@pytest.mark.parametrize(
    ("text", "kind", "source_type"),
    [
        ("Bees can count to four, a study finds.", "claim", "named_group"),
        ("Whales sing to find food, researchers report.", "claim", "anonymous"),
        ("Old stars may look young, astronomers say.", "speculation", "anonymous"),
        (
            "Dust storms shaped the valley, says a report to appear in a journal.",
            "claim",
            "named_group",
        ),
        ("Glaciers are melting faster, NASA scientists say.", "claim", "named_group"),
        ("Astronomers have reported finding six new planets.", "claim", "anonymous"),
        ("New research claims to explain the effect.", "claim", "anonymous"),
        (
            "Farmers who work long hours also may sleep less, a survey suggests.",
            "speculation",
            "named_group",
        ),
    ],
)
def test_science_news_attribution_at_the_end(text: str, kind: str, source_type: str) -> None:
    """Does '…, a study finds.' attribute, and does 'to appear' in a source hedge nothing?"""
    record = row(text)
    assert (record["kind"], record["source_type"]) == (kind, source_type)


def test_report_as_a_noun_is_no_cue() -> None:
    """Does 'the report said' keep 'report' as the speaker, not as the verb?"""
    assert row('"The data are thin," the report said.')["source"] == "the report"


def test_requests_and_generic_words_after_a_named_group() -> None:
    """Is 'asked that anyone come forward' a request (opinion), and 'Police' no surname?"""
    text = (
        "City police say they have made an arrest. Police say the man lived nearby. "
        "Prosecutors asked that anyone who knows him come forward with what may help."
    )
    assert row(text, "Police say")["source"] == "Police"
    assert row(text, "Prosecutors")["kind"] == "opinion"


def test_compare_lines_the_analyzer_up_with_a_key() -> None:
    """Does `compare` find the analyzer's statement for each key row and judge agreement?"""
    text = "Storm hits coast\n\nThe storm hit the coast. Officials said it may return."
    key = [
        {"id": "S01", "text": "Storm hits coast", "kind": "fact"},
        {"id": "S02", "text": "The storm hit the coast.", "kind": "claim"},
        {"id": "S03", "text": "Officials said it may return.", "kind": "claim",
         "also_acceptable": "speculation"},
    ]  # fmt: skip
    rows = compare(text, key)
    assert [(r["id"], r["predicted_kind"], r["agree"]) for r in rows] == [
        ("S01", "fact", True),
        ("S02", "fact", False),
        ("S03", "speculation", True),
    ]
    with pytest.raises(ValueError, match="substring"):
        compare(text, [{"text": "not in the text", "kind": "fact"}])


def test_company_suffix_ends_a_sentence_before_a_quote() -> None:
    """Does 'Acme Inc.' end a sentence before a quotation, but not inside a name?"""
    assert split_sentences('It paid Acme Inc. "We agreed," he said.') == [
        "It paid Acme Inc.",
        '"We agreed," he said.',
    ]
    assert split_sentences("Acme Inc. chief Ann Lee spoke.") == ["Acme Inc. chief Ann Lee spoke."]


def test_should_have_been_judges() -> None:
    """Is 'should have been stronger' a judgement (opinion), while 'must have left' is not?"""
    assert row("Ann Lee said sales should have been stronger.")["kind"] == "opinion"
    assert row("Ann Lee said the thief must have left early.")["kind"] == "claim"


# --- size, odd input and time in proportion to length (issue 25 section 4) -------------------


def test_text_over_the_size_cap_is_refused_with_a_plain_message() -> None:
    """Is a text over 2 MB refused before any work, with a message saying what to do?"""
    from medialit.analyzer import MAX_TEXT_BYTES

    too_big = "The council met. " * (MAX_TEXT_BYTES // 17 + 1)
    for reader in (analyze, analyze_records):
        with pytest.raises(ValueError, match=r"at most 2 MB") as caught:
            reader(too_big)
        assert "one article at a time" in str(caught.value)
    # bytes, not characters: 700,000 three-byte characters are 2.1 MB
    with pytest.raises(ValueError, match=r"2\.1 MB"):
        analyze_records("\u20ac" * 700_000)
    with pytest.raises(TypeError, match="as a str"):
        analyze_records(b"bytes")  # type: ignore[arg-type]


def test_html_and_text_not_in_english_are_warned_about_not_refused() -> None:
    """Does a web page's HTML, or a text in French, give a plain warning and still a table?"""
    page = (
        "<!DOCTYPE html><html><body><div class='story'><p>The council approved the bridge on "
        "Monday, officials said.</p><p>Work starts in May.</p></div></body></html>"
    )
    with pytest.warns(_analyze.TextWarning, match="web page's code"):
        assert analyze_records(page)
    french = (
        "Le gouvernement a annoncé lundi une nouvelle loi sur la presse. Selon le ministre, la "
        "réforme doit entrer en vigueur le mois prochain, mais les syndicats de journalistes "
        "ont dénoncé un texte qui menace la liberté de la presse et ont appelé à une grève."
    )
    with pytest.warns(_analyze.TextWarning, match="does not look like English"):
        assert len(analyze(french)) >= 2


def test_english_news_copy_gives_no_warning() -> None:
    """Does the course's article (English news, some HTML-like words) pass without warning?"""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        analyze_records(load_article().text)
        analyze_records("Storm hits coast\n\nThe storm hit the coast on Monday. Roads closed.")
        analyze_records("The score was 3<4 and a <b> tag is bold text in a web page, he said.")


def test_a_sentence_without_end_is_cut_into_units_of_bounded_length() -> None:
    """Is a run-on "sentence" cut into units no longer than the cap, after a comma where one
    is near, each an exact piece of the text, so the analyzer's time grows with the length?"""
    from medialit._article import MAX_SENTENCE_CHARS

    text = "the council said it may meet again, " * 300 + "and it did"
    units = split_sentences(text)
    assert len(units) > 1
    assert all(len(u) <= MAX_SENTENCE_CHARS for u in units)
    assert all(u.endswith(",") for u in units[:-1])  # cut after a comma
    assert " ".join(units) == text
    rows = analyze_records(text)
    assert [r["text"] for r in rows] == units
    assert split_sentences("x" * (2 * MAX_SENTENCE_CHARS + 5)) == [
        "x" * MAX_SENTENCE_CHARS,
        "x" * MAX_SENTENCE_CHARS,
        "x" * 5,
    ]


def test_a_sentence_of_many_pieces_gets_an_id_for_each() -> None:
    """Does a unit split into more than ten pieces give each its own id (no letters run out)?"""
    text = "Prices rose, but it may rain, but " * 15 + "it ended."
    ids = [r["id"] for r in analyze_records(text)]
    assert len(ids) == 31 and len(set(ids)) == len(ids)
    assert ids[:2] == ["S01a", "S01b"] and ids[25:28] == ["S01z", "S01aa", "S01ab"]


def test_long_runs_of_stops_and_abbreviations_keep_their_sentences() -> None:
    """Do a long run of full stops and many abbreviations in a row split as short ones do?"""
    assert split_sentences("Wait" + "." * 1000 + " Then go.") == ["Wait" + "." * 1000, "Then go."]
    text = "They met " + "Gen. " * 2000 + "Lee. He left."
    assert split_sentences(text)[-1] == "He left."


# ---- issue 25 section 2: rule classes that failed on unseen text (made-up sentences) ------


@pytest.mark.parametrize(
    "text",
    [
        "A senior European official familiar with the negotiations said the talks had stalled.",
        "Three engineers who worked on the project said the bridge was finished in May.",
        "A ministry spokesman, speaking on condition of anonymity, said the plant had closed.",
        "Two Belgian diplomats told reporters the meeting had been moved to Brussels.",
        "A local farmer who asked not to be named said the river flooded twice last year.",
    ],
)
def test_an_unnamed_person_described_by_role_is_anonymous(text: str) -> None:
    assert row(text)["source_type"] == "anonymous", row(text)["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The company insists it did nothing wrong.",
        "The minister maintains that no payment took place.",
        "A spokesman for the club said there was no truth to the report.",
        "The club still says it never paid the player.",
        "The mayor maintains his innocence.",
        "The bank insisted that it had done nothing improper.",
    ],
)
def test_a_denial_without_a_denial_verb(text: str) -> None:
    assert row(text)["kind"] == "denial", row(text)["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The suspect is thought to have fled the country.",
        "The minister reportedly resigned on Friday.",
        "Prices are likely to rise next month.",
        "The central bank is expected to cut its rates.",
        "The plan appears to have failed.",
        "The singer is believed to be living in Spain.",
    ],
)
def test_hedges_in_reporting(text: str) -> None:
    assert row(text)["kind"] == "speculation", row(text)["why"]


@pytest.mark.parametrize(
    "headline, kind",
    [
        ("Council slams mayor over pool closure", "claim"),
        ("Teachers criticise new exam targets", "claim"),
        ("Unions blast pension plan", "claim"),
        ("Minister reportedly set to resign", "speculation"),
        ("Storm thought to have killed dozens", "speculation"),
        ("Court repeals injunction", "fact"),
    ],
)
def test_headlines_judged_as_headlines(headline: str, kind: str) -> None:
    first = analyze_records(f"{headline}\n\nThe text follows.")[0]
    assert first["kind"] == kind, first["why"]
    if kind == "claim":  # someone's criticism: the critics speak, not the author
        assert first["source_type"] != "author", first["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is hoping to win re-election.",
        "The company wants to expand into Asia.",
        "The city plans to build a new bridge.",
        "The group aims to raise one million dollars.",
        "The government intends to sell the airline.",
    ],
)
def test_wishes_and_intentions_are_speculation(text: str) -> None:
    assert row(text)["kind"] == "speculation", row(text)["why"]


def test_a_wish_said_of_oneself_is_speculation_with_claim_accepted() -> None:
    record = row('"I want to win this race," she said.')
    assert record["kind"] == "speculation", record["why"]
    assert "claim" in str(record["also_acceptable"]).split(";")


@pytest.mark.parametrize(
    "text, source_type",
    [
        ("The city council on Monday voted to close the pool.", "author"),
        ("In Geneva, the talks resumed after a week.", "author"),
        ("On Tuesday morning, the river rose by two metres.", "author"),
        ("In Geneva, diplomats said the talks would resume.", "anonymous"),
        ("The city council on Monday said the pool would close.", "named_group"),
    ],
)
def test_times_places_and_bodies_meeting_are_not_speakers(text: str, source_type: str) -> None:
    assert row(text)["source_type"] == source_type, row(text)["why"]


def test_a_quotation_attributed_after_it_or_in_the_next_sentence() -> None:
    rows = analyze_records(
        "A headline\n\n"
        '"Sales fell sharply this spring. We expect a recovery," said Maria Lopez, the chief '
        "executive.\n\n"
        '"The factory will stay open." Tom Reed, the plant manager, told reporters on Monday.'
    )
    sales = next(r for r in rows if str(r["text"]).startswith('"Sales'))
    factory = next(r for r in rows if str(r["text"]).startswith('"The factory'))
    assert sales["source"] == "Maria Lopez", sales["why"]
    assert str(factory["source"]).startswith("Tom Reed"), factory["why"]


@pytest.mark.parametrize(
    "text",
    [
        "The ban is a disgrace, the group said.",
        "It is time to end the subsidies.",
        '"The government should resign," he said.',
        "Conditions continue to be abysmal under the illegitimate regime.",
        '"This is the lowest the country has sunk in terms of press freedom," she said.',
        "Press freedom advocates say the government has gone too far.",
        "The new law is unfair and must be repealed.",
    ],
)
def test_opinions_in_reported_speech_and_editorials(text: str) -> None:
    assert row(text)["kind"] == "opinion", row(text)["why"]


@pytest.mark.parametrize(
    "text, source, source_type",
    [
        ("Prices rose by five percent last year, the BBC reported.", "the BBC", "named_group"),
        (
            "Prices rose by five percent, according to a report by the central bank.",
            "the central bank",
            "named_group",
        ),
        (
            "Ten people died in the fire, Radio Free Asia reported.",
            "Radio Free Asia",
            "named_group",
        ),
    ],
)
def test_a_reporter_at_the_end_is_the_source(text: str, source: str, source_type: str) -> None:
    record = row(text)
    assert record["kind"] == "claim", record["why"]
    assert source in str(record["source"]), record["why"]
    assert record["source_type"] == source_type, record["why"]
