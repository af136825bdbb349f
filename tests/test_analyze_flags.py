"""benchmarks/flag_analyze.py, the "check this" flags tried over the analyzer (issue 25): its
fit, its ROC area and its hand flags do what they say. (The flags are not adopted;
docs/analyzer.md says why; these tests keep the script honest for the next time it is run.)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def _flags():
    spec = importlib.util.spec_from_file_location(
        "flag_analyze", ROOT / "benchmarks/flag_analyze.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["flag_analyze"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _unit(f, text: str, source: str = "article", why: str = "", previous: str = "article",
          batch: str = "2", wrong: bool = False):  # fmt: skip
    unit = f.Unit(batch, text, "fact", source, "", why, previous, False, not wrong, True)
    unit.flags, unit.feats = f.hand_flags(unit), f.features(unit)
    return unit


def test_the_fit_is_the_regularised_optimum():
    """The Newton fit's gradient (log-loss plus the penalty, the intercept unpenalised) is zero."""
    f = _flags()
    rng = np.random.default_rng(1)
    x = (rng.random((60, 12)) < 0.3).astype(float)
    x[:, -1] = 1.0
    y = (rng.random(60) < 0.3).astype(float)
    w = f.fit(x, y)
    p = 1.0 / (1.0 + np.exp(-(x @ w)))
    penalty = f.L2 * w
    penalty[-1] = 0.0
    assert np.abs(x.T @ (p - y) + penalty).max() < 1e-8


def test_the_roc_area_counts_pairs_and_halves_ties():
    f = _flags()
    wrong = np.array([True, False, True, False])
    assert f.auc(np.array([0.9, 0.1, 0.8, 0.2]), wrong) == 1.0
    assert f.auc(np.array([0.1, 0.9, 0.2, 0.8]), wrong) == 0.0
    assert f.auc(np.array([0.5, 0.5, 0.5, 0.5]), wrong) == 0.5
    assert f.auc(np.array([0.9, 0.5, 0.5, 0.1]), wrong) == 0.875  # pairs: 1, 1, 0.5, 1


def test_hand_flags_read_the_analyzer_output_and_the_sentence():
    f = _flags()
    assert _unit(f, '"We will win," the coach said.').flags == [
        "a quotation, but no speaker found",
        "first person, but no speaker found",
    ]
    assert _unit(f, '"We will win," the coach said.', source="named").flags == []
    assert _unit(f, "Prices rose.", previous="named").flags == [
        "no speaker, right after a sentence with one"
    ]
    assert _unit(f, "Prices rose.", previous="start").flags == []
    assert _unit(f, "Prices rose, officials said.", source="unnamed").flags == ["an unnamed source"]
    assert _unit(f, "It rose.", source="named", why="inside a quotation by Ms Ode; …").flags == [
        "a speaker carried over from elsewhere"
    ]


def test_held_out_scores_come_from_the_other_batches():
    """A word that marks the errors in every batch ranks them first in the batch left out; a
    word seen in one batch only is not a feature when that batch is held out."""
    f = _flags()
    data = [
        _unit(
            f, f"odd wording {i}" if i % 4 == 0 else f"plain wording {i}", batch=b, wrong=i % 4 == 0
        )
        for b in "234"
        for i in range(24)
    ]
    scores = f.held_out_scores(data)
    wrong = np.array([u.wrong for u in data])
    assert f.auc(scores, wrong) == 1.0
    assert scores[wrong].min() > 0.5 > scores[~wrong].max()
    # a word that marks the errors in batch 4 only: learned from the other batches, it would
    # rank them first; scored with batch 4 held out, it is no feature and ranks them by chance
    only = [
        _unit(f, f"rare{i % 4} mark {i}" if b == "4" else f"plain wording {i}", batch=b,
              wrong=b == "4" and i % 4 == 0)
        for b in "234"
        for i in range(24)
    ]  # fmt: skip
    held = np.array([u.batch == "4" for u in only])
    scores = f.held_out_scores(only)[held]
    assert np.ptp(scores) < 1e-9  # every batch-4 unit looks the same to a model of batches 2-3


def test_learned_sources_come_from_the_other_batches():
    """A word that marks named speakers in every batch is learned from the other batches and
    gives the held-out batch's named units; the rest stay the author's."""
    f = _flags()
    data = []
    for b in "234":
        for i in range(24):
            named = i % 3 == 0
            unit = _unit(f, f"spokesperson Ode {i}" if named else f"plain wording {i}", batch=b)
            unit.key_source = "named" if named else "article"
            data.append(unit)
    assert f.learned_sources(data) == len(data)
    # named speakers marked by a word found in batch 4 only: the other batches cannot teach it
    for unit in data:
        if unit.batch == "4":
            unit.feats = f.features(unit) + ["w onlyhere"] * (unit.key_source == "named")
            unit.feats = [x for x in unit.feats if not x.startswith(("w spokesperson", "w ode"))]
    assert f.learned_sources(data) == len(data) - 8  # batch 4's 8 named units are missed
    for unit in data:
        unit.key_source = "unnamed"  # one class everywhere: every unit gets it
    assert f.learned_sources(data) == len(data)
