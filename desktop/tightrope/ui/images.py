"""Product pictures: SVGs rendered at the screen's device pixel ratio, cached by Qt."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QPixmapCache
from PySide6.QtSvg import QSvgRenderer

from tightrope import paths
from tightrope.catalog import Product
from tightrope.ui import theme

# Enough for every product at card size and a few large ones (Qt's default is 10 MB, about
# two pages of cards, so pictures were drawn again on every other page).
CACHE_KB = 64 * 1024


def make_room() -> None:
    """Raise Qt's pixmap cache to :data:`CACHE_KB` (called once the application exists)."""
    if QPixmapCache.cacheLimit() < CACHE_KB:
        QPixmapCache.setCacheLimit(CACHE_KB)


def _fit(bounds: QSize, target: QSize) -> QRectF:
    """The largest rectangle of the picture's aspect ratio centred in ``target``."""
    if bounds.isEmpty():
        return QRectF(0, 0, target.width(), target.height())
    scaled = bounds.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
    x = (target.width() - scaled.width()) / 2
    y = (target.height() - scaled.height()) / 2
    return QRectF(x, y, scaled.width(), scaled.height())


def _fallback(painter: QPainter, size: QSize, product: Product, accent: str) -> None:
    """A coloured tile with the product's initial, for a picture that cannot be read."""
    painter.setPen(Qt.PenStyle.NoPen)
    tint = QColor(accent)
    tint.setAlpha(40)
    painter.setBrush(tint)
    painter.drawRoundedRect(QRectF(0, 0, size.width(), size.height()), 8, 8)
    font = QFont()
    font.setPointSizeF(max(8.0, size.height() / 4))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(accent))
    painter.drawText(
        QRectF(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, product.name[:1]
    )


def _key(path: Path, size: QSize, dpr: float) -> str:
    return f"tightrope:{path}:{size.width()}x{size.height()}@{dpr:.3f}"


def product_pixmap(
    product: Product, size: QSize, dpr: float, accent: str | None = None, image: str | None = None
) -> QPixmap:
    """The product's picture (``image``, one of ``product.pictures``; its main one by
    default) fitted into ``size`` logical pixels, sharp at ``dpr``."""
    if size.isEmpty():
        return QPixmap()
    path: Path = paths.asset(image or product.image)
    key = _key(path, size, dpr)
    cached = QPixmap()
    if QPixmapCache.find(key, cached):
        return cached
    pixmap = QPixmap(size * dpr)
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer = QSvgRenderer(str(path)) if path.is_file() else None
    if renderer is not None and renderer.isValid():
        target = _fit(renderer.defaultSize(), size)
        painter.setClipRect(target)  # a close-up view draws beyond its canvas; Qt would show it
        renderer.render(painter, target)
    else:
        _fallback(painter, size, product, accent or theme.PALETTE["accent"])
    painter.end()
    QPixmapCache.insert(key, pixmap)
    return pixmap


def is_cached(product: Product, size: QSize, dpr: float) -> bool:
    """Whether the product's picture at this size is drawn already (a cache hit)."""
    return QPixmapCache.find(_key(paths.asset(product.image), size, dpr), QPixmap())


def warm(products: Iterable[Product], size: QSize, dpr: float) -> int:
    """Draw these products' pictures into the cache ahead of need (e.g. the products the
    shelves would show after a previewed forget); returns how many were drawn."""
    drawn = 0
    for product in products:
        if not is_cached(product, size, dpr):
            product_pixmap(product, size, dpr)
            drawn += 1
    return drawn
