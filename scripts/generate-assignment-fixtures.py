#!/usr/bin/env python3
"""Generates test/fixtures/matching/scipy-assignments.json: assignment problems
solved by scipy.optimize.linear_sum_assignment, the reference every optimal
total of the matching module is checked against.

Capacities are expanded into one column per place (scipy has no capacities);
ineligible pairs get a large penalty, so scipy's full matching uses as few of
them as possible and then maximises the score: the `participation` objective
once those pairs are dropped. Run: python3 scripts/generate-assignment-fixtures.py
"""
import json
from pathlib import Path

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment

PENALTY = 1e6
rng = np.random.default_rng(20260105)


def instance(name, n, m, capacity_range=(1, 1), eligible_share=1.0, ties=False):
    scores = rng.random((n, m))
    if ties:
        scores = np.round(scores * 8) / 8
    scores = np.round(scores, 6)
    capacities = rng.integers(capacity_range[0], capacity_range[1] + 1, size=m)
    eligible = rng.random((n, m)) < eligible_share
    profit = np.where(eligible, scores, -PENALTY)
    expanded = np.repeat(profit, capacities, axis=1)
    slot_owner = np.repeat(np.arange(m), capacities)
    rows, slots = linear_sum_assignment(expanded, maximize=True)
    chosen = expanded[rows, slots] > -PENALTY / 2
    total = float(scores[rows[chosen], slot_owner[slots[chosen]]].sum())
    record = {
        "name": name,
        "objective": "score" if eligible_share >= 1 else "participation",
        "scores": scores.tolist(),
        "capacities": capacities.tolist(),
        "total": total,
        "matched": int(chosen.sum()),
    }
    if eligible_share < 1:
        record["eligible"] = eligible.astype(int).tolist()
    return record


fixtures = [
    instance("square 6x6", 6, 6),
    instance("wide 5x9", 5, 9),
    instance("tall 9x5", 9, 5),
    instance("square 40x40", 40, 40),
    instance("wide 30x70 (sparsified path)", 30, 70),
    instance("square 80x80 (sparsified path)", 80, 80),
    instance("tall 120x60 (sparsified path)", 120, 60),
    instance("capacitated 40x12, 1-4 places", 40, 12, capacity_range=(1, 4)),
    instance("capacitated 60x20 with ties", 60, 20, capacity_range=(2, 4), ties=True),
    instance("ineligible pairs 30x30", 30, 30, eligible_share=0.6),
    instance("ineligible, capacitated 50x15", 50, 15, capacity_range=(1, 3), eligible_share=0.5),
    instance("ineligible, ties 70x70", 70, 70, eligible_share=0.4, ties=True),
]

out = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "matching" / "scipy-assignments.json"
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(
    json.dumps(
        {
            "generator": "scripts/generate-assignment-fixtures.py",
            "scipy": scipy.__version__,
            "numpy": np.__version__,
            "fixtures": fixtures,
        },
        separators=(",", ":"),
    )
    + "\n"
)
print(f"wrote {len(fixtures)} fixtures to {out}")
