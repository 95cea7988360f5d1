"""The facilitator's two teaching switches in the Workshop menu: "Rules overlay" (tags every
privacy control with the article it implements) and "Deceptive twin (demonstration)" (the
dark-pattern version of the consent screens). Created by the WorkshopController, which owns
the menu, the facilitator's lock and the sessions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from tightrope.i18n import translator
from tightrope.ui.rules.overlay import RulesOverlay
from tightrope.ui.rules.twin import DeceptiveTwin

if TYPE_CHECKING:
    from tightrope.services import Services
    from tightrope.ui.rules.anchors import RulesHost
    from tightrope.ui.workshop.session import SessionController

tr = translator("WorkshopMenu")

AddAction = Callable[..., QAction]


class RulesController(QObject):
    """Owns :attr:`overlay` and :attr:`twin` of one window; :meth:`add_actions` puts their
    switches in the Workshop menu."""

    def __init__(
        self,
        window: RulesHost,
        services: Services,
        sessions: SessionController,
        parent: QObject | None = None,
    ):
        super().__init__(parent or window)
        self.window = window
        self.overlay = RulesOverlay(window, self)
        self.twin = DeceptiveTwin(window, services, self)
        self.overlay.layer.twin_on = lambda: self.twin.on
        self.twin.overlay_on = lambda: self.overlay.on
        self.sessions = sessions
        sessions.started.connect(self._on_session)
        sessions.ended.connect(self._on_session)
        self.overlay_action: QAction | None = None
        self.twin_action: QAction | None = None
        # the privacy page is built after the workshop tools: apply a remembered twin then
        QTimer.singleShot(0, self.twin.apply)

    def add_actions(self, menu: QMenu, add: AddAction) -> None:
        """The two checkable switches, through the workshop menu's own ``add`` (so they lock
        during a study session like every workshop tool)."""
        self.overlay_action = add(menu, tr("Rules overlay"), self._toggle_overlay, "rules_overlay")
        self.overlay_action.setCheckable(True)
        self.twin_action = add(menu, tr("Deceptive twin (demonstration)"), self._toggle_twin)
        self.twin_action.setCheckable(True)
        self.twin_action.setChecked(self.twin.on)
        self.twin_action.setToolTip(
            tr(
                "The consent screens with dark patterns, to compare with "
                "the honest shop; never the default."
            )
        )

    def set_overlay(self, on: bool) -> None:
        self.overlay.set_on(on)
        if self.overlay_action is not None:
            self.overlay_action.setChecked(on)

    def set_twin(self, on: bool) -> None:
        self.twin.set_on(on)
        if self.twin_action is not None:
            self.twin_action.setChecked(on)
        self.overlay.follow()

    def _toggle_overlay(self) -> None:
        self.set_overlay(not self.overlay.on)

    def _toggle_twin(self) -> None:
        self.set_twin(not self.twin.on)

    def update_actions(self, running: bool) -> None:
        """The design is fixed while a session records it (as the condition is)."""
        if self.twin_action is not None:
            self.twin_action.setEnabled(not running)

    @Slot(str)
    def _on_session(self, _path: str) -> None:
        self.twin.set_session_running(self.sessions.running)
