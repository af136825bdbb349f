"""Text that states a label must say what the data says: no drift.

The course states a statement's kind, status or evidence in many places besides the data:
the teacher's briefing, the teaching guide, the glossary, the rulebook's examples
(docs/rules.md), every lesson's and exercise's
text, what the exercise checks say, every question bank's prompts and feedback, and each
statement's own explanation. The data (statements.csv for kind and evidence,
context.csv for status) is the one place a label is decided; everything else must follow it.
This module reads those texts and checks every label they state against the data, so a
changed label fails here until every text that states it is changed.

What counts as stating a label. Each text is cut into paragraphs, list items and table rows,
and those into sentences. A sentence naming one statement id (S01a, S10, S22b; a sentence id
such as S09 stands for all its rows) speaks of that id; a sentence naming several is cut at
";" and ",", each part speaking of the ids it names or else of those of the part before it;
a sentence naming none speaks of the ids the last sentence with ids named, within the same
paragraph, item or row ("S15b ... **Status: corroborated.**"). Every

- kind word (fact, claim, denial, speculation, opinion, and their plurals),
- status word (corroborated, partly corroborated, official claim / official_claim,
  anonymous claim / anonymous_claim, disputed, contradicted, unverified), and
- evidence word (testimony, document, physical evidence, official record / official_record)

must fit the data of every id it speaks of: for a kind, the row's kind or one of its
`also_acceptable` kinds; for a status, its status at publication or later; for evidence, its
`evidence` value. In a question bank, a question about one statement (`statement:` or
`sentence:`) speaks of it in its keyed options, their feedback and its reasons, and a
confidence item or a sort's feedback speaks of its own statement.

The marker convention, for text that names a label a statement does NOT have:

- **negation**: a negation just before the word ("not", "never", "no", "nor", "rather
  than", "instead of", "n't", with "a", "as", "just" ... between), or "neither" anywhere
  before it in the clause: ``not a fact``;
- **quotation**: a label inside double quotes or backticks is a quotation (a quiz option the
  guide quotes, someone's words), not the text's own statement: ``students who answer "fact"``;
- **someone else's label**: "the machine says opinion", "I say speculation", "readers call it
  claim" report a label someone else gives;
- **a question** ("Is this a fact?") states nothing;
- **fixed phrases** (``NOT_A_LABEL``) that are not labels: "in fact", "unverified here" (the
  course's words for a detail no source settles), "rejects a claim" (what a denial does) and
  "that they deny it is a fact" (the outer layer of "X said Y");
- in a bank, **wrong options** and the statuses a search also **accepts** are answers the key
  quotes: they are checked only where they name an id themselves.

The only list is ``OTHER_ARTICLE``: questions whose ids belong to another article (the
student's own, a practice one). There is no list of allowed sentences.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from course_edits import edit_statement

import medialit
from medialit._course import load_course

ROOT = Path(__file__).resolve().parents[1]
DOCS = [
    ROOT / "docs" / name for name in ("briefing.md", "teaching-guide.md", "glossary.md", "rules.md")
]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted(
    (ROOT / "solutions").glob("*.ipynb")
)
CHECKS = sorted((ROOT / "src" / "medialit" / "checks").glob("*.py"))
MIN_LABELS_STATED = 120  # labels stated next to an id across the texts (160 in Dec 2026)

STATEMENT_ID = re.compile(r"(?<![\w/-])S(\d\d)([a-z]?)(?![\w-])")
KIND_WORDS = {
    "fact": "fact",
    "facts": "fact",
    "claim": "claim",
    "claims": "claim",
    "denial": "denial",
    "denials": "denial",
    "speculation": "speculation",
    "speculations": "speculation",
    "opinion": "opinion",
    "opinions": "opinion",
}
STATUS_WORDS = {
    "partly corroborated": "partly_corroborated",
    "partly_corroborated": "partly_corroborated",
    "corroborated": "corroborated",
    "official claims": "official_claim",
    "official claim": "official_claim",
    "official_claim": "official_claim",
    "anonymous claims": "anonymous_claim",
    "anonymous claim": "anonymous_claim",
    "anonymous_claim": "anonymous_claim",
    "disputed": "disputed",
    "contradicted": "contradicted",
    "unverified": "unverified",
}
EVIDENCE_WORDS = {
    "testimony": "testimony",
    "document": "document",
    "physical evidence": "physical",
    "physical": "physical",
    "official records": "official_record",
    "official record": "official_record",
    "official_record": "official_record",
}
LABEL = re.compile(
    r"(?<![\w-])("
    + "|".join(
        re.escape(w)
        for w in sorted({*KIND_WORDS, *STATUS_WORDS, *EVIDENCE_WORDS}, key=len, reverse=True)
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"(?:\bnot|\bnever|\bno|\bnor|\bnot yet|\brather than|\binstead of|n't)"
    r"(?:\s+(?:a|an|the|as|be|been|just|only|simply|quite|yet|one|even|merely))*\s*[\"*_(]*$"
    r"|\bneither\b",
    re.IGNORECASE,
)
NOT_A_LABEL = re.compile(
    r"\bin fact\b|\breject\w* (?:a|the|this|that|any) claims?\b|\bunverified here\b"
    r"|\bthat (?:they|he|she|the \w+) (?:deny|denies|said|"
    r"says|suggested|accused)\b[^.;]*?\bis a fact\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"\*\"[^\"]*\"\*|`[^`]*`|\"[^\"]*\"|\u201c[^\u201d]*\u201d", re.DOTALL)
# A label someone else gives (the machine, a student, a reader): reported, not stated.
REPORTED = re.compile(
    r"\b(?:machine|analyzer|students?|readers?|I|you)\s+(?:says?|said|calls?|called|chose|"
    r"choose|gives?|picks?|labels?)\s+(?:it\s+|this\s+|them\s+)?(?:an?\s+)?\w+",
    re.IGNORECASE,
)
# Questions whose statement ids are another article's (the student's own, a practice one).
OTHER_ARTICLE = {
    "quizzes/your-own-article.yaml own-correction",
    "quizzes/your-own-article.yaml exercise-machine-wrong",
}


@dataclass(frozen=True)
class Labels:
    """What the data says about one statement id."""

    kinds: frozenset[str]
    statuses: frozenset[str]
    evidence: frozenset[str]


def data_labels(folder: Path) -> dict[str, Labels]:
    """{statement id: its labels} from a course folder's statements.csv and context.csv."""
    course = load_course(folder)
    status: dict[str, set[str]] = {}
    for row in course.context().to_dict("records"):
        status[row["statement_id"]] = {
            str(row["status_at_publication"]),
            str(row["status_later"]),
        }
    out = {}
    for row in course.statements().to_dict("records"):
        kinds = {row["kind"], *filter(None, str(row["also_acceptable"]).split("; "))}
        out[row["id"]] = Labels(
            frozenset(kinds), frozenset(status.get(row["id"], set())), frozenset({row["evidence"]})
        )
    return out


def ids_in(piece: str, labels: dict[str, Labels]) -> list[str]:
    """The statement ids a piece of text names; a sentence id (S09) stands for its rows."""
    found = []
    for match in STATEMENT_ID.finditer(piece):
        sid = f"S{match.group(1)}{match.group(2)}"
        rows = [sid] if sid in labels else [s for s in labels if s[:3] == sid and len(s) == 4]
        found += [s for s in rows if s not in found]
    return found


BLOCK_END = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*] |\d+\. |\||#))")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"*)]*\s+(?=[\"*(_]*[A-Z0-9])|\|")


def blocks(text: str) -> list[list[str]]:
    """Paragraphs, list items and table rows, each cut into sentences (and table cells),
    with line breaks inside them as spaces."""
    out = []
    for block in BLOCK_END.split(text):
        sentences = [" ".join(p.split()) for p in SENTENCE_END.split(block) if p and p.strip()]
        if sentences:
            out.append(sentences)
    return out


def clauses(text: str, labels: dict[str, Labels]) -> list[tuple[str, str, list[str]]]:
    """(clause, its sentence, the ids it belongs to) for every clause of a text.

    A sentence naming one id is one clause. A sentence naming several is cut at ";" and ",":
    each part belongs to the ids it names, or else to those of the part before it (parts
    before the first id belong to none: "6 corroborated; S02 unverified" counts, it does not
    label S02). A sentence naming no id belongs to every id
    the last sentence naming any named, in the same paragraph, list item or table row, so
    "S15b ... **Status: corroborated.**" is read as a status of S15b."""
    out: list[tuple[str, str, list[str]]] = []
    for block in blocks(text):
        current: list[str] = []
        for sentence in block:
            named = ids_in(sentence, labels)
            if len(named) <= 1:
                current = named or current
                out.append((sentence, sentence, current))
                continue
            parts = re.split(r"[;,]", sentence)
            ids = [ids_in(part, labels) for part in parts]
            last: list[str] = []
            for part, found in zip(parts, ids, strict=True):
                last = found or last
                out.append((part, sentence, last))
            current = named
    return out


def stated_labels(clause: str) -> list[tuple[str, str, str]]:
    """(word as written, field, value) for every label the clause states as its own."""
    if clause.rstrip(" *_)").endswith("?"):
        return []  # a question states nothing
    text = REPORTED.sub(" ", NOT_A_LABEL.sub(" ", QUOTED.sub(" ", clause)))
    out = []
    for match in LABEL.finditer(text):
        if NEGATION.search(text[: match.start()]) or match.group(1).isupper():
            continue
        word = match.group(1).lower()
        for name, table in (
            ("status", STATUS_WORDS),
            ("evidence", EVIDENCE_WORDS),
            ("kind", KIND_WORDS),
        ):
            if word in table:
                out.append((match.group(1), name, table[word]))
                break
    return out


def drift(texts: dict[str, str], labels: dict[str, Labels]) -> list[str]:
    """Every label a text states for a statement that the data does not give it."""
    fields = {"kind": "kinds", "status": "statuses", "evidence": "evidence"}
    problems = []
    for where, text in texts.items():
        if where in OTHER_ARTICLE:
            continue
        for clause, sentence, ids in clauses(text, labels):
            for word, name, value in stated_labels(clause):
                wrong = [sid for sid in ids if value not in getattr(labels[sid], fields[name])]
                if wrong:
                    data = "; ".join(
                        f"{sid}: {', '.join(sorted(getattr(labels[sid], fields[name])))}"
                        for sid in wrong
                    )
                    problems.append(
                        f"{where}: {word!r} ({name}) for {', '.join(wrong)}, but the data says "
                        f"{data}: «{sentence[:200]}»"
                    )
    return problems


# --------------------------------------------------------------------------- the texts
def bank_texts(folder: Path) -> dict[str, str]:
    """Every prompt, option, feedback, reason and model answer of a folder's banks, as text:
    one entry per question, so a problem names the question.

    Where a question is about one statement (`statement:` or `sentence:` naming one row),
    its keyed options, their feedback, a mark item's feedback and a search's status and
    reason speak of that statement, and so do a confidence item's and a sort's feedback for
    their own statement: those strings are read as if they began with the id. A wrong
    option, and the statuses a search also accepts, are answers the key quotes, not labels it
    gives; they are checked only where they name an id themselves."""
    labels = data_labels(folder)
    out = {}
    for path in sorted((folder / "quizzes").glob("*.yaml")):
        bank = yaml.safe_load(path.read_text(encoding="utf-8"))
        for question in bank["questions"]:
            out[f"quizzes/{path.stem}.yaml {question['id']}"] = "\n\n".join(
                question_strings(question, labels)
            )
    return out


def question_strings(question: dict[str, Any], labels: dict[str, Labels]) -> list[str]:
    def about(value: Any) -> str:
        return str(value) if str(value) in labels else ""

    def said(sid: str, text: Any) -> list[str]:
        return [f"{sid}: {text}" if sid else str(text)]

    sid = about(question.get("statement") or question.get("sentence") or "")
    out: list[str] = []
    for key, value in question.items():
        if key == "options":
            for option in value:
                keyed = sid if option.get("correct") else ""
                out += said(keyed, option["text"]) + said(keyed, option.get("feedback", ""))
        elif key == "feedback" and isinstance(value, dict):
            out += [s for item, text in value.items() for s in said(about(item), text)]
        elif key in ("feedback", "why", "answer") and isinstance(value, str):
            out += said(sid, value)
        elif key == "items":
            for item in value:
                out += said(about(item.get("statement", "")), item.get("feedback", ""))
        elif key != "accept":
            out += strings_in(value)
    return out


def strings_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def lesson_texts() -> dict[str, str]:
    """The markdown of every lesson and exercise notebook, one entry per cell, and what the
    exercise checks say to a student (their task, hints and praise)."""
    out = {}
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for i, cell in enumerate(cells):
            if cell["cell_type"] == "markdown":
                out[f"{path.parent.name}/{path.name} cell {i}"] = "".join(cell["source"])
    for path in CHECKS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg in ("task", "praise", "hint"):
                text = "".join(
                    n.value
                    for n in ast.walk(node.value)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                )
                out[f"checks/{path.name} line {node.value.lineno}"] = text
    return out


def explanation_texts(folder: Path) -> dict[str, str]:
    """Each statement's explanation in statements.csv, read as speaking of its own row."""
    table = load_course(folder).statements()
    return {
        f"statements.csv {sid} explanation": f"{sid}: {text}"
        for sid, text in zip(table["id"], table["explanation"], strict=True)
    }


def doc_texts() -> dict[str, str]:
    return {f"docs/{path.name}": path.read_text(encoding="utf-8") for path in DOCS}


def all_texts(folder: Path) -> dict[str, str]:
    return {
        **doc_texts(),
        **lesson_texts(),
        **bank_texts(folder),
        **explanation_texts(folder),
    }


# --------------------------------------------------------------------------- the checker itself
LABELS = data_labels(medialit.load_course().folder)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("S01a and S13 are both labelled fact.", ["'fact' (kind) for S01a,"]),
        ("S10 is corroborated.", ["'corroborated' (status) for S10"]),
        ("S02: contradicted.", []),
        ("S01a is not a fact: a motive is speculation.", []),
        ("The key makes S07 speculation, with claim accepted, and S13 fact.", []),
        ("S02 unverified; S18 corroborated.", ["'corroborated' (status) for S18"]),
        ("S12 points to an official record.", []),
        ("S24 points to an official record.", ["'official record' (evidence) for S24"]),
        ('The guide quotes *"fact"* as a wrong answer for S01a.', []),
        ("S21: that they deny it is a fact; the kind is denial.", []),
        ("S09a is a guess; S09b is a claim.", []),
        ("S09 holds a guess and a claim.", ["'claim' (kind) for S09a,"]),
        ("S15a, S15b. **Status: corroborated.**", ["'corroborated' (status) for S15a,"]),
        ("The machine says opinion for S19. Is S19 an opinion?", []),
        ("S09 holds an opinion.", ["'opinion' (kind) for S09a, S09b"]),
        ('S01a: students who answer "fact" followed the other rules.', []),
        ("S10: the status is disputed. **Status: corroborated.**", ["'corroborated' (status)"]),
        ("S10 is corroborated (not disputed).", ["'corroborated' (status) for S10"]),
    ],
)
def test_the_check_finds_a_wrong_label_and_passes_a_right_one(text: str, wrong: list[str]):
    """Does the check flag exactly the labels the data does not give, and honour the marker
    convention (negation, quotation, the outer layer of "X said Y")?"""
    found = drift({"t": text}, LABELS)
    assert len(found) == len(wrong), found
    for problem, expected in zip(found, wrong, strict=True):
        assert expected in problem


def test_a_bank_question_speaks_of_its_statement_in_its_key_only():
    """Is a keyed option's feedback read as speaking of the question's statement, and a wrong
    option (an answer the key quotes) not?"""
    question = {
        "id": "q",
        "statement": "S21",
        "prompt": "What kind of statement is this?",
        "options": [
            {"text": "denial", "correct": True, "feedback": "Right: a denial."},
            {"text": "fact", "correct": False, "feedback": "Not quite: an opinion."},
        ],
    }
    text = "\n\n".join(question_strings(question, LABELS))
    assert drift({"q": text}, LABELS) == []
    question["options"][0]["feedback"] = "Right: a claim."
    text = "\n\n".join(question_strings(question, LABELS))
    assert ["'claim' (kind) for S21" in p for p in drift({"q": text}, LABELS)] == [True]


def test_the_texts_state_labels_so_the_check_checks_something():
    """Do the texts state many labels next to statement ids (else the check would be empty)?"""
    count = sum(
        len(stated_labels(clause))
        for text in all_texts(medialit.load_course().folder).values()
        for clause, _, ids in clauses(text, LABELS)
        if ids
    )
    assert count >= MIN_LABELS_STATED, count


# --------------------------------------------------------------------------- the course
def test_no_text_states_a_label_the_data_does_not_give():
    """Does every kind, status and evidence label that the briefing, the teaching guide, the
    glossary, a lesson or a question bank states for a statement match statements.csv and
    context.csv?"""
    problems = drift(all_texts(medialit.load_course().folder), LABELS)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("sid", "column", "value"),
    [("S01a", "kind", "fact"), ("S12", "evidence", "none"), ("S07", "also_acceptable", "")],
)
def test_a_changed_label_fails_until_the_texts_follow(
    course_copy: Any, sid: str, column: str, value: str
):
    """If a label in statements.csv changes, does the check fail, naming the texts that
    still state the old label?"""
    folder, _ = course_copy
    edit_statement(folder, sid, **{column: value})
    problems = drift(all_texts(folder), data_labels(folder))
    assert problems, f"changing {sid} {column} to {value!r} went unnoticed"
    assert all(sid in p for p in problems), problems


def test_a_changed_status_fails_until_the_texts_follow(course_copy: Any):
    """If a status in context.csv changes, does the check fail on the texts that state it?"""
    import csv

    folder, _ = course_copy
    path = folder / "context.csv"
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    for row in rows:
        if row["statement_id"] == "S10":
            row["status_at_publication"] = row["status_later"] = "corroborated"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    problems = drift(all_texts(folder), data_labels(folder))
    assert any("'disputed' (status) for S10" in p for p in problems), problems


# --------------------------------------------------------------------------- counts
def counts(folder: Path) -> dict[str, int]:
    """The figures lesson 08's questions state, computed from a course folder's data."""
    course = load_course(folder)
    table = course.statements()
    status = dict(
        zip(
            course.context()["statement_id"],
            course.context()["status_at_publication"],
            strict=True,
        )
    )
    others = table[table["source_type"] != "author"]
    facts = table[table["kind"] == "fact"]
    unnamed = others["source_type"].isin(["anonymous", "vague"])
    return {
        "rows": len(table),
        "others": len(others),
        "unnamed": int(unnamed.sum()),
        "named_person": int((others["source_type"] == "named_person").sum()),
        "hedged": int((table["hedges"] != "").sum()),
        "boosted": int((table["boosters"] != "").sum()),
        "author": int((table["source_type"] == "author").sum()),
        "facts": len(facts),
        "author_speculation": int(
            ((table["source_type"] == "author") & (table["kind"] == "speculation")).sum()
        ),
        "unnamed_claims": int((unnamed & (others["kind"] == "claim")).sum()),
        "named_claims": int(
            ((others["source_type"] == "named_person") & (others["kind"] == "claim")).sum()
        ),
        "facts_corroborated": sum(status.get(sid) == "corroborated" for sid in facts["id"]),
        "facts_checked": sum(sid in status for sid in facts["id"]),
    }


# (question, a pattern whose number is the figure, the figure's name)
STATED_COUNTS = [
    ("rows-not-sentences", r"statements table has (\d+) rows", "rows"),
    ("unnamed-share", r"Of the (\d+) statements that someone else makes", "others"),
    ("unnamed-share", r"Right: \d+ anonymous plus \d+ vague\. (\w+) of", "unnamed"),
    ("unnamed-share", r"(\d+) is the number of statements from named persons", "named_person"),
    ("hedged-count", r"(\d+) is the number with a booster", "boosted"),
    ("hedged-count", r"(\d+) is the number of statements in the author's own voice", "author"),
    ("read-the-chart", r"all (\d+) facts", "facts"),
    ("read-the-chart", r"The author bar has (\d+) speculations", "author_speculation"),
    ("read-the-chart", r"(\d+) claims from anonymous or vague sources", "unnamed_claims"),
    ("read-the-chart", r"(\d+) from a named person", "named_claims"),
    ("facts-checked", r"presents (\d+) statements as fact", "facts"),
    ("facts-checked", r"(\d+) corroborated; ", "facts_corroborated"),
    ("facts-checked", r"checks (\d+) of the", "facts_checked"),
]
# The same figures in lesson 08's own text.
LESSON_07_COUNTS = [
    (r"Of the (\d+) statements someone other than the author makes", "others"),
    (r"\*\*(\d+)\*\* come from anonymous or vague sources", "unnamed"),
    (r"\*\*(\d+)\*\* statements carry a hedge", "hedged"),
    (r"\*\*(\d+)\*\* a booster", "boosted"),
]
NUMBER_WORDS = {"Ten": 10, "ten": 10, "Nine": 9, "Eleven": 11, "Six": 6, "six": 6}


def stated_count_problems(folder: Path) -> list[str]:
    bank = yaml.safe_load((folder / "quizzes" / "by-the-numbers.yaml").read_text("utf-8"))
    questions = {q["id"]: " ".join(" ".join(strings_in(q)).split()) for q in bank["questions"]}
    # the keyed answer of a count question is a figure too
    keyed = {
        q["id"]: next(o["text"] for o in q["options"] if o["correct"])
        for q in bank["questions"]
        if q["type"] == "single"
    }
    figures = counts(folder)
    problems = []
    for qid, pattern, name in STATED_COUNTS:
        found = re.search(pattern, questions[qid])
        assert found, f"by-the-numbers {qid}: no text matching {pattern!r}"
        value = found.group(1)
        number = int(value) if value.isdigit() else NUMBER_WORDS[value]
        if number != figures[name]:
            problems.append(
                f"by-the-numbers {qid}: says {number} ({name}), data gives {figures[name]}"
            )
    texts = lesson_texts()
    lesson = " ".join(" ".join(texts[k].split()) for k in texts if k.startswith("notebooks/08-"))
    for pattern, name in LESSON_07_COUNTS:
        found = re.search(pattern, lesson)
        assert found, f"lesson 08: no text matching {pattern!r}"
        if int(found.group(1)) != figures[name]:
            problems.append(
                f"lesson 08: says {found.group(1)} ({name}), data gives {figures[name]}"
            )
    for qid, name in (("unnamed-share", "unnamed"), ("hedged-count", "hedged")):
        if keyed[qid] != str(figures[name]):
            problems.append(f"by-the-numbers {qid}: keys {keyed[qid]}, data gives {figures[name]}")
    return problems


def test_the_figures_lesson_07_states_are_the_data_s():
    """Does every count the by-the-numbers questions state (rows, unnamed sources, hedges,
    kinds by source type, facts corroborated) match the data?"""
    problems = stated_count_problems(medialit.load_course().folder)
    assert not problems, "\n".join(problems)


def test_a_changed_kind_changes_a_stated_count(course_copy: Any):
    """If a claim from unnamed sources becomes speculation, does the stated count fail?"""
    folder, _ = course_copy
    edit_statement(folder, "S05", kind="speculation")
    assert any("unnamed_claims" in p for p in stated_count_problems(folder))


# --------------------------------------------------------------------------- two judgements
def paragraphs_of_all_texts() -> list[tuple[str, str]]:
    """(where, paragraph) for every paragraph, item or row of the texts, and every string of
    the banks (a feedback is one paragraph)."""
    out = []
    texts = {**doc_texts(), **lesson_texts()}
    for where, text in texts.items():
        out += [(where, " ".join(p.split())) for p in BLOCK_END.split(text) if p.strip()]
    for path in sorted((medialit.load_course().folder / "quizzes").glob("*.yaml")):
        bank = yaml.safe_load(path.read_text(encoding="utf-8"))
        for question in bank["questions"]:
            where = f"quizzes/{path.stem}.yaml {question['id']}"
            out += [(where, " ".join(s.split())) for s in strings_in(question)]
    return out


def test_against_interest_is_called_the_course_s_inference():
    """Wherever a text says that Budanov's word went against Ukraine's interest, does it say
    in the same paragraph that this is the course's inference (docs/rules.md section 11)?"""
    found = [
        (where, text)
        for where, text in paragraphs_of_all_texts()
        if "Budanov" in text and re.search(r"against [\w' ]{0,30}interest", text)
    ]
    assert len(found) >= 3, found  # the briefing, lesson 05, the evidence and search items
    unhedged = [f"{where}: {text[:120]}" for where, text in found if "inference" not in text]
    assert not unhedged, "\n".join(unhedged)


def test_handing_in_is_the_button_wherever_export_is_named():
    """Does every paragraph that speaks of handing in and of exporting name the way to hand
    in (the Hand in my answers button or `medialit handin`), so that no text says a student
    hands in by exporting?"""
    found = [
        (where, text)
        for where, text in paragraphs_of_all_texts()
        if re.search(r"\bhand(?:s|ing)? (?:it )?in\b", text, re.I) and "export" in text
    ]
    assert found, "no text speaks of handing in and exporting"
    wrong = [
        f"{where}: {text[:120]}"
        for where, text in found
        if "Hand in my answers" not in text and "medialit handin" not in text
    ]
    assert not wrong, "\n".join(wrong)
