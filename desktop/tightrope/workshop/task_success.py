"""Task success by criterion: what a task asked for, checked from the session's own events.

A task in a task list may carry a ``success`` criterion (docs/user-study.md, "Task success"),
e.g. ``{"forgotten": "search"}``: during the task the participant forgot a search. The
recorder checks it when the task ends and writes the answer into the ``task_done`` /
``task_give_up`` event (``criterion_met``), so "Done" (what the participant clicked) and
"met" (what the app saw) stand side by side in the log and in the report. The check reads
only the logged events, never the data: a log holds keyed tokens, counts and kinds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tightrope.storage.datums import CONSENT_CATEGORIES, KINDS

ANY = "any"
# The privacy page's tabs as logs name them (privacy_tab events), in the page's order.
PRIVACY_TABS: tuple[str, ...] = (
    "consent",
    "what-we-know",
    "interests",
    "partners",
    "retention",
    "data-use-log",
    "export",
)
WHY_OPENED = ("recommended", "not-recommended", ANY)
OPENED = ("your-data", "privacy", *PRIVACY_TABS)
CONSENT_WITHDRAWN = (*CONSENT_CATEGORIES, "sensitive", ANY)

# criterion -> (the values it takes: a tuple of words, or True; what it checks, in words)
CRITERIA: dict[str, tuple[tuple[str, ...] | bool, str]] = {
    "forgotten": (
        (*KINDS, ANY),
        "a data point of this kind forgotten (a forget, not Erase everything)",
    ),
    "excluded": (True, "a data point kept but no longer used (Don't use)"),
    "why_opened": (
        WHY_OPENED,
        "a why panel shown for a recommended product, one not recommended, or any",
    ),
    "topic_forgotten": (True, "a whole topic's data points forgotten"),
    "topic_blocked": (True, "a topic blocked (not inferred again)"),
    "consent_withdrawn": (
        CONSENT_WITHDRAWN,
        "a consent switch turned off: this category, any sensitive one, or any",
    ),
    "exported": (True, "a copy of the participant's data saved"),
    "opened": (OPENED, "a privacy surface seen: Your data, the privacy page, or one of its tabs"),
    "added_to_cart": (True, "a product put in the cart"),
}
MAX_ALTERNATIVES = 8  # criteria in one any_of


@dataclass(frozen=True)
class Criterion:
    """One checkable thing, e.g. Criterion("forgotten", "search")."""

    kind: str
    value: str | bool

    def to_json(self) -> dict[str, Any]:
        return {self.kind: self.value}

    def met_by(self, event: Mapping[str, Any]) -> bool:
        """Whether this one event shows the criterion met."""
        kind, value, type = self.kind, self.value, event.get("type")
        if kind == "forgotten":
            counts = event.get("counts") or {}
            return (
                type == "forget"
                and event.get("action") == "forget"
                and (sum(counts.values()) > 0 if value == ANY else counts.get(value, 0) > 0)
            )
        if kind == "excluded":
            return type == "exclude" and bool(event.get("data_points"))
        if kind == "why_opened":
            if type != "panel_open" or event.get("panel") != "why":
                return False
            return value == ANY or event.get("recommended") is (value == "recommended")
        if kind == "topic_forgotten":
            return (
                type == "forget"
                and event.get("scope") in ("topic", "evidence")
                and bool(event.get("total"))
            )
        if kind == "topic_blocked":
            return type == "consent_change" and bool(event.get("blocked"))
        if kind == "consent_withdrawn":
            withdrawn = (event.get("consent") or {}).get("withdrawn") or ()
            if type != "consent_change" or not withdrawn:
                return False
            if value == ANY:
                return True
            if value == "sensitive":  # sensitive switches are logged as topic tokens
                return any(str(w).startswith("topic:") for w in withdrawn)
            return value in withdrawn
        if kind == "exported":
            return type == "export"
        if kind == "opened":
            if value in ("your-data", "privacy"):
                return type == "navigate" and event.get("page") == value
            return type == "privacy_tab" and event.get("tab") == value
        if kind == "added_to_cart":
            return type == "cart" and bool(event.get("data_points"))
        raise ValueError(f"unknown success criterion {kind!r}")


@dataclass(frozen=True)
class Success:
    """A task's criterion: met when any of ``criteria`` is met during the task. Without
    criteria (a list written before criteria existed, or none) nothing is checked."""

    criteria: tuple[Criterion, ...] = ()
    description: str = ""

    @property
    def checkable(self) -> bool:
        return bool(self.criteria)

    def met(self, events: Iterable[Mapping[str, Any]]) -> bool:
        """Whether the events of one task attempt meet the criterion."""
        return any(c.met_by(e) for e in events for c in self.criteria)

    def to_json(self) -> dict[str, Any] | None:
        """As written in a task list (one criterion, or ``any_of``), with its description."""
        if not self.criteria:
            return None
        out: dict[str, Any] = (
            self.criteria[0].to_json()
            if len(self.criteria) == 1
            else {"any_of": [c.to_json() for c in self.criteria]}
        )
        if self.description:
            out["description"] = self.description
        return out


@dataclass
class CriterionStats:
    """Attempts of one task in one condition whose criterion was checked, and met."""

    checked: int = 0
    met: int = 0

    @property
    def rate(self) -> float | None:
        return self.met / self.checked if self.checked else None

    def text(self) -> str:
        """'3 of 4 (75 %)', or an en dash when no attempt was checked."""
        if not self.checked:
            return "\u2013"
        return f"{self.met} of {self.checked} ({round(100 * self.met / self.checked)} %)"


def by_task_and_condition(sessions: Iterable[Any]) -> dict[tuple[str, str], CriterionStats]:
    """For each (task, condition): attempts whose end says ``criterion_met``, and how many
    met it. Sessions are tightrope.workshop.sessions.Session (their outcomes carry the answer)."""
    out: dict[tuple[str, str], CriterionStats] = {}
    for session in sessions:
        for outcome in session.outcomes():
            if outcome.criterion_met is None:
                continue
            stats = out.setdefault((outcome.task, session.condition), CriterionStats())
            stats.checked += 1
            stats.met += outcome.criterion_met
    return out


def summary(stats: CriterionStats | None) -> dict[str, Any]:
    """The numbers ``tightrope report --json`` gives for one task in one condition."""
    stats = stats or CriterionStats()
    return {
        "criterion_checked": stats.checked,
        "criterion_met": stats.met,
        "criterion_rate": stats.rate,
    }
