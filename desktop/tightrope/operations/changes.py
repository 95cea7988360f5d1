"""The one value a write operation returns: what it changed, after the change committed.

Modelled on Anki's ``OpChanges``: an operation returns it, the store hands it to its listeners
(the recommender's cache; the window's one ``changed`` signal, which carries it to every
screen), and each listener decides from it what to drop or redraw. It is made only after the
transaction committed, so nothing can show "forgotten" or "saved" for a change not on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tightrope.engine.explain import Preview
from tightrope.storage.datums import Datum

# Names of the settings an operation can change (Changes.settings).
LEVEL = "personalization level"
PAUSED = "collection paused"
BLOCKED_TOPICS = "blocked topics"
RETENTION = "retention"
CLOCK = "clock"
SHARING = "do not sell"
GPC = "global privacy control"  # the simulated browser signal (tightrope.privacy.gpc)
PERSONA = "persona"
LANGUAGE = "language"  # not stored: the window installed another translator
# The op of operations.record.move_to_cart (a cart change and a wishlist removal at once).
MOVE_TO_CART = "move to cart"
# Settings that change what every score or explanation is made of: their caches go.
SCORING = frozenset({LEVEL, BLOCKED_TOPICS, CLOCK, SHARING, LANGUAGE})


@dataclass(frozen=True)
class ConsentChange:
    """Consent switches given and withdrawn by one operation, and how many stored data points
    sit in the withdrawn categories (the UI offers to delete them)."""

    given: tuple[str, ...]
    withdrawn: tuple[str, ...]
    data_in_withdrawn: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.given or self.withdrawn)

    def to_json(self) -> dict[str, Any]:
        return {
            "given": list(self.given),
            "withdrawn": list(self.withdrawn),
            "data_in_withdrawn": dict(self.data_in_withdrawn),
        }


@dataclass(frozen=True)
class Changes:
    """What one operation did. ``op`` names it ("forget", "record", "consent", ...).

    ``added``: data points recorded, as stored; ``deleted``: ids of data points deleted with
    everything that cascades from them; ``updated``: data points whose flags changed
    (excluded or used again), as they are now; ``cart``: the cart's lines changed;
    ``consent``: the switches given and withdrawn; ``settings``: names of the settings written
    (see the constants above); ``everything``: all personal data may have changed (erase,
    restore, persona load): drop every copy. ``receipt``: the deletion receipt (content-free);
    ``expired``: receipts of data deleted because it passed its retention period;
    ``preview``: the preview this operation fulfilled (its effect, as shown beforehand);
    ``summary``: one sentence for the user; ``result``: the operation's own detail (the order
    reference, the erase's needles, a persona load's summary), documented per operation.
    """

    op: str
    added: tuple[Datum, ...] = ()
    deleted: tuple[int, ...] = ()
    updated: tuple[Datum, ...] = ()
    cart: bool = False
    consent: ConsentChange | None = None
    settings: frozenset[str] = frozenset()
    everything: bool = False
    receipt: dict[str, Any] | None = None
    expired: tuple[dict[str, Any], ...] = ()
    preview: Preview | None = None
    summary: str = ""
    result: Any = None

    # --- what it means for a reader -------------------------------------------------------
    @property
    def action(self) -> str:
        """The operation's name (``Change.action`` before there was one change value)."""
        return self.op

    @property
    def datum(self) -> Datum | None:
        """The data point recorded (None when its category is not collected)."""
        return self.added[0] if self.added else None

    @property
    def datum_ids(self) -> tuple[int, ...]:
        """The data points the operation was about: deleted, or (un)excluded, or recorded."""
        return self.deleted or tuple(d.id for d in self.updated) or tuple(d.id for d in self.added)

    @property
    def data_changed(self) -> bool:
        """Did any stored data point come, go or change its flags?"""
        return bool(self.added or self.deleted or self.updated or self.everything)

    @property
    def policy_changed(self) -> bool:
        """Did what scores are made of change (consent, level, blocked topics, the clock)?
        Then every cached score and explanation is stale, not only the touched products'."""
        return (
            self.everything
            or (self.consent is not None and self.consent.changed)
            or bool(self.settings & SCORING)
        )

    @property
    def deleted_total(self) -> int:
        """How many things the receipts of this operation say were deleted."""
        return sum(r.get("total", 0) for r in (self.receipt, *self.expired) if r)

    @property
    def receipts(self) -> tuple[dict[str, Any], ...]:
        """Every receipt this operation wrote that deleted something."""
        return tuple(r for r in (self.receipt, *self.expired) if r and r.get("id") is not None)

    @property
    def forgot(self) -> bool:
        """Did the user delete data on purpose (forget, expiry, erase, persona load)? Not a
        wishlist removal, a move from the wishlist to the cart, a rating replaced or a helpful
        vote taken back: those are shopping, not forgetting."""
        return bool(self.deleted or self.everything) and self.op not in (
            "wishlist",
            MOVE_TO_CART,
            "rate",
            "review_vote",
        )

    def to_json(self) -> dict[str, Any]:
        """The command line's JSON: the shape ``Change`` had (action, datum_ids, receipt,
        changes, summary), plus what else the operation did (docs/cli.md)."""
        out: dict[str, Any] = {
            "action": self.op,
            "datum_ids": list(self.datum_ids),
            "receipt": self.receipt,
            "changes": self.preview.to_json() if self.preview is not None else None,
            "summary": self.summary,
            "added": [d.id for d in self.added],
            "deleted": list(self.deleted),
            "settings": sorted(self.settings),
        }
        if self.consent is not None:
            out["consent"] = self.consent.to_json()
        if self.expired:
            out["expired"] = list(self.expired)
        return out


Listener = Callable[[Changes], None]
