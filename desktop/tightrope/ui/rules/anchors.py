"""Where each placement of the rules registry (tightrope.privacy.rules) is in a window.

:data:`LOCATORS` maps an anchor id to a function from the window to the widget (or None
while it does not exist, e.g. the why panel before it opened). A widget can also declare its
anchor itself with the Qt property ``ruleAnchor``: that is how the deceptive twin's widgets
and controls built on other branches (the registry's ``pending`` anchors) are found.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

PROPERTY = "ruleAnchor"


class RulesHost(Protocol):
    """The window as the rules overlay and the twin use it (the main window is one): the
    privacy controller, the why dock and the "Your data" page whose controls are tagged, and
    where the layer, the legend dock and the twin's strip go. Typed here, so no module of
    tightrope.ui but the composition root imports the main window."""

    privacy: Any
    why: Any
    your_data: Any

    def centralWidget(self) -> QWidget: ...
    def add_strip(self, widget: QWidget) -> None: ...
    def window(self) -> QWidget: ...
    def findChildren(self, kind: Any, name: str = ...) -> list[Any]: ...


Locator = Callable[["RulesHost"], "QWidget | None"]


def set_anchor(widget: QWidget, anchor: str) -> None:
    """Declare that ``widget`` is the place of the registry's ``anchor``."""
    widget.setProperty(PROPERTY, anchor)


def _privacy(window: RulesHost):
    return getattr(window, "privacy", None)


def _view(window: RulesHost):
    privacy = _privacy(window)
    return privacy.view if privacy is not None else None


def _why_button(attribute: str) -> Locator:
    """A button of the first reason row in view in the why panel (``forget``: Forget this,
    ``exclude``: Don't use this)."""

    def locate(window: RulesHost) -> QWidget | None:
        panel = window.why.panel
        if panel is None or not panel.isVisible():
            return None
        for strip in panel.findChildren(QWidget, "whyActions"):
            button = getattr(strip, attribute, None)
            if button is not None and button.isVisible() and not button.visibleRegion().isEmpty():
                return button
        return None

    return locate


def _why_panel(window: RulesHost) -> QWidget | None:
    panel = window.why.panel
    return None if panel is None else panel.title


LOCATORS: dict[str, Locator] = {
    "consent.first_run": lambda w: _privacy(w).screen.title,
    "consent.first_run.reject_all": lambda w: _privacy(w).screen.reject_all,
    "consent.switches": lambda w: _view(w).consent.form,
    "consent.sensitive": lambda w: _view(w).consent.form.sensitive_title,
    "consent.level": lambda w: _view(w).consent.levels["off"],
    "privacy.know": lambda w: _view(w).know.header,
    "privacy.forget_bulk": lambda w: _view(w).know.forget_category,
    "privacy.interests": lambda w: _view(w).interests.header,
    "privacy.do_not_sell": lambda w: _view(w).partners.do_not_sell,
    "privacy.retention": lambda w: _view(w).retention.header,
    "privacy.log": lambda w: _view(w).log.header,
    "privacy.export": lambda w: _view(w).export.export_json,
    "privacy.erase": lambda w: _view(w).export.erase,
    "why.panel": _why_panel,
    "why.forget": _why_button("forget"),
    "why.dont_use": _why_button("exclude"),
    "your_data.page": lambda w: w.your_data.view.header,
}


def declared(window: QWidget) -> dict[str, list[QWidget]]:
    """Widgets that declare an anchor themselves (``ruleAnchor``), by anchor."""
    found: dict[str, list[QWidget]] = {}
    for widget in window.findChildren(QWidget):
        anchor = widget.property(PROPERTY)
        if isinstance(anchor, str) and anchor:
            found.setdefault(anchor, []).append(widget)
    return found


def locate(
    window: RulesHost, anchor: str, declared_now: dict[str, list[QWidget]] | None = None
) -> QWidget | None:
    """The widget of ``anchor`` in ``window``: a declared one that is visible first, else
    the locator's; None when it does not exist now."""
    widgets = (declared_now if declared_now is not None else declared(window)).get(anchor, [])
    for widget in widgets:
        if widget.isVisible():
            return widget
    locator = LOCATORS.get(anchor)
    if locator is not None:
        try:
            widget = locator(window)
        except (AttributeError, KeyError, StopIteration):
            widget = None
        if widget is not None:
            return widget
    return widgets[0] if widgets else None
