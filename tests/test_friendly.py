"""Plain words in a notebook for a name not defined yet and a question id a quiz has not."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest

from medialit._friendly import message
from medialit._session import load_quiz
from medialit._withheld import ITEM_WITHHELD, NoSuchQuestion


def _in_ipython(code: str) -> str:
    """Run `code` as cells of a fresh IPython shell (in its own process) after `import
    medialit`; what the cells printed, tracebacks included."""
    script = textwrap.dedent(
        """
        from IPython.core.interactiveshell import InteractiveShell
        shell = InteractiveShell.instance()
        shell.run_cell("import medialit")
        for cell in CELLS:
            shell.run_cell(cell)
        """
    ).replace("CELLS", repr(code.split("\n---\n")))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    return done.stdout + done.stderr


def test_a_name_not_defined_yet_reads_as_one_plain_line():
    out = _in_ipython("machine_kinds")
    assert message(NameError("x", name="machine_kinds")) in out
    assert "`machine_kinds` is not defined yet" in out
    assert "Traceback" not in out and "NameError" not in out


def test_other_errors_keep_their_usual_traceback():
    out = _in_ipython("def f():\n    x += 1\n    return x\n---\nf()\n---\n1 / 0")
    assert "UnboundLocalError" in out and "ZeroDivisionError" in out
    assert "is not defined yet" not in out


def test_a_question_id_the_quiz_has_not_is_a_plain_sentence():
    quiz = load_quiz("first-read")
    with pytest.raises(KeyError) as raised:
        quiz["no-such-question"]
    assert isinstance(raised.value, NoSuchQuestion)
    text = str(raised.value)
    assert text.startswith('This quiz has no question "no-such-question". Its questions are: ')
    assert quiz.questions[0].id in text
    assert raised.value._render_traceback_() == [text]


def test_a_withheld_question_says_it_is_left_out_of_the_test_copy():
    quiz = load_quiz("first-read")
    released = replace(quiz, withheld=("catch-the-machine",))
    with pytest.raises(NoSuchQuestion) as raised:
        released["catch-the-machine"]
    assert str(raised.value) == ITEM_WITHHELD
    result = released.answer("catch-the-machine", "a")
    assert not result.valid and not result.saved and result.feedback == ITEM_WITHHELD
