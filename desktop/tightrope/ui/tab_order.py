"""Helpers for a tab chain that follows reading order (issue #19, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focusable_children(widget: QWidget) -> list[QWidget]:
    """The widget and its descendants that Tab can reach, in their current chain order."""
    found = [w for w in (widget, *widget.findChildren(QWidget))
             if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]
    order: list[QWidget] = []
    start = widget
    current = start.nextInFocusChain()
    wanted = set(map(id, found))
    if id(widget) in wanted:
        order.append(widget)
    while current is not start and current is not None:
        if id(current) in wanted and current not in order:
            order.append(current)
        current = current.nextInFocusChain()
    return order
