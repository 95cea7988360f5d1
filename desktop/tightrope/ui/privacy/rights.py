"""Two rights on the privacy page: withdrawing everything in one click (GDPR Art. 7(3), DSA
Art. 25: as easy as giving it), and the simulated Global Privacy Control signal that the shop
honours (CCPA regs §7025).

:class:`ConsentBulkBar` and :class:`GpcBox` are views (the page's tabs hold them);
:class:`RightsController` acts on them through the core (:mod:`tightrope.privacy.consent`,
:mod:`tightrope.privacy.gpc`) and refreshes them from the store's change notices.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tightrope.i18n import translator
from tightrope.operations import consent as consent_ops
from tightrope.operations.changes import GPC, SHARING, Changes
from tightrope.privacy import consent, gpc
from tightrope.services import Services
from tightrope.storage.datums import consent_label
from tightrope.ui import theme
from tightrope.ui.rules.anchors import set_anchor
from tightrope.ui.widgets.labels import styled_label

tr = translator("PrivacyRights")

WHERE = "privacy page"


class ConsentBulkBar(QWidget):
    """ "Accept all" and "Reject all", the same size and style, side by side: withdrawing
    everything takes one click, as giving it does. Signals: ``accept_all_clicked()``,
    ``reject_all_clicked()``."""

    accept_all_clicked = Signal()
    reject_all_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consentBulk")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.accept_all = self._button(tr("Accept all"))
        self.reject_all = self._button(tr("Reject all"))
        set_anchor(self.reject_all, "privacy.withdraw_all")
        self.accept_all.setAccessibleDescription(tr("Switch every everyday category on"))
        self.reject_all.setAccessibleDescription(
            tr("Withdraw every consent at once, sensitive categories included")
        )
        self.accept_all.clicked.connect(self.accept_all_clicked)
        self.reject_all.clicked.connect(self.reject_all_clicked)
        row.addWidget(self.accept_all, 1)
        row.addWidget(self.reject_all, 1)
        row.addStretch(2)
        column.addLayout(row)
        self.note = styled_label(
            tr(
                "\u201cReject all\u201d withdraws every switch, sensitive ones included, in one "
                "click, as \u201cAccept all\u201d gives the everyday ones (GDPR Art. 7(3))."
            ),
            "small",
            self,
        )
        self.note.setWordWrap(True)
        column.addWidget(self.note)

    def _button(self, text: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName("secondaryButton")  # one style for both: neither is pushed
        b.setAccessibleName(text)
        b.setCursor(Qt.CursorShape.PointingHandCursor)
        return b


class GpcBox(QFrame):
    """The simulated browser signal and whether the shop honours it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gpcBox")  # styled as #emptyState
        column = QVBoxLayout(self)
        column.setSpacing(6)
        self.switch = QCheckBox(tr("Simulate the browser's Global Privacy Control signal"), self)
        self.switch.setObjectName("gpcSwitch")
        self.switch.setAccessibleName(tr("Simulate Global Privacy Control"))
        self.switch.setAccessibleDescription(
            tr(
                "As a browser with Global Privacy Control on would: it asks every shop not to sell "
                "or share your data"
            )
        )
        self.switch.setCursor(Qt.CursorShape.PointingHandCursor)
        column.addWidget(self.switch)
        self.status = styled_label("", "status", self)
        self.status.setObjectName("gpcStatus")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        theme.follow_scale(
            self,
            lambda: column.setContentsMargins(
                theme.px(20), theme.px(12), theme.px(20), theme.px(12)
            ),
        )

    def set_state(self, on: bool, block: str | None) -> None:
        if self.switch.isChecked() != on:
            self.switch.blockSignals(True)
            self.switch.setChecked(on)
            self.switch.blockSignals(False)
        if on:
            self.status.setText(gpc.block_text(block))
        else:
            self.status.setText(
                tr("Off: no signal is sent; \u201cDo not sell or share\u201d decides.")
            )


def withdrawn_offer(change: consent.ConsentChange) -> str:
    """The offer after a withdrawal that left data stored ('' when none was left)."""
    if not change.data_in_withdrawn:
        return ""
    n = sum(change.data_in_withdrawn.values())
    names = ", ".join(consent_label(c) for c in change.data_in_withdrawn)
    return tr(
        "{categories}: nothing more is recorded, and the %n data point(s) already "
        "stored (is|are) no longer used. Delete them too?",
        n=n,
    ).format(categories=names)


class RightsController(QObject):
    """Wires the bulk consent buttons and the GPC switch of one privacy page."""

    def __init__(
        self,
        view: Any,
        services: Services,
        store_changed: SignalInstance,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.view = view  # the PrivacyView: its consent tab's bar and banner, its partner tab
        self.store = services.store
        view.consent.bulk.accept_all_clicked.connect(self._on_accept_all)
        view.consent.bulk.reject_all_clicked.connect(self._on_reject_all)
        view.partners.gpc.switch.toggled.connect(self._on_gpc)
        store_changed.connect(self._on_store_changed)
        self.refresh()

    def refresh(self) -> None:
        on = gpc.signal(self.store)
        self.view.partners.gpc.set_state(on, gpc.sharing_block(self.store))
        # the signal decides while it is sent: the page's own switch shows it and waits
        self.view.partners.do_not_sell.setEnabled(not on)

    @Slot(object)
    def _on_store_changed(self, changes: Changes) -> None:
        # a data point (an age band) can put the minors rule, which blocks sharing, in force
        if (
            changes.consent is not None
            or changes.everything
            or changes.added
            or changes.updated
            or changes.deleted
            or changes.settings & {SHARING, GPC}
        ):
            self.refresh()

    @Slot()
    def _on_accept_all(self) -> None:
        consent_ops.accept_all(self.store, WHERE)
        banner = self.view.consent.banner
        if set(banner.categories) <= set(consent.state(self.store).granted()):
            banner.hide()

    @Slot()
    def _on_reject_all(self) -> None:
        change = consent_ops.reject_all(self.store, WHERE).consent
        assert change is not None
        banner = self.view.consent.banner
        offer = withdrawn_offer(change)
        if offer:
            banner.categories = tuple(change.data_in_withdrawn)
            banner.text.setText(offer)
            banner.show()

    @Slot(bool)
    def _on_gpc(self, on: bool) -> None:
        consent_ops.set_gpc(self.store, on, gpc.WHERE)
