"""Where the shopper is and where they have been: routes, history, and the page stack.

A :class:`Route` names a page and its argument. :class:`Navigator` keeps the back history
(in memory only; it is cleared when personal data is forgotten, because a history of
searches and product pages is a copy of that data). :class:`PageStack` shows the page a
route names and asks its controller to open or refresh it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSize, Signal, Slot
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from tightrope.ui.names import set_name
from tightrope.ui.timers import one_shot

if TYPE_CHECKING:
    from tightrope.ui.widgets.card import ProductCard

HOME = "home"
CATEGORY = "category"
SEARCH = "search"
PRODUCT = "product"
CART = "cart"
CHECKOUT = "checkout"
ORDERS = "orders"
WISHLIST = "wishlist"
YOUR_DATA = "your-data"
HOW_IT_WORKS = "how-it-works"


@dataclass(frozen=True)
class Route:
    page: str
    arg: str = ""  # category id, search text or product id
    where: str = ""  # for a product: the place it was opened from (recorded with the view)


class Navigator(QObject):
    """Signals: ``navigated(object route, bool fresh)`` (fresh is False when going back),
    ``can_go_back_changed(bool)``.
    """

    navigated = Signal(object, bool)
    can_go_back_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._history: list[Route] = []
        self._current: Route | None = None

    @property
    def current(self) -> Route | None:
        return self._current

    def can_go_back(self) -> bool:
        return bool(self._history)

    def go(self, route: Route) -> None:
        if self._current is not None and self._current != route:
            self._history.append(self._current)
        self._current = route
        self.can_go_back_changed.emit(self.can_go_back())
        self.navigated.emit(route, True)

    @Slot()
    def back(self) -> None:
        if not self._history:
            return
        self._current = self._history.pop()
        self.can_go_back_changed.emit(self.can_go_back())
        self.navigated.emit(self._current, False)

    def clear_history(self) -> None:
        self._history.clear()
        self.can_go_back_changed.emit(False)

    def reset(self, route: Route) -> None:
        """Start over at ``route`` with no history; nothing is recorded for it."""
        self._history.clear()
        self._current = route
        self.can_go_back_changed.emit(False)
        self.navigated.emit(route, False)


class PageStackWidget(QStackedWidget):
    """A stacked widget whose minimum size is the shown page's, not the largest page's:
    a tall page out of sight (the privacy tabs at 200 %) must not squeeze the top bar."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, _index: int) -> None:
        self.updateGeometry()
        # Named after the page it shows: entering it, a screen reader says the page's name
        # ("Home"), not the bare role of a stack of pages ("layered pane").
        page = self.currentWidget()
        set_name(self, page.accessibleName() if page is not None else "")

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class Page(Protocol):
    """What a page controller offers the stack."""

    view: QWidget

    def open(self, route: Route, fresh: bool) -> None: ...

    def refresh(self) -> None: ...

    def cards(self) -> list[ProductCard]: ...


class PageStack(QObject):
    """Shows the page for each route; refreshes the visible page when asked.

    Store changes arrive in bursts (checkout writes several rows); :meth:`schedule_refresh`
    folds them into one refresh on the next turn of the event loop, after the click that
    caused them has finished.
    """

    def __init__(self, stack: QStackedWidget, navigator: Navigator, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = stack
        self._pages: dict[str, Page] = {}
        self._builders: dict[str, Callable[[], Page]] = {}
        self._current: Page | None = None
        self._pending = one_shot(self, self.refresh)
        navigator.navigated.connect(self._on_navigated)

    def add(self, name: str, page: Page) -> None:
        self._pages[name] = page
        self.stack.addWidget(page.view)

    def register(self, name: str, build: Callable[[], Page]) -> None:
        """A page built when it is first opened or asked for (:meth:`page`): a start builds
        only the page it shows."""
        self._builders[name] = build

    def page(self, name: str) -> Page:
        page = self._pages.get(name)
        if page is None:
            page = self._builders.pop(name)()
            self.add(name, page)
        return page

    def built(self) -> list[Page]:
        """The pages built so far."""
        return list(self._pages.values())

    def current(self) -> Page | None:
        return self._current

    @Slot(object, bool)
    def _on_navigated(self, route: Route, fresh: bool) -> None:
        self._pending.stop()
        page = self.page(route.page)
        # A focused widget on the page going away would hand the focus to the next one in
        # the window's chain, on the new page, and its scroll area would scroll to it: the
        # page opened mid-scroll. Let the focus go first; the new page opens at its top.
        focus = QApplication.focusWidget()
        old = self.stack.currentWidget()
        if (
            focus is not None
            and old is not None
            and old is not page.view
            and old.isAncestorOf(focus)
        ):
            focus.clearFocus()
        self._current = page
        page.open(route, fresh)  # records first, then renders: already up to date
        self._pending.stop()
        self.stack.setCurrentWidget(page.view)

    @Slot()
    def schedule_refresh(self) -> None:
        self._pending.start()

    @Slot()
    def refresh(self) -> None:
        self._pending.stop()
        if self._current is not None:
            self._current.refresh()

    def cards(self) -> list[ProductCard]:
        return self._current.cards() if self._current is not None else []
