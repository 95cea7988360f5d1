"""Render product pictures into one PNG with Qt, to look at them; fails on any Qt warning."""

from __future__ import annotations

import math
import os
from pathlib import Path


def main(pictures: Path, out: str, count: int = 48, tile: int = 180) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, qInstallMessageHandler
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (keeps Qt alive)
    warnings: list[str] = []
    qInstallMessageHandler(lambda _mode, _ctx, msg: warnings.append(msg))
    files = sorted(pictures.glob("*.svg"))
    for f in files:  # every picture must load cleanly
        if not QSvgRenderer(str(f)).isValid():
            warnings.append(f"{f.name}: invalid")
    step = max(1, len(files) // count)
    chosen = files[::step][:count]
    cols = 8
    rows = math.ceil(len(chosen) / cols)
    img = QImage(cols * tile, rows * tile, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i, f in enumerate(chosen):
        QSvgRenderer(str(f)).render(
            painter, QRectF((i % cols) * tile + 4, (i // cols) * tile + 4, tile - 8, tile - 8)
        )
    painter.end()
    img.save(out)
    print(f"contact sheet of {len(chosen)} of {len(files)} pictures: {out}")
    if warnings:
        print("QSvgRenderer warnings:\n  " + "\n  ".join(warnings))
        return 1
    return 0
