"""Keyboard access and comfort settings of the shop window: the menu bar (View, Help), the
window-wide shortcuts from :mod:`tightrope.ui.shortcuts`, the Help > Keyboard shortcuts
dialog, and "Reduce motion" (remembered in the store's meta table, like presenter mode).

MainWindow only creates :class:`AccessibilityController`, handing it the window (for its
menu bar and shortcuts), the search box and the navigator; the dialog is a plain view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLayout,
    QMainWindow,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tightrope.operations.settings import set_setting
from tightrope.services import Services
from tightrope.ui import shortcuts, theme
from tightrope.ui.navigation import HOME, Navigator, Route
from tightrope.ui.widgets.card import ProductCard
from tightrope.ui.widgets.labels import styled_label
from tightrope.ui.window_parts import SearchBox

META_REDUCE_MOTION = "ui_reduce_motion"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


class ShortcutsDialog(QDialog):
    """Lists every shortcut of :data:`tightrope.ui.shortcuts.TABLE` (group, keys, action)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(theme.px(520), theme.px(420))
        self.resize(theme.px(640), theme.px(560))
        layout.setContentsMargins(*(theme.px(m) for m in (24, 20, 24, 16)))
        layout.setSpacing(theme.px(12))
        title = styled_label(_tr("Keyboard shortcuts"), "h2", self)
        layout.addWidget(title)
        rows = shortcuts.rows()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(_tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([_tr("Where"), _tr("Keys"), _tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.setFocus()

    def listed(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row."""
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]


class AccessibilityController(QObject):
    """Owns the menu bar, the window-wide shortcuts and the reduce-motion setting.

    Signals: ``reduce_motion_changed(bool on)``.
    """

    reduce_motion_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        *,
        search: SearchBox,
        navigator: Navigator,
        contrast_action: QAction | None = None,
        cards: Callable[[], list[ProductCard]] = list,
        parent: QObject | None = None,
    ):
        """``window``: its menu bar and window-wide shortcuts; ``contrast_action``: the
        workshop's "High contrast", listed in the View menu too."""
        super().__init__(parent or window)
        self.window = window
        self._cards = cards
        self._navigator = navigator
        self.store = services.store
        self.dialog: ShortcutsDialog | None = None
        theme.set_reduce_motion(self.store.get_meta(META_REDUCE_MOTION) == "1")

        bar = window.menuBar()
        bar.setObjectName("menuBar")
        view = bar.addMenu(_tr("&View"))
        view.setObjectName("viewMenu")
        self.reduce_motion_action = QAction(_tr("Reduce motion"), view)
        self.reduce_motion_action.setCheckable(True)
        self.reduce_motion_action.setChecked(theme.reduce_motion())
        self.reduce_motion_action.toggled.connect(self.set_reduce_motion)
        view.addAction(self.reduce_motion_action)
        if contrast_action is not None:
            view.addAction(contrast_action)  # one action, in both menus
        help_menu = bar.addMenu(_tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.help_action = QAction(_tr("Keyboard shortcuts\u2026"), help_menu)
        self.help_action.setShortcuts(shortcuts.sequences("help"))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.triggered.connect(self.show_shortcuts)
        window.addAction(self.help_action)
        help_menu.addAction(self.help_action)

        self._shortcuts = [
            *shortcuts.make("search", window, search.focus_search),
            *shortcuts.make("back", window, navigator.back),
            *shortcuts.make("why", window, self.why_for_focus),
            *shortcuts.make("recommendations", window, self.skip_to_recommendations),
        ]

    # --- reduce motion ---------------------------------------------------------------
    @Slot(bool)
    def set_reduce_motion(self, on: bool) -> None:
        """Turn the change highlight's flash off (a steady highlight instead); remembered."""
        if on == theme.reduce_motion():
            return
        theme.set_reduce_motion(on)
        set_setting(self.store, META_REDUCE_MOTION, "1" if on else "0")
        if self.reduce_motion_action.isChecked() != on:
            self.reduce_motion_action.setChecked(on)
        self.reduce_motion_changed.emit(on)

    # --- help ------------------------------------------------------------------------
    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        if self.dialog is None:
            self.dialog = ShortcutsDialog(self.window)
        self.dialog.open()
        return self.dialog

    # --- skip ------------------------------------------------------------------------
    @Slot()
    def skip_to_recommendations(self) -> ProductCard | None:
        """Focus the first product of the page's first shelf or grid (from any page that
        has none: the home page's recommendation #1), scrolled into view."""
        if not [c for c in self._cards() if c.isVisible()]:
            self._navigator.go(Route(HOME))
        cards = [c for c in self._cards() if c.isVisible()]
        if not cards:
            return None
        card = cards[0]
        card.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page = card.parentWidget()
        while page is not None and not isinstance(page, QScrollArea):
            page = page.parentWidget()
        while page is not None:  # the shelf's sideways area, then the page
            page.ensureWidgetVisible(card)
            page = page.parentWidget()
            while page is not None and not isinstance(page, QScrollArea):
                page = page.parentWidget()
        return card

    # --- why -------------------------------------------------------------------------
    @Slot()
    def why_for_focus(self) -> bool:
        """Open the why panel for the product card that has focus (or holds it)."""
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, ProductCard):
            widget = widget.parentWidget()
        if widget is None or not widget.why.isVisibleTo(widget):
            return False
        widget.why.click()
        return True
