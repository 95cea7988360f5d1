"""Loading a persona: the one call the workshop menu, the scenario runner and a study
session's start all make (and ``tightrope persona load``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tightrope.operations.changes import CLOCK, PERSONA, Changes
from tightrope.operations.commit import committed
from tightrope.operations.consent import replace_state
from tightrope.operations.record import insert_rows
from tightrope.operations.retention import META_CLOCK
from tightrope.storage.jsonfile import display_path
from tightrope.workshop.personas import META_PERSONA, Persona, PersonaError

if TYPE_CHECKING:
    from tightrope.storage.store import Store

PERSONA_LOAD = "persona load"  # the receipt's action


def load_persona(store: Store, persona: Persona, *, real_time: bool = False) -> Changes:
    """Replace the local personal data with the persona's, in one transaction.

    With ``real_time`` (the workshop: menu, scenarios, sessions) the shop's clock goes back to real time first (a scenario that moved
    it ahead does not leave the persona's data in the future). Then every stored data point
    is deleted (with a content-free receipt), the cart emptied, the persona's data points
    inserted timed relative to the clock, and the persona's consent recorded. The persona
    was fully validated when it was loaded; if anything fails here the transaction rolls
    back and the store keeps what it had (and its clock).

    ``changes.result`` is the summary the command line prints: persona, name, loaded,
    replaced, datum_ids, receipt, consent, sensitive_opt_in, clock_days_ahead.
    """
    products = store.catalog.by_id
    unknown = [d.product_id for d in persona.data if d.product_id and d.product_id not in products]
    if unknown:
        raise PersonaError(
            f"unknown product {unknown[0]!r} in this store's catalog", display_path(persona.source)
        )
    clock = store.clock
    previous = clock.offset_days
    move_clock = real_time and previous != 0.0
    old_ids = [r["id"] for r in store.db.query("SELECT id FROM datums")]
    store.before_delete(old_ids)
    previous_hook = store.may_collect

    def write() -> Changes:
        if move_clock:
            store.set_meta(META_CLOCK, repr(0.0))
            clock.offset_days = 0.0
        now = clock.now()
        rows = [d.row(now) for d in sorted(persona.data, key=lambda d: -d.days_ago)]
        receipt = store.write_receipt(PERSONA_LOAD, "everything", store.delete_rows(old_ids))
        store.db.execute("DELETE FROM cart")
        given = replace_state(
            store, persona.consent.categories, persona.consent.sensitive, f"persona {persona.id}"
        )
        store.set_meta(META_PERSONA, persona.id)
        # The persona's data was checked against the persona's consent; the consent in
        # force before the load must not filter it.
        store.may_collect = persona.consent.allows
        try:
            added = insert_rows(store, rows)
        finally:
            store.may_collect = previous_hook
        if len(added) != len(rows):
            raise RuntimeError(
                f"only {len(added)} of {len(rows)} data points of {persona.id} were stored"
            )
        summary = {
            "persona": persona.id,
            "name": persona.name,
            "loaded": len(added),
            "replaced": receipt["total"],
            "datum_ids": [d.id for d in added],
            "receipt": receipt,
            "consent": persona.consent.to_json(),
            "sensitive_opt_in": persona.consent.sensitive_opt_in(),
            # how many days ahead of real time the clock was before it went back (0: it
            # was at real time, or ``real_time`` was False)
            "clock_days_ahead": previous if move_clock else 0.0,
        }
        settings = frozenset({PERSONA, CLOCK} if move_clock else {PERSONA})
        return Changes(
            "persona",
            added=tuple(added),
            deleted=tuple(old_ids),
            consent=given,
            settings=settings,
            everything=True,
            receipt=receipt,
            result=summary,
        )

    def rolled_back() -> None:
        clock.offset_days = previous

    return committed(store, write, rolled_back)
