"""The start-up benchmark's yardstick (tightrope.bench.startup): a bare PySide6 program that
shows a QMainWindow offscreen, waits for its first paint and grabs it, as ``tightrope gui
--screenshot`` does. Run by path, not as a module, so it imports nothing of Tightrope's:
``python bare_window.py OUT.png SETTLE_MS WIDTH HEIGHT``."""

import sys

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def __init__(self, loop, window, settle_ms):
        super().__init__()
        self.loop, self.window, self.painted = loop, window, False
        self.settle_ms = settle_ms

    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.Paint
            and not self.painted
            and (watched is self.window or self.window.isAncestorOf(watched))
        ):
            self.painted = True
            QTimer.singleShot(self.settle_ms, self.loop.quit)
        return False


def main() -> int:
    out, settle_ms, width, height = (
        sys.argv[1],
        int(sys.argv[2]),
        int(sys.argv[3]),
        int(sys.argv[4]),
    )
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(width, height)
    loop = QEventLoop()
    watcher = FirstPaint(loop, window, settle_ms)
    app.installEventFilter(watcher)
    QTimer.singleShot(5000, loop.quit)
    window.show()
    if not watcher.painted:
        loop.exec()
    app.removeEventFilter(watcher)
    QApplication.processEvents()
    if not window.grab().save(out, "PNG"):
        return 1
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
