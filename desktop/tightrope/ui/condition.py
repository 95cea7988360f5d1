"""The study condition a window shows: the *transparent* shop or the *opaque* one.

The condition is a dynamic property of the top-level window (not a global), so widgets
created later (cards on a new page) ask their window with :func:`explanations_shown`.
What each condition shows is defined in docs/user-study.md ("Conditions"); each surface
applies it in one place:

* product cards (``ProductCard.set_recommendation``): no reason line, no "Why?";
* shelves (``ShelfView.update_condition``): a typical store's titles, no subtitles;
* the product page (``ProductView.set_recommendation``): no "Recommended for you at #N" /
  "Not in your recommendations" line, no "Why?" / "Why not?";
* the why panel (``WhyDock.show``): never opens;
* the home page's welcome (``HomeView.update_condition``) and the order confirmation
  (``CartView.show_confirmation``): no promise of explanations, no pointer to "Your data";
* the top bar (``WorkshopController.set_condition``): no "Your data" button;
* the privacy strip and page (``PrivacyController._apply_condition``): a plain "Privacy
  settings" link, and only the Consent and Export & erase tabs.

Surfaces that stay on screen across a change (the privacy strip) :func:`follow` it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from tightrope.workshop.sessions import CONDITIONS, OPAQUE, TRANSPARENT

PROPERTY = "studyCondition"

__all__ = [
    "CONDITIONS",
    "OPAQUE",
    "TRANSPARENT",
    "condition_of",
    "explanations_shown",
    "follow",
    "set_condition",
]


def condition_of(widget: QWidget) -> str:
    value = widget.window().property(PROPERTY)
    return value if value in CONDITIONS else TRANSPARENT


def explanations_shown(widget: QWidget) -> bool:
    """False when the widget's window shows the opaque shop."""
    return condition_of(widget) != OPAQUE


def set_condition(window: QWidget, condition: str) -> None:
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition {condition!r}")
    window.setProperty(PROPERTY, condition)


class _Follower(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.DynamicPropertyChange
            and bytes(event.propertyName().data()).decode() == PROPERTY
        ):
            self._callback()
        return False


def follow(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` each time the window's condition is set (it lives as long as the
    window does)."""
    _Follower(window, callback)
