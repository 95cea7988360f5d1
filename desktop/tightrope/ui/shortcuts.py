"""Every keyboard shortcut of the shop window, in one table.

The table is the single source: the window, the why panel, presenter mode and the workshop
menu register their shortcuts from it (:func:`make` / :func:`sequences`), and Help >
Keyboard shortcuts lists it (:func:`rows`), so the list can never disagree with the keys.
Descriptions are marked for translation here and translated when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

CONTEXT = "Shortcuts"

SHOP = QT_TRANSLATE_NOOP("Shortcuts", "Shop")
WHY = QT_TRANSLATE_NOOP("Shortcuts", "Why am I seeing this?")
WORKSHOP = QT_TRANSLATE_NOOP("Shortcuts", "Workshop and presenting")
GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")


@dataclass(frozen=True)
class Binding:
    """One shortcut: an id the code registers it by, its keys (portable text, the first
    one shown first), what it does (untranslated) and its group. ``registered`` is False
    for keys Qt handles itself (Tab, Enter) that the list still names."""

    id: str
    keys: tuple[str, ...]
    text: str
    group: str
    registered: bool = True


TABLE: tuple[Binding, ...] = (
    Binding("search", ("Ctrl+F", "/"), QT_TRANSLATE_NOOP("Shortcuts", "Search products"), SHOP),
    Binding("back", ("Alt+Left",), QT_TRANSLATE_NOOP("Shortcuts", "Go back"), SHOP),
    Binding(
        "recommendations",
        ("Alt+R",),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip to the recommendations (the first product)"),
        SHOP,
    ),
    Binding(
        "open",
        ("Return", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the focused product"),
        SHOP,
        registered=False,
    ),
    Binding(
        "why",
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP("Shortcuts", "Why am I seeing this? (the focused product)"),
        WHY,
    ),
    Binding(
        "forget",
        ("Delete",),
        QT_TRANSLATE_NOOP("Shortcuts", "Forget the focused data point (why panel)"),
        WHY,
    ),
    Binding(
        "exclude",
        ("Shift+Delete",),
        QT_TRANSLATE_NOOP("Shortcuts", "Don't use the focused data point (why panel)"),
        WHY,
    ),
    Binding("close_panel", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Close the why panel"), WHY),
    Binding(
        "scenario_panel",
        ("F9",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the scenario panel"),
        WORKSHOP,
    ),
    Binding(
        "next_step",
        ("Ctrl+PgDown",),
        QT_TRANSLATE_NOOP("Shortcuts", "Next scenario step"),
        WORKSHOP,
    ),
    Binding(
        "previous_step",
        ("Ctrl+PgUp",),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous scenario step"),
        WORKSHOP,
    ),
    Binding(
        "facilitator",
        ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Facilitator: unlock the workshop tools during a study session (again: lock them)",
        ),
        WORKSHOP,
    ),
    Binding(
        "rules_overlay",
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Show or hide the rules overlay (the law each privacy control implements)"
        ),
        WORKSHOP,
    ),
    Binding(
        "zoom_in",
        ("Ctrl++", "Ctrl+="),
        QT_TRANSLATE_NOOP("Shortcuts", "Larger text and targets"),
        WORKSHOP,
    ),
    Binding("zoom_out", ("Ctrl+-",), QT_TRANSLATE_NOOP("Shortcuts", "Smaller text"), WORKSHOP),
    Binding("zoom_reset", ("Ctrl+0",), QT_TRANSLATE_NOOP("Shortcuts", "Normal size"), WORKSHOP),
    Binding(
        "focus_next",
        ("Tab", "Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move to the next or previous control"),
        GENERAL,
        registered=False,
    ),
    Binding(
        "press",
        ("Return", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Press the focused button"),
        GENERAL,
        registered=False,  # (ui/button_keys.py: Enter too, outside dialogs as well)
    ),
    Binding(
        "help", ("F1", "Ctrl+?"), QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), GENERAL
    ),
)

_BY_ID = {b.id: b for b in TABLE}


def binding(shortcut_id: str) -> Binding:
    return _BY_ID[shortcut_id]


def sequences(shortcut_id: str) -> list[QKeySequence]:
    """The key sequences of one shortcut, for ``QAction.setShortcuts``."""
    return [QKeySequence(k) for k in _BY_ID[shortcut_id].keys]


def make(
    shortcut_id: str,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> list[QShortcut]:
    """One QShortcut per key sequence of ``shortcut_id`` on ``parent``, calling ``slot``."""
    made = []
    for keys in sequences(shortcut_id):
        shortcut = QShortcut(keys, parent)
        shortcut.setContext(context)
        shortcut.setObjectName(f"shortcut-{shortcut_id}")
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def key_text(shortcut_id: str) -> str:
    """The keys as the user reads them, e.g. "Ctrl+F or /" (translated, native names)."""
    native = [
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
        for k in _BY_ID[shortcut_id].keys
    ]
    return QCoreApplication.translate(CONTEXT, " or ").join(native)


def rows() -> list[tuple[str, str, str]]:
    """(group, keys, what it does) for every shortcut, translated, in table order."""
    return [(translate(b.group), key_text(b.id), translate(b.text)) for b in TABLE]


def owner_of(obj: QObject) -> str:
    """The shortcut id a QShortcut was made for ("" if none)."""
    name = obj.objectName()
    return name.removeprefix("shortcut-") if name.startswith("shortcut-") else ""
