"""Descriptive statistics and two-group tests for the user-study report (tightrope.workshop.report).

Every central tendency is a median with its interquartile range (IQR) and n: questionnaire
answers are ordinal (1..7) and task times are skewed, so means would mislead. Two conditions
are compared measure by measure with a two-sided test and an effect size:

* answers and times: the Mann-Whitney U test (``scipy.stats.mannwhitneyu``);
* task success (done or not): Fisher's exact test (``scipy.stats.fisher_exact``) on the
  2x2 table of attempts, since U on values that are only 0 or 1 is almost all ties.

The effect size is Cliff's delta, ``P(a > b) - P(a < b)`` for a value ``a`` of the first
group and ``b`` of the second, from -1 to 1 (0: neither tends higher). It equals the
rank-biserial correlation, and is computed from U as ``2 U / (n1 n2) - 1`` (U of the first
group, ties counted half); for success it is the difference of the two success rates.

scipy is imported inside :func:`mann_whitney` and :func:`fisher`, so the command line and the
window start without it (tests/bench/test_quality.py checks the CLI).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

SMALL_N = 10  # below this many values in either group, a comparison gets a caution
MANN_WHITNEY = "Mann-Whitney U"
FISHER = "Fisher's exact"


@dataclass(frozen=True)
class Summary:
    """Median, quartiles and n of some values (None for the numbers when there are none).

    Quartiles interpolate linearly between order statistics: R's ``quantile`` type 7,
    numpy's ``percentile`` default and ``statistics.quantiles(method="inclusive")``."""

    n: int
    median: float | None = None
    q1: float | None = None
    q3: float | None = None


def summarise(values: Sequence[float]) -> Summary:
    if not values:
        return Summary(0)
    if len(values) == 1:
        v = float(values[0])
        return Summary(1, v, v, v)
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Summary(len(values), float(median), float(q1), float(q3))


@dataclass(frozen=True)
class Comparison:
    """One measure compared between two groups (the report's first condition is ``a``)."""

    test: str  # MANN_WHITNEY or FISHER
    n_a: int
    n_b: int
    statistic: float | None = None  # U of group a (Mann-Whitney); None for Fisher
    p: float | None = None
    delta: float | None = None  # Cliff's delta, a against b
    method: str = ""  # how p was found: "exact" or "normal approximation"
    caution: str = ""  # a plain sentence, or "" when none is needed

    @property
    def tested(self) -> bool:
        return self.p is not None


def _caution(n_a: int, n_b: int, label_a: str, label_b: str) -> str:
    if not n_a and not n_b:
        return "Not tested: no values in either condition."
    if not n_a or not n_b:
        return f"Not tested: no values from the {label_b if n_a else label_a}."
    if min(n_a, n_b) < SMALL_N:
        return f"Too few values ({n_a} and {n_b}) to conclude either way."
    return ""


def mann_whitney(
    a: Sequence[float],
    b: Sequence[float],
    label_a: str = "first group",
    label_b: str = "second group",
) -> Comparison:
    """Two-sided Mann-Whitney U test of a against b, with Cliff's delta.

    p is exact when the groups are small (either has at most 8 values) and no value is tied,
    otherwise from the normal approximation with tie and continuity correction: scipy's own
    rule, made explicit so the report can say which it used."""
    caution = _caution(len(a), len(b), label_a, label_b)
    if not a or not b:
        return Comparison(MANN_WHITNEY, len(a), len(b), caution=caution)
    from scipy.stats import mannwhitneyu  # only when a report is made

    ties = len(set(a) | set(b)) < len(a) + len(b)
    exact = not (len(a) > 8 and len(b) > 8) and not ties
    method = "exact" if exact else "asymptotic"
    result = mannwhitneyu(a, b, alternative="two-sided", method=method)
    u, p = float(result.statistic), float(result.pvalue)
    if math.isnan(p):
        return Comparison(
            MANN_WHITNEY,
            len(a),
            len(b),
            caution="Not tested: the test cannot be computed from these values.",
        )
    if len(set(a) | set(b)) == 1:
        caution = " ".join(filter(None, ["Every value is the same in both shops.", caution]))
    delta = 2 * u / (len(a) * len(b)) - 1
    return Comparison(
        MANN_WHITNEY,
        len(a),
        len(b),
        u,
        min(p, 1.0),
        delta,
        "exact" if exact else "normal approximation",
        caution,
    )


def fisher(
    done_a: int,
    n_a: int,
    done_b: int,
    n_b: int,
    label_a: str = "first group",
    label_b: str = "second group",
) -> Comparison:
    """Two-sided Fisher's exact test of done/not done in a against b; the effect size is the
    difference of the success rates (Cliff's delta for values that are 0 or 1)."""
    caution = _caution(n_a, n_b, label_a, label_b)
    if not n_a or not n_b:
        return Comparison(FISHER, n_a, n_b, caution=caution)
    from scipy.stats import fisher_exact  # only when a report is made

    table = [[done_a, n_a - done_a], [done_b, n_b - done_b]]
    p = float(fisher_exact(table, alternative="two-sided").pvalue)
    return Comparison(
        FISHER, n_a, n_b, None, min(p, 1.0), done_a / n_a - done_b / n_b, "exact", caution
    )
