"""Withdrawing consent, measured: how many clicks and how much time a participant needed to
withdraw everything, in the honest shop and in its deceptive twin (Workshop > Deceptive
twin), and the two compared (issue #20, item 7).

The session log says which consent design a participant saw (``session_start``'s
``consent_design``; absent in older logs: honest), every click (``click`` events) and, on each
``consent_change``, how many consent switches are on afterwards (``switches_on``). A
participant has *withdrawn* when a change inside a task leaves no switch on; the time is from
that task's start, the clicks are those logged in the task up to and including the change.
A session where that never happens counts as not withdrawn. The comparison uses the study
report's tests (tightrope.workshop.study_stats): Mann-Whitney U with Cliff's delta for clicks
and seconds, Fisher's exact test for how many withdrew, each with the report's caution for
small groups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tightrope.workshop.sessions import DECEPTIVE, DESIGNS, HONEST
from tightrope.workshop.study_stats import Comparison, Summary, fisher, mann_whitney, summarise

if TYPE_CHECKING:
    from tightrope.storage.store import Store
    from tightrope.workshop.sessions import Session

DESIGN_LABELS = {HONEST: "Honest shop", DECEPTIVE: "Deceptive twin"}


def switches_on(store: Store) -> int:
    """How many consent switches (everyday and sensitive) are on now."""
    from tightrope.privacy import consent

    st = consent.state(store)
    return len(st.granted()) + len(st.sensitive_opt_in())


def design_of(session: Session) -> str:
    value = session.start.get("consent_design", HONEST)
    return value if value in DESIGNS else HONEST


@dataclass(frozen=True)
class Withdrawal:
    """One session's withdrawal: in which task, how many seconds after the task started, and
    how many clicks (None for ``seconds``/``clicks``: it never happened)."""

    participant: str
    design: str
    task: str | None = None
    seconds: float | None = None
    clicks: int | None = None

    @property
    def withdrew(self) -> bool:
        return self.seconds is not None


def measure(session: Session) -> Withdrawal:
    """The first complete withdrawal inside a task, if any."""
    design = design_of(session)
    task: str | None = None
    t0 = 0.0
    clicks = 0
    for event in session.events:
        kind = event.get("type")
        if kind == "task_start":
            task, t0, clicks = event.get("task"), float(event.get("elapsed", 0.0)), 0
        elif kind in ("task_done", "task_give_up"):
            task = None
        elif task is None:
            continue
        elif kind == "click":
            clicks += 1
        elif kind == "consent_change" and event.get("switches_on") == 0:
            seconds = max(0.0, float(event.get("elapsed", t0)) - t0)
            return Withdrawal(session.participant, design, task, seconds, clicks)
    return Withdrawal(session.participant, design)


@dataclass
class DesignStats:
    design: str
    sessions: int = 0
    withdrew: int = 0
    clicks: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    @property
    def click_summary(self) -> Summary:
        return summarise(self.clicks)

    @property
    def time_summary(self) -> Summary:
        return summarise(self.seconds)


@dataclass
class WithdrawalComparison:
    """Per design, and the honest shop compared with the twin (``comparisons``: measure ->
    Comparison for "withdrew", "clicks", "seconds"; empty unless both designs have sessions)."""

    designs: list[DesignStats]
    withdrawals: list[Withdrawal]
    comparisons: dict[str, Comparison] = field(default_factory=dict)

    def design(self, design: str) -> DesignStats | None:
        return next((d for d in self.designs if d.design == design), None)

    @property
    def shown(self) -> bool:
        """Worth a section: the twin was used, or someone withdrew."""
        return any(d.design == DECEPTIVE for d in self.designs) or any(
            w.withdrew for w in self.withdrawals
        )

    def to_json(self) -> dict[str, Any]:
        def summary(s: Summary) -> dict[str, Any]:
            return {"n": s.n, "median": s.median, "q1": s.q1, "q3": s.q3}

        def comparison(c: Comparison) -> dict[str, Any]:
            return {
                "test": c.test,
                "n_a": c.n_a,
                "n_b": c.n_b,
                "statistic": c.statistic,
                "p": c.p,
                "delta": c.delta,
                "method": c.method,
                "caution": c.caution,
            }

        return {
            "designs": [
                {
                    "design": d.design,
                    "sessions": d.sessions,
                    "withdrew": d.withdrew,
                    "clicks": summary(d.click_summary),
                    "seconds": summary(d.time_summary),
                }
                for d in self.designs
            ],
            "compared": {m: comparison(c) for m, c in self.comparisons.items()},
        }


def compare(sessions: list[Session]) -> WithdrawalComparison:
    withdrawals = [measure(s) for s in sessions]
    designs = [DesignStats(d) for d in DESIGNS if any(w.design == d for w in withdrawals)]
    by = {d.design: d for d in designs}
    for w in withdrawals:
        stats = by[w.design]
        stats.sessions += 1
        if w.withdrew:
            stats.withdrew += 1
            stats.clicks.append(float(w.clicks or 0))
            stats.seconds.append(float(w.seconds or 0.0))
    result = WithdrawalComparison(designs, withdrawals)
    if len(designs) == 2:
        a, b = designs
        la, lb = DESIGN_LABELS[a.design].lower(), DESIGN_LABELS[b.design].lower()
        result.comparisons = {
            "withdrew": fisher(a.withdrew, a.sessions, b.withdrew, b.sessions, la, lb),
            "clicks": mann_whitney(a.clicks, b.clicks, la, lb),
            "seconds": mann_whitney(a.seconds, b.seconds, la, lb),
        }
    return result
