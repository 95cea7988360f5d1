"""Render assets/icons/logo.svg to the PNG the bundle uses as its icon (PyInstaller turns a
PNG into .ico / .icns itself when Pillow is installed) and the Linux .desktop file shows."""

from __future__ import annotations

import sys
from pathlib import Path


def render(svg: Path, png: Path, size: int = 256) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["make_icon", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    png.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(png)):
        raise OSError(f"could not write {png}")
    del app
    return png


if __name__ == "__main__":
    render(Path(sys.argv[1]), Path(sys.argv[2]))
