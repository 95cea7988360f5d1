""" "Your data": every data point the shop holds, live as it is recorded or forgotten."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, SignalInstance, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHeaderView,
    QTableView,
    QWidget,
)

from tightrope.i18n import translator
from tightrope.operations.changes import Changes
from tightrope.privacy import rectify
from tightrope.services import Services
from tightrope.ui import theme
from tightrope.ui.condition import explanations_shown
from tightrope.ui.models import SORT_ROLE, DatumRow, DatumTableModel
from tightrope.ui.navigation import HOME, Navigator, Route
from tightrope.ui.pages.base import PageController
from tightrope.ui.pages.your_data_actions import RowActions, RowActionsController
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.delegates import PaddedTextDelegate
from tightrope.ui.widgets.empty import EmptyState
from tightrope.ui.widgets.page import PageHeader, PlainPage

tr = translator("YourDataPage")


class YourDataView(PlainPage):
    def __init__(self, model: DatumTableModel, parent: QWidget | None = None):
        super().__init__(tr("Your data"), parent)
        self.header = PageHeader(self.body)
        self.actions = RowActions(self.body)  # forget / don't use / correct the selected row
        # Under the header; beside it at presenter scale, where the page (its table scrolls,
        # not the page) has no height to spare.
        top = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        top.setSpacing(16)
        top.addWidget(self.header, 1)
        top.addWidget(self.actions, 0)
        theme.follow_scale(
            self,
            lambda: top.setDirection(
                QBoxLayout.Direction.LeftToRight
                if theme.scale() > 1.25
                else QBoxLayout.Direction.TopToBottom
            ),
        )
        self.body_layout.addLayout(top)

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)

        self.table = QTableView(self.body)
        self.table.setObjectName("dataTable")
        self.table.setAccessibleName(tr("Your data points"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DatumTableModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(PaddedTextDelegate(self.table, [DatumTableModel.COL_LABEL]))
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._on_section_resized)
        self._fit_to_contents(False)
        self.body_layout.addWidget(self.table, 1)

        self.empty = EmptyState(self.body)
        self.empty.set_text(
            tr("We have not recorded anything about you"),
            tr(
                "As you browse, search, rate and buy, each data point the shop keeps is listed "
                "here, with when and where it was collected."
            ),
            tr("Start shopping"),
        )
        self.body_layout.addWidget(self.empty)
        self.body_layout.addStretch(0)
        self._spacer_index = self.body_layout.count() - 1
        model.modelReset.connect(self._on_model_reset)
        model.rowsRemoved.connect(self._on_model_reset)
        self._on_model_reset()

    def _fit_to_contents(self, on: bool) -> None:
        """Rows grow to fit a wrapped label (what was recorded is never cut short) while
        the page is shown. Hidden, sizing is off: measuring every cell on each write to the
        store would cost the rest of the shop a frame after every click."""
        fit = QHeaderView.ResizeMode.ResizeToContents
        off = QHeaderView.ResizeMode.Interactive
        self.table.verticalHeader().setSectionResizeMode(fit if on else off)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(fit if on else off)
        header.setSectionResizeMode(DatumTableModel.COL_LABEL, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_to_contents(True)
        self._show_actions()
        super().showEvent(event)

    def _show_actions(self) -> None:
        """The row actions, while there are rows; the opaque study condition's shop has
        none (a typical shop's data page lists, it does not offer to forget or correct)."""
        self.actions.setVisible(self.proxy.rowCount() > 0 and explanations_shown(self))

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._fit_to_contents(False)

    @Slot()
    def _on_model_reset(self) -> None:
        count = self.proxy.rowCount()
        self.header.set_text(
            tr("Your data"),
            tr(
                "Everything this shop has recorded about you: %Ln data point(s). "
                "It stays on this computer.",
                n=count,
            ),
        )
        self.table.setVisible(count > 0)
        self._show_actions()
        self.empty.setVisible(count == 0)
        self.body_layout.setStretch(self._spacer_index, 0 if count else 1)

    @Slot(int, int, int)
    def _on_section_resized(self, index: int, old: int, new: int) -> None:
        if index == DatumTableModel.COL_LABEL:
            self.table.resizeRowsToContents()

    def scroll_to_top(self) -> None:
        self.table.scrollToTop()

    def cards(self) -> list[ProductCard]:
        return []


class YourDataController(PageController):
    """Keeps the model in step with the store on every write, visible or not."""

    def __init__(
        self,
        services: Services,
        navigator: Navigator,
        store_changed: SignalInstance,
        parent: QObject | None = None,
    ):
        super().__init__(services, navigator, parent)
        self.model = DatumTableModel(self)
        store_changed.connect(self._on_store_changed)
        self.view = YourDataView(self.model)
        self.view.empty.action_clicked.connect(self._on_go_home)
        self.actions = RowActionsController(self.view.actions, self.view.table, services, self)
        self.reload()

    def open(self, route: Route, fresh: bool) -> None:
        if fresh:
            self.view.scroll_to_top()
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        catalog = self.services.catalog
        store = self.services.store
        corrected = rectify.corrected_at(store)
        self.model.set_rows(
            [DatumRow.from_datum(d, catalog, corrected.get(d.id)) for d in store.datums()]
        )

    @Slot(object)
    def _on_store_changed(self, changes: Changes) -> None:
        if changes.deleted and not (changes.added or changes.updated or changes.everything):
            self.model.remove_ids(changes.deleted)
        else:
            self.reload()
        self.actions.refresh()  # the selection's actions and preview, as stored now

    @Slot()
    def _on_go_home(self) -> None:
        self.navigator.go(Route(HOME))
