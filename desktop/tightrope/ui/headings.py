"""Headings a screen reader can find: a label marked as a heading is exposed with the heading
role and its level (AT-SPI's ``level`` attribute), so Orca's H key and its list of headings
reach page titles (level 1) and the sections of pages and panels (level 2).

Qt exposes a QLabel as static text whatever it looks like. Marking a label
(:func:`mark_heading`, or a label styled "h1"/"h2" through ``plain_label``) sets the
``headingLevel`` property; the accessibility factory installed by :func:`install` gives
such labels an interface with the Heading role and an attributes interface carrying the
level. Qt owns the interfaces it gets from the factory (it deletes one with its widget);
each is also kept by its label, so Python never collects one Qt still uses.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAttributesInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QLabel, QWidget

LEVEL_PROPERTY = "headingLevel"
_NULL = shiboken6.VoidPtr(0)
# the stylesheet roles that look like headings, and the level each stands for
ROLE_LEVELS = {"h1": 1, "heroTitle": 1, "h2": 2}


def mark_heading(label: QLabel, level: int) -> QLabel:
    """Expose ``label`` as a heading of ``level`` (1 for a page's title, 2 for a section)."""
    label.setProperty(LEVEL_PROPERTY, int(level))
    if QAccessible.isActive():
        # Setting a label's text tells the screen reader, which makes Qt build (and keep)
        # the label's plain interface: drop it, the next query builds the heading's.
        interface = QAccessible.queryAccessibleInterface(label)
        if interface is not None and not isinstance(interface, HeadingInterface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
    return label


def heading_level(widget: QWidget) -> int:
    """The heading level a widget is marked with, 0 if it is not a heading."""
    value = widget.property(LEVEL_PROPERTY)
    return int(value) if isinstance(value, int) else 0


class _Level(QAccessibleAttributesInterface):
    def __init__(self, level: int):
        super().__init__()
        self.level = level

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> object:
        return self.level if key == QAccessible.Attribute.Level else None


class HeadingInterface(QAccessibleWidget):
    """A label as a heading: its text as its name, the Heading role, its level."""

    def __init__(self, label: QLabel, level: int):
        super().__init__(label, QAccessible.Role.Heading)
        self.level = level
        self._attributes = _Level(level)

    def text(self, t: QAccessible.Text) -> str:
        label = self.widget()
        if t == QAccessible.Text.Name and isinstance(label, QLabel):
            return label.accessibleName() or label.text()
        return super().text(t)

    def interface_cast(self, t: QAccessible.InterfaceType) -> object:
        if t == QAccessible.InterfaceType.AttributesInterface:
            # Qt wants the C++ address of the interface (a void*).
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._attributes)[0])
        cast = super().interface_cast(t)
        # PySide gives None for Qt's null pointer but cannot take None back: a null pointer
        return cast if cast is not None else _NULL


def _factory(_class_name: str, obj: QObject) -> HeadingInterface | None:
    if not isinstance(obj, QLabel):
        return None
    level = heading_level(obj)
    if not level:
        return None
    interface = HeadingInterface(obj, level)
    obj._heading_interface = interface  # kept as long as the label (Qt deletes it with it)
    return interface


_INSTALLED = "tightropeHeadings"


def install() -> None:
    """Install the heading factory once per application (the window calls this)."""
    app = QApplication.instance()
    if app is None or app.property(_INSTALLED):
        return
    QAccessible.installFactory(_factory)
    app.setProperty(_INSTALLED, True)
