"""What a scenario's actions do to the shop's data, without Qt.

The window's scenario runner (``tightrope.ui.workshop.scenario_panel``) and the checker
(:mod:`tightrope.workshop.scenario_check`) carry out an action's data part through these functions,
so a played scenario and a checked one change the same things in the same way: loading a
persona (with the clock back at real time), moving the clock (expired data is deleted at
once, with receipts, as the privacy page's "Advance time" does), forgetting a topic (as the
why panel's "Forget the whole topic" does). Actions that only move the window (open a page,
close the panel) have no data part.

Each data action returns an :class:`Outcome`: the receipts it wrote and a sentence saying
what happened, which the scenario panel shows and ``expect: {"receipt": true}`` checks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tightrope.i18n import translator
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops
from tightrope.operations.changes import Changes
from tightrope.operations.persona import PERSONA_LOAD
from tightrope.operations.persona import load_persona as load_persona_op
from tightrope.storage.datums import count_noun
from tightrope.workshop import personas

if TYPE_CHECKING:
    from tightrope.services import Services
    from tightrope.storage.store import Store
    from tightrope.workshop.scenarios import Action

tr = translator("Scenarios")

# The rights' actions (issue #20): each is the core write the window's control makes.
RIGHTS_ACTIONS = frozenset(
    {
        "set_level",
        "reject_all",
        "accept_all",
        "correct_city",
        "correct_age_band",
        "set_do_not_sell",
        "set_gpc",
    }
)
# The actions with a data part (the rest only move the window).
DATA_ACTIONS = frozenset({"load_persona", "advance_clock", "forget_topic"}) | RIGHTS_ACTIONS
WHERE = "scenario"  # where a scenario's consent change or correction is recorded
# Where a product opened by a scenario (open_product) was viewed, as its page records it.
SCENARIO_WHERE = "scenario"
SEARCH_WHERE = "search box"  # tightrope.ui.pages.browse.SEARCH_WHERE


@dataclass(frozen=True)
class Outcome:
    """What one data action did: its receipts (content-free: kind and count), a sentence
    for the scenario panel, and the operation's Changes when recommendations moved with it."""

    action: str
    receipts: tuple[dict[str, Any], ...]
    text: str
    change: Changes | None = None

    def deletion_receipts(self) -> list[dict[str, Any]]:
        """The receipts of data deleted by this action, other than a persona load's (which
        replaces everything and is not what a step shows the room)."""
        return [r for r in self.receipts if r.get("total") and r.get("action") != PERSONA_LOAD]


def _counts(receipts: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> str:
    total: Counter[str] = Counter()
    for r in receipts:
        total.update(r.get("counts", {}))
    joiner = tr(" + ", "between the counts of a receipt: '1 view + 2 searches'")
    return joiner.join(count_noun(k, n) for k, n in sorted(total.items()))


def load_persona(services: Services, persona_id: str) -> Outcome:
    """Replace the stored personal data with a shipped persona's (or a persona file's), dated
    from real time: the shop's clock goes back to real time first (a scenario that moved it
    ahead does not leave the next persona's data in the future)."""
    persona = personas.load(persona_id, services.catalog)
    summary = load_persona_op(services.store, persona, real_time=True).result
    if summary["clock_days_ahead"]:
        text = tr(
            "Loaded {name}: %n data point(s). The shop's clock, {days} days ahead, is back "
            "to real time.",
            n=summary["loaded"],
        ).format(name=persona.name, days=f"{summary['clock_days_ahead']:g}")
    else:
        text = tr("Loaded {name}: %n data point(s).", n=summary["loaded"]).format(name=persona.name)
    return Outcome("load_persona", (summary["receipt"],), text)


def advance_clock(services: Services, days: float) -> Outcome:
    """Move the shop's clock and delete, with receipts, what is now past its retention."""
    out = retention_ops.advance_clock(services.store, days).result
    receipts = tuple(out["expired"])
    shown = f"{days:g}"
    if out["expired_total"]:
        text = tr(
            "Moved the shop's clock {days} days ahead. Past their retention period and "
            "deleted: {data}. The receipt records only what kind and how many."
        ).format(days=shown, data=_counts(receipts))
    else:
        text = tr(
            "Moved the shop's clock {days} days ahead. Nothing was old enough to expire."
        ).format(days=shown)
    return Outcome("advance_clock", receipts, text)


def forget_topic(services: Services, topic: str, focus: str | None = None) -> Outcome:
    """Forget every data point about a catalog category, as the why panel's "Forget the whole
    topic" does (tightrope.operations.forget.forget_topic)."""
    return outcome_of(forget_ops.forget_topic(services.recommender, topic, focus=focus))


def outcome_of(change: Changes) -> Outcome:
    """The outcome of a forget the window carried out itself (through the why panel)."""
    receipts = (change.receipt,) if change.receipt else ()
    return Outcome(change.action, receipts, change.summary, change)


def exercise_right(services: Services, action: Action) -> Outcome:
    """A right's action through the core (the write the window's control makes), with the
    sentence the scenario panel shows once it is on disk."""
    from tightrope.operations import consent as consent_ops
    from tightrope.operations import rectify as rectify_ops
    from tightrope.privacy import consent, gpc

    store, rec = services.store, services.recommender
    do, arg = action.do, action.arg
    if do == "set_level":
        consent_ops.set_level(store, arg)
        return Outcome(
            do, (), tr("Personalization is now {level}.").format(level=consent.level_text(arg)[0])
        )
    if do in ("reject_all", "accept_all"):
        change = (consent_ops.reject_all if do == "reject_all" else consent_ops.accept_all)(
            store, WHERE
        ).consent
        assert change is not None
        if do == "reject_all":
            text = tr("Withdrawn in one click: %n switch(es).", n=len(change.withdrawn))
        else:
            text = tr("Given in one click: %n switch(es).", n=len(change.given))
        return Outcome(do, (), text)
    if do in ("correct_city", "correct_age_band"):
        kind = "location" if do == "correct_city" else "age_band"
        fact = next((d for d in store.datums() if d.kind == kind), None)
        if fact is None:
            return Outcome(
                do, (), tr("There is no {fact} to correct.").format(fact=kind.replace("_", " "))
            )
        return Outcome(do, (), rectify_ops.correct(rec, fact.id, arg, WHERE).summary)
    if do == "set_do_not_sell":
        consent_ops.set_do_not_sell(store, arg)
        return Outcome(
            do,
            (),
            tr("\u201cDo not sell or share\u201d is now {state}.").format(
                state=tr("on") if arg else tr("off")
            ),
        )
    if do == "set_gpc":
        consent_ops.set_gpc(store, arg, gpc.WHERE)
        block = gpc.sharing_block(store)
        return Outcome(
            do,
            (),
            gpc.block_text(block)
            if arg
            else tr("The browser no longer sends Global Privacy Control."),
        )
    raise ValueError(f"{do!r} is not a right's action")


def run(services: Services, action: Action) -> Outcome | None:
    """Carry out the data part of an action; None for an action without one."""
    if action.do == "load_persona":
        return load_persona(services, action.arg)
    if action.do == "advance_clock":
        return advance_clock(services, action.arg)
    if action.do == "forget_topic":
        return forget_topic(services, action.arg)
    if action.do in RIGHTS_ACTIONS:
        return exercise_right(services, action)
    return None


def record_as_page(store: Store, action: Action) -> None:
    """What the window's pages record when an action opens them: a product page records a
    view, a search records the search. The window's pages do this themselves; the checker,
    which has no pages, calls this so that its shop holds the same data."""
    if action.do == "open_product":
        record_ops.record(store, "view", product_id=action.arg, where=SCENARIO_WHERE)
    elif action.do == "search":
        record_ops.record(store, "search", text=action.arg, where=SEARCH_WHERE)
