"""Accessible names that change only when their words do.

Every ``setAccessibleName`` call tells a screen reader the name changed; refilling pooled
widgets with the names they already had made one forget send hundreds of such events (545
for the why panel's rows), and clearing a name before setting it again had a button read,
for a moment, as its bare text ("Forget this"). :func:`set_name` sets a name only when it
differs, so a widget's name changes once, to its final words, or not at all.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def set_name(widget: QWidget, name: str) -> None:
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


def set_description(widget: QWidget, text: str) -> None:
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)


def announce(widget: QWidget, text: str) -> None:
    """Tell a screen reader, politely (after what it is saying), what just happened; the
    widget shows the same words on screen."""
    if text and QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
