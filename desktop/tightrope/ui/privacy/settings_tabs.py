"""The privacy page's settings tabs: "Partners" (what would be sent, "Do not sell or
share") and "Retention" (how long each kind of data is kept, the shop's clock, expiry in
the background). Mixed into :class:`~tightrope.ui.privacy.controller.PrivacyController`.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Slot

from tightrope.clock import format_time
from tightrope.i18n import translator
from tightrope.operations import consent as consent_ops
from tightrope.operations import retention as retention_ops
from tightrope.privacy import partners, retention
from tightrope.storage.datums import consent_label

tr = translator("PrivacyController")


class SettingsTabs:
    """Fills the settings tabs and applies their changes (a mixin of the privacy controller)."""

    def _refresh_partners(self) -> None:
        p = self.view.partners
        out = partners.payload(self.rec)
        p.do_not_sell.blockSignals(True)
        p.do_not_sell.setChecked(out["do_not_sell"])
        p.do_not_sell.blockSignals(False)
        if out["would_send"] is None:
            p.payload.setPlainText(
                tr(
                    "Nothing. {reason}\n\nIf sharing were allowed, the shop would send:\n{payload}"
                ).format(
                    reason=out["blocked_reason"],
                    payload=json.dumps(out["would_send_if_allowed"], indent=2),
                )
            )
        else:
            p.payload.setPlainText(json.dumps(out["would_send"], indent=2))
        local = out["stored_locally"]
        lines = [tr("%n data point(s) in all:", n=local["data_points"])]
        lines += [
            tr("\u2022 {category}: {count}").format(category=consent_label(c), count=n)
            for c, n in local["by_category"].items()
        ]
        lines.append("")
        lines.append(
            tr(
                "The partner id is a keyed hash (HMAC-SHA256) whose key never leaves this "
                "computer; each partner would get a different id."
            )
        )
        p.local.setText("\n".join(lines))
        withheld = [
            tr("{name} ({reason})").format(name=w["name"], reason=w["reason"])
            for w in out["withheld"]
        ]
        rule = tr(
            "Interests are only shared when at least %n shopper(s) in our community share "
            "each of them and all of them together, and never from a sensitive category.",
            n=out["k"],
        )
        together = tr(
            "%n community shopper(s) share every interest that would be sent.",
            n=out["combination_cohort"],
        )
        p.withheld.setText(
            tr("Left out: {items}. {rule} {together}").format(
                items="; ".join(withheld), rule=rule, together=together
            )
            if withheld
            else f"{rule} {together}"
        )

    def _refresh_retention(self) -> None:
        r = self.view.retention
        for p in retention.periods(self.store):
            spin = r.days[p.category]
            spin.blockSignals(True)
            spin.setValue(p.days)
            spin.blockSignals(False)
        offset = self.store.clock.offset_days
        now = format_time(self.store.clock.now())[:16].replace("T", " ")
        r.clock.setText(
            tr("The shop's clock says {time} ({days} days ahead of real time).").format(
                time=now, days=f"{offset:g}"
            )
            if offset
            else tr("The shop's clock says {time}.").format(time=now)
        )

    @Slot(bool)
    def _on_do_not_sell(self, on: bool) -> None:
        consent_ops.set_do_not_sell(self.store, on)

    def _on_retention(self, category: str, days: int) -> None:
        receipts = retention_ops.set_period(self.store, category, days).expired
        n = sum(r["total"] for r in receipts)
        self.view.retention.status.setText(
            tr("{category} is now kept for %n day(s); {deleted} deleted.", n=days).format(
                category=consent_label(category), deleted=tr("%n older data point(s)", n=n)
            )
            if n
            else tr("{category} is now kept for %n day(s).", n=days).format(
                category=consent_label(category)
            )
        )

    @Slot()
    def _on_advance(self) -> None:
        self.advance_clock(self.view.retention.advance_days.value())

    def advance_clock(self, days: float) -> dict[str, Any]:
        out = retention_ops.advance_clock(self.store, days).result
        n = out["expired_total"]
        self.view.retention.status.setText(
            tr(
                "Moved the clock {days} days on. Expired and deleted: %n data point(s); your "
                "recommendations changed with them.",
                n=n,
            ).format(days=f"{days:g}")
            if n
            else tr("Moved the clock {days} days on. Nothing was old enough to expire.").format(
                days=f"{days:g}"
            )
        )
        self.refresh()
        return out

    @Slot()
    def _on_sweep(self) -> None:
        # A closed window's controller may outlive its store (tests close the store after
        # the window); a window nobody sees has nothing to keep current.
        if not self.window.isVisible():
            return
        retention_ops.expire(self.store)
