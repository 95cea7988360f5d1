"""The contribution rows' text, measured once: word wrapping with cached word widths, the
rows' fonts, and the caches that let a pooled row be re-measured in microseconds.

The caches hold the words of rows shown before; :func:`forget_cached_text` empties them
after a deletion (a forgotten data point's words must not outlive it in memory either).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontMetricsF

SMALL_DELTA = 1.0  # facts are 1 pt smaller than the base font


def wrap(text: str, metrics: QFontMetricsF, key: str, width: int) -> tuple[str, ...]:
    """Break text into lines that fit ``width``, at spaces (inside a word only when the word
    alone is wider than the line). Measures each word once per font and caches the result,
    so a row is re-measured in microseconds; Qt's text layout took ~50 us a paragraph."""
    cache_key = (text, key, width)
    hit = _WRAP_CACHE.get(cache_key)
    if hit is not None:
        _WRAP_CACHE.move_to_end(cache_key)
        return hit
    advances = _ADVANCES.setdefault(key, {})

    def advance(word: str) -> float:
        w = advances.get(word)
        if w is None:
            w = advances[word] = metrics.horizontalAdvance(word)
        return w

    limit = width - 1.0  # a pixel of slack for kerning between words
    space = advance(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current: list[str] = []
        current_w = 0.0
        for word in paragraph.split(" "):
            w = advance(word)
            if current and current_w + space + w <= limit:
                current.append(word)
                current_w += space + w
                continue
            if current:
                lines.append(" ".join(current))
            while w > limit and len(word) > 1:
                cut = _fit(word, metrics, limit)
                lines.append(word[:cut])
                word = word[cut:]
                w = advance(word)
            current, current_w = [word], w
        lines.append(" ".join(current))
    result = tuple(lines)
    _WRAP_CACHE[cache_key] = result
    if len(_WRAP_CACHE) > TEXT_CACHE_SIZE:
        _WRAP_CACHE.popitem(last=False)
    return result


def forget_cached_text(datum_ids: Iterable[int] | None = None) -> None:
    """Empty the measuring caches: they hold the words of rows shown before, and a forgotten
    data point's words must not outlive it in memory either. With ``datum_ids``, only what
    rows about those data points put there goes (the rest stays measured)."""
    if datum_ids is None:
        _WRAP_CACHE.clear()
        GEOMETRY_CACHE.clear()
        _ADVANCES.clear()
        TEXTS_BY_DATUM.clear()
        return
    texts: set[str] = set()
    for did in datum_ids:
        texts |= TEXTS_BY_DATUM.pop(did, set())
    if not texts:
        return
    for key in [k for k in _WRAP_CACHE if k[0] in texts]:
        del _WRAP_CACHE[key]
    for key in [k for k in GEOMETRY_CACHE if k[0] in texts or not texts.isdisjoint(k[1])]:
        del GEOMETRY_CACHE[key]
    words = {w for text in texts for line in text.split("\n") for w in line.split(" ")}
    for advances in _ADVANCES.values():
        for word in words:
            advances.pop(word, None)


def _fit(word: str, metrics: QFontMetricsF, limit: float) -> int:
    """How many leading characters of an over-long word fit on a line (at least one)."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(word[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


class Fonts:
    """The row's fonts and metrics, derived once per base font."""

    def __init__(self, base: QFont):
        self.key = base.key()
        self.base = QFont(base)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.small = QFont(base)
        self.small.setPointSizeF(max(8.0, base.pointSizeF() - SMALL_DELTA))
        self.badge = QFont(self.small)
        self.badge.setBold(True)
        bold = QFontMetricsF(self.bold)
        self.badge_metrics = QFontMetricsF(self.badge)
        self.base_metrics = QFontMetricsF(self.base)
        self.small_metrics = QFontMetricsF(self.small)
        self.small_key = self.small.key()
        # a little air between lines: 1 px above Qt's line spacing
        self.base_spacing = self.base_metrics.lineSpacing() + 1
        self.small_spacing = self.small_metrics.lineSpacing() + 1
        self.base_ascent = self.base_metrics.ascent()
        self.small_ascent = self.small_metrics.ascent()
        self.bold_height = bold.height()
        self.badge_height = self.badge_metrics.height()
        self.pct_width = bold.horizontalAdvance("100%") + 2


def fonts_for(base: QFont) -> Fonts:
    key = base.key()
    fonts = _FONTS.get(key)
    if fonts is None:
        fonts = _FONTS[key] = Fonts(base)
    return fonts


# Least recently used entries go first.
_WRAP_CACHE: OrderedDict[tuple[str, str, int], tuple[str, ...]] = OrderedDict()
_ADVANCES: dict[str, dict[str, float]] = {}
TEXT_CACHE_SIZE = 5000
_FONTS: dict[str, Fonts] = {}
GEOMETRY_CACHE: OrderedDict[tuple[str, tuple[str, ...], str, bool, int, str], tuple] = OrderedDict()
# data point id -> the texts rows about it showed (what a deletion must drop from the caches)
TEXTS_BY_DATUM: dict[int, set[str]] = {}
