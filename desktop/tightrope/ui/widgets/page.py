"""The frame every page sits in: vertical scrolling only, content centred at a readable width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from tightrope.i18n import translator
from tightrope.ui import theme
from tightrope.ui.widgets.labels import styled_label

tr = translator("Page")

# Six cards and their gaps; wider screens get margins rather than ever-longer lines.
BODY_MAX_WIDTH = 1480


def _centred_body(
    owner: QWidget, container: QWidget, *, bottom: int, spacing: int, vertical: QSizePolicy.Policy
) -> tuple[QWidget, QVBoxLayout]:
    """A body column centred in ``container`` at a readable width, margins following the
    UI scale."""
    row = QHBoxLayout(container)
    theme.follow_scale(
        owner,
        lambda: row.setContentsMargins(theme.px(32), theme.px(24), theme.px(32), theme.px(bottom)),
    )
    body = QWidget(container)
    body.setObjectName("pageBody")
    body.setMaximumWidth(BODY_MAX_WIDTH)
    body.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    row.addStretch(0)
    row.addWidget(body, 1)
    row.addStretch(0)
    return body, layout


class ScrollPage(QScrollArea):
    """A page body (``self.body`` / ``self.body_layout``) that scrolls vertically."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.setAccessibleName(name)
        # a screen reader adds the role: "Home page scroll bar"
        self.verticalScrollBar().setAccessibleName(tr("{page} page").format(page=name))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        canvas = QWidget(self)
        canvas.setObjectName("pageCanvas")
        self.body, self.body_layout = _centred_body(
            self, canvas, bottom=40, spacing=32, vertical=QSizePolicy.Policy.Preferred
        )
        self.setWidget(canvas)

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)


class PageHeader(QWidget):
    """A page title with an optional line under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = styled_label("", "h1", self)
        self.title.setWordWrap(True)
        self.subtitle = styled_label("", "muted", self)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def set_text(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))


class PlainPage(QWidget):
    """A page whose body does not scroll (its own item view scrolls instead)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setAccessibleName(name)
        self.body, self.body_layout = _centred_body(
            self, self, bottom=32, spacing=24, vertical=QSizePolicy.Policy.Expanding
        )

    def scroll_to_top(self) -> None:
        """Nothing to scroll; subclasses with item views scroll those."""
