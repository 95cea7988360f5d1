"""Global Privacy Control: a browser's signal that the shopper opts out of sale and sharing.

CCPA regulations §7025 ask a business to treat the GPC signal as a valid request to opt out
of the sale or sharing of personal information, and to show whether it honoured it. The
shop runs in no browser, so the signal is simulated: a switch a facilitator (or the privacy
page) turns on as a browser would send ``Sec-GPC: 1``. While it is on:

* nothing is shared: the partner payload is empty whatever "Do not sell or share" says,
  and no partner id is made (no key is created to make one: nothing is collected for it);
* the partner view and the privacy page say the signal is honoured and why nothing is shared;
* each time the signal starts or stops, the consent history records it (where: "browser
  signal"), so the export shows when the opt-out was received.

:func:`sharing_block` is the one place that says whether sharing is blocked and by what.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tightrope.i18n import translator
from tightrope.privacy import minors

if TYPE_CHECKING:
    from tightrope.storage.store import Store

tr = translator("Gpc")

META_GPC = "gpc_signal"
META_DO_NOT_SELL = "do_not_sell"  # tightrope.privacy.partners.META_DO_NOT_SELL
SWITCH = "global_privacy_control"  # its name in the consent history
WHERE = "browser signal"
RULE = "CCPA regs \u00a77025"

# What blocks sharing, strongest first: the browser's signal, a known minor, the switch.
GPC, MINOR, DO_NOT_SELL = "gpc", "minor", "do_not_sell"


def label() -> str:
    return tr("Global Privacy Control (browser signal)")


def signal(store: Store) -> bool:
    """Is the (simulated) browser sending Global Privacy Control?"""
    return store.get_meta(META_GPC) == "1"


def sharing_block(store: Store) -> str | None:
    """What stops sharing with partners now (GPC, MINOR, DO_NOT_SELL), or None."""
    if signal(store):
        return GPC
    if minors.known_minor(store):
        return MINOR
    if store.get_meta(META_DO_NOT_SELL) != "0":
        return DO_NOT_SELL
    return None


def block_text(block: str | None) -> str:
    """Why nothing is shared, in one sentence ('' when sharing is allowed)."""
    if block == GPC:
        return tr(
            "Honoured: your browser sends Global Privacy Control, a request not to sell or "
            "share your data ({rule}), so nothing would be shared."
        ).format(rule=RULE)
    if block == MINOR:
        return tr(
            "Nothing would be shared: you told us your age band is under 18 ({rule})."
        ).format(rule=minors.RULE)
    if block == DO_NOT_SELL:
        return tr("Nothing would be shared: \u201cDo not sell or share\u201d is on.")
    return ""
