"""The window's own settings kept in the store (text size, contrast, reduced motion): not
personal data, but written like everything else, through one operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tightrope.operations.changes import Changes
from tightrope.operations.commit import committed

if TYPE_CHECKING:
    from tightrope.storage.store import Store

# The keys the window may write this way (a personal or engine setting has its own operation).
# (the deceptive twin's switch is the facilitator's: tightrope.ui.rules.twin)
WINDOW_SETTINGS = frozenset(
    {"ui_scale_percent", "ui_high_contrast", "ui_reduce_motion", "workshop_deceptive_twin"}
)


def set_setting(store: Store, key: str, value: str) -> Changes:
    """Store one window setting (``changes.settings`` names it)."""
    if key not in WINDOW_SETTINGS:
        raise ValueError(
            f"{key!r} is not a window setting; they are: {', '.join(sorted(WINDOW_SETTINGS))}"
        )

    def write() -> Changes:
        store.set_meta(key, value)
        return Changes("setting", settings=frozenset({key}))

    return committed(store, write)
