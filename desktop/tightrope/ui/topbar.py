"""The bar across the top: back, shop name, categories, search, wishlist, cart, your data."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tightrope.catalog import Category
from tightrope.i18n import translator
from tightrope.operations.changes import Changes
from tightrope.services import Services
from tightrope.ui import format, theme
from tightrope.ui.names import set_name
from tightrope.ui.navigation import (
    CART,
    CATEGORY,
    HOME,
    SEARCH,
    WISHLIST,
    YOUR_DATA,
    Navigator,
    Route,
)
from tightrope.ui.widgets.search_field import SearchField

tr = translator("TopBar")

ICON = QSize(20, 20)  # at 100 %, like every length here: theme.px() scales them
LOGO_ICON = 32
SEARCH_MIN_WIDTH = 200  # at 100 %; it grows by half the scale factor (300 px at 200 %)
# How the bar fits a narrow window (or large presenter text), widest first: full words;
# icons and counts; the logo, "Your data" and tool buttons lose their words too; the
# search field on a row of its own; last, wishlist, cart and "Your data" get a row of
# their own. The bar reflows; it never cuts a button off.
FULL, COMPACT, ICONS, TWO_ROWS, STACKED = range(5)


def _bar_button(text: str, icon: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("barButton")
    button.setText(text)
    button.setIcon(theme.icon(icon))
    button.setIconSize(ICON)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def _pin(button: QToolButton) -> bool:
    """Fix a count button at its size hint; returns whether its size changed. A fixed-size
    widget's new text does not ask its parents to lay out again (QWidget::updateGeometry),
    so a new count of the same width (after every forget) costs no pass over the whole
    window's layout; a count that needs more or less room sets the new size, and the bar is
    laid out as before."""
    hint = button.sizeHint()
    if button.minimumSize() == hint and button.maximumSize() == hint:
        return False
    button.setFixedSize(hint)
    return True


class TopBar(QFrame):
    """Signals: ``back_clicked()``, ``home_clicked()``, ``category_chosen(str)``,
    ``search_submitted(str)``, ``wishlist_clicked()``, ``cart_clicked()``,
    ``your_data_clicked()``.
    """

    back_clicked = Signal()
    home_clicked = Signal()
    category_chosen = Signal(str)
    search_submitted = Signal(str)
    wishlist_clicked = Signal()
    cart_clicked = Signal()
    your_data_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAccessibleName(tr("Shop navigation"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._rows = QVBoxLayout(self)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        self._row = layout
        self._second_row = QHBoxLayout()
        self._third_row = QHBoxLayout()
        self._rows.addLayout(layout)
        for row in (self._second_row, self._third_row):
            row.setContentsMargins(0, 0, 0, 0)
            self._rows.addLayout(row)
        self._tool_buttons: list[tuple[QToolButton, Qt.ToolButtonStyle]] = []

        self.back = QToolButton(self)
        self.back.setObjectName("backButton")
        self.back.setIcon(theme.icon("back"))
        self.back.setAccessibleName(tr("Back"))
        self.back.setToolTip(tr("Back (Alt+Left)"))
        self.back.setEnabled(False)
        self.back.clicked.connect(self.back_clicked)
        layout.addWidget(self.back)

        self.logo = QToolButton(self)
        self.logo.setObjectName("logoButton")
        self.logo.setText("Tightrope")
        self.logo.setIcon(theme.icon("logo"))
        self.logo.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.logo.setCursor(Qt.CursorShape.PointingHandCursor)
        self.logo.setAccessibleName(tr("Tightrope home"))
        self.logo.clicked.connect(self.home_clicked)
        layout.addWidget(self.logo)

        self.categories = _bar_button(tr("Categories"), "grid", self)
        self.categories.setAccessibleName(tr("Shop by category"))
        self.categories.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.category_menu = QMenu(self.categories)
        self.category_menu.setObjectName("categoryMenu")
        self.categories.setMenu(self.category_menu)
        layout.addWidget(self.categories)

        self.search = SearchField(self)  # its magnifier follows the zoom
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(tr("Search products"))
        self.search.setAccessibleName(tr("Search products"))
        self.search.setClearButtonEnabled(True)
        # the field's clear button (the magnifier is painted, not a button) is named too
        for icon_button in self.search.findChildren(QToolButton):
            icon_button.setAccessibleName(tr("Clear the search"))
        self.search.returnPressed.connect(self._on_return_pressed)
        layout.addWidget(self.search, 1)

        self.wishlist = _bar_button(tr("Wishlist"), "heart", self)
        self.wishlist.clicked.connect(self.wishlist_clicked)
        self.cart = _bar_button(tr("Cart"), "cart", self)
        self.cart.clicked.connect(self.cart_clicked)
        self.your_data = _bar_button(tr("Your data"), "shield", self)
        self.your_data.setObjectName("yourDataButton")
        self.your_data.setIcon(theme.icon("shield", "accent"))
        self.your_data.clicked.connect(self.your_data_clicked)
        for button in (self.categories, self.wishlist, self.cart, self.your_data, self.logo):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for button in (self.wishlist, self.cart, self.your_data):
            layout.addWidget(button)
        self._counts = (0, 0, 0)
        self._shown: tuple[int, int, int, int] = (-1, -1, -1, -1)  # counts and level shown
        self._level = -1
        self._fitting = False
        self._set_level(FULL)
        self.set_counts(0, 0, 0)
        theme.follow_scale(self, self._apply_scale)

    def _apply_scale(self) -> None:
        px = theme.px
        self._rows.setContentsMargins(px(16), px(12), px(16), px(12))
        self._rows.setSpacing(px(8))
        for row in (self._row, self._second_row, self._third_row):
            row.setSpacing(px(8))
        self._arrange()
        icon = theme.scaled_size(ICON.width(), ICON.height())
        for button in (self.back, self.categories, self.wishlist, self.cart, self.your_data):
            button.setIconSize(icon)
        for button in (self.cart, self.wishlist, self.your_data):
            _pin(button)
        for button, _style in self._tool_buttons:
            button.setIconSize(icon)
        self.logo.setIconSize(theme.scaled_size(LOGO_ICON, LOGO_ICON))
        self.search.setMinimumWidth(round(SEARCH_MIN_WIDTH * (1 + (theme.scale() - 1) / 2)))
        self._rows.invalidate()
        self._fit(self.width())

    def set_categories(self, categories: Sequence[Category]) -> None:
        self.category_menu.clear()
        for category in categories:
            action = QAction(format.literal(category.name), self.category_menu)
            action.triggered.connect(
                lambda _c=False, cid=category.id: self.category_chosen.emit(cid)
            )
            self.category_menu.addAction(action)

    def set_counts(self, cart: int, wishlist: int, data_points: int) -> None:
        # Asked after every write: only what changed (a count, or the level) is set again.
        shown, level = self._shown, self._level
        self._counts = (cart, wishlist, data_points)
        self._shown = (cart, wishlist, data_points, level)
        compact = level >= COMPACT
        # (each name before its text: a screen reader hears the new name, once)
        if shown[0] != cart or shown[3] != level:
            set_name(self.cart, tr("Cart, %Ln item(s)", n=cart))
            self.cart.setText(f"{cart}" if compact else tr("Cart ({count})").format(count=cart))
            self.cart.setToolTip(tr("Cart"))
        if shown[1] != wishlist or shown[3] != level:
            set_name(self.wishlist, tr("Wishlist, %Ln product(s)", n=wishlist))
            self.wishlist.setText(
                f"{wishlist}" if compact else tr("Wishlist ({count})").format(count=wishlist)
            )
            self.wishlist.setToolTip(tr("Wishlist"))
        if shown[2] != data_points or shown[3] != level:
            # Always in words: a shield and a bare number ("🛡125") says nothing to a
            # participant; the bar folds onto two rows rather than drop them.
            # the name first: a new text would otherwise be announced under the old name
            set_name(self.your_data, tr("Your data, %Ln data point(s)", n=data_points))
            self.your_data.setText(tr("Your data ({count})").format(count=data_points))
            self.your_data.setToolTip("")
        resized = [_pin(button) for button in (self.cart, self.wishlist, self.your_data)]
        if any(resized) and not self._fitting:
            self._fit(self.width())  # longer numbers may need a more folded bar

    def is_compact(self) -> bool:
        return self._level >= COMPACT

    def level(self) -> int:
        """How far the bar has folded to fit: FULL, COMPACT, ICONS, TWO_ROWS or STACKED."""
        return self._level

    def _set_level(self, level: int) -> None:
        if level == self._level:
            return
        self._level = level
        icon_only, beside = (
            Qt.ToolButtonStyle.ToolButtonIconOnly,
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
        )
        self.categories.setToolButtonStyle(icon_only if level >= COMPACT else beside)
        self.categories.setToolTip(tr("Shop by category") if level >= COMPACT else "")
        self.logo.setToolButtonStyle(icon_only if level >= ICONS else beside)
        self.logo.setToolTip(tr("Tightrope home") if level >= ICONS else "")
        for button, style in self._tool_buttons:
            button.setToolButtonStyle(icon_only if level >= ICONS else style)
            if level >= ICONS and not button.toolTip():
                button.setToolTip(button.text())
        self._arrange()
        self.set_counts(*self._counts)

    def _arrange(self) -> None:
        """Put the widgets into the rows the current level asks for."""
        level, rows = self._level, (self._row, self._second_row, self._third_row)
        for row in rows:
            while row.count():
                row.takeAt(0)
        gap = theme.px(8)
        first, second, third = rows
        for widget in (self.back, self.logo):
            first.addWidget(widget)
        first.addSpacing(gap)
        first.addWidget(self.categories)
        if level < TWO_ROWS:
            first.addWidget(self.search, 1)
            first.addSpacing(gap)
        else:
            first.addStretch(1)
        accounts = (self.wishlist, self.cart, self.your_data)
        for widget in accounts if level < STACKED else ():
            first.addWidget(widget)
        for button, _style in self._tool_buttons:
            first.addWidget(button)
        if TWO_ROWS <= level < STACKED:
            second.addWidget(self.search, 1)
        elif level == STACKED:
            for widget in accounts:
                second.addWidget(widget)
            second.addStretch(1)
            third.addWidget(self.search, 1)

    def _needed_width(self) -> int:
        """The width the widest row asks for as the bar is now set up."""
        margins = self._rows.contentsMargins()
        needed = 0
        for row in (self._row, self._second_row, self._third_row):
            widths = []
            for k in range(row.count()):
                item = row.itemAt(k)
                widget = item.widget()
                if widget is self.search:
                    widths.append(self.search.minimumWidth())
                elif widget is not None:
                    if not widget.isHidden():
                        widths.append(widget.sizeHint().width())
                elif item.spacerItem() is not None:
                    widths.append(item.sizeHint().width())
            if widths:
                needed = max(needed, sum(widths) + row.spacing() * (len(widths) - 1))
        return needed + margins.left() + margins.right()

    def _fit(self, width: int) -> None:
        """Fold the bar just as far as this width needs."""
        self._fitting = True
        try:
            for level in (FULL, COMPACT, ICONS, TWO_ROWS, STACKED):
                self._set_level(level)
                if self._needed_width() <= width:
                    return
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit(event.size().width())

    def set_can_go_back(self, can: bool) -> None:
        self.back.setEnabled(can)

    def last_control(self) -> QWidget:
        """The bar's last control in reading order (a strip under it follows it in Tab)."""
        return self._tool_buttons[-1][0] if self._tool_buttons else self.your_data

    def add_tool_button(self, button: QToolButton) -> None:
        """Add a button at the right end of the bar (e.g. the workshop menu). Its icon
        follows the UI scale; on a crowded bar it may show its icon only."""
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.setIconSize(theme.scaled_size(ICON.width(), ICON.height()))
        previous = self._tool_buttons[-1][0] if self._tool_buttons else self.your_data
        self._tool_buttons.append((button, button.toolButtonStyle()))
        # Tab reaches it right after the controls left of it (made later than the pages, it
        # would otherwise come after every page's controls)
        QWidget.setTabOrder(previous, button)
        self._arrange()
        self._fit(self.width())

    def set_your_data_visible(self, visible: bool) -> None:
        """The opaque study condition hides the "Your data" control."""
        self.your_data.setVisible(visible)
        self._fit(self.width())

    def set_search_text(self, text: str) -> None:
        self.search.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def _on_return_pressed(self) -> None:
        text = self.search.text().strip()
        if text:
            self.search_submitted.emit(text)


class ShellController(QObject):
    """Wires the top bar to navigation and keeps its counts and search box current.

    Forgetting personal data also clears the copies the shell holds: the back history
    (a trail of searches and product pages), the text in the search box, and a search
    results page on screen (it goes back to the home page).
    """

    def __init__(
        self,
        bar: TopBar,
        services: Services,
        navigator: Navigator,
        store_changed: SignalInstance,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.bar = bar
        self.services = services
        self.navigator = navigator
        bar.set_categories(services.catalog.categories)
        bar.back_clicked.connect(navigator.back)
        bar.home_clicked.connect(self._on_home)
        bar.category_chosen.connect(self._on_category)
        bar.search_submitted.connect(self._on_search)
        bar.wishlist_clicked.connect(self._on_wishlist)
        bar.cart_clicked.connect(self._on_cart)
        bar.your_data_clicked.connect(self._on_your_data)
        navigator.can_go_back_changed.connect(bar.set_can_go_back)
        navigator.navigated.connect(self._on_navigated)
        store_changed.connect(self._on_store_changed)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        self.bar.set_counts(*self.services.store.counts())

    @Slot(object)
    def _on_store_changed(self, changes: Changes) -> None:
        self.refresh_counts()
        if changes.forgot or changes.op == "forget":
            self.bar.set_search_text("")
            current = self.navigator.current
            if current is not None and current.page == SEARCH:
                self.navigator.reset(Route(HOME))  # the page repeats the search text
            else:
                self.navigator.clear_history()

    @Slot(object, bool)
    def _on_navigated(self, route: Route, fresh: bool) -> None:
        self.bar.set_search_text(route.arg if route.page == SEARCH else "")

    @Slot()
    def _on_home(self) -> None:
        self.navigator.go(Route(HOME))

    @Slot(str)
    def _on_category(self, category_id: str) -> None:
        self.navigator.go(Route(CATEGORY, category_id))

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.navigator.go(Route(SEARCH, text))

    @Slot()
    def _on_wishlist(self) -> None:
        self.navigator.go(Route(WISHLIST))

    @Slot()
    def _on_cart(self) -> None:
        self.navigator.go(Route(CART))

    @Slot()
    def _on_your_data(self) -> None:
        self.navigator.go(Route(YOUR_DATA))
