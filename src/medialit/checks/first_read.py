"""Checks for exercise 01, first read: the article as a table of sentences."""

from __future__ import annotations

from typing import Any

from medialit.checks import frame, make_check, number, sentences, series


def _n_sentences() -> Any:
    return len(sentences())


def _lede() -> Any:
    table = sentences()
    return table[table["paragraph"] == 1]


def _per_paragraph() -> Any:
    return sentences()["paragraph"].value_counts().sort_index()


def _mentions_iran() -> Any:
    table = sentences()
    return table[table["text"].str.contains("Iran")][["id", "text"]]


ex1 = make_check(
    1,
    _n_sentences,
    number(hint="Every row of `sentences` is one sentence: count the rows."),
    task="how many sentences the article has",
    praise="The headline counts as a sentence too.",
)
ex2 = make_check(
    2,
    _lede,
    frame(key="id", filter_hint="Paragraph 0 is the headline; the first paragraph after it is 1."),
    task="the sentences of paragraph 1, all columns",
    praise="Journalists call this first paragraph the lede: it should hold the main news.",
)
ex3 = make_check(
    3,
    _per_paragraph,
    series(
        ordered=True,
        by_values=False,
        order_hint="Put the paragraphs in number order with `.sort_index()`.",
    ),
    task="how many sentences each paragraph has, in paragraph order",
    praise="Short paragraphs are typical of news agency copy.",
)
ex4 = make_check(
    4,
    _mentions_iran,
    frame(
        key="id",
        filter_hint='`.str.contains("Iran")` finds the word anywhere in the text; mind the '
        "capital I.",
    ),
    task="the sentences that mention Iran: columns id and text",
    praise="Iran is in the headline, but who says what about Iran?",
)
