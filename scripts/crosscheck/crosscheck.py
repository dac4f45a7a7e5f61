#!/usr/bin/env python3
"""Independent re-computation of Survey360's scoring statistics.

Usage: crosscheck.py DIR

DIR holds `dataset.json` (the raw campaign: questionnaires with their
ratings) and `swift.json` (the figures the Swift aggregator published, with
the keys that say which cell each one is). This script recomputes every
figure from the raw data with numpy and scipy, without reading Swift's
numbers, writes them to `python.json` under the same keys, then compares the
two and exits non-zero if any figure differs by more than 1e-9.

The formulas follow docs/scoring.md; the implementation is deliberately
different: numpy's moments, scipy's t quantile, scipy's one-way ANOVA F
statistic for the ICCs.
"""

import json
import math
import sys
from pathlib import Path

import numpy as np
from scipy import stats

TOLERANCE = 1e-9
PERCENTILE_TIE = 1e-9


def load(directory):
    dataset = json.loads((directory / "dataset.json").read_text())
    swift = json.loads((directory / "swift.json").read_text())
    return dataset, swift


class Campaign:
    def __init__(self, dataset):
        self.points = dataset["scalePoints"]
        self.share = dataset["minimumShare"]
        self.item_dimensions = dataset["itemDimensions"]
        self.dimension_count = max(self.item_dimensions) + 1
        self.dimension_items = [
            [i for i, d in enumerate(self.item_dimensions) if d == dim] for dim in range(self.dimension_count)
        ]
        self.questionnaires = [q for q in dataset["questionnaires"] if q["submitted"]]
        self.by_ratee = {}
        for q in self.questionnaires:
            self.by_ratee.setdefault(q["ratee"], []).append(q)
        self.expected_variance = (self.points**2 - 1) / 12.0
        # Each rater's dimension and overall scores, computed once.
        for q in self.questionnaires:
            q["dimensions"] = [self.dimension_score(q, d) for d in range(self.dimension_count)]
            q["overall"] = self.overall_score(q)

    def dimension_score(self, q, dim):
        values = [q["ratings"][i] for i in self.dimension_items[dim] if q["ratings"][i] is not None]
        if not values or len(values) < self.share * len(self.dimension_items[dim]):
            return None
        return float(np.mean(values))

    def overall_score(self, q):
        scores = [s for s in (self.dimension_score(q, d) for d in range(self.dimension_count)) if s is not None]
        if not scores or len(scores) < self.share * self.dimension_count:
            return None
        return float(np.mean(scores))

    def score(self, q, kind, index):
        if kind == "item":
            value = q["ratings"][index]
            return None if value is None else float(value)
        if kind == "dimension":
            return q["dimensions"][index]
        return q["overall"]

    def column(self, ratee, members):
        return [q for q in self.by_ratee.get(ratee, []) if q["group"] in members]

    def item_variance(self, questionnaires, item):
        values = [q["ratings"][item] for q in questionnaires if q["ratings"][item] is not None]
        return float(np.var(values, ddof=1)) if len(values) >= 2 else None

    def agreement(self, questionnaires, kind, index):
        if kind == "item":
            variance = self.item_variance(questionnaires, index)
            if variance is None:
                return None
            return 0.0 if variance > self.expected_variance else 1 - variance / self.expected_variance
        items = self.dimension_items[index] if kind == "dimension" else range(len(self.item_dimensions))
        variances = [v for v in (self.item_variance(questionnaires, i) for i in items) if v is not None]
        if not variances:
            return None
        ratio = float(np.mean(variances)) / self.expected_variance
        if ratio > 1:
            return 0.0
        j = len(variances)
        return j * (1 - ratio) / (j * (1 - ratio) + ratio)

    def cell(self, ratee, members, kind, index):
        questionnaires = self.column(ratee, members)
        values = np.array([v for v in (self.score(q, kind, index) for q in questionnaires) if v is not None])
        n = len(values)
        result = {"n": n, "mean": float(np.mean(values))}
        if n >= 2:
            sd = float(np.std(values, ddof=1))
            se = sd / math.sqrt(n)
            t = float(stats.t.ppf(0.975, n - 1))
            result.update(sd=sd, se=se, ciLower=result["mean"] - t * se, ciUpper=result["mean"] + t * se)
            result["agreement"] = self.agreement(questionnaires, kind, index)
        return result

    def alpha(self, dim):
        items = self.dimension_items[dim]
        rows = [
            [q["ratings"][i] for i in items]
            for q in self.questionnaires
            if q["group"] != "self" and all(q["ratings"][i] is not None for i in items)
        ]
        matrix = np.array(rows, dtype=float)
        if len(items) < 2 or len(rows) < 2:
            return None
        item_variances = matrix.var(axis=0, ddof=1)
        total_variance = matrix.sum(axis=1).var(ddof=1)
        if total_variance <= 0:
            return None
        j = len(items)
        return j / (j - 1) * (1 - item_variances.sum() / total_variance)

    def icc(self, group, dimension):
        kind, index = ("overall", 0) if dimension is None else ("dimension", dimension)
        groups = []
        for ratee, questionnaires in sorted(self.by_ratee.items()):
            values = [self.score(q, kind, index) for q in questionnaires if q["group"] == group]
            values = [v for v in values if v is not None]
            if values:
                groups.append(values)
        n = sum(len(g) for g in groups)
        if len(groups) < 2 or n <= len(groups):
            return None
        f_statistic = stats.f_oneway(*groups).statistic
        if not np.isfinite(f_statistic) or f_statistic == 0:
            return None
        k = n / len(groups)
        return {"icc1": (f_statistic - 1) / (f_statistic + k - 1), "icc2": 1 - 1 / f_statistic}


def percentile(value, population):
    population = np.asarray(population)
    below = int(np.sum(population < value - PERCENTILE_TIE))
    equal = int(np.sum(np.abs(population - value) <= PERCENTILE_TIE))
    return 100.0 * (below + 0.5 * equal) / len(population)


def recompute(campaign, swift):
    result = {"cells": [], "alphas": [], "iccs": [], "percentiles": []}
    for cell in swift["cells"]:
        figures = campaign.cell(cell["person"], set(cell["members"]), cell["kind"], cell["index"])
        result["cells"].append({**{k: cell[k] for k in ("person", "column", "members", "kind", "index")}, **figures})
    for alpha in swift["alphas"]:
        result["alphas"].append({"dimension": alpha["dimension"], "alpha": campaign.alpha(alpha["dimension"])})
    result["populations"] = swift["populations"]
    for icc in swift["iccs"]:
        values = campaign.icc(icc["group"], icc.get("dimension"))
        result["iccs"].append({"group": icc["group"], "dimension": icc.get("dimension"), **(values or {})})
    others = [m for m in ("superior", "subordinate", "downstream", "upstream", "functional")]
    populations = {}
    for population in swift["populations"]:
        key = population.get("dimension")
        kind, index = ("overall", 0) if key is None else ("dimension", key)
        populations[key] = [campaign.cell(person, set(others), kind, index)["mean"] for person in population["people"]]
    for entry in swift["percentiles"]:
        key = entry.get("dimension")
        kind, index = ("overall", 0) if key is None else ("dimension", key)
        own = campaign.cell(entry["person"], set(others), kind, index)["mean"]
        result["percentiles"].append(
            {"person": entry["person"], "dimension": key, "percentile": percentile(own, populations[key])}
        )
    return result


def compare(swift, python):
    mismatches = []
    checked = 0
    for section, fields in (
        ("cells", ("n", "mean", "sd", "se", "ciLower", "ciUpper", "agreement")),
        ("alphas", ("alpha",)),
        ("iccs", ("icc1", "icc2")),
        ("percentiles", ("percentile",)),
    ):
        for ours, theirs in zip(swift[section], python[section]):
            for field in fields:
                a, b = ours.get(field), theirs.get(field)
                checked += 1
                if a is None and b is None:
                    continue
                if a is None or b is None or abs(a - b) > TOLERANCE:
                    mismatches.append(f"{section} {field}: swift {a!r} python {b!r} at {theirs}")
    return checked, mismatches


def main():
    if len(sys.argv) != 2:
        print("Usage: crosscheck.py DIR", file=sys.stderr)
        return 64
    directory = Path(sys.argv[1])
    dataset, swift = load(directory)
    python = recompute(Campaign(dataset), swift)
    (directory / "python.json").write_text(json.dumps(python))
    checked, mismatches = compare(swift, python)
    for line in mismatches[:20]:
        print(line)
    print(f"checked {checked} figures, {len(mismatches)} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
