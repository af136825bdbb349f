"""The teacher's check of statement labels, as a rule of the model (the annotator shows it)."""

from __future__ import annotations

from medialit._labels import CHECKED, checked
from medialit._newlesson import DRAFT

ROW = {"id": "S01", "kind": "claim", "source_type": "named", "explanation": DRAFT + "a cue"}


def test_a_changed_label_is_the_teacher_s_and_drops_the_draft_reason() -> None:
    """Does a label the teacher changed say it is theirs, with the reason that no longer fits
    gone?"""
    row = checked(ROW, "fact", "named")
    assert (row["kind"], row["explanation"]) == ("fact", f"{CHECKED}fact.")


def test_a_kept_label_keeps_its_reason_no_longer_a_draft() -> None:
    """Does a label the teacher kept keep its reason, marked checked instead of draft, and is
    a reason that was never a draft left alone?"""
    assert checked(ROW, "claim", "named")["explanation"] == f"{CHECKED}a cue"
    plain = dict(ROW, explanation="The author's own voice.")
    assert checked(plain, "claim", "named") == plain
    assert ROW["explanation"] == DRAFT + "a cue"  # the row given is not changed
