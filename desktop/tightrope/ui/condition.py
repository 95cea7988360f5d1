"""The study condition a window shows: the *transparent* shop or the *opaque* one.

The condition is a dynamic property of the top-level window (not a global), so widgets
created later (cards on a new page) ask their window. In the opaque shop recommendations
come without explanations or controls, like a typical store: no "Why?" buttons, no reason
lines, no shelf subtitles or "Because you viewed ..." titles, no "Your data" button.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tightrope.sessions import CONDITIONS, OPAQUE, TRANSPARENT

PROPERTY = "studyCondition"

__all__ = ["CONDITIONS", "OPAQUE", "TRANSPARENT", "condition_of", "explanations_shown", "set_condition"]


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
