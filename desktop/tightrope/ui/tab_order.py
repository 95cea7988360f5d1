"""Helpers for a tab chain that follows reading order (issue #19, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focusable_children(widget: QWidget) -> list[QWidget]:
    """The widget and its descendants that Tab can reach, in the order they were made (a
    strip's controls are made left to right). Found by ``findChildren`` only: a version that
    walked the whole window's focus chain from Python (``nextInFocusChain``) was followed by
    a segmentation fault in the next restyle at 200 % (tests/ui/test_shop_controls.py); the
    cause inside PySide6 was not pinned down."""
    return [
        w
        for w in (widget, *widget.findChildren(QWidget))
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]
