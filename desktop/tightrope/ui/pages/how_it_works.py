""" "How recommendations work" (DSA Art. 27): the recommender's main parameters, how much each
counts for this shopper right now, and the options to change them, with the level switch.

Every number and sentence on the page comes from :func:`tightrope.privacy.parameters.overview`
(the engine's own contributions, summed); the view lays it out and never computes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tightrope.i18n import translator
from tightrope.operations import consent as consent_ops
from tightrope.privacy import parameters
from tightrope.privacy.gpc import block_text
from tightrope.services import Services
from tightrope.ui import theme
from tightrope.ui.navigation import YOUR_DATA, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.privacy.widgets import ShareBar
from tightrope.ui.rules.anchors import set_anchor
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.widgets.page import PageHeader, ScrollPage
from tightrope.ui.widgets.shelf_controls import LevelSwitch

tr = translator("HowItWorksPage")

GROUPS = {
    parameters.ACTIVITY: tr.mark("What you did"),
    parameters.COMMUNITY: tr.mark("What other shoppers did"),
    parameters.PROFILE: tr.mark("What you told us"),
    parameters.EVERYONE: tr.mark("The same for everyone"),
}


class ParameterRow:
    """One parameter's widgets in the grid: name, bar, share, and two lines under them."""

    def __init__(self, grid: QGridLayout, row: int, parent: QWidget):
        self.name = styled_label("", "cardName", parent)
        self.bar = ShareBar(parent)
        self.percent = styled_label("", "small", parent)
        self.percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.percent.setMinimumWidth(self.percent.fontMetrics().horizontalAdvance("100 %") + 8)
        self.text = styled_label("", "muted", parent)
        self.text.setWordWrap(True)
        self.change = styled_label("", "small", parent)
        self.change.setWordWrap(True)
        grid.addWidget(self.name, row, 0)
        grid.addWidget(self.bar, row, 1)
        grid.addWidget(self.percent, row, 2)
        grid.addWidget(self.text, row + 1, 0, 1, 3)
        grid.addWidget(self.change, row + 2, 0, 1, 3)
        grid.setRowMinimumHeight(row + 3, 12)  # a gap before the next parameter

    def set(self, p: parameters.ParameterShare) -> None:
        self.name.setText(p.name)
        self.bar.set_share(p.share)
        shown = parameters.percent(p.share)
        self.percent.setText(shown)
        self.bar.setAccessibleName(
            tr("{parameter}: {percent}").format(parameter=p.name, percent=shown)
        )
        self.text.setText(p.description)
        self.change.setText(tr("To change it: {how}").format(how=p.change))


class HowItWorksView(ScrollPage):
    """Signals: ``level_chosen(str)``, ``privacy_requested()``, ``your_data_requested()``."""

    level_chosen = Signal(str)
    privacy_requested = Signal()
    your_data_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("How recommendations work"), parent)
        self.body_layout.setSpacing(20)
        self.header = PageHeader(self.body)
        set_anchor(self.header, "how.page")  # the rules overlay tags it (DSA Art. 27)
        self.header.set_text(
            tr("How recommendations work"),
            tr(
                "What the shop uses to choose what it shows you, how much each part counts for "
                "you right now, and how you can change it ({rule})."
            ).format(rule=parameters.RULE),
        )
        self.body_layout.addWidget(self.header)

        now = QFrame(self.body)
        now.setObjectName("emptyState")
        box = QVBoxLayout(now)
        box.setSpacing(8)
        box.addWidget(styled_label(tr("For you, right now"), "h2", now))
        self.headline = styled_label("", "", now)
        self.headline.setObjectName("howHeadline")
        self.headline.setWordWrap(True)
        box.addWidget(self.headline)
        self.level_note = styled_label("", "muted", now)
        self.level_note.setWordWrap(True)
        box.addWidget(self.level_note)
        self.switch = LevelSwitch(now)
        self.switch.level_chosen.connect(self.level_chosen)
        box.addWidget(self.switch)
        self.sharing = styled_label("", "small", now)
        self.sharing.setWordWrap(True)
        box.addWidget(self.sharing)
        theme.follow_scale(
            now,
            lambda: box.setContentsMargins(theme.px(20), theme.px(16), theme.px(20), theme.px(16)),
        )
        self.body_layout.addWidget(now)

        # one grid for every group, so that all the bars start at the same place
        self.rows: dict[str, ParameterRow] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        for group, title in GROUPS.items():
            heading = grid.rowCount()
            if heading:
                grid.setRowMinimumHeight(heading, 12)  # room above a group's title
                heading += 1
            grid.addWidget(styled_label(tr(title), "h2", self.body), heading, 0, 1, 3)
            for pid, (g, _category, _name) in parameters.PARAMETERS.items():
                if g == group:
                    self.rows[pid] = ParameterRow(grid, grid.rowCount(), self.body)
        self.body_layout.addLayout(grid)

        actions = QHBoxLayout()
        actions.setSpacing(12)
        self.to_privacy = self._button(tr("Change what the shop may collect"))
        self.to_privacy.clicked.connect(self.privacy_requested)
        self.to_data = self._button(tr("See, correct or forget your data"))
        self.to_data.clicked.connect(self.your_data_requested)
        actions.addWidget(self.to_privacy)
        actions.addWidget(self.to_data)
        actions.addStretch(1)
        self.body_layout.addLayout(actions)
        self.body_layout.addStretch(1)

    def _button(self, text: str) -> QPushButton:
        b = QPushButton(text, self.body)
        b.setObjectName("secondaryButton")
        b.setAccessibleName(text)
        b.setCursor(Qt.CursorShape.PointingHandCursor)
        return b

    def set_overview(self, o: parameters.Overview) -> None:
        self.headline.setText(o.headline())
        self.level_note.setText(o.level_note())
        self.switch.set_level(o.level)
        self.switch.setEnabled(not o.minor)
        self.sharing.setText(block_text(o.sharing_block))
        self.sharing.setVisible(bool(o.sharing_block))
        for p in o.parameters:
            self.rows[p.parameter].set(p)

    def cards(self) -> list[ProductCard]:
        return []


class HowItWorksController(PageController):
    """Fills the page from the engine; the level switch writes through the core.

    Signals: ``privacy_requested()`` (the composition root opens the privacy page's consent
    tab)."""

    privacy_requested = Signal()

    def __init__(self, services: Services, navigator: Navigator, parent: QObject | None = None):
        super().__init__(services, navigator, parent)
        self.view = HowItWorksView()
        self.view.level_chosen.connect(self._on_level)
        self.view.privacy_requested.connect(self.privacy_requested)
        self.view.your_data_requested.connect(self._on_your_data)
        self.overview: parameters.Overview | None = None

    def open(self, route: Route, fresh: bool) -> None:
        self.refresh()
        if fresh:
            self.view.scroll_to_top()

    def refresh(self) -> None:
        self.overview = parameters.overview(self.services.recommender)
        self.view.set_overview(self.overview)

    @Slot(str)
    def _on_level(self, level: str) -> None:
        consent_ops.set_level(self.services.store, level)  # the page follows the one signal

    @Slot()
    def _on_your_data(self) -> None:
        self.navigator.go(Route(YOUR_DATA))
