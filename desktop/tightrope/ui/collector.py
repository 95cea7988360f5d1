"""When Python's cycle collector runs: never inside the frame an action owes the participant.

CPython collects reference cycles whenever allocations pass a threshold, wherever that
happens to be; a click that builds a panel allocates enough to set one off in the middle of
its frame, and a collection of the oldest generation walks every live object (catalog,
engine state, thousands of widget wrappers: tens of milliseconds). So:

* :func:`freeze_startup`: what the window was built from lives as long as the app; it is
  moved out of the collector's sight (``gc.freeze``) so later collections do not walk it.
* :func:`hold_for_frame`: an action's handler calls it first; the collector waits until the
  event loop has delivered that frame (the queued calls, layouts and paints, which Qt sends
  before timers), then runs as usual. Nothing is skipped, only moved a few milliseconds on.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

_held = False


def freeze_startup() -> None:
    """Collect once, then leave everything alive now out of later collections."""
    gc.collect()
    gc.freeze()


def hold_for_frame() -> None:
    """No automatic collection until the event loop has finished the current frame."""
    global _held
    if _held or not gc.isenabled():
        return
    _held = True
    gc.disable()
    QTimer.singleShot(0, _release)


def _release() -> None:
    global _held
    _held = False
    gc.enable()


def is_held() -> bool:
    return _held
