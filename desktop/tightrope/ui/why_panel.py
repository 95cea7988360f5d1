"""The "Why am I seeing this?" panel: a recommendation's reasons, and the means to remove them.

:class:`WhyPanel` is the widget the main window docks at the right. It renders the engine's
explanation as data (every contribution, its share, its data point's facts), previews what
each action would change, and carries the action out through the recommender. The layout
lives in :mod:`tightrope.ui.why.view`, the engine calls in :mod:`tightrope.ui.why.controller`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance, Slot
from PySide6.QtWidgets import QWidget

from tightrope.operations.changes import Changes
from tightrope.services import Services
from tightrope.ui.why.content import FORGET_TOPIC
from tightrope.ui.why.controller import WhyController
from tightrope.ui.why.view import WhyView

__all__ = ["WhyPanel"]


class WhyPanel(WhyView):
    """Explains one product and lets the participant forget or stop using what is behind it.

    Public API: :meth:`show_product`, :meth:`refresh`, :meth:`forget_topic`,
    :attr:`product_id`; ``setFocus()``
    lands on the panel's first control (its close button), and Tab then follows reading
    order. The panel follows data changes made elsewhere by itself (once per burst).

    ``changed`` is the window's one change signal (the composition root's): the panel
    follows every operation's :class:`~tightrope.operations.changes.Changes` through it, its
    own actions included; the shop learns of those the same way, not from the panel.

    Signals:

    * ``closed()``: the close button or Esc; the owner hides the panel.
    * ``consent_requested(str category)``: "Stop collecting ..." for this consent category.
    * ``product_requested(str product_id)``: open a product (e.g. the replacement).
    * ``previewed(str kind, list datum_ids)``: an action's preview was shown (the first time
      in this state), for the session log.
    """

    closed = Signal()
    consent_requested = Signal(str)
    product_requested = Signal(str)
    previewed = Signal(str, list)

    def __init__(self, services: Services, changed: SignalInstance, parent: QWidget | None = None):
        super().__init__(parent)
        self.changed = changed  # the window's one change signal, which the panel follows
        self.controller = WhyController(services, self, changed, self)
        self.controller.closed.connect(self._on_closed)
        self.controller.consent_requested.connect(self.consent_requested)
        self.controller.product_requested.connect(self.product_requested)
        self.controller.previewed.connect(self.previewed)

    @property
    def product_id(self) -> str | None:
        return self.controller.product_id

    def show_product(self, product_id: str) -> None:
        """Explain why this product is (or is not) recommended."""
        self.controller.show_product(product_id)

    def refresh(self) -> None:
        """Re-ask the engine for the product shown (the receipt banner stays)."""
        self.controller.refresh()

    def forget_topic(self, topic: str) -> Changes | None:
        """Forget a whole topic exactly as a reason's "More \u2192 Forget the whole topic"
        does (the receipt banner shows; the operation tells every screen); None when no reason
        shown offers that topic (a scenario then forgets it through the engine)."""
        content = self.controller.content
        infos = (
            []
            if content is None
            else [*(row.datum for row in content.rows if row.datum is not None), *content.not_used]
        )
        for info in infos:
            if info.topic_id == topic:
                return self.controller.apply(info.action(FORGET_TOPIC))
        return None

    @Slot()
    def _on_closed(self) -> None:
        self.closed.emit()
        if self.isWindow():
            self.close()
